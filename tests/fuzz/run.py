"""Fuzz an Ollama server with schemathesis, driven by spec/ollama.yaml.

Target: the server named by `OLLAMA_HOST` (with or without a scheme, as Ollama reads it), else a fresh
bundled server (`hiramu.testing`) started for the run and stopped afterwards. The run has a time
budget, ends with a stateful phase that follows the spec's links, validates every NDJSON line, and
writes a JUnit report plus the list of stream error lines it saw to `reports/`.

Against a server of your own (`OLLAMA_HOST`), operations that reach ollama.com, a registry or your
account are left out unless `--all-operations` is given, and the destructive operations only touch
model names starting with `hiramu-fuzz-`.

    python tests/fuzz/run.py [--max-time SECONDS] [--seed N] [--strict] [--all-operations]
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

if __package__ in (None, ""):
    # Run as a script: make `paths` and the `fuzz` package importable.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from paths import REPO_ROOT, SPEC_PATH

from fuzz.config import NETWORK_OPERATIONS, FuzzSettings, schemathesis_toml
from fuzz.target import (
    TESTS_DIR,
    bundled_server,
    bundled_server_available,
    local_models,
    normalize_host,
    repo_relative,
)

DEFAULT_REPORT_DIR = REPO_ROOT / "reports"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
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
        help="with OLLAMA_HOST: also fuzz pull, push, account and web operations (network and sign-out!)",
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
    parser.add_argument("--report-dir", type=Path, default=DEFAULT_REPORT_DIR, help="where reports go")
    return parser.parse_args(argv)


@contextmanager
def target() -> Iterator[tuple[str, bool]]:
    """(base URL, whether the server belongs to someone else)."""
    host = os.environ.get("OLLAMA_HOST", "").strip()
    if host:
        yield normalize_host(host), True
        return
    if not bundled_server_available():
        raise SystemExit("OLLAMA_HOST is not set and the bundled server (hiramu.testing) is not available")
    with bundled_server() as url:
        yield url, False


def run(args: argparse.Namespace) -> int:
    report_dir: Path = args.report_dir.resolve()
    report_dir.mkdir(parents=True, exist_ok=True)
    junit = report_dir / "fuzz-junit.xml"
    error_lines = report_dir / "fuzz-error-lines.jsonl"
    network_errors = report_dir / "fuzz-network-errors.jsonl"
    config_path = report_dir / "fuzz-schemathesis.toml"
    error_lines.write_text("", encoding="utf-8")
    network_errors.write_text("", encoding="utf-8")
    phases = [p.strip() for p in args.phases.split(",") if p.strip()]
    if args.operation:
        # Links lead out of a filtered selection; schemathesis refuses a stateful phase then.
        phases = [p for p in phases if p != "stateful"]

    with target() as (url, foreign):
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
        print(f"fuzzing {url} ({'OLLAMA_HOST' if foreign else 'bundled server'}) for up to {args.max_time} s")
        if excluded:
            print(f"left out (network/account): {', '.join(excluded)}; --all-operations includes them")
        command = [
            sys.executable,
            "-m",
            "schemathesis.cli",
            "--config-file",
            str(config_path),
            "run",
            str(SPEC_PATH),
            "--url",
            url,
            "--report",
            "junit",
            "--report-junit-path",
            str(junit),
        ]
        for operation in args.operation:
            command += ["--include-operation-id", operation]
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(TESTS_DIR), os.environ.get("PYTHONPATH")])),
            "SCHEMATHESIS_HOOKS": "fuzz.hooks",
            "HIRAMU_FUZZ_ERROR_LINES": str(error_lines),
            "HIRAMU_FUZZ_NETWORK_ERRORS": str(network_errors),
            "HIRAMU_FUZZ_PROTECT": "1" if foreign else "0",
        }
        code = subprocess.call(command, cwd=REPO_ROOT, env=env)

    summarize_error_lines(error_lines)
    timeouts = [line for line in network_errors.read_text(encoding="utf-8").splitlines() if line.strip()]
    if timeouts:
        print(
            f"network errors (timeouts, dropped connections): {len(timeouts)}, see {repo_relative(network_errors)}"
        )
    print(f"JUnit report: {repo_relative(junit)}")
    return code


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
    print(f"all of them: {repo_relative(path)}")


def main(argv: Sequence[str] | None = None) -> int:
    return run(parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
