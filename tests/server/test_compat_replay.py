"""Replay conformance of the compatible routes: every recorded /v1 request, answered alike by the bundled server.

Non-streamed answers are compared as ``replay.py`` compares the native ones (status, content type,
key structure, error messages, text). Event streams are compared event by event: the same status and
content type, the same sequence of event names, the same ``[DONE]`` sentinel, and for every event the
same key structure of its data (generated text, ids and timestamps aside). Error bodies of both
flavours are compared on their message too.
"""

from __future__ import annotations

import hashlib
import io
import json
import wave
from typing import Any

import httpx
import pytest
from hiramu.ollama._sse import SSEDecoder
from paths import COMPAT_RECORDINGS_DIR

from hiramu.testing import ServerHandle

from .replay import Outcome, blank, compare, keys_diff, load_case, load_index

INDEX = load_index(COMPAT_RECORDINGS_DIR) if (COMPAT_RECORDINGS_DIR / "index.json").is_file() else []
KEYS = [f"{e['operation']}/{e['case']}" for e in INDEX]
BOUNDARY = "rec-ollama-boundary-7f3a9c"

# Where the real model's text makes the bodies differ: key -> (why, the JSON paths not compared).
EXCEPTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "anthropic_messages/stop-sequences-hit": (
        "the recorded model's first piece was 'S'; the bundled engine's answer starts with the stop "
        "sequence ' ', so its content is empty and Go writes the empty block list as null",
        ("$.content",),
    ),
}


def silence_wav() -> bytes:
    """The recorded upload: 50 ms of 16-bit mono 8 kHz silence written by ``wave`` (844 bytes)."""
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\0" * 800)
    return out.getvalue()


def file_bytes(meta: dict[str, Any]) -> bytes:
    for candidate in (b"", silence_wav()):
        if len(candidate) == meta["size"] and hashlib.sha256(candidate).hexdigest() == meta["sha256"]:
            return candidate
    raise AssertionError(f"cannot rebuild the recorded upload {meta}")


def multipart_body(spec: dict[str, Any]) -> bytes:
    parts: list[bytes] = []
    for name, value in spec.get("fields", {}).items():
        parts.append(
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        )
    for name, meta in spec.get("files", {}).items():
        head = (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"; filename="{meta["filename"]}"\r\n'
            f"Content-Type: {meta['content_type']}\r\n\r\n"
        )
        parts.append(head.encode() + file_bytes(meta) + b"\r\n")
    return b"".join(parts) + f"--{BOUNDARY}--\r\n".encode()


def send(client: httpx.Client, req: dict[str, Any]) -> Outcome:
    headers = dict(req.get("headers") or {})
    body: bytes | None = None
    if "json" in req:
        body = json.dumps(req["json"]).encode()
    elif "body_text" in req:
        body = str(req["body_text"]).encode()
    elif "multipart" in req:
        body = multipart_body(req["multipart"])
    resp = client.request(req["method"], req["path"], content=body, headers=headers)
    return Outcome(resp.status_code, resp.headers, resp.content)


def events_of(body: bytes) -> list[dict[str, Any]]:
    """The recordings' form of a stream: ``{"event": name or None, "data": JSON or raw text}``."""
    decoder = SSEDecoder()
    out = []
    for event in decoder.feed(body):
        try:
            data: Any = json.loads(event.data)
        except ValueError:
            data = event.data
        out.append({"event": None if event.event == "message" else event.event, "data": data})
    assert not decoder.pending, f"the stream ends inside an event: {body[-200:]!r}"
    return out


def compare_sse(recorded: dict[str, Any], got: Outcome) -> list[str]:
    rec = recorded["response"]
    problems: list[str] = []
    if got.status != rec["status"]:
        return [f"status {got.status}, recorded {rec['status']} ({got.body[:300]!r})"]
    want_type = rec["headers"].get("content-type")
    if got.headers.get("content-type") != want_type:
        problems.append(f"content-type {got.headers.get('content-type')!r}, recorded {want_type!r}")
    for name in ("cache-control", "connection"):
        if name in rec["headers"] and got.headers.get(name) != rec["headers"][name]:
            problems.append(f"header {name} {got.headers.get(name)!r}, recorded {rec['headers'][name]!r}")
    expected = rec["sse"]
    events = events_of(got.body)
    names = [e["event"] for e in events]
    want_names = [e["event"] for e in expected]
    # The number of text deltas follows the generated text; the order of kinds must not differ.
    if _collapse(names) != _collapse(want_names):
        problems.append(f"events {names}, recorded {want_names}")
    raw = [e["data"] for e in events if isinstance(e["data"], str)]
    want_raw = [e["data"] for e in expected if isinstance(e["data"], str)]
    if raw != want_raw:
        problems.append(f"raw data events {raw}, recorded {want_raw}")
    shapes: dict[Any, Any] = {}
    for e in expected:
        if not isinstance(e["data"], str):
            shapes.setdefault((e["event"], _role(e["data"])), e["data"])
    for i, e in enumerate(events):
        if isinstance(e["data"], str):
            continue
        key = (e["event"], _role(e["data"]))
        if key not in shapes:
            problems.append(
                f"event {i} ({e['event']}) has no recorded counterpart: {json.dumps(e['data'])[:200]}"
            )
            continue
        problems += [f"event {i} ({e['event']}): {d}" for d in keys_diff(shapes[key], e["data"])]
    if expected and events and isinstance(expected[0]["data"], dict):
        problems += [f"first event: {d}" for d in keys_diff(expected[0]["data"], events[0]["data"])]
    return problems


def _collapse(names: list[str | None]) -> list[str | None]:
    out: list[str | None] = []
    for name in names:
        if (
            not out
            or out[-1] != name
            or name not in ("response.output_text.delta", "content_block_delta", None)
        ):
            out.append(name)
    return out


def _role(data: Any) -> str:
    """Which kind of chunk a data-only event is: the first, a content one, the finish or the usage chunk."""
    if not isinstance(data, dict) or "choices" not in data:
        return ""
    choices = data["choices"]
    if not choices:
        return "usage"
    choice = choices[0]
    if "delta" in choice:
        delta = choice["delta"]
        return "role" if "role" in delta else ("finish" if not delta else "content")
    return "final" if choice.get("finish_reason") else "text"


def compare_errors(recorded: dict[str, Any], got: Outcome) -> list[str]:
    """Both flavours' error messages (``replay.compare`` checks the native ``{"error": "..."}`` one)."""
    want = recorded["response"].get("json")
    if not isinstance(want, dict) or not isinstance(want.get("error"), dict):
        return []
    try:
        body = json.loads(got.body)
    except ValueError:
        return []
    have = body.get("error") if isinstance(body, dict) else None
    if not isinstance(have, dict):
        return []
    problems = []
    for key in ("message", "type"):
        if blank(str(want["error"].get(key))) != blank(str(have.get(key))):
            problems.append(f"error {key} {have.get(key)!r}, recorded {want['error'].get(key)!r}")
    return problems


@pytest.fixture(scope="module")
def replayed(ollama_server: ServerHandle) -> dict[str, tuple[dict[str, Any], Outcome]]:
    ollama_server.reset()
    results: dict[str, tuple[dict[str, Any], Outcome]] = {}
    with httpx.Client(base_url=ollama_server.url, timeout=30) as client:
        for entry, key in zip(INDEX, KEYS, strict=True):
            case = load_case(COMPAT_RECORDINGS_DIR, entry)
            results[key] = (case, send(client, case["request"]))
    ollama_server.reset()
    return results


def test_compat_recordings_are_present() -> None:
    # Without recordings the parametrized test below would check nothing.
    assert len(INDEX) == 67, f"expected the 67 recorded compat cases in {COMPAT_RECORDINGS_DIR}"
    assert len(set(KEYS)) == len(KEYS)
    assert {e["operation"] for e in INDEX} == {
        "openai_chat_completions",
        "openai_completions",
        "openai_embeddings",
        "openai_list_models",
        "openai_retrieve_model",
        "openai_responses",
        "openai_audio_transcriptions",
        "anthropic_messages",
    }


def test_exceptions_name_real_cases() -> None:
    assert set(EXCEPTIONS) <= set(KEYS)


@pytest.mark.parametrize("key", KEYS)
def test_compat_replay(key: str, replayed: dict[str, tuple[dict[str, Any], Outcome]]) -> None:
    case, outcome = replayed[key]
    if "sse" in case["response"]:
        problems = compare_sse(case, outcome)
    else:
        problems = compare(key, case, outcome) + compare_errors(case, outcome)
    _, relaxed = EXCEPTIONS.get(key, ("", ()))
    problems = [p for p in problems if not p.startswith(relaxed)] if relaxed else problems
    assert not problems, f"{key} ({case.get('description')}): " + "; ".join(problems)
