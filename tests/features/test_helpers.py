"""Convenience methods: load/unload, health check, version, images; and the facade wiring."""

from __future__ import annotations

import base64
import socket
from pathlib import Path

import pytest
from hiramu.ollama import AsyncClient, BadRequestError, Client, NotFoundError
from hiramu.ollama._encode import to_jsonable

from features.support import CHAT_MODEL, EMBED_MODEL

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def loaded(client: Client) -> list[str]:
    return [model.name for model in client.ps().models]


def test_load_and_unload(client: Client) -> None:
    assert loaded(client) == []
    client.load(CHAT_MODEL, keep_alive="10m")
    assert loaded(client) == [f"{CHAT_MODEL}:latest"]
    client.unload(CHAT_MODEL)
    assert loaded(client) == []


def test_load_and_unload_an_embedding_model(client: Client) -> None:
    # The model cannot generate, so loading goes through embed.
    with pytest.raises(BadRequestError, match="does not support generate"):
        client.generate(EMBED_MODEL)
    client.load(EMBED_MODEL)
    assert loaded(client) == [f"{EMBED_MODEL}:latest"]
    client.unload(EMBED_MODEL)
    assert loaded(client) == []


def test_load_unknown_model_raises(client: Client) -> None:
    with pytest.raises(NotFoundError):
        client.load("no-such-model")


async def test_async_load_unload_and_health(aclient: AsyncClient) -> None:
    assert await aclient.is_running() is True
    await aclient.load(CHAT_MODEL, keep_alive=-1)
    await aclient.load(EMBED_MODEL)
    names = {model.name for model in (await aclient.ps()).models}
    assert names == {f"{CHAT_MODEL}:latest", f"{EMBED_MODEL}:latest"}
    await aclient.unload(CHAT_MODEL)
    await aclient.unload(EMBED_MODEL)
    assert (await aclient.ps()).models == []


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_is_running(client: Client) -> None:
    assert client.is_running() is True
    assert client.version().version
    with Client(f"http://127.0.0.1:{closed_port()}", max_retries=0) as offline:
        assert offline.is_running() is False


async def test_async_is_running_false_when_nothing_listens() -> None:
    async with AsyncClient(f"http://127.0.0.1:{closed_port()}", max_retries=0) as offline:
        assert await offline.is_running() is False


def test_images_as_path_bytes_or_base64(tmp_path: Path) -> None:
    picture = tmp_path / "dot.png"
    picture.write_bytes(PNG)
    encoded = base64.b64encode(PNG).decode()
    message = {"role": "user", "content": "What is this?", "images": [picture, PNG, encoded]}
    assert to_jsonable(message)["images"] == [encoded, encoded, encoded]


def test_a_plain_string_is_never_read_as_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    picture = tmp_path / "dot.png"
    picture.write_bytes(PNG)
    monkeypatch.chdir(tmp_path)
    for text in (str(picture), "dot.png"):
        assert to_jsonable({"images": [text]}) == {"images": [text]}


def test_images_reach_the_server(client: Client, tmp_path: Path) -> None:
    picture = tmp_path / "dot.png"
    picture.write_bytes(PNG)
    encoded = base64.b64encode(PNG).decode()
    response = client.chat(
        CHAT_MODEL,
        messages=[{"role": "user", "content": "Look.", "images": [picture, PNG, encoded]}],
        debug_render_only=True,
    )
    assert response.debug_info
    assert response.debug_info.image_count == 3
    # A file name in a string is sent as text, which is not base64: the server refuses it.
    with pytest.raises(BadRequestError, match="base64"):
        client.chat(
            CHAT_MODEL,
            messages=[{"role": "user", "content": "Look.", "images": [str(picture)]}],
            debug_render_only=True,
        )


HELPERS = ["load", "unload", "is_running", "chat_parse", "generate_parse", "run_tools"]
HELPERS += ["create_from_files", "pull_with_progress"]


@pytest.mark.parametrize("name", HELPERS)
def test_both_clients_carry_the_helpers(name: str) -> None:
    import inspect

    assert callable(getattr(Client, name))
    assert inspect.iscoroutinefunction(getattr(AsyncClient, name))
