"""What a `pip install hiramu` user gets: the version, and the wheel's files and metadata."""

from __future__ import annotations

import email.message
import email.parser
import subprocess
import sys
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path

import pytest
from paths import REPO_ROOT

import hiramu

PYPROJECT = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_version_is_the_installed_metadata_version() -> None:
    assert hiramu.__version__ == metadata.version("hiramu") == PYPROJECT["project"]["version"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from this checkout by pip, with the pinned backend of the dev group."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(out),
            str(REPO_ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("hiramu-*.whl")
    return built


def _metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return email.parser.Parser().parsestr(archive.read(name).decode("utf-8"))


def test_wheel_holds_the_license(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        licenses = [n for n in archive.namelist() if n.endswith(".dist-info/licenses/LICENSE")]
        assert len(licenses) == 1
        text = archive.read(licenses[0]).decode("utf-8")
    assert text == (REPO_ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "Copyright (c) 2026 the hiramu authors" in text
    meta = _metadata(wheel)
    assert meta["License-Expression"] == "MIT"
    assert meta.get_all("License-File") == ["LICENSE"]


def test_wheel_holds_both_halves_of_the_package(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for required in ("hiramu/__init__.py", "hiramu/ollama/__init__.py", "hiramu/ollama/py.typed"):
        assert required in names
    assert "hiramu/testing/__init__.py" in names
    assert not [n for n in names if n.startswith(("tests/", "docs/", "generator/"))]


def test_no_development_extra_is_published(wheel: Path) -> None:
    meta = _metadata(wheel)
    extras = meta.get_all("Provides-Extra") or []
    assert "dev" not in extras
    assert sorted(extras) == sorted(PYPROJECT["project"]["optional-dependencies"])
    # The development tools are a dependency group, which never reaches the metadata: what a plain
    # install pulls in is exactly [project].dependencies.
    requires = meta.get_all("Requires-Dist") or []
    assert len([r for r in requires if "extra ==" not in r]) == len(PYPROJECT["project"]["dependencies"])


def test_every_extra_has_its_requirements(wheel: Path) -> None:
    requires = _metadata(wheel).get_all("Requires-Dist") or []
    for extra, reqs in PYPROJECT["project"]["optional-dependencies"].items():
        published = [r for r in requires if f"extra == '{extra}'" in r or f'extra == "{extra}"' in r]
        assert len(published) == len(reqs), (extra, published)


def test_long_description_is_the_readme(wheel: Path) -> None:
    meta = _metadata(wheel)
    assert meta["Description-Content-Type"] == "text/markdown"
    assert meta.get_payload() == (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def test_project_urls_and_classifiers(wheel: Path) -> None:
    meta = _metadata(wheel)
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [])
    assert urls == {
        "Repository": "https://github.com/hiramu/hiramu",
        "Issues": "https://github.com/hiramu/hiramu/issues",
        "Changelog": "https://github.com/hiramu/hiramu/blob/main/CHANGELOG.md",
    }
    classifiers = set(meta.get_all("Classifier") or [])
    for expected in (
        "Development Status :: 3 - Alpha",
        "Operating System :: OS Independent",
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3.12",
        "Programming Language :: Python :: 3.13",
        "Typing :: Typed",
    ):
        assert expected in classifiers
    assert meta["Requires-Python"] == ">=3.11"
    assert "ollama" in (meta["Keywords"] or "")
