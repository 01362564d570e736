"""Request structs of Ollama's ``openai`` and ``anthropic`` packages, as gin's ShouldBindJSON reads them.

Field names, json tags and Go types follow ``openai/openai.go``, ``openai/responses.go`` and
``anthropic/anthropic.go``; a value of the wrong JSON type gives Go's ``json: cannot unmarshal`` text.
Fields the compat middlewares never read are left out (unknown keys are ignored either way), except
where their type is checked.
"""

from __future__ import annotations

import math
from typing import Any

from . import gojson
from .gojson import (
    GoJSONError,
    Num,
    Struct,
    d_any,
    d_arguments,
    d_bool,
    d_float,
    d_int,
    d_string,
    go_type,
    kind_of,
    map_of,
    slice_of,
    struct_of,
)
from .wire import TOOL


@go_type(float)
def d_float32(ctx: Any, v: Any) -> Any:
    if isinstance(v, Num):
        if math.isinf(float(v)) or abs(float(v)) > 3.4028234663852886e38:
            ctx.type_error("number " + v.literal, "float32")
            return None
        return float(v)
    ctx.type_error(kind_of(v), "float32")
    return None


_stream_options = Struct("StreamOptions", (("include_usage", d_bool),))

_openai_function = Struct("ToolCallFunction", (("name", d_string), ("arguments", d_string)))
_openai_tool_call = Struct(
    "ToolCall",
    (
        ("id", d_string),
        ("index", d_int),
        ("type", d_string),
        (
            "function",
            struct_of(
                _openai_function,
                'struct { Name string "json:\\"name\\""; Arguments string "json:\\"arguments\\"" }',
            ),
        ),
    ),
)
_openai_message = Struct(
    "Message",
    (
        ("role", d_string),
        ("content", d_any),
        ("reasoning", d_string),
        ("tool_calls", slice_of(struct_of(_openai_tool_call, "openai.ToolCall"), "[]openai.ToolCall")),
        ("name", d_string),
        ("tool_call_id", d_string),
    ),
)
_response_format = Struct(
    "ResponseFormat",
    (
        ("type", d_string),
        ("json_schema", struct_of(Struct("JsonSchema", (("schema", d_any),)), "openai.JsonSchema")),
    ),
)

CHAT_COMPLETION = Struct(
    "ChatCompletionRequest",
    (
        ("model", d_string),
        ("messages", slice_of(struct_of(_openai_message, "openai.Message"), "[]openai.Message")),
        ("stream", d_bool),
        ("stream_options", struct_of(_stream_options, "openai.StreamOptions")),
        ("max_tokens", d_int),
        ("seed", d_int),
        ("stop", d_any),
        ("temperature", d_float),
        ("frequency_penalty", d_float),
        ("presence_penalty", d_float),
        ("top_p", d_float),
        ("response_format", struct_of(_response_format, "openai.ResponseFormat")),
        ("tools", slice_of(struct_of(TOOL, "api.Tool"), "[]api.Tool")),
        ("reasoning", struct_of(Struct("Reasoning", (("effort", d_string),)), "openai.Reasoning")),
        ("reasoning_effort", d_string),
        ("logprobs", d_bool),
        ("top_logprobs", d_int),
        ("_debug_render_only", d_bool),
    ),
)

COMPLETION = Struct(
    "CompletionRequest",
    (
        ("model", d_string),
        ("prompt", d_string),
        ("frequency_penalty", d_float32),
        ("max_tokens", d_int),
        ("presence_penalty", d_float32),
        ("seed", d_int),
        ("stop", d_any),
        ("stream", d_bool),
        ("stream_options", struct_of(_stream_options, "openai.StreamOptions")),
        ("temperature", d_float32),
        ("top_p", d_float32),
        ("suffix", d_string),
        ("logprobs", d_int),
        ("_debug_render_only", d_bool),
    ),
)

EMBED = Struct(
    "EmbedRequest",
    (("input", d_any), ("model", d_string), ("dimensions", d_int), ("encoding_format", d_string)),
)

_responses_tool = Struct(
    "ResponsesTool",
    (
        ("type", d_string),
        ("name", d_string),
        ("description", d_string),
        ("strict", d_bool),
        ("parameters", map_of(d_any, "map[string]interface {}")),
        ("tools", slice_of(d_any, "[]openai.ResponsesTool")),
    ),
)
_text_format = Struct(
    "ResponsesTextFormat",
    (("type", d_string), ("name", d_string), ("schema", d_any), ("strict", d_bool)),
)

RESPONSES = Struct(
    "ResponsesRequest",
    (
        ("model", d_string),
        ("background", d_bool),
        ("conversation", d_any),
        ("include", slice_of(d_string, "[]string")),
        ("input", d_any),  # a string or a list of items, checked by responses_input()
        ("instructions", d_string),
        ("max_output_tokens", d_int),
        (
            "reasoning",
            struct_of(
                Struct(
                    "ResponsesReasoning",
                    (("effort", d_string), ("generate_summary", d_string), ("summary", d_string)),
                ),
                "openai.ResponsesReasoning",
            ),
        ),
        ("temperature", d_float),
        (
            "text",
            struct_of(
                Struct("ResponsesText", (("format", struct_of(_text_format, "openai.ResponsesTextFormat")),)),
                "openai.ResponsesText",
            ),
        ),
        ("top_p", d_float),
        ("truncation", d_string),
        ("tools", slice_of(struct_of(_responses_tool, "openai.ResponsesTool"), "[]openai.ResponsesTool")),
        ("stream", d_bool),
    ),
)

_image_source = Struct(
    "ImageSource", (("type", d_string), ("media_type", d_string), ("data", d_string), ("url", d_string))
)
CONTENT_BLOCK = Struct(
    "ContentBlock",
    (
        ("type", d_string),
        ("text", d_string),
        ("citations", d_any),
        ("source", struct_of(_image_source, "anthropic.ImageSource")),
        ("id", d_string),
        ("name", d_string),
        ("input", d_arguments),
        ("tool_use_id", d_string),
        ("content", d_any),
        ("is_error", d_bool),
        ("thinking", d_string),
        ("signature", d_string),
    ),
)
_anthropic_tool = Struct(
    "Tool",
    (
        ("type", d_string),
        ("name", d_string),
        ("description", d_string),
        ("input_schema", d_any),
        ("max_uses", d_int),
    ),
)

MESSAGES = Struct(
    "MessagesRequest",
    (
        ("model", d_string),
        ("max_tokens", d_int),
        ("messages", slice_of(d_any, "[]anthropic.MessageParam")),  # checked by anthropic_messages()
        ("system", d_any),
        ("stream", d_bool),
        ("temperature", d_float),
        ("top_p", d_float),
        ("top_k", d_int),
        ("stop_sequences", slice_of(d_string, "[]string")),
        ("tools", slice_of(struct_of(_anthropic_tool, "anthropic.Tool"), "[]anthropic.Tool")),
        (
            "tool_choice",
            struct_of(
                Struct(
                    "ToolChoice",
                    (("type", d_string), ("name", d_string), ("disable_parallel_tool_use", d_bool)),
                ),
                "anthropic.ToolChoice",
            ),
        ),
        (
            "thinking",
            struct_of(
                Struct("ThinkingConfig", (("type", d_string), ("budget_tokens", d_int))),
                "anthropic.ThinkingConfig",
            ),
        ),
        ("metadata", struct_of(Struct("Metadata", (("user_id", d_string),)), "anthropic.Metadata")),
        (
            "output_config",
            struct_of(Struct("OutputConfig", (("effort", d_string),)), "anthropic.OutputConfig"),
        ),
    ),
)


def bind(spec: Struct, package: str, body: bytes) -> dict[str, Any]:
    """gin's ShouldBindJSON into ``package.spec``; raises GoJSONError (MissingBody for no value)."""
    value = gojson.parse_body(body)
    if value is not None and not isinstance(value, dict):
        raise GoJSONError(
            f"json: cannot unmarshal {kind_of(value)} into Go value of type {package}.{spec.name}"
        )
    return gojson.bind(spec, body)


def anthropic_messages(raw: list[Any]) -> list[dict[str, Any]]:
    """``MessageParam.UnmarshalJSON``: content as a string becomes one text block."""
    out: list[dict[str, Any]] = []
    for item in raw:
        if item is None:
            out.append({"role": "", "content": []})
            continue
        if not isinstance(item, dict):
            raise GoJSONError(
                f'json: cannot unmarshal {kind_of(item)} into Go value of type struct {{ Role string "json:\\"role\\""; Content json.RawMessage "json:\\"content\\"" }}'
            )
        role = item.get("role")
        if role is not None and not isinstance(role, str):
            raise GoJSONError(
                f"json: cannot unmarshal {kind_of(role)} into Go struct field .role of type string"
            )
        content = item.get("content")
        blocks: list[dict[str, Any]] = []
        if isinstance(content, str):
            blocks = [{"type": "text", "text": content}]
        elif isinstance(content, list):
            for block in content:
                blocks.append(
                    gojson.bind(CONTENT_BLOCK, gojson.dumpb(block)) if isinstance(block, dict) else {}
                )
        elif content is not None:
            raise GoJSONError(
                f"json: cannot unmarshal {kind_of(content)} into Go value of type []anthropic.ContentBlock"
            )
        out.append({"role": role or "", "content": blocks})
    return out
