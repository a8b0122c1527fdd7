"""SQLCipher: every operation on an encrypted (or soon encrypted) SQLite file, in one place.

The services decide what to do (encrypt a home, back it up, restore a copy); this module
knows how: connect with a key, export a copy under another key, check a copy's integrity,
open a backup read-only, swap a new file in for the old. The data key is always the raw
256-bit key (derived and wrapped by hearten.crypto), handed to SQLCipher by `key_sql`,
the one place that SQL is written. sqlcipher3 is imported only when a function needs it.
"""

from __future__ import annotations

import os
from pathlib import Path

from hearten import files
from hearten.errors import PrivacyError, WrongKey, sqlite_errors

SQLITE_MAGIC = b"SQLite format 3\x00"  # the first bytes of every plaintext SQLite file
_quieted = False


def available() -> bool:
    """True when sqlcipher3 can be imported here."""
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


def driver(*, missing: str):
    """The sqlcipher3 module, with its stderr logging off; PrivacyError(missing) when it is not installed."""
    global _quieted
    try:
        import sqlcipher3
    except ImportError:
        raise PrivacyError(missing) from None
    if not _quieted:
        # SQLCipher prints "hmac check failed" lines to stderr on a wrong key; the level is process-wide
        probe = sqlcipher3.connect(":memory:")
        try:
            probe.execute("PRAGMA cipher_log_level = NONE")
        finally:
            probe.close()
        _quieted = True
    return sqlcipher3


def key_sql(key: bytes | None) -> str:
    """The key as SQLCipher reads it in PRAGMA key and ATTACH ... KEY: a raw key (no KDF run), or '' for plaintext."""
    if key is None:
        return "''"
    if not isinstance(key, (bytes, bytearray)) or len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"\"x'{bytes(key).hex()}'\""


def apply_key(connection, key: bytes) -> None:
    """Key a fresh sqlcipher3 connection (before its first statement)."""
    connection.execute(f"PRAGMA key = {key_sql(key)}")


def is_plaintext(path) -> bool:
    """True when the file is a plaintext SQLite database (read from its first 16 bytes only)."""
    return files.starts_with(path, SQLITE_MAGIC)


def sidecars(db: Path) -> list[Path]:
    """The files SQLite keeps beside a database: its write-ahead log, shared memory and rollback journal."""
    return [db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def connect(path, key: bytes | None, *, read_only: bool = False, missing: str = "this needs sqlcipher3"):
    """A sqlcipher3 connection (autocommit) to `path`, keyed and checked with a first read.

    WrongKey when the key does not open it (the file is left byte for byte as it was). A
    path that does not exist yet becomes a new database on the first write.
    """
    sqlcipher3 = driver(missing=missing)
    if read_only:
        conn = sqlcipher3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        if key is not None:
            apply_key(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        conn.close()
        raise WrongKey(
            f"{Path(path).name} does not open with this key: the key and the database do not belong together, "
            f"or it is damaged ({error})"
        ) from None
    except BaseException:
        conn.close()
        raise
    return conn


def export_copy(conn, target: Path, target_key: bytes | None) -> None:
    """Copy everything `conn` sees into a new database at `target`, keyed with target_key (or plaintext), flushed."""
    target.unlink(missing_ok=True)
    for extra in sidecars(target):
        extra.unlink(missing_ok=True)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"ATTACH DATABASE ? AS target KEY {key_sql(target_key)}", (str(target),))
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("SELECT sqlcipher_export('target')")
        conn.execute(f"PRAGMA target.user_version = {int(version)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute("DETACH DATABASE target")
    files.fsync_file(target)


def integrity(path: Path, key: bytes | None) -> str:
    """SQLite's integrity check of the file under `key`: "ok", what it found, or "unreadable"."""
    sqlcipher3 = driver(missing="checking a database needs sqlcipher3")
    try:
        conn = connect(path, key)
    except WrongKey:
        return "unreadable"
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlcipher3.DatabaseError:
        return "unreadable"
    finally:
        conn.close()


def check_copy(path: Path, key: bytes | None) -> None:
    """PrivacyError unless a new copy made by export_copy passes the integrity check."""
    result = integrity(path, key)
    if result != "ok":
        raise PrivacyError(f"the new copy of the database did not check out ({result}); nothing was changed")


def rewrite(source: Path, target: Path, *, source_key: bytes | None, target_key: bytes | None, missing: str) -> None:
    """Write a checked copy of `source` (opened with source_key) to `target` under target_key.

    The source's log is folded back into it afterwards, so a swap leaves no stale WAL. On
    any failure the half-written target is shredded; an encrypted source that cannot be
    read raises PrivacyError, and the source is never changed.
    """
    sqlcipher3 = driver(missing=missing)
    try:
        conn = connect(source, source_key, missing=missing)
    except WrongKey as error:
        if source_key is None:
            raise
        raise PrivacyError(f"the encrypted database cannot be read ({error}); nothing was changed") from None
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        export_copy(conn, target, target_key)
        check_copy(target, target_key)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlcipher3.DatabaseError as error:
        files.shred(target)
        if source_key is None:
            raise
        raise PrivacyError(f"the encrypted database cannot be read ({error}); nothing was changed") from None
    except BaseException:
        files.shred(target)
        raise
    finally:
        conn.close()


def open_backup(path: Path, key: bytes | None):
    """A read-only connection to a backup that passed its integrity check, or None when `key` does not open it.

    PrivacyError when it opens but is damaged, or is not a hearten database.
    """
    sqlcipher3 = driver(missing="restoring a backup needs the sqlcipher3-binary package, which is not installed here")
    try:
        conn = connect(path, key, read_only=True)
    except WrongKey:
        return None
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlcipher3.DatabaseError as error:
        conn.close()
        raise PrivacyError(f"{path.name} is damaged ({error}); nothing was changed") from None
    if result != "ok":
        conn.close()
        raise PrivacyError(f"{path.name} is damaged (integrity check: {result}); nothing was changed")
    if "schema_migrations" not in names:
        conn.close()
        raise PrivacyError(f"{path.name} is not a hearten database; nothing was changed")
    return conn


def replace(new: Path, db: Path, *, shred_old: bool) -> None:
    """Put `new` in place of the database `db`, dropping db's log files so they are never replayed onto it.

    shred_old: overwrite the old file's bytes after the rename (through a handle still open
    on them) and shred its logs, for when the old file held plaintext the new one must not leave behind.
    """
    old = open(db, "r+b") if shred_old and db.exists() else None
    try:
        for extra in sidecars(db):
            if shred_old:
                files.shred(extra)
            else:
                extra.unlink(missing_ok=True)
        if shred_old:
            os.chmod(new, 0o600)
        os.replace(new, db)
        files.fsync_folder(db.parent)
        if old is not None:
            files.zero_fill(old)
    finally:
        if old is not None:
            old.close()


def check_not_interrupted(db: Path) -> None:
    """PrivacyError when a home that has a key file holds a plaintext database: an encrypt or decrypt stopped half-way.

    It is never opened as plaintext while the person believes it is encrypted.
    """
    if is_plaintext(db):
        raise PrivacyError(
            "the key file says this journal is encrypted, but the database is not: an encrypt or decrypt "
            "was interrupted. Run `hearten encrypt` to finish encrypting, or `hearten decrypt` to finish decrypting"
        )


def snapshot(store, target: Path) -> None:
    """A consistent copy of the open store's database at `target` (VACUUM INTO: one snapshot, safe during writes).

    The copy is keyed like the store, private to its owner and flushed to the disk.
    """
    store.connection.execute("VACUUM INTO ?", (str(target),))
    os.chmod(target, 0o600)
    files.fsync_file(target)


def damaged_pages(store, *, encrypted: bool) -> list[str]:
    """What SQLite finds damaged on every page (VACUUM INTO rebuilds indexes from the tables, so never reads theirs)."""
    if encrypted:
        return [row[0] for row in store.connection.execute("PRAGMA cipher_integrity_check").fetchall()]
    return [row[0] for row in store.connection.execute("PRAGMA quick_check").fetchall() if row[0] != "ok"]


def confirms_damage(*, path: Path | None = None, connection=None) -> bool:
    """True only when SQLite's own integrity check says the database is damaged.

    `connection`: the open one (already keyed when encrypted); else `path`, a plaintext
    file opened read-only. Without either, or for an encrypted file without its key,
    nothing is confirmed.
    """
    import sqlite3

    try:
        if connection is not None and type(connection).__module__.startswith("sqlcipher3"):
            # an encrypted page that fails its HMAC reads as "out of memory"; SQLCipher's own check names it
            if connection.execute("PRAGMA cipher_integrity_check").fetchall():
                return True
        if connection is None:
            if path is None or not path.is_file() or not is_plaintext(path):
                return False  # encrypted, or not hearten's database at all: nothing to check without a key
            connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
            try:
                rows = connection.execute("PRAGMA integrity_check").fetchall()
            finally:
                connection.close()
        else:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite_errors() as error:
        text = str(error).lower()
        return "malformed" in text or "not a database" in text
    except MemoryError:  # a page failed its check half-way through the integrity check: nothing confirmed
        return False
    except Exception:  # e.g. the file went away meanwhile: nothing confirms damage
        return False
    return rows != [("ok",)]
