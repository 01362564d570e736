"""`make demo`'s runner end to end against the bundled server: every example runs and says what it did."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from paths import REPO_ROOT


def test_demo_runs_every_example() -> None:
    if os.environ.get("OLLAMA_HOST"):
        pytest.skip("the demo test uses the bundled server; unset OLLAMA_HOST (make demo itself honours it)")
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "examples" / "run_demo.py")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )
    output = result.stdout
    assert result.returncode == 0, f"demo failed:\n{output}\n{result.stderr}"
    for expected in (
        "create hiramu-demo: success",
        "hiramu-demo:latest",
        "pull tiny-llama: success",
        "done_reason=length",
        "City: City(",
        "tool: '22 degrees celsius and sunny in",
        "3 vectors of 256 dimensions",
        "dimensions=64: 64 values, norm 1.000",
        "show hiramu-demo now fails as expected",
        "All 8 examples ran",
    ):
        assert expected in output, f"missing {expected!r} in the demo output:\n{output}"
