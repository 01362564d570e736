"""Prompt rendering: a small interpreter for the subset of Go's text/template that Ollama templates use.

Supported: ``{{ .Field }}`` (also ``$.Field``, ``$var``, nested fields), ``if``/``else if``/``else``,
``range`` (with ``$i, $v :=``), ``with``, ``end``, trim markers ``{{-``/``-}}``, comments, string and
number literals, and the functions ``eq ne lt le gt ge and or not len index slice json print``.
A template outside that subset makes :func:`render` return None and callers fall back to ChatML.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

_ACTION = re.compile(r"\{\{(-\s)?(.*?)(\s-)?\}\}", re.S)


class TemplateError(Exception):
    pass


@dataclass
class _Node:
    kind: str  # text | expr | if | range | with
    text: str = ""
    expr: str = ""
    body: list[_Node] = field(default_factory=list)
    branches: list[tuple[str, list[_Node]]] = field(default_factory=list)  # (condition, body) for if
    else_body: list[_Node] = field(default_factory=list)
    vars: list[str] = field(default_factory=list)


def _tokens(src: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    for m in _ACTION.finditer(src):
        text = src[pos : m.start()]
        if m.group(1):
            text = text.rstrip()
        out.append(("text", text))
        out.append(("action", m.group(2).strip()))
        pos = m.end()
        if m.group(3):
            rest = src[pos:]
            pos += len(rest) - len(rest.lstrip())
    out.append(("text", src[pos:]))
    return out


def _parse(tokens: list[tuple[str, str]], i: int, stop: tuple[str, ...]) -> tuple[list[_Node], int, str]:
    nodes: list[_Node] = []
    while i < len(tokens):
        kind, val = tokens[i]
        i += 1
        if kind == "text":
            if val:
                nodes.append(_Node("text", text=val))
            continue
        if val.startswith("/*"):
            continue
        word = val.split(None, 1)[0] if val else ""
        rest = val[len(word) :].strip()
        if word in stop or (word == "else" and "else" in stop):
            return nodes, i, val
        if word == "if":
            node = _Node("if")
            cond = rest
            while True:
                body, i, ended = _parse(tokens, i, ("end", "else"))
                node.branches.append((cond, body))
                if ended.startswith("else if"):
                    cond = ended[len("else if") :].strip()
                    continue
                if ended == "else":
                    node.else_body, i, _ = _parse(tokens, i, ("end",))
                break
            nodes.append(node)
        elif word in ("range", "with"):
            node = _Node(word)
            m = re.match(r"^((\$\w+)\s*(,\s*(\$\w+))?\s*:=\s*)?(.*)$", rest, re.S)
            assert m is not None
            node.vars = [v for v in (m.group(2), m.group(4)) if v]
            node.expr = m.group(5)
            node.body, i, ended = _parse(tokens, i, ("end", "else"))
            if ended == "else":
                node.else_body, i, _ = _parse(tokens, i, ("end",))
            nodes.append(node)
        elif word in ("end", "else"):
            raise TemplateError(f"unexpected {{{{{word}}}}}")
        elif word in ("template", "define", "block", "break", "continue"):
            raise TemplateError(f"unsupported action {word}")
        else:
            nodes.append(_Node("expr", expr=val))
    if stop:
        raise TemplateError("unexpected EOF")
    return nodes, i, ""


_TOKEN = re.compile(r'\s*(\(|\)|"(?:\\.|[^"\\])*"|`[^`]*`|-?\d+(?:\.\d+)?|\$?[\w.]*\.?[\w.]*|\S)')


def _truthy(v: Any) -> bool:
    if v is None or v is False:
        return False
    if isinstance(v, int | float | str | list | dict | tuple):
        return bool(v)
    return True


class _Scope:
    def __init__(self, root: Any) -> None:
        self.root = root
        self.dot = root
        self.vars: dict[str, Any] = {"$": root}


def _field(base: Any, path: str) -> Any:
    for part in [p for p in path.split(".") if p]:
        base = base.get(part) if isinstance(base, Mapping) else getattr(base, part, None)
    return base


def _split_args(expr: str) -> list[str]:
    out = []
    pos = 0
    while pos < len(expr):
        m = _TOKEN.match(expr, pos)
        if not m or not m.group(1):
            break
        out.append(m.group(1))
        pos = m.end()
    return out


def _eval(tokens: list[str], scope: _Scope) -> Any:
    # pipelines (a | f) are rare in model templates; treat "|" as unsupported
    if "|" in tokens:
        raise TemplateError("pipelines are not supported")
    values: list[Any] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t == "(":
            depth, j = 1, i + 1
            while j < len(tokens) and depth:
                depth += {"(": 1, ")": -1}.get(tokens[j], 0)
                j += 1
            values.append(("value", _eval(tokens[i + 1 : j - 1], scope)))
            i = j
            continue
        values.append(("token", t))
        i += 1
    if not values:
        return None

    def atom(item: tuple[str, Any]) -> Any:
        kind, t = item
        if kind == "value":
            return t
        if t.startswith('"'):
            return json.loads(t)
        if t.startswith("`"):
            return t[1:-1]
        if re.fullmatch(r"-?\d+", t):
            return int(t)
        if re.fullmatch(r"-?\d+\.\d+", t):
            return float(t)
        if t in ("true", "false"):
            return t == "true"
        if t == "nil":
            return None
        if t == ".":
            return scope.dot
        if t.startswith("$"):
            name, _, rest = t.partition(".")
            if name not in scope.vars:
                raise TemplateError(f"undefined variable {name}")
            return _field(scope.vars[name], rest)
        if t.startswith("."):
            return _field(scope.dot, t)
        raise TemplateError(f"function {t} not defined")

    head_kind, head = values[0]
    if head_kind == "token" and head in _FUNCS:
        return _FUNCS[head](*[atom(v) for v in values[1:]])
    if len(values) != 1:
        raise TemplateError("can't give argument to non-function")
    return atom(values[0])


def _index(v: Any, *keys: Any) -> Any:
    for k in keys:
        v = v[k] if isinstance(v, Sequence | Mapping) else None
    return v


def _slice(v: Any, *idx: int) -> Any:
    if len(idx) == 1:
        return v[idx[0] :]
    if len(idx) == 2:
        return v[idx[0] : idx[1]]
    return v


def _and(*args: Any) -> Any:
    out: Any = True
    for a in args:
        out = a
        if not _truthy(a):
            return a
    return out


def _or(*args: Any) -> Any:
    out: Any = False
    for a in args:
        out = a
        if _truthy(a):
            return a
    return out


_FUNCS: dict[str, Any] = {
    "eq": lambda a, *bs: any(a == b for b in bs),
    "ne": lambda a, b: a != b,
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
    "and": _and,
    "or": _or,
    "not": lambda a: not _truthy(a),
    "len": lambda a: len(a) if a is not None else 0,
    "index": _index,
    "slice": _slice,
    "json": lambda a: json.dumps(_raw(a), separators=(",", ":"), ensure_ascii=False),
    "print": lambda *a: "".join("" if x is None else str(x) for x in a),
    "printf": lambda f, *a: f.replace("%s", "{}").format(*a) if "%s" in f else f,
}


def _raw(v: Any) -> Any:
    if isinstance(v, GoStruct):
        return v.raw
    if isinstance(v, list):
        return [_raw(x) for x in v]
    return v


def _show(v: Any) -> str:
    v = _raw(v)
    if v is None:
        return "<no value>"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list | dict):
        return json.dumps(v, separators=(",", ":"), ensure_ascii=False)
    return str(v)


def _exec(nodes: list[_Node], scope: _Scope, out: list[str]) -> None:
    for n in nodes:
        if n.kind == "text":
            out.append(n.text)
        elif n.kind == "expr":
            v = _eval(_split_args(n.expr), scope)
            out.append(_show(v))
        elif n.kind == "if":
            for cond, body in n.branches:
                if _truthy(_eval(_split_args(cond), scope)):
                    _exec(body, scope, out)
                    break
            else:
                _exec(n.else_body, scope, out)
        elif n.kind == "with":
            v = _eval(_split_args(n.expr), scope)
            if _truthy(v):
                saved = scope.dot
                scope.dot = v
                _exec(n.body, scope, out)
                scope.dot = saved
            else:
                _exec(n.else_body, scope, out)
        elif n.kind == "range":
            v = _eval(_split_args(n.expr), scope)
            items = list(v.items()) if isinstance(v, Mapping) else list(enumerate(v or []))
            if not items:
                _exec(n.else_body, scope, out)
                continue
            saved = scope.dot
            for key, item in items:
                scope.dot = item
                if len(n.vars) == 1:
                    scope.vars[n.vars[0]] = item
                elif len(n.vars) == 2:
                    scope.vars[n.vars[0]] = key
                    scope.vars[n.vars[1]] = item
                _exec(n.body, scope, out)
            scope.dot = saved


def parse(src: str) -> list[_Node]:
    nodes, _, _ = _parse(_tokens(src), 0, ())
    return nodes


def execute(src: str, values: Mapping[str, Any]) -> str:
    out: list[str] = []
    _exec(parse(src), _Scope(dict(values)), out)
    return "".join(out)


def uses_messages(src: str) -> bool:
    return bool(re.search(r"\.Messages\b", src))


class GoStruct(dict[str, Any]):
    """Go field names for templates (``.Function.Name``); ``json`` prints the wire JSON kept in ``raw``."""

    def __init__(self, fields: Mapping[str, Any], raw: Any) -> None:
        super().__init__(fields)
        self.raw = raw


def _mapping(v: Any) -> Mapping[str, Any]:
    return v if isinstance(v, Mapping) else {}


def _go_property(p: Any) -> Any:
    if not isinstance(p, Mapping):
        return p
    t = p.get("type")
    return GoStruct(
        {
            "AnyOf": [_go_property(x) for x in p.get("anyOf") or []],
            "Type": t[0] if isinstance(t, list) and len(t) == 1 else t,
            "Items": p.get("items"),
            "Description": p.get("description") or "",
            "Enum": p.get("enum") or [],
            "Properties": {k: _go_property(v) for k, v in _mapping(p.get("properties")).items()},
            "Required": p.get("required") or [],
        },
        p,
    )


def go_tools(tools: Sequence[Any]) -> list[Any]:
    """Tools as Go templates see ``api.Tool`` values."""
    out: list[Any] = []
    for t in tools:
        if not isinstance(t, Mapping):
            continue
        fn = _mapping(t.get("function"))
        params = _mapping(fn.get("parameters"))
        go_params = GoStruct(
            {
                "Type": params.get("type") or "",
                "Defs": params.get("$defs"),
                "Items": params.get("items"),
                "Required": params.get("required") or [],
                "Properties": {k: _go_property(v) for k, v in _mapping(params.get("properties")).items()},
            },
            params,
        )
        go_fn = GoStruct(
            {
                "Name": fn.get("name") or "",
                "Description": fn.get("description") or "",
                "Parameters": go_params,
            },
            fn,
        )
        out.append(GoStruct({"Type": t.get("type") or "", "Items": t.get("items"), "Function": go_fn}, t))
    return out


def _go_messages(messages: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for m in messages:
        calls = []
        for c in m.get("tool_calls") or []:
            if not isinstance(c, Mapping):
                continue
            fn = _mapping(c.get("function"))
            go_fn = GoStruct(
                {
                    "Index": fn.get("index", 0),
                    "Name": fn.get("name", ""),
                    "Arguments": fn.get("arguments") or {},
                },
                fn,
            )
            calls.append(GoStruct({"ID": c.get("id", ""), "Function": go_fn}, c))
        out.append(
            {
                "Role": m.get("role") or "",
                "Content": m.get("content") or "",
                "Thinking": m.get("thinking") or "",
                "ToolCalls": calls,
                "ToolName": m.get("tool_name") or "",
                "ToolCallID": m.get("tool_call_id") or "",
                "Images": m.get("images") or [],
            }
        )
    return out


def render(
    template: str,
    messages: Sequence[Mapping[str, Any]],
    *,
    tools: Sequence[Any] = (),
    think: bool = False,
    think_level: str = "",
    think_set: bool = False,
    suffix: str = "",
    prompt: str = "",
) -> str | None:
    """Render like Ollama's ``template.Execute``; None when the template is outside our subset."""
    try:
        base: dict[str, Any] = {
            "Tools": go_tools(tools),
            "Think": think,
            "ThinkLevel": think_level,
            "IsThinkSet": think_set,
        }
        if suffix:
            return execute(template, {**base, "Prompt": prompt, "Suffix": suffix, "Response": ""})
        if uses_messages(template):
            system = "\n\n".join(m.get("content") or "" for m in messages if m.get("role") == "system")
            return execute(
                template, {**base, "System": system, "Messages": _go_messages(messages), "Response": ""}
            )
        # legacy templates see one System/Prompt/Response round at a time
        out: list[str] = []
        system, user, response = "", "", ""

        def flush() -> None:
            nonlocal system, user, response
            out.append(execute(template, {**base, "System": system, "Prompt": user, "Response": response}))
            system = user = response = ""

        for m in messages:
            role = m.get("role")
            content = m.get("content") or ""
            if role == "system":
                if user or response:
                    flush()
                system = content
            elif role == "user":
                if response:
                    flush()
                user = content
            elif role == "assistant":
                response = content
        marker = "\x00RESPONSE\x00"
        last = execute(template, {**base, "System": system, "Prompt": user, "Response": marker})
        out.append(last.split(marker, 1)[0])
        return "".join(out)
    except (TemplateError, TypeError, KeyError, IndexError, ValueError, AssertionError):
        return None


def chatml(
    messages: Sequence[Mapping[str, Any]], *, generation_prompt: str = "<|im_start|>assistant\n"
) -> str:
    """The prompt a ChatML chat template renders (what the tiny models' llama-server path produces)."""
    parts = [f"<|im_start|>{m.get('role') or ''}\n{m.get('content') or ''}<|im_end|>\n" for m in messages]
    return "".join(parts) + generation_prompt


# Ollama's ChatML Go template, used when a model has no template of its own.
CHATML_FALLBACK = "{{- range .Messages }}<|im_start|>{{ .Role }}\n{{ .Content }}<|im_end|>\n{{ end }}<|im_start|>assistant\n"
