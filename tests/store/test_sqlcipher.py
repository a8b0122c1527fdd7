"""hearten.store.sqlcipher: connecting with a key, exporting a copy, checking it, opening a backup read-only."""

from __future__ import annotations

import pytest

from hearten.errors import PrivacyError, WrongKey
from hearten.store import sqlcipher

pytestmark = pytest.mark.skipif(not sqlcipher.available(), reason="sqlcipher3 is not installed")

KEY = b"\x11" * 32
OTHER = b"\x22" * 32


def _make(path, key, rows=("private",)):
    conn = sqlcipher.connect(path, key)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE schema_migrations(version INTEGER)")
    conn.execute("CREATE TABLE t(x)")
    conn.executemany("INSERT INTO t VALUES (?)", [(r,) for r in rows])
    conn.close()


def test_wal_and_fts5_work_encrypted(tmp_path):
    path = tmp_path / "hearten.db"
    conn = sqlcipher.connect(path, KEY)
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    conn.execute("CREATE VIRTUAL TABLE notes USING fts5(body)")
    conn.execute("INSERT INTO notes(body) VALUES ('a gentle walk by the sea'), ('tired but kind')")
    hits = conn.execute("SELECT body FROM notes WHERE notes MATCH 'gentle'").fetchall()
    assert hits == [("a gentle walk by the sea",)]
    conn.close()

    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"gentle" not in raw
    assert not sqlcipher.is_plaintext(path)

    again = sqlcipher.connect(path, KEY)
    assert again.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert again.execute("SELECT count(*) FROM notes WHERE notes MATCH 'kind'").fetchone()[0] == 1
    again.close()


def test_a_wrong_key_leaves_the_file_byte_identical_and_stderr_quiet(tmp_path, capfd):
    path = tmp_path / "hearten.db"
    _make(path, KEY)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    with pytest.raises(WrongKey, match="do not belong together"):
        sqlcipher.connect(path, OTHER)

    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    assert "hmac check failed" not in capfd.readouterr().err
    ok = sqlcipher.connect(path, KEY)
    assert ok.execute("SELECT x FROM t").fetchall() == [("private",)]
    ok.close()


def test_the_key_is_checked_for_length_before_any_sql_is_built():
    with pytest.raises(ValueError, match="32 bytes"):
        sqlcipher.key_sql(b"short")
    assert sqlcipher.key_sql(None) == "''"
    assert sqlcipher.key_sql(KEY) == "\"x'" + KEY.hex() + "'\""


def test_rewrite_encrypts_a_plaintext_copy_and_checks_it(tmp_path):
    import sqlite3

    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("PRAGMA user_version = 7")
        conn.execute("CREATE TABLE t(x)")
        conn.execute("INSERT INTO t VALUES ('gentle')")
    conn.close()
    copy = tmp_path / "copy.db"
    sqlcipher.rewrite(plain, copy, source_key=None, target_key=KEY, missing="-")
    assert sqlcipher.is_plaintext(plain) and not sqlcipher.is_plaintext(copy)
    assert sqlcipher.integrity(copy, KEY) == "ok"
    assert sqlcipher.integrity(copy, OTHER) == "unreadable"
    conn = sqlcipher.connect(copy, KEY)
    assert conn.execute("SELECT x FROM t").fetchall() == [("gentle",)]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 7  # the schema version travels with the copy
    conn.close()


def test_rewrite_with_a_wrong_key_changes_nothing_and_leaves_no_copy(tmp_path):
    source = tmp_path / "hearten.db"
    _make(source, KEY)
    before = source.read_bytes()
    with pytest.raises(PrivacyError, match="cannot be read"):
        sqlcipher.rewrite(source, tmp_path / "out.db", source_key=OTHER, target_key=None, missing="-")
    assert source.read_bytes() == before and not (tmp_path / "out.db").exists()


def test_open_backup_is_read_only_and_refuses_what_is_not_hearten(tmp_path):
    backup = tmp_path / "backup.db"
    _make(backup, KEY)
    assert sqlcipher.open_backup(backup, OTHER) is None  # a wrong key: the caller tries the key file beside it
    conn = sqlcipher.open_backup(backup, KEY)
    with pytest.raises(Exception, match="readonly"):
        conn.execute("INSERT INTO t VALUES ('changed')")
    conn.close()

    stranger = tmp_path / "stranger.db"
    conn = sqlcipher.connect(stranger, KEY)
    conn.execute("CREATE TABLE other(x)")
    conn.close()
    with pytest.raises(PrivacyError, match="not a hearten database"):
        sqlcipher.open_backup(stranger, KEY)


def test_replace_shreds_the_old_bytes_and_drops_its_logs(tmp_path):
    db = tmp_path / "hearten.db"
    db.write_bytes(b"plaintext journal")
    (tmp_path / "hearten.db-wal").write_bytes(b"plaintext log")
    new = tmp_path / "hearten.db.encrypting"
    new.write_bytes(b"ciphertext")
    with open(db, "rb") as old:
        sqlcipher.replace(new, db, shred_old=True)
        assert old.read() == b"\x00" * len(b"plaintext journal")
    assert db.read_bytes() == b"ciphertext"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hearten.db"]


def test_damage_is_confirmed_only_by_sqlite_itself(tmp_path):
    import sqlite3

    good = tmp_path / "good.db"
    with sqlite3.connect(good) as conn:
        conn.execute("CREATE TABLE t(x)")
        conn.executemany("INSERT INTO t VALUES (?)", [(f"row {i} " * 20,) for i in range(400)])
    conn.close()
    assert sqlcipher.confirms_damage(path=good) is False
    damaged = tmp_path / "damaged.db"
    data = bytearray(good.read_bytes())
    data[4096 : 4096 + 300] = b"\xff" * 300  # scribble over the second page, its header too
    damaged.write_bytes(bytes(data))
    assert sqlcipher.confirms_damage(path=damaged) is True
    encrypted = tmp_path / "encrypted.db"
    _make(encrypted, KEY)
    assert sqlcipher.confirms_damage(path=encrypted) is False  # no key: nothing can be confirmed
    assert sqlcipher.confirms_damage(path=tmp_path / "missing.db") is False
    conn = sqlcipher.connect(encrypted, KEY)
    assert sqlcipher.confirms_damage(connection=conn) is False
    conn.close()


def test_open_store_unlocks_nothing_itself(tmp_path, monkeypatch):
    from hearten import crypto
    from hearten.config import load_settings
    from hearten.errors import Locked
    from hearten.services import encryption, keys
    from hearten.store import open_store

    settings = load_settings(home=tmp_path / "home", environ={})
    open_store(settings).close()
    encryption.encrypt_home(settings, passphrase="quiet harbour lantern", recovery=False, params=crypto.FLOOR_PARAMS)
    monkeypatch.setenv(
        "HEARTEN_PASSPHRASE", "quiet harbour lantern"
    )  # a service would unlock with it; the store does not
    with pytest.raises(Locked):
        open_store(settings)
    with pytest.raises(WrongKey, match="key file that came with"):
        open_store(settings, key=OTHER)
    open_store(settings, key=keys.unlock_key(settings)).close()
