"""Fault injection: every documented fault does what the README says."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from .support import lines

STREAM = {"model": "tiny-llama", "prompt": "hi", "options": {"num_predict": 5}}
FAULT = "X-Local-Ollama-Fault"


def test_error_line_mid_stream(client: httpx.Client) -> None:
    resp = client.post("/api/generate", json=STREAM, headers={FAULT: "error-after=2; message=runner crashed"})
    assert resp.status_code == 200
    got = lines(resp)
    assert len(got) == 3
    assert all("response" in x for x in got[:2])
    assert got[2] == {"error": "runner crashed"}


def test_error_after_more_lines_than_the_stream_has(client: httpx.Client) -> None:
    got = lines(client.post("/api/generate", json=STREAM, headers={FAULT: "error-after=50"}))
    assert got[-2]["done"] is True
    assert got[-1] == {"error": "an injected error ended the stream"}


def test_stream_cut_before_done(client: httpx.Client) -> None:
    received: list[bytes] = []
    with (
        pytest.raises(httpx.RemoteProtocolError),
        client.stream("POST", "/api/generate", json=STREAM, headers={FAULT: "cut-after=2"}) as resp,
    ):
        assert resp.status_code == 200
        for line in resp.iter_lines():
            received.append(line.encode())
    assert len(received) == 2
    assert all(json.loads(x)["done"] is False for x in received)
    # the server is still fine afterwards
    assert client.get("/api/version").status_code == 200


def test_cut_on_a_plain_answer(client: httpx.Client) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/api/tags", headers={FAULT: "cut-after=0"})


def test_malformed_line(client: httpx.Client) -> None:
    resp = client.post("/api/generate", json=STREAM, headers={FAULT: "malformed-after=1"})
    raw = [x for x in resp.text.splitlines() if x]
    assert len(raw) == 7
    json.loads(raw[0])
    with pytest.raises(ValueError):
        json.loads(raw[1])
    assert json.loads(raw[-1])["done"] is True


@pytest.mark.parametrize(
    ("status", "message"),
    [(429, "too many requests"), (503, "server busy, please try again.  maximum pending requests exceeded")],
)
def test_status_with_retry_after(client: httpx.Client, status: int, message: str) -> None:
    resp = client.post(
        "/api/chat", json={"model": "tiny-llama"}, headers={FAULT: f"status={status}; retry-after=7"}
    )
    assert resp.status_code == status
    assert resp.headers["retry-after"] == "7"
    assert resp.headers["content-type"] == "application/json; charset=utf-8"
    assert resp.json() == {"error": message}


def test_fail_n_times_then_succeed(client: httpx.Client) -> None:
    spec = "status=503; retry-after=0; times=2; id=flaky-version"
    got = [client.get("/api/version", headers={FAULT: spec}).status_code for _ in range(4)]
    assert got == [503, 503, 200, 200]


def test_delays(client: httpx.Client) -> None:
    start = time.monotonic()
    resp = client.post("/api/generate", json=STREAM, headers={FAULT: "delay-first=150; delay-chunk=30"})
    elapsed = time.monotonic() - start
    assert resp.status_code == 200 and len(lines(resp)) == 6
    assert elapsed >= 0.15 + 5 * 0.03  # a lower bound only: the delays happened


def test_registered_faults(client: httpx.Client) -> None:
    add = client.post(
        "/_local/faults", json={"fault": "status=503; retry-after=1", "path": "/api/chat", "times": 1}
    )
    assert add.status_code == 200
    assert len(client.get("/_local/faults").json()["faults"]) == 1
    assert (
        client.post("/api/generate", json={"model": "tiny-llama"}).status_code == 200
    )  # other paths untouched
    assert client.post("/api/chat", json={"model": "tiny-llama"}).status_code == 503
    assert client.post("/api/chat", json={"model": "tiny-llama"}).status_code == 200
    client.post("/_local/faults", json={"fault": "error-after=1", "method": "POST"})
    assert lines(client.post("/api/generate", json=STREAM))[-1] == {
        "error": "an injected error ended the stream"
    }
    assert client.delete("/_local/faults").json() == {"faults": []}
    assert lines(client.post("/api/generate", json=STREAM))[-1]["done"] is True


def test_bad_fault_specs(client: httpx.Client) -> None:
    assert client.get("/api/version", headers={FAULT: "explode=1"}).status_code == 400
    assert client.post("/_local/faults", json={"fault": "status=abc"}).status_code == 400
    assert client.post("/_local/faults", json={"nothing": 1}).status_code == 400
