"""SSEDecoder and SSEJSONStream: WHATWG event-stream parsing, any split of the bytes, stream ends and errors."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from hiramu.ollama._exceptions import DecodeError, IncompleteStreamError, OllamaError, StreamError
from hiramu.ollama._sse import ServerSentEvent, SSEDecoder, SSEJSONStream, SSEMessage
from hypothesis import given, settings
from hypothesis import strategies as st

# Characters a naive splitter would take for line ends, plus multi-byte ones.
TRICKY = ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "é", "€", "😀", ":", " ", "\x00", "\ufeff"]
field_text = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\r\n") | st.sampled_from(TRICKY),
    max_size=20,
)
event_names = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\r\n"), max_size=12
)
line_ends = st.sampled_from(["\n", "\r\n", "\r"])


def decode_all(chunks: list[bytes], decoder: SSEDecoder | None = None) -> list[ServerSentEvent]:
    decoder = decoder or SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    events.extend(decoder.flush())
    return events


def split_at(data: bytes, cuts: list[int]) -> list[bytes]:
    points = [0, *sorted(cuts), len(data)]
    return [data[start:end] for start, end in itertools.pairwise(points)]


def after_colon(value: str) -> str:
    """A field's value as the standard reads it: one space after the colon is dropped."""
    return value[1:] if value.startswith(" ") else value


@st.composite
def event_streams(draw: st.DrawFn) -> tuple[list[ServerSentEvent], bytes]:
    """A stream written with every field form, and the events a browser would dispatch from it."""
    expected: list[ServerSentEvent] = []
    out: list[str] = []
    last_id = ""
    retry: int | None = None
    for _ in range(draw(st.integers(0, 6))):
        end = draw(line_ends)
        name = draw(st.none() | event_names)
        data_lines = draw(st.lists(field_text, max_size=3))
        for _ in range(draw(st.integers(0, 1))):
            out.append(":" + draw(field_text) + end)  # a comment
        if name is not None:
            written = draw(st.sampled_from(["", " "])) + name
            out.append(f"event:{written}{end}")
            name = after_colon(written)
        values = []
        for line in data_lines:
            # "data:x", "data: x" and, for an empty value, a bare "data"
            form = draw(st.sampled_from(["data:", "data: ", "data"] if line == "" else ["data:", "data: "]))
            out.append(f"{form}{line}{end}")
            values.append(after_colon(form[5:] + line))
        if draw(st.booleans()):
            new_id = draw(field_text)
            out.append(f"id: {new_id}{end}")
            if "\x00" not in new_id:
                last_id = new_id
        if draw(st.booleans()):
            value = draw(st.integers(0, 10**6))
            out.append(f"retry: {value}{end}")
            retry = value
        if draw(st.booleans()):
            out.append(f"x-unknown: {draw(field_text)}{end}")
        out.append(end)  # the blank line that dispatches
        if data_lines:
            expected.append(ServerSentEvent("\n".join(values), name or "message", last_id, retry))
    return expected, "".join(out).encode("utf-8")


@settings(max_examples=300, deadline=None)
@given(stream=event_streams(), data=st.data())
def test_any_stream_any_split(stream: tuple[list[ServerSentEvent], bytes], data: st.DataObject) -> None:
    expected, body = stream
    cuts = data.draw(st.lists(st.integers(0, len(body)), max_size=12))
    assert decode_all(split_at(body, cuts)) == expected


@settings(deadline=None)
@given(stream=event_streams())
def test_one_byte_chunks(stream: tuple[list[ServerSentEvent], bytes]) -> None:
    expected, body = stream
    assert decode_all([body[i : i + 1] for i in range(len(body))]) == expected


def test_crlf_split_across_reads_is_one_line_end() -> None:
    body = b"data: a\r\n\r\ndata: b\r\n\r\n"
    for cut in range(len(body) + 1):
        for second in range(cut, len(body) + 1):
            assert decode_all(split_at(body, [cut, second])) == [ServerSentEvent("a"), ServerSentEvent("b")]
    # A lone CR is a line end too, so CR CR is a line and a blank line.
    assert decode_all([b"data: a\r", b"\r"]) == [ServerSentEvent("a")]


def test_unicode_line_separators_stay_inside_data() -> None:
    data = "a\u2028b\u2029c\x85d\x0be\x0cf😀"
    body = f"data: {data}\n\n".encode()
    for cut in range(len(body) + 1):
        assert decode_all(split_at(body, [cut])) == [ServerSentEvent(data)]


def test_multi_line_data_comments_and_fields() -> None:
    body = (
        b": a comment\n"
        b"event: message_start\n"
        b'data: {"a":\n'
        b"data:  1}\n"
        b"id: 7\n"
        b"retry: 1500\n"
        b"\n"
        b"data\n"  # a bare field name: an empty data line
        b"\n"
        b"id: bad\x00id\n"  # an id with NUL is ignored
        b"retry: 12x\n"  # not all digits: ignored
        b"data: second\n"
        b"\n"
    )
    assert decode_all([body]) == [
        ServerSentEvent('{"a":\n 1}', "message_start", "7", 1500),
        ServerSentEvent("", "message", "7", 1500),
        ServerSentEvent("second", "message", "7", 1500),
    ]


def test_events_without_data_are_not_dispatched() -> None:
    # Blank lines, an event name alone and an id alone dispatch nothing (WHATWG "if data is empty").
    assert decode_all([b"\n\n\nevent: ping\n\nid: 3\n\n: keep-alive\n\n"]) == []


def test_only_one_space_after_the_colon_is_removed() -> None:
    assert decode_all([b"data:  two\nevent:  x\n\n"]) == [ServerSentEvent(" two", " x")]


def test_bom_at_the_start_is_ignored_even_split() -> None:
    assert decode_all([b"\xef", b"\xbb", b"\xbfdata: x\n\n"]) == [ServerSentEvent("x")]
    # Only at the very start: elsewhere it is part of the field name, an unknown field.
    assert decode_all([b"data: x\n\n\xef\xbb\xbfdata: y\n\n"]) == [ServerSentEvent("x")]


def test_invalid_utf8_is_replaced() -> None:
    assert decode_all([b"data: a\xffb\n\n"]) == [ServerSentEvent("a\ufffdb")]


def test_unterminated_event_is_dropped_and_pending() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: one\n\ndata: tw") == [ServerSentEvent("one")]
    assert decoder.pending
    assert decoder.flush() == []
    decoder = SSEDecoder()
    decoder.feed(b"data: one\n\n")
    assert not decoder.pending


def test_event_size_limit() -> None:
    decoder = SSEDecoder(max_event_bytes=100)
    assert decoder.feed(b"data: ok\n\n" + b"data: " + b"x" * 50 + b"\n") == [ServerSentEvent("ok")]
    with pytest.raises(DecodeError, match="longer than 100 bytes"):
        decoder.feed(b"data: " + b"y" * 60 + b"\n")
    with pytest.raises(DecodeError):
        decoder.feed(b"\n")  # a failed decoder keeps failing
    with pytest.raises(ValueError):
        SSEDecoder(0)


# ---- SSEJSONStream


def read(chunks: list[bytes], stream: SSEJSONStream) -> list[SSEMessage]:
    out: list[SSEMessage] = []
    for chunk in chunks:
        out.extend(stream.feed(chunk))
    stream.close()
    return out


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(min_value=2**64) | field_text,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(field_text, children, max_size=3),
    max_leaves=8,
)
payloads = st.dictionaries(field_text.filter(lambda k: k != "error"), json_values, max_size=4)


@settings(max_examples=200, deadline=None)
@given(values=st.lists(payloads, max_size=5), data=st.data())
def test_openai_style_stream_any_split(values: list[dict[str, Any]], data: st.DataObject) -> None:
    body = b"".join(b"data: " + json.dumps(v, ensure_ascii=False).encode() + b"\n\n" for v in values)
    body += b"data: [DONE]\n\n"
    cuts = data.draw(st.lists(st.integers(0, len(body)), max_size=10))
    got = read(split_at(body, cuts), SSEJSONStream(done_sentinel=True))
    # repr tells 1 from 1.0 and keeps integers beyond 64 bits exact
    assert repr(got) == repr([SSEMessage(None, v) for v in values])


@settings(max_examples=100, deadline=None)
@given(values=st.lists(payloads, max_size=4), data=st.data())
def test_named_event_stream_any_split(values: list[dict[str, Any]], data: st.DataObject) -> None:
    events = [("content_block_delta", v) for v in values] + [("message_stop", {"type": "message_stop"})]
    body = (
        b"".join(f"event: {name}\r\ndata: {json.dumps(v)}\r\n\r\n".encode() for name, v in events)
        + b"event: ignored\ndata: {}\n\n"
    )
    cuts = data.draw(st.lists(st.integers(0, len(body)), max_size=10))
    stream = SSEJSONStream(final_events={"message_stop"})
    assert read(split_at(body, cuts), stream) == [SSEMessage(n, v) for n, v in events]
    assert stream.finished


@settings(max_examples=100, deadline=None)
@given(values=st.lists(payloads, min_size=1, max_size=4), data=st.data())
def test_a_cut_stream_raises_incomplete(values: list[dict[str, Any]], data: st.DataObject) -> None:
    body = b"".join(b"data: " + json.dumps(v).encode() + b"\n\n" for v in values) + b"data: [DONE]\n\n"
    cut = data.draw(st.integers(0, len(body) - 3))  # anywhere before the sentinel's blank line
    stream = SSEJSONStream(done_sentinel=True)
    got = stream.feed(body[:cut])
    with pytest.raises(IncompleteStreamError) as caught:
        stream.close()
    assert caught.value.lines_received == len(got)
    assert isinstance(caught.value, OllamaError)


def test_cut_in_the_middle_of_an_event_says_so() -> None:
    stream = SSEJSONStream(final_events={"message_stop"})
    assert stream.feed(b'event: message_start\ndata: {"a":1}\n\nevent: content_block_delta\ndata: {"b"') == [
        SSEMessage("message_start", {"a": 1})
    ]
    with pytest.raises(IncompleteStreamError, match="in the middle of an event after 1 event"):
        stream.close()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        # Anthropic's error event
        (
            b'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"busy"}}\n\n',
            "busy",
        ),
        # the OpenAI shape inside a data-only stream
        (b'data: {"error":{"message":"boom","type":"api_error","param":null,"code":null}}\n\n', "boom"),
        # Ollama's native error line
        (
            b'data: {"error":"model runner has unexpectedly stopped"}\n\n',
            "model runner has unexpectedly stopped",
        ),
        # the Responses API's failure event
        (
            b'event: response.failed\ndata: {"type":"response.failed","sequence_number":3,'
            b'"response":{"status":"failed","error":{"code":"api_error","message":"search failed"}}}\n\n',
            "search failed",
        ),
    ],
)
def test_error_events_raise_stream_error_after_the_good_ones(body: bytes, message: str) -> None:
    good = b'event: first\ndata: {"n":1}\n\n' if body.startswith(b"event") else b'data: {"n":1}\n\n'
    stream = SSEJSONStream(done_sentinel=True, final_events={"message_stop"}, status_code=200)
    assert [m.data for m in stream.feed(good + body)] == [{"n": 1}]
    with pytest.raises(StreamError) as caught:
        stream.feed(b"data: {}\n\n")
    assert caught.value.error == message
    assert caught.value.status_code == 200
    assert isinstance(caught.value.line, dict)
    with pytest.raises(StreamError):
        stream.close()  # a failed stream keeps failing


def test_an_error_member_in_a_named_event_is_data() -> None:
    # Only unnamed events use the {"error": ...} convention; a named event's data is its own.
    stream = SSEJSONStream(final_events={"done"})
    assert read([b'event: tool\ndata: {"error": "not mine"}\n\nevent: done\ndata: {}\n\n'], stream) == [
        SSEMessage("tool", {"error": "not mine"}),
        SSEMessage("done", {}),
    ]


def test_data_that_is_not_json_is_a_decode_error() -> None:
    stream = SSEJSONStream(done_sentinel=True)
    assert stream.feed(b'data: {"ok":1}\n\ndata: {oops\n\n') == [SSEMessage(None, {"ok": 1})]
    with pytest.raises(DecodeError, match="not JSON"):
        stream.close()


def test_bytes_after_the_end_are_ignored() -> None:
    stream = SSEJSONStream(done_sentinel=True)
    assert stream.feed(b"data: [DONE]\n\ndata: {oops\n\n") == []
    assert stream.feed(b"more garbage") == []
    stream.close()
    assert stream.finished and stream.events_received == 1
