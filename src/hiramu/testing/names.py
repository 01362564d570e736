"""Model names as Ollama parses them: ``[scheme://][host/][namespace/]model[:tag]``."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_HOST = "registry.ollama.ai"
DEFAULT_NAMESPACE = "library"
DEFAULT_TAG = "latest"
MISSING = "!MISSING!"


@dataclass(frozen=True)
class Name:
    host: str
    namespace: str
    model: str
    tag: str
    scheme: str = "https"

    def __str__(self) -> str:
        return f"{self.host}/{self.namespace}/{self.model}:{self.tag}"

    @property
    def key(self) -> tuple[str, str, str, str]:
        """Identity of the name for local lookups (Ollama matches each part case-insensitively)."""
        return (self.host.lower(), self.namespace.lower(), self.model.lower(), self.tag.lower())

    def display_shortest(self) -> str:
        if self.host.lower() != DEFAULT_HOST:
            return f"{self.host}/{self.namespace}/{self.model}:{self.tag}"
        if self.namespace.lower() != DEFAULT_NAMESPACE:
            return f"{self.namespace}/{self.model}:{self.tag}"
        return f"{self.model}:{self.tag}"

    def namespace_model(self) -> str:
        return f"{self.namespace}/{self.model}"

    def is_valid(self) -> bool:
        return (
            _valid_part("host", self.host)
            and _valid_part("namespace", self.namespace)
            and _valid_part("model", self.model)
            and _valid_part("tag", self.tag)
        )


def _cut_promised(s: str, sep: str) -> tuple[str, str, bool]:
    i = s.rfind(sep)
    if i < 0:
        return s, "", False
    return (s[:i] or MISSING), (s[i + len(sep) :] or MISSING), True


def parse_name(s: str) -> Name:
    """``model.ParseName``: missing parts take the defaults; the result may be invalid."""
    host = namespace = tag = ""
    scheme = ""
    if s.rfind(":") > s.rfind("/"):
        s, tag, _ = _cut_promised(s, ":")
    s, model, promised = _cut_promised(s, "/")
    if not promised:
        model = s
    else:
        s, namespace, promised = _cut_promised(s, "/")
        if not promised:
            namespace = s
        else:
            if "://" in s:
                scheme, host = s.split("://", 1)
            else:
                host = s
    return Name(
        host=host or DEFAULT_HOST,
        namespace=namespace or DEFAULT_NAMESPACE,
        model=model,
        tag=tag or DEFAULT_TAG,
        scheme=scheme or "https",
    )


def _alnum_us(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c == "_")


def _valid_part(kind: str, s: str) -> bool:
    limit = 350 if kind == "host" else 80
    if not 1 <= len(s.encode()) <= limit:
        return False
    for i, c in enumerate(s):
        if i == 0:
            if not _alnum_us(c):
                return False
            continue
        if c in "_-":
            continue
        if c == ".":
            if kind == "namespace":
                return False
            continue
        if c == ":":
            if kind != "host":
                return False
            continue
        if not _alnum_us(c):
            return False
    return True


class RefError(Exception):
    pass


class ModelRequired(RefError):
    def __init__(self) -> None:
        super().__init__("model is required")


class ConflictingSource(RefError):
    pass


class Unqualified(RefError):
    pass


@dataclass(frozen=True)
class ModelRef:
    original: str
    base: str
    name: Name
    source: str  # "", "local" or "cloud"


def _source_suffix(raw: str) -> tuple[str, str, bool]:
    idx = raw.rfind(":")
    if idx >= 0:
        suffix_raw = raw[idx + 1 :].strip()
        suffix = suffix_raw.lower()
        if suffix == "cloud":
            return raw[:idx], "cloud", True
        if suffix == "local":
            return raw[:idx], "local", True
        if "/" not in suffix_raw and suffix.endswith("-cloud"):
            return raw[: idx + 1] + suffix_raw[: -len("-cloud")], "cloud", True
    return raw, "", False


def parse_ref(raw: str, *, for_pull: bool = False) -> ModelRef:
    """``parseAndValidateModelRef`` (and the pull variant that maps ``:cloud`` to a legacy tag)."""
    raw = raw.strip()
    if raw == "":
        raise ModelRequired()
    base, source, explicit = _source_suffix(raw)
    if explicit and _source_suffix(base)[2]:
        raise ConflictingSource(f'use either :local or :cloud, not both: "{raw}"')
    if for_pull and source == "cloud":
        base = base + "-cloud" if base.rfind(":") > base.rfind("/") else base + ":cloud"
    name = parse_name(base)
    if not name.is_valid():
        raise Unqualified(f"unqualified name: {name}")
    return ModelRef(original=raw, base=base, name=name, source=source)
