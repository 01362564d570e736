"""Generation, chat and embeddings: determinism and the options the recordings cannot pin down."""

from __future__ import annotations

import base64
import datetime as dt
import json
import math
import re
import time
from typing import Any

import httpx
import jsonschema
import pytest

from .support import TOOLS, lines, pull

FIXED = {"seed": 42, "temperature": 0}


def generate(client: httpx.Client, **body: Any) -> dict[str, Any]:
    resp = client.post("/api/generate", json={"model": "tiny-llama", "stream": False, **body})
    assert resp.status_code == 200, resp.text
    out = resp.json()
    assert isinstance(out, dict)
    return out


def chat(client: httpx.Client, **body: Any) -> dict[str, Any]:
    resp = client.post("/api/chat", json={"stream": False, **body})
    assert resp.status_code == 200, resp.text
    out = resp.json()
    assert isinstance(out, dict)
    return out


def test_same_request_same_answer(client: httpx.Client) -> None:
    a = generate(client, prompt="Why is the sky blue?", options={**FIXED, "num_predict": 12})
    b = generate(client, prompt="Why is the sky blue?", options={**FIXED, "num_predict": 12})
    assert a["response"] and a["response"] == b["response"]
    assert a["context"] == b["context"]
    other = generate(
        client, prompt="Why is the sky blue?", options={"seed": 7, "temperature": 0, "num_predict": 12}
    )
    assert other["response"] != a["response"]
    streamed = lines(
        client.post(
            "/api/generate",
            json={
                "model": "tiny-llama",
                "prompt": "Why is the sky blue?",
                "options": {**FIXED, "num_predict": 12},
            },
        )
    )
    assert "".join(x["response"] for x in streamed) == a["response"]
    assert streamed[-1]["context"] == a["context"]


def test_num_predict_and_model_defaults(client: httpx.Client) -> None:
    for n in (1, 5, 17):
        out = generate(client, prompt="count", options={"num_predict": n})
        assert out["eval_count"] == n
        assert out["done_reason"] == "length"
    # tiny-llama carries num_predict 32 in its parameters
    default = generate(client, prompt="count")
    assert default["eval_count"] == 32
    assert default["done_reason"] == "length"
    chunks = lines(
        client.post(
            "/api/generate", json={"model": "tiny-llama", "prompt": "count", "options": {"num_predict": 3}}
        )
    )
    assert [c["done"] for c in chunks] == [False, False, False, True]


def test_stop_sequences_cut_the_answer(client: httpx.Client) -> None:
    full = generate(client, prompt="a story", options={**FIXED, "num_predict": 30})["response"]
    words = [w for w in full.split(" ") if len(w) >= 3]
    stop = words[len(words) // 2]
    cut = generate(client, prompt="a story", options={**FIXED, "num_predict": 30, "stop": [stop]})
    assert cut["done_reason"] == "stop"
    assert stop not in cut["response"]
    assert full.startswith(cut["response"])
    assert cut["response"] == full[: full.index(stop)]


SCHEMAS: list[dict[str, Any]] = [
    {"type": "object", "properties": {"age": {"type": "integer"}}, "required": ["age"]},
    {
        "type": "object",
        "properties": {
            "name": {"type": "string", "minLength": 3, "maxLength": 12},
            "score": {"type": "number", "minimum": 0.5, "maximum": 1.5},
            "tags": {
                "type": "array",
                "items": {"type": "string", "enum": ["a", "b", "c"]},
                "minItems": 2,
                "maxItems": 4,
            },
            "kind": {"enum": ["x", "y"]},
            "address": {
                "type": "object",
                "properties": {
                    "city": {"type": "string"},
                    "zip": {"type": "integer", "minimum": 10000, "maximum": 99999},
                },
                "required": ["city", "zip"],
            },
            "maybe": {"anyOf": [{"type": "null"}, {"type": "boolean"}]},
            "when": {"type": "string", "format": "date-time"},
        },
        "required": ["name", "score", "tags", "kind", "address", "maybe", "when"],
    },
    {
        "type": "array",
        "items": {"type": "object", "properties": {"id": {"type": "integer"}}, "required": ["id"]},
    },
]


@pytest.mark.parametrize("schema", SCHEMAS)
def test_format_schema_output_validates(client: httpx.Client, schema: dict[str, Any]) -> None:
    out = generate(client, prompt="Describe", format=schema, options={"num_predict": -1})
    jsonschema.validate(json.loads(out["response"]), schema)
    answer = chat(
        client,
        model="tiny-llama",
        messages=[{"role": "user", "content": "x"}],
        format=schema,
        options={"num_predict": -1},
    )
    jsonschema.validate(json.loads(answer["message"]["content"]), schema)


def test_format_json_and_truncation(client: httpx.Client) -> None:
    out = generate(client, prompt="Describe", format="json", options={"num_predict": -1})
    assert isinstance(json.loads(out["response"]), dict)
    # num_predict counts the pieces of the JSON too, as with a real model
    short = generate(client, prompt="Describe", format="json", options={"num_predict": 2})
    assert short["done_reason"] == "length"
    assert short["eval_count"] == 2


def test_tool_calls(client: httpx.Client) -> None:
    pull(client, "tiny-llama-think")
    first = chat(
        client,
        model="tiny-llama-think",
        messages=[{"role": "user", "content": "Weather in Paris?"}],
        tools=TOOLS,
    )
    calls = first["message"]["tool_calls"]
    assert len(calls) == 1
    assert re.fullmatch(r"call_[a-z0-9]{8}", calls[0]["id"])
    assert calls[0]["function"]["index"] == 0
    assert calls[0]["function"]["name"] == "get_weather"
    jsonschema.validate(calls[0]["function"]["arguments"], TOOLS[0]["function"]["parameters"])
    assert first["message"]["content"] == ""
    streamed = lines(
        client.post(
            "/api/chat",
            json={
                "model": "tiny-llama-think",
                "messages": [{"role": "user", "content": "Weather in Paris?"}],
                "tools": TOOLS,
            },
        )
    )
    with_calls = [x for x in streamed if x["message"].get("tool_calls")]
    assert len(with_calls) == 1 and with_calls[0]["message"]["content"] == ""
    assert streamed[-1]["done"] is True

    history = [
        {"role": "user", "content": "Weather in Paris?"},
        {"role": "assistant", "content": "", "tool_calls": calls},
        {"role": "tool", "content": "22 degrees", "tool_name": "get_weather", "tool_call_id": calls[0]["id"]},
    ]
    answer = chat(client, model="tiny-llama-think", messages=history, tools=TOOLS, think=False)
    assert "tool_calls" not in answer["message"]
    assert answer["message"]["content"]


def test_thinking(client: httpx.Client) -> None:
    pull(client, "tiny-llama-think")
    msgs = [{"role": "user", "content": "Think first"}]
    default = chat(client, model="tiny-llama-think", messages=msgs)  # thinking models think by default
    assert default["message"]["thinking"]
    assert default["message"]["content"]
    off = chat(client, model="tiny-llama-think", messages=msgs, think=False)
    assert "thinking" not in off["message"]
    streamed = lines(
        client.post("/api/chat", json={"model": "tiny-llama-think", "messages": msgs, "think": "high"})
    )
    thinking = [x for x in streamed if x["message"].get("thinking")]
    assert thinking and all(x["message"]["content"] == "" for x in thinking)
    gen = generate(client, model="tiny-llama-think", prompt="Think", think=True)
    assert gen["thinking"]
    refused = client.post("/api/generate", json={"model": "tiny-llama", "prompt": "x", "think": "low"})
    assert refused.status_code == 400
    assert refused.json() == {"error": '"tiny-llama" does not support thinking'}


def test_logprobs(client: httpx.Client) -> None:
    out = generate(client, prompt="hi", logprobs=True, top_logprobs=3, options={**FIXED, "num_predict": 5})
    assert len(out["logprobs"]) == out["eval_count"] == 5
    assert "".join(lp["token"] for lp in out["logprobs"]) == out["response"]
    for lp in out["logprobs"]:
        assert lp["logprob"] <= 0
        assert lp["bytes"] == list(lp["token"].encode())
        assert len(lp["top_logprobs"]) == 3
        values = [t["logprob"] for t in lp["top_logprobs"]]
        assert values == sorted(values, reverse=True)
        assert lp["token"] in [t["token"] for t in lp["top_logprobs"]]
    plain = generate(client, prompt="hi", logprobs=True, options={**FIXED, "num_predict": 2})
    assert all("top_logprobs" not in lp for lp in plain["logprobs"])


def test_context_raw_suffix_and_debug(client: httpx.Client) -> None:
    first = generate(client, prompt="Why?", options={**FIXED, "num_predict": 4})
    follow = generate(
        client, prompt="And then?", context=first["context"], options={**FIXED, "num_predict": 4}
    )
    assert follow["prompt_eval_count"] > len(first["context"])
    raw = generate(client, prompt="<|im_start|>user\nhi<|im_end|>\n", raw=True, options={"num_predict": 2})
    assert "context" not in raw
    suffix = client.post("/api/generate", json={"model": "tiny-llama", "prompt": "def f(", "suffix": "x"})
    assert suffix.json() == {"error": "registry.ollama.ai/library/tiny-llama:latest does not support insert"}
    debug = client.post(
        "/api/generate",
        json={"model": "tiny-llama", "prompt": "hi", "system": "S", "_debug_render_only": True},
    )
    assert (
        debug.json()["_debug_info"]["rendered_template"]
        == "<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n"
    )
    assert b"\\u003c|im_start|\\u003e" in debug.content  # Go escapes < and > in JSON


def test_go_template_from_create(client: httpx.Client) -> None:
    template = "{{ if .System }}SYS: {{ .System }}\n{{ end }}{{ range .Messages }}{{ .Role }}: {{ .Content }}\n{{ end }}BOT:"
    assert (
        client.post(
            "/api/create",
            json={
                "model": "templated",
                "from": "tiny-llama",
                "template": template,
                "system": "terse",
                "stream": False,
            },
        ).status_code
        == 200
    )
    debug = client.post(
        "/api/chat",
        json={
            "model": "templated",
            "messages": [{"role": "user", "content": "hi"}],
            "_debug_render_only": True,
        },
    )
    assert debug.json()["_debug_info"]["rendered_template"] == "SYS: terse\nsystem: terse\nuser: hi\nBOT:"
    legacy = client.post(
        "/api/generate",
        json={
            "model": "tiny-llama",
            "prompt": "hi",
            "system": "S",
            "template": "[{{ .System }}] {{ .Prompt }} =>",
            "_debug_render_only": True,
        },
    )
    assert legacy.json()["_debug_info"]["rendered_template"] == "[S] hi =>"


def test_tools_through_a_go_template(client: httpx.Client) -> None:
    template = (
        "{{ if .Tools }}Tools:{{ range .Tools }} {{ .Function.Name }}={{ json .Function.Parameters }}{{ end }}\n{{ end }}"
        "{{ range .Messages }}{{ .Role }}: {{ .Content }}{{ range .ToolCalls }}{{ .Function.Name }}{{ json .Function.Arguments }}{{ end }}\n{{ end }}"
    )
    made = client.post(
        "/api/create",
        json={"model": "tool-user", "from": "tiny-llama", "template": template, "stream": False},
    )
    assert made.status_code == 200
    assert client.post("/api/show", json={"model": "tool-user"}).json()["capabilities"] == [
        "completion",
        "tools",
    ]
    history = [
        {"role": "user", "content": "hi"},
        {
            "role": "assistant",
            "content": "",
            "tool_calls": [{"function": {"name": "get_weather", "arguments": {"city": "Oslo"}}}],
        },
    ]
    debug = client.post(
        "/api/chat",
        json={"model": "tool-user", "messages": history, "tools": TOOLS, "_debug_render_only": True},
    ).json()
    params = json.dumps(TOOLS[0]["function"]["parameters"], separators=(",", ":"))
    assert (
        debug["_debug_info"]["rendered_template"]
        == f'Tools: get_weather={params}\nuser: hi\nassistant: get_weather{{"city":"Oslo"}}\n'
    )
    answer = chat(client, model="tool-user", messages=[{"role": "user", "content": "Weather?"}], tools=TOOLS)
    assert answer["message"]["tool_calls"][0]["function"]["name"] == "get_weather"


def test_suffix_on_an_insert_capable_model(client: httpx.Client) -> None:
    template = "{{ if .Suffix }}<PRE> {{ .Prompt }} <SUF>{{ .Suffix }} <MID>{{ else }}{{ .Prompt }}{{ end }}"
    made = client.post(
        "/api/create", json={"model": "coder", "from": "tiny-llama", "template": template, "stream": False}
    )
    assert made.status_code == 200
    assert client.post("/api/show", json={"model": "coder"}).json()["capabilities"] == [
        "completion",
        "insert",
    ]
    debug = client.post(
        "/api/generate",
        json={"model": "coder", "prompt": "def f(", "suffix": "return x", "_debug_render_only": True},
    )
    assert debug.json()["_debug_info"]["rendered_template"] == "<PRE> def f( <SUF>return x <MID>"
    out = generate(client, model="coder", prompt="def f(", suffix="return x", options={"num_predict": 3})
    assert out["eval_count"] == 3


def test_images(client: httpx.Client) -> None:
    png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
    assert base64.b64decode(png)
    refused = client.post(
        "/api/generate", json={"model": "tiny-llama", "prompt": "what?", "images": [png], "stream": False}
    )
    assert refused.status_code == 400
    assert "Multimodal data provided" in refused.json()["error"]
    bad = client.post("/api/generate", json={"model": "tiny-llama", "prompt": "x", "images": ["abc!"]})
    assert bad.json() == {
        "error": "json: cannot unmarshal string into GenerateRequest.images.0 of type api.ImageData: illegal base64 data at input byte 3"
    }


def norm(v: list[float]) -> float:
    return math.sqrt(sum(x * x for x in v))


def test_embeddings(client: httpx.Client) -> None:
    one = client.post(
        "/api/embed", json={"model": "tiny-llama-embed", "input": ["first", "second", "first"]}
    ).json()
    vecs = one["embeddings"]
    assert [len(v) for v in vecs] == [256, 256, 256]
    assert all(abs(norm(v) - 1) < 1e-5 for v in vecs)
    assert vecs[0] == vecs[2] and vecs[0] != vecs[1]
    assert one["prompt_eval_count"] > 0
    near, far = client.post(
        "/api/embed", json={"model": "tiny-llama-embed", "input": ["The sky is blue!", "Ninety seven"]}
    ).json()["embeddings"]
    sky = client.post("/api/embed", json={"model": "tiny-llama-embed", "input": "The sky is blue."}).json()[
        "embeddings"
    ][0]

    def cosine(a: list[float], b: list[float]) -> float:
        return sum(x * y for x, y in zip(a, b, strict=True))

    assert cosine(sky, near) > cosine(sky, far)  # shared words pull vectors together
    cut = client.post(
        "/api/embed", json={"model": "tiny-llama-embed", "input": "first", "dimensions": 16}
    ).json()["embeddings"][0]
    assert len(cut) == 16 and abs(norm(cut) - 1) < 1e-5
    long_text = "the quick brown fox " * 40
    refused = client.post(
        "/api/embed",
        json={"model": "tiny-llama-embed", "input": long_text, "truncate": False, "options": {"num_ctx": 16}},
    )
    assert refused.status_code == 400
    assert refused.json() == {"error": "the input length exceeds the context length"}
    truncated = client.post(
        "/api/embed", json={"model": "tiny-llama-embed", "input": long_text, "options": {"num_ctx": 16}}
    ).json()
    assert truncated["prompt_eval_count"] <= 16
    legacy = client.post("/api/embeddings", json={"model": "tiny-llama-embed", "prompt": "first"}).json()[
        "embedding"
    ]
    assert len(legacy) == 256
    assert abs(norm(legacy) - 1) < 1e-6  # /api/embeddings is normalised too (Ollama 0.33)
    # the same float32 values, printed as float64 (Go's []float64 there, []float32 in /api/embed)
    assert all(math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9) for a, b in zip(vecs[0], legacy, strict=True))


def expires(model: dict[str, Any]) -> dt.datetime:
    stamp = re.sub(r"(\.\d{6})\d*", r"\1", model["expires_at"]).replace("Z", "+00:00")
    return dt.datetime.fromisoformat(stamp)


def test_keep_alive_and_ps(client: httpx.Client) -> None:
    assert client.get("/api/ps").json() == {"models": []}
    load = client.post("/api/generate", json={"model": "tiny-llama"}).json()
    assert load["done_reason"] == "load"
    ps = client.get("/api/ps").json()["models"]
    assert [m["name"] for m in ps] == ["tiny-llama:latest"]
    assert re.search(r"(Z|[+-]\d\d:\d\d)$", ps[0]["expires_at"])
    remaining = (expires(ps[0]) - dt.datetime.now(dt.UTC)).total_seconds()
    assert 200 < remaining <= 300  # default keep_alive 5m

    client.post("/api/embed", json={"model": "tiny-llama-embed", "keep_alive": -1})
    forever = {m["name"]: m for m in client.get("/api/ps").json()["models"]}
    assert expires(forever["tiny-llama-embed:latest"]).year > 2300
    assert next(iter(forever)) == "tiny-llama-embed:latest"  # longest remaining first

    unload = client.post("/api/chat", json={"model": "tiny-llama", "keep_alive": 0}).json()
    assert unload["done_reason"] == "unload"
    assert [m["name"] for m in client.get("/api/ps").json()["models"]] == ["tiny-llama-embed:latest"]

    client.post(
        "/api/generate",
        json={"model": "tiny-llama", "prompt": "hi", "keep_alive": "300ms", "options": {"num_predict": 1}},
    )
    assert "tiny-llama:latest" in [m["name"] for m in client.get("/api/ps").json()["models"]]
    time.sleep(0.6)
    assert [m["name"] for m in client.get("/api/ps").json()["models"]] == ["tiny-llama-embed:latest"]

    client.post(
        "/api/generate",
        json={"model": "tiny-llama", "prompt": "hi", "keep_alive": 0, "options": {"num_predict": 1}},
    )
    assert "tiny-llama:latest" not in [m["name"] for m in client.get("/api/ps").json()["models"]]
    bad = client.post("/api/generate", json={"model": "tiny-llama", "keep_alive": "300"})
    assert bad.json() == {"error": 'time: missing unit in duration "300"'}
