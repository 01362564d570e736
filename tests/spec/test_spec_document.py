"""The spec document itself: valid OpenAPI 3.1, the exact route table, resolvable references,
valid examples everywhere, and the conventions the client generator relies on."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from spec.support import (
    JSON,
    NDJSON,
    Json,
    all_schemas,
    at,
    deref,
    errors,
    join,
    load_spec,
    operations,
    walk,
)

# The native route registrations of Ollama's GenerateRoutes, with the operationIds the client uses.
EXPECTED_OPERATIONS = {
    ("get", "/", "heartbeat"),
    ("head", "/", "heartbeat_head"),
    ("get", "/api/version", "version"),
    ("head", "/api/version", "version_head"),
    ("get", "/api/status", "status"),
    ("post", "/api/generate", "generate"),
    ("post", "/api/chat", "chat"),
    ("post", "/api/embed", "embed"),
    ("post", "/api/embeddings", "embeddings"),
    ("post", "/api/create", "create"),
    ("head", "/api/blobs/{digest}", "blob_exists"),
    ("post", "/api/blobs/{digest}", "create_blob"),
    ("get", "/api/tags", "list"),
    ("head", "/api/tags", "list_head"),
    ("post", "/api/show", "show"),
    ("post", "/api/copy", "copy"),
    ("delete", "/api/delete", "delete"),
    ("post", "/api/pull", "pull"),
    ("post", "/api/push", "push"),
    ("get", "/api/ps", "ps"),
    ("post", "/api/me", "whoami"),
    ("post", "/api/signout", "signout"),
    ("delete", "/api/user/keys/{encodedKey}", "delete_user_key"),
    ("post", "/api/experimental/web_search", "web_search"),
    ("post", "/api/experimental/web_fetch", "web_fetch"),
    ("get", "/api/experimental/model-recommendations", "model_recommendations"),
}
# The OpenAI- and Anthropic-compatible registrations (middleware/openai.go, middleware/anthropic.go).
COMPAT_OPERATIONS = {
    ("post", "/v1/chat/completions", "openai_chat_completions"),
    ("post", "/v1/completions", "openai_completions"),
    ("post", "/v1/embeddings", "openai_embeddings"),
    ("get", "/v1/models", "openai_list_models"),
    ("get", "/v1/models/{model}", "openai_retrieve_model"),
    ("post", "/v1/responses", "openai_responses"),
    ("post", "/v1/audio/transcriptions", "openai_audio_transcriptions"),
    ("post", "/v1/messages", "anthropic_messages"),
}
STREAMING = {"generate", "chat", "create", "pull", "push"}
SSE = "text/event-stream"
# Data-only streams end with a sentinel; the others are named events.
SSE_TERMINATED = {"openai_chat_completions", "openai_completions"}
SSE_NAMED = {"openai_responses", "anthropic_messages"}
DEPRECATED_OPERATIONS = {"embeddings", "delete_user_key"}
DEPRECATED_FIELDS = {
    "GenerateRequest": {"context"},
    "GenerateResponse": {"context"},
    "CreateRequest": {"name", "quantization"},
    "DeleteRequest": {"name"},
    "ShowRequest": {"name", "template"},
    "PullRequest": {"name", "username", "password"},
    "PushRequest": {"name", "username", "password"},
}


def test_document_is_valid_openapi_3_1() -> None:
    doc = load_spec()
    assert doc["openapi"].startswith("3.1.")
    validate(doc)


def test_validator_rejects_a_broken_copy() -> None:
    # Guards the check above against passing vacuously.
    broken: dict[str, Any] = {**load_spec(), "paths": {"/": {"get": {"responses": {"200": {}}}}}}
    with pytest.raises(OpenAPIValidationError):
        validate(broken)


def test_describes_the_recorded_server_version() -> None:
    doc = load_spec()
    assert doc["info"]["version"] == "0.33.0-rc2"
    assert "fb30760" in doc["info"]["summary"]
    assert doc["servers"] == [
        {"url": "http://127.0.0.1:11434", "description": doc["servers"][0].get("description")}
    ]


def test_route_table_is_exactly_the_native_and_compatible_routes() -> None:
    found = [(method, path, op.get("operationId")) for method, path, _, op in operations()]
    assert len(found) == len(set(found)) == 26 + 8
    assert set(found) == EXPECTED_OPERATIONS | COMPAT_OPERATIONS


def test_native_operations_are_untagged_and_compatible_ones_tagged_by_flavour() -> None:
    compat_ids = {operation_id for _, _, operation_id in COMPAT_OPERATIONS}
    tags = {op["operationId"]: op.get("tags") for _, _, _, op in operations()}
    assert {oid for oid, tag in tags.items() if tag} == compat_ids
    for operation_id in compat_ids:
        expected = ["anthropic"] if operation_id.startswith("anthropic_") else ["openai"]
        assert tags[operation_id] == expected, operation_id
    assert [tag["name"] for tag in load_spec()["tags"]] == ["openai", "anthropic"]


def test_every_ref_resolves() -> None:
    refs = [(p, n["$ref"]) for p, n in walk(load_spec()) if isinstance(n, dict) and "$ref" in n]
    assert len(refs) > 100
    for pointer, ref in refs:
        assert isinstance(ref, str) and ref.startswith("#/"), f"{pointer}: non-local $ref {ref!r}"
        try:
            at(ref[1:])
        except (KeyError, IndexError, ValueError) as exc:
            pytest.fail(f"{pointer}: $ref {ref!r} does not resolve ({exc!r})")


def _media_types(pointer: str) -> list[tuple[str, str, Json]]:
    """(pointer, media type, media type object) of a request body or response at `pointer`."""
    pointer, node = deref(pointer)
    return [(join(pointer, "content", mt), mt, obj) for mt, obj in node.get("content", {}).items()]


def _example_values(media_pointer: str, media: Json) -> list[tuple[str, Json]]:
    found = []
    if "example" in media:
        found.append((join(media_pointer, "example"), media["example"]))
    for name, example in media.get("examples", {}).items():
        example_pointer, example = deref(join(media_pointer, "examples", name))
        assert "value" in example, f"{example_pointer}: example without an inline value"
        found.append((join(example_pointer, "value"), example["value"]))
    return found


def _all_media_examples() -> list[tuple[str, str, Json]]:
    """(schema pointer, example pointer, value) for every media type example of every operation."""
    found = []
    for _, _, op_pointer, op in operations():
        targets = [join(op_pointer, "requestBody")] if "requestBody" in op else []
        targets += [join(op_pointer, "responses", status) for status in op["responses"]]
        for target in targets:
            for media_pointer, _, media in _media_types(target):
                for example_pointer, value in _example_values(media_pointer, media):
                    found.append((join(media_pointer, "schema"), example_pointer, value))
    return found


def _all_schema_examples() -> list[tuple[str, str, Json]]:
    found = []
    for pointer, schema in all_schemas():
        if "example" in schema:
            found.append((pointer, join(pointer, "example"), schema["example"]))
        for index, value in enumerate(schema.get("examples", [])):
            found.append((pointer, join(pointer, "examples", index), value))
    for pointer, node in walk(load_spec()):
        if isinstance(node, dict) and "in" in node and "schema" in node and "example" in node:
            found.append((join(pointer, "schema"), join(pointer, "example"), node["example"]))
    return found


def test_every_media_type_example_validates() -> None:
    examples = _all_media_examples()
    assert len(examples) > 100
    failures = [f"{where}: {err}" for schema, where, value in examples for err in errors(schema, value)]
    assert failures == []


def test_every_schema_example_validates() -> None:
    examples = _all_schema_examples()
    assert len(examples) > 60
    failures = [f"{where}: {err}" for schema, where, value in examples for err in errors(schema, value)]
    assert failures == []


def test_an_invalid_example_is_caught() -> None:
    # The example checks must be able to fail: a chunk without `done` is not a GenerateResponse.
    assert errors("/components/schemas/GenerateResponse", {"model": "m", "created_at": "x", "response": ""})


def test_every_request_and_response_has_an_example() -> None:
    missing = []
    for _, _, op_pointer, op in operations():
        targets = [join(op_pointer, "requestBody")] if "requestBody" in op else []
        targets += [join(op_pointer, "responses", status) for status in op["responses"]]
        for target in targets:
            for media_pointer, _, media in _media_types(target):
                if not _example_values(media_pointer, media):
                    missing.append(media_pointer)
    assert missing == []


def test_every_component_schema_has_an_example() -> None:
    schemas = load_spec()["components"]["schemas"]
    # `SignoutResponse` is the JSON literal null; its example lives on the response that uses it.
    missing = [
        name
        for name, schema in schemas.items()
        if name != "SignoutResponse"
        and "example" not in schema
        and "examples" not in schema
        and "oneOf" not in schema
        and "enum" not in schema
    ]
    assert missing == []


def test_streaming_operations_offer_json_then_ndjson() -> None:
    seen = set()
    for _, _, op_pointer, op in operations():
        content = deref(join(op_pointer, "responses", "200"))[1].get("content", {})
        if op["operationId"] not in STREAMING:
            assert NDJSON not in content, op["operationId"]
            continue
        seen.add(op["operationId"])
        assert list(content) == [JSON, NDJSON], op["operationId"]
        assert set(content[JSON]["schema"]) == {"$ref"}
        line_ref = content[NDJSON]["schema"]["$ref"]
        line = at(line_ref[1:])
        assert line_ref.startswith("#/components/schemas/")
        assert [b["$ref"] for b in line["oneOf"]] == [
            content[JSON]["schema"]["$ref"]
            if op["operationId"] in {"generate", "chat"}
            else "#/components/schemas/ProgressResponse",
            "#/components/schemas/StreamErrorLine",
        ]
        description = deref(join(op_pointer, "responses", "200"))[1]["description"]
        assert "`stream`" in description and "StreamErrorLine" in description
    assert seen == STREAMING
    assert at("/components/schemas/StreamErrorLine")["required"] == ["error"]


def test_bodies_and_nested_objects_are_named_components() -> None:
    inline = []
    for _, _, op_pointer, op in operations():
        targets = [join(op_pointer, "requestBody")] if "requestBody" in op else []
        targets += [join(op_pointer, "responses", status) for status in op["responses"]]
        for target in targets:
            for media_pointer, mt, media in _media_types(target):
                schema = media["schema"]
                if "$ref" not in schema and schema.get("type") not in {"string"}:
                    inline.append(f"{media_pointer} ({mt})")
    for pointer, schema in all_schemas():
        is_component = pointer.count("/") == 3 and pointer.startswith("/components/schemas/")
        if is_component:
            continue
        object_like = schema.get("type") == "object" or "properties" in schema
        if object_like:
            inline.append(pointer)
    assert inline == []


def test_no_defaults_and_no_closed_response_objects() -> None:
    offending = []
    for pointer, schema in all_schemas():
        if "default" in schema:
            offending.append(f"{pointer}: default")
        if schema.get("additionalProperties") is False:
            offending.append(f"{pointer}: additionalProperties false")
    assert offending == []


def _error_schemas(operation_id: str, status: str) -> set[str]:
    """The error body schemas an operation may use for a status."""
    if operation_id.startswith("openai_"):
        return {"OpenAIErrorResponse", "OpenAICompatErrorBody"}
    if operation_id.startswith("anthropic_"):
        return {"AnthropicErrorResponse", "AnthropicCompatErrorBody"}
    return {"SigninErrorResponse" if status == "401" else "ErrorResponse"}


def test_error_statuses_use_error_bodies() -> None:
    wrong = []
    for _, _, op_pointer, op in operations():
        for status in op["responses"]:
            if int(status) < 400:
                continue
            allowed = {f"#/components/schemas/{name}" for name in _error_schemas(op["operationId"], status)}
            for media_pointer, mt, media in _media_types(join(op_pointer, "responses", status)):
                if mt != JSON or media["schema"].get("$ref") not in allowed:
                    wrong.append(media_pointer)
    assert wrong == []


def test_compat_error_bodies_are_the_flavour_or_the_native_shape() -> None:
    # The `:cloud` pass-through answers before the compat layer, in the native shape.
    for flavour in ("OpenAI", "Anthropic"):
        branches = at(f"/components/schemas/{flavour}CompatErrorBody")["oneOf"]
        assert [b["$ref"] for b in branches] == [
            f"#/components/schemas/{flavour}ErrorResponse",
            "#/components/schemas/ErrorResponse",
        ]
    openai_error = {"error": {"message": "m", "type": "api_error", "param": None, "code": None}}
    anthropic_error = {"type": "error", "error": {"type": "api_error", "message": "m"}, "request_id": "req_1"}
    native = {"error": "m"}
    assert errors("/components/schemas/OpenAICompatErrorBody", openai_error) == []
    assert errors("/components/schemas/OpenAICompatErrorBody", native) == []
    assert errors("/components/schemas/OpenAICompatErrorBody", anthropic_error) != []
    assert errors("/components/schemas/AnthropicCompatErrorBody", anthropic_error) == []
    assert errors("/components/schemas/AnthropicCompatErrorBody", native) == []
    assert errors("/components/schemas/AnthropicCompatErrorBody", openai_error) != []


def test_server_sent_event_streams_declare_their_framing() -> None:
    seen = set()
    for _, _, op_pointer, op in operations():
        operation_id = op["operationId"]
        content = deref(join(op_pointer, "responses", "200"))[1].get("content", {})
        if SSE not in content:
            assert operation_id not in SSE_TERMINATED | SSE_NAMED
            continue
        seen.add(operation_id)
        # `stream: false` (the default on these routes) gives the JSON object, listed first.
        assert list(content) == [JSON, SSE], operation_id
        media = content[SSE]
        schema_ref = media["schema"]["$ref"]
        framing = media["x-sse"]
        if operation_id in SSE_TERMINATED:
            assert framing == {"terminator": "[DONE]"}, operation_id
            continue
        assert set(framing) == {"events"}, operation_id
        union = at(schema_ref[1:])
        branches = {b["$ref"] for b in union["oneOf"]}
        for name, event_schema in framing["events"].items():
            ref = event_schema["$ref"]
            assert ref in branches, f"{operation_id}: {name} is not in {schema_ref}"
            # Each event's `data.type` repeats its name.
            assert name in at(ref[1:])["properties"]["type"]["enum"], f"{operation_id}: {name}"
        named = {event_schema["$ref"] for event_schema in framing["events"].values()}
        assert named == branches, f"{operation_id}: events and the data union differ"
    assert seen == SSE_TERMINATED | SSE_NAMED


def test_deprecations() -> None:
    by_id = {op["operationId"]: op for _, _, _, op in operations()}
    assert {oid for oid, op in by_id.items() if op.get("deprecated")} == DEPRECATED_OPERATIONS
    schemas = load_spec()["components"]["schemas"]
    for name, fields in DEPRECATED_FIELDS.items():
        marked = {key for key, prop in schemas[name]["properties"].items() if prop.get("deprecated")}
        assert marked == fields, name


def test_blob_digest_parameter() -> None:
    _, param = deref("/components/parameters/Digest")
    pattern = param["schema"]["pattern"]
    assert pattern == "^sha256[:-][0-9a-fA-F]{64}$"
    _, upload = deref(join("/paths", "/api/blobs/{digest}", "post"))
    assert list(upload["requestBody"]["content"]) == ["application/octet-stream"]
    assert upload["requestBody"]["content"]["application/octet-stream"]["schema"] == {
        "type": "string",
        "format": "binary",
    }
    assert set(upload["responses"]) >= {"200", "201", "400"}
    assert "content" not in upload["responses"]["200"] and "content" not in upload["responses"]["201"]


def test_head_operations_have_no_bodies() -> None:
    with_body = [
        join(pointer, "responses", status)
        for method, _, pointer, op in operations()
        if method == "head"
        for status, response in op["responses"].items()
        if "content" in deref(join(pointer, "responses", status))[1] or "$ref" in response
    ]
    assert with_body == []
