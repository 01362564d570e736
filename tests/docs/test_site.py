"""`make docs`: the site builds with --strict, documents every name of hiramu.ollama.__all__, and
carries every README section as a guide page."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path
from types import ModuleType

import hiramu.ollama
import pytest
from paths import REPO_ROOT

import hiramu.testing


def _hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_hooks", REPO_ROOT / "docs" / "hooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def build(out: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`make docs`' command, into `out`."""
    return subprocess.run(
        # Not --quiet: it hides warnings from --strict, which then passes a broken reference.
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=REPO_ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    result = build(out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_broken_references_fail_the_build(tmp_path: Path) -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    broken = tmp_path / "README.md"
    broken.write_text(readme + "\nSee [Client][hiramu.ollama.NoSuchName] and [this](no-such-page.md).\n")
    result = build(tmp_path / "site", HIRAMU_DOCS_README=str(broken))
    assert result.returncode != 0
    assert "hiramu.ollama.NoSuchName" in result.stderr
    assert "no-such-page.md" in result.stderr


def _inventory(site: Path) -> set[str]:
    """The names in the site's objects.inv (Sphinx inventory v2: four header lines, then zlib)."""
    raw = (site / "objects.inv").read_bytes()
    header_end = 0
    for _ in range(4):
        header_end = raw.index(b"\n", header_end) + 1
    lines = zlib.decompress(raw[header_end:]).decode("utf-8").splitlines()
    return {line.split(" ", 1)[0] for line in lines}


def test_every_public_name_is_documented(site: Path) -> None:
    inventory = _inventory(site)
    pages = "".join(p.read_text(encoding="utf-8") for p in (site / "reference").rglob("*.html"))
    for name in hiramu.ollama.__all__:
        assert f"hiramu.ollama.{name}" in inventory, name
        assert f'id="hiramu.ollama.{name}"' in pages, name
    for name in hiramu.testing.__all__:
        assert f"hiramu.testing.{name}" in inventory, name


def test_client_methods_are_documented(site: Path) -> None:
    page = (site / "reference" / "Client" / "index.html").read_text(encoding="utf-8")
    for method in ("chat", "chat_stream", "generate", "embed", "pull_with_progress", "run_tools"):
        assert f'id="hiramu.ollama.Client.{method}"' in page, method


def test_every_readme_section_is_a_guide_page(site: Path) -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    _intro, guide = _hooks().split_readme(readme)
    titles = re.findall(r"^## (.+)$", readme, flags=re.MULTILINE)
    assert [page.title for page in guide] == titles
    for page in guide:
        html = (site / page.path.removesuffix(".md") / "index.html").read_text(encoding="utf-8")
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, flags=re.DOTALL)
        assert heading is not None, page.path
        text = re.sub(r"<[^>]+>", "", heading.group(1)).replace("&para;", "").strip()
        assert text == page.title.replace("`", ""), page.path
    assert (site / "index.html").is_file()


def test_split_keeps_fenced_code_whole() -> None:
    text = "intro\n\n## One\n\n```python\n## not a heading\n```\n\n### Sub\n\n## Two\n\nend\n"
    intro, guide = _hooks().split_readme(text)
    assert intro.text == "intro\n"
    assert [(p.path, p.title) for p in guide] == [("guide/one.md", "One"), ("guide/two.md", "Two")]
    assert guide[0].text == "# One\n\n```python\n## not a heading\n```\n\n## Sub\n"
