"""Backups, restore and forget through the real CLI."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from hearten import crypto
from tests.security.helpers import PASSPHRASE, encrypted_env, home_digests, no_traceback, plain_env
from tests.support.cli import run_hearten, run_json

WRITER = r"""
import sys, time
from hearten import services
from hearten.config import load_settings
from hearten.services.keys import open_unlocked_store
store = open_unlocked_store(load_settings(home=sys.argv[1], environ={}), passphrase=sys.argv[2])
end = time.time() + float(sys.argv[3])
i = 0
while time.time() < end:
    services.add_entry(store, text=f"busy writer {i} " + "words " * 50)
    i += 1
store.close()
print(i)
"""


def _integrity(path, key):
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return conn.execute("PRAGMA integrity_check").fetchone()[0], conn.execute(
            "SELECT count(*) FROM entries"
        ).fetchone()[0]
    finally:
        conn.close()


def test_backup_while_another_process_writes_is_consistent_and_encrypted(tmp_path):
    env, _ = encrypted_env(tmp_path)
    home = tmp_path / "home"
    key = crypto.unwrap((home / "hearten.key").read_bytes(), PASSPHRASE)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(home), PASSPHRASE, "4"], stdout=subprocess.PIPE, text=True
    )
    try:
        time.sleep(0.8)
        outs = []
        for n in range(3):
            out = tmp_path / f"b{n}.db"
            run_hearten(["backup", "--out", str(out)], env, check=True)
            outs.append(out)
    finally:
        written = int(writer.communicate(timeout=60)[0])
    assert written > 0
    counts = []
    for out in outs:
        assert not out.read_bytes().startswith(b"SQLite format 3")
        assert (tmp_path / f"{out.name}.key").exists()
        ok, count = _integrity(out, key)
        assert ok == "ok"
        counts.append(count)
    assert counts == sorted(counts)


@pytest.mark.usefixtures("one_day")  # today's daily backup, named by `hearten` and looked for here
def test_backup_default_name_and_daily_rolling(tmp_path):
    env = plain_env(tmp_path)
    run_hearten(["journal", "add", "hello"], env, check=True)
    backups = tmp_path / "home" / "backups"
    today = time.strftime("%Y-%m-%d")
    assert (backups / f"daily-{today}.db").exists()
    done = run_hearten(["backup"], env, check=True)
    assert "hearten-" in done.err and len(list(backups.glob("hearten-*.db"))) == 1
    # older dailies beyond backups_keep are removed when today's is made
    (backups / f"daily-{today}.db").unlink()
    for day in range(1, 6):
        (backups / f"daily-2020-01-0{day}.db").write_bytes(b"old")
    run_hearten(["journal", "list"], {**env, "HEARTEN_BACKUPS_KEEP": "3"}, check=True)
    assert sorted(p.name for p in backups.glob("daily-*.db")) == [
        "daily-2020-01-04.db",
        "daily-2020-01-05.db",
        f"daily-{today}.db",
    ]


def test_restore_checks_integrity_and_key_and_keeps_a_copy(tmp_path):
    env, _ = encrypted_env(tmp_path)
    home = tmp_path / "home"
    good = tmp_path / "good.db"
    run_hearten(["backup", "--out", str(good)], env, check=True)
    run_hearten(["journal", "add", "added after the backup"], env, check=True)

    damaged = tmp_path / "damaged.db"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    run_hearten(["journal", "list"], env, check=True)
    before = home_digests(home)
    for bad in (damaged, tmp_path / "missing.db"):
        done = run_hearten(["restore", str(bad), "--yes"], env)
        assert done.returncode == 1
        no_traceback(done)
    other_env, _ = encrypted_env(tmp_path / "other")
    foreign = tmp_path / "foreign.db"
    run_hearten(["backup", "--out", str(foreign)], other_env, check=True)
    (tmp_path / "foreign.db.key").unlink()
    done = run_hearten(["restore", str(foreign), "--yes"], env)
    assert done.returncode == 1 and "key" in done.err
    assert home_digests(home) == before

    done = run_hearten(["restore", str(good), "--yes"], env, check=True)
    assert "kept at" in done.err
    texts = [e["text"] for e in run_json(["journal", "list", "--json"], env)]
    assert texts == ["Written before encryption."]
    kept = list((home / "backups").glob("before-restore-*.db"))
    assert len(kept) == 1 and (home / "backups" / (kept[0].name + ".key")).exists()


def test_restore_a_backup_from_another_passphrase_with_its_key_file(tmp_path):
    env, _ = encrypted_env(tmp_path / "a")
    run_hearten(["journal", "add", "from the other home"], env, check=True)
    backup = tmp_path / "other.db"
    run_hearten(["backup", "--out", str(backup)], env, check=True)
    fresh = plain_env(tmp_path / "b")
    run_hearten(["restore", str(backup), "--yes", "--passphrase-stdin"], fresh, input=PASSPHRASE + "\n", check=True)
    assert (tmp_path / "b" / "home" / "hearten.key").exists()
    texts = [e["text"] for e in run_json(["journal", "list", "--json"], {**fresh, "HEARTEN_PASSPHRASE": PASSPHRASE})]
    assert "from the other home" in texts


def test_forget_all_removes_everything_and_says_so(tmp_path):
    env, _ = encrypted_env(tmp_path)
    home = tmp_path / "home"
    run_hearten(["settings", "set", "name", "Sam"], env)
    run_hearten(["backup"], env, check=True)
    run_hearten(["unlock"], env, check=True)
    wrong = run_hearten(["forget", "--all"], env, input="no\n")
    assert wrong.returncode == 1 and "Nothing was removed" in wrong.err and (home / "hearten.db").exists()
    done = run_hearten(["forget", "--all"], env, input="forget\n", check=True)
    assert "hearten.db" in done.out and "hearten.key" in done.out and "backups" in done.out
    assert "unlocked key" in done.out
    assert not home.exists()
    assert not any((tmp_path / "runtime" / "hearten").iterdir())


def test_forget_keep_settings(tmp_path):
    env = plain_env(tmp_path)
    run_hearten(["journal", "add", "x"], env, check=True)
    (tmp_path / "home" / "settings.toml").write_text('name = "Sam"\n')
    run_hearten(["forget", "--all", "--yes", "--keep-settings"], env, check=True)
    assert [p.name for p in (tmp_path / "home").iterdir()] == ["settings.toml"]
