"""Migration from the official `ollama` package is call for call.

Every row of README's table "Migrating from the official `ollama` package" has a test here that
runs the left-hand call shape against hiramu on the server under test; the official client's
positional order holds on every method that has one, and on the `_stream` twins.

Two rows differ by design and say so in README: `stream=True` becomes the `_stream` twin (one
return type per method), and `create_blob(path)` becomes `create_blob(digest, content)` (the
hashing is `create_from_files`' job); their tests run the shape README gives instead.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from hiramu.ollama import AsyncClient, Client
from paths import REPO_ROOT

from integration.conftest import Target, require_bundled
from integration.support import count, digest_of

# The official client's positional parameters (ollama-python's `Client`, the 0.6 series).
OFFICIAL_POSITIONAL = {
    "generate": ["model", "prompt", "suffix"],
    "chat": ["model", "messages"],
    "embed": ["model", "input", "truncate", "options", "keep_alive", "dimensions"],
    "embeddings": ["model", "prompt", "options", "keep_alive"],
    "create": [
        "model",
        "quantize",
        "from_",
        "files",
        "adapters",
        "template",
        "license",
        "system",
        "parameters",
        "messages",
    ],
    "pull": ["model"],
    "push": ["model"],
    "show": ["model"],
    "delete": ["model"],
    "copy": ["source", "destination"],
    "web_search": ["query", "max_results"],
    "web_fetch": ["url"],
}


def positional_names(method: Callable[..., object]) -> list[str]:
    return [
        parameter.name
        for parameter in inspect.signature(method).parameters.values()
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and parameter.name != "self"
    ]


@pytest.mark.parametrize("name", sorted(OFFICIAL_POSITIONAL))
def test_the_official_positional_order(name: str) -> None:
    expected = OFFICIAL_POSITIONAL[name]
    methods = [getattr(Client, name), getattr(AsyncClient, name)]
    methods += [
        getattr(cls, f"{name}_stream") for cls in (Client, AsyncClient) if hasattr(cls, f"{name}_stream")
    ]
    for method in methods:
        assert positional_names(method)[: len(expected)] == expected, method.__qualname__


def test_positional_calls_reach_the_server(client: Client, model: str, embed_model: str) -> None:
    answer = client.generate(model, "Why?", None, options={"num_predict": 2})
    assert count(answer.eval_count) <= 2
    assert client.embed(embed_model, ["a", "b"]).embeddings.__len__() == 2
    assert client.embed(embed_model, "a", True).embeddings.__len__() == 1
    assert client.embeddings(embed_model, "a").embedding
    with client.chat_stream(model, [{"role": "user", "content": "Hi"}], options={"num_predict": 2}) as stream:
        assert [chunk.done for chunk in stream][-1] is True


async def test_positional_calls_async(aclient: AsyncClient, model: str, embed_model: str) -> None:
    assert len((await aclient.embed(embed_model, ["a", "b"])).embeddings) == 2
    async with aclient.generate_stream(model, "Hi", options={"num_predict": 2}) as stream:
        assert (await stream.collect()).done is True


# ---- README's table, row by row

ROWS: dict[str, Callable[[pytest.FixtureRequest], None]] = {}


def row(
    left: str,
) -> Callable[[Callable[[pytest.FixtureRequest], None]], Callable[[pytest.FixtureRequest], None]]:
    def register(check: Callable[[pytest.FixtureRequest], None]) -> Callable[[pytest.FixtureRequest], None]:
        ROWS[left] = check
        return check

    return register


def the_client(request: pytest.FixtureRequest) -> Client:
    client = request.getfixturevalue("client")
    assert isinstance(client, Client)
    return client


def the_model(request: pytest.FixtureRequest, name: str = "model") -> str:
    model = request.getfixturevalue(name)
    assert isinstance(model, str)
    return model


@row("from ollama import Client, AsyncClient")
def _imports(request: pytest.FixtureRequest) -> None:
    from hiramu.ollama import AsyncClient as Async
    from hiramu.ollama import Client as Sync

    assert Sync is Client and Async is AsyncClient


@row("Client(host=..., **httpx_kwargs)")
def _construct(request: pytest.FixtureRequest) -> None:
    target = request.getfixturevalue("target")
    assert isinstance(target, Target)
    # `headers` and `timeout` are the httpx arguments code written for the official client passes.
    with Client(host=target.url, headers={"X-Hiramu-Test": "1"}, timeout=30.0) as client:
        assert client.version().version
        assert client.timeout == httpx.Timeout(30.0)


@row("ollama.chat(model, messages, stream=True)")
def _module_chat_stream(request: pytest.FixtureRequest) -> None:
    import hiramu.ollama as ollama

    target = request.getfixturevalue("target")
    monkeypatch = request.getfixturevalue("monkeypatch")
    assert isinstance(target, Target) and isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setenv("OLLAMA_HOST", target.url)
    monkeypatch.setattr(ollama, "_default", None)  # a default client for this host
    messages = [{"role": "user", "content": "Hi"}]
    try:
        done = [
            chunk.done
            for chunk in ollama.chat_stream(the_model(request), messages, options={"num_predict": 2})
        ]
    finally:
        ollama.default_client().close()
    assert done[-1] is True


@row("client.chat(model=..., messages=..., tools=[func], format=Model.model_json_schema())")
def _chat_keywords(request: pytest.FixtureRequest) -> None:
    import pydantic

    class Weather(pydantic.BaseModel):
        place: str

    def get_weather(place: str) -> str:
        """The weather at a place."""
        return "sunny"

    client = the_client(request)
    answer = client.chat(
        model=the_model(request, "tools_model"),
        messages=[{"role": "user", "content": "Weather in Paris?"}],
        tools=[get_weather],
        format=Weather.model_json_schema(),
        options={"num_predict": 8},
        think=False,
    )
    assert answer.done is True


@row("client.generate(model, prompt, stream=...)")
def _generate(request: pytest.FixtureRequest) -> None:
    client, model = the_client(request), the_model(request)
    assert client.generate(model, "Why?", options={"num_predict": 2}).done is True
    with client.generate_stream(model, "Why?", options={"num_predict": 2}) as stream:
        assert stream.collect().done is True


@row("client.embed(model, input)` / `client.embeddings(model, prompt)")
def _embed(request: pytest.FixtureRequest) -> None:
    client, model = the_client(request), the_model(request, "embed_model")
    assert len(client.embed(model, ["a", "b"]).embeddings) == 2
    assert client.embeddings(model, "a").embedding


@row("client.pull(model, stream=True)")
def _pull(request: pytest.FixtureRequest) -> None:
    require_bundled(request.getfixturevalue("target"), "the offline catalogue of /api/pull")
    with the_client(request).pull_stream("tiny-llama") as stream:
        assert [line.status for line in stream][-1] == "success"


@row("client.push(model, stream=True)")
def _push(request: pytest.FixtureRequest) -> None:
    from hiramu.ollama import StreamError

    require_bundled(request.getfixturevalue("target"), "an offline registry for /api/push")
    # The call shape is accepted and sent; the bundled server cannot reach a registry.
    with (
        pytest.raises(StreamError, match=r"registry\.ollama\.ai"),
        the_client(request).push_stream("tiny-llama") as stream,
    ):
        list(stream)


@row("client.create(model, from_=..., files=..., ...)")
def _create(request: pytest.FixtureRequest) -> None:
    client, model = the_client(request), the_model(request)
    names = request.getfixturevalue("scratch_names")
    assert callable(names)
    name = names()
    assert client.create(name, from_=model, system="Be brief.").status == "success"
    assert client.show(name).system == "Be brief."


@row("client.create_blob(path)")
def _create_blob(request: pytest.FixtureRequest) -> None:
    tmp_path = request.getfixturevalue("tmp_path")
    assert isinstance(tmp_path, Path)
    path = tmp_path / "blob.bin"
    path.write_bytes(b"hiramu migration blob " + tmp_path.name.encode())
    client = the_client(request)
    digest = digest_of(path.read_bytes())
    client.create_blob(digest, path.read_bytes())
    assert client.blob_exists(digest) is True


@row("client.list()`, `show(model)`, `ps()`, `copy(source, destination)`, `delete(model)")
def _model_management(request: pytest.FixtureRequest) -> None:
    client, model = the_client(request), the_model(request)
    names = request.getfixturevalue("scratch_names")
    assert callable(names)
    copied = names()
    assert any(entry.model.startswith(model) for entry in client.list().models)
    assert client.show(model).details
    assert isinstance(client.ps().models, list)
    client.copy(model, copied)
    client.delete(copied)


@row("client.web_search(query)`, `web_fetch(url)` (sent to ollama.com)")
def _web(request: pytest.FixtureRequest) -> None:
    from hiramu.ollama import ServerError

    require_bundled(request.getfixturevalue("target"), "the offline answers of the web routes")
    client = the_client(request)
    # Sent through the server's proxy, which cannot reach ollama.com offline (502, retried).
    with pytest.raises(ServerError, match="web_search"):
        client.web_search("what is ollama", max_retries=0)
    with pytest.raises(ServerError, match="web_fetch"):
        client.web_fetch("https://ollama.com", max_retries=0)


@row("except ollama.ResponseError as e: e.status_code, e.error")
def _response_error(request: pytest.FixtureRequest) -> None:
    from hiramu.ollama import ResponseError

    try:
        the_client(request).show("hiramu-it-no-such-model")
    except ResponseError as e:
        assert e.status_code == 404
        assert "hiramu-it-no-such-model" in e.error
    else:
        pytest.fail("no ResponseError")


@row("except ollama.RequestError")
def _request_error(request: pytest.FixtureRequest) -> None:
    from hiramu.ollama import OllamaError

    port = request.getfixturevalue("closed_port")
    with Client(f"http://127.0.0.1:{port}", max_retries=0) as offline, pytest.raises(OllamaError):
        offline.version()


@row('response["message"]["content"]')
def _dict_access(request: pytest.FixtureRequest) -> None:
    response = the_client(request).chat(
        the_model(request), [{"role": "user", "content": "Hi"}], options={"num_predict": 3}
    )
    assert isinstance(response["message"]["content"], str)
    assert response["message"]["content"] == response.message.content


def readme_rows() -> list[str]:
    text = (REPO_ROOT / "README.md").read_text("utf-8")
    section = text.split("\n## Migrating from the official `ollama` package\n", 1)[1].split("\n## ", 1)[0]
    # The first table of the section (the second compares features).
    table = next(block for block in section.strip().split("\n\n") if block.startswith("|"))
    rows = []
    for line in table.splitlines()[2:]:  # after the header and the --- line
        left = line.split(" | ")[0].removeprefix("| ")
        rows.append(left.removeprefix("`").removesuffix("`"))
    return rows


def test_the_table_is_found() -> None:
    assert len(readme_rows()) >= 10


@pytest.mark.parametrize("left", readme_rows())
def test_readme_row(left: str, request: pytest.FixtureRequest) -> None:
    assert left in ROWS, f"README's migration table has a row without a test: {left!r}"
    ROWS[left](request)


def test_every_row_test_has_its_row() -> None:
    assert sorted(set(ROWS) - set(readme_rows())) == []
