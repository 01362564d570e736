"""Request structs of Ollama's ``api`` package, as the decoder needs them (json tags, Go types).

Each field's decoder knows its Go zero value, so a ``null`` array element or map value decodes as Go's
does (``[null]`` in ``context`` is ``[0]``, in ``messages`` an empty message, in ``files`` ``""``).
"""

from __future__ import annotations

from dataclasses import replace

from .gojson import (
    Struct,
    custom,
    d_any,
    d_arguments,
    d_bool,
    d_duration,
    d_image,
    d_int,
    d_property_type,
    d_string,
    d_think,
    map_of,
    slice_of,
    struct_of,
)

_function_call = Struct(
    "ToolCallFunction", (("index", d_int), ("name", d_string), ("arguments", d_arguments))
)
_tool_call = Struct(
    "ToolCall", (("id", d_string), ("function", struct_of(_function_call, "api.ToolCallFunction")))
)

MESSAGE = Struct(
    "Message",
    (
        ("role", d_string),
        ("content", d_string),
        ("thinking", d_string),
        ("images", slice_of(d_image, "[]api.ImageData")),
        ("tool_calls", slice_of(struct_of(_tool_call, "api.ToolCall"), "[]api.ToolCall")),
        ("tool_name", d_string),
        ("tool_call_id", d_string),
    ),
)


# a ToolProperty below the depth the decoder models: kept as sent (its zero value is an empty struct)
_raw_property = replace(d_any, zero=dict)


def _tool_property() -> Struct:
    # ToolProperty is recursive (anyOf, properties); two levels of structure, then anything goes
    leaf = Struct(
        "ToolProperty",
        (
            ("anyOf", slice_of(_raw_property, "[]api.ToolProperty")),
            ("type", d_property_type),
            ("items", d_any),
            ("description", d_string),
            ("enum", slice_of(d_any, "[]interface {}")),
            ("properties", map_of(_raw_property, "api.ToolPropertiesMap")),
            ("required", slice_of(d_string, "[]string")),
        ),
    )
    return Struct(
        "ToolProperty",
        (
            ("anyOf", slice_of(struct_of(leaf, "api.ToolProperty"), "[]api.ToolProperty")),
            ("type", d_property_type),
            ("items", d_any),
            ("description", d_string),
            ("enum", slice_of(d_any, "[]interface {}")),
            ("properties", map_of(struct_of(leaf, "api.ToolProperty"), "api.ToolPropertiesMap")),
            ("required", slice_of(d_string, "[]string")),
        ),
    )


_parameters = Struct(
    "ToolFunctionParameters",
    (
        ("type", d_string),
        ("$defs", d_any),
        ("items", d_any),
        ("required", slice_of(d_string, "[]string")),
        ("properties", map_of(struct_of(_tool_property(), "api.ToolProperty"), "api.ToolPropertiesMap")),
    ),
)
_function = Struct(
    "ToolFunction",
    (
        ("name", d_string),
        ("description", d_string),
        ("parameters", struct_of(_parameters, "api.ToolFunctionParameters")),
    ),
)
TOOL = Struct(
    "Tool", (("type", d_string), ("items", d_any), ("function", struct_of(_function, "api.ToolFunction")))
)

_messages = slice_of(custom(MESSAGE), "[]api.Message")
_options = map_of(d_any, "map[string]interface {}")

GENERATE = Struct(
    "GenerateRequest",
    (
        ("model", d_string),
        ("prompt", d_string),
        ("suffix", d_string),
        ("system", d_string),
        ("template", d_string),
        ("context", slice_of(d_int, "[]int")),
        ("stream", d_bool),
        ("raw", d_bool),
        ("format", d_any),
        ("keep_alive", d_duration),
        ("images", slice_of(d_image, "[]api.ImageData")),
        ("options", _options),
        ("think", d_think),
        ("truncate", d_bool),
        ("shift", d_bool),
        ("_debug_render_only", d_bool),
        ("logprobs", d_bool),
        ("top_logprobs", d_int),
    ),
)

CHAT = Struct(
    "ChatRequest",
    (
        ("model", d_string),
        ("messages", _messages),
        ("stream", d_bool),
        ("format", d_any),
        ("keep_alive", d_duration),
        ("tools", slice_of(struct_of(TOOL, "api.Tool"), "api.Tools")),
        ("options", _options),
        ("think", d_think),
        ("truncate", d_bool),
        ("shift", d_bool),
        ("_debug_render_only", d_bool),
        ("logprobs", d_bool),
        ("top_logprobs", d_int),
    ),
)

EMBED = Struct(
    "EmbedRequest",
    (
        ("model", d_string),
        ("input", d_any),
        ("keep_alive", d_duration),
        ("truncate", d_bool),
        ("dimensions", d_int),
        ("options", _options),
    ),
)

EMBEDDINGS = Struct(
    "EmbeddingRequest",
    (("model", d_string), ("prompt", d_string), ("keep_alive", d_duration), ("options", _options)),
)

_str_map = map_of(d_string, "map[string]string")

CREATE = Struct(
    "CreateRequest",
    (
        ("model", d_string),
        ("stream", d_bool),
        ("quantize", d_string),
        ("draft_quantize", d_string),
        ("from", d_string),
        ("remote_host", d_string),
        ("files", _str_map),
        ("draft_files", _str_map),
        ("adapters", _str_map),
        ("template", d_string),
        ("license", d_any),
        ("system", d_string),
        ("parameters", map_of(d_any, "map[string]interface {}")),
        ("messages", _messages),
        ("renderer", d_string),
        ("parser", d_string),
        ("requires", d_string),
        ("info", map_of(d_any, "map[string]interface {}")),
        ("name", d_string),
        ("quantization", d_string),
    ),
)

DELETE = Struct("DeleteRequest", (("model", d_string), ("name", d_string)))

SHOW = Struct(
    "ShowRequest",
    (
        ("model", d_string),
        ("system", d_string),
        ("template", d_string),
        ("verbose", d_bool),
        ("options", _options),
        ("name", d_string),
    ),
)

COPY = Struct("CopyRequest", (("source", d_string), ("destination", d_string)))

PULL = Struct(
    "PullRequest",
    (
        ("model", d_string),
        ("insecure", d_bool),
        ("username", d_string),
        ("password", d_string),
        ("stream", d_bool),
        ("name", d_string),
    ),
)

PUSH = Struct(
    "PushRequest",
    (
        ("model", d_string),
        ("insecure", d_bool),
        ("username", d_string),
        ("password", d_string),
        ("stream", d_bool),
        ("name", d_string),
    ),
)
