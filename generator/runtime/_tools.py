"""Tools from Python callables, and a loop that runs the tools a model asks for.

`tool_schema(func)` describes a function the way Ollama's `tools` field expects (see
`_schema.function_schema`). `run_tools` / `arun_tools` send a chat with the tools, call every
function the model asks for with its arguments checked and converted to the annotated types, send
the results back as `tool` messages, and repeat until the model answers without tool calls.

What happens when a call cannot be run is chosen with `on_error`:

* `"raise"` (the default): an unknown tool raises `UnknownToolError`, arguments that do not fit the
  signature raise `ToolArgumentsError`, and an exception inside a tool propagates unchanged.
* `"report"`: the problem is sent back to the model as the tool's result (`error: ...`), so it can
  correct itself; the loop goes on. Exceptions inside tools are reported the same way.
"""

from __future__ import annotations

import enum
import inspect
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass
from typing import Any, Generic, Literal, NamedTuple, TypeVar

from ._encode import loads, to_jsonable
from ._exceptions import ToolArgumentsError, ToolError, ToolLoopLimitError, UnknownToolError

__all__ = [
    "OnError",
    "ToolRun",
    "Tools",
    "arun_tools",
    "encode_tools",
    "run_tools",
    "tool_result_text",
    "tool_schema",
]

R = TypeVar("R")

OnError = Literal["raise", "report"]
# A list of functions (named by `__name__`), or a mapping of tool names to functions.
Tools = Sequence[Callable[..., Any]] | Mapping[str, Callable[..., Any]]


def tool_schema(
    func: Callable[..., Any], *, name: str | None = None, description: str | None = None
) -> dict[str, Any]:
    """Ollama's tool definition for `func`: `{"type": "function", "function": {name, description,
    parameters}}`, built from the signature, the type hints and the docstring.

    `name` and `description` override what the function itself says.
    """
    from ._schema import function_schema  # schema building is imported on first use

    schema = function_schema(func, mode="tool")
    function: dict[str, Any] = schema["function"]
    if name is not None:
        function["name"] = name
    if description is not None:
        function["description"] = description
    return schema


def encode_tools(value: Any) -> Any:
    """The wire value of a `tools=` argument: every callable becomes its `tool_schema`; tool
    definitions (mappings or `Tool` models) pass through; None stays None."""
    if value is None:
        return None
    if callable(value) or isinstance(value, Mapping) or not isinstance(value, Iterable):
        value = [value]
    encoded: list[Any] = []
    for item in value:
        if callable(item) and not callable(getattr(item, "to_dict", None)):
            encoded.append(tool_schema(item))
        else:
            encoded.append(to_jsonable(item))
    return encoded


class ToolRun(NamedTuple, Generic[R]):
    """What a tool loop ends with: the final `response` (no tool calls) and the whole conversation
    (`messages`: the messages given, then each assistant message and the `tool` results)."""

    response: R
    messages: list[Any]


@dataclass(frozen=True)
class _Tool:
    name: str
    func: Callable[..., Any]
    signature: inspect.Signature
    hints: dict[str, Any]
    schema: dict[str, Any]

    def bind(self, arguments: Mapping[str, Any], call: Any) -> tuple[list[Any], dict[str, Any]]:
        """Positional and keyword arguments for the function, converted to the annotated types."""
        positional: list[Any] = []
        keywords: dict[str, Any] = {}
        extra_type: Any = None
        taken: set[str] = set()
        for name, parameter in self.signature.parameters.items():
            if parameter.kind is inspect.Parameter.VAR_KEYWORD:
                extra_type = self.hints.get(name, Any)
                continue
            if parameter.kind is inspect.Parameter.VAR_POSITIONAL:
                continue
            if name not in arguments:
                if parameter.default is inspect.Parameter.empty:
                    raise ToolArgumentsError(
                        self.name, arguments, f"missing required argument {name!r}", call=call
                    )
                continue
            taken.add(name)
            value = self._convert(self.hints.get(name, Any), arguments[name], name, arguments, call)
            if parameter.kind is inspect.Parameter.POSITIONAL_ONLY:
                positional.append(value)
            else:
                keywords[name] = value
        unexpected = [key for key in arguments if key not in taken]
        if unexpected and extra_type is None:
            names = ", ".join(repr(key) for key in unexpected)
            raise ToolArgumentsError(self.name, arguments, f"unexpected argument(s) {names}", call=call)
        for key in unexpected:
            keywords[key] = self._convert(extra_type, arguments[key], key, arguments, call)
        return positional, keywords

    def _convert(self, annotation: Any, value: Any, name: str, arguments: Any, call: Any) -> Any:
        from ._convert import ConversionError, convert

        try:
            # Lenient: small models often send numbers and booleans as text.
            return convert(annotation, value, lenient=True)
        except ConversionError as error:
            where = name + error.path[1:]
            raise ToolArgumentsError(self.name, arguments, f"{where}: {error.reason}", call=call) from None


def _registry(tools: Tools) -> dict[str, _Tool]:
    from ._schema import annotated_target
    from ._typeinfo import callable_name, resolve_hints

    items = (
        list(tools.items()) if isinstance(tools, Mapping) else [(callable_name(func), func) for func in tools]
    )
    registry: dict[str, _Tool] = {}
    for name, func in items:
        if not callable(func):
            raise TypeError(f"tool {name!r} is not callable")
        if name in registry:
            raise ValueError(f"two tools are named {name!r}")
        registry[name] = _Tool(
            name=name,
            func=func,
            signature=inspect.signature(func),
            hints=resolve_hints(annotated_target(func)),
            schema=tool_schema(func, name=name),
        )
    return registry


def tool_result_text(value: Any) -> str:
    """The content of a `tool` message for a function's return value: text as is, anything else
    as JSON (records, enums, dates and paths included)."""
    if isinstance(value, str):
        return value
    return json.dumps(_result_json(value), ensure_ascii=False)


def _result_json(value: Any) -> Any:
    import datetime
    import decimal
    import pathlib
    import uuid

    from ._typeinfo import is_attrs_class

    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return _result_json(value.value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID | decimal.Decimal | pathlib.PurePath):
        return str(value)
    if isinstance(value, bytes | bytearray):
        return bytes(value).decode("utf-8", "replace")
    dump = getattr(value, "model_dump", None)
    if callable(dump) and not isinstance(value, type):
        return dump(mode="json")
    if is_dataclass(value) and not isinstance(value, type):
        return {item.name: _result_json(getattr(value, item.name)) for item in fields(value)}
    if is_attrs_class(type(value)):
        import attrs

        return {item.name: _result_json(getattr(value, item.name)) for item in attrs.fields(type(value))}
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return _result_json(to_dict())
    if isinstance(value, Mapping):
        return {str(key): _result_json(item) for key, item in value.items()}
    if isinstance(value, Iterable):
        return [_result_json(item) for item in value]
    return str(value)


def _field(obj: Any, name: str) -> Any:
    """A field of a model (attribute) or a plain mapping; None when absent or unset."""
    value = obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)
    return None if value is None or type(value).__name__ == "Unset" else value


def _tool_calls(message: Any) -> list[Any]:
    calls = _field(message, "tool_calls")
    return list(calls) if isinstance(calls, list) else []


def _call_arguments(tool: str, call: Any) -> dict[str, Any]:
    raw = _field(_field(call, "function"), "arguments")
    if raw is None:
        return {}
    if isinstance(raw, str):  # some servers send the arguments as JSON text
        try:
            raw = loads(raw) if raw.strip() else {}
        except ValueError as error:
            raise ToolArgumentsError(tool, raw, f"arguments are not valid JSON: {error}", call=call) from None
    if not isinstance(raw, Mapping):
        to_dict = getattr(raw, "to_dict", None)
        raw = to_dict() if callable(to_dict) else raw
    if not isinstance(raw, Mapping):
        raise ToolArgumentsError(tool, raw, "arguments must be a JSON object", call=call)
    return dict(raw)


def _tool_message(name: str, call: Any, content: str) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "tool", "content": content, "tool_name": name}
    call_id = _field(call, "id")
    if isinstance(call_id, str) and call_id:
        message["tool_call_id"] = call_id
    return message


def _prepare(
    registry: dict[str, _Tool], call: Any, on_error: OnError
) -> tuple[str, _Tool | None, list[Any], dict[str, Any], str | None]:
    """(name, tool, args, kwargs, error text): error text is set when the call cannot run and
    `on_error` is "report"; with "raise" the typed error is raised instead."""
    name = _field(_field(call, "function"), "name")
    name = name if isinstance(name, str) else ""
    try:
        tool = registry.get(name)
        if tool is None:
            raise UnknownToolError(name, list(registry), call=call)
        args, kwargs = tool.bind(_call_arguments(name, call), call)
    except ToolError as error:
        if on_error == "raise":
            raise
        return name, None, [], {}, f"error: {error}"
    return name, tool, args, kwargs, None


def _check_rounds(max_rounds: int) -> None:
    if max_rounds < 1:
        raise ValueError("max_rounds must be at least 1")


def _failure(name: str, call: Any, error: Exception) -> dict[str, Any]:
    return _tool_message(name, call, f"error: {type(error).__name__}: {error}")


def _run_call(registry: dict[str, _Tool], call: Any, on_error: OnError) -> dict[str, Any]:
    name, tool, args, kwargs, error_text = _prepare(registry, call, on_error)
    if tool is None:
        return _tool_message(name, call, error_text or "")
    try:
        result = tool.func(*args, **kwargs)
    except Exception as error:
        if on_error == "raise":
            raise
        return _failure(name, call, error)
    return _tool_message(name, call, tool_result_text(result))


async def _arun_call(registry: dict[str, _Tool], call: Any, on_error: OnError) -> dict[str, Any]:
    name, tool, args, kwargs, error_text = _prepare(registry, call, on_error)
    if tool is None:
        return _tool_message(name, call, error_text or "")
    try:
        result = tool.func(*args, **kwargs)
        if inspect.isawaitable(result):
            result = await result
    except Exception as error:
        if on_error == "raise":
            raise
        return _failure(name, call, error)
    return _tool_message(name, call, tool_result_text(result))


# The loops take any `Client` / `AsyncClient` (typed `Any`: the clients are generated on top of
# this module, which therefore cannot name them); their typed entry points are the clients'
# `run_tools` methods.
def run_tools(
    client: Any,
    model: str,
    messages: Sequence[Any],
    tools: Tools,
    *,
    max_rounds: int = 10,
    on_error: OnError = "raise",
    **chat_args: Any,
) -> ToolRun[Any]:
    """Chat with `tools` until the model answers without calling one (see the module docstring).

    Each round sends the conversation with the tools' schemas, appends the assistant message and
    one `tool` message per call (`tool_name`, `tool_call_id`, the result as text), and asks again.
    At most `max_rounds` chat requests are made; if the last one still asks for tools,
    `ToolLoopLimitError` is raised. Other keyword arguments go to every `chat` call (`options`,
    `think`, `keep_alive`, `timeout`, ...). Coroutine functions need `arun_tools`.
    """
    _check_rounds(max_rounds)
    registry = _registry(tools)
    for tool in registry.values():
        if inspect.iscoroutinefunction(tool.func):
            raise TypeError(f"tool {tool.name!r} is a coroutine function; use arun_tools")
    schemas = [tool.schema for tool in registry.values()]
    history = list(messages)
    for round_index in range(max_rounds):
        response = client.chat(model, messages=history, tools=schemas, **chat_args)
        history.append(response.message)
        calls = _tool_calls(response.message)
        if not calls:
            return ToolRun(response, history)
        if round_index == max_rounds - 1:
            break
        history.extend(_run_call(registry, call, on_error) for call in calls)
    raise ToolLoopLimitError(max_rounds, history, response)


async def arun_tools(
    client: Any,
    model: str,
    messages: Sequence[Any],
    tools: Tools,
    *,
    max_rounds: int = 10,
    on_error: OnError = "raise",
    **chat_args: Any,
) -> ToolRun[Any]:
    """`run_tools` for an `AsyncClient`. Coroutine functions are awaited; plain functions are
    called directly on the event loop (wrap slow blocking ones in a thread yourself)."""
    _check_rounds(max_rounds)
    registry = _registry(tools)
    schemas = [tool.schema for tool in registry.values()]
    history = list(messages)
    for round_index in range(max_rounds):
        response = await client.chat(model, messages=history, tools=schemas, **chat_args)
        history.append(response.message)
        calls = _tool_calls(response.message)
        if not calls:
            return ToolRun(response, history)
        if round_index == max_rounds - 1:
            break
        for call in calls:
            history.append(await _arun_call(registry, call, on_error))
    raise ToolLoopLimitError(max_rounds, history, response)
