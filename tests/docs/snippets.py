"""The ```python blocks of a Markdown file, found with a CommonMark parser (as GitHub and PyPI read it).

A block is run by the tests unless an HTML comment right above it opts it out, with a reason:

    <!-- not-run: a pytest example, run by tests/... instead -->

The comment is invisible wherever the README is rendered; the tests count and report every one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt

OPT_OUT = re.compile(r"<!--\s*not-run:\s*(?P<reason>.*?)\s*-->", re.DOTALL)


@dataclass(frozen=True)
class Snippet:
    line: int  # 1-based line of the opening fence
    code: str
    opt_out: str | None  # the reason given in the marker, None when the block runs

    @property
    def id(self) -> str:
        return f"README.md:{self.line}"


def python_snippets(markdown: str) -> list[Snippet]:
    """Every fenced block whose info string starts with `python`, in document order."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    found: list[Snippet] = []
    for index, token in enumerate(tokens):
        if token.type != "fence" or token.info.split()[:1] != ["python"]:
            continue
        assert token.map is not None  # block tokens always carry their line range
        reason = None
        if index and tokens[index - 1].type == "html_block":
            marker = OPT_OUT.search(tokens[index - 1].content)
            reason = marker.group("reason") if marker else None
        found.append(Snippet(line=token.map[0] + 1, code=token.content, opt_out=reason))
    return found
