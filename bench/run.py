"""`make bench`: hiramu against the official `ollama` package and raw httpx, side by side.

Every measurement runs in a fresh process (`bench.worker`) against one shared server
(`bench.server`) on 127.0.0.1. Repetitions are interleaved: each round runs every workload once
for every client, rotating the client order from round to round, so drift (thermal, noisy
neighbours) spreads over all clients instead of landing on one. Medians are reported; ratios are
taken between medians of the same run.

    python bench/run.py            full run (about 10 minutes on 2 cores); rewrites bench/RESULTS.md
    python bench/run.py --quick    small sizes, 2 rounds; prints only (unless --output is given)
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make the `bench` package importable
    sys.path.insert(0, str(ROOT))

from bench import clients, payloads, server  # noqa: E402

RESULTS = ROOT / "bench" / "RESULTS.md"
START_MARK = "<!-- bench:results:start -->"
END_MARK = "<!-- bench:results:end -->"
_MIB = 1024 * 1024

# Import time is measured inside a fresh interpreter, from just before the import statement:
# wall time, and the process's CPU time (steadier on a shared machine).
_IMPORT_SNIPPET = (
    "import time\n"
    "start, cpu = time.perf_counter(), time.process_time()\n"
    "{statement}\n"
    "print(time.perf_counter() - start, time.process_time() - cpu)\n"
)


@dataclass(frozen=True)
class Plan:
    rounds: int = 5
    stream_chunks: int = 100_000
    stream_small: int = 10_000
    show_calls: int = 2_000
    embed_count: int = 256
    embed_dims: int = 4096
    embed_repeat: int = 3
    concurrent_streams: int = 200
    concurrent_chunks: int = 500
    wide_streams: int = 1000
    wide_chunks: int = 200
    upload_size: int = 1 << 30
    import_runs: int = 2  # per round
    generate_runs: int = 1  # per round


FULL = Plan()
QUICK = Plan(
    rounds=2,
    stream_chunks=20_000,
    stream_small=2_000,
    show_calls=300,
    embed_count=64,
    embed_dims=1024,
    embed_repeat=2,
    concurrent_streams=50,
    concurrent_chunks=100,
    wide_streams=200,
    wide_chunks=50,
    upload_size=64 * _MIB,
    import_runs=1,
    generate_runs=1,
)

STREAM_CLIENTS = ("hiramu", "hiramu-async", "ollama", "ollama-async", "raw", "raw-async", "socket")
UPLOAD_CLIENTS = ("hiramu", "hiramu-async", "ollama", "raw", "raw-async", "socket")
CONCURRENT_CLIENTS = ("hiramu-async", "ollama-async", "raw-async", "socket-async")
WIDE_CLIENTS = ("hiramu-async", "hiramu-plain-async", "ollama-async", "raw-async")
# What users write first, then the bare package imports, then httpx alone (both clients import it).
# A row is named by its statement; a hiramu row is compared with the ollama row of the same form.
IMPORT_STATEMENTS = (
    "from hiramu.ollama import Client",
    "from ollama import Client",
    "import hiramu.ollama",
    "import ollama",
    "import httpx",
)
IMPORT_TARGET = ("from hiramu.ollama import Client", "from ollama import Client")
IMPORT_RAW = "import httpx"


def import_peer(statement: str) -> str:
    """The ollama statement an import row is compared with."""
    return statement.replace("hiramu.ollama", "ollama")


# Time to a first answer in a fresh interpreter: import, build a client, one `show` call.
_FIRST_CALL = {
    "hiramu": "from hiramu.ollama import Client\nClient(host=URL).show(MODEL)",
    "ollama": "from ollama import Client\nClient(host=URL).show(MODEL)",
    "raw": "import httpx, json\njson.loads(httpx.Client(base_url=URL).post('/api/show', json={'model': MODEL}).content)",
}
_FIRST_CALL_SNIPPET = (
    "import time\n"
    "start, cpu = time.perf_counter(), time.process_time()\n"
    "URL, MODEL = {url!r}, {model!r}\n"
    "{code}\n"
    "print(time.perf_counter() - start, time.process_time() - cpu)\n"
)

WORKLOADS = (
    "stream",
    "stream-small",
    "show",
    "embed",
    "concurrent",
    "concurrent-wide",
    "upload",
    "import",
    "first-call",
    "generate",
)


@dataclass
class Job:
    workload: str
    client: str
    spec: dict[str, Any] = field(default_factory=dict)


@dataclass
class Sample:
    seconds: float
    result: dict[str, Any]


def _jobs(
    plan: Plan, url: str, digest: str, blob_path: str, workloads: Sequence[str]
) -> dict[str, list[Job]]:
    def spec(workload: str, client: str, **sizes: Any) -> Job:
        return Job(
            workload, client, {"workload": workload.split("-")[0], "client": client, "url": url, **sizes}
        )

    extra = clients.PLAIN_CLIENTS
    streamers = STREAM_CLIENTS + extra
    table: dict[str, list[Job]] = {
        "stream": [spec("stream", c, chunks=plan.stream_chunks) for c in streamers],
        "stream-small": [
            spec("stream-small", c, chunks=plan.stream_small) for c in streamers if not c.startswith("socket")
        ],
        "show": [spec("show", c, calls=plan.show_calls) for c in streamers],
        "embed": [
            spec("embed", c, count=plan.embed_count, dims=plan.embed_dims, repeat=plan.embed_repeat)
            for c in streamers
        ],
        "concurrent": [
            spec("concurrent", c, streams=plan.concurrent_streams, chunks=plan.concurrent_chunks)
            for c in CONCURRENT_CLIENTS + extra[1:]
        ],
        "concurrent-wide": [
            spec("concurrent-wide", c, streams=plan.wide_streams, chunks=plan.wide_chunks)
            for c in WIDE_CLIENTS
        ],
        "upload": [
            spec("upload", c, size=plan.upload_size, digest=digest, path=blob_path) for c in UPLOAD_CLIENTS
        ],
        "import": [
            Job("import", statement) for statement in IMPORT_STATEMENTS for _ in range(plan.import_runs)
        ],
        "first-call": [
            Job("first-call", name, {"url": url}) for name in _FIRST_CALL for _ in range(plan.import_runs)
        ],
        "generate": [Job("generate", "make generate") for _ in range(plan.generate_runs)],
    }
    return {name: table[name] for name in workloads}


_SNAPSHOT: Path | None = None
# No single measurement takes more than a few seconds; a job past this is stuck, not slow.
JOB_TIMEOUT = 180


def _environment() -> dict[str, str]:
    """The environment of every measured process.

    Byte code caching stays on even where the caller turned it off: installed packages run from
    cached byte code, and compiling on every import would dominate import times. The snapshot of
    the generated package comes first on the path, so a `make generate` during the run changes
    nothing that is measured.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if _SNAPSHOT is not None:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(_SNAPSHOT), env.get("PYTHONPATH", "")) if p)
    return env


@contextlib.contextmanager
def _snapshot_package(source: Path) -> Iterator[str]:
    """Copy the hiramu package aside for the whole run; yield a short digest of its files."""
    global _SNAPSHOT
    with tempfile.TemporaryDirectory(prefix="hiramu-bench-pkg-") as directory:
        shutil.copytree(source, Path(directory) / "hiramu", ignore=shutil.ignore_patterns("__pycache__"))
        digest = hashlib.sha256()
        for path in sorted((Path(directory) / "hiramu").rglob("*.py")):
            digest.update(path.relative_to(directory).as_posix().encode() + b"\0" + path.read_bytes())
        _SNAPSHOT = Path(directory)
        try:
            yield digest.hexdigest()[:12]
        finally:
            _SNAPSHOT = None


def _run_worker(job: Job) -> Sample:
    command = [sys.executable, "-m", "bench.worker", json.dumps(job.spec)]
    done = subprocess.run(
        command,
        cwd=ROOT,
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=JOB_TIMEOUT,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[len("RESULT ") :])
            return Sample(float(result["seconds"]), result)
    raise RuntimeError(f"{job.workload}/{job.client} failed:\n{done.stdout}\n{done.stderr}")


def _run_import(name: str, first_call_url: str | None = None) -> Sample:
    """`name`: an import statement, or with `first_call_url` a client of `_FIRST_CALL`."""
    if first_call_url is None:
        code = _IMPORT_SNIPPET.format(statement=name)
    else:
        code = _FIRST_CALL_SNIPPET.format(
            url=first_call_url, model=payloads.SHOW_MODEL, code=_FIRST_CALL[name]
        )
    command = [sys.executable, "-c", code]
    done = subprocess.run(
        command, cwd=ROOT, env=_environment(), capture_output=True, text=True, timeout=120, check=True
    )
    seconds, cpu = (float(value) for value in done.stdout.strip().splitlines()[-1].split())
    return Sample(seconds, {"seconds": seconds, "cpu_seconds": cpu})


def _run_generate() -> Sample:
    with tempfile.TemporaryDirectory(prefix="hiramu-bench-gen-") as out:
        start = time.perf_counter()
        done = subprocess.run(
            ["make", "-s", "generate", f"OUT={out}"],
            cwd=ROOT,
            env=_environment(),
            capture_output=True,
            text=True,
            timeout=JOB_TIMEOUT,
            check=False,
        )
        seconds = time.perf_counter() - start
        if done.returncode != 0 or not (Path(out) / "hiramu" / "ollama" / "__init__.py").exists():
            raise RuntimeError(f"make generate failed:\n{done.stdout}\n{done.stderr}")
    return Sample(seconds, {"seconds": seconds})


def _run_once(job: Job) -> Sample:
    if job.workload == "import":
        return _run_import(job.client)
    if job.workload == "first-call":
        return _run_import(job.client, job.spec["url"])
    if job.workload == "generate":
        return _run_generate()
    return _run_worker(job)


class JobFailed(Exception):
    pass


def run_job(job: Job) -> Sample:
    """Run a job; one retry absorbs a transient failure (a port in TIME_WAIT, a slow start)."""
    try:
        return _run_once(job)
    except (RuntimeError, subprocess.SubprocessError) as error:
        print(f"retrying {job.workload}/{job.client} after: {str(error)[-400:]}", file=sys.stderr, flush=True)
        time.sleep(1.0)
    try:
        return _run_once(job)
    except (RuntimeError, subprocess.SubprocessError) as error:
        raise JobFailed(str(error)[-600:]) from error


def _rotate(items: list[Job], by: int) -> list[Job]:
    if not items:
        return items
    shift = by % len(items)
    return items[shift:] + items[:shift]


@contextlib.contextmanager
def _blob_file(size: int) -> Iterator[tuple[str, str]]:
    """The upload data as a file (the official client uploads from a path) and its digest."""
    with tempfile.TemporaryDirectory(prefix="hiramu-bench-blob-") as directory:
        path = os.path.join(directory, "blob.bin")
        with open(path, "wb") as handle:
            for block in clients.blob_blocks(size):
                handle.write(block)
        yield path, clients.blob_digest(size)


# --------------------------------------------------------------------------------------------
# Reporting


def _median(samples: list[Sample], key: str = "seconds") -> float:
    return statistics.median(float(s.result[key]) for s in samples)


@dataclass
class Row:
    workload: str
    client: str
    value: float
    unit: str
    spread: tuple[float, float]
    higher_is_better: bool
    samples: int
    memory: str = ""
    cpu: float | None = None


def _rows(results: dict[tuple[str, str], list[Sample]], plan: Plan) -> list[Row]:
    rows: list[Row] = []
    for (workload, client), samples in results.items():
        seconds = [s.seconds for s in samples]
        memory = ""
        if (
            workload in ("stream", "stream-small", "upload", "concurrent-wide")
            and "peak_growth" in samples[0].result
        ):
            growth = _median(samples, "peak_growth") / _MIB
            peak = _median(samples, "peak_rss") / _MIB
            memory = f"peak {peak:.1f} MiB, growth {growth:.1f} MiB"
        if workload in ("stream", "stream-small", "concurrent", "concurrent-wide"):
            chunks = {
                "stream": plan.stream_chunks,
                "stream-small": plan.stream_small,
                "concurrent": plan.concurrent_streams * plan.concurrent_chunks,
                "concurrent-wide": plan.wide_streams * plan.wide_chunks,
            }[workload]
            rates = sorted(chunks / s for s in seconds)
            row = Row(
                workload,
                client,
                statistics.median(rates),
                "chunks/s",
                (rates[0], rates[-1]),
                True,
                len(rates),
            )
        elif workload == "show":
            rates = sorted(plan.show_calls / s for s in seconds)
            row = Row(
                workload, client, statistics.median(rates), "calls/s", (rates[0], rates[-1]), True, len(rates)
            )
        elif workload == "upload":
            rates = sorted(plan.upload_size / _MIB / s for s in seconds)
            row = Row(
                workload, client, statistics.median(rates), "MiB/s", (rates[0], rates[-1]), True, len(rates)
            )
        elif workload in ("embed", "import", "first-call"):
            ms = sorted(s * 1000 for s in seconds)
            row = Row(workload, client, statistics.median(ms), "ms", (ms[0], ms[-1]), False, len(ms))
        else:
            ss = sorted(seconds)
            row = Row(workload, client, statistics.median(ss), "s", (ss[0], ss[-1]), False, len(ss))
        row.memory = memory
        if "cpu_seconds" in samples[0].result:
            row.cpu = _median(samples, "cpu_seconds")
        rows.append(row)
    return rows


def _find(rows: list[Row], workload: str, client: str) -> Row | None:
    for row in rows:
        if row.workload == workload and row.client == client:
            return row
    return None


def _speedup(rows: list[Row], workload: str, client: str, peer: str) -> float | None:
    """How many times better `client` is than `peer` (>1 = better), from the medians."""
    mine, theirs = _find(rows, workload, client), _find(rows, workload, peer)
    if mine is None or theirs is None or mine.value == 0 or theirs.value == 0:
        return None
    return mine.value / theirs.value if mine.higher_is_better else theirs.value / mine.value


def _growth(results: dict[tuple[str, str], list[Sample]], workload: str, client: str) -> float | None:
    samples = results.get((workload, client))
    if not samples or "peak_growth" not in samples[0].result:
        return None
    return _median(samples, "peak_growth") / _MIB


def _cpu(results: dict[tuple[str, str], list[Sample]], workload: str, client: str) -> float | None:
    samples = results.get((workload, client))
    if not samples or "cpu_seconds" not in samples[0].result:
        return None
    return _median(samples, "cpu_seconds")


def _peak(results: dict[tuple[str, str], list[Sample]], workload: str, client: str) -> float | None:
    samples = results.get((workload, client))
    if not samples or "peak_rss" not in samples[0].result:
        return None
    return _median(samples, "peak_rss") / _MIB


@dataclass
class Target:
    name: str
    goal: str
    measured: str
    met: bool | None


def _fmt(value: float | None, digits: int = 2, suffix: str = "x") -> str:
    return "n/a" if value is None else f"{value:.{digits}f}{suffix}"


def _targets(rows: list[Row], results: dict[tuple[str, str], list[Sample]], plan: Plan) -> list[Target]:
    targets: list[Target] = []

    def ratio_target(name: str, goal: str, checks: list[tuple[str, str, str, float]]) -> None:
        parts: list[str] = []
        met: bool | None = True
        for workload, client, peer, bound in checks:
            value = _speedup(rows, workload, client, peer)
            parts.append(f"{_fmt(value)} {peer}")
            if value is None:
                met = None
            elif met is not None:
                met = met and value >= bound
        targets.append(Target(name, goal, ", ".join(parts), met))

    def client_targets(sync: str, asynchronous: str, label: str, fast: bool) -> None:
        # The goals of issue 11: higher with the fast extra than with httpx's own transport.
        stream_goal, concurrent_goal, show_goal = (2.5, 3.0, 1.2) if fast else (1.3, 1.15, 1.1)
        ratio_target(
            f"stream of {plan.stream_chunks:,} chunks (sync{label})",
            f">= {stream_goal}x ollama",
            [("stream", sync, "ollama", stream_goal)],
        )
        ratio_target(
            f"stream of {plan.stream_chunks:,} chunks (async{label})",
            "shown, no goal",
            [("stream", asynchronous, "ollama-async", 0.0)],
        )
        ratio_target(
            f"{plan.show_calls:,} sequential show calls (sync{label})",
            f">= {show_goal}x ollama",
            [("show", sync, "ollama", show_goal)],
        )
        ratio_target(
            f"{plan.show_calls:,} sequential show calls (async{label})",
            "shown, no goal",
            [("show", asynchronous, "ollama-async", 0.0)],
        )
        # "time <= 0.5x ollama's" is a speed-up of at least 2.
        for client, peer in ((sync, "ollama"), (asynchronous, "ollama-async")):
            value = _speedup(rows, "embed", client, peer)
            targets.append(
                Target(
                    f"embed {plan.embed_count}x{plan.embed_dims} ({client})",
                    f"time <= 0.5x {peer}'s",
                    "n/a" if value is None else f"{1 / value:.2f}x {peer}'s time",
                    None if value is None else 1 / value <= 0.5,
                )
            )
        ratio_target(
            f"{plan.concurrent_streams} concurrent streams of {plan.concurrent_chunks} chunks{label}",
            f">= {concurrent_goal}x ollama-async",
            [("concurrent", asynchronous, "ollama-async", concurrent_goal)],
        )
        if _find(rows, "concurrent-wide", asynchronous) is not None:
            value = _speedup(rows, "concurrent-wide", asynchronous, "ollama-async")
            mine = _growth(results, "concurrent-wide", asynchronous)
            theirs = _growth(results, "concurrent-wide", "ollama-async")
            goal = 3.0 if fast else 1.15
            wide_met: bool | None = None
            if value is not None and mine is not None and theirs is not None:
                # "Flat" allows 1 MiB of allocator noise over ollama's growth, as for the streams.
                wide_met = value >= goal and mine <= theirs + 1.0
            targets.append(
                Target(
                    f"{plan.wide_streams:,} concurrent streams of {plan.wide_chunks} chunks{label}",
                    f">= {goal}x ollama-async, memory growth <= ollama's + 1 MiB, every stream done",
                    f"{_fmt(value)} ollama-async; growth {_fmt(mine, 1, ' MiB')} vs {_fmt(theirs, 1, ' MiB')}",
                    wide_met,
                )
            )
        for client, peer in ((sync, "ollama"), (asynchronous, "ollama-async")):
            mine, theirs = _peak(results, "stream", client), _peak(results, "stream", peer)
            grow_big = _growth(results, "stream", client)
            grow_small = _growth(results, "stream-small", client)
            measured = (
                f"peak RSS {_fmt(mine, 1, ' MiB')} vs {_fmt(theirs, 1, ' MiB')}; growth "
                f"{_fmt(grow_small, 1, ' MiB')} at {plan.stream_small:,} chunks, "
                f"{_fmt(grow_big, 1, ' MiB')} at {plan.stream_chunks:,}"
            )
            # "Constant" allows 1 MiB of allocator noise between the two lengths.
            met: bool | None = None
            if mine is not None and theirs is not None and grow_big is not None and grow_small is not None:
                met = mine <= theirs and grow_big - grow_small <= 1.0
            targets.append(
                Target(
                    f"peak memory of the stream ({client})", f"<= {peer}'s, constant in length", measured, met
                )
            )
        uploaders = ((sync, "raw"), (asynchronous, "raw-async")) if fast else ()
        for client, peer in uploaders:
            value = _speedup(rows, "upload", client, peer)
            growth = _growth(results, "upload", client)
            # On 2 cores the sink and the loopback copies share the machine with the client, so
            # throughputs converge; the client's own CPU time per upload shows its overhead.
            cpu = [_cpu(results, "upload", name) for name in (client, peer)]
            cpu_text = "" if None in cpu else f"; client CPU {cpu[0]:.2f} s vs {cpu[1]:.2f} s"
            targets.append(
                Target(
                    f"{plan.upload_size // _MIB:,} MiB blob upload ({client})",
                    f"growth < 64 MiB, >= 0.8x {peer} throughput",
                    f"growth {_fmt(growth, 1, ' MiB')}, {_fmt(value)} {peer}{cpu_text}",
                    None if value is None or growth is None else growth < 64 and value >= 0.8,
                )
            )

    client_targets("hiramu", "hiramu-async", ", fast extra", fast=True)
    value = _speedup(rows, "import", *IMPORT_TARGET)
    bare = _speedup(rows, "import", "import hiramu.ollama", "import ollama")
    targets.append(
        Target(
            f"import time, `{IMPORT_TARGET[0]}`",
            f"<= 0.5x `{IMPORT_TARGET[1]}`",
            "n/a"
            if value is None
            else f"{1 / value:.2f}x"
            + ("" if bare is None else f" (bare `import hiramu.ollama`: {1 / bare:.2f}x)"),
            None if value is None else 1 / value <= 0.5,
        )
    )
    generate = _find(rows, "generate", "make generate")
    targets.append(
        Target(
            "make generate wall time",
            "<= 15 s",
            _fmt(generate.value if generate else None, 1, " s"),
            None if generate is None else generate.value <= 15,
        )
    )
    if any(row.client.startswith("hiramu-plain") for row in rows):
        client_targets("hiramu-plain", "hiramu-plain-async", ", without the fast extra", fast=False)
    return targets


def _capacity(rows: list[Row]) -> list[str]:
    """Socket reader vs the fastest real client, per workload."""
    lines = []
    for workload, socket_client in (
        ("stream", "socket"),
        ("show", "socket"),
        ("embed", "socket"),
        ("concurrent", "socket-async"),
        ("upload", "socket"),
    ):
        socket_row = _find(rows, workload, socket_client)
        others = [r for r in rows if r.workload == workload and not r.client.startswith("socket")]
        if socket_row is None or not others:
            continue
        best = (
            max(others, key=lambda r: r.value)
            if socket_row.higher_is_better
            else min(others, key=lambda r: r.value)
        )
        ratio = _speedup(rows, workload, socket_client, best.client)
        lines.append(
            f"| {workload} | {_value(socket_row)} | {best.client}: {_value(best)} | {_fmt(ratio, 1)} |"
        )
    return lines


def _value(row: Row) -> str:
    if row.unit in ("chunks/s", "calls/s", "MiB/s"):
        return f"{row.value:,.0f} {row.unit}"
    if row.unit == "ms":
        return f"{row.value:,.1f} ms"
    return f"{row.value:.2f} {row.unit}"


def _data_checks(results: dict[tuple[str, str], list[Sample]]) -> list[str]:
    """Every client of a workload must have returned the same summary."""
    problems = []
    by_workload: dict[str, dict[str, Any]] = {}
    for (workload, client), samples in results.items():
        if workload in ("import", "first-call", "generate") or client.startswith("socket"):
            continue
        summary = samples[0].result.get("summary")
        by_workload.setdefault(workload, {})[client] = summary
    for workload, summaries in by_workload.items():
        distinct = {json.dumps(s, sort_keys=True) for s in summaries.values()}
        if len(distinct) > 1:
            problems.append(f"{workload}: clients disagree: {summaries}")
    return problems


def _machine() -> list[str]:
    cpu = platform.processor() or "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = "unknown"
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        f"- CPU: {cpu}, {cores} cores available ({os.cpu_count()} online)",
        f"- Memory: {memory}",
        f"- Python {platform.python_version()} ({platform.python_implementation()}), {platform.platform()}",
    ]


def _versions() -> str:
    names = [
        "hiramu",
        "ollama",
        "httpx",
        "httpcore",
        "h11",
        "anyio",
        "pydantic",
        "pydantic-core",
        "attrs",
        "orjson",
    ]
    parts = []
    for name in names:
        try:
            parts.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{name} (absent)")
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.strip()
    return ", ".join(parts) + (f"; hiramu checkout {commit}" if commit else "")


def report(
    results: dict[tuple[str, str], list[Sample]],
    plan: Plan,
    *,
    quick: bool,
    wall: float,
    load: tuple[float, float] | None = None,
    package: str | None = None,
    failures: dict[tuple[str, str], str] | None = None,
) -> tuple[str, bool]:
    rows = _rows(results, plan)
    targets = _targets(rows, results, plan)
    out: list[str] = []
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    out.append(
        f"Run of {stamp}{' (--quick: small sizes, not comparable with the targets)' if quick else ''}, "
    )
    out[-1] += f"{plan.rounds} rounds, {wall / 60:.1f} minutes in all.\n"
    out.extend(_machine())
    if load is not None:
        out.append(
            f"- Load average (1 min): {load[0]:.2f} at the start, {load[1]:.2f} at the end "
            "(the benchmark itself keeps about 1.5 cores busy; more means other work shared the machine)"
        )
    out.append(f"- Versions: {_versions()}")
    if package is not None:
        out.append(
            f"- Measured package: a copy of generated/hiramu taken at the start (files digest {package})"
        )
    out.append("")
    out.append("### Targets")
    out.append("")
    out.append("| workload | target | measured (hiramu vs peer, medians) | met |")
    out.append("|---|---|---|---|")
    for target in targets:
        mark = "not measured" if target.met is None else "yes" if target.met else "**no**"
        out.append(f"| {target.name} | {target.goal} | {target.measured} | {mark} |")
    out.append("")
    out.append("### All measurements")
    out.append("")
    out.append(
        "Medians over the rounds (min–max in brackets); `vs ollama` / `vs raw` > 1 means faster than that peer."
    )
    out.append("")
    out.append(
        "| workload | client | median | min–max | vs ollama | vs raw | client CPU / wall | memory (median) |"
    )
    out.append("|---|---|---|---|---|---|---|---|")
    for workload in WORKLOADS:
        for row in [r for r in rows if r.workload == workload]:
            asynchronous = row.client.endswith("-async")
            ollama_peer = "ollama-async" if asynchronous else "ollama"
            raw_peer = "raw-async" if asynchronous else "raw"
            if workload == "import":
                ollama_peer, raw_peer = import_peer(row.client), IMPORT_RAW
            vs_ollama = _speedup(rows, workload, row.client, ollama_peer)
            vs_raw = _speedup(rows, workload, row.client, raw_peer)
            low, high = row.spread
            spread = f"{low:,.1f}–{high:,.1f}" if row.unit in ("ms", "s") else f"{low:,.0f}–{high:,.0f}"
            cpu = ""
            if row.cpu is not None:
                wall = statistics.median(s.seconds for s in results[(workload, row.client)])
                cpu = f"{row.cpu:.2f} s / {wall:.2f} s"
            out.append(
                f"| {workload} | {row.client} | {_value(row)} | {spread} | {_fmt(vs_ollama)} | "
                f"{_fmt(vs_raw)} | {cpu} | {row.memory} |"
            )
    out.append("")
    out.append("### The server is not the bottleneck")
    out.append("")
    out.append("A socket client that sends the same request and reads the answer without parsing it,")
    out.append("against the fastest real client of each workload:")
    out.append("")
    out.append("| workload | socket reader | fastest client | socket / client |")
    out.append("|---|---|---|---|")
    out.extend(_capacity(rows))
    out.append("")
    out.append("Uploads are the exception by nature: the sink checks every byte at the speed of a receiver")
    out.append("that discards them (~3 GB/s over loopback on this machine), so the fastest clients meet the")
    out.append("machine's limit rather than the server's; their CPU time per upload is compared instead.")
    problems = _data_checks(results)
    for (workload, client), message in (failures or {}).items():
        last = message.strip().splitlines()[-1] if message.strip() else "no output"
        problems.append(f"{workload}/{client} failed twice and was left out ({last})")
    out.append("")
    if problems:
        out.append("**Check failed**: " + "; ".join(problems))
    else:
        out.append(
            "Data check: every client returned the same chunk counts, text length, statistics and checksums."
        )
    return "\n".join(out) + "\n", not problems


HEADER = """# Benchmarks

`make bench` (`python bench/run.py`) measures hiramu against the official `ollama` package and
raw httpx on the same machine, in the same run. `python bench/run.py --quick` is a short smoke run;
`--only`, `--rounds` and `--package <folder>` (measure a patched copy of the package) serve
experiments and write nothing unless `--output` is given.

## Method

- **Server**: `bench/server.py`, an asyncio HTTP/1.1 server on 127.0.0.1 in its own process. Every
  answer is encoded once and then written from memory: a chat stream is chunked
  `application/x-ndjson` with one HTTP chunk per JSON line, as Ollama flushes it, the last line
  `done: true` with statistics; `show` is shaped like a real answer for a 16-layer llama model
  (license, Modelfile, template, `model_info`, 147 tensors, ~27 KB); `embed` returns
  256 x 4096 floats (~13 MB). Blob uploads are checked as they arrive: SHA-256 against the digest
  in the path, as Ollama does, except for the benchmark's own 1 GiB blob, which is checked by size
  and CRC-32 (SHA-256 alone runs at about the clients' speed).
  A socket client that reads without parsing shows the server's headroom.
- **Clients**: hiramu `Client` / `AsyncClient`, `ollama.Client` / `AsyncClient` and raw httpx,
  each built with its defaults. Raw httpx is the floor: streams split `iter_bytes()` on `b"\\n"` and
  `json.loads` each line; other bodies are one `json.loads`.
- **Processes**: each measurement runs in a fresh process that first warms up (a 100-chunk stream,
  20 `show` calls, one `embed`, a 4 MiB upload), then times one call. Rounds are interleaved and
  the client order rotates between rounds. Medians are reported; ratios compare medians of the
  same run. The package measured is a copy of `generated/hiramu` taken when the run starts.
- **Memory**: the peak-RSS counter is reset before the timed call (`/proc/self/clear_refs`);
  *growth* is the peak during the call minus RSS before it, *peak* the process's peak RSS.
- **Import time**: `time.perf_counter()` around the import statement in a fresh interpreter (byte
  code already compiled; the process's CPU time beside it): what users write
  (`from hiramu.ollama import Client`, `from ollama import Client`), the bare package imports,
  and httpx alone. **First call**: import, build a client and get one `show` answer, in a fresh
  interpreter. **make generate**: wall time of `make generate OUT=<temporary folder>`.
- **Upload**: hiramu and raw httpx send 1 GiB from a generator of one reused 1 MiB block
  (chunked transfer); the official client can only upload from a file path, which it hashes
  first and then sends, so its figure includes reading the file twice. On 2 cores the client,
  the sink and both loopback copies share the machine, so throughputs converge on what the
  machine moves; the client's CPU time per upload is the sharper measure of its own overhead.
"""

NOTES_PLACEHOLDER = """
## What was tried

(Nothing recorded yet.)
"""


def write_results(section: str, path: Path) -> None:
    """Replace the generated section of RESULTS.md, keeping the hand-written notes after it."""
    block = f"{START_MARK}\n## Results\n\n{section}{END_MARK}\n"
    if path.exists():
        text = path.read_text()
        if START_MARK in text and END_MARK in text:
            notes = text[text.index(END_MARK) + len(END_MARK) :].lstrip("\n")
            path.write_text(HEADER + "\n" + block + ("\n" + notes if notes else ""))
            return
    path.write_text(HEADER + "\n" + block + NOTES_PLACEHOLDER)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, 2 rounds, no RESULTS.md")
    parser.add_argument("--rounds", type=int, help="override the number of rounds")
    parser.add_argument("--only", help=f"comma-separated subset of: {', '.join(WORKLOADS)}")
    parser.add_argument(
        "--output", type=Path, help="where to write the results (default: RESULTS.md on full runs)"
    )
    parser.add_argument(
        "--package",
        type=Path,
        default=ROOT / "generated" / "hiramu",
        help="the hiramu package folder to measure (default: generated/hiramu; e.g. a patched copy)",
    )
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    if args.rounds:
        plan = Plan(**{**plan.__dict__, "rounds": args.rounds})
    workloads = [w for w in WORKLOADS if args.only is None or w in args.only.split(",")]
    output: Path | None = args.output
    default_package = args.package.resolve() == (ROOT / "generated" / "hiramu").resolve()
    if output is None and not args.quick and args.only is None and args.rounds is None and default_package:
        output = RESULTS

    if shutil.which("make") is None and "generate" in workloads:
        workloads.remove("generate")
        print("make is not installed: skipping the generate workload", file=sys.stderr)

    started = time.perf_counter()
    load_start = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    results: dict[tuple[str, str], list[Sample]] = {}
    failures: dict[tuple[str, str], str] = {}
    preload_chat = sorted(
        {plan.stream_chunks, plan.stream_small, plan.concurrent_chunks, plan.wide_chunks, 100, 10}
    )
    with (
        _snapshot_package(args.package) as package_digest,
        _blob_file(plan.upload_size if "upload" in workloads else 1 << 20) as (blob_path, digest),
        server.spawn(preload_chat, [(plan.embed_count, plan.embed_dims)], [plan.upload_size]) as url,
    ):
        if "import" in workloads or "first-call" in workloads:
            for statement in IMPORT_STATEMENTS:  # compile and cache the byte code before timing imports
                _run_import(statement)
        jobs = _jobs(plan, url, digest, blob_path, workloads)
        total = plan.rounds * sum(len(j) for j in jobs.values())
        done = 0
        for round_index in range(plan.rounds):
            for workload, workload_jobs in jobs.items():
                for job in _rotate(workload_jobs, round_index):
                    done += 1
                    if (workload, job.client) in failures:
                        continue
                    try:
                        sample = run_job(job)
                    except JobFailed as error:
                        failures[(workload, job.client)] = str(error)
                        print(f"[{done}/{total}] {workload}/{job.client} FAILED: {error}", file=sys.stderr)
                        continue
                    results.setdefault((workload, job.client), []).append(sample)
                    print(
                        f"[{done}/{total}] round {round_index + 1} {workload:<12} {job.client:<14} "
                        f"{sample.seconds * 1000:10.1f} ms",
                        flush=True,
                    )
    load_end = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    section, data_ok = report(
        results,
        plan,
        quick=args.quick,
        wall=time.perf_counter() - started,
        load=(load_start, load_end),
        failures=failures,
        package=package_digest if default_package else f"{package_digest}, from {args.package}",
    )
    print()
    print(section)
    if output is not None:
        write_results(section, output)
        print(f"written to {output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}")
    return 0 if data_ok else 1


if __name__ == "__main__":
    sys.exit(main())
