"""Deterministic stand-ins for the model runner: tokenizer, text, thinking, tool calls, JSON, embeddings.

Everything is derived from a SHA-256 seeded PRNG over the model digest, the rendered prompt and the
sampling options, so the same request always yields the same output. Tokens are real pieces of the
model's GGUF vocabulary, which makes the text look like the word salad the real tiny models produce.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import random
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .ggufmodel import GGUFInfo

SPACE = "\u2581"

_FALLBACK_WORDS = [
    "the",
    "sky",
    "is",
    "blue",
    "because",
    "light",
    "water",
    "model",
    "small",
    "tiny",
    "llama",
    "world",
    "people",
    "number",
    "picture",
    "sentence",
    "through",
    "mother",
    "father",
    "little",
    "house",
    "green",
    "great",
    "first",
    "every",
    "earth",
    "other",
    "where",
    "there",
    "which",
    "would",
]


class Tokenizer:
    """Greedy longest-match over a SentencePiece-style vocabulary with byte fallback."""

    def __init__(self, info: GGUFInfo | None) -> None:
        tokens = info.tokens if info else []
        types = info.token_types if info else []
        self.tokens = tokens
        self.ids: dict[str, int] = {}
        self.special: dict[str, int] = {}
        self.byte_ids: dict[int, int] = {}
        self.normal: list[int] = []
        for i, tok in enumerate(tokens):
            ttype = types[i] if i < len(types) else 1
            if ttype == 6 and re.fullmatch(r"<0x[0-9A-Fa-f]{2}>", tok):
                self.byte_ids[int(tok[3:5], 16)] = i
            elif ttype == 3:
                self.special[tok] = i
            elif ttype == 1:
                self.ids.setdefault(tok, i)
                if tok.strip(SPACE):
                    self.normal.append(i)
        self.max_len = max((len(t) for t in self.ids), default=1)
        self.bos = int(info.value("tokenizer.ggml.bos_token_id", 1)) if info else 1
        self.eos = int(info.value("tokenizer.ggml.eos_token_id", 2)) if info else 2
        self.add_bos = bool(info.value("tokenizer.ggml.add_bos_token", True)) if info else True
        self._special_re = (
            re.compile("|".join(re.escape(s) for s in sorted(self.special, key=len, reverse=True)))
            if self.special
            else None
        )

    def _encode_plain(self, text: str, out: list[int]) -> None:
        s = text.replace(" ", SPACE)
        i = 0
        while i < len(s):
            for n in range(min(self.max_len, len(s) - i), 0, -1):
                tid = self.ids.get(s[i : i + n])
                if tid is not None:
                    out.append(tid)
                    i += n
                    break
            else:
                for b in s[i].replace(SPACE, " ").encode("utf-8"):
                    out.append(self.byte_ids.get(b, 0))
                i += 1

    def encode(self, text: str, *, bos: bool = True) -> list[int]:
        out: list[int] = [self.bos] if bos and self.add_bos else []
        if not text:
            return out
        pos = 0
        parts: list[tuple[str, bool]] = []
        if self._special_re is not None:
            for m in self._special_re.finditer(text):
                parts.append((text[pos : m.start()], False))
                parts.append((m.group(0), True))
                pos = m.end()
        parts.append((text[pos:], False))
        for chunk, special in parts:
            if not chunk:
                continue
            if special:
                out.append(self.special[chunk])
            else:
                # llama.cpp's SentencePiece path puts a space in front of every text fragment
                self._encode_plain(" " + chunk, out)
        return out

    def piece(self, tid: int) -> str:
        if 0 <= tid < len(self.tokens):
            tok = self.tokens[tid]
            m = re.fullmatch(r"<0x([0-9A-Fa-f]{2})>", tok)
            if m:
                return bytes([int(m.group(1), 16)]).decode("latin-1")
            if tid in self.special.values() or tid in (self.bos, self.eos):
                return ""
            return tok.replace(SPACE, " ")
        return ""

    def decode(self, ids: Sequence[int]) -> str:
        text = "".join(self.piece(t) for t in ids)
        return text[1:] if text.startswith(" ") else text

    def pieces_of(self, text: str) -> list[str]:
        """Split ``text`` into the pieces the model would emit for it (no leading-space prefix)."""
        ids: list[int] = []
        self._encode_plain(text, ids)
        out: list[str] = []
        pending = b""
        for tid in ids:
            tok = self.tokens[tid] if 0 <= tid < len(self.tokens) else ""
            m = re.fullmatch(r"<0x([0-9A-Fa-f]{2})>", tok)
            if m:
                pending += bytes([int(m.group(1), 16)])
                try:
                    out.append(pending.decode("utf-8"))
                    pending = b""
                except UnicodeDecodeError:
                    continue
            else:
                if pending:
                    out.append(pending.decode("utf-8", errors="replace"))
                    pending = b""
                out.append(tok.replace(SPACE, " "))
        if pending:
            out.append(pending.decode("utf-8", errors="replace"))
        return out

    def word_pool(self) -> list[str]:
        pool = [self.tokens[i].replace(SPACE, " ") for i in self.normal]
        return pool or [" " + w for w in _FALLBACK_WORDS]

    def spaced_pool(self) -> list[str]:
        pool = [p for p in self.word_pool() if p.startswith(" ") and len(p) > 2]
        return pool or self.word_pool()


def rng_for(*parts: Any) -> random.Random:
    h = hashlib.sha256(json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False).encode()).digest()
    return random.Random(int.from_bytes(h[:16], "big"))


# --------------------------------------------------------------------------------------------------
# text


@dataclass
class Piece:
    text: str
    kind: str = "content"  # "content" | "thinking"
    logprob: float = 0.0
    top: list[tuple[str, float]] = field(default_factory=list)


@dataclass
class Completion:
    pieces: list[Piece]
    done_reason: str
    eval_count: int
    tool_calls: list[dict[str, Any]] = field(default_factory=list)


def _logprobs(rng: random.Random, tok: Tokenizer, text: str, k: int) -> tuple[float, list[tuple[str, float]]]:
    """A log probability for the chosen piece and, when asked, the ``k`` most likely pieces."""
    if k <= 0:
        return -round(rng.uniform(0.05, 3.0), 6), []
    pool = tok.word_pool()
    others: list[str] = []
    for _ in range(8 * k):
        if len(others) >= k - 1:
            break
        w = rng.choice(pool)
        if w != text and w not in others:
            others.append(w)
    vals = sorted((-round(rng.uniform(0.01, 6.0), 6) for _ in range(len(others) + 1)), reverse=True)
    rank = rng.randrange(len(vals))
    order = [*others[:rank], text, *others[rank:]]
    return vals[rank], list(zip(order, vals, strict=True))


def generate_text(
    tok: Tokenizer,
    rng: random.Random,
    *,
    num_predict: int,
    max_tokens: int,
    stop: Sequence[str],
    forced: str | None = None,
    thinking: int = 0,
    top_logprobs: int = 0,
) -> Completion:
    """Produce up to ``num_predict`` pieces (negative = until EOS or ``max_tokens``).

    ``forced`` is text the model must emit (structured output); ``thinking`` is how many pieces of
    reasoning precede the answer.
    """
    limit = max_tokens if num_predict < 0 else min(num_predict, max_tokens)
    spaced = tok.spaced_pool()

    def pick() -> str:
        # word starts only, so pieces never run together into accidental words
        return rng.choice(spaced)

    pieces: list[Piece] = []
    for _ in range(thinking):
        pieces.append(Piece(pick(), "thinking"))
    reason = "stop"
    if forced is not None:
        for text in tok.pieces_of(forced):
            pieces.append(Piece(text))
    else:
        # an EOS chance per token keeps unlimited generations finite, as a real model's would be
        target = rng.randint(8, 40)
        for i in range(max(limit, 0)):
            if num_predict < 0 and i >= target:
                break
            word = pick()
            if i == 0 and rng.random() < 0.3:
                word = word.strip().capitalize() or word
            pieces.append(Piece(word))
    if len(pieces) > limit:
        pieces = pieces[:limit]
        reason = "length"
    elif forced is None and num_predict >= 0 and len(pieces) >= limit:
        reason = "length"
    eval_count = len(pieces)
    # stop sequences end the answer where they begin (the stop text itself is not returned)
    if stop:
        text = ""
        for idx, p in enumerate(pieces):
            if p.kind != "content":
                continue
            before = len(text)
            text += p.text
            hit = min((text.find(s) for s in stop if s and s in text), default=-1)
            if hit >= 0:
                p.text = p.text[: max(hit - before, 0)]
                pieces = pieces[: idx + 1]
                eval_count = idx + 1
                reason = "stop"
                break
    for p in pieces:
        p.logprob, p.top = _logprobs(rng, tok, p.text, top_logprobs)
    return Completion(pieces=pieces, done_reason=reason, eval_count=eval_count)


# --------------------------------------------------------------------------------------------------
# JSON outputs


def _rand_word(rng: random.Random) -> str:
    return rng.choice(_FALLBACK_WORDS)


def _resolve(ref: str, root: Any) -> Any:
    """A local JSON pointer such as ``#/$defs/Address`` (what pydantic schemas use)."""
    if not ref.startswith("#"):
        return {}
    node = root
    for part in [p for p in ref[1:].split("/") if p]:
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return {}
    return node


def instance_for_schema(schema: Any, rng: random.Random, depth: int = 0, root: Any = None) -> Any:
    """A value valid against a (reasonable) JSON Schema: objects, arrays, strings, numbers, enums,
    const, anyOf/oneOf/allOf, local $ref, required properties, nesting, common formats and bounds.
    ``pattern`` is not honoured."""
    if root is None:
        root = schema
    if not isinstance(schema, Mapping):
        return _rand_word(rng)
    if isinstance(schema.get("$ref"), str) and depth < 16:
        target = _resolve(schema["$ref"], root)
        resolved = {
            **(target if isinstance(target, Mapping) else {}),
            **{k: v for k, v in schema.items() if k != "$ref"},
        }
        return instance_for_schema(resolved, rng, depth + 1, root)
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][rng.randrange(len(schema["enum"]))]
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            non_null = [o for o in options if not (isinstance(o, Mapping) and o.get("type") == "null")]
            return instance_for_schema((non_null or options)[0], rng, depth + 1, root)
    if isinstance(schema.get("allOf"), list) and schema["allOf"]:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            if isinstance(part, Mapping):
                for k, v in part.items():
                    if k == "properties" and isinstance(v, Mapping):
                        merged.setdefault("properties", {}).update(v)
                    elif k == "required" and isinstance(v, list):
                        merged.setdefault("required", []).extend(v)
                    else:
                        merged.setdefault(k, v)
        return instance_for_schema(merged, rng, depth + 1, root)
    typ = schema.get("type")
    if isinstance(typ, list):
        non_null = [t for t in typ if t != "null"]
        typ = non_null[0] if non_null else "null"
    if typ is None:
        if "properties" in schema or "required" in schema:
            typ = "object"
        elif "items" in schema:
            typ = "array"
        else:
            typ = "string"
    if typ == "object":
        raw_props = schema.get("properties")
        props: Mapping[str, Any] = raw_props if isinstance(raw_props, Mapping) else {}
        required = [r for r in schema.get("required") or [] if isinstance(r, str)]
        out: dict[str, Any] = {}
        for name, sub in props.items():
            if name in required or depth < 2:
                out[name] = instance_for_schema(sub, rng, depth + 1, root)
        for name in required:
            if name not in out:
                out[name] = _rand_word(rng)
        min_props = schema.get("minProperties")
        extra = schema.get("additionalProperties")
        while isinstance(min_props, int) and len(out) < min_props and extra is not False:
            out[f"{_rand_word(rng)}{len(out)}"] = instance_for_schema(
                extra if isinstance(extra, Mapping) else {}, rng, depth + 1
            )
        return out
    if typ == "array":
        items = schema.get("items", {})
        min_items = schema.get("minItems")
        max_items = schema.get("maxItems")
        lo: int = min_items if isinstance(min_items, int) else 1
        hi: int = max_items if isinstance(max_items, int) else max(lo, 3)
        n = max(lo, min(hi, rng.randint(1, 3) if depth < 6 else 0))
        if isinstance(items, list):
            return [instance_for_schema(s, rng, depth + 1, root) for s in items]
        values = [instance_for_schema(items, rng, depth + 1, root) for _ in range(n)]
        if schema.get("uniqueItems"):
            uniq: list[Any] = []
            for v in values:
                if v not in uniq:
                    uniq.append(v)
            values = uniq
        return values
    if typ in ("integer", "number"):
        lo_f = schema.get("minimum", schema.get("exclusiveMinimum"))
        hi_f = schema.get("maximum", schema.get("exclusiveMaximum"))
        lo_v = float(lo_f) if isinstance(lo_f, int | float) and not isinstance(lo_f, bool) else 0.0
        hi_v = float(hi_f) if isinstance(hi_f, int | float) and not isinstance(hi_f, bool) else lo_v + 100.0
        if "exclusiveMinimum" in schema and "minimum" not in schema:
            lo_v += 1
        if "exclusiveMaximum" in schema and "maximum" not in schema:
            hi_v -= 1
        if hi_v < lo_v:
            hi_v = lo_v
        if typ == "integer":
            value: float = rng.randint(math.ceil(lo_v), max(math.ceil(lo_v), math.floor(hi_v)))
            mult = schema.get("multipleOf")
            if isinstance(mult, int) and mult > 0:
                value = math.ceil(value / mult) * mult
            return int(value)
        return round(rng.uniform(lo_v, hi_v), 2)
    if typ == "boolean":
        return rng.random() < 0.5
    if typ == "null":
        return None
    fmt = schema.get("format")
    if fmt == "date-time":
        return f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T12:00:00Z"
    if fmt == "date":
        return f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
    if fmt == "email":
        return f"{_rand_word(rng)}@example.com"
    if fmt in ("uri", "url"):
        return f"https://example.com/{_rand_word(rng)}"
    if fmt == "uuid":
        return str(__import__("uuid").UUID(int=rng.getrandbits(128), version=4))
    lo_len = schema.get("minLength", 1) if isinstance(schema.get("minLength"), int) else 1
    hi_len = schema.get("maxLength") if isinstance(schema.get("maxLength"), int) else None
    words = " ".join(_rand_word(rng) for _ in range(rng.randint(1, 3)))
    while len(words) < lo_len:
        words += " " + _rand_word(rng)
    if hi_len is not None:
        words = words[:hi_len]
        if len(words) < lo_len:
            words = words.ljust(lo_len, "x")
    if (
        "pattern" in schema
        and isinstance(schema["pattern"], str)
        and re.fullmatch(r"\^?\[[a-z0-9\-]+\]\+\$?", schema["pattern"])
    ):
        words = "".join(c for c in words if c in string.ascii_lowercase) or "x"
    return words


def json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def free_json(rng: random.Random) -> str:
    """Text for ``format: "json"``: a small object."""
    obj = {_rand_word(rng): _rand_word(rng) for _ in range(rng.randint(1, 3))}
    return json.dumps(obj, ensure_ascii=False)


# --------------------------------------------------------------------------------------------------
# tools


def tool_call_id(rng: random.Random) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "call_" + "".join(rng.choice(letters) for _ in range(8))


def _param_schema(prop: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = dict(prop)
    t = prop.get("type")
    if isinstance(t, list) and len(t) == 1:
        out["type"] = t[0]
    return out


def make_tool_calls(tools: Sequence[Mapping[str, Any]], rng: random.Random) -> list[dict[str, Any]]:
    """One call of a tool the request offered, with arguments valid for its parameter schema."""
    usable = [t for t in tools if isinstance(t, Mapping) and isinstance(t.get("function"), Mapping)]
    if not usable:
        return []
    tool = usable[rng.randrange(len(usable))]
    fn = tool["function"]
    raw_params = fn.get("parameters")
    params: Mapping[str, Any] = raw_params if isinstance(raw_params, Mapping) else {}
    raw_props = params.get("properties")
    props: Mapping[str, Any] = raw_props if isinstance(raw_props, Mapping) else {}
    required = [r for r in params.get("required") or [] if isinstance(r, str)]
    args: dict[str, Any] = {}
    for name, prop in props.items():
        if name in required or not required:
            args[name] = instance_for_schema(
                _param_schema(prop) if isinstance(prop, Mapping) else {}, rng, 1, params
            )
    for name in required:
        args.setdefault(name, _rand_word(rng))
    return [
        {
            "id": tool_call_id(rng),
            "function": {"index": 0, "name": str(fn.get("name") or ""), "arguments": args},
        }
    ]


# --------------------------------------------------------------------------------------------------
# embeddings


@functools.lru_cache(maxsize=8192)
def _token_vector(model_key: str, token: int, length: int) -> tuple[float, ...]:
    rng = rng_for("token", model_key, token)
    return tuple(rng.gauss(0.0, 0.1) for _ in range(length))


def embedding(model_key: str, tokens: Sequence[int], length: int) -> list[float]:
    """A deterministic, unnormalised vector (like the runner's raw output): the mean of per-token
    vectors, so texts sharing words point in similar directions."""
    vec = [0.0] * length
    for tid in tokens:
        for i, x in enumerate(_token_vector(model_key, tid, length)):
            vec[i] += x
    n = max(len(tokens), 1)
    return [v / n for v in vec]


def normalize(vec: Sequence[float]) -> list[float]:
    norm = math.sqrt(sum(v * v for v in vec))
    scale = 1.0 / max(norm, 1e-12)
    return [v * scale for v in vec]
