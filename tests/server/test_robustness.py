"""Arbitrary request bodies never break the server: every answer is one Ollama can give."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hiramu.testing import ServerHandle

KEYS: dict[str, list[str]] = {
    "/api/generate": [
        "model",
        "prompt",
        "suffix",
        "system",
        "template",
        "context",
        "stream",
        "raw",
        "format",
        "keep_alive",
        "images",
        "options",
        "think",
        "truncate",
        "shift",
        "_debug_render_only",
        "logprobs",
        "top_logprobs",
    ],
    "/api/chat": [
        "model",
        "messages",
        "stream",
        "format",
        "keep_alive",
        "tools",
        "options",
        "think",
        "truncate",
        "shift",
        "_debug_render_only",
        "logprobs",
        "top_logprobs",
    ],
    "/api/embed": ["model", "input", "keep_alive", "truncate", "dimensions", "options"],
    "/api/embeddings": ["model", "prompt", "keep_alive", "options"],
    "/api/create": [
        "model",
        "from",
        "files",
        "quantize",
        "template",
        "license",
        "system",
        "parameters",
        "messages",
        "stream",
        "info",
        "adapters",
    ],
    "/api/show": ["model", "name", "verbose", "system", "options"],
    "/api/copy": ["source", "destination"],
    "/api/pull": ["model", "insecure", "stream"],
    "/api/push": ["model", "insecure", "stream"],
}
MODELS = st.sampled_from(
    [
        "tiny-llama",
        "tiny-llama-embed",
        "TINY-LLAMA:latest",
        "no-such",
        "",
        "a b",
        "x:cloud",
        "tiny-llama:cloud:local",
    ]
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)

OPTIONS = st.dictionaries(
    st.sampled_from(
        ["num_predict", "seed", "temperature", "stop", "num_ctx", "top_k", "use_mmap", "main_gpu", "unknown"]
    ),
    json_values | st.integers(-2, 40),
    max_size=3,
)


TEXT = st.text(max_size=40)
BOOL = st.booleans()
PLAUSIBLE: dict[str, st.SearchStrategy[Any]] = {
    "model": MODELS,
    "name": MODELS,
    "source": MODELS,
    "destination": MODELS,
    "from": MODELS,
    "prompt": TEXT,
    "suffix": TEXT,
    "system": TEXT,
    "template": st.sampled_from(
        [
            "{{ .Prompt }}",
            "{{ if .System }}{{ .System }}{{ end }}{{ .Prompt }}",
            "{{ range .Messages }}{{ .Content }}{{ end }}",
            "{{ .Bad",
        ]
    ),
    "context": st.lists(st.integers(0, 1100) | st.none(), max_size=5),
    "raw": BOOL,
    "truncate": BOOL,
    "shift": BOOL,
    "_debug_render_only": BOOL,
    "logprobs": BOOL,
    "verbose": BOOL,
    "insecure": BOOL,
    "stream": BOOL,
    "top_logprobs": st.integers(-2, 30),
    "dimensions": st.integers(-2, 300),
    "images": st.lists(st.sampled_from(["aGVsbG8=", "not base64", "", None]), max_size=2),
    "options": OPTIONS,
    "parameters": OPTIONS,
    "messages": st.lists(
        st.fixed_dictionaries(
            {"role": st.sampled_from(["user", "system", "tool", "X"]), "content": st.text(max_size=20)}
        )
        | st.none(),
        max_size=3,
    ),
    "tools": st.just(
        [
            {
                "type": "function",
                "function": {
                    "name": "f",
                    "parameters": {"type": "object", "properties": {"a": {"type": "string"}}},
                },
            }
        ]
    ),
    "keep_alive": st.sampled_from([0, -1, 1.5, "5m", "0", "-1s", "300", "1h30m"]),
    "format": st.sampled_from(
        [
            "json",
            "",
            {"type": "object", "properties": {"a": {"type": "integer"}}},
            {"type": "array", "items": {"type": "string"}},
            "xml",
        ]
    ),
    "think": st.sampled_from([True, False, "high", "max", "none"]),
    "input": st.lists(st.text(max_size=30) | st.none(), max_size=3) | TEXT,
    "files": st.dictionaries(
        st.sampled_from(["m.gguf", "../x.gguf", "a/b", ""]),
        st.sampled_from(
            [
                "",
                None,
                "sha256:abc",
                "sha256:" + "c01ec9de3c408769fa1d0255bf5a2680ea2691183d5015a0bac43c772ad0f2b7",
            ]
        ),
        max_size=2,
    ),
    "adapters": st.dictionaries(
        st.sampled_from(["a.gguf"]), st.sampled_from(["", None, "sha256:abc"]), max_size=1
    ),
    "quantize": st.sampled_from(["q8_0", "Q4_K_M", "bf16", "q9"]),
    "license": TEXT | st.lists(TEXT | st.none(), max_size=2),
    "info": st.dictionaries(
        st.sampled_from(["capabilities", "context_length", "model_family"]), json_values, max_size=2
    ),
}


def body_for(path: str) -> st.SearchStrategy[dict[str, Any]]:
    """Bodies built from the route's own keys, each with a plausible value or any JSON value."""
    keys = KEYS[path]
    return st.lists(st.sampled_from(keys), max_size=6, unique=True).flatmap(
        lambda chosen: st.fixed_dictionaries({k: PLAUSIBLE.get(k, json_values) | json_values for k in chosen})
    )


# wording of Python's own exceptions, which no Ollama answer contains
PYTHON_ERROR = re.compile(
    r"NoneType|has no attribute|object is not (?:subscriptable|iterable|callable)|"
    r"bytes-like object|unsupported operand|positional argument|unhashable type"
)


def check(resp: httpx.Response) -> None:
    ctype = resp.headers.get("content-type", "")
    assert resp.status_code in {200, 201, 400, 401, 403, 404, 500, 501, 502, 503}, resp.text
    assert not PYTHON_ERROR.search(resp.text), resp.text
    if ctype == "application/x-ndjson":
        assert resp.status_code == 200
        for line in resp.text.splitlines():
            assert isinstance(json.loads(line), dict)
    elif ctype.startswith("application/json"):
        value = json.loads(resp.text)
        if resp.status_code >= 400:
            assert set(value) == {"error"} and isinstance(value["error"], str) and value["error"]
    else:
        assert resp.status_code == 200 and resp.content == b"", (ctype, resp.text)


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_body_gets_an_ollama_answer(ollama_server: ServerHandle, data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(sorted(KEYS)))
    body = data.draw(body_for(path))
    if path in ("/api/generate", "/api/chat"):
        # keep generations short and away from the model defaults' 32 tokens
        body.setdefault("options", {"num_predict": 3})
    with httpx.Client(base_url=ollama_server.url, timeout=30) as c:
        check(c.post(path, json=body))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=40) | st.text(max_size=40).map(str.encode))
def test_any_bytes_get_an_ollama_answer(ollama_server: ServerHandle, raw: bytes) -> None:
    with httpx.Client(base_url=ollama_server.url, timeout=30) as c:
        for path in ("/api/generate", "/api/show", "/api/create"):
            check(c.post(path, content=raw))
