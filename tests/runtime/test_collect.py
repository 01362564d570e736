"""merge_* against what a real Ollama returns for `stream: false` (recordings) and synthetic chunks."""

from __future__ import annotations

from typing import Any

import pytest
from hiramu.ollama._collect import merge_chat, merge_generate, merge_progress

from runtime.support import recording

# Fields that differ between two runs of the same request.
VOLATILE = {"created_at", "total_duration", "load_duration", "prompt_eval_duration", "eval_duration"}


def stable(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key not in VOLATILE}


def test_generate_stream_merges_to_the_stream_false_answer() -> None:
    streamed = recording("generate", "stream-default")
    whole = recording("generate", "stream-false")
    # Same request apart from `stream` (seeded, temperature 0), so the same text.
    assert {k: v for k, v in streamed["request"]["json"].items() if k != "stream"} == {
        k: v for k, v in whole["request"]["json"].items() if k != "stream"
    }
    merged = merge_generate(streamed["response"]["ndjson"])
    assert stable(merged) == stable(whole["response"]["json"])
    assert list(merged) == list(whole["response"]["json"])  # same keys, same order


def test_chat_stream_merges_to_the_shape_of_a_stream_false_answer() -> None:
    lines = recording("chat", "stream-default")["response"]["ndjson"]
    merged = merge_chat(lines)
    assert merged["message"] == {"role": "assistant", "content": "S they e na"}
    assert merged["done"] is True and merged["done_reason"] == "length"
    assert merged["eval_count"] == lines[-1]["eval_count"]
    # The recorded stream:false chat answer has exactly these keys.
    assert set(merged) == set(recording("chat", "history")["response"]["json"])


def test_generate_logprobs_are_concatenated() -> None:
    lines = recording("generate", "logprobs-stream")["response"]["ndjson"]
    merged = merge_generate(lines)
    assert [entry["token"] for entry in merged["logprobs"]] == [" for", " gre"]
    assert merged["response"] == " for gre"
    assert merged["context"] == lines[-1]["context"]


@pytest.mark.parametrize(
    ("streamed", "whole"),
    [("from-existing-stream", "from-existing-stream-false")],
)
def test_create_progress_merges_to_the_last_line(streamed: str, whole: str) -> None:
    lines = recording("create", streamed)["response"]["ndjson"]
    assert merge_progress(lines) == recording("create", whole)["response"]["json"] == {"status": "success"}


def test_generate_thinking_and_tool_calls() -> None:
    call = {"function": {"index": 0, "name": "get_weather", "arguments": {"city": "Oslo"}}}
    lines: list[dict[str, Any]] = [
        {"model": "m", "created_at": "t1", "response": "", "thinking": "Let me ", "done": False},
        {"model": "m", "created_at": "t2", "response": "", "thinking": "think.", "done": False},
        {"model": "m", "created_at": "t3", "response": "Hi", "done": False, "logprobs": [{"token": "Hi"}]},
        {
            "model": "m",
            "created_at": "t4",
            "response": "",
            "done": True,
            "tool_calls": [call],
            "eval_count": 3,
        },
    ]
    merged = merge_generate(lines)
    assert merged == {
        "model": "m",
        "created_at": "t4",
        "response": "Hi",
        "thinking": "Let me think.",
        "done": True,
        "tool_calls": [call],
        "eval_count": 3,
        "logprobs": [{"token": "Hi"}],
    }
    assert lines[-1] == {
        "model": "m",
        "created_at": "t4",
        "response": "",
        "done": True,
        "tool_calls": [call],
        "eval_count": 3,
    }


def test_chat_thinking_tool_calls_and_empty_fields_left_out() -> None:
    first = {"id": "a", "function": {"index": 0, "name": "f", "arguments": {}}}
    second = {"id": "b", "function": {"index": 1, "name": "g", "arguments": {"x": 1}}}
    lines: list[dict[str, Any]] = [
        {"message": {"role": "assistant", "content": "", "thinking": "hmm"}, "done": False},
        {"message": {"role": "assistant", "content": "", "tool_calls": [first]}, "done": False},
        {"message": {"role": "assistant", "content": "ok", "tool_calls": [second]}, "done": False},
        {"message": {"role": "assistant", "content": ""}, "done": True, "done_reason": "stop"},
    ]
    merged = merge_chat(lines)
    assert merged["message"] == {
        "role": "assistant",
        "content": "ok",
        "thinking": "hmm",
        "tool_calls": [first, second],
    }
    assert merged["done_reason"] == "stop"
    assert "logprobs" not in merged
    plain = merge_chat([{"message": {"role": "assistant", "content": "x", "thinking": ""}, "done": True}])
    assert plain["message"] == {"role": "assistant", "content": "x"}


def test_single_line_answers_pass_through() -> None:
    load = recording("generate", "load-empty-prompt")["response"]["json"]
    assert merge_generate([load]) == load
    unload = recording("chat", "unload-keep-alive-0")["response"]["json"]
    assert merge_chat([unload]) == unload


def test_empty_stream_cannot_be_merged() -> None:
    for merge in (merge_generate, merge_chat, merge_progress):
        with pytest.raises(ValueError):
            merge([])
