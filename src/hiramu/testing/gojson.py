"""JSON the way Ollama's Go server reads and writes it.

Reading follows gin's ``ShouldBindJSON`` over Go's ``encoding/json``: only the first value of the body
is read, syntax errors carry Go's scanner messages, object keys match struct fields exactly or else
case-insensitively, unknown keys are ignored, ``null`` leaves a field unset, and a value of the wrong
JSON type is reported as ``json: cannot unmarshal ...`` once the whole value has been read. A ``null``
array element or map value becomes the element type's zero value (``0``, ``""``, an empty struct), and
a type with its own ``UnmarshalJSON`` sees the ``null`` itself, as Go's decoder does.

Writing is compact, escapes ``<``, ``>`` and ``&`` like Go, keeps the key order the caller built (Go
structs) and formats floats like ``strconv.AppendFloat(f, 'f' or 'e', -1, bits)``.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import struct
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

# --------------------------------------------------------------------------------------------------
# Decoding: syntax


class GoJSONError(Exception):
    """A decoding failure; ``str()`` is the Go error text."""


class MissingBody(GoJSONError):
    """The body held no JSON value at all (Go's ``io.EOF``)."""


class Num(float):
    """A JSON number that remembers its literal (Go checks integer fields against the text)."""

    literal: str

    def __new__(cls, literal: str) -> Num:
        try:
            value = float(literal)
        except OverflowError:  # pragma: no cover - float() returns inf instead of raising
            value = math.inf
        obj = super().__new__(cls, value)
        obj.literal = literal
        return obj


def _quote_char(c: str) -> str:
    if c == "'":
        return "'\\''"
    if c == '"':
        return "'\"'"
    q = json.dumps(c)
    # Go's strconv.Quote spells control characters like \x01; json uses \u0001.
    if q.startswith('"\\u00'):
        q = '"\\x' + q[5:7].lower() + '"'
    return "'" + q[1:-1] + "'"


class _Parser:
    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0
        self.n = len(text)

    def fail(self, context: str) -> GoJSONError:
        if self.i >= self.n:
            return GoJSONError("unexpected EOF")
        return GoJSONError(f"invalid character {_quote_char(self.s[self.i])} {context}")

    def ws(self) -> None:
        s, i, n = self.s, self.i, self.n
        while i < n and s[i] in " \t\r\n":
            i += 1
        self.i = i

    def value(self) -> Any:
        self.ws()
        if self.i >= self.n:
            raise GoJSONError("unexpected EOF")
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if c == "-" or "0" <= c <= "9":
            return self.number()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if c == lit[0]:
                for k, expected in enumerate(lit):
                    if self.i + k >= self.n:
                        self.i += k
                        raise GoJSONError("unexpected EOF")
                    if self.s[self.i + k] != expected:
                        self.i += k
                        raise self.fail(f"in literal {lit} (expecting {_quote_char(expected)})")
                self.i += len(lit)
                return val
        raise self.fail("looking for beginning of value")

    def obj(self) -> dict[str, Any]:
        self.i += 1
        out: dict[str, Any] = {}
        self.ws()
        if self.i < self.n and self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            if self.i >= self.n:
                raise GoJSONError("unexpected EOF")
            if self.s[self.i] != '"':
                raise self.fail("looking for beginning of object key string")
            key = self.string()
            self.ws()
            if self.i >= self.n:
                raise GoJSONError("unexpected EOF")
            if self.s[self.i] != ":":
                raise self.fail("after object key")
            self.i += 1
            val = self.value()
            out.pop(key, None)  # a repeated key counts at its last position
            out[key] = val
            self.ws()
            if self.i >= self.n:
                raise GoJSONError("unexpected EOF")
            c = self.s[self.i]
            self.i += 1
            if c == ",":
                continue
            if c == "}":
                return out
            self.i -= 1
            raise self.fail("after object key:value pair")

    def arr(self) -> list[Any]:
        self.i += 1
        out: list[Any] = []
        self.ws()
        if self.i < self.n and self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            if self.i >= self.n:
                raise GoJSONError("unexpected EOF")
            c = self.s[self.i]
            self.i += 1
            if c == ",":
                continue
            if c == "]":
                return out
            self.i -= 1
            raise self.fail("after array element")

    def string(self) -> str:
        s, n = self.s, self.n
        i = self.i + 1
        parts: list[str] = []
        start = i
        while True:
            if i >= n:
                self.i = i
                raise GoJSONError("unexpected EOF")
            c = s[i]
            if c == '"':
                parts.append(s[start:i])
                self.i = i + 1
                return "".join(parts)
            if c == "\\":
                parts.append(s[start:i])
                i += 1
                if i >= n:
                    self.i = i
                    raise GoJSONError("unexpected EOF")
                e = s[i]
                simple = {
                    '"': '"',
                    "\\": "\\",
                    "/": "/",
                    "b": "\b",
                    "f": "\f",
                    "n": "\n",
                    "r": "\r",
                    "t": "\t",
                }
                if e in simple:
                    parts.append(simple[e])
                    i += 1
                elif e == "u":
                    code = 0
                    for k in range(1, 5):
                        if i + k >= n:
                            self.i = i + k
                            raise GoJSONError("unexpected EOF")
                        h = s[i + k]
                        if h not in "0123456789abcdefABCDEF":
                            self.i = i + k
                            raise self.fail("in \\u hexadecimal character escape")
                        code = code * 16 + int(h, 16)
                    i += 5
                    if 0xD800 <= code < 0xDC00 and s[i : i + 2] == "\\u":
                        tail = s[i + 2 : i + 6]
                        if len(tail) == 4 and all(h in "0123456789abcdefABCDEF" for h in tail):
                            low = int(tail, 16)
                            if 0xDC00 <= low < 0xE000:
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                                i += 6
                    if 0xD800 <= code < 0xE000:
                        code = 0xFFFD
                    parts.append(chr(code))
                else:
                    self.i = i
                    raise self.fail("in string escape code")
                start = i
                continue
            if c < " ":
                self.i = i
                raise self.fail("in string literal")
            i += 1

    def number(self) -> Num:
        s, n = self.s, self.n
        start = i = self.i
        if s[i] == "-":
            i += 1
            if i >= n:
                self.i = i
                raise GoJSONError("unexpected EOF")
            if not ("0" <= s[i] <= "9"):
                self.i = i
                raise self.fail("in numeric literal")
        if s[i] == "0":
            i += 1
        else:
            while i < n and "0" <= s[i] <= "9":
                i += 1
        if i < n and s[i] == ".":
            i += 1
            if i >= n:
                self.i = i
                raise GoJSONError("unexpected EOF")
            if not ("0" <= s[i] <= "9"):
                self.i = i
                raise self.fail("after decimal point in numeric literal")
            while i < n and "0" <= s[i] <= "9":
                i += 1
        if i < n and s[i] in "eE":
            i += 1
            if i < n and s[i] in "+-":
                i += 1
            if i >= n:
                self.i = i
                raise GoJSONError("unexpected EOF")
            if not ("0" <= s[i] <= "9"):
                self.i = i
                raise self.fail("in exponent of numeric literal")
            while i < n and "0" <= s[i] <= "9":
                i += 1
        self.i = i
        return Num(s[start:i])


def parse_body(body: bytes) -> Any:
    """Read the first JSON value of a request body like ``json.Decoder.Decode``.

    Raises :class:`MissingBody` for a body without any value and :class:`GoJSONError` otherwise.
    """
    text = body.decode("utf-8", errors="replace")
    p = _Parser(text)
    p.ws()
    if p.i >= p.n:
        raise MissingBody("EOF")
    try:
        return p.value()
    except RecursionError:
        # Go allows 10000 levels; this parser stops at Python's recursion limit
        raise GoJSONError("exceeded max depth") from None


def parse_text(text: str) -> Any:
    """Parse a whole JSON document (used for stored layers)."""
    p = _Parser(text)
    v = p.value()
    return v


# --------------------------------------------------------------------------------------------------
# Decoding: binding a parsed value to a Go-like struct


def kind_of(v: Any) -> str:
    """The word Go uses for a JSON value in ``cannot unmarshal <kind>``."""
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, float):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "array"
    if isinstance(v, dict):
        return "object"
    return "null"


class _Abort(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class _Ctx:
    struct: str
    path: list[str]
    saved: list[str] = field(default_factory=list)

    def type_error(self, value: str, gotype: str) -> None:
        if not self.saved:
            where = ".".join(self.path)
            self.saved.append(
                f"json: cannot unmarshal {value} into Go struct field {self.struct}.{where} of type {gotype}"
            )


def _nil() -> Any:
    return None


@dataclass(frozen=True)
class Decoder:
    """A Go type as the decoder sees it.

    ``decode(ctx, value)`` turns a non-null JSON value into the Python form of the type (raising
    ``_Abort`` for errors of a custom ``UnmarshalJSON``); ``zero()`` makes the type's zero value (None
    for nil pointers, slices, maps and interfaces); ``unmarshals_null`` marks a non-pointer type with its
    own ``UnmarshalJSON``, which Go calls with ``null`` too.
    """

    decode: Callable[[_Ctx, Any], Any]
    zero: Callable[[], Any] = _nil
    unmarshals_null: bool = False

    def __call__(self, ctx: _Ctx, v: Any) -> Any:
        return self.decode(ctx, v)

    def element(self, ctx: _Ctx, v: Any) -> Any:
        """An array element or map value: Go always stores one, so ``null`` gives the zero value
        (or whatever the type's ``UnmarshalJSON`` makes of ``null``)."""
        if v is not None:
            return self.decode(ctx, v)
        return self.decode(ctx, None) if self.unmarshals_null else self.zero()


def go_type(
    zero: Callable[[], Any] = _nil, *, unmarshals_null: bool = False
) -> Callable[[Callable[[_Ctx, Any], Any]], Decoder]:
    """Make a decoding function a :class:`Decoder` with the given zero value."""

    def wrap(fn: Callable[[_Ctx, Any], Any]) -> Decoder:
        return Decoder(fn, zero, unmarshals_null)

    return wrap


@dataclass(frozen=True)
class Struct:
    """A Go struct: its Go name (for error messages) and its fields by json tag."""

    name: str
    fields: tuple[tuple[str, Decoder], ...]

    def decode(self, ctx: _Ctx, obj: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        tags = [t for t, _ in self.fields]
        lowered = {t.lower(): t for t in reversed(tags)}
        decoders = dict(self.fields)
        outer = ctx.struct
        for key, val in obj.items():
            tag = key if key in decoders else lowered.get(key.lower())
            if tag is None:
                continue
            ctx.path.append(tag)
            ctx.struct = self.name
            try:
                dec = decoders[tag]
                if val is None and not dec.unmarshals_null:
                    # null leaves the field as it was (pointers and maps become nil)
                    out[tag] = out.get(tag)
                    continue
                out[tag] = dec(ctx, val)
            finally:
                ctx.path.pop()
                ctx.struct = outer
        return out


@go_type(str)
def d_string(ctx: _Ctx, v: Any) -> Any:
    if isinstance(v, str):
        return v
    ctx.type_error(kind_of(v), "string")
    return None


@go_type(bool)
def d_bool(ctx: _Ctx, v: Any) -> Any:
    if isinstance(v, bool):
        return v
    ctx.type_error(kind_of(v), "bool")
    return None


def _int_of(ctx: _Ctx, v: Any, gotype: str, lo: int, hi: int) -> Any:
    if isinstance(v, Num):
        try:
            n = int(v.literal)
        except ValueError:
            ctx.type_error("number " + v.literal, gotype)
            return None
        if not lo <= n <= hi:
            ctx.type_error("number " + v.literal, gotype)
            return None
        return n
    ctx.type_error(kind_of(v), gotype)
    return None


@go_type(int)
def d_int(ctx: _Ctx, v: Any) -> Any:
    return _int_of(ctx, v, "int", -(2**63), 2**63 - 1)


@go_type(float)
def d_float(ctx: _Ctx, v: Any) -> Any:
    if isinstance(v, Num):
        if math.isinf(float(v)):
            ctx.type_error("number " + v.literal, "float64")
            return None
        return float(v)
    ctx.type_error(kind_of(v), "float64")
    return None


def _overflow(v: Any) -> Num | None:
    if isinstance(v, Num) and math.isinf(float(v)):
        return v
    if isinstance(v, list):
        return next((x for x in map(_overflow, v) if x is not None), None)
    if isinstance(v, dict):
        return next((x for x in map(_overflow, v.values()) if x is not None), None)
    return None


@go_type()
def d_any(ctx: _Ctx, v: Any) -> Any:
    """``interface{}``: any value, except numbers too large for a float64 (as Go refuses them)."""
    big = _overflow(v)
    if big is not None:
        ctx.type_error("number " + big.literal, "float64")
        return None
    return v


def slice_of(elem: Decoder, gotype: str) -> Decoder:
    """``[]T``; a null element becomes T's zero value."""

    @go_type()
    def dec(ctx: _Ctx, v: Any) -> Any:
        if not isinstance(v, list):
            ctx.type_error(kind_of(v), gotype)
            return None
        out = []
        for idx, item in enumerate(v):
            ctx.path.append(str(idx))
            try:
                out.append(elem.element(ctx, item))
            finally:
                ctx.path.pop()
        return out

    return dec


def map_of(elem: Decoder, gotype: str) -> Decoder:
    """``map[string]T``; a null value becomes T's zero value."""

    @go_type()
    def dec(ctx: _Ctx, v: Any) -> Any:
        if not isinstance(v, dict):
            ctx.type_error(kind_of(v), gotype)
            return None
        out: dict[str, Any] = {}
        for k, item in v.items():
            ctx.path.append(k)
            try:
                out[k] = elem.element(ctx, item)
            finally:
                ctx.path.pop()
        return out

    return dec


def struct_of(spec: Struct, gotype: str) -> Decoder:
    """A struct type; its zero value is the struct with no field set."""

    @go_type(dict)
    def dec(ctx: _Ctx, v: Any) -> Any:
        if not isinstance(v, dict):
            ctx.type_error(kind_of(v), gotype)
            return None
        return spec.decode(ctx, v)

    return dec


def custom(spec: Struct) -> Decoder:
    """A type whose ``UnmarshalJSON`` re-decodes into an alias type: errors end the whole decode."""

    alias = Struct("Alias", spec.fields)

    @go_type(dict, unmarshals_null=True)
    def dec(ctx: _Ctx, v: Any) -> Any:
        if v is None:
            # decoding null into the alias changes nothing: the zero value
            return {}
        inner = _Ctx(struct="Alias", path=[])
        if not isinstance(v, dict):
            raise _Abort(f"json: cannot unmarshal {kind_of(v)} into Go value of type api.Alias")
        out = alias.decode(inner, v)
        if inner.saved:
            raise _Abort(inner.saved[0])
        return out

    return dec


# ---- Go's time.ParseDuration


_UNITS = {
    "ns": 1,
    "us": 1_000,
    "µs": 1_000,
    "μs": 1_000,
    "ms": 1_000_000,
    "s": 10**9,
    "m": 60 * 10**9,
    "h": 3600 * 10**9,
}
MAX_DURATION = 2**63 - 1


def parse_go_duration(s: str) -> int:
    """Nanoseconds of a Go duration string, with Go's error messages."""
    orig = s
    quoted = json.dumps(orig, ensure_ascii=False)
    neg = False
    if s and s[0] in "+-":
        neg = s[0] == "-"
        s = s[1:]
    if s == "0":
        return 0
    if s == "":
        raise GoJSONError(f"time: invalid duration {quoted}")
    total = Decimal(0)
    while s:
        j = 0
        while j < len(s) and s[j].isdigit() and s[j].isascii():
            j += 1
        whole = s[:j]
        s = s[j:]
        frac = ""
        if s.startswith("."):
            s = s[1:]
            k = 0
            while k < len(s) and s[k].isdigit() and s[k].isascii():
                k += 1
            frac = s[:k]
            s = s[k:]
        if not whole and not frac:
            raise GoJSONError(f"time: invalid duration {quoted}")
        k = 0
        while k < len(s) and s[k] != "." and not (s[k].isdigit() and s[k].isascii()):
            k += 1
        unit = s[:k]
        s = s[k:]
        if unit == "":
            raise GoJSONError(f"time: missing unit in duration {quoted}")
        if unit not in _UNITS:
            raise GoJSONError(
                f"time: unknown unit {json.dumps(unit, ensure_ascii=False)} in duration {quoted}"
            )
        total += Decimal(f"{whole or '0'}.{frac or '0'}") * _UNITS[unit]
        if total > MAX_DURATION:
            raise GoJSONError(f"time: invalid duration {quoted}")
    ns = int(total)
    return -ns if neg else ns


@go_type()
def d_duration(ctx: _Ctx, v: Any) -> Any:
    """``*api.Duration``: seconds as a number or a Go duration string; negative means forever."""
    if isinstance(v, bool):
        raise _Abort("Unsupported type: 'bool'")
    if isinstance(v, float):
        if v < 0:
            return MAX_DURATION
        ns = float(v) * 1e9
        return MAX_DURATION if ns >= MAX_DURATION else int(ns)
    if isinstance(v, str):
        try:
            ns = parse_go_duration(v)
        except GoJSONError as e:
            raise _Abort(str(e)) from None
        return MAX_DURATION if ns < 0 else ns
    if isinstance(v, list):
        raise _Abort("Unsupported type: '[]interface {}'")
    raise _Abort("Unsupported type: 'map[string]interface {}'")


THINK_LEVELS = ("high", "medium", "low", "max")


@go_type()
def d_think(ctx: _Ctx, v: Any) -> Any:
    """``*api.ThinkValue``."""
    if isinstance(v, bool):
        return v
    if isinstance(v, str):
        if v not in THINK_LEVELS:
            raise _Abort(
                f'invalid think value: {json.dumps(v, ensure_ascii=False)} (must be "high", "medium", "low", "max", true, or false)'
            )
        return v
    raise _Abort('think must be a boolean or string ("high", "medium", "low", "max", true, or false)')


_B64 = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


def go_b64_error(src: bytes) -> int | None:
    """The offset Go's ``base64.StdEncoding.Decode`` reports for malformed input, or None when valid."""
    n = len(src)
    si = 0
    while si < n:
        j = 0
        while j < 4:
            if si == n:
                return None if j == 0 else si - j
            c = src[si]
            si += 1
            if c in _B64:
                j += 1
                continue
            if c in b"\r\n":
                continue
            if c != ord("=") or j < 2:
                return si - 1
            if j == 2:
                while si < n and src[si] in b"\r\n":
                    si += 1
                if si == n:
                    return n
                if src[si] != ord("="):
                    return si - 1
                si += 1
            while si < n and src[si] in b"\r\n":
                si += 1
            return si if si < n else None
    return None


def decode_base64(s: str) -> bytes:
    raw = s.encode("utf-8", errors="surrogatepass")
    bad = go_b64_error(raw)
    if bad is not None:
        raise ValueError(f"illegal base64 data at input byte {bad}")
    try:
        return base64.b64decode(raw.replace(b"\r", b"").replace(b"\n", b""), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("illegal base64 data at input byte 0") from None


@go_type()
def d_image(ctx: _Ctx, v: Any) -> Any:
    """``api.ImageData`` (``[]byte``): base64 text; the zero value is nil, written back as null."""
    if not isinstance(v, str):
        ctx.type_error(kind_of(v), "api.ImageData")
        return None
    try:
        return decode_base64(v)
    except ValueError as e:
        if not ctx.saved:
            where = ".".join(ctx.path)
            ctx.saved.append(
                f"json: cannot unmarshal string into {ctx.struct}.{where} of type api.ImageData: {e}"
            )
        return None


@go_type(unmarshals_null=True)
def d_property_type(ctx: _Ctx, v: Any) -> Any:
    """``api.PropertyType``: a string or a list of strings; one type is written back as a string.

    Its ``UnmarshalJSON`` reads ``null`` as the string ``""``, and a null list element is ``""``."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, list):
        v = ["" if x is None else x for x in v]
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return v[0] if len(v) == 1 else list(v)
    if isinstance(v, list):
        bad = next(x for x in v if not isinstance(x, str))
        raise _Abort(f"json: cannot unmarshal {kind_of(bad)} into Go value of type string")
    raise _Abort(f"json: cannot unmarshal {kind_of(v)} into Go value of type []string")


@go_type(dict)
def d_arguments(ctx: _Ctx, v: Any) -> Any:
    """``api.ToolCallFunctionArguments``: an object; its zero value is written back as ``{}``."""
    if isinstance(v, dict):
        return v
    raise _Abort(f"json: cannot unmarshal {kind_of(v)} into Go value of type map[string]interface {{}}")


def bind(spec: Struct, body: bytes) -> dict[str, Any]:
    """Decode a request body into ``spec`` like gin's ShouldBindJSON; raises GoJSONError/MissingBody."""
    value = parse_body(body)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise GoJSONError(f"json: cannot unmarshal {kind_of(value)} into Go value of type api.{spec.name}")
    ctx = _Ctx(struct=spec.name, path=[])
    try:
        out = spec.decode(ctx, value)
    except _Abort as e:
        raise GoJSONError(e.message) from None
    if ctx.saved:
        raise GoJSONError(ctx.saved[0])
    return out


# --------------------------------------------------------------------------------------------------
# Encoding


class F32(float):
    """A float that Go holds as float32 (formatted with float32's shortest representation)."""


def _shortest32(x: float) -> str:
    target = struct.unpack("<f", struct.pack("<f", x))[0]
    for p in range(1, 10):
        s = f"{target:.{p}g}"
        if struct.unpack("<f", struct.pack("<f", float(s)))[0] == target:
            return s
    return repr(target)


def go_float(x: float, bits: int = 64) -> str:
    if math.isnan(x) or math.isinf(x):
        raise ValueError(f"json: unsupported value: {x}")
    if x == 0:
        return "-0" if math.copysign(1.0, x) < 0 else "0"
    d = Decimal(_shortest32(x) if bits == 32 else repr(float(x)))
    a = abs(float(d))
    if a < 1e-6 or a >= 1e21:
        sign, digits, exponent = d.normalize().as_tuple()
        assert isinstance(exponent, int)
        ds = "".join(map(str, digits))
        e = exponent + len(ds) - 1
        mant = ds[0] + ("." + ds[1:] if len(ds) > 1 else "")
        return ("-" if sign else "") + mant + (f"e-{-e}" if e < 0 else f"e+{e:02d}")
    out = format(d, "f")
    if "." in out:
        out = out.rstrip("0").rstrip(".")
    return out


def _enc(v: Any, out: list[str]) -> None:
    if v is None:
        out.append("null")
    elif v is True:
        out.append("true")
    elif v is False:
        out.append("false")
    elif isinstance(v, str):
        out.append(json.dumps(v, ensure_ascii=False))
    elif isinstance(v, F32):
        out.append(go_float(float(v), 32))
    elif isinstance(v, Num):
        out.append(go_float(float(v)))
    elif isinstance(v, int):
        out.append(str(v))
    elif isinstance(v, float):
        out.append(go_float(v))
    elif isinstance(v, Mapping):
        out.append("{")
        first = True
        for k, item in v.items():
            if not first:
                out.append(",")
            first = False
            out.append(json.dumps(str(k), ensure_ascii=False))
            out.append(":")
            _enc(item, out)
        out.append("}")
    elif isinstance(v, Sequence) and not isinstance(v, bytes | bytearray):
        out.append("[")
        for idx, item in enumerate(v):
            if idx:
                out.append(",")
            _enc(item, out)
        out.append("]")
    elif isinstance(v, bytes | bytearray):
        out.append('"' + base64.b64encode(bytes(v)).decode("ascii") + '"')
    else:
        raise TypeError(f"cannot encode {type(v).__name__}")


_HTML = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def dumps(v: Any) -> str:
    """Compact JSON text like Go's ``json.Marshal`` (no trailing newline)."""
    out: list[str] = []
    _enc(v, out)
    # <, >, & and the line separators can only occur inside strings, so a global escape is safe.
    return "".join(out).translate(_HTML)


def dumpb(v: Any) -> bytes:
    return dumps(v).encode("utf-8")


def sorted_map(m: Mapping[str, Any]) -> dict[str, Any]:
    """Go writes map keys in sorted order."""
    return {k: m[k] for k in sorted(m)}


def to_plain(v: Any) -> Any:
    """Plain Python values (Num -> int/float) for code that does arithmetic or jsonschema checks."""
    if isinstance(v, Num):
        f = float(v)
        return int(f) if f.is_integer() and "." not in v.literal and "e" not in v.literal.lower() else f
    if isinstance(v, dict):
        return {k: to_plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [to_plain(x) for x in v]
    return v
