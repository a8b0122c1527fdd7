"""Changed bytes in the encrypted database or the key file: a clear error, never a traceback or plaintext."""

from __future__ import annotations

import pytest

from tests.security.helpers import PASSPHRASE, encrypted_env, home_digests, no_traceback
from tests.support.cli import run_hearten

SQLITE_MAGIC = b"SQLite format 3\x00"


def _flip(path, offset):
    data = bytearray(path.read_bytes())
    offset = offset % len(data)
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def _fill(env):
    from hearten import services
    from hearten.config import load_settings
    from hearten.services.keys import open_unlocked_store

    store = open_unlocked_store(load_settings(environ=env), passphrase=PASSPHRASE)
    try:
        for i in range(40):
            services.add_entry(store, text=f"Entry {i}: " + "some words about the day " * 20)
    finally:
        store.close()  # the last close checkpoints, so every page is in the main file


@pytest.fixture
def encrypted(tmp_path):
    env, _ = encrypted_env(tmp_path)
    _fill(env)
    return env, tmp_path / "home"


@pytest.mark.parametrize("where", [0, 20, 100, 1000, 4096 + 500, "middle", -100])
def test_flipped_database_bytes(encrypted, where):
    env, home = encrypted
    db = home / "hearten.db"
    size = db.stat().st_size
    _flip(db, size // 2 if where == "middle" else where)
    before = home_digests(home)
    first_page = where in (0, 20, 100, 1000)
    for args in (["journal", "list"], ["journal", "search", "words"], ["backup", "--out", str(home.parent / "b.db")]):
        done = run_hearten(args, env)
        no_traceback(done)
        if done.returncode != 0:
            assert done.err.startswith("hearten:") and len(done.err.strip().splitlines()) == 1, done.err
        elif first_page:
            pytest.fail(f"{args} read a database whose first page was changed")
    # a page that was never read may pass `list`; the full copy reads every page and must notice
    assert run_hearten(["backup", "--out", str(home.parent / "b2.db")], env).returncode != 0
    assert not db.read_bytes().startswith(SQLITE_MAGIC)
    after = {k: v for k, v in home_digests(home).items() if not k.startswith("hearten.db-")}
    assert after == {k: v for k, v in before.items() if not k.startswith("hearten.db-")}


@pytest.mark.parametrize("where", [0, 5, 12, 40, 200, -40, -1])
def test_flipped_key_file_bytes(encrypted, where):
    env, home = encrypted
    _flip(home / "hearten.key", where)
    before = home_digests(home)
    done = run_hearten(["journal", "list"], env)
    assert done.returncode == 1
    assert done.err.startswith("hearten:") and len(done.err.strip().splitlines()) == 1, done.err
    no_traceback(done)
    assert home_digests(home) == before


def test_missing_key_file_is_a_clear_error(encrypted):
    env, home = encrypted
    (home / "hearten.key").unlink()
    done = run_hearten(["journal", "list"], env)
    assert done.returncode == 1 and "cannot be read" in done.err
    no_traceback(done)


def test_truncated_database(encrypted):
    env, home = encrypted
    db = home / "hearten.db"
    db.write_bytes(db.read_bytes()[:3000])
    done = run_hearten(["journal", "list"], env)
    assert done.returncode == 1
    no_traceback(done)
