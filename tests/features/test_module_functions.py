"""Module-level functions (`from hiramu import ollama; ollama.chat(...)`) on a default client built on first use."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from hiramu.testing import ServerHandle


def _run(code: str, env: dict[str, str]) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    loaded: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return loaded


def test_module_functions_use_a_default_client_built_on_first_call(ollama_server: ServerHandle) -> None:
    env = {key: value for key, value in os.environ.items() if key != "OLLAMA_HOST"}
    code = f"""
import json, os
from hiramu import ollama
# Importing read nothing: the host set now is the one the default client uses.
os.environ["OLLAMA_HOST"] = {ollama_server.host!r}
names = [model.name for model in ollama.list().models]
answer = ollama.generate("tiny-llama", prompt="Hi", options={{"num_predict": 3}})
chunks = [chunk.done for chunk in ollama.chat_stream("tiny-llama", messages=[{{"role": "user", "content": "Hi"}}], options={{"num_predict": 2}})]
same = ollama.default_client() is ollama.default_client()
print(json.dumps({{"names": names, "eval_count": answer["eval_count"], "chunks": chunks, "same": same,
                   "url": ollama.default_client().base_url}}))
"""
    found = _run(code, env)
    assert "tiny-llama:latest" in found["names"]  # type: ignore[operator]
    assert found["eval_count"] == 3
    assert found["chunks"] == [False, False, True]
    assert found["same"] is True
    assert found["url"] == ollama_server.url


def test_module_exposes_models_and_refuses_unknown_names() -> None:
    code = """
import json
from hiramu import ollama
try:
    ollama.no_such_thing
    missing = False
except AttributeError:
    missing = True
print(json.dumps({"model": ollama.ChatResponse.__name__, "missing": missing}))
"""
    found = _run(code, dict(os.environ))
    assert found == {"model": "ChatResponse", "missing": True}


def test_dict_style_access_like_the_official_client(ollama_server: ServerHandle) -> None:
    from hiramu.ollama import Client

    with Client(ollama_server.url) as client:
        answer = client.chat(
            "tiny-llama", messages=[{"role": "user", "content": "Hi"}], options={"num_predict": 2}
        )
    assert answer["message"]["content"] == answer.message.content
    assert answer["message"]["role"] == "assistant"
    assert answer.get("thinking") is None and "thinking" not in answer
    assert "done_reason" in answer and answer["done_reason"] == answer.done_reason
    assert answer.get("no such key", "default") == "default"
    assert set(answer.keys()) >= {"model", "created_at", "message", "done"}
