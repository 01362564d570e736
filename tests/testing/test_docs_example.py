"""The pytest example of the documentation runs as written, with the plugin, in its own pytest process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .docs_example import DOC, README, example_files, write_example


@pytest.mark.parametrize("page", [DOC, README], ids=["docs-testing", "readme"])
def test_the_example_passes(page: Path, tmp_path: Path) -> None:
    if page == README and "test_weather_bot.py" not in example_files(page):
        pytest.skip("README.md does not carry the testing example yet")
    names = write_example(tmp_path, page)
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
