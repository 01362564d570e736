"""Models the fuzzer created on a server, and deleting them (and only them) at the end of a run.

The hooks append the name of every model a request may create (``create``, the ``copy``
destination, ``pull``) to a ledger file, one JSON object a line. At the end, a model is deleted when
its name is in the ledger, it is on the server now, and it was not there when the run started: a
model someone else made, or one that existed before under a name the fuzzer reused, stays.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

# request field(s) naming the model an operation may leave behind
CREATING_FIELDS = {"create": ("model", "name"), "copy": ("destination",), "pull": ("model", "name")}
DEFAULT_HOST = "registry.ollama.ai"
DEFAULT_NAMESPACE = "library"
DEFAULT_TAG = "latest"
TIMEOUT = httpx.Timeout(30.0, connect=10.0)

_ledger_lock = threading.Lock()


def canonical_name(name: str) -> str:
    """A model name the way Ollama compares names: host/namespace/model:tag with defaults, any case."""
    name = name.strip().split("@", 1)[0]
    tag = DEFAULT_TAG
    head, _, last = name.rpartition("/")
    if ":" in last:
        last, tag = last.rsplit(":", 1)
    parts = [*head.split("/"), last] if head else [last]
    if len(parts) == 1:
        parts = [DEFAULT_HOST, DEFAULT_NAMESPACE, *parts]
    elif len(parts) == 2:
        parts = [DEFAULT_HOST, *parts]
    return f"{'/'.join(parts)}:{tag or DEFAULT_TAG}".lower()


def created_names(operation: str, body: object) -> list[str]:
    """The model names a request of ``operation`` with this body may create."""
    if not isinstance(body, dict):
        return []
    return [body[f] for f in CREATING_FIELDS.get(operation, ()) if isinstance(body.get(f), str) and body[f]]


def record_created(ledger: Path, operation: str, body: object) -> None:
    """Append the names a request may create to the ledger (called before the request is sent)."""
    names = created_names(operation, body)
    if not names:
        return
    with _ledger_lock, ledger.open("a", encoding="utf-8") as sink:
        for name in names:
            # ASCII only: fuzzed names hold U+2028 and other characters str.splitlines() splits on
            sink.write(json.dumps({"operation": operation, "model": name}) + "\n")


def read_ledger(ledger: Path) -> list[str]:
    if not ledger.is_file():
        return []
    names = []
    for line in ledger.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except ValueError:  # a line cut short by a killed run
            continue
        if isinstance(entry, dict) and isinstance(entry.get("model"), str):
            names.append(entry["model"])
    return names


def server_models(client: httpx.Client) -> list[str]:
    response = client.get("/api/tags")
    response.raise_for_status()
    body: Any = response.json()
    models = body.get("models") if isinstance(body, dict) else None
    return [str(m["name"]) for m in models or [] if isinstance(m, dict) and "name" in m]


@dataclass
class Cleanup:
    """What the end of a run deleted, and what it could not."""

    deleted: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)


@dataclass
class CreatedModels:
    """Snapshot a server's models at the start; delete the fuzzer's new ones at the end."""

    url: str
    ledger: Path
    before: frozenset[str] = frozenset()

    @classmethod
    def start(cls, url: str, ledger: Path) -> CreatedModels:
        ledger.write_text("", encoding="utf-8")
        with httpx.Client(base_url=url, timeout=TIMEOUT) as client:
            before = frozenset(canonical_name(n) for n in server_models(client))
        return cls(url, ledger, before)

    def to_delete(self, now: Iterable[str]) -> list[str]:
        """Names (as the server lists them) that the fuzzer asked for and that are new since the start."""
        asked = {canonical_name(n) for n in read_ledger(self.ledger)}
        return sorted(
            name for name in now if canonical_name(name) in asked and canonical_name(name) not in self.before
        )

    def delete_created(self) -> Cleanup:
        result = Cleanup()
        with httpx.Client(base_url=self.url, timeout=TIMEOUT) as client:
            try:
                targets = self.to_delete(server_models(client))
            except (httpx.HTTPError, ValueError) as e:
                result.failed["(list)"] = f"cannot list the server's models: {e}"
                return result
            for name in targets:
                try:
                    response = client.request("DELETE", "/api/delete", json={"model": name})
                except httpx.HTTPError as e:
                    result.failed[name] = str(e)
                    continue
                if response.status_code == 200:
                    result.deleted.append(name)
                else:
                    result.failed[name] = f"{response.status_code} {response.text.strip()}"
        return result
