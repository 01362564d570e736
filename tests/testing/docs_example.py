"""The pytest example of docs/testing.md (and of README.md once it carries it): its named files."""

from __future__ import annotations

import re
from pathlib import Path

from paths import REPO_ROOT

DOC = REPO_ROOT / "docs" / "testing.md"
README = REPO_ROOT / "README.md"

# a fenced python block whose first line names its file: "# weather_bot.py"
_BLOCK = re.compile(r"```python\n# (?P<name>\w+\.py)\n(?P<body>.*?)```", re.S)


def example_files(page: Path = DOC) -> dict[str, str]:
    """File name -> content of every named python block of the page."""
    text = page.read_text(encoding="utf-8")
    return {m["name"]: f"# {m['name']}\n{m['body']}" for m in _BLOCK.finditer(text)}


def write_example(folder: Path, page: Path = DOC) -> list[str]:
    """Write the page's example files into ``folder``; returns their names."""
    files = example_files(page)
    for name, body in files.items():
        (folder / name).write_text(body, encoding="utf-8")
    return sorted(files)
