"""Report, at the end of every run that collected the README tests, how many snippets ran and which opted out."""

from __future__ import annotations

import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from .test_readme import SNIPPETS

    ran = [s for s in SNIPPETS if s.opt_out is None]
    opted_out = [s for s in SNIPPETS if s.opt_out is not None]
    terminalreporter.write_sep("-", f"README.md: {len(ran)} python snippets run, {len(opted_out)} opted out")
    for snippet in opted_out:
        terminalreporter.write_line(f"  {snippet.id}: {snippet.opt_out}")
