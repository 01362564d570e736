"""The wheel, installed with its `testing` extra into a fresh virtualenv away from the checkout,
runs the pytest example of docs/testing.md against its own fake Ollama."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

from paths import REPO_ROOT

from .docs_example import write_example


def run(args: list[str | Path], cwd: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    # nothing from the checkout's environment: no PYTHONPATH, no OLLAMA_HOST, no active venv
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "OLLAMA_HOST", "VIRTUAL_ENV")}
    proc = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert proc.returncode == 0, f"{args}\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
    return proc


def test_installed_wheel_runs_the_docs_example(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, REPO_ROOT], tmp_path, 120)
    (wheel,) = dist.glob("hiramu-*.whl")

    # a fresh virtualenv outside the checkout; this interpreter's pip installs into it
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    run(
        [sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-compile",
         f"{wheel}[testing]", "pytest"],
        tmp_path,
        240,
    )  # fmt: skip

    project = tmp_path / "project"
    project.mkdir()
    write_example(project)
    where = run([python, "-c", "import hiramu.testing; print(hiramu.testing.__file__)"], project, 60)
    assert Path(where.stdout.strip()).is_relative_to(env_dir), where.stdout
    assert not Path(where.stdout.strip()).is_relative_to(REPO_ROOT)

    result = run(
        [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_weather_bot.py"], project, 120
    )
    assert "3 passed" in result.stdout
