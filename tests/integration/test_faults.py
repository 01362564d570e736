"""Injected faults on the bundled server produce the typed errors the client promises.

Faults come from the bundled server's fault injection (`X-Local-Ollama-Fault` header or
`/_local/faults`); every test here skips against OLLAMA_HOST. Waits between retries are recorded
by `retry_waits` instead of slept through, and the server's fault counters show how many requests
actually arrived.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hiramu.ollama import (
    APIConnectionError,
    APITimeoutError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Client,
    DecodeError,
    IncompleteStreamError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseError,
    ServerError,
    ServiceUnavailableError,
    StreamError,
)
from hiramu.ollama.models import ChatResponse, GenerateResponse

from integration.conftest import Target
from integration.support import FAULT_HEADER, FaultControl, chunked, fault, random_blob

MESSAGES: list[dict[str, Any]] = [{"role": "user", "content": "Count to ten."}]
OPTIONS: dict[str, Any] = {"seed": 3, "num_predict": 8}
CHAT = "/api/chat"
GENERATE = "/api/generate"

pytestmark = pytest.mark.usefixtures("faults")


@pytest.fixture
def quick(target: Target) -> Iterator[Client]:
    """A client that does not retry."""
    with Client(target.url, max_retries=0, timeout=30) as c:
        yield c


def assert_still_usable(client: Client, model: str) -> None:
    answer = client.generate(model, prompt="Still there?", options={"num_predict": 2})
    assert (answer.done, answer.eval_count) == (True, 2)


# ---- failures inside a stream


def test_error_line_mid_stream(client: Client, model: str) -> None:
    seen: list[ChatResponse] = []
    stream = client.chat_stream(
        model,
        messages=MESSAGES,
        options=OPTIONS,
        extra_headers=fault("error-after=3; message=runner crashed"),
    )
    with pytest.raises(StreamError) as caught:
        for chunk in stream:
            seen.append(chunk)
    error = caught.value
    assert len(seen) == 3
    assert all(chunk.done is False and chunk.message.content for chunk in seen)
    assert (error.error, error.status_code) == ("runner crashed", 200)
    assert error.line == {"error": "runner crashed"}
    assert isinstance(error, ResponseError)
    assert stream.closed
    assert stream.response.is_closed
    assert_still_usable(client, model)


async def test_error_line_mid_stream_async(aclient: AsyncClient, model: str) -> None:
    seen: list[GenerateResponse] = []
    stream = await aclient.generate_stream(
        model, prompt="Go", options=OPTIONS, extra_headers=fault("error-after=2; message=out of memory")
    )
    with pytest.raises(StreamError) as caught:
        async with stream:
            async for chunk in stream:
                seen.append(chunk)
    assert [chunk.done for chunk in seen] == [False, False]
    assert caught.value.error == "out of memory"
    assert stream.closed


async def test_error_line_before_any_chunk_async(aclient: AsyncClient, model: str) -> None:
    stream = await aclient.chat_stream(
        model, messages=MESSAGES, extra_headers=fault("error-after=0; message=no")
    )
    with pytest.raises(StreamError) as caught:
        await stream.collect()
    assert (caught.value.error, caught.value.status_code) == ("no", 200)
    assert stream.lines_received == 0
    assert stream.closed


def test_error_line_on_collect(client: Client, model: str) -> None:
    stream = client.generate_stream(model, prompt="Go", options=OPTIONS, extra_headers=fault("error-after=1"))
    with pytest.raises(StreamError):
        stream.collect()
    assert stream.closed


def test_stream_cut_before_done(client: Client, model: str, faults: FaultControl) -> None:
    faults.add("cut-after=2", path=CHAT)
    seen: list[ChatResponse] = []
    stream = client.chat_stream(model, messages=MESSAGES, options=OPTIONS)
    with pytest.raises(IncompleteStreamError) as caught, stream:
        for chunk in stream:
            seen.append(chunk)
    assert len(seen) == 2
    assert caught.value.lines_received == 2
    assert client.base_url in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.TransportError)
    assert stream.closed
    # No retry once the stream has yielded: the server saw one request.
    assert faults.used() == [1]
    assert_still_usable(client, model)


async def test_stream_cut_before_done_async(aclient: AsyncClient, model: str, faults: FaultControl) -> None:
    faults.add("cut-after=1", path=GENERATE)
    stream = await aclient.generate_stream(model, prompt="Go", options=OPTIONS)
    seen: list[GenerateResponse] = []
    with pytest.raises(IncompleteStreamError) as caught:
        async with stream:
            async for chunk in stream:
                seen.append(chunk)
    assert len(seen) == 1
    assert caught.value.lines_received == 1
    assert faults.used() == [1]


def test_collect_of_a_cut_stream(client: Client, model: str) -> None:
    stream = client.pull_stream("tiny-llama", extra_headers=fault("cut-after=2"))
    with pytest.raises(IncompleteStreamError):
        stream.collect()
    assert stream.closed


def test_malformed_line(client: Client, model: str) -> None:
    seen: list[ChatResponse] = []
    stream = client.chat_stream(
        model, messages=MESSAGES, options=OPTIONS, extra_headers=fault("malformed-after=2")
    )
    with pytest.raises(DecodeError) as caught:
        for chunk in stream:
            seen.append(chunk)
    assert len(seen) == 2
    assert caught.value.line_number == 3
    assert caught.value.snippet.startswith('{"model":"')
    assert stream.closed


async def test_malformed_line_async(aclient: AsyncClient, model: str) -> None:
    stream = await aclient.chat_stream(
        model, messages=MESSAGES, options=OPTIONS, extra_headers=fault("malformed-after=0")
    )
    seen: list[ChatResponse] = []
    with pytest.raises(DecodeError) as caught:
        async with stream:
            async for chunk in stream:
                seen.append(chunk)
    assert seen == []
    assert caught.value.line_number == 1


# ---- timeouts


def test_slow_first_byte_times_out(client: Client, model: str, faults: FaultControl) -> None:
    faults.add("delay-first=1000", path=GENERATE)
    with pytest.raises(APITimeoutError) as caught:
        client.generate(model, prompt="Hi", timeout=0.2)
    assert caught.value.host == client.base_url
    assert client.base_url in str(caught.value)
    assert isinstance(caught.value, APIConnectionError)
    # A read timeout is not retried: the generation would run again.
    assert faults.used() == [1]


def test_slow_first_byte_times_out_on_a_stream_call(client: Client, model: str) -> None:
    with pytest.raises(APITimeoutError):
        client.chat_stream(model, messages=MESSAGES, timeout=0.2, extra_headers=fault("delay-first=1000"))


async def test_slow_first_byte_times_out_async(
    aclient: AsyncClient, model: str, faults: FaultControl
) -> None:
    faults.add("delay-first=1000", path=CHAT)
    with pytest.raises(APITimeoutError):
        await aclient.chat(model, messages=MESSAGES, timeout=0.2)
    with pytest.raises(APITimeoutError):
        await aclient.chat_stream(model, messages=MESSAGES, timeout=0.2)
    assert faults.used() == [2]


def test_slow_chunk_times_out_mid_stream(client: Client, model: str, faults: FaultControl) -> None:
    faults.add("delay-chunk=1000", path=GENERATE)
    seen: list[GenerateResponse] = []
    stream = client.generate_stream(model, prompt="Go", options=OPTIONS, timeout=0.3)
    with pytest.raises(APITimeoutError), stream:
        for chunk in stream:
            seen.append(chunk)
    assert len(seen) == 1
    assert stream.closed
    assert faults.used() == [1]


def test_per_call_timeout_overrides_the_client_timeout(target: Target, model: str) -> None:
    with Client(target.url, timeout=0.2, max_retries=0) as short:
        with pytest.raises(APITimeoutError):
            short.generate(model, prompt="Hi", extra_headers=fault("delay-first=1000"))
        answer = short.generate(
            model, prompt="Hi", options={"num_predict": 2}, timeout=10, extra_headers=fault("delay-first=300")
        )
        assert answer.eval_count == 2
        with short.generate_stream(
            model, prompt="Hi", options={"num_predict": 2}, timeout=10, extra_headers=fault("delay-chunk=300")
        ) as stream:
            assert [chunk.done for chunk in stream] == [False, False, True]


# ---- retries


def test_503_with_retry_after_then_success(
    client: Client, model: str, faults: FaultControl, retry_waits: list[float]
) -> None:
    faults.add("status=503; retry-after=1", path=GENERATE, times=2)
    answer = client.generate(model, prompt="Hi", options={"num_predict": 2})
    assert answer.eval_count == 2
    assert faults.used() == [2]
    assert retry_waits == [1.0, 1.0]


def test_429_with_retry_after_then_success_on_a_stream(
    client: Client, model: str, faults: FaultControl, retry_waits: list[float]
) -> None:
    faults.add("status=429; retry-after=3", path=CHAT, times=1)
    with client.chat_stream(model, messages=MESSAGES, options={"num_predict": 3}) as stream:
        chunks = list(stream)
    assert chunks[-1].done is True
    assert chunks[-1].eval_count == 3
    assert faults.used() == [1]
    assert retry_waits == [3.0]


async def test_503_then_success_async(
    aclient: AsyncClient, model: str, faults: FaultControl, retry_waits: list[float]
) -> None:
    faults.add("status=503; retry-after=2", path=CHAT, times=2)
    answer = await aclient.chat(model, messages=MESSAGES, options={"num_predict": 2})
    assert answer.eval_count == 2
    faults.add("status=429", path=GENERATE, times=1)
    stream = await aclient.generate_stream(model, prompt="Hi", options={"num_predict": 2})
    async with stream:
        assert [chunk.done async for chunk in stream] == [False, False, True]
    assert faults.used() == [2, 1]
    assert retry_waits[:2] == [2.0, 2.0]
    # Without Retry-After the client backs off on its own (0.5 s with jitter for the first retry).
    assert len(retry_waits) == 3
    assert 0.375 <= retry_waits[2] <= 0.5


@pytest.mark.parametrize(
    ("retry_after", "low", "high"),
    [("0.25", 0.25, 0.25), ("60", 60.0, 60.0), ("120", 0.375, 0.5), ("soon", 0.375, 0.5)],
    ids=["fraction", "at-the-cap", "above-the-cap-backs-off", "unreadable-backs-off"],
)
def test_retry_after_values(
    client: Client, faults: FaultControl, retry_waits: list[float], retry_after: str, low: float, high: float
) -> None:
    faults.add(f"status=429; retry-after={retry_after}", path="/api/version", method="GET", times=1)
    assert client.version().version
    assert faults.used() == [1]
    assert len(retry_waits) == 1
    assert low <= retry_waits[0] <= high


def test_header_fault_with_times_then_success(client: Client, retry_waits: list[float]) -> None:
    # The retries carry the same header; the server fails the first two of them (counted per id).
    spec = f"status=503; retry-after=1; times=2; id={uuid.uuid4().hex}"
    assert client.version(extra_headers=fault(spec)).version
    assert retry_waits == [1.0, 1.0]
    # The third request with this id is past `times`: it succeeds at once.
    assert client.version(extra_headers=fault(spec)).version
    assert retry_waits == [1.0, 1.0]


def test_persistent_503_raises_after_max_retries(
    target: Target, faults: FaultControl, retry_waits: list[float]
) -> None:
    faults.add("status=503; retry-after=1", path="/api/tags", method="GET")
    with Client(target.url, max_retries=3) as client, pytest.raises(ServiceUnavailableError) as caught:
        client.list()
    assert caught.value.status_code == 503
    assert "server busy" in caught.value.error
    assert isinstance(caught.value, ServerError)
    assert faults.used() == [4]
    assert retry_waits == [1.0, 1.0, 1.0]


async def test_persistent_503_on_a_stream_async(
    target: Target, model: str, faults: FaultControl, retry_waits: list[float]
) -> None:
    faults.add("status=503", path=CHAT)
    async with AsyncClient(target.url, max_retries=1) as client:
        with pytest.raises(ServiceUnavailableError):
            await client.chat_stream(model, messages=MESSAGES)
    assert faults.used() == [2]
    assert len(retry_waits) == 1


def test_persistent_429_raises_rate_limit_error(
    client: Client, faults: FaultControl, retry_waits: list[float]
) -> None:
    faults.add("status=429; retry-after=1; message=slow down", path="/api/ps", method="GET")
    with pytest.raises(RateLimitError) as caught:
        client.ps()
    assert (caught.value.status_code, caught.value.error) == (429, "slow down")
    assert faults.used() == [3]
    assert retry_waits == [1.0, 1.0]


def test_no_retry_with_max_retries_zero(
    quick: Client, faults: FaultControl, retry_waits: list[float]
) -> None:
    faults.add("status=503", path="/api/version", method="GET")
    with pytest.raises(ServiceUnavailableError):
        quick.version()
    assert faults.used() == [1]
    assert retry_waits == []


def test_no_retry_after_a_stream_has_yielded(client: Client, model: str, faults: FaultControl) -> None:
    faults.add("error-after=1; message=busy", path=GENERATE)
    with client.generate_stream(model, prompt="Go", options=OPTIONS) as stream:
        first = next(stream)
        assert first.done is False
        with pytest.raises(StreamError):
            next(stream)
    assert faults.used() == [1]


def test_iterable_blob_body_is_not_resent(
    client: Client, faults: FaultControl, retry_waits: list[float]
) -> None:
    data, digest = random_blob(20_000)
    faults.add("status=503; retry-after=1", path="/api/blobs/" + digest, times=1)
    # An iterator can be read once: a 503 after it was sent is raised, not retried.
    with pytest.raises(ServiceUnavailableError):
        client.create_blob(digest, chunked(data, 5_000))
    assert faults.used() == [1]
    assert client.blob_exists(digest) is False
    # Bytes can be sent again: the same failure is retried and the upload succeeds.
    faults.add("status=503; retry-after=1", path="/api/blobs/" + digest, times=1)
    client.create_blob(digest, data)
    assert faults.used() == [1, 1]
    assert retry_waits == [1.0]
    assert client.blob_exists(digest) is True


# ---- connections


def test_answer_cut_mid_body_is_a_connection_error(client: Client, model: str, faults: FaultControl) -> None:
    faults.add("cut-after=0", path=GENERATE)
    with pytest.raises(APIConnectionError) as caught:
        client.generate(model, prompt="Hi")
    assert not isinstance(caught.value, APITimeoutError)
    assert client.base_url in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.TransportError)
    # The status line had arrived: the request is not sent again.
    assert faults.used() == [1]


# ---- statuses and headers


STATUS_ERRORS: list[tuple[int, type[ResponseError]]] = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (418, ResponseError),
    (429, RateLimitError),
    (500, ServerError),
    (502, ServerError),
    (503, ServiceUnavailableError),
]


@pytest.mark.parametrize(("status", "error_class"), STATUS_ERRORS)
def test_extra_headers_arrive_and_statuses_map_to_classes(
    quick: Client, model: str, status: int, error_class: type[ResponseError]
) -> None:
    header = fault(f"status={status}; message=injected {status}")
    with pytest.raises(error_class) as caught:
        quick.show(model, extra_headers=header)
    assert type(caught.value) is error_class
    assert (caught.value.status_code, caught.value.error) == (status, f"injected {status}")
    assert caught.value.body == {"error": f"injected {status}"}
    # A streaming call raises the same class at the call.
    with pytest.raises(error_class):
        quick.generate_stream(model, prompt="Hi", extra_headers=header)


@pytest.mark.parametrize(("status", "error_class"), STATUS_ERRORS[:4])
async def test_statuses_map_to_classes_async(
    target: Target, model: str, status: int, error_class: type[ResponseError]
) -> None:
    async with AsyncClient(target.url, max_retries=0) as client:
        with pytest.raises(error_class) as caught:
            await client.embed(model, input="x", extra_headers=fault(f"status={status}"))
        assert caught.value.status_code == status


def test_client_headers_and_per_call_headers(target: Target, model: str) -> None:
    with Client(
        target.url, max_retries=0, headers={FAULT_HEADER: "status=418; message=from the client"}
    ) as client:
        with pytest.raises(ResponseError) as caught:
            client.version()
        assert caught.value.error == "from the client"
        # A per-call header replaces the client's header of the same name (an empty fault is none).
        assert client.version(extra_headers={FAULT_HEADER: ""}).version
        with pytest.raises(ResponseError) as caught:
            client.version(extra_headers=fault("status=418; message=from the call"))
        assert caught.value.error == "from the call"


def test_per_call_max_retries_overrides_the_client(
    client: Client, model: str, faults: FaultControl, retry_waits: list[float]
) -> None:
    faults.add("status=503; retry-after=1", path="/api/version", method="GET", times=3)
    with pytest.raises(ServiceUnavailableError):
        client.version(max_retries=0)
    assert (faults.used(), retry_waits) == ([1], [])
    # Two requests of the fault are left; four attempts get past them.
    assert client.version(max_retries=3).version
    assert faults.used() == [3]
    assert retry_waits == [1.0, 1.0]


async def test_per_call_max_retries_on_an_async_stream(
    aclient: AsyncClient, model: str, faults: FaultControl, retry_waits: list[float]
) -> None:
    faults.add("status=429; retry-after=1", path=CHAT, times=3)
    with pytest.raises(RateLimitError):
        await aclient.chat_stream(model, messages=MESSAGES, max_retries=1)
    assert faults.used() == [2]
    stream = await aclient.chat_stream(model, messages=MESSAGES, options={"num_predict": 2}, max_retries=5)
    async with stream:
        assert (await stream.collect()).eval_count == 2
    assert faults.used() == [3]
    assert retry_waits == [1.0, 1.0]
