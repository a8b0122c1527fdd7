"""Backups: a checked copy of the journal (by hand, or the first command of each day), and restoring one.

A backup of an encrypted journal is encrypted with the same key and gets a copy of the
key file beside it (FILE.key), so it can be restored after the passphrase changes or the
journal is decrypted. The database work is the store's (hearten.store.sqlcipher).
"""

from __future__ import annotations

import os
import time
from datetime import datetime
from pathlib import Path

from hearten.errors import CryptoError, Locked, PrivacyError, sqlite_errors
from hearten.services.keys import is_encrypted, read_keyfile, refuse_postgres

DAILY_PREFIX = "daily-"
NOT_INSTALLED = "restoring a backup needs the sqlcipher3-binary package, which is not installed here"


def _stamp() -> str:
    return datetime.now().strftime("%Y-%m-%d-%H%M%S")


def backup(settings, store, *, out=None) -> Path:
    """A consistent copy of the database (VACUUM INTO), encrypted when the database is.

    Safe while other processes write: it reads one snapshot. An encrypted backup gets a
    copy of the key file beside it (FILE.key) so it can be restored after a decrypt.
    """
    from hearten.files import fsync_folder, write_atomic
    from hearten.store import sqlcipher

    refuse_postgres(settings, "hearten backup")
    out = Path(out) if out else settings.backups_dir / f"hearten-{_stamp()}.db"
    if out.exists() or out.is_dir():
        raise PrivacyError(f"{out} already exists; choose a new name")
    out.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    encrypted = is_encrypted(settings)
    problems = _damage_that_stays(store, encrypted=encrypted)
    if problems:
        raise PrivacyError(
            f"the database has {len(problems)} damaged page(s), so no backup was made (a copy would keep the damage). "
            "`hearten restore` can bring back an earlier backup"
        )
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        sqlcipher.snapshot(store, tmp)
        if encrypted:
            write_atomic(out.with_name(out.name + ".key"), read_keyfile(settings))
        os.replace(tmp, out)
        fsync_folder(out.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def _damage_that_stays(store, *, encrypted: bool, checks: int = 3) -> list[str]:
    """The damaged pages every one of a few checks finds. SQLCipher's check reads the file itself, so
    while another process writes it can catch a page mid-write (about 1 check in 700 here, under a
    busy writer); a page that is really damaged is damaged each time."""
    from hearten.store import sqlcipher

    problems = sqlcipher.damaged_pages(store, encrypted=encrypted)
    for _ in range(checks - 1):
        if not problems:
            break
        time.sleep(0.05)
        problems = sqlcipher.damaged_pages(store, encrypted=encrypted)
    return problems


def daily_backup_path(settings, day=None) -> Path:
    day = day or time.strftime("%Y-%m-%d")
    return settings.backups_dir / f"{DAILY_PREFIX}{day}.db"


def maybe_daily_backup(settings, store) -> Path | None:
    """On the first command of a day, back up and keep the newest `backups_keep`; one stat otherwise."""
    keep = settings.backups_keep
    if keep <= 0 or settings.database_url:
        return None
    target = daily_backup_path(settings)
    if target.exists():
        return None
    try:
        made = backup(settings, store, out=target)
    except (OSError, PrivacyError):
        return None  # a backup that cannot be made today must not stop the person writing
    except sqlite_errors():
        return None  # e.g. the database is busy: the next command tries again
    from hearten.files import shred

    dailies = sorted(settings.backups_dir.glob(f"{DAILY_PREFIX}*.db"))
    for old in dailies[:-keep]:
        shred(old)
        shred(old.with_name(old.name + ".key"))
    return made


def list_backups(settings) -> list[Path]:
    folder = settings.backups_dir
    return sorted(p for p in folder.glob("*.db")) if folder.is_dir() else []


# ---------------------------------------------------------------- restore


def restore(settings, *, path, key: bytes | None = None, passphrase: str | None = None) -> dict:
    """Replace the database with a backup, after checking its integrity and key.

    key: the home's data key when the home is encrypted (from unlock_key). An encrypted
    backup made under another key is opened with its FILE.key and `passphrase`. The
    current database is copied into backups/ first. Returns {"restored", "kept", "encrypted"}.
    """
    from hearten.files import write_atomic
    from hearten.store import sqlcipher

    refuse_postgres(settings, "hearten restore")
    path = Path(path)
    if not path.is_file():
        raise PrivacyError(f"{path}: no such backup file")
    sqlcipher.driver(missing=NOT_INSTALLED)
    home_encrypted = is_encrypted(settings)
    if home_encrypted and key is None:
        raise Locked("unlock your journal first: restoring needs its key")
    conn, source_key, install_keyfile = _open_backup(path, key, passphrase, home_encrypted=home_encrypted)
    target_key = key if home_encrypted else source_key
    db = settings.database_path
    settings.home.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = db.with_name(db.name + ".restoring")
    try:
        sqlcipher.export_copy(conn, tmp, target_key)
    finally:
        conn.close()
    sqlcipher.check_copy(tmp, target_key)
    kept = _keep_current(settings)
    if install_keyfile is not None:
        write_atomic(settings.keyfile_path, install_keyfile)
    sqlcipher.replace(tmp, db, shred_old=False)
    return {"restored": str(path), "kept": str(kept) if kept else None, "encrypted": target_key is not None}


def _open_backup(path: Path, key: bytes | None, passphrase: str | None, *, home_encrypted: bool):
    """(checked read-only connection, the key it opened with, a key file to install or None)."""
    from hearten import crypto
    from hearten.files import looks_like_text
    from hearten.store import sqlcipher

    if sqlcipher.is_plaintext(path):
        conn = sqlcipher.open_backup(path, None)
        if conn is None:
            raise PrivacyError(f"{path.name} is damaged (it cannot be read); nothing was changed")
        return conn, None, None
    conn = sqlcipher.open_backup(path, key) if key is not None else None
    if conn is not None:
        return conn, key, None
    sidecar = path.with_name(path.name + ".key")
    if not sidecar.is_file() and looks_like_text(path):
        raise PrivacyError(
            f"{path.name} is not a hearten backup (it looks like a text file); "
            "to bring back an export, use `hearten import`; nothing was changed"
        )
    if not sidecar.is_file():
        raise PrivacyError(
            f"{path.name} is encrypted with a key this journal does not have, and its key file "
            f"({sidecar.name}) is not beside it; nothing was changed"
        )
    if passphrase is None:
        raise Locked(f"{path.name} was encrypted with another passphrase: give that passphrase to restore it")
    try:
        sidecar_bytes = sidecar.read_bytes()
        source_key = crypto.unwrap(sidecar_bytes, passphrase)
    except CryptoError as error:
        raise PrivacyError(str(error)) from None
    conn = sqlcipher.open_backup(path, source_key)
    if conn is None:
        raise PrivacyError(f"{path.name} does not open with the key file beside it; nothing was changed")
    return conn, source_key, (None if home_encrypted else sidecar_bytes)


def _keep_current(settings) -> Path | None:
    """Copy the current database files as they are (even if damaged) into backups/."""
    import shutil

    db = settings.database_path
    if not db.exists():
        return None
    settings.backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    kept = settings.backups_dir / f"before-restore-{_stamp()}.db"
    shutil.copy2(db, kept)
    wal = db.with_name(db.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, kept.with_name(kept.name + "-wal"))
    if settings.keyfile_path.exists():
        shutil.copy2(settings.keyfile_path, kept.with_name(kept.name + ".key"))
    return kept
