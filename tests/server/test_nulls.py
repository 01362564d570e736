"""``null`` inside request bodies decodes as Go's encoding/json decodes it.

A null array element or map value becomes the element type's zero value (``0``, ``""``, an empty
struct, a nil slice); a type with its own ``UnmarshalJSON`` (a tool property's ``type``) sees the null
itself. Each test compares a request holding nulls with the same request spelling the zero values out,
or checks the answer Ollama gives for the zero value.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from hiramu.testing import ServerHandle
from hiramu.testing.names import parse_name

TOOLS_TEMPLATE = (
    "{{ range .Tools }}{{ json .Function }}\n{{ end }}"
    "{{ range .Messages }}{{ .Role }}: {{ .Content }}\n{{ end }}"
)


def _answer(resp: httpx.Response) -> dict[str, Any]:
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert isinstance(body, dict)
    # timings differ from one request to the next; everything else is a function of the request
    return {k: v for k, v in body.items() if k not in ("created_at",) and not k.endswith("_duration")}


def _tags(client: httpx.Client) -> dict[str, tuple[str, int]]:
    return {m["name"]: (m["digest"], m["size"]) for m in client.get("/api/tags").json()["models"]}


def _create(client: httpx.Client, body: dict[str, Any]) -> None:
    resp = client.post("/api/create", json={"stream": False, **body})
    assert resp.status_code == 200, resp.text
    assert resp.json() == {"status": "success"}


# ---- generate


def test_generate_reads_a_null_context_token_as_zero(client: httpx.Client) -> None:
    base = {"model": "tiny-llama", "prompt": "hello", "stream": False, "options": {"num_predict": 4}}
    with_null = _answer(client.post("/api/generate", json={**base, "context": [None]}))
    with_zero = _answer(client.post("/api/generate", json={**base, "context": [0]}))
    assert with_null == with_zero
    assert with_null["done"] is True
    assert with_null["eval_count"] == 4
    # the context given back holds the prompt and the answer, like any other
    assert len(with_null["context"]) > with_null["eval_count"]


def test_a_null_image_is_an_empty_image(client: httpx.Client) -> None:
    base = {"model": "tiny-llama", "prompt": "hi", "stream": False}
    debug = client.post("/api/generate", json={**base, "images": [None], "_debug_render_only": True})
    assert debug.status_code == 200, debug.text
    assert debug.json()["_debug_info"]["image_count"] == 1
    # an image all the same: the text-only model's runner refuses it
    resp = client.post("/api/generate", json={**base, "images": [None]})
    assert resp.status_code == 400
    assert "Multimodal data provided" in resp.json()["error"]


def test_null_options_are_skipped_and_null_stop_strings_refused(client: httpx.Client) -> None:
    base = {"model": "tiny-llama", "prompt": "hi", "stream": False}
    unset = _answer(client.post("/api/generate", json={**base, "options": {"num_predict": 3}}))
    skipped = _answer(
        client.post("/api/generate", json={**base, "options": {"num_predict": 3, "temperature": None}})
    )
    assert skipped == unset
    resp = client.post("/api/generate", json={**base, "options": {"stop": [None]}})
    assert resp.status_code == 500
    assert resp.json() == {"error": 'option "stop" must be of an array of strings'}


# ---- chat


def test_chat_reads_a_null_message_as_one_empty_message(client: httpx.Client) -> None:
    base = {"model": "tiny-llama", "stream": False, "options": {"num_predict": 5}}
    with_null = _answer(client.post("/api/chat", json={**base, "messages": [None]}))
    empty = _answer(client.post("/api/chat", json={**base, "messages": [{"role": "", "content": ""}]}))
    assert with_null == empty
    # it generates: not the "model loaded" answer an empty message list gets
    assert with_null["done_reason"] == "length"
    assert with_null["eval_count"] == 5
    assert with_null["message"]["content"]
    debug = client.post(
        "/api/chat", json={"model": "tiny-llama", "messages": [None], "_debug_render_only": True}
    )
    assert debug.json()["_debug_info"]["rendered_template"] == (
        "<|im_start|>\n<|im_end|>\n<|im_start|>assistant\n"
    )


def test_a_null_tool_call_in_chat_history_is_a_zero_call(client: httpx.Client) -> None:
    template = (
        "{{ range .Messages }}{{ .Role }}: {{ .Content }}"
        "{{ range .ToolCalls }} call[{{ .Function.Name }}]{{ end }}\n{{ end }}"
    )
    _create(client, {"model": "null-calls", "from": "tiny-llama", "template": template})
    history: list[Any] = [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": "x", "tool_calls": [None, {"function": {"name": "f"}}]},
    ]
    resp = client.post(
        "/api/chat", json={"model": "null-calls", "messages": history, "_debug_render_only": True}
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["_debug_info"]["rendered_template"] == "user: hi\nassistant: x call[] call[f]\n"


def test_nulls_in_tool_definitions(client: httpx.Client) -> None:
    _create(client, {"model": "null-tools", "from": "tiny-llama", "template": TOOLS_TEMPLATE})
    tool: dict[str, Any] = {
        "type": "function",
        "function": {
            "name": "f",
            "parameters": {
                "type": "object",
                "required": [None],
                "properties": {
                    "a": None,
                    "b": {"type": None},
                    "c": {"type": ["integer", None]},
                    "e": {"type": [None]},
                    "d": {"anyOf": [None, {"type": "string"}], "enum": [None, "x"]},
                },
            },
        },
    }
    resp = client.post(
        "/api/chat",
        json={
            "model": "null-tools",
            "messages": [{"role": "user", "content": "hi"}],
            "tools": [tool, None],
            "_debug_render_only": True,
        },
    )
    assert resp.status_code == 200, resp.text
    rendered = resp.json()["_debug_info"]["rendered_template"]
    # []string and PropertyType elements are "", ToolProperty values and elements empty structs,
    # []any elements stay null; PropertyType's UnmarshalJSON reads null as ""
    assert '"required":[""]' in rendered
    assert '"a":{}' in rendered
    assert '"b":{"type":""}' in rendered
    assert '"c":{"type":["integer",""]}' in rendered
    assert '"e":{"type":""}' in rendered  # one type is written back as a string
    assert '"anyOf":[{},{"type":"string"}],"enum":[null,"x"]' in rendered
    # the null tool is a zero Tool: a second line of tools
    tool_lines, _, messages = rendered.partition("user: hi")
    assert tool_lines.count("\n") == 2
    assert messages == "\n"

    # a tools model answers with a call whose arguments fit the decoded schema
    call = client.post(
        "/api/chat",
        json={
            "model": "null-tools",
            "messages": [{"role": "user", "content": "hi"}],
            "tools": [tool],
            "stream": False,
        },
    )
    assert call.status_code == 200, call.text
    calls = call.json()["message"]["tool_calls"]
    assert calls[0]["function"]["name"] == "f"
    assert list(calls[0]["function"]["arguments"]) == [""]


# ---- embed


@pytest.mark.parametrize("value", [[None], ["a", None]])
def test_embed_input_with_a_null_is_an_invalid_input_type(client: httpx.Client, value: list[Any]) -> None:
    resp = client.post("/api/embed", json={"model": "tiny-llama-embed", "input": value})
    assert resp.status_code == 400
    assert resp.json() == {"error": "invalid input type"}


# ---- create


@pytest.mark.parametrize(
    "body",
    [
        {"model": "nulls", "files": {"model.gguf": None}},
        {"model": "nulls", "from": "tiny-llama", "adapters": {"adapter.gguf": None}},
        {"model": "nulls", "from": "tiny-llama", "draft_files": {"draft.gguf": None}},
        # the digest checks come before the model name is looked at
        {"model": "not a name!", "files": {"model.gguf": None}},
        {"model": "not a name!", "from": "tiny-llama", "adapters": {"adapter.gguf": None}},
    ],
)
def test_create_with_a_null_digest_is_refused_before_streaming(
    client: httpx.Client, body: dict[str, Any]
) -> None:
    before = _tags(client)
    resp = client.post("/api/create", json=body)  # streaming by default: the 400 comes first
    assert resp.status_code == 400
    assert resp.headers["content-type"] == "application/json; charset=utf-8"
    assert resp.json() == {"error": "invalid digest format"}
    assert _tags(client) == before


@pytest.mark.parametrize(
    ("body", "message"),
    [
        # per file the path is checked before the digest
        ({"files": {"/abs/model.gguf": None}}, "file path must be relative"),
        # files, then draft files, then draft_quantize, then adapters
        (
            {"files": {"model.gguf": None}, "draft_files": {"/abs/draft.gguf": "sha256:" + "0" * 64}},
            "invalid digest format",
        ),
        (
            {"files": {"model.gguf": "sha256:" + "0" * 64}, "draft_files": {"/abs/draft.gguf": None}},
            "file path must be relative",
        ),
        (
            {"from": "tiny-llama", "draft_quantize": "q8_0", "adapters": {"adapter.gguf": None}},
            "--draft-quantize requires a DRAFT model",
        ),
    ],
)
def test_create_null_digest_checks_keep_ollamas_order(
    client: httpx.Client, body: dict[str, Any], message: str
) -> None:
    resp = client.post("/api/create", json={"model": "nulls", **body})
    assert resp.status_code == 400
    assert resp.json() == {"error": message}


def test_create_stores_a_null_message_as_an_empty_one(client: httpx.Client) -> None:
    _create(client, {"model": "null-message", "from": "tiny-llama", "messages": [None]})
    _create(
        client, {"model": "empty-message", "from": "tiny-llama", "messages": [{"role": "", "content": ""}]}
    )
    tags = _tags(client)
    assert tags["null-message:latest"] == tags["empty-message:latest"]
    show = client.post("/api/show", json={"model": "null-message"}).json()
    assert show["messages"] == [{"role": "", "content": ""}]
    assert "\nMESSAGE  \n" in show["modelfile"]
    # the stored message takes part in later chats
    chat = client.post(
        "/api/chat",
        json={
            "model": "null-message",
            "messages": [{"role": "user", "content": "hi"}],
            "_debug_render_only": True,
        },
    )
    assert chat.json()["_debug_info"]["rendered_template"].startswith("<|im_start|>\n<|im_end|>\n")


def test_create_stores_null_tool_calls_and_images_as_go_writes_them(
    client: httpx.Client, fresh_server: ServerHandle
) -> None:
    calls: list[Any] = [None, {"id": "c1", "function": {"name": "f"}}]
    _create(
        client,
        {
            "model": "null-parts",
            "from": "tiny-llama",
            "messages": [
                {"role": "user", "content": "look", "images": [None]},
                {"role": "assistant", "content": "", "tool_calls": calls},
            ],
        },
    )
    store = fresh_server.state.store
    entry = store.find(store.canonical(parse_name("null-parts")))
    assert entry is not None
    layer = next(x for x in entry[1].layers if x.media_type == "application/vnd.ollama.image.messages")
    assert store.read_blob_text(layer.digest) == (
        '[{"role":"user","content":"look","images":[null]},'
        '{"role":"assistant","content":"","tool_calls":['
        '{"function":{"index":0,"name":"","arguments":{}}},'
        '{"id":"c1","function":{"index":0,"name":"f","arguments":{}}}]}]\n'
    )


def test_create_license_null_element_is_an_empty_license(client: httpx.Client) -> None:
    _create(client, {"model": "null-license", "from": "tiny-llama", "license": ["MIT", None]})
    show = client.post("/api/show", json={"model": "null-license"}).json()
    assert show["license"] == "MIT\n"
    assert "LICENSE MIT\nLICENSE \n" in show["modelfile"]

    _create(client, {"model": "only-null-license", "from": "tiny-llama", "license": [None]})
    show = client.post("/api/show", json={"model": "only-null-license"}).json()
    assert "license" not in show  # an empty license text is left out of the answer
    assert "\nLICENSE \n" in show["modelfile"]


def test_create_keeps_null_parameters_and_shows_them_as_nil(client: httpx.Client) -> None:
    _create(
        client,
        {"model": "null-params", "from": "tiny-llama", "parameters": {"temperature": None, "stop": [None]}},
    )
    show = client.post("/api/show", json={"model": "null-params"}).json()
    params = show["parameters"].splitlines()
    assert f"{'temperature':<30} <nil>" in params
    assert f"{'stop':<30} <nil>" in params
    assert "PARAMETER temperature <nil>\n" in show["modelfile"]
    assert "PARAMETER stop <nil>\n" in show["modelfile"]
    # a null stop string is refused when the options are read for a run
    resp = client.post("/api/generate", json={"model": "null-params", "prompt": "hi", "stream": False})
    assert resp.status_code == 500
    assert resp.json() == {"error": 'option "stop" must be of an array of strings'}


def test_create_info_capabilities_null_is_an_empty_capability(client: httpx.Client) -> None:
    _create(client, {"model": "null-info", "from": "tiny-llama", "info": {"capabilities": [None, "tools"]}})
    show = client.post("/api/show", json={"model": "null-info"}).json()
    assert "" in show["capabilities"]
    assert "tools" in show["capabilities"]
    # a null info value is there all the same, and not a string
    resp = client.post(
        "/api/create",
        json={"model": "null-info-2", "from": "tiny-llama", "info": {"model_family": None}, "stream": False},
    )
    assert resp.status_code == 400
    assert resp.json() == {"error": 'info field "model_family" must be a string'}
