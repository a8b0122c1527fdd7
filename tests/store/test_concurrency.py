"""Reads never wait for a writer; a write that waits past the busy timeout says so; threads each get a connection."""

from __future__ import annotations

import threading

import pytest

from hearten.config import load_settings
from hearten.domain.records import NewEntry, now
from hearten.store import DatabaseBusy, open_store
from tests.support.locks import write_lock_held


@pytest.fixture
def quick_settings(home_env):
    """A busy timeout of a fifth of a second, so a blocked write gives up soon."""
    return load_settings(environ={**home_env, "HEARTEN_BUSY_TIMEOUT": "0.2"})


@pytest.fixture
def quick_store(quick_settings):
    opened = open_store(quick_settings)
    yield opened
    opened.close()


def entry(text: str) -> NewEntry:
    return NewEntry(text=text, created_at=now())


def test_reads_go_on_while_another_program_writes(quick_store, quick_settings):
    quick_store.add_entry(entry("written before the lock"))
    with write_lock_held(quick_settings):
        assert [e.text for e in quick_store.list_entries()] == ["written before the lock"]
        assert quick_store.count_entries() == 1
        assert quick_store.personal_settings() == {}


def test_a_write_waits_then_says_busy_and_changes_nothing(quick_store, quick_settings):
    with write_lock_held(quick_settings):
        with pytest.raises(DatabaseBusy, match="busy, please try again"):
            quick_store.add_entry(entry("waited too long"))
    assert quick_store.count_entries() == 0
    quick_store.add_entry(entry("once the lock is gone"))  # the same store writes again afterwards
    assert quick_store.count_entries() == 1


def test_threads_share_a_store_without_mixing_transactions(store):
    errors = []

    def work(n: int) -> None:
        try:
            for i in range(15):
                store.add_entry(entry(f"thread {n} note {i}"))
                store.list_entries(limit=5)
        except Exception as error:  # collected: the assertion below shows what went wrong
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert store.count_entries() == 90


def test_closing_lets_a_transaction_in_another_thread_finish(store):
    store.add_entry(entry("still readable"))
    inside, finished_close = threading.Event(), threading.Event()
    carry_on = threading.Event()
    seen = []

    def reader():
        with store.reading() as cur:
            inside.set()
            carry_on.wait()
            cur.execute("SELECT count(*) FROM entries")
            seen.append(cur.fetchone()[0])

    def closer():
        inside.wait()
        store.close()
        finished_close.set()

    threads = [threading.Thread(target=reader), threading.Thread(target=closer)]
    for thread in threads:
        thread.start()
    inside.wait()
    assert not finished_close.is_set()  # the reader is still inside its transaction
    carry_on.set()
    for thread in threads:
        thread.join()
    assert seen == [1] and finished_close.is_set()


def test_data_version_moves_with_a_commit_from_any_thread_or_program(sqlite_store):
    seen = [sqlite_store.data_version()]
    worker = threading.Thread(target=lambda: sqlite_store.add_entry(entry("from a worker thread")))
    worker.start()
    worker.join()
    seen.append(sqlite_store.data_version())
    seen.append(sqlite_store.data_version())  # nothing committed in between
    import sqlite3

    path = sqlite_store.connection.execute("PRAGMA database_list").fetchone()[2]
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("INSERT INTO personal_settings (name, value) VALUES ('name', 'from another program')")
    other.close()
    seen.append(sqlite_store.data_version())
    assert seen[0] != seen[1] == seen[2] != seen[3]


def test_connections_of_ended_threads_are_closed(store):
    for _ in range(12):  # worker threads come and go, as the web server's idle ones do
        worker = threading.Thread(target=lambda: store.list_entries(limit=1))
        worker.start()
        worker.join()
    store.count_entries()
    assert store.connection_count() <= 3  # this thread's, the last worker's, perhaps a watcher


def test_a_command_beside_the_running_app_leaves_its_log_in_place(sqlite_store, tmp_path, monkeypatch):
    """`hearten checkin` while `hearten serve` runs: the command's connection closes last in its own
    process, and must still see the app's lock, or SQLite deletes the WAL the app is writing to."""
    import os
    import subprocess
    import sys

    monkeypatch.delenv("HEARTEN_DATABASE_URL", raising=False)
    home_env = {"HEARTEN_HOME": str(tmp_path / "home")}
    sqlite_store.add_entry(entry("before"))
    worker = threading.Thread(target=sqlite_store.list_entries)  # a web worker's own connection
    worker.start()
    worker.join()
    wal = tmp_path / "home" / "hearten.db-wal"
    assert wal.exists()
    count = (
        "from hearten.config import load_settings; from hearten.store import open_store; "
        "s = open_store(load_settings()); print(s.count_entries()); s.close()"
    )
    beside = subprocess.run(
        [sys.executable, "-c", count], env={**os.environ, **home_env}, capture_output=True, text=True
    )
    assert beside.returncode == 0, beside.stderr
    assert beside.stdout.strip() == "1"
    assert wal.exists()  # the running app's log is still there
    sqlite_store.add_entry(entry("after"))  # and it goes on writing to it
    again = subprocess.run(
        [sys.executable, "-c", count], env={**os.environ, **home_env}, capture_output=True, text=True
    )
    assert again.stdout.strip() == "2"
    assert [e.text for e in sqlite_store.list_entries()] == ["after", "before"]


def test_the_database_file_loses_what_others_could_read_and_nothing_else(tmp_path):
    import os
    import stat

    from hearten.store.sqlite import _private_file

    shared = tmp_path / "shared.db"
    shared.write_bytes(b"")
    os.chmod(shared, 0o644)
    _private_file(shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o600  # group and others' reading taken away
    kept_read_only = tmp_path / "read-only.db"
    kept_read_only.write_bytes(b"")
    os.chmod(kept_read_only, 0o400)
    _private_file(kept_read_only)
    assert stat.S_IMODE(kept_read_only.stat().st_mode) == 0o400  # never made writable
    fresh = tmp_path / "new.db"
    _private_file(fresh)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
