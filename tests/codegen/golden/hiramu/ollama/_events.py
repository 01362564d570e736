"""The event unions of the named-event streams, and the functions that type one event.

Each stream of named Server-Sent Events (`x-sse.events` in the spec) yields one model per event,
chosen by the event's `type` (which repeats the event name). Imported by the streaming methods
only, so `import hiramu.ollama` does not load these models.
"""

from __future__ import annotations

__all__ = []
