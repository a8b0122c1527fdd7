"""The suite's own PostgreSQL leaves nothing behind: no segments in /dev/shm, no folders of killed runs."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from tests.support import pgserver


@pytest.mark.postgres
def test_its_shared_memory_lives_in_its_own_folder(postgres_url):
    if os.environ.get("HEARTEN_TEST_POSTGRES_URL"):
        pytest.skip("a server given from outside is not ours to set up")
    import psycopg

    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SHOW dynamic_shared_memory_type").fetchone()[0] == "mmap"


def test_folders_left_by_killed_runs_are_removed_and_running_ones_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(pgserver.tempfile, "gettempdir", lambda: str(tmp_path))
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    finished = int(ended.stdout)  # a process that has ended

    def folder(name: str, server_pid: int | None, age_seconds: float):
        made = tmp_path / f"{pgserver.PREFIX}{name}"
        (made / "data").mkdir(parents=True)
        if server_pid is not None:
            (made / "data" / "postmaster.pid").write_text(f"{server_pid}\n/some/data\n")
        then = time.time() - age_seconds
        os.utime(made, (then, then))
        return made

    killed = folder("killed", finished, 2 * pgserver.STALE_AFTER_SECONDS)
    stopped = folder("stopped", None, 2 * pgserver.STALE_AFTER_SECONDS)
    running = folder("running", os.getpid(), 2 * pgserver.STALE_AFTER_SECONDS)
    starting = folder("starting", None, 5)
    unrelated = tmp_path / "someone-elses"
    unrelated.mkdir()
    os.utime(unrelated, (0, 0))

    assert sorted(pgserver.remove_stale_folders()) == sorted([killed, stopped])
    assert running.exists() and starting.exists() and unrelated.exists()
