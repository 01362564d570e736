"""The clients' docstrings tell the truth, in the Google style the API reference is built from.

Every public method documents each of its parameters under `Args:` (`extra_body`,
`extra_headers`, `timeout` and `max_retries` included), says what it returns and what it raises;
non-streaming methods do not claim to stream; each `_stream` twin says what it yields and what
`collect()` returns; no docstring points at a private module.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable

import pytest
from hiramu.ollama import AsyncClient, AsyncClientWithRawResponse, Client, ClientWithRawResponse
from paths import REPO_ROOT

CLASSES = [Client, AsyncClient, ClientWithRawResponse, AsyncClientWithRawResponse]
PRIVATE_MODULES = sorted(path.stem for path in (REPO_ROOT / "generator" / "runtime").glob("_*.py"))
STANDARD = ["extra_headers", "timeout", "max_retries"]


def public_methods() -> list[tuple[str, Callable[..., object]]]:
    found: list[tuple[str, Callable[..., object]]] = []
    for cls in CLASSES:
        for name, value in vars(cls).items():
            if inspect.isfunction(value) and not name.startswith("_"):
                found.append((f"{cls.__name__}.{name}", value))
    return found


METHODS = public_methods()
IDS = [name for name, _ in METHODS]


def sections(doc: str) -> dict[str, str]:
    """The docstring's Google-style sections by title (`Args`, `Returns`, `Raises`)."""
    parts = re.split(r"^ *(Args|Returns|Raises):\n", doc, flags=re.M)
    return {parts[index]: parts[index + 1] for index in range(1, len(parts) - 1, 2)}


def test_there_are_methods_to_check() -> None:
    assert len(METHODS) > 120


@pytest.mark.parametrize(("name", "method"), METHODS, ids=IDS)
def test_args_returns_raises(name: str, method: Callable[..., object]) -> None:
    doc = inspect.getdoc(method) or ""
    found = sections(doc)
    assert set(found) >= {"Args", "Returns", "Raises"}, name
    documented = set(re.findall(r"^    (\w+):", found["Args"], flags=re.M))
    parameters = [p for p in inspect.signature(method).parameters if p != "self"]
    assert [p for p in parameters if p not in documented] == []
    assert [p for p in documented if p not in parameters] == []
    assert found["Returns"].strip()
    assert re.search(r"^    \w+:", found["Raises"], flags=re.M)


@pytest.mark.parametrize(("name", "method"), METHODS, ids=IDS)
def test_every_call_option_is_taken(name: str, method: Callable[..., object]) -> None:
    parameters = inspect.signature(method).parameters
    expected = [
        option for option in STANDARD if not (name.endswith(".is_running") and option == "max_retries")
    ]
    assert [option for option in expected if option not in parameters] == []


@pytest.mark.parametrize(("name", "method"), METHODS, ids=IDS)
def test_streaming_is_described_truthfully(name: str, method: Callable[..., object]) -> None:
    doc = inspect.getdoc(method) or ""
    assert not re.search(r"Streams( progress)? by default", doc)
    raw = name.startswith(("ClientWithRawResponse", "AsyncClientWithRawResponse"))
    if name.endswith("_stream") and not raw:
        assert "yields" in doc and "collect()" in doc, name
    elif name.split(".")[-1] in {"chat", "generate", "pull", "push", "create"} and not raw:
        assert "stream: false" in doc, name


@pytest.mark.parametrize(("name", "method"), METHODS, ids=IDS)
def test_no_private_module_is_named(name: str, method: Callable[..., object]) -> None:
    doc = inspect.getdoc(method) or ""
    named = [module for module in PRIVATE_MODULES if re.search(rf"(?<![\w]){module}\b", doc)]
    assert named == []
