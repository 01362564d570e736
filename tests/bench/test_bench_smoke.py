"""The benchmark harness works: every workload runs once at toy size for every client, and all
clients see the same data. No timing is asserted here; speed is measured by `make bench`."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from paths import RECORDINGS_DIR, REPO_ROOT

if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench import clients, payloads, run, server, worker

CHUNKS = 57
BLOB = 3 * 1024 * 1024


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with server.spawn(preload_blob=[BLOB]) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def blob(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    path = tmp_path_factory.mktemp("blob") / "blob.bin"
    path.write_bytes(b"".join(clients.blob_blocks(BLOB)))
    return str(path), clients.blob_digest(BLOB)


def _sync_results(name: str, url: str, blob: tuple[str, str]) -> dict[str, Any]:
    bench = clients.make_sync(name, url)
    try:
        texts: list[str] = []
        return {
            "stream": bench.stream(CHUNKS, texts),
            "text": "".join(texts),
            "show": bench.show(3),
            "embed": bench.embed(5, 48),
            "upload": bench.upload(BLOB, blob[1], blob[0]),
        }
    finally:
        bench.close()


async def _async_results(name: str, url: str, blob: tuple[str, str]) -> dict[str, Any]:
    bench = clients.make_async(name, url)
    try:
        texts: list[str] = []
        results: dict[str, Any] = {"stream": await bench.stream(CHUNKS, texts), "text": "".join(texts)}
        results["concurrent"] = await bench.concurrent(6, CHUNKS)
        if not name.startswith("socket"):
            results["show"] = await bench.show(3)
            results["embed"] = await bench.embed(5, 48)
            if name != "ollama-async":  # its async upload reads the file like the sync one
                results["upload"] = await bench.upload(BLOB, blob[1], blob[0])
        return results
    finally:
        await bench.close()


def test_every_client_sees_the_same_data(url: str, blob: tuple[str, str]) -> None:
    expected_text = "".join(payloads.chat_tokens(CHUNKS))
    plain = clients.PLAIN_CLIENTS
    results = {name: _sync_results(name, url, blob) for name in clients.SYNC_CLIENTS + plain[:1]}
    for name in clients.ASYNC_CLIENTS + plain[1:]:
        results[name] = asyncio.run(_async_results(name, url, blob))

    parsing = [name for name in results if not name.startswith("socket")]
    for name in parsing:
        got = results[name]
        assert got["stream"] == clients.StreamSummary(CHUNKS, len(expected_text), CHUNKS - 1), name
        assert got["text"] == expected_text, name
        assert got["show"] == results["raw"]["show"], name
        assert got["embed"] == results["raw"]["embed"], name
        if "upload" in got:
            assert got["upload"] == clients.UploadSummary(BLOB, True), name
    for name in ("hiramu-async", "ollama-async", "raw-async", *plain[1:]):
        assert results[name]["concurrent"] == clients.StreamSummary(
            6 * CHUNKS, 6 * len(expected_text), CHUNKS - 1
        )

    # The socket readers count the same chunks without parsing them.
    assert results["socket"]["stream"].chunks == CHUNKS
    assert results["socket-async"]["concurrent"].chunks == 6 * CHUNKS
    assert results["socket"]["upload"] == clients.UploadSummary(BLOB, True)

    show = results["raw"]["show"]
    assert show.calls == 3 and show.capabilities == 2 and show.parameter_count == 1_235_814_432
    assert results["raw"]["embed"].vectors == 5 and results["raw"]["embed"].dims == 48


def test_the_sink_checks_what_it_receives(url: str) -> None:
    import httpx

    other = payloads.blob_digest(2 * 1024 * 1024)  # hashed with SHA-256: not preloaded
    with httpx.Client(base_url=url) as http:
        assert (
            http.post(f"/api/blobs/{other}", content=clients.blob_blocks(2 * 1024 * 1024)).status_code == 201
        )
        wrong = http.post(f"/api/blobs/sha256:{'0' * 64}", content=clients.blob_blocks(BLOB))
        # The preloaded digest with one byte changed, then with a byte missing.
        changed = bytearray(b"".join(clients.blob_blocks(BLOB)))
        changed[12345] ^= 1
        altered = http.post(f"/api/blobs/{payloads.blob_digest(BLOB)}", content=bytes(changed))
        short = http.post(f"/api/blobs/{payloads.blob_digest(BLOB)}", content=bytes(changed[:-1]))
    for response in (wrong, altered, short):
        assert response.status_code == 400
        assert "digest mismatch" in response.json()["error"]


def test_the_worker_measures_one_call(url: str) -> None:
    spec = {"workload": "stream", "client": "hiramu", "url": url, "chunks": CHUNKS}
    result = worker.run_spec(spec)
    assert result["summary"] == {
        "chunks": CHUNKS,
        "chars": len("".join(payloads.chat_tokens(CHUNKS))),
        "eval_count": CHUNKS - 1,
    }
    assert result["seconds"] > 0
    assert result["peak_rss"] >= result["baseline_rss"] > 0

    spec = {"workload": "concurrent", "client": "raw-async", "url": url, "streams": 3, "chunks": CHUNKS}
    assert worker.run_spec(spec)["summary"]["chunks"] == 3 * CHUNKS


def test_the_report_names_every_target() -> None:
    plan = run.QUICK

    def sample(seconds: float, **extra: Any) -> list[run.Sample]:
        return [run.Sample(seconds, {"seconds": seconds, **extra})]

    memory = {"peak_rss": 40 * 2**20, "peak_growth": 2**19, "baseline_rss": 39 * 2**20, "summary": {}}
    results: dict[tuple[str, str], list[run.Sample]] = {}
    for workload in ("stream", "stream-small", "show", "embed", "upload"):
        for client in ("hiramu", "hiramu-async", "ollama", "ollama-async", "raw", "raw-async", "socket"):
            results[(workload, client)] = sample(1.0 if client.startswith("hiramu") else 2.0, **memory)
    for client in clients.ASYNC_CLIENTS:
        results[("concurrent", client)] = sample(1.0, summary={})
    for statement, seconds in zip(run.IMPORT_STATEMENTS, (0.05, 0.2, 0.06, 0.19, 0.07), strict=True):
        results[("import", statement)] = sample(seconds)
    results[("generate", "make generate")] = sample(3.0)

    text, data_ok = run.report(results, plan, quick=True, wall=60.0)
    assert data_ok
    targets = text.split("### Targets")[1].split("### All measurements")[0]
    assert targets.count("| yes |") + targets.count("| **no** |") == 13
    assert "| import | from hiramu.ollama import Client | 50.0 ms | 50.0–50.0 | 4.00x |" in text
    assert "| import | import hiramu.ollama | 60.0 ms | 60.0–60.0 | 3.17x |" in text
    assert "0.25x (bare `import hiramu.ollama`: 0.32x) | yes |" in text
    # Equal medians for hiramu-async and ollama-async: 1.00x, short of the 1.15x target.
    assert "| 1.00x ollama-async | **no** |" in text


def test_results_keep_the_notes(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    run.write_results("first table\n", path)
    notes = "## What was tried\n\nhand-written notes\n"
    path.write_text(path.read_text().split(run.END_MARK)[0] + run.END_MARK + "\n\n" + notes)
    run.write_results("second table\n", path)
    text = path.read_text()
    assert "second table" in text and "first table" not in text
    assert text.endswith(notes)


@pytest.mark.skipif(not (RECORDINGS_DIR / "show").is_dir(), reason="no recordings of a real server")
def test_the_show_answer_is_shaped_like_a_real_one() -> None:
    recorded = json.loads((RECORDINGS_DIR / "show" / "created-model.json").read_text())["response"]["json"]
    synthetic = payloads.show_document()
    assert [key for key in synthetic if key in recorded] == [key for key in recorded if key in synthetic]
    assert set(recorded) <= set(synthetic) | {"system", "messages"}
    for key, value in recorded.items():
        if key in synthetic:
            assert type(synthetic[key]) is type(value), key
    assert set(synthetic["tensors"][0]) == set(recorded["tensors"][0])
    assert set(synthetic["details"]) == set(recorded["details"])
