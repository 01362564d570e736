"""A bounded schemathesis run over every operation of the spec against a bundled server of its own.

The same hooks and configuration as `make fuzz`: NDJSON lines validated one by one, Ollama's error
bodies, bounded generation. Then a stateful run that follows the spec's links (create → show/copy/
delete, blob upload → blob check), resetting the server before each scenario so scenarios do not
depend on each other. Zero failures expected.
"""

from __future__ import annotations

import collections
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from paths import SPEC_PATH

from hiramu.fuzz import hooks
from hiramu.fuzz.config import FuzzSettings, schemathesis_toml
from hiramu.fuzz.target import local_models
from hiramu.testing import ServerHandle, serve_in_thread

# Bounded: about a dozen generated cases per operation and phase, plus the spec's examples.
MAX_EXAMPLES = 12
SEED = 20260821
STATEFUL_SCENARIOS = 25
STATEFUL_STEPS = 6


@pytest.fixture(scope="module")
def fuzz_server() -> Iterator[ServerHandle]:
    # Its own server: fuzzing creates, copies and deletes models.
    with serve_in_thread() as server:
        yield server


def _load_schema(url: str, phases: tuple[str, ...]) -> Any:
    config = FuzzSettings(
        models=local_models(url),
        max_examples=MAX_EXAMPLES,
        network_max_examples=4,
        seed=SEED,
        request_timeout=30.0,
        stateful_max_steps=STATEFUL_STEPS,
        phases=phases,
    )
    schema = schemathesis.openapi.from_path(
        SPEC_PATH, config=schemathesis.Config.from_str(schemathesis_toml(config))
    )
    schema.config.update(base_url=url)
    return schema


@pytest.fixture(scope="module")
def fuzz_schema(fuzz_server: ServerHandle) -> Any:
    return _load_schema(fuzz_server.url, ("examples", "coverage", "fuzzing"))


schema = schemathesis.pytest.from_fixture("fuzz_schema")


# (operationId, media type) of every answer test_operation validated.
ANSWERS: collections.Counter[tuple[str, str]] = collections.Counter()
STREAMED_COMPAT = ("openai_chat_completions", "openai_completions", "openai_responses", "anthropic_messages")


@schema.parametrize()
def test_operation(case: Any) -> None:
    response = case.call_and_validate()
    content_type = (response.headers.get("content-type") or [""])[0].split(";")[0].strip()
    ANSWERS[(hooks.operation_id(case), content_type)] += 1


def test_compat_streams_were_fuzzed() -> None:
    # The event-stream checks had streams to read: every streamed compatible operation answered
    # with Server-Sent Events at least once above.
    if not ANSWERS:
        pytest.skip("test_operation did not run")
    streamed = {operation for (operation, media), _ in ANSWERS.items() if media == "text/event-stream"}
    assert set(STREAMED_COMPAT) <= streamed, sorted(ANSWERS.items())


def test_stateful_links(fuzz_server: ServerHandle) -> None:
    fuzz_server.reset()
    loaded = _load_schema(fuzz_server.url, ("stateful",))
    machine = loaded.as_state_machine()
    followed: list[str] = []

    class Scenario(machine):  # type: ignore[misc,valid-type]
        def setup(self) -> None:
            fuzz_server.reset()

        def after_call(self, response: Any, case: Any) -> None:
            super().after_call(response, case)
            followed.append(hooks.operation_id(case))

    Scenario.run(
        settings=settings(
            max_examples=STATEFUL_SCENARIOS,
            stateful_step_count=STATEFUL_STEPS,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
    )
    # The link targets were reached, not only the operations that start a scenario.
    assert {"create", "create_blob"} <= set(followed)
    assert set(followed) & {"show", "copy", "delete", "blob_exists"}
