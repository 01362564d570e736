"""`bench.profiles` attributes own time to the right package and reports it; no timing is asserted."""

from __future__ import annotations

import cProfile
import json
import sys

import pytest
from paths import REPO_ROOT

if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from bench import profiles


@pytest.mark.parametrize(
    ("filename", "package"),
    [
        ("~", "builtins"),
        ("<frozen importlib._bootstrap>", "builtins"),
        ("/venv/lib/python3.11/site-packages/urllib3/connection.py", "urllib3"),
        ("/venv/lib/python3.11/site-packages/h11/_readers.py", "h11"),
        ("/venv/lib/python3.11/site-packages/typing_extensions.py", "typing_extensions"),
        ("/checkout/generated/hiramu/ollama/_wire.py", "hiramu"),
        ("/checkout/bench/clients.py", "bench"),
        ("/usr/lib/python3.11/json/decoder.py", "stdlib"),
    ],
)
def test_own_time_goes_to_the_package_that_spent_it(filename: str, package: str) -> None:
    assert profiles._package(filename) == package


def test_the_report_names_the_busiest_function(capsys: pytest.CaptureFixture[str]) -> None:
    text = json.dumps({"values": list(range(20_000))})
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(20):
        json.loads(text)
    profile.disable()
    profiles._report(profile, top=3)
    out = capsys.readouterr().out
    assert out.startswith("own time ")
    assert "by package:" in out and "top 3 functions by own time:" in out
    # The decoding runs in the standard library's json (C scanner called from decoder.py).
    assert "stdlib" in out
    assert len([line for line in out.splitlines() if " calls  " in line]) == 3
