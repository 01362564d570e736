"""Model store behaviour the recordings cannot show: lifecycles, digests, GGUF facts, pull, reset."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import httpx

from hiramu.testing import ServerHandle, tiny_models_dir

from .support import lines, pull

TINY_SHA = "c01ec9de3c408769fa1d0255bf5a2680ea2691183d5015a0bac43c772ad0f2b7"


def seconds(stamp: str) -> int:
    # RFC 3339 with nanoseconds: drop the fraction, keep the zone
    base = re.sub(r"\.\d+", "", stamp).replace("Z", "+00:00")
    return int(dt.datetime.fromisoformat(base).timestamp())


def tag_names(client: httpx.Client) -> list[str]:
    return [m["name"] for m in client.get("/api/tags").json()["models"]]


def test_start_up_state(client: httpx.Client) -> None:
    models = {m["name"]: m for m in client.get("/api/tags").json()["models"]}
    assert set(models) == {"tiny-llama:latest", "tiny-llama-embed:latest"}
    chat, embed = models["tiny-llama:latest"], models["tiny-llama-embed:latest"]
    assert chat["capabilities"] == ["completion"]
    assert embed["capabilities"] == ["embedding"]
    for m in (chat, embed):
        assert re.fullmatch(r"[0-9a-f]{64}", m["digest"])
        assert m["details"] == {
            "parent_model": "",
            "format": "gguf",
            "family": "llama",
            "families": ["llama"],
            "parameter_size": "1.71M",
            "quantization_level": "F16",
            "context_length": 2048,
            "embedding_length": 256,
        }
    show = client.post("/api/show", json={"model": "tiny-llama"}).json()
    assert "num_predict                    32" in show["parameters"]
    assert show["model_info"]["general.parameter_count"] == 1714944
    assert show["model_info"]["tokenizer.ggml.tokens"] is None
    verbose = client.post("/api/show", json={"model": "tiny-llama", "verbose": True}).json()
    assert len(verbose["model_info"]["tokenizer.ggml.tokens"]) == 1043


def test_create_show_copy_list_delete(client: httpx.Client) -> None:
    resp = client.post(
        "/api/create",
        json={
            "model": "life",
            "from": "tiny-llama",
            "system": "Be brief.",
            "parameters": {"temperature": 0.5},
        },
    )
    assert resp.status_code == 200
    assert resp.headers["content-type"] == "application/x-ndjson"
    statuses = [line["status"] for line in lines(resp)]
    assert statuses[-2:] == ["writing manifest", "success"]
    assert any(s.startswith("creating new layer sha256:") for s in statuses)

    show = client.post("/api/show", json={"model": "life"}).json()
    assert show["system"] == "Be brief."
    assert show["details"]["parent_model"] == "tiny-llama:latest"
    assert "temperature                    0.5" in show["parameters"]

    assert client.post("/api/copy", json={"source": "life", "destination": "life-copy"}).status_code == 200
    listed = {m["name"]: m for m in client.get("/api/tags").json()["models"]}
    assert {"life:latest", "life-copy:latest"} <= set(listed)
    # a copy is the same manifest, so the same digest
    assert listed["life:latest"]["digest"] == listed["life-copy:latest"]["digest"]
    # newest first, compared by whole seconds like Ollama
    stamps = [seconds(m["modified_at"]) for m in client.get("/api/tags").json()["models"]]
    assert stamps == sorted(stamps, reverse=True)

    assert client.request("DELETE", "/api/delete", json={"model": "life"}).status_code == 200
    gone = client.post("/api/show", json={"model": "life"})
    assert gone.status_code == 404
    assert gone.json() == {"error": "model 'life:latest' not found"}
    assert (
        client.post("/api/show", json={"model": "LIFE-COPY"}).status_code == 200
    )  # names match case-insensitively


def test_blob_upload_and_create_from_files(client: httpx.Client) -> None:
    data = (tiny_models_dir() / "tiny-llama.gguf").read_bytes()
    digest = "sha256:" + hashlib.sha256(data).hexdigest()
    assert digest == "sha256:" + TINY_SHA
    # the start-up models were made from this blob, which stays (as on the recorded server)
    assert client.head(f"/api/blobs/{digest}").status_code == 200

    fresh = b"not a model, just bytes" * 3
    fresh_digest = "sha256:" + hashlib.sha256(fresh).hexdigest()
    assert client.head(f"/api/blobs/{fresh_digest}").status_code == 404
    assert client.post(f"/api/blobs/{fresh_digest}", content=fresh).status_code == 201
    assert client.post(f"/api/blobs/{fresh_digest}", content=fresh).status_code == 200
    assert client.head(f"/api/blobs/{fresh_digest}").status_code == 200

    wrong = "sha256:" + "0" * 64
    mismatch = client.post(f"/api/blobs/{wrong}", content=b"other bytes")
    assert mismatch.status_code == 400
    got = "sha256:" + hashlib.sha256(b"other bytes").hexdigest()
    assert mismatch.json() == {"error": f'digest mismatch, expected "{wrong}", got "{got}"'}

    made = client.post(
        "/api/create", json={"model": "from-blob", "files": {"m.gguf": digest}, "stream": False}
    )
    assert made.status_code == 200
    assert made.headers["content-type"] == "application/json"
    assert made.json() == {"status": "success"}
    show = client.post("/api/show", json={"model": "from-blob"}).json()
    assert show["details"]["quantization_level"] == "F16"
    assert show["capabilities"] == ["completion"]
    assert show["template"].startswith("{{- range .Messages }}<|im_start|>")

    not_gguf = lines(client.post("/api/create", json={"model": "bad", "files": {"x.gguf": fresh_digest}}))
    assert not_gguf == [{"status": "parsing GGUF"}, {"error": "supplied file was not in GGUF format"}]


def test_quantize_reports_the_requested_level(client: httpx.Client) -> None:
    for level, tensor_type, name in (("q8_0", "Q8_0", "q8"), ("Q4_K_M", "Q4_0", "q4")):
        resp = client.post(
            "/api/create", json={"model": name, "from": "tiny-llama", "quantize": level, "stream": False}
        )
        assert resp.json() == {"status": "success"}, resp.text
        show = client.post("/api/show", json={"model": name}).json()
        assert show["details"]["quantization_level"] == level.upper()
        weights = {t["type"] for t in show["tensors"] if len(t["shape"]) == 2}
        assert weights == {tensor_type}
        norms = {t["type"] for t in show["tensors"] if len(t["shape"]) == 1}
        assert norms == {"F32"}
    sizes = {m["name"]: m["size"] for m in client.get("/api/tags").json()["models"]}
    assert sizes["q4:latest"] < sizes["q8:latest"] < sizes["tiny-llama:latest"]
    bad = client.post("/api/create", json={"model": "x", "from": "q8", "quantize": "q4_K_M"})
    assert bad.status_code == 500
    assert bad.json() == {"error": "quantization is only supported for F16, BF16 and F32 models"}


def test_pull_from_the_catalogue(client: httpx.Client) -> None:
    got = pull(client, "tiny-llama-think")
    assert got[0] == {"status": "pulling manifest"}
    layer_lines = [line for line in got if line["status"].startswith("pulling ") and "digest" in line]
    assert layer_lines
    for line in layer_lines:
        assert line["status"] == "pulling " + line["digest"][7:19]
        assert line.get("completed", 0) <= line["total"]
    assert [line["status"] for line in got[-3:]] == ["verifying sha256 digest", "writing manifest", "success"]
    caps = client.post("/api/show", json={"model": "tiny-llama-think"}).json()["capabilities"]
    assert set(caps) == {"completion", "tools", "thinking"}
    # pulling again finds every blob present: one line per layer, complete
    again = pull(client, "tiny-llama-think")
    for line in again:
        if "digest" in line:
            assert line["completed"] == line["total"]


def test_pull_unknown_and_push_fail_like_an_offline_ollama(client: httpx.Client) -> None:
    got = lines(client.post("/api/pull", json={"model": "no-such-model:7b"}))
    assert got[0] == {"status": "pulling manifest"}
    assert got[1]["error"].startswith(
        'pull model manifest: Get "https://registry.ollama.ai/v2/library/no-such-model/manifests/7b": dial tcp: lookup registry.ollama.ai on '
    )
    assert len(got) == 2
    blocking = client.post("/api/pull", json={"model": "no-such-model", "stream": False})
    assert blocking.status_code == 500
    assert blocking.headers["content-type"] == "application/json"

    pushed = lines(client.post("/api/push", json={"model": "tiny-llama"}))
    assert pushed[0] == {"status": "retrieving manifest"}
    assert pushed[1]["error"].startswith(
        'Head "https://registry.ollama.ai/v2/library/tiny-llama/blobs/sha256:'
    )
    missing = lines(client.post("/api/push", json={"model": "nothing-here"}))
    assert [x.get("status") for x in missing[:2]] == ["retrieving manifest", "couldn't retrieve manifest"]
    assert missing[2]["error"].endswith(
        "/manifests/registry.ollama.ai/library/nothing-here/latest: no such file or directory"
    )


def test_create_from_an_unknown_model_pulls_from_the_catalogue(client: httpx.Client) -> None:
    got = lines(
        client.post("/api/create", json={"model": "mine", "from": "tiny-llama-think", "system": "hi"})
    )
    statuses = [line.get("status") for line in got]
    assert statuses[0] == "pulling manifest"
    assert "verifying sha256 digest" in statuses
    assert statuses[-1] == "success"
    assert "tiny-llama-think:latest" in tag_names(client)
    assert "mine:latest" in tag_names(client)


def test_reset_restores_the_start_up_state(fresh_server: ServerHandle) -> None:
    with httpx.Client(base_url=fresh_server.url) as c:
        before = c.get("/api/tags").json()
        c.post("/api/create", json={"model": "temp", "from": "tiny-llama", "stream": False})
        c.post("/api/generate", json={"model": "tiny-llama", "keep_alive": -1})
        assert "temp:latest" in tag_names(c)
        assert c.get("/api/ps").json()["models"]
        fresh_server.reset()
        after = c.get("/api/tags").json()
        # /api/tags sorts by whole seconds (as Ollama does), so two models created around a
        # second's turn may swap places: compare the models, not their order.
        assert sorted((m["name"], m["digest"]) for m in after["models"]) == sorted(
            (m["name"], m["digest"]) for m in before["models"]
        )
        assert c.get("/api/ps").json() == {"models": []}
        assert c.post("/_local/reset").json() == {"status": "reset"}
