"""Pull and push as Ollama reports them, against the offline catalogue instead of a registry."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

from .names import Name
from .store import CreateError, Layer, ProgressFn

if TYPE_CHECKING:
    from .state import ServerState

from .state import RESOLVER


def _offline(url: str, host: str) -> str:
    return f'Get "{url}": dial tcp: lookup {host.split(":")[0]} on {RESOLVER}: no such host'


def pull_model(state: ServerState, name: Name, *, insecure: bool, fn: ProgressFn) -> None:
    """``PullModel``: catalogue models are copied in with per-layer progress; anything else fails
    after ``pulling manifest`` exactly as an offline Ollama does."""
    store = state.store
    existing = store.find(name)
    fn({"status": "pulling manifest"})
    found = state.catalogue.lookup(name)
    if found is None:
        scheme = "http" if insecure else name.scheme
        url = f"{scheme}://{name.host}/v2/{name.namespace}/{name.model}/manifests/{name.tag}"
        raise CreateError("pull model manifest: " + _offline(url, name.host))
    registry, manifest = found
    layers: list[Layer] = [*manifest.layers, manifest.config]
    for layer in layers:
        short = layer.digest[7:19]
        dst = store.blob_path(layer.digest)
        if dst.exists():
            fn(
                {
                    "status": f"pulling {short}",
                    "digest": layer.digest,
                    "total": layer.size,
                    "completed": layer.size,
                }
            )
            continue
        fn({"status": f"pulling {short}", "digest": layer.digest, "total": layer.size})
        if layer.size > 1 << 20:
            fn(
                {
                    "status": f"pulling {short}",
                    "digest": layer.digest,
                    "total": layer.size,
                    "completed": layer.size // 2,
                }
            )
        tmp = dst.with_name(dst.name + ".partial")
        shutil.copyfile(registry.blob_path(layer.digest), tmp)
        tmp.replace(dst)
        fn(
            {
                "status": f"pulling {short}",
                "digest": layer.digest,
                "total": layer.size,
                "completed": layer.size,
            }
        )
    fn({"status": "verifying sha256 digest"})
    fn({"status": "writing manifest"})
    store.write_manifest(name, manifest.config, manifest.layers)
    if existing is not None:
        keep = {layer.digest for layer in layers}
        stale = [layer for layer in [*existing[1].layers, existing[1].config] if layer.digest not in keep]
        if stale:
            fn({"status": "removing unused layers"})
            for layer in stale:
                store.remove_layer_blob(layer.digest)
    fn({"status": "success"})


def push_model(state: ServerState, name: Name, *, insecure: bool, fn: ProgressFn) -> None:
    """``PushModel`` with no network: the first blob check against the registry fails."""
    store = state.store
    fn({"status": "retrieving manifest"})
    entry = store.find(name)
    if entry is None:
        fn({"status": "couldn't retrieve manifest"})
        path = store.root / "manifests" / name.host / name.namespace / name.model / name.tag
        raise CreateError(f"open {path}: no such file or directory")
    manifest = entry[1]
    first = (manifest.layers or [manifest.config])[0]
    scheme = "http" if insecure else name.scheme
    url = f"{scheme}://{name.host}/v2/{name.namespace}/{name.model}/blobs/{first.digest}"
    raise CreateError(f'Head "{url}": dial tcp: lookup {name.host.split(":")[0]} on {RESOLVER}: no such host')
