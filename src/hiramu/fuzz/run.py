"""Fuzz an Ollama server with schemathesis, driven by the OpenAPI document shipped in hiramu.

    python -m hiramu.fuzz [URL] [--max-time SECONDS] [--seed N] [--strict] [--all-operations] ...

URL: the server to fuzz (`http://host:11434`, or `host:port` read the way Ollama reads OLLAMA_HOST).
Without it, a fresh bundled server (`hiramu.testing`) is started for the run and stopped afterwards.
The run has a time budget, ends with a stateful phase that follows the spec's links, validates every
NDJSON line and every Server-Sent Event of the compatible routes, and writes a JUnit report plus
the stream error lines (and error events) it saw to the report folder.

Against a server you name, operations that reach ollama.com, a registry or your account are left out
unless `--all-operations` is given, the destructive operations only touch model names starting with
`hiramu-fuzz-`, and every model the run created is deleted at the end (also after a failure or
Ctrl-C); models that were there before the run are left alone.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import httpx

from .cleanup import CreatedModels
from .config import NETWORK_OPERATIONS, FuzzSettings, schemathesis_toml
from .spec import spec_path
from .target import bundled_server, bundled_server_available, display_path, local_models, normalize_host

DEFAULT_REPORT_DIR = Path("reports")
# The exit status of a run stopped with Ctrl-C (128 + SIGINT), as a shell reports it.
INTERRUPTED = 130
# The exit status when the server cannot be reached (argparse uses 2 for usage errors).
UNREACHABLE = 3


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m hiramu.fuzz",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "url", nargs="?", default=None, help="the server to fuzz (default: start the bundled server)"
    )
    parser.add_argument(
        "--max-time", type=int, default=180, help="time budget of the run in seconds (default 180)"
    )
    parser.add_argument(
        "--max-examples", type=int, default=30, help="generated cases per operation and phase"
    )
    parser.add_argument("--seed", type=int, default=None, help="seed for a reproducible run")
    parser.add_argument(
        "--request-timeout", type=float, default=60.0, help="seconds per request (default 60)"
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="also require schema-valid requests to succeed and schema-invalid ones to be rejected",
    )
    parser.add_argument(
        "--all-operations",
        action="store_true",
        help="with a URL: also fuzz pull, push, account and web operations (network and sign-out!)",
    )
    parser.add_argument(
        "--phases",
        default="examples,coverage,fuzzing,stateful",
        help="comma-separated schemathesis phases (default: all four)",
    )
    parser.add_argument(
        "--operation",
        action="append",
        default=[],
        metavar="OPERATION_ID",
        help="fuzz only this operation (repeatable; the stateful phase is then skipped)",
    )
    parser.add_argument(
        "--report-dir", type=Path, default=DEFAULT_REPORT_DIR, help="where reports go (default ./reports)"
    )
    return parser.parse_args(argv)


@contextmanager
def target(url: str | None) -> Iterator[tuple[str, bool]]:
    """(base URL, whether the server belongs to someone else)."""
    if url is not None and url.strip():
        yield normalize_host(url), True
        return
    if not bundled_server_available():
        raise SystemExit(
            "no URL given and the bundled server cannot start here (it needs hiramu.testing with "
            "uvicorn, gguf and numpy installed); name a server: python -m hiramu.fuzz http://host:11434"
        )
    with bundled_server() as bundled:
        yield bundled, False


def schemathesis_command(
    spec: Path, config: Path, url: str, junit: Path, operations: Sequence[str]
) -> list[str]:
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(config),
        "run",
        str(spec),
        "--url",
        url,
        "--report",
        "junit",
        "--report-junit-path",
        str(junit),
    ]
    for operation in operations:
        command += ["--include-operation-id", operation]
    return command


def call_schemathesis(command: list[str], env: dict[str, str]) -> int:
    """Run the schemathesis CLI and wait for it; on Ctrl-C it is stopped before this raises."""
    return subprocess.call(command, env=env)


def run(args: argparse.Namespace) -> int:
    report_dir: Path = args.report_dir.resolve()
    report_dir.mkdir(parents=True, exist_ok=True)
    junit = report_dir / "fuzz-junit.xml"
    error_lines = report_dir / "fuzz-error-lines.jsonl"
    network_errors = report_dir / "fuzz-network-errors.jsonl"
    created = report_dir / "fuzz-created-models.jsonl"
    config_path = report_dir / "fuzz-schemathesis.toml"
    error_lines.write_text("", encoding="utf-8")
    network_errors.write_text("", encoding="utf-8")
    phases = [p.strip() for p in args.phases.split(",") if p.strip()]
    if args.operation:
        # Links lead out of a filtered selection; schemathesis refuses a stateful phase then.
        phases = [p for p in phases if p != "stateful"]

    with target(args.url) as (url, foreign), spec_path() as spec:
        excluded = () if (not foreign or args.all_operations) else NETWORK_OPERATIONS
        settings = FuzzSettings(
            models=local_models(url),
            max_examples=args.max_examples,
            seed=args.seed,
            max_time=args.max_time,
            request_timeout=args.request_timeout,
            strict=args.strict,
            excluded_operations=excluded,
            phases=tuple(phases),
        )
        config_path.write_text(schemathesis_toml(settings), encoding="utf-8")
        print(f"fuzzing {url} ({'your server' if foreign else 'bundled server'}) for up to {args.max_time} s")
        if excluded:
            print(f"left out (network/account): {', '.join(excluded)}; --all-operations includes them")
        env = {
            **os.environ,
            "SCHEMATHESIS_HOOKS": "hiramu.fuzz.hooks",
            "HIRAMU_FUZZ_ERROR_LINES": str(error_lines),
            "HIRAMU_FUZZ_NETWORK_ERRORS": str(network_errors),
            "HIRAMU_FUZZ_CREATED": str(created),
            "HIRAMU_FUZZ_PROTECT": "1" if foreign else "0",
        }
        tracker = CreatedModels.start(url, created)
        try:
            code = call_schemathesis(schemathesis_command(spec, config_path, url, junit, args.operation), env)
        finally:
            # also after a failure or Ctrl-C (call_schemathesis has stopped schemathesis by then)
            report_cleanup(tracker)

    summarize_error_lines(error_lines)
    timeouts = [line for line in network_errors.read_text(encoding="utf-8").splitlines() if line.strip()]
    if timeouts:
        print(
            f"network errors (timeouts, dropped connections): {len(timeouts)}, see {display_path(network_errors)}"
        )
    print(f"JUnit report: {display_path(junit)}")
    return code


def report_cleanup(tracker: CreatedModels) -> None:
    outcome = tracker.delete_created()
    if outcome.deleted:
        count = len(outcome.deleted)
        print(
            f"deleted {count} model{'s' if count > 1 else ''} this run created: {', '.join(outcome.deleted)}"
        )
    else:
        print("deleted no models (this run left none behind)")
    for name, reason in outcome.failed.items():
        print(f"could not delete {name}: {reason}", file=sys.stderr)


def summarize_error_lines(path: Path) -> None:
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not entries:
        print("stream error lines: none")
        return
    counts = collections.Counter(entry["operation"] for entry in entries)
    print(
        f"stream error lines: {len(entries)} ({', '.join(f'{op} {n}' for op, n in sorted(counts.items()))})"
    )
    seen: set[tuple[str, str]] = set()
    for entry in entries:
        key = (entry["operation"], str(entry["error"]))
        if key not in seen and len(seen) < 10:
            seen.add(key)
            print(f"  {entry['operation']}: {entry['error']}")
    print(f"all of them: {display_path(path)}")


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return run(parse_args(argv))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return INTERRUPTED
    except (OSError, httpx.HTTPError) as e:  # urllib's URLError is an OSError
        print(f"python -m hiramu.fuzz: cannot talk to the server: {e}", file=sys.stderr)
        return UNREACHABLE


if __name__ == "__main__":
    raise SystemExit(main())
