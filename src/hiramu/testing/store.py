"""The model store: content-addressed blobs on disk, manifests in memory, and the create pipeline.

Layout and naming follow Ollama (``blobs/sha256-<hex>``, manifests of typed layers, a config blob),
so digests, sizes and progress messages behave like the real server's.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import gojson
from .ggufmodel import (
    QUANTIZE_TARGETS,
    SUPPORTED_LIST,
    GGUFInfo,
    is_gguf,
    load_info,
    rewrite_gguf,
)
from .names import Name, RefError, parse_ref

MT_MODEL = "application/vnd.ollama.image.model"
MT_ADAPTER = "application/vnd.ollama.image.adapter"
MT_PROJECTOR = "application/vnd.ollama.image.projector"
MT_DRAFT = "application/vnd.ollama.image.draft"
MT_TEMPLATE = "application/vnd.ollama.image.template"
MT_SYSTEM = "application/vnd.ollama.image.system"
MT_PARAMS = "application/vnd.ollama.image.params"
MT_MESSAGES = "application/vnd.ollama.image.messages"
MT_LICENSE = "application/vnd.ollama.image.license"
MT_CONFIG = "application/vnd.docker.container.image.v1+json"
MT_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json"

DIGEST_RE = re.compile(r"^sha256[:-][0-9a-fA-F]{64}$")

# Ollama's template/chatml.gotmpl and its parameters: what a GGUF ChatML chat template is detected as.
CHATML_GO_TEMPLATE = "{{- range .Messages }}<|im_start|>{{ .Role }}\n{{ .Content }}<|im_end|>\n{{ end }}<|im_start|>assistant\n"
CHATML_PARAMS = {"stop": ["<|im_start|>", "<|im_end|>"]}


class InvalidDigest(Exception):
    def __init__(self) -> None:
        super().__init__("invalid digest format")


class CreateError(Exception):
    """An error inside a progress stream; ``status`` None means 500 before the first line."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class NotFound(Exception):
    pass


@dataclass
class Layer:
    media_type: str
    digest: str
    size: int
    from_: str = ""
    status: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"mediaType": self.media_type, "digest": self.digest, "size": self.size}
        if self.from_:
            out["from"] = self.from_
        return out


@dataclass
class Manifest:
    config: Layer
    layers: list[Layer]
    digest: str = ""
    modified_ns: int = 0
    order: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "schemaVersion": 2,
            "mediaType": MT_MANIFEST,
            "config": self.config.to_json(),
            "layers": [layer.to_json() for layer in self.layers],
        }

    @property
    def size(self) -> int:
        return sum(layer.size for layer in self.layers) + self.config.size


@dataclass
class Model:
    """A local model as the handlers see it (Ollama's ``server.Model``)."""

    name: Name
    manifest: Manifest
    config: dict[str, Any]
    model_path: Path | None = None
    parent_model: str = ""
    template: str | None = None
    system: str = ""
    license: list[str] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    messages: list[dict[str, Any]] = field(default_factory=list)
    adapters: list[Path] = field(default_factory=list)
    projectors: list[Path] = field(default_factory=list)
    info: GGUFInfo | None = None

    @property
    def short_name(self) -> str:
        return self.name.display_shortest()

    @property
    def digest(self) -> str:
        return self.manifest.digest

    @property
    def remote(self) -> bool:
        return bool(self.config.get("remote_host")) and bool(self.config.get("remote_model"))

    def chat_template_caps(self) -> list[str]:
        chat = self.info.chat_template if self.info else ""
        caps = []
        if "tools" in chat or "tool_call" in chat:
            caps.append("tools")
        if "<think>" in chat and "</think>" in chat:
            caps.append("thinking")
        return caps

    def go_template_caps(self) -> list[str]:
        tmpl = self.template or ""
        caps = []
        if re.search(r"\.Tools\b", tmpl):
            caps.append("tools")
        if re.search(r"\.Suffix\b", tmpl):
            caps.append("insert")
        if re.search(r"\.Thinking\b", tmpl) or ("<think>" in tmpl and "</think>" in tmpl):
            caps.append("thinking")
        return caps

    def uses_go_template(self) -> bool:
        """Ollama renders the Modelfile TEMPLATE unless the GGUF chat template can do more."""
        if not self.template:
            return False
        chat = self.info.chat_template if self.info else ""
        return not (chat and len(self.chat_template_caps()) > len(self.go_template_caps()))

    def capabilities(self) -> list[str]:
        """Ollama's capability detection, simplified: config, GGUF (pooling type, vision/audio blocks)
        and the selected template (Go template vars, or a chat template mentioning tools / <think>)."""
        caps: list[str] = []

        def add(c: str) -> None:
            if c not in caps:
                caps.append(c)

        for c in self.config.get("capabilities") or []:
            add(str(c))
        go = self.uses_go_template()
        if self.info is not None:
            arch = self.info.architecture
            if not go:
                for c in self.chat_template_caps():
                    add(c)
            add("embedding" if self.info.is_embedding else "completion")
            if f"{arch}.vision.block_count" in self.info.kv:
                add("vision")
            if f"{arch}.audio.block_count" in self.info.kv:
                add("audio")
        if self.projectors:
            add("vision")
        if go or not self.template:
            for c in self.go_template_caps():
                add(c)
        # completion first, as Ollama lists it for everyday models
        if "completion" in caps:
            caps.remove("completion")
            caps.insert(0, "completion")
        return caps

    def details(self, *, with_lengths: bool, parent: bool = True) -> dict[str, Any]:
        c = self.config
        out: dict[str, Any] = {
            "parent_model": self.parent_model if parent else "",
            "format": c.get("model_format", ""),
            "family": c.get("model_family", ""),
            "families": c.get("model_families"),
            "parameter_size": c.get("model_type", ""),
            "quantization_level": c.get("file_type", ""),
        }
        if with_lengths:
            ctx = int(c.get("context_length") or 0) or (self.info.context_length if self.info else 0)
            emb = int(c.get("embedding_length") or 0) or (self.info.embedding_length if self.info else 0)
            if ctx:
                out["context_length"] = ctx
            if emb:
                out["embedding_length"] = emb
        return out


def valid_file_path(p: str) -> bool:
    """Go's ``fs.ValidPath``: slash-separated, relative, no ``.``/``..``/empty elements."""
    if p == ".":
        return True
    if not p:
        return False
    return all(elem not in ("", ".", "..") for elem in p.split("/"))


ProgressFn = Callable[[dict[str, Any]], None]


class Store:
    """Blobs under ``root/blobs`` and manifests by name; safe to use from several threads."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.blobs = root / "blobs"
        self.blobs.mkdir(parents=True, exist_ok=True)
        self.lock = threading.RLock()
        self.manifests: dict[tuple[str, str, str, str], tuple[Name, Manifest]] = {}
        self._order = 0
        self._model_cache: dict[tuple[tuple[str, str, str, str], str], Model] = {}

    # ---- blobs

    def blob_path(self, digest: str) -> Path:
        """``manifest.BlobsPath``: validate the digest; the file name keeps the caller's spelling."""
        if not DIGEST_RE.match(digest):
            raise InvalidDigest()
        return self.blobs / digest.replace(":", "-")

    def has_blob(self, digest: str) -> bool:
        return self.blob_path(digest).is_file()

    def new_layer(self, data: bytes, media_type: str) -> Layer:
        digest = "sha256:" + hashlib.sha256(data).hexdigest()
        path = self.blob_path(digest)
        status = "using existing layer"
        with self.lock:
            if not path.exists():
                status = "creating new layer"
                tmp = path.with_name(path.name + f".tmp{threading.get_ident()}")
                tmp.write_bytes(data)
                os.replace(tmp, path)
        return Layer(media_type, digest, len(data), status=f"{status} {digest}")

    def new_layer_from_file(self, src: Path, media_type: str) -> Layer:
        h = hashlib.sha256()
        with src.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        digest = "sha256:" + h.hexdigest()
        path = self.blob_path(digest)
        status = "using existing layer"
        with self.lock:
            if not path.exists():
                status = "creating new layer"
                shutil.copyfile(src, path)
        return Layer(media_type, digest, path.stat().st_size, status=f"{status} {digest}")

    def layer_from_blob(self, digest: str, media_type: str, from_: str) -> Layer:
        path = self.blob_path(digest)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise CreateError(f"open {path}: no such file or directory") from None
        return Layer(media_type, digest, size, from_=from_, status=f"using existing layer {digest}")

    def store_upload(self, data: bytes) -> str:
        digest = "sha256:" + hashlib.sha256(data).hexdigest()
        path = self.blob_path(digest)
        with self.lock:
            if not path.exists():
                tmp = path.with_name(path.name + f".tmp{threading.get_ident()}")
                tmp.write_bytes(data)
                os.replace(tmp, path)
        return digest

    def read_blob_text(self, digest: str) -> str:
        return self.blob_path(digest).read_text("utf-8")

    # ---- manifests

    def find(self, name: Name) -> tuple[Name, Manifest] | None:
        with self.lock:
            return self.manifests.get(name.key)

    def canonical(self, name: Name) -> Name:
        """``getExistingName``: adopt the stored spelling of each part that matches case-insensitively."""
        host, ns, model, tag = name.host, name.namespace, name.model, name.tag
        with self.lock:
            stored = [n for n, _ in self.manifests.values()]
        for n in stored:
            if n.host.lower() == name.host.lower():
                host = n.host
            if n.namespace.lower() == name.namespace.lower():
                ns = n.namespace
            if n.model.lower() == name.model.lower():
                model = n.model
            if n.tag.lower() == name.tag.lower():
                tag = n.tag
        return Name(host, ns, model, tag, name.scheme)

    def write_manifest(
        self, name: Name, config: Layer, layers: list[Layer], *, modified_ns: int | None = None
    ) -> Manifest:
        m = Manifest(config=config, layers=list(layers))
        data = gojson.dumpb(m.to_json())
        m.digest = hashlib.sha256(data).hexdigest()
        m.modified_ns = modified_ns if modified_ns is not None else time.time_ns()
        with self.lock:
            self._order += 1
            m.order = self._order
            self.manifests[name.key] = (name, m)
        return m

    def remove_manifest(self, name: Name) -> Manifest:
        with self.lock:
            entry = self.manifests.pop(name.key, None)
        if entry is None:
            raise NotFound(str(name))
        return entry[1]

    def referenced(self) -> set[str]:
        with self.lock:
            out: set[str] = set()
            for _, m in self.manifests.values():
                out.add(m.config.digest)
                out.update(layer.digest for layer in m.layers)
            return out

    def remove_layer_blob(self, digest: str) -> None:
        """``Layer.Remove``: delete the blob unless some manifest still uses it."""
        with self.lock:
            if digest in self.referenced():
                return
            with contextlib.suppress(FileNotFoundError, InvalidDigest):
                self.blob_path(digest).unlink()

    def remove_layers(self, m: Manifest) -> None:
        for layer in [*m.layers, m.config]:
            self.remove_layer_blob(layer.digest)

    def list_names(self) -> list[tuple[Name, Manifest]]:
        with self.lock:
            return list(self.manifests.values())

    # ---- models

    def get_model(self, name: Name) -> Model:
        entry = self.find(name)
        if entry is None:
            raise NotFound(str(name))
        stored, m = entry
        key = (stored.key, m.digest)
        with self.lock:
            cached = self._model_cache.get(key)
        if cached is not None:
            return cached
        try:
            config = gojson.to_plain(gojson.parse_text(self.read_blob_text(m.config.digest)))
        except (OSError, gojson.GoJSONError):
            config = {}
        model = Model(name=stored, manifest=m, config=config if isinstance(config, dict) else {})
        for layer in m.layers:
            path = self.blob_path(layer.digest)
            mt = layer.media_type
            if mt == MT_MODEL:
                model.model_path = path
                model.parent_model = layer.from_
            elif mt == MT_ADAPTER:
                model.adapters.append(path)
            elif mt == MT_PROJECTOR:
                model.projectors.append(path)
            elif mt == MT_TEMPLATE:
                model.template = path.read_text("utf-8")
            elif mt == MT_SYSTEM:
                model.system = path.read_text("utf-8")
            elif mt == MT_LICENSE:
                model.license.append(path.read_text("utf-8"))
            elif mt == MT_PARAMS:
                parsed = gojson.parse_text(path.read_text("utf-8"))
                if isinstance(parsed, dict):
                    model.options = parsed
            elif mt == MT_MESSAGES:
                parsed = gojson.parse_text(path.read_text("utf-8"))
                if isinstance(parsed, list):
                    model.messages = [x for x in parsed if isinstance(x, dict)]
        if model.model_path is not None and is_gguf(model.model_path):
            model.info = load_info(model.model_path)
        with self.lock:
            self._model_cache[key] = model
        return model


# --------------------------------------------------------------------------------------------------
# create


@dataclass
class _GGUFLayer:
    layer: Layer
    info: GGUFInfo | None = None
    rewrite: bool = False


def _go_template_check(t: str) -> str | None:
    """A light syntax check standing in for Go's template parser."""
    depth = 0
    for action in re.findall(r"\{\{-?\s*(.*?)\s*-?\}\}", t, flags=re.S):
        word = action.split(" ", 1)[0]
        if word in ("if", "range", "with", "block", "define"):
            depth += 1
        elif word == "end":
            depth -= 1
            if depth < 0:
                return "template: :1: unexpected {{end}}"
    if t.count("{{") != t.count("}}"):
        return "template: :1: unclosed action"
    if depth > 0:
        return "template: :1: unexpected EOF"
    return None


def _license_list(value: Any) -> list[str]:
    """A string, or anything that re-decodes as ``[]string`` (a null element is ``""``)."""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):
        out = []
        for item in value:
            if item is None:
                item = ""
            if not isinstance(item, str):
                raise CreateError(
                    f"json: cannot unmarshal {gojson.kind_of(item)} into Go value of type string"
                )
            out.append(item)
        return out
    raise CreateError(f"json: cannot unmarshal {gojson.kind_of(value)} into Go value of type []string")


def _encode_line(v: Any) -> bytes:
    # json.NewEncoder(...).Encode: Go JSON plus a newline
    return gojson.dumpb(v) + b"\n"


def _tool_call_json(c: dict[str, Any]) -> dict[str, Any]:
    """An ``api.ToolCall`` as Go writes it: every field of the function, arguments ``{}`` when unset
    (an explicit ``null`` stays null)."""
    fn = c.get("function") or {}
    out: dict[str, Any] = {}
    if c.get("id"):
        out["id"] = c["id"]
    out["function"] = {
        "index": fn.get("index") or 0,
        "name": fn.get("name") or "",
        "arguments": fn.get("arguments", {}),
    }
    return out


def _message_json(m: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"role": m.get("role") or "", "content": m.get("content") or ""}
    if m.get("thinking"):
        out["thinking"] = m["thinking"]
    if m.get("images"):
        out["images"] = m["images"]
    if m.get("tool_calls"):
        out["tool_calls"] = [_tool_call_json(c) for c in m["tool_calls"]]
    if m.get("tool_name"):
        out["tool_name"] = m["tool_name"]
    if m.get("tool_call_id"):
        out["tool_call_id"] = m["tool_call_id"]
    return out


# (source digest, target file type) -> (result digest, a file holding it), shared by all stores
_rewrites: dict[tuple[str, int | None], tuple[str, Path]] = {}
_rewrites_lock = threading.Lock()


class Creator:
    """Runs one ``/api/create`` the way Ollama's CreateHandler goroutine does, reporting progress."""

    def __init__(self, store: Store, pull: Callable[[Name, ProgressFn], None]) -> None:
        self.store = store
        self.pull = pull

    def run(self, req: dict[str, Any], name: Name, fn: ProgressFn) -> None:
        store = self.store
        config: dict[str, Any] = {
            "model_format": "",
            "model_family": "",
            "model_families": None,
            "model_type": "",
            "file_type": "",
            "renderer": req.get("renderer") or "",
            "parser": req.get("parser") or "",
            "requires": req.get("requires") or "",
        }
        old = store.find(name)
        base: list[_GGUFLayer] = []
        remote = False
        source = req.get("from") or ""
        files = req.get("files")
        if source:
            try:
                ref = parse_ref(source)
            except RefError:
                raise CreateError("invalid model name", 400) from None
            remote_host = req.get("remote_host") or ""
            if ref.source == "cloud" and not remote_host:
                remote_host = "https://ollama.com:443"
            if remote_host:
                config["remote_model"] = ref.base
                config["remote_host"] = remote_host if "://" in remote_host else f"http://{remote_host}"
                remote = True
            else:
                base = self._from_model(ref.name, fn)
                try:
                    parent = store.get_model(store.canonical(ref.name))
                    for key in ("renderer", "parser", "requires", "model_format"):
                        if not config.get(key) and parent.config.get(key):
                            config[key] = parent.config[key]
                    if parent.config.get("capabilities") and not config.get("capabilities"):
                        config["capabilities"] = parent.config["capabilities"]
                except NotFound:
                    pass
        elif files is not None:
            base = self._from_files(files, MT_MODEL, True, fn)
        else:
            raise CreateError("neither 'from' or 'files' was specified", 400)

        if remote and req.get("draft_files"):
            raise CreateError("DRAFT cannot be used with remote models", 400)
        if not remote and req.get("draft_files"):
            base += self._from_files(req["draft_files"], MT_DRAFT, False, fn)
        if not remote and req.get("adapters"):
            if len(req["adapters"]) > 1:
                raise CreateError("only one adapter is currently supported", 400)
            base += self._from_files(req["adapters"], MT_ADAPTER, False, fn)

        info = req.get("info")
        if isinstance(info, dict):
            self._apply_info(config, info)

        self._create_model(req, name, base, config, fn)
        if old is not None:
            self.store.remove_layers(old[1])
        fn({"status": "success"})

    def _apply_info(self, config: dict[str, Any], info: dict[str, Any]) -> None:
        caps = info.get("capabilities")
        if isinstance(caps, list):
            config["capabilities"] = [
                *(config.get("capabilities") or []),
                *(c if isinstance(c, str) else "" for c in caps),
            ]

        def str_of(k: str) -> str:
            if k not in info:
                return ""
            v = info[k]
            if not isinstance(v, str):
                raise CreateError(f'info field "{k}" must be a string', 400)
            return v

        def int_of(k: str) -> int:
            if k not in info:
                return 0
            v = info[k]
            if not isinstance(v, float) or isinstance(v, bool):
                raise CreateError(f'info field "{k}" must be a number', 400)
            if v < 0 or int(v) != v or v > 2**63 - 1:
                raise CreateError(f'info field "{k}" must be a non-negative integer', 400)
            return int(v)

        family = str_of("model_family")
        config["model_family"] = family
        if family:
            config["model_families"] = [family]
        config["base_name"] = str_of("base_name")
        config["file_type"] = str_of("quantization_level")
        config["model_type"] = str_of("parameter_size")
        config["context_length"] = int_of("context_length")
        config["embedding_length"] = int_of("embedding_length")

    def _from_model(self, name: Name, fn: ProgressFn) -> list[_GGUFLayer]:
        store = self.store
        canon = store.canonical(name)
        entry = store.find(canon)
        if entry is None:
            self.pull(canon, fn)
            entry = store.find(canon)
            if entry is None:  # pragma: no cover - pull raises on failure
                raise CreateError(
                    f"open {store.root}/manifests/{canon.host}/{canon.namespace}/{canon.model}/{canon.tag}: no such file or directory"
                )
        stored, m = entry
        out = []
        for src in m.layers:
            layer = Layer(
                src.media_type,
                src.digest,
                src.size,
                from_=stored.display_shortest(),
                status=f"using existing layer {src.digest}",
            )
            g = _GGUFLayer(layer)
            if src.media_type in (MT_MODEL, MT_PROJECTOR, MT_ADAPTER, MT_DRAFT):
                path = store.blob_path(src.digest)
                if is_gguf(path):
                    g.info = load_info(path)
            out.append(g)
        return out

    def _from_files(
        self, files: dict[str, str], media_type: str, detect_template: bool, fn: ProgressFn
    ) -> list[_GGUFLayer]:
        store = self.store
        kind = ""
        for fname in sorted(files):
            if fname.endswith(".safetensors"):
                kind = "safetensors"
                break
            if fname.endswith(".gguf"):
                kind = "gguf"
                break
            try:
                if is_gguf(store.blob_path(files[fname])):
                    kind = "gguf"
                    break
            except InvalidDigest:
                pass
            break
        if kind == "safetensors":
            fn({"status": "converting model"})
            raise CreateError("safetensors conversion is not supported by this server")
        if kind != "gguf":
            raise CreateError("unknown type", 400)
        if not files:
            raise CreateError("no files provided to convert", 400)
        layers: list[_GGUFLayer] = []
        for fname in sorted(files):
            fn({"status": "parsing GGUF"})
            try:
                path = store.blob_path(files[fname])
            except InvalidDigest:
                raise CreateError("invalid digest format") from None
            if not path.exists():
                raise CreateError(f"open {path}: no such file or directory")
            if not is_gguf(path):
                raise CreateError("supplied file was not in GGUF format", 400)
            try:
                info = load_info(path)
            except Exception as e:  # a truncated or corrupt GGUF
                raise CreateError(str(e) or "invalid GGUF file") from None
            mt = media_type
            kind_kv = str(info.value("general.type", ""))
            if media_type == MT_MODEL and kind_kv == "adapter":
                mt = MT_ADAPTER
            elif media_type == MT_MODEL and kind_kv in ("projector", "mmproj"):
                mt = MT_PROJECTOR
            layer = store.layer_from_blob(files[fname], mt, fname)
            layers.append(_GGUFLayer(layer, info, rewrite=True))
        if detect_template:
            for g in list(layers):
                chat = g.info.chat_template if g.info else ""
                if chat and "<|im_start|>" in chat:
                    t = store.new_layer(CHATML_GO_TEMPLATE.encode(), MT_TEMPLATE)
                    t.status = "using autodetected template chatml"
                    layers.append(_GGUFLayer(t))
                    layers.append(_GGUFLayer(store.new_layer(_encode_line(CHATML_PARAMS), MT_PARAMS)))
        return layers

    def _rewrite(self, g: _GGUFLayer, target: int | None, fn: ProgressFn) -> _GGUFLayer:
        store = self.store
        key = (g.layer.digest, target)
        with _rewrites_lock:
            known = _rewrites.get(key)
        if known is not None and (store.blob_path(known[0]).exists() or known[1].exists()):
            # the rewrite is deterministic: reuse an earlier result instead of converting again
            digest, path = known
            dst = store.blob_path(digest)
            status = "using existing layer"
            with store.lock:
                if not dst.exists():
                    shutil.copyfile(path, dst)
                    status = "creating new layer"
            fn({"status": "verifying conversion"})
            layer = Layer(g.layer.media_type, digest, dst.stat().st_size, status=f"{status} {digest}")
            return _GGUFLayer(layer, load_info(dst))
        src = store.blob_path(g.layer.digest)
        tmp = store.blobs / f".rewrite-{threading.get_ident()}-{time.monotonic_ns()}"
        try:
            rewrite_gguf(src, tmp, target)
            fn({"status": "verifying conversion"})
            layer = store.new_layer_from_file(tmp, g.layer.media_type)
        finally:
            tmp.unlink(missing_ok=True)
        with _rewrites_lock:
            _rewrites[key] = (layer.digest, store.blob_path(layer.digest))
        return _GGUFLayer(layer, load_info(store.blob_path(layer.digest)))

    def _create_model(
        self, req: dict[str, Any], name: Name, base: list[_GGUFLayer], config: dict[str, Any], fn: ProgressFn
    ) -> None:
        store = self.store
        layers: list[Layer] = []
        quantize = (req.get("quantize") or req.get("quantization") or "").upper()
        for g in base:
            if g.info is not None:
                rewrote = False
                if quantize and g.layer.media_type == MT_MODEL:
                    if quantize not in QUANTIZE_TARGETS:
                        raise CreateError(
                            f"unsupported quantization type {quantize} - supported types are {SUPPORTED_LIST}"
                        )
                    want = QUANTIZE_TARGETS[quantize]
                    if g.info.file_type_name not in ("F16", "BF16", "F32"):
                        raise CreateError("quantization is only supported for F16, BF16 and F32 models")
                    if g.info.file_type != want:
                        g = self._rewrite(g, want, fn)
                        rewrote = True
                if not rewrote and g.rewrite and g.layer.media_type == MT_MODEL:
                    g = self._rewrite(g, None, fn)
                if g.layer.media_type == MT_MODEL and g.info is not None:
                    arch = g.info.architecture
                    from .ggufmodel import human_number

                    config["model_format"] = config.get("model_format") or "gguf"
                    config["model_family"] = config.get("model_family") or arch
                    config["model_type"] = config.get("model_type") or human_number(g.info.parameter_count)
                    config["file_type"] = config.get("file_type") or g.info.file_type_name
                    config["model_families"] = [*(config.get("model_families") or []), arch]
            layers.append(g.layer)

        def remove(mt: str) -> None:
            nonlocal layers
            keep = []
            for layer in layers:
                if layer.media_type == mt:
                    store.remove_layer_blob(layer.digest)
                else:
                    keep.append(layer)
            layers = keep

        template = req.get("template") or ""
        if template:
            remove(MT_TEMPLATE)
            problem = _go_template_check(template)
            if problem:
                raise CreateError(f"template error: {problem}", 400)
            layers.append(store.new_layer(template.encode(), MT_TEMPLATE))
        system = req.get("system") or ""
        if system:
            remove(MT_SYSTEM)
            layers.append(store.new_layer(system.encode(), MT_SYSTEM))
        if req.get("license") is not None:
            for text in _license_list(req["license"]):
                layers.append(store.new_layer(text.encode(), MT_LICENSE))

        params: dict[str, Any] = dict(req.get("parameters") or {})
        for layer in layers:
            if layer.media_type == MT_PARAMS:
                existing = gojson.parse_text(store.read_blob_text(layer.digest))
                if isinstance(existing, dict):
                    for k, v in existing.items():
                        params.setdefault(k, v)
        if params:
            remove(MT_PARAMS)
            layers.append(store.new_layer(_encode_line(gojson.sorted_map(params)), MT_PARAMS))

        messages = req.get("messages") or []
        if messages:
            remove(MT_MESSAGES)
            layers.append(store.new_layer(_encode_line([_message_json(m) for m in messages]), MT_MESSAGES))

        cfg = {k: v for k, v in config.items() if v not in ("", None, 0, [])}
        cfg.setdefault("model_format", "")
        cfg.setdefault("model_family", "")
        cfg.setdefault("model_families", None)
        cfg.setdefault("model_type", "")
        cfg.setdefault("file_type", "")
        order = [
            "model_format",
            "model_family",
            "model_families",
            "model_type",
            "file_type",
            "renderer",
            "parser",
            "requires",
            "remote_host",
            "remote_model",
            "capabilities",
            "context_length",
            "embedding_length",
            "base_name",
        ]
        ordered = {k: cfg[k] for k in order if k in cfg}
        ordered["architecture"] = "amd64"
        ordered["os"] = "linux"
        config_layer = store.new_layer(_encode_line(ordered), MT_CONFIG)

        for layer in layers:
            if layer.status:
                fn({"status": layer.status})
        fn({"status": "writing manifest"})
        store.write_manifest(name, config_layer, layers)


def files_request_error(files: Any) -> str | None:
    """The checks CreateHandler makes before streaming (answered 400 with gin's JSON)."""
    if isinstance(files, dict):
        for p, digest in files.items():
            if not valid_file_path(p):
                return "file path must be relative"
            if digest == "":
                return "invalid digest format"
    return None
