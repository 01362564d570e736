"""Field parity with Ollama's wire structs: every JSON tag of a Go struct in `api/types.go` is a property
of the schema of the same name, and the other way round.

Needs an Ollama source tree: set `OLLAMA_SOURCE` to a checkout (or a bare git directory) of
ollama/ollama at the commit the spec describes. Skipped when it is not set.
"""

from __future__ import annotations

import os
import re
import subprocess
from functools import cache
from pathlib import Path

import pytest

from spec.support import load_spec

STRUCT = re.compile(r"^type (\w+) struct \{\n(.*?)^\}", re.S | re.M)
JSON_TAG = re.compile(r'json:"([^",]*)')
EMBEDDED = re.compile(r"^\s*([A-Z]\w*)\s*$", re.M)
# Go types the spec models differently on purpose (errors, custom marshalers, free-form maps).
NOT_SCHEMAS = {
    "AuthorizationError",
    "StatusError",
    "Duration",
    "ThinkValue",
    "ToolCallFunctionArguments",
    "ToolPropertiesMap",
    "TokenResponse",
    "Metrics",
    "Runner",
}


def _go_source(relative: str) -> str:
    source = os.environ.get("OLLAMA_SOURCE")
    if not source:
        pytest.skip("set OLLAMA_SOURCE to an ollama/ollama checkout to compare with its Go types")
    root = Path(source)
    if (root / relative).is_file():
        return (root / relative).read_text(encoding="utf-8")
    shown = subprocess.run(
        ["git", "-C", str(root), "show", f"HEAD:{relative}"], capture_output=True, text=True, check=True
    )
    return shown.stdout


def _types_go() -> str:
    return _go_source("api/types.go")


@cache
def _structs(text: str) -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    found = {}
    for match in STRUCT.finditer(text):
        body = match.group(2)
        tags = frozenset(tag for tag in JSON_TAG.findall(body) if tag and tag != "-")
        found[match.group(1)] = (tags, tuple(EMBEDDED.findall(body)))
    return found


def _tags(structs: dict[str, tuple[frozenset[str], tuple[str, ...]]], name: str) -> set[str]:
    tags, embedded = structs[name]
    result = set(tags)
    for inner in embedded:
        if inner in structs:
            result |= _tags(structs, inner)
    return result


def test_go_structs_and_schemas_have_the_same_fields() -> None:
    structs = _structs(_types_go())
    assert len(structs) > 40
    schemas = load_spec()["components"]["schemas"]
    missing = sorted(name for name in structs if name not in schemas and name not in NOT_SCHEMAS)
    assert missing == [], "Go wire structs without a schema"
    compared = 0
    for name in structs:
        if name in NOT_SCHEMAS:
            continue
        go_fields = _tags(structs, name)
        spec_fields = set(schemas[name].get("properties", {}))
        assert go_fields == spec_fields, (
            f"{name}: Go only {go_fields - spec_fields}, spec only {spec_fields - go_fields}"
        )
        compared += 1
    assert compared > 40


# The compatible routes' wire structs and the schema describing each. Schemas that stand for several
# Go structs (a Go interface decoded by `type`) carry the union of their fields.
COMPAT_SCHEMAS: dict[str, dict[str, tuple[str, ...]]] = {
    "openai/openai.go": {
        "OpenAIError": ("Error",),
        "OpenAIErrorResponse": ("ErrorResponse",),
        "OpenAIChatMessage": ("Message",),
        "OpenAIDelta": ("Delta",),
        "OpenAIChoiceLogprobs": ("ChoiceLogprobs",),
        "OpenAIChatChoice": ("Choice",),
        "OpenAIChunkChoice": ("ChunkChoice",),
        "OpenAICompletionChoice": ("CompleteChunkChoice",),
        "OpenAIUsage": ("Usage",),
        "OpenAIResponseFormat": ("ResponseFormat",),
        "OpenAIJsonSchemaFormat": ("JsonSchema",),
        "OpenAIEmbeddingRequest": ("EmbedRequest",),
        "OpenAIStreamOptions": ("StreamOptions",),
        "OpenAIReasoning": ("Reasoning",),
        "OpenAIChatCompletionRequest": ("ChatCompletionRequest",),
        "OpenAIChatCompletion": ("ChatCompletion",),
        "OpenAIChatCompletionChunk": ("ChatCompletionChunk",),
        "OpenAICompletionRequest": ("CompletionRequest",),
        "OpenAICompletion": ("Completion",),
        "OpenAICompletionChunk": ("CompletionChunk",),
        "OpenAIModel": ("Model",),
        "OpenAIEmbedding": ("Embedding",),
        "OpenAIModelList": ("ListCompletion",),
        "OpenAIEmbeddingList": ("EmbeddingList",),
        "OpenAIEmbeddingUsage": ("EmbeddingUsage",),
        "OpenAITranscriptionResponse": ("TranscriptionResponse",),
    },
    "openai/responses.go": {
        "OpenAIResponsesContent": (
            "ResponsesTextContent",
            "ResponsesImageContent",
            "ResponsesOutputTextContent",
            "ResponsesFileContent",
        ),
        "OpenAIResponsesInputItem": (
            "ResponsesInputMessage",
            "ResponsesFunctionCall",
            "ResponsesFunctionCallOutput",
            "ResponsesReasoningInput",
            "ResponsesWebSearchCall",
        ),
        "OpenAIResponsesReasoning": ("ResponsesReasoning",),
        "OpenAIResponsesTextFormat": ("ResponsesTextFormat",),
        "OpenAIResponsesText": ("ResponsesText", "ResponsesTextField"),
        "OpenAIResponsesTool": ("ResponsesTool",),
        "OpenAIResponsesRequest": ("ResponsesRequest",),
        "OpenAIResponsesReasoningOutput": ("ResponsesReasoningOutput",),
        "OpenAIResponsesError": ("ResponsesError",),
        "OpenAIResponsesIncompleteDetails": ("ResponsesIncompleteDetails",),
        "OpenAIResponse": ("ResponsesResponse",),
        "OpenAIResponsesOutputItem": ("ResponsesOutputItem",),
        "OpenAIResponsesWebSearchAction": ("ResponsesWebSearchAction",),
        "OpenAIResponsesReasoningSummary": ("ResponsesReasoningSummary",),
        "OpenAIResponsesOutputContent": ("ResponsesOutputContent",),
        "OpenAIResponsesInputTokensDetails": ("ResponsesInputTokensDetails",),
        "OpenAIResponsesOutputTokensDetails": ("ResponsesOutputTokensDetails",),
        "OpenAIResponsesUsage": ("ResponsesUsage",),
    },
    "anthropic/anthropic.go": {
        "AnthropicError": ("Error",),
        "AnthropicErrorResponse": ("ErrorResponse",),
        "AnthropicMessagesRequest": ("MessagesRequest",),
        "AnthropicOutputConfig": ("OutputConfig",),
        "AnthropicMessageParam": ("MessageParam",),
        "AnthropicContentBlock": ("ContentBlock",),
        "AnthropicCitation": ("Citation",),
        "AnthropicWebSearchResult": ("WebSearchResult",),
        "AnthropicWebSearchToolResultError": ("WebSearchToolResultError",),
        "AnthropicImageSource": ("ImageSource",),
        "AnthropicTool": ("Tool",),
        "AnthropicToolChoice": ("ToolChoice",),
        "AnthropicThinkingConfig": ("ThinkingConfig",),
        "AnthropicMetadata": ("Metadata",),
        "AnthropicMessage": ("MessagesResponse",),
        "AnthropicUsage": ("Usage", "DeltaUsage"),
        "AnthropicMessageStartEvent": ("MessageStartEvent",),
        "AnthropicContentBlockStartEvent": ("ContentBlockStartEvent",),
        "AnthropicContentBlockDeltaEvent": ("ContentBlockDeltaEvent",),
        "AnthropicDelta": ("Delta",),
        "AnthropicContentBlockStopEvent": ("ContentBlockStopEvent",),
        "AnthropicMessageDeltaEvent": ("MessageDeltaEvent",),
        "AnthropicMessageDelta": ("MessageDelta",),
        "AnthropicMessageStopEvent": ("MessageStopEvent",),
        "AnthropicPingEvent": ("PingEvent",),
        "AnthropicStreamErrorEvent": ("StreamErrorEvent",),
    },
}
# Go structs of those files that are not request or response bodies of a registered route: form
# values without JSON tags, the input decoder, stream bookkeeping, the token counter (no route) and
# the web search tool's own calls to ollama.com.
COMPAT_NOT_WIRE = {
    "TranscriptionRequest",
    "ResponsesInput",
    "ResponsesStreamEvent",
    "ResponsesStreamConverter",
    "StreamConverter",
    "StreamEvent",
    "CountTokensRequest",
    "CountTokensResponse",
    "OllamaWebSearchRequest",
    "OllamaWebSearchResult",
    "OllamaWebSearchResponse",
}
# Fields the spec names on purpose beyond the Go tags: the anonymous `function` struct of ToolCall is
# its own schema; `cache_control` is what Anthropic clients send on blocks (ignored like any unknown key).
COMPAT_EXTRA_FIELDS = {"AnthropicContentBlock": {"cache_control"}}
COMPAT_NESTED_FIELDS = {"OpenAIToolCall": ("ToolCall", {"name", "arguments"})}


@pytest.mark.parametrize("relative", sorted(COMPAT_SCHEMAS))
def test_compat_go_structs_and_schemas_have_the_same_fields(relative: str) -> None:
    structs = _structs(_go_source(relative))
    mapping = COMPAT_SCHEMAS[relative]
    mapped = {name for names in mapping.values() for name in names}
    nested = {go for go, _ in COMPAT_NESTED_FIELDS.values()}
    unmapped = sorted(set(structs) - mapped - nested - COMPAT_NOT_WIRE)
    assert unmapped == [], f"{relative}: Go wire structs without a schema"
    schemas = load_spec()["components"]["schemas"]
    for schema_name, go_names in mapping.items():
        go_fields = set().union(*(_tags(structs, name) for name in go_names))
        spec_fields = set(schemas[schema_name].get("properties", {})) - COMPAT_EXTRA_FIELDS.get(
            schema_name, set()
        )
        assert go_fields == spec_fields, (
            f"{schema_name}: Go only {go_fields - spec_fields}, spec only {spec_fields - go_fields}"
        )
    if relative == "openai/openai.go":
        for schema_name, (go_name, inner) in COMPAT_NESTED_FIELDS.items():
            spec_fields = set(schemas[schema_name]["properties"])
            assert _tags(structs, go_name) == spec_fields | inner
            assert set(schemas["OpenAIToolCallFunction"]["properties"]) == inner
