"""docs/testing.md's pytest example runs as written, with the plugin, in its own pytest process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .docs_example import write_example


def test_the_docs_example_passes(tmp_path: Path) -> None:
    names = write_example(tmp_path)
    assert names == ["test_weather_bot.py", "weather_bot.py"]
    env = {k: v for k, v in os.environ.items() if k != "OLLAMA_HOST"}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_weather_bot.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "3 passed" in proc.stdout
