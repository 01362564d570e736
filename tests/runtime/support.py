"""What the runtime tests share: a typed chunk for streams and recording loaders."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from paths import RECORDINGS_DIR


@dataclass(frozen=True)
class Chunk:
    """A stand-in for a generated model: streams are typed by whatever `parse` returns."""

    raw: dict[str, Any]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Chunk:
        if not isinstance(data, dict):
            raise TypeError("a chunk is built from a dict")
        return cls(dict(data))

    @property
    def text(self) -> str:
        value = self.raw.get("response", "")
        return value if isinstance(value, str) else ""

    @property
    def done(self) -> bool:
        return self.raw.get("done") is True


def recording(operation: str, case: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((RECORDINGS_DIR / operation / f"{case}.json").read_text("utf-8"))
    return data


def ndjson_body(lines: list[dict[str, Any]]) -> bytes:
    """Lines serialised the way Ollama's Go server writes them (compact, one per line)."""
    return b"".join(
        json.dumps(line, separators=(",", ":"), ensure_ascii=False).encode() + b"\n" for line in lines
    )
