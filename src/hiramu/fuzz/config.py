"""The schemathesis configuration shared by `make fuzz` (CLI) and the bounded pytest run."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

# Checks whose premise does not hold for Ollama's API:
# * not_a_server_error: Ollama answers many well-formed requests with a documented 500 (wrong option
#   types, failed pulls, unsupported quantization); `error_bodies_are_ollama_errors` checks those.
# * positive_data_acceptance / negative_data_rejection: Ollama validates by meaning (model names,
#   capabilities, `from` or `files`) and lazily (an unusable `format` only fails once a model runs),
#   so schema validity does not predict the status. `--strict` turns them back on to explore.
# * the auth and resource-lifecycle checks need path-addressed resources or credentials Ollama lacks.
RELAXED_CHECKS = ("not_a_server_error", "positive_data_acceptance", "negative_data_rejection")
INAPPLICABLE_CHECKS = (
    "use_after_free",
    "ensure_resource_availability",
    "missing_required_header",
    "ignored_auth",
    "object_level_authorization",
)
# Operations that reach ollama.com or a registry, or change the server's account.
NETWORK_OPERATIONS = ("pull", "push", "whoami", "signout", "delete_user_key", "web_search", "web_fetch")
# Operations that take the body's `model` as an existing model to run or read (the compatible ones
# included: the audio route's multipart form has a `model` field too).
MODEL_READERS = (
    "generate",
    "chat",
    "embed",
    "embeddings",
    "show",
    "openai_chat_completions",
    "openai_completions",
    "openai_embeddings",
    "openai_responses",
    "openai_audio_transcriptions",
    "anthropic_messages",
)
# Operations that name an existing model in the path.
PATH_MODEL_READERS = ("openai_retrieve_model",)


@dataclass(frozen=True)
class FuzzSettings:
    models: Sequence[str] = ()
    max_examples: int = 20
    # Cap for operations that only talk to the network or the account (they mostly fail offline).
    network_max_examples: int = 5
    seed: int | None = None
    max_time: int | None = None
    request_timeout: float = 30.0
    stateful_max_steps: int = 6
    strict: bool = False
    excluded_operations: Sequence[str] = field(default_factory=tuple)
    phases: Sequence[str] = ("examples", "coverage", "fuzzing", "stateful")


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"no TOML form for {value!r}")


def _operation_block(operation_ids: Iterable[str], entries: dict[str, object]) -> list[str]:
    lines = ["", "[[operations]]", f"include-operation-id = {_toml(list(operation_ids))}"]
    lines += [f"{key} = {_toml(value)}" for key, value in entries.items()]
    return lines


def schemathesis_toml(settings: FuzzSettings) -> str:
    """TOML for `schemathesis --config-file` and `schemathesis.Config.from_str`."""
    lines = ["workers = 1", f"request-timeout = {_toml(settings.request_timeout)}"]
    if settings.seed is not None:
        lines.append(f"seed = {settings.seed}")
    if settings.max_time is not None:
        lines.append(f"max-time = {settings.max_time}")
    # No example database: a seeded run repeats exactly and leaves nothing behind.
    lines += ["", "[generation]", f"max-examples = {settings.max_examples}", 'database = "none"']
    for phase in ("examples", "coverage", "fuzzing", "stateful"):
        lines += ["", f"[phases.{phase}]", f"enabled = {_toml(phase in settings.phases)}"]
    lines.append(f"max-steps = {settings.stateful_max_steps}")
    lines += ["", "[checks]"]
    disabled = list(INAPPLICABLE_CHECKS) + ([] if settings.strict else list(RELAXED_CHECKS))
    lines += [f"{name} = {{ enabled = false }}" for name in disabled]
    if settings.models:
        names = sorted(set(settings.models) | {name.removesuffix(":latest") for name in settings.models})
        lines += ["", "[dictionaries.models]", f"values = {_toml(names)}"]
        lines += _operation_block(
            MODEL_READERS, {"parameters": {"body.model": {"dictionary": "models", "probability": 0.7}}}
        )
        lines += _operation_block(
            PATH_MODEL_READERS, {"parameters": {"path.model": {"dictionary": "models", "probability": 0.7}}}
        )
        lines += _operation_block(
            ["copy"], {"parameters": {"body.source": {"dictionary": "models", "probability": 0.7}}}
        )
        lines += _operation_block(
            ["create"], {"parameters": {"body.from": {"dictionary": "models", "probability": 0.5}}}
        )
    network = [op for op in NETWORK_OPERATIONS if op not in settings.excluded_operations]
    if network:
        lines += _operation_block(network, {"generation": {"max-examples": settings.network_max_examples}})
    if settings.excluded_operations:
        lines += _operation_block(settings.excluded_operations, {"enabled": False})
    return "\n".join(lines) + "\n"
