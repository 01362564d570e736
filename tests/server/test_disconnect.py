"""A client that stops reading mid-stream: the server stops writing and logs one line for it."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx

STREAM = {"model": "tiny-llama", "prompt": "hi", "options": {"num_predict": 2000}}


def drop_mid_stream(client: httpx.Client, url: str, after: int) -> None:
    """Read ``after`` lines of a long stream, then close the connection with the rest unread."""
    with client.stream("POST", url + "/api/generate", json=STREAM) as response:
        assert response.status_code == 200
        for number, _ in enumerate(response.iter_lines(), 1):
            if number == after:
                break


def test_one_log_line_per_client_that_went_away() -> None:
    # `make server` runs exactly this; its stderr is what a developer sees
    server = subprocess.Popen(
        [sys.executable, "-m", "hiramu.testing", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        for after in (1, 3, 10):
            # a fresh connection each time, so each drop is one client going away
            with httpx.Client(timeout=30) as client:
                drop_mid_stream(client, url, after)
        with httpx.Client(timeout=30) as client:
            # a stream read to its end is not reported
            done = client.post(url + "/api/generate", json={**STREAM, "options": {"num_predict": 5}})
            assert done.status_code == 200 and done.text.count("\n") == 6
        time.sleep(1.0)  # let the server notice the last drop before it stops
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=30)
    lines = stderr.splitlines()
    assert "socket.send() raised exception." not in stderr
    assert len(lines) == 3, stderr
    assert all("went away during the stream of POST /api/generate" in line for line in lines), stderr
