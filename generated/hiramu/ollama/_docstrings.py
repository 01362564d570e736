"""Descriptions from docstrings: the prose before the first section, and one text per parameter.

Three conventions are read: Google (`Args:` followed by indented `name (type): text` entries),
NumPy (`Parameters` underlined with dashes, `name : type` entries with indented text) and reST
field lists (`:param name: text`, `:param type name: text`). Classes use the same sections, plus
`Attributes`.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field

__all__ = ["Docstring", "parse_docstring"]

# Section names whose entries describe parameters or attributes.
_ENTRY_SECTIONS = frozenset(
    {
        "args",
        "arguments",
        "parameters",
        "params",
        "keyword args",
        "keyword arguments",
        "other parameters",
        "attributes",
    }
)
# Sections that end the prose (and any entry section) but carry no entries we use.
_OTHER_SECTIONS = frozenset(
    {
        "returns",
        "return",
        "yields",
        "yield",
        "raises",
        "raise",
        "warns",
        "examples",
        "example",
        "note",
        "notes",
        "warning",
        "warnings",
        "see also",
        "references",
        "todo",
        "methods",
    }
)
_SECTIONS = _ENTRY_SECTIONS | _OTHER_SECTIONS

_GOOGLE_HEADER = re.compile(r"^([A-Za-z][A-Za-z ]*):\s*$")
_GOOGLE_ENTRY = re.compile(r"^\*{0,2}([A-Za-z_]\w*)\s*(?:\([^)]*\))?\s*:(?:\s+(.*)|\s*)$")
_NUMPY_RULE = re.compile(r"^-{3,}\s*$")
_NUMPY_ENTRY = re.compile(r"^\*{0,2}([A-Za-z_]\w*(?:\s*,\s*\*{0,2}[A-Za-z_]\w*)*)\s*(?::.*)?$")
_REST_FIELD = re.compile(r"^:([A-Za-z]+)(?:\s+([^:]*?))?:\s*(.*)$")
_REST_PARAM_KINDS = frozenset({"param", "parameter", "arg", "argument", "key", "keyword"})


@dataclass(frozen=True)
class Docstring:
    """What a docstring says: `description` (the leading prose) and `params` (name to text)."""

    description: str = ""
    params: dict[str, str] = field(default_factory=dict)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _join(lines: list[str]) -> str:
    """Paragraphs separated by one blank line; the lines of a paragraph joined by spaces."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def _section_at(lines: list[str], index: int) -> tuple[str, str, int] | None:
    """(style, lower-case name, index of the first content line) when a section starts at index."""
    stripped = lines[index].strip()
    if (
        index + 1 < len(lines)
        and _NUMPY_RULE.match(lines[index + 1].strip())
        and stripped.lower() in _SECTIONS
    ):
        return "numpy", stripped.lower(), index + 2
    match = _GOOGLE_HEADER.match(stripped)
    if match and match.group(1).strip().lower() in _SECTIONS:
        return "google", match.group(1).strip().lower(), index + 1
    if _REST_FIELD.match(stripped):
        return "rest", "", index
    return None


def _google_entries(lines: list[str], start: int, header_indent: int, params: dict[str, str]) -> int:
    """Read `name (type): text` entries; returns the index after the section."""
    index = start
    entry_indent: int | None = None
    name: str | None = None
    text: list[str] = []

    def flush() -> None:
        if name is not None:
            params.setdefault(name, _join(text))

    while index < len(lines):
        line = lines[index]
        if line.strip():
            indent = _indent(line)
            if indent <= header_indent:
                break
            if entry_indent is None:
                entry_indent = indent
            if indent <= entry_indent:
                flush()
                match = _GOOGLE_ENTRY.match(line.strip())
                name = match.group(1) if match else None
                text = [match.group(2) or ""] if match else []
            else:
                text.append(line)
        else:
            text.append("")
        index += 1
    flush()
    return index


def _numpy_entries(lines: list[str], start: int, params: dict[str, str]) -> int:
    """Read `name : type` entries with indented text, up to the next section."""
    index = start
    entry_indent: int | None = None
    names: list[str] = []
    text: list[str] = []

    def flush() -> None:
        for item in names:
            params.setdefault(item, _join(text))

    while index < len(lines):
        line = lines[index]
        section = _section_at(lines, index) if line.strip() else None
        if section is not None and section[0] != "rest":
            break
        if line.strip():
            indent = _indent(line)
            if entry_indent is None:
                entry_indent = indent
            if indent <= entry_indent:
                flush()
                match = _NUMPY_ENTRY.match(line.strip())
                names = [part.strip().lstrip("*") for part in match.group(1).split(",")] if match else []
                text = []
            else:
                text.append(line)
        else:
            text.append("")
        index += 1
    flush()
    return index


def _rest_field(lines: list[str], start: int, params: dict[str, str]) -> int:
    """Read one `:kind [type] name: text` field and its indented continuation lines."""
    line = lines[start]
    match = _REST_FIELD.match(line.strip())
    index = start + 1
    text = [match.group(3)] if match else []
    field_indent = _indent(line)
    while index < len(lines):
        following = lines[index]
        if following.strip() and (_indent(following) <= field_indent or following.strip().startswith(":")):
            break
        text.append(following)
        index += 1
    if match and match.group(1).lower() in _REST_PARAM_KINDS and match.group(2):
        # `:param int count:` names the type first; the parameter is the last word.
        params.setdefault(match.group(2).split()[-1].lstrip("*"), _join(text))
    return index


def parse_docstring(doc: str | None) -> Docstring:
    """Split a docstring into its leading prose and its parameter (or attribute) descriptions."""
    if not doc or not doc.strip():
        return Docstring()
    lines = inspect.cleandoc(doc).splitlines()
    prose: list[str] = []
    params: dict[str, str] = {}
    index = 0
    in_prose = True
    while index < len(lines):
        section = _section_at(lines, index)
        if section is None:
            if in_prose:
                prose.append(lines[index])
            index += 1
            continue
        in_prose = False
        style, name, content = section
        if style == "rest":
            index = _rest_field(lines, index, params)
        elif style == "numpy":
            sink: dict[str, str] = params if name in _ENTRY_SECTIONS else {}
            index = _numpy_entries(lines, content, sink)
        else:
            sink = params if name in _ENTRY_SECTIONS else {}
            index = _google_entries(lines, content, _indent(lines[index]), sink)
    return Docstring(description=_join(prose), params=params)
