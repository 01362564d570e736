"""Service routes: heartbeat, version, status, list, ps, model recommendations (sync and async)."""

from __future__ import annotations

import re

from hiramu.ollama import AsyncClient, Client
from hiramu.ollama.models import ListResponse, ModelRecommendationsResponse, ProcessResponse

from hiramu.testing import VERSION, ServerHandle
from integration.conftest import Target
from integration.support import tagged

SEMVER = re.compile(r"^\d+\.\d+\.\d+")
HEX64 = re.compile(r"^[0-9a-f]{64}$")


def check_list(listing: ListResponse, model: str) -> None:
    names = [entry.name for entry in listing.models]
    assert tagged(model) in names
    for entry in listing.models:
        assert entry.model == entry.name
        assert HEX64.match(entry.digest), entry.digest
        assert entry.size > 0
        assert entry.details.format in ("gguf", "safetensors")


def check_recommendations(answer: ModelRecommendationsResponse) -> None:
    assert answer.recommendations
    for item in answer.recommendations:
        assert item.model.strip()
        assert item.description.strip()


def test_heartbeat_and_version(client: Client, target: Target) -> None:
    assert client.heartbeat() == "Ollama is running"
    assert client.heartbeat_head() is True
    version = client.version().version
    assert SEMVER.match(version), version
    if target.bundled:
        assert version == VERSION
    assert client.version_head() is True


async def test_heartbeat_and_version_async(aclient: AsyncClient, target: Target) -> None:
    assert await aclient.heartbeat() == "Ollama is running"
    assert await aclient.heartbeat_head() is True
    version = (await aclient.version()).version
    assert SEMVER.match(version), version
    if target.bundled:
        assert version == VERSION
    assert await aclient.version_head() is True


def test_status(client: Client, target: Target) -> None:
    cloud = client.status().cloud
    assert isinstance(cloud.disabled, bool)
    assert cloud.source in ("none", "env", "config", "both")
    assert (cloud.source == "none") is (not cloud.disabled)
    if target.server is not None:
        assert cloud.disabled is target.server.state.cloud_disabled


async def test_status_async(aclient: AsyncClient) -> None:
    cloud = (await aclient.status()).cloud
    assert isinstance(cloud.disabled, bool)
    assert (cloud.source == "none") is (not cloud.disabled)


def test_list(client: Client, model: str, embed_model: str) -> None:
    listing = client.list()
    check_list(listing, model)
    check_list(listing, embed_model)
    assert client.list_head() is True


async def test_list_async(aclient: AsyncClient, model: str) -> None:
    check_list(await aclient.list(), model)
    assert await aclient.list_head() is True


def test_list_of_the_start_up_state(client: Client, fresh: ServerHandle) -> None:
    listing = client.list()
    assert sorted(entry.name for entry in listing.models) == ["tiny-llama-embed:latest", "tiny-llama:latest"]
    by_name = {entry.name: entry for entry in listing.models}
    embed = by_name["tiny-llama-embed:latest"]
    assert embed.capabilities == ["embedding"]
    assert by_name["tiny-llama:latest"].capabilities == ["completion"]
    for entry in listing.models:
        assert entry.details.family == "llama"
        assert entry.details.parameter_size == "1.71M"
        assert entry.details.quantization_level == "F16"
        assert entry.details.context_length == 2048
        assert entry.details.embedding_length == 256


def loaded(ps: ProcessResponse) -> dict[str, int]:
    return {entry.name: entry.context_length for entry in ps.models}


def test_ps_follows_load_and_unload(client: Client, model: str) -> None:
    assert client.generate(model, prompt="", keep_alive="10m").done_reason == "load"
    running = loaded(client.ps())
    assert tagged(model) in running
    assert running[tagged(model)] > 0
    entry = next(e for e in client.ps().models if e.name == tagged(model))
    assert entry.model == tagged(model)
    assert entry.size > 0
    assert HEX64.match(entry.digest)
    assert client.generate(model, prompt="", keep_alive=0).done_reason == "unload"
    assert tagged(model) not in loaded(client.ps())


async def test_ps_follows_load_and_unload_async(aclient: AsyncClient, model: str) -> None:
    assert (await aclient.chat(model, keep_alive="10m")).done_reason == "load"
    assert tagged(model) in loaded(await aclient.ps())
    assert (await aclient.chat(model, keep_alive=0)).done_reason == "unload"
    assert tagged(model) not in loaded(await aclient.ps())


def test_model_recommendations(client: Client) -> None:
    check_recommendations(client.model_recommendations())


async def test_model_recommendations_async(aclient: AsyncClient) -> None:
    check_recommendations(await aclient.model_recommendations())
