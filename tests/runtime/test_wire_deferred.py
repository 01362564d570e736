"""Long arrays of objects are kept as received by `from_dict` and typed on first read.

The tensors of a real `show` answer (21 of them, recorded from Ollama) and the models of `list`
are long enough to be deferred; every way of reading a model must give what typing the list at
once gave, and a malformed element must raise the same `DecodeError`, at the first read.
"""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import pytest
from hiramu.ollama import DecodeError, OllamaError
from hiramu.ollama import _wire as wire
from hiramu.ollama.models import ChatResponse, EmbedResponse, ListResponse, ModelDetails, ShowResponse, Tensor
from hypothesis import given, settings
from hypothesis import strategies as st
from paths import RECORDINGS_DIR


def _show_document() -> dict[str, Any]:
    recording = json.loads((RECORDINGS_DIR / "show" / "verbose.json").read_text())
    document: dict[str, Any] = recording["response"]["json"]
    assert len(document["tensors"]) >= wire.DEFER_AT
    return document


def _tensors(count: int) -> list[dict[str, Any]]:
    return [{"name": f"blk.{i}.weight", "type": "F16", "shape": [i + 1, 64]} for i in range(count)]


def _list_document(count: int) -> dict[str, Any]:
    models = [
        {
            "name": f"m{i}:latest",
            "model": f"m{i}:latest",
            "size": i,
            "details": {"format": "gguf", "family": "llama", "families": ["llama"]},
        }
        for i in range(count)
    ]
    return {"models": models}


def test_a_long_list_is_typed_on_first_read_into_the_models_it_held() -> None:
    document = _show_document()
    answer = ShowResponse.from_dict(document)
    # Checked by `make typecheck` (mypy --strict on the tests): users still see a list of Tensors.
    tensors: list[Tensor] | None = answer.tensors
    assert tensors is not None
    assert tensors == [Tensor.from_dict(element) for element in document["tensors"]]
    assert all(type(tensor) is Tensor for tensor in tensors)
    assert answer.tensors is tensors  # typed once, then kept


def test_every_way_of_reading_gives_what_typing_at_once_gave() -> None:
    document = _show_document()
    unread = ShowResponse.from_dict(document)
    read = ShowResponse.from_dict(document)
    assert read.tensors is not None
    assert "tensors" in unread
    assert list(unread) == list(read)
    assert sorted(unread) == sorted(document)
    assert len(unread) == len(read) == len(document)
    assert repr(ShowResponse.from_dict(document)) == repr(read)
    assert ShowResponse.from_dict(document).to_dict() == read.to_dict() == document
    assert ShowResponse.from_dict(document) == read
    assert ShowResponse.from_dict(document)["tensors"] == read["tensors"]
    assert ShowResponse.from_dict(document).get("tensors") == read.tensors


def test_a_required_list_reads_its_zero_value_when_missing_and_its_models_when_long() -> None:
    answer = ListResponse.from_dict(_list_document(40))
    assert [model.size for model in answer.models] == list(range(40))
    assert answer.models[0].details == ModelDetails.from_dict(_list_document(1)["models"][0]["details"])
    empty = ListResponse.from_dict({})
    assert empty.models == []
    assert "models" not in empty
    assert empty.to_dict() == {}


def test_a_malformed_element_raises_the_same_error_at_the_first_read() -> None:
    document = _show_document()
    document["tensors"][3]["shape"] = "256x1043"
    answer = ShowResponse.from_dict(document)  # the outer shape is fine: no error yet
    for read in (
        lambda: answer.tensors,
        lambda: answer["tensors"],
        answer.to_dict,
        lambda: answer == ShowResponse.from_dict(document),
        lambda: repr(answer),
    ):
        with pytest.raises(DecodeError) as caught:
            read()
        assert caught.value.model == "ShowResponse"
        assert caught.value.path == ("tensors", 3, "shape")
        assert str(caught.value) == "ShowResponse.tensors[3].shape: expected array of integer, got string"


def test_the_path_of_an_error_inside_a_deferred_list_names_the_outer_model() -> None:
    document = _list_document(20)
    document["models"][17]["details"]["families"] = 7
    answer = ListResponse.from_dict(document)
    with pytest.raises(DecodeError) as caught:
        _ = answer.models
    assert str(caught.value) == (
        "ListResponse.models[17].details.families: expected array of string or null, got int"
    )


@pytest.mark.parametrize("bad", ["a string", 3, None, [1, 2], True])
def test_an_element_that_is_no_object_fails_from_dict(bad: Any) -> None:
    document = _show_document()
    document["tensors"][5] = bad
    with pytest.raises(DecodeError) as caught:
        ShowResponse.from_dict(document)
    assert caught.value.path == ("tensors", 5)


def test_from_dict_reports_the_first_bad_element_as_before() -> None:
    # Element 2 is malformed inside, element 9 is no object: typing at once stopped at element 2.
    document = _show_document()
    document["tensors"][2]["name"] = 1
    document["tensors"][9] = "x"
    with pytest.raises(DecodeError) as caught:
        ShowResponse.from_dict(document)
    assert caught.value.path == ("tensors", 2, "name")


def test_a_value_that_is_no_array_fails_from_dict() -> None:
    with pytest.raises(DecodeError) as caught:
        ShowResponse.from_dict({**_show_document(), "tensors": {"name": "x"}})
    assert str(caught.value) == "ShowResponse.tensors: expected array of object, got object"


def test_short_lists_are_typed_by_from_dict() -> None:
    short = _tensors(wire.DEFER_AT - 1)
    short[-1]["shape"] = "x"
    with pytest.raises(DecodeError):
        ShowResponse.from_dict({"tensors": short})
    long = _tensors(wire.DEFER_AT)
    long[-1]["shape"] = "x"
    answer = ShowResponse.from_dict({"tensors": long})
    with pytest.raises(DecodeError):
        _ = answer.tensors
    # The streaming path: a malformed tool call still fails the chunk itself.
    line = {"message": {"role": "assistant", "content": "", "tool_calls": [{"function": 3}]}}
    with pytest.raises(DecodeError) as caught:
        ChatResponse.from_dict(line)
    assert caught.value.path == ("message", "tool_calls", 0, "function")


def test_copies_and_pickles_of_an_unread_answer_are_equal_and_independent() -> None:
    document = _show_document()
    answer = ShowResponse.from_dict(document)
    shallow = copy.copy(answer)
    deep = copy.deepcopy(answer)
    pickled = pickle.loads(pickle.dumps(answer))
    assert shallow.tensors is not None  # typing the copy leaves the original's list pending
    assert "tensors" in answer
    assert answer.to_dict() == deep.to_dict() == pickled.to_dict() == document
    assert answer == shallow == deep == pickled


def test_assigning_or_deleting_replaces_the_pending_list() -> None:
    answer = ShowResponse.from_dict(_show_document())
    answer.tensors = []
    assert answer.tensors == []
    assert answer.to_dict()["tensors"] == []
    answer = ShowResponse.from_dict(_show_document())
    del answer["tensors"]
    assert "tensors" not in answer
    assert answer.tensors is None
    assert "tensors" not in answer.to_dict()
    listed = ListResponse.from_dict(_list_document(30))
    del listed["models"]
    assert "models" not in listed
    assert listed.models == []
    assert listed.to_dict() == {}


# Any JSON value in place of a tensor's field, or of a tensor: from_dict, the first read and
# to_dict() either succeed or raise DecodeError, never another exception.
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=60, deadline=None)
@given(index=st.integers(0, wire.DEFER_AT), key=st.sampled_from(["name", "type", "shape", None]), value=_json)
def test_nothing_but_a_decode_error_escapes(index: int, key: str | None, value: Any) -> None:
    tensors: list[Any] = _tensors(wire.DEFER_AT + 1)
    if key is None:
        tensors[index] = value
    else:
        tensors[index][key] = value
    try:
        answer = ShowResponse.from_dict({"tensors": tensors})
        read = answer.tensors
        assert read is not None
        assert answer.to_dict() == ShowResponse.from_dict({"tensors": [t.to_dict() for t in read]}).to_dict()
    except OllamaError as error:
        assert isinstance(error, DecodeError)
        assert error.path[:2] == ("tensors", index)


@pytest.mark.parametrize(("bad", "got"), [("0.5", "string"), (True, "boolean"), (None, "null")])
def test_a_long_embedding_still_rejects_what_is_no_number(bad: Any, got: str) -> None:
    vector: list[Any] = [0.25] * 4096
    vector[4000] = bad
    with pytest.raises(DecodeError) as caught:
        EmbedResponse.from_dict({"embeddings": [[0.5] * 4096, vector]})
    assert caught.value.path == ("embeddings", 1, 4000)
    assert caught.value.got == got


def test_a_long_embedding_takes_integers_and_floats() -> None:
    vector: list[Any] = [0.25] * 4096
    vector[7] = 0
    assert EmbedResponse.from_dict({"embeddings": [vector]}).embeddings == [vector]
