"""The suite's own PostgreSQL leaves nothing behind: no segments in /dev/shm, no folders of killed runs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def _aged_folder(base, name: str, server_pid: int | None, owner_pid: int | None):
    made = base / f"{pgserver.PREFIX}{name}"
    (made / "data").mkdir(parents=True)
    if server_pid is not None:
        (made / "data" / "postmaster.pid").write_text(f"{server_pid}\n{made / 'data'}\n")
    if owner_pid is not None:
        (made / pgserver.OWNER_FILE).write_text(f"{owner_pid}\n")
    then = time.time() - 2 * pgserver.STALE_AFTER_SECONDS
    os.utime(made, (then, then))
    return made


def _ended_pid() -> int:
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(ended.stdout)


def test_a_server_we_may_not_signal_is_still_running(tmp_path, monkeypatch):
    monkeypatch.setattr(pgserver.tempfile, "gettempdir", lambda: str(tmp_path))
    someone_elses = _aged_folder(tmp_path, "someone-elses-server", 4242, None)

    def not_permitted(pid, signal):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(pgserver.os, "kill", not_permitted)
    assert pgserver._running(someone_elses / "data" / "postmaster.pid")
    assert pgserver.remove_stale_folders() == [] and someone_elses.exists()


def test_a_process_that_is_not_its_postgres_is_never_stopped(tmp_path, monkeypatch):
    monkeypatch.setattr(pgserver.tempfile, "gettempdir", lambda: str(tmp_path))
    # The run that made it has gone, but the pid in postmaster.pid is now this test process.
    reused = _aged_folder(tmp_path, "reused-pid", os.getpid(), _ended_pid())
    assert pgserver._owner_gone(reused)
    assert pgserver.remove_stale_folders() == [] and reused.exists()


@pytest.mark.postgres
def test_the_server_of_a_killed_run_is_stopped_then_removed(monkeypatch):
    if os.environ.get("HEARTEN_TEST_POSTGRES_URL"):
        pytest.skip("a server given from outside is not ours to set up")
    # Not tmp_path: as root the server runs as postgres, which must be able to reach its folder.
    base = Path(tempfile.mkdtemp(prefix="hearten-sweep-test-"))
    base.chmod(0o755)
    monkeypatch.setattr(pgserver.tempfile, "gettempdir", lambda: str(base))
    server = pgserver.ThrowawayPostgres()
    try:
        server.start()
        pid_file = server.folder / "data" / "postmaster.pid"
        postmaster = int(pid_file.read_text().split()[0])
        then = time.time() - 2 * pgserver.STALE_AFTER_SECONDS
        os.utime(server.folder, (then, then))

        # Old, but the run that started it (this one) is alive: it is in use.
        assert pgserver.remove_stale_folders() == [] and pgserver._running(pid_file)

        # As if this run had been killed: its owner file now names a process that has ended.
        (server.folder / pgserver.OWNER_FILE).write_text(f"{_ended_pid()}\n")
        assert pgserver.remove_stale_folders() == [server.folder]
        assert not server.folder.exists() and not pgserver._alive(postmaster)
    finally:
        if server.folder.exists():
            server.stop()
        shutil.rmtree(base, ignore_errors=True)
