"""Replay conformance: every recorded request of a real Ollama, answered alike by the bundled server.

The recordings ran as one sequence (later cases use models created by earlier ones), so the whole
sequence is replayed once, in order, against a server reset to its start-up state; each case then
checks its own answer. See ``replay.py`` for what "alike" means and the documented exceptions.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from paths import RECORDINGS_DIR

from hiramu.testing import ServerHandle, tiny_models_dir

from .replay import EXCEPTIONS, SETUP, STATUS_ALTERNATIVES, Outcome, compare, load_case, load_index, send

INDEX = load_index(RECORDINGS_DIR) if (RECORDINGS_DIR / "index.json").is_file() else []
KEYS = [f"{e['operation']}/{e['case']}" for e in INDEX]


@pytest.fixture(scope="module")
def replayed(ollama_server: ServerHandle) -> dict[str, tuple[dict[str, Any], Outcome]]:
    ollama_server.reset()
    results: dict[str, tuple[dict[str, Any], Outcome]] = {}
    models = tiny_models_dir()
    with httpx.Client(base_url=ollama_server.url, timeout=30) as client:
        for entry, key in zip(INDEX, KEYS, strict=True):
            for step in SETUP.get(key, []):
                send(client, step, models)
            case = load_case(RECORDINGS_DIR, entry)
            results[key] = (case, send(client, case["request"], models))
    ollama_server.reset()
    return results


def test_recordings_are_present() -> None:
    # Without recordings the parametrized test below would check nothing.
    assert len(INDEX) >= 100, f"expected the recorded cases in {RECORDINGS_DIR}"
    assert len(set(KEYS)) == len(KEYS)


@pytest.mark.parametrize("key", KEYS)
def test_replay(key: str, replayed: dict[str, tuple[dict[str, Any], Outcome]]) -> None:
    case, outcome = replayed[key]
    problems = compare(key, case, outcome)
    assert not problems, f"{key} ({case.get('description')}): " + "; ".join(problems)


def test_exceptions_name_real_cases() -> None:
    assert set(EXCEPTIONS) <= set(KEYS)
    assert set(SETUP) <= set(KEYS)
    assert set(STATUS_ALTERNATIVES) <= set(KEYS)
