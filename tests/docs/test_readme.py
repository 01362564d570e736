"""Every ```python block of README.md runs as written against the bundled server.

Each block runs in its own interpreter, in an empty folder, with `OLLAMA_HOST` naming a bundled
server back in its start-up state: exactly what a reader gets who starts
`python -m hiramu.testing --port 11434` and pastes the block into a file.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from paths import REPO_ROOT

from hiramu.testing import ServerHandle

from .snippets import python_snippets

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
SNIPPETS = python_snippets(README)


def test_every_python_fence_is_found() -> None:
    # A fence the parser missed (indented, inside a list, a typo in the info string) would go untested.
    opening_lines = [n for n, line in enumerate(README.splitlines(), 1) if line.strip() == "```python"]
    assert [s.line for s in SNIPPETS] == opening_lines
    assert len(SNIPPETS) >= 10


def test_every_opt_out_gives_a_reason() -> None:
    # conftest.py lists the opt-outs at the end of the run; an empty reason would say nothing there.
    assert all(s.opt_out for s in SNIPPETS if s.opt_out is not None)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.id for s in SNIPPETS])
def test_snippet_runs(snippet: object, fresh_server: ServerHandle, tmp_path: Path) -> None:
    from .snippets import Snippet

    assert isinstance(snippet, Snippet)
    if snippet.opt_out is not None:
        pytest.skip(f"opted out in README.md: {snippet.opt_out}")
    script = tmp_path / "snippet.py"
    # Blank lines keep the traceback's line numbers equal to README.md's.
    script.write_text("\n" * snippet.line + snippet.code, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OLLAMA_")}
    env["OLLAMA_HOST"] = fresh_server.url
    result = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"README.md line {snippet.line} failed:\n{result.stdout}\n{result.stderr}"
    # Every snippet shows its result: a block that prints nothing tells the reader nothing.
    assert result.stdout.strip(), f"README.md line {snippet.line} printed nothing"


def test_snippets_type_check(tmp_path: Path) -> None:
    """A reader's type checker accepts every snippet as written (mypy --strict, the project's settings)."""
    files = []
    for snippet in SNIPPETS:
        if snippet.opt_out is None:
            path = tmp_path / f"readme_line_{snippet.line}.py"
            path.write_text("\n" * snippet.line + snippet.code, encoding="utf-8")
            files.append(str(path))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", "pyproject.toml", *files],
        cwd=REPO_ROOT,  # and its .mypy_cache, warm after `make typecheck`
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    # Reported as README.md:<line>: each file is padded so that its line numbers are the README's.
    report = re.sub(r"\S*readme_line_\d+\.py", "README.md", result.stdout)
    assert result.returncode == 0, report + result.stderr
