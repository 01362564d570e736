"""embed and the legacy embeddings route through `Client` / `AsyncClient`."""

from __future__ import annotations

import math

import pytest
from hiramu.ollama import AsyncClient, Client, NotFoundError, ServerError
from hiramu.ollama.models import EmbedResponse

from integration.conftest import Target, require_bundled
from integration.support import l2_norm

TEXTS = ["The sky is blue because of Rayleigh scattering.", "Bananas are yellow."]


def embedding_length(client: Client, model: str) -> int:
    """The vector length the model reports in its GGUF metadata."""
    info = client.show(model).model_info
    architecture = info["general.architecture"]
    length = info[f"{architecture}.embedding_length"]
    assert isinstance(length, int)
    return length


def check_unit_vectors(answer: EmbedResponse, model: str, count: int, length: int) -> None:
    assert answer.model == model
    assert len(answer.embeddings) == count
    for vector in answer.embeddings:
        assert len(vector) == length
        assert all(isinstance(x, float) for x in vector)
        assert math.isclose(l2_norm(vector), 1.0, abs_tol=1e-4)


def cosine(a: list[float], b: list[float]) -> float:
    return math.fsum(x * y for x, y in zip(a, b, strict=True)) / (l2_norm(a) * l2_norm(b))


def test_embed_batch(client: Client, embed_model: str) -> None:
    length = embedding_length(client, embed_model)
    answer = client.embed(embed_model, input=TEXTS)
    check_unit_vectors(answer, embed_model, 2, length)
    first, second = answer.embeddings
    assert first != second
    assert isinstance(answer.prompt_eval_count, int)
    assert answer.prompt_eval_count > 0
    # One input gives the same vector as in the batch.
    alone = client.embed(embed_model, input=TEXTS[0]).embeddings
    assert len(alone) == 1
    assert cosine(alone[0], first) > 0.9999


def test_embed_dimensions(client: Client, embed_model: str) -> None:
    full = client.embed(embed_model, input=TEXTS[0]).embeddings[0]
    cut = client.embed(embed_model, input=TEXTS[0], dimensions=16)
    check_unit_vectors(cut, embed_model, 1, 16)
    # The cut vector is the start of the full one, normalised again.
    assert cosine(cut.embeddings[0], full[:16]) > 0.9999


def test_embed_without_input_only_loads(client: Client, embed_model: str) -> None:
    assert client.embed(embed_model).embeddings == []


async def test_embed_async(aclient: AsyncClient, client: Client, embed_model: str) -> None:
    length = embedding_length(client, embed_model)
    answer = await aclient.embed(embed_model, input=TEXTS)
    check_unit_vectors(answer, embed_model, 2, length)
    sync_answer = client.embed(embed_model, input=TEXTS)
    for a, b in zip(answer.embeddings, sync_answer.embeddings, strict=True):
        assert cosine(a, b) > 0.9999


def test_embeddings_legacy_is_normalised(client: Client, embed_model: str) -> None:
    # Ollama 0.33.0-rc2 answers a unit-length vector (a recorded norm of 1.0000000156)
    length = embedding_length(client, embed_model)
    vector = client.embeddings(embed_model, prompt=TEXTS[0]).embedding
    assert len(vector) == length
    assert math.isclose(l2_norm(vector), 1.0, abs_tol=1e-6)
    normalised = client.embed(embed_model, input=TEXTS[0]).embeddings[0]
    assert cosine(vector, normalised) > 0.9999


async def test_embeddings_legacy_async(aclient: AsyncClient, client: Client, embed_model: str) -> None:
    vector = (await aclient.embeddings(embed_model, prompt=TEXTS[1])).embedding
    assert len(vector) == embedding_length(client, embed_model)
    assert (await aclient.embeddings(embed_model, prompt="")).embedding == []


def test_embed_unknown_model(client: Client) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.embed("hiramu-it-no-such-model", input="x")
    assert caught.value.status_code == 404
    assert "not found" in caught.value.error


async def test_embeddings_unknown_model_async(aclient: AsyncClient) -> None:
    with pytest.raises(NotFoundError):
        await aclient.embeddings("hiramu-it-no-such-model", prompt="x")


def test_embed_on_a_completion_model_is_a_server_error(client: Client, target: Target) -> None:
    require_bundled(target, "a completion model that cannot embed")
    with pytest.raises(ServerError) as caught:
        client.embed("tiny-llama", input="x")
    assert caught.value.status_code == 501
