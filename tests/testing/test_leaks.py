"""Nothing outlives a test: 200 fresh fakes in a row leave no socket, thread or listening port."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

RUNS = 200

# Run as its own pytest session so the counts see only the fixtures (the plugin comes from the
# installed package's entry point, as in any project).
SUITE = textwrap.dedent(
    f"""
    import os
    import threading

    import pytest

    SEEN = {{}}
    PORTS = []


    def descriptors():
        targets = []
        for fd in os.listdir("/proc/self/fd"):
            try:
                targets.append(os.readlink(f"/proc/self/fd/{{fd}}"))
            except FileNotFoundError:  # the descriptor listdir itself used
                pass
        return sorted(targets)


    def counts():
        targets = descriptors()
        sockets = sum(1 for t in targets if t.startswith("socket:"))
        return len(targets), sockets, threading.active_count()


    def listening_ports_of_this_process():
        # other processes may reuse a port number at once, so look at this process's sockets only
        inodes = {{t[len("socket:["):-1] for t in descriptors() if t.startswith("socket:")}}
        ports = set()
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            if not os.path.exists(table):
                continue
            with open(table) as f:
                for line in f.readlines()[1:]:
                    fields = line.split()
                    if fields[3] == "0A" and fields[9] in inodes:  # state LISTEN
                        ports.add(int(fields[1].rsplit(":", 1)[1], 16))
        return ports


    def test_0_warm_up(fake_ollama, ollama_client):
        ollama_client.list()
        assert fake_ollama.port in listening_ports_of_this_process()


    def test_1_baseline():
        SEEN["before"] = counts()


    @pytest.mark.parametrize("run", range({RUNS}))
    def test_fixture(run, fake_ollama, ollama_client):
        PORTS.append(fake_ollama.port)
        assert ollama_client.chat("tiny-llama", messages=[{{"role": "user", "content": "hi"}}]).done
        assert any(t.name.startswith("fake-ollama-") for t in threading.enumerate())


    def test_2_nothing_left():
        assert len(PORTS) == {RUNS}
        assert counts() == SEEN["before"], (descriptors(), [t.name for t in threading.enumerate()])
        assert not [t.name for t in threading.enumerate() if t.name.startswith("fake-ollama-")]
        assert not listening_ports_of_this_process() & set(PORTS)
    """
)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts file descriptors in /proc")
def test_two_hundred_fixtures_leak_nothing(tmp_path: Path) -> None:
    (tmp_path / "test_many.py").write_text(SUITE)
    env = {k: v for k, v in os.environ.items() if k != "OLLAMA_HOST"}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_many.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert f"{RUNS + 3} passed" in proc.stdout
