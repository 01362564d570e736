"""Replaying the recorded Ollama traffic against a server and comparing what comes back.

"Same shape" means: the same status; the same content type; for JSON, the same keys at every level
(lists compared by the set of their elements' shapes, scalars by JSON type); for NDJSON, the shapes of
the first line, the last line and any error line, plus the set of line shapes; for text, the same
text; for an empty body, an empty body. Error messages are compared after the parts that depend on
the machine or the moment (timestamps, resolver address, models folder, digests) are blanked out.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

# Requests the recorder sent without recording them, replayed before the named case.
SETUP: dict[str, list[dict[str, Any]]] = {
    # "unloading the chat model at the end" (recordings README)
    "ps/after-unload": [
        {"method": "POST", "path": "/api/generate", "json": {"model": "tiny-llama", "keep_alive": 0}}
    ],
}

# Where the real models' content makes the bodies differ; each entry says why the check is relaxed.
EXCEPTIONS: dict[str, str] = {
    "generate/num-ctx-small-truncate-false": (
        "the token counts inside the runner's message depend on the real tokenizer and context rounding"
    ),
}

# Cases whose status depended on the recorded server's history rather than on the request.
STATUS_ALTERNATIVES: dict[str, dict[int, str]] = {
    "create_blob/empty-body": {
        201: "the recorded server already held the zero-byte blob (200); a fresh server creates it (201)"
    },
}


@dataclass
class Outcome:
    status: int
    headers: httpx.Headers
    body: bytes


def load_index(recordings: Path) -> list[dict[str, Any]]:
    index = json.loads((recordings / "index.json").read_text())
    assert isinstance(index, list)
    return index


def load_case(recordings: Path, entry: dict[str, Any]) -> dict[str, Any]:
    data = json.loads((recordings / entry["operation"] / f"{entry['case']}.json").read_text())
    assert isinstance(data, dict)
    return data


def request_body(req: dict[str, Any], models_dir: Path) -> bytes | None:
    if "json" in req:
        return json.dumps(req["json"]).encode()
    if "body_text" in req:
        return str(req["body_text"]).encode()
    if "body_base64" in req:
        return base64.b64decode(str(req["body_base64"]))
    if "body_file" in req:
        return (models_dir / str(req["body_file"])).read_bytes()
    return None


def send(client: httpx.Client, req: dict[str, Any], models_dir: Path) -> Outcome:
    headers = dict(req.get("headers") or {})
    body = request_body(req, models_dir)
    if "json" in req and not any(k.lower() == "content-type" for k in headers):
        headers["content-type"] = "application/json"
    resp = client.request(req["method"], req["path"], content=body, headers=headers)
    return Outcome(resp.status_code, resp.headers, resp.content)


def shape(value: Any) -> Any:
    if isinstance(value, dict):
        return ("object", tuple(sorted((k, shape(v)) for k, v in value.items())))
    if isinstance(value, list):
        return ("array", tuple(sorted({repr(shape(v)) for v in value})))
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "null"


def keys_diff(expected: Any, actual: Any, path: str = "$") -> list[str]:
    """Human-readable differences between the key structures of two JSON values."""
    out: list[str] = []
    if isinstance(expected, dict) and isinstance(actual, dict):
        for k in sorted(set(expected) | set(actual)):
            if k not in actual:
                out.append(f"{path}.{k} missing")
            elif k not in expected:
                out.append(f"{path}.{k} unexpected")
            else:
                out += keys_diff(expected[k], actual[k], f"{path}.{k}")
    elif isinstance(expected, list) and isinstance(actual, list):
        if bool(expected) != bool(actual):
            out.append(f"{path}: {len(expected)} items recorded, {len(actual)} answered")
        elif expected and {repr(shape(v)) for v in expected} != {repr(shape(v)) for v in actual}:
            for i, (e, a) in enumerate(zip(expected, actual, strict=False)):
                out += keys_diff(e, a, f"{path}[{i}]")
            if not out:
                out.append(f"{path}: element shapes differ")
    elif shape(expected) != shape(actual):
        out.append(f"{path}: {shape(expected)} recorded, {shape(actual)} answered")
    return out


_BLANKS = [
    (re.compile(r"ts=\d+"), "ts=<ts>"),
    (re.compile(r"on (<dns-server>|[0-9a-f.:\[\]]+:53)"), "on <dns>"),
    (re.compile(r"sha256[:-][0-9a-f]{64}"), "<digest>"),
    (re.compile(r"(open )\S*?/(blobs|manifests)/"), r"\1<models>/\2/"),
]


def blank(message: str) -> str:
    for pattern, repl in _BLANKS:
        message = pattern.sub(repl, message)
    return message


def status_texts(lines: list[Any]) -> list[str]:
    return [blank(str(line.get("status"))) for line in lines if isinstance(line, dict) and "status" in line]


def compare(key: str, recorded: dict[str, Any], got: Outcome) -> list[str]:
    """All differences between a recorded response and the answer; empty when they match."""
    rec = recorded["response"]
    problems: list[str] = []
    if got.status != rec["status"] and got.status not in STATUS_ALTERNATIVES.get(key, {}):
        problems.append(f"status {got.status}, recorded {rec['status']} ({got.body[:200]!r})")
        return problems
    rec_headers = rec.get("headers", {})
    if got.headers.get("content-type") != rec_headers.get("content-type"):
        problems.append(
            f"content-type {got.headers.get('content-type')!r}, recorded {rec_headers.get('content-type')!r}"
        )
    for name in (
        "allow",
        "location",
        "retry-after",
        "access-control-allow-origin",
        "access-control-allow-methods",
        "access-control-allow-headers",
        "access-control-max-age",
    ):
        if name in rec_headers and got.headers.get(name) != rec_headers[name]:
            problems.append(f"header {name} {got.headers.get(name)!r}, recorded {rec_headers[name]!r}")
    if "vary" in rec_headers:
        want = rec_headers["vary"] if isinstance(rec_headers["vary"], list) else [rec_headers["vary"]]
        if got.headers.get_list("vary") != want:
            problems.append(f"vary {got.headers.get_list('vary')}, recorded {want}")
    relaxed = key in EXCEPTIONS
    if "json" in rec:
        try:
            body = json.loads(got.body)
        except ValueError:
            return [*problems, f"body is not JSON: {got.body[:200]!r}"]
        expected = rec["json"]
        problems += keys_diff(expected, body)
        if isinstance(expected, dict) and isinstance(expected.get("models"), list) and isinstance(body, dict):
            # tags and ps: the same models (the sequence leaves the same state behind)
            want = sorted(m.get("name") for m in expected["models"])
            have = sorted(m.get("name") for m in body.get("models") or [])
            if want != have:
                problems.append(f"models {have}, recorded {want}")
        if (
            isinstance(expected, dict)
            and isinstance(expected.get("error"), str)
            and isinstance(body, dict)
            and not relaxed
        ) and blank(expected["error"]) != blank(str(body.get("error"))):
            problems.append(f"error {body.get('error')!r}, recorded {expected['error']!r}")
    elif "ndjson" in rec:
        try:
            lines = [json.loads(line) for line in got.body.splitlines() if line.strip()]
        except ValueError:
            return [*problems, f"a line is not JSON: {got.body[:300]!r}"]
        expected_lines = rec["ndjson"]
        if not lines:
            return [*problems, "empty stream"]
        problems += [f"first line: {d}" for d in keys_diff(expected_lines[0], lines[0])]
        problems += [f"last line: {d}" for d in keys_diff(expected_lines[-1], lines[-1])]
        rec_errors = [x for x in expected_lines if isinstance(x, dict) and "error" in x]
        got_errors = [x for x in lines if isinstance(x, dict) and "error" in x]
        if bool(rec_errors) != bool(got_errors):
            problems.append(f"error lines: recorded {rec_errors}, answered {got_errors}")
        elif rec_errors and blank(rec_errors[-1]["error"]) != blank(got_errors[-1]["error"]):
            problems.append(f"error line {got_errors[-1]['error']!r}, recorded {rec_errors[-1]['error']!r}")
        if {repr(shape(x)) for x in expected_lines} != {repr(shape(x)) for x in lines}:
            problems.append("the set of line shapes differs")
        if (
            expected_lines
            and "status" in expected_lines[0]
            and status_texts(expected_lines) != status_texts(lines)
        ):
            problems.append(f"progress {status_texts(lines)}, recorded {status_texts(expected_lines)}")
    elif "text" in rec:
        if got.body.decode("utf-8", "replace") != rec["text"]:
            problems.append(f"text {got.body[:200]!r}, recorded {rec['text']!r}")
    elif got.body:
        problems.append(f"body {got.body[:200]!r}, recorded none")
    return problems
