"""`python -m hiramu.fuzz` from a built wheel, installed with the `fuzz` extra into a fresh virtualenv
outside the checkout, fuzzing the bundled server it starts itself."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from paths import REPO_ROOT

# what the installed fuzzer must find inside the wheel, not in a checkout
SHIPPED = (
    "hiramu/ollama/openapi.yaml",
    "hiramu/fuzz/__main__.py",
    "hiramu/fuzz/hooks.py",
    "hiramu/testing/tinymodels.py",
)


def run(command: list[str], cwd: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    # no PYTHONPATH and a working folder outside the checkout: only the installed package is importable
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "OLLAMA_HOST")}
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The python of a fresh virtualenv with the wheel and its `fuzz` extra installed."""
    root = tmp_path_factory.mktemp("wheel")
    assert REPO_ROOT not in root.parents
    built = run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(root / "dist"), str(REPO_ROOT)],
        cwd=root,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (root / "dist").glob("hiramu-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        assert set(SHIPPED) <= set(archive.namelist())
    venv = root / "venv"
    made = run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=root, timeout=120)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    # this interpreter's pip installs into the new environment (--python), which saves bootstrapping
    # pip there; no byte-compiling keeps the install quick
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-compile"]
    done = run([*install, f"{wheel}[fuzz]"], cwd=root, timeout=600)
    assert done.returncode == 0, done.stderr
    return python


def test_installed_fuzzer_runs_against_the_bundled_server(installed: Path) -> None:
    work = installed.parent.parent.parent / "run"
    work.mkdir()
    where = run(
        [str(installed), "-c", "import hiramu.fuzz, hiramu.ollama; print(hiramu.fuzz.__file__)"], work, 60
    )
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(installed.parent.parent)
    fuzz = [str(installed), "-m", "hiramu.fuzz", "--max-time", "20", "--max-examples", "3", "--seed", "1"]
    fuzz += ["--phases", "examples,fuzzing", "--operation", "version", "--operation", "list"]
    fuzz += ["--operation", "show", "--operation", "embed"]
    result = run(fuzz, work, 300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "(bundled server)" in result.stdout
    report = work / "reports" / "fuzz-junit.xml"
    suites = ET.parse(report).getroot()
    cases = suites.findall(".//testcase")
    assert {case.get("name", "").split(" ", 1)[-1] for case in cases} >= {"/api/version", "/api/tags"}
    assert not suites.findall(".//failure") and not suites.findall(".//error")
