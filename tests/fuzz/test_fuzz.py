"""A bounded schemathesis run over every operation of the spec against a fresh bundled server.

The same hooks and configuration as `make fuzz` (NDJSON lines validated one by one, Ollama's error
bodies, bounded generation), without the stateful phase: that needs a server reset between
scenarios and runs in `make fuzz`. Zero failures expected.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from paths import SPEC_PATH

import fuzz.hooks  # noqa: F401  (registers the NDJSON deserializer, the checks and the bounding)
from fuzz.config import FuzzSettings, schemathesis_toml
from fuzz.target import bundled_server, bundled_server_available, local_models

pytestmark = pytest.mark.skipif(
    not bundled_server_available(), reason="the bundled server (tests/local_ollama) cannot be started yet"
)

# Bounded: about a dozen generated cases per operation and phase, plus the spec's examples.
MAX_EXAMPLES = 12
SEED = 20260821


@pytest.fixture(scope="module")
def fuzz_server() -> Iterator[str]:
    # Its own server: fuzzing creates, copies and deletes models.
    with bundled_server() as url:
        yield url


@pytest.fixture(scope="module")
def fuzz_schema(fuzz_server: str) -> Any:
    settings = FuzzSettings(
        models=local_models(fuzz_server),
        max_examples=MAX_EXAMPLES,
        network_max_examples=4,
        seed=SEED,
        request_timeout=30.0,
        phases=("examples", "coverage", "fuzzing"),
    )
    config = schemathesis.Config.from_str(schemathesis_toml(settings))
    schema = schemathesis.openapi.from_path(SPEC_PATH, config=config)
    schema.config.update(base_url=fuzz_server)
    return schema


schema = schemathesis.pytest.from_fixture("fuzz_schema")


@schema.parametrize()
def test_operation(case: Any) -> None:
    case.call_and_validate()
