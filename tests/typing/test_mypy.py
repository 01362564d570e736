"""What `mypy --strict` says about code written against hiramu.ollama.

`samples/mistakes.py` holds deliberate mistakes, each marked `# E: <code>`: every one must be
reported on its line with that code, and nothing else. `samples/everyday.py` is ordinary code that
must type-check without a single error. Lines there marked `# response types` read response
fields as plain types (`str`, `int`, `dict`), which needs response models without `Unset`; while
the models still have it, those lines (and only those) may fail, and the test names each one.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).parent / "samples"
REPO = Path(__file__).resolve().parents[2]
ERROR = re.compile(r"^(?P<file>[\w.]+):(?P<line>\d+): error: (?P<message>.*?)  \[(?P<code>[\w-]+)\]$")


def run_mypy() -> dict[str, list[tuple[int, str, str]]]:
    """mypy's errors per sample file: (line, code, message)."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--show-error-codes",
            "--no-error-summary",
            "--no-pretty",
            "--hide-error-context",
            "--config-file",
            "",  # the repository's settings are for its own code, not a user's
            "--cache-dir",
            str(REPO / ".mypy_cache" / "typing-samples"),
            "mistakes.py",
            "everyday.py",
        ],
        cwd=SAMPLES,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    errors: dict[str, list[tuple[int, str, str]]] = {"mistakes.py": [], "everyday.py": []}
    for line in done.stdout.splitlines():
        match = ERROR.match(line)
        if match:
            errors[match["file"]].append((int(match["line"]), match["code"], match["message"]))
        else:
            assert ": note: " in line, f"unexpected mypy output: {line!r}\n{done.stderr}"
    return errors


@pytest.fixture(scope="module")
def reported() -> dict[str, list[tuple[int, str, str]]]:
    return run_mypy()


def marked(name: str, pattern: str) -> dict[int, str]:
    """Line numbers of a sample whose comment matches `pattern`, with the matched group."""
    found: dict[int, str] = {}
    for number, line in enumerate((SAMPLES / name).read_text("utf-8").splitlines(), 1):
        match = re.search(pattern, line)
        if match:
            found[number] = match.group(1)
    return found


def test_every_mistake_is_reported_on_its_line(reported: dict[str, list[tuple[int, str, str]]]) -> None:
    expected = marked("mistakes.py", r"# E: ([\w-]+)$")
    assert len(expected) >= 15
    seen: dict[int, set[str]] = {}
    for line, code, _ in reported["mistakes.py"]:
        seen.setdefault(line, set()).add(code)
    missed = {line: code for line, code in expected.items() if code not in seen.get(line, set())}
    unexpected = {line: codes for line, codes in seen.items() if line not in expected}
    assert missed == {}, "mistakes mypy did not report"
    assert unexpected == {}, "errors on lines that hold no deliberate mistake"


def response_models_have_unset() -> bool:
    """Whether response fields are still typed `T | Unset` (read from the annotation's text, which
    needs no name the model imports only for type checkers)."""
    from hiramu.ollama.models import ChatResponse

    annotation = next(
        vars(cls)["__annotations__"]["eval_count"]
        for cls in ChatResponse.__mro__
        if "eval_count" in vars(cls).get("__annotations__", {})
    )
    return "Unset" in str(annotation)


def test_everyday_code_type_checks(reported: dict[str, list[tuple[int, str, str]]]) -> None:
    source = (SAMPLES / "everyday.py").read_text("utf-8").splitlines()
    response_lines = set(marked("everyday.py", r"(# response types)$"))
    assert len(response_lines) >= 5
    errors = [
        f"everyday.py:{line}: {message} [{code}]\n    {source[line - 1].strip()}"
        for line, code, message in reported["everyday.py"]
    ]
    others = [(line, code) for line, code, _ in reported["everyday.py"] if line not in response_lines]
    assert others == [], "\n".join(errors)
    if errors and response_models_have_unset():
        pytest.xfail("response models still type fields `T | Unset`; failing lines:\n" + "\n".join(errors))
    assert errors == []
