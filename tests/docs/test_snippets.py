"""The block finder itself: what counts as a snippet and what opts one out."""

from __future__ import annotations

from .snippets import python_snippets

DOC = """# Title

```python
print("one")
```

Text with `code` and a shell block:

```
make test
```

<!-- not-run: needs pytest's own runner -->
```python
def test_x(): ...
```

<!-- an ordinary comment -->
```python title="x.py"
print("three")
```

    ```python
    indented: code, not a fence
    ```
"""


def test_finds_python_fences_with_lines_and_code() -> None:
    found = python_snippets(DOC)
    assert [(s.line, s.code) for s in found] == [
        (3, 'print("one")\n'),
        (14, "def test_x(): ...\n"),
        (19, 'print("three")\n'),
    ]


def test_only_the_marker_opts_out() -> None:
    found = python_snippets(DOC)
    assert [s.opt_out for s in found] == [None, "needs pytest's own runner", None]
