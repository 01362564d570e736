"""Server state: the local store, the offline catalogue standing in for registry.ollama.ai, loaded models."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .ggufmodel import THINK_TOOLS_TEMPLATE, with_chat_template
from .names import DEFAULT_HOST, DEFAULT_NAMESPACE, Name, parse_name
from .store import CreateError, Creator, Manifest, Model, ProgressFn, Store
from .tinymodels import tiny_models_dir

VERSION = "0.33.0-rc2"
RESOLVER = "127.0.0.53:53"
DEFAULT_KEEP_ALIVE_NS = 5 * 60 * 10**9
FOREVER_NS = 2**63 - 1

# name -> (source file name, create parameters)
CATALOGUE: dict[str, tuple[str, dict[str, Any]]] = {
    "tiny-llama": ("tiny-llama.gguf", {"num_predict": 32}),
    "tiny-llama-embed": ("tiny-llama-embed.gguf", {}),
    # ChatML plus tools and <think> in its chat template: a thinking- and tools-capable model
    "tiny-llama-think": ("tiny-llama-think.gguf", {"num_predict": 64}),
}
STARTUP_MODELS = ("tiny-llama", "tiny-llama-embed")


def rfc3339(ns: int, *, local: bool) -> str:
    """Go's RFC3339Nano: nanoseconds with trailing zeros trimmed; ``Z`` for UTC."""
    secs, frac = divmod(ns, 10**9)
    when = dt.datetime.fromtimestamp(secs, tz=dt.UTC)
    if local:
        when = when.astimezone()
    base = when.strftime("%Y-%m-%dT%H:%M:%S")
    fraction = f".{frac:09d}".rstrip("0") if frac else ""
    offset = when.utcoffset() or dt.timedelta(0)
    if offset == dt.timedelta(0):
        zone = "Z"
    else:
        total = int(offset.total_seconds())
        sign = "+" if total >= 0 else "-"
        total = abs(total)
        zone = f"{sign}{total // 3600:02d}:{(total % 3600) // 60:02d}"
    return base + fraction + zone


def far_future_ns(now_ns: int) -> int:
    # Go adds the largest Duration to time.Now(); datetime tops out at year 9999, far beyond it.
    return now_ns + FOREVER_NS


@dataclass
class Loaded:
    model: Model
    expires_ns: int  # wall clock
    forever: bool
    context_length: int
    size: int


class Scheduler:
    """Which models are "loaded", for /api/ps and keep_alive."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.loaded: dict[tuple[str, str, str, str], Loaded] = {}

    def _expire(self, now: int) -> None:
        for key in [k for k, v in self.loaded.items() if not v.forever and v.expires_ns <= now]:
            del self.loaded[key]

    def load(self, model: Model, keep_alive_ns: int | None, context_length: int) -> bool:
        """Load or refresh ``model``; returns True when it was not loaded (a cold start)."""
        now = time.time_ns()
        ka = DEFAULT_KEEP_ALIVE_NS if keep_alive_ns is None else keep_alive_ns
        forever = ka >= FOREVER_NS
        with self.lock:
            self._expire(now)
            cold = (
                model.name.key not in self.loaded
                or self.loaded[model.name.key].context_length != context_length
            )
            self.loaded[model.name.key] = Loaded(
                model=model,
                expires_ns=far_future_ns(now) if forever else now + ka,
                forever=forever,
                context_length=context_length,
                size=_memory_estimate(model, context_length),
            )
        return cold

    def unload(self, model: Model) -> None:
        with self.lock:
            self.loaded.pop(model.name.key, None)

    def unload_name(self, name: Name) -> None:
        with self.lock:
            self.loaded.pop(name.key, None)

    def snapshot(self) -> list[Loaded]:
        with self.lock:
            self._expire(time.time_ns())
            return list(self.loaded.values())

    def clear(self) -> None:
        with self.lock:
            self.loaded.clear()


def _memory_estimate(model: Model, ctx: int) -> int:
    """Weights plus an f16 KV cache plus a fixed compute buffer (calibrated on the tiny models)."""
    weights = model.model_path.stat().st_size if model.model_path and model.model_path.exists() else 0
    info = model.info
    if info is None:
        return weights
    layers = int(info.arch_value("block_count", 0))
    heads = int(info.arch_value("attention.head_count", 1)) or 1
    kv_heads = int(info.arch_value("attention.head_count_kv", heads))
    head_dim = info.embedding_length // heads if heads else 0
    kv = 2 * layers * ctx * kv_heads * head_dim * 2
    return weights + kv + 6_273_440


class Catalogue:
    """The models ``/api/pull`` can fetch without a network, built on first use in ``root``."""

    def __init__(self, root: Path, sources: Callable[[str], Path]) -> None:
        self.root = root
        self.sources = sources
        self.lock = threading.Lock()
        self.store: Store | None = None

    def _build(self) -> Store:
        with self.lock:
            if self.store is not None:
                return self.store
            store = Store(self.root)
            creator = Creator(store, pull=_no_pull)
            for model in CATALOGUE:
                _create_from_source(store, creator, model, self.sources(model))
            self.store = store
            return store

    def lookup(self, name: Name) -> tuple[Store, Manifest] | None:
        if name.host.lower() != DEFAULT_HOST or name.namespace.lower() != DEFAULT_NAMESPACE:
            return None
        if name.model.lower() not in CATALOGUE or name.tag.lower() != "latest":
            return None
        store = self._build()
        entry = store.find(name)
        return None if entry is None else (store, entry[1])


def _no_pull(name: Name, fn: ProgressFn) -> None:
    raise CreateError(f"model {name} is not in the catalogue")


def _create_from_source(store: Store, creator: Creator, model: str, src: Path) -> str:
    """Upload ``src`` as a blob and create ``model`` from it, as the recordings' server was set up."""
    data_digest = _file_digest(src)
    blob = store.blob_path(data_digest)
    if not blob.exists():
        shutil.copyfile(src, blob)
    _, params = CATALOGUE[model]
    req: dict[str, Any] = {"files": {src.name: data_digest}}
    if params:
        req["parameters"] = dict(params)
    creator.run(req, parse_name(model), lambda _: None)
    return data_digest


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return "sha256:" + h.hexdigest()


class Sources:
    """Where the GGUF files of the catalogue come from: ``models_dir`` when it holds the file, else the
    tiny models written by ``tinymodels`` (once per process)."""

    def __init__(self, models_dir: Path | None, work: Path) -> None:
        self.models_dir = models_dir
        self.work = work
        self.lock = threading.RLock()

    def __call__(self, model: str) -> Path:
        fname = CATALOGUE[model][0]
        with self.lock:
            if model == "tiny-llama-think":
                self.work.mkdir(parents=True, exist_ok=True)
                out = self.work / fname
                if not out.exists():
                    with_chat_template(self("tiny-llama"), out, THINK_TOOLS_TEMPLATE, "tiny-llama-think")
                return out
            if self.models_dir is not None and (self.models_dir / fname).is_file():
                return self.models_dir / fname
            return tiny_models_dir() / fname


class ServerState:
    def __init__(self, state_dir: Path, models_dir: Path | None) -> None:
        self.state_dir = state_dir
        self.models_dir = models_dir
        self.sources = Sources(models_dir, state_dir / "sources")
        self.catalogue = Catalogue(state_dir / "registry", self.sources)
        self.scheduler = Scheduler()
        self.store = Store(state_dir / "models")
        self.creator = Creator(self.store, pull=self.pull_for_create)
        self.cloud_disabled = os.environ.get("OLLAMA_NO_CLOUD", "").lower() in ("1", "true", "yes", "on")
        self.reset()

    def reset(self) -> None:
        """Back to the start-up state: the two tiny models, nothing loaded, no extra blobs."""
        self.scheduler.clear()
        with self.store.lock:
            self.store.manifests.clear()
            self.store._model_cache.clear()
        uploads = {
            _create_from_source(self.store, self.creator, model, self.sources(model))
            for model in STARTUP_MODELS
        }
        keep = self.store.referenced() | uploads
        for path in self.store.blobs.iterdir():
            if path.name.replace("-", ":", 1) not in keep:
                path.unlink(missing_ok=True)

    def pull_for_create(self, name: Name, fn: ProgressFn) -> None:
        from .registry import pull_model

        pull_model(self, name, insecure=False, fn=fn)
