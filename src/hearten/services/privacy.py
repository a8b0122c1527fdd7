"""Use-cases for privacy: unlock, encrypt and decrypt, lock, backups, restore, forget.

The CLI and the web app call these with a Settings object; nothing here talks to a
person. Where a passphrase is needed it is an argument (the CLI reads it from a prompt,
the web app from a form). Every failure is a PrivacyError whose message can be shown as
it is. Kept light at import: crypto and sqlcipher3 load only when a function needs them.
"""

from __future__ import annotations

import json
import os
import time
from datetime import datetime
from pathlib import Path

from hearten.domain.passphrases import check_new_passphrase  # noqa: F401  (the front ends check through here)
from hearten.store import StoreError

PASSPHRASE_ENV = "HEARTEN_PASSPHRASE"
KEYRING_SERVICE = "hearten"
KEYRING_MARKER = ".use-keyring"  # in the home: the person opted in to the OS keyring
DEFAULT_UNLOCK_MINUTES = 15
SQLITE_MAGIC = b"SQLite format 3\x00"
DAILY_PREFIX = "daily-"


class PrivacyError(StoreError):
    """Something about encryption, backups or forgetting cannot be done; the message says why."""


class Locked(PrivacyError):
    """The journal is encrypted and no passphrase was given."""


# ---------------------------------------------------------------- small helpers


def _crypto():
    from hearten import crypto

    return crypto


def _as_privacy_error(error) -> PrivacyError:
    return PrivacyError(str(error))


def is_encrypted(settings) -> bool:
    """True when this home keeps its data in an encrypted SQLite database."""
    return not settings.database_url and settings.keyfile_path.exists()


def _refuse_postgres(settings, what: str) -> None:
    if settings.database_url:
        raise PrivacyError(
            f"{what} works on hearten's own SQLite file; your data is on a PostgreSQL server, "
            "where encryption at rest and backups are the server's job (see docs/privacy.md)"
        )


def _looks_plaintext(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except FileNotFoundError:
        return False


def _sidecars(db: Path) -> list[Path]:
    return [db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _overwrite(handle) -> None:
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    handle.seek(0)
    chunk = b"\x00" * (1 << 20)
    while size > 0:
        handle.write(chunk[: min(size, len(chunk))])
        size -= len(chunk)
    handle.flush()
    os.fsync(handle.fileno())


def shred(path: Path) -> bool:
    """Overwrite a file with zeros, then delete it; True when there was a file.

    Best effort: on SSDs and copy-on-write file systems old blocks may survive (SECURITY.md).
    """
    path = Path(path)
    if not path.is_file() or path.is_symlink():
        if path.is_symlink():
            path.unlink()
            return True
        return False
    try:
        with open(path, "r+b") as handle:
            _overwrite(handle)
    except OSError:
        pass
    path.unlink(missing_ok=True)
    return True


def _check_not_interrupted(settings) -> None:
    # A key file beside a plaintext database means an encrypt or decrypt stopped half-way.
    # Never open it as plaintext while the person believes it is encrypted.
    if _looks_plaintext(settings.database_path):
        raise PrivacyError(
            "the key file says this journal is encrypted, but the database is not: an encrypt or decrypt "
            "was interrupted. Run `hearten encrypt` to finish encrypting, or `hearten decrypt` to finish decrypting"
        )


def _read_keyfile(settings) -> bytes:
    try:
        return settings.keyfile_path.read_bytes()
    except OSError as error:
        raise PrivacyError(f"the key file {settings.keyfile_path} cannot be read ({error.strerror})") from None


def _sha256_hex(data: bytes) -> str:
    import hashlib  # here, not at the top: it adds about 3 ms to every command's start-up

    return hashlib.sha256(data).hexdigest()


def _keyfile_digest(keyfile: bytes) -> str:
    return _sha256_hex(keyfile)


# ---------------------------------------------------------------- unlocking


def unlock_key(settings, *, passphrase: str | None = None, prompt=None, environ=None) -> bytes | None:
    """The data key for an encrypted home, or None when the home is not encrypted.

    The passphrase comes from, in order: the `passphrase` argument (the web app's form),
    HEARTEN_PASSPHRASE, the unlock cache made by `hearten unlock`, the OS keyring (opt-in),
    then `prompt()` (a callable returning the typed passphrase). With none of them, Locked.
    A wrong passphrase raises PrivacyError; nothing on disk is touched.
    """
    if not is_encrypted(settings):
        return None
    environ = os.environ if environ is None else environ
    _check_not_interrupted(settings)
    keyfile = _read_keyfile(settings)
    crypto = _crypto()
    if passphrase is None:
        passphrase = environ.get(PASSPHRASE_ENV) or None
    if passphrase is None:
        for remembered in (_cached_key(settings, keyfile, environ), _keyring_key(settings, keyfile)):
            if remembered is not None:
                return remembered
        if prompt is not None:
            passphrase = prompt()
    if passphrase is None:
        raise Locked(
            "your journal is encrypted: type your passphrase when asked (run hearten in a terminal), "
            f"or set {PASSPHRASE_ENV} for a script, or run `hearten unlock` first"
        )
    try:
        return crypto.unwrap(keyfile, passphrase)
    except crypto.CryptoError as error:
        raise _as_privacy_error(error) from None


def unlock_with_recovery_key(settings, *, recovery_key: str) -> bytes:
    """The data key, opened with the printed recovery key instead of the passphrase."""
    crypto = _crypto()
    if not is_encrypted(settings):
        raise PrivacyError("this journal is not encrypted, so there is nothing to unlock")
    try:
        return crypto.unwrap_with_recovery(_read_keyfile(settings), recovery_key)
    except crypto.CryptoError as error:
        raise _as_privacy_error(error) from None


def quiet_sqlcipher() -> None:
    """Stop SQLCipher printing 'hmac check failed' lines to stderr (the level is process-wide)."""
    import sqlcipher3

    probe = sqlcipher3.connect(":memory:")
    try:
        probe.execute("PRAGMA cipher_log_level = NONE")
    finally:
        probe.close()


def open_encrypted_store(settings, key: bytes):
    """The SQLite store opened through SQLCipher with `key`; clear errors, never plaintext."""
    crypto = _crypto()
    if not crypto.sqlcipher_available():
        raise PrivacyError(
            "this journal is encrypted, and opening it needs the sqlcipher3-binary package, which is not installed here"
        )
    quiet_sqlcipher()
    from hearten.store.sqlite import SQLiteStore

    _check_not_interrupted(settings)
    try:
        store = SQLiteStore.open(settings.database_path, key=key)
        store.connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as error:
        if type(error).__name__ != "DatabaseError":
            raise
        raise PrivacyError(
            "the encrypted database does not open with this key file: it is damaged, or the two do not belong "
            "together. Your files were not changed; `hearten restore` can bring back a backup"
        ) from None
    return store


def open_unlocked_store(settings, *, passphrase: str | None = None, prompt=None):
    """open_store after unlock_key: what the web app calls with the passphrase from its form."""
    from hearten.store import open_store

    return open_store(settings, key=unlock_key(settings, passphrase=passphrase, prompt=prompt))


# ---------------------------------------------------------------- the unlock cache and the keyring


def _cache_path(settings, environ=None) -> Path | None:
    environ = os.environ if environ is None else environ
    runtime = environ.get("XDG_RUNTIME_DIR")
    if not runtime:
        return None
    name = _sha256_hex(str(Path(settings.home).resolve()).encode())[:24]
    return Path(runtime) / "hearten" / f"{name}.unlock"


def _cached_key(settings, keyfile: bytes, environ) -> bytes | None:
    path = _cache_path(settings, environ)
    if path is None:
        return None
    try:
        info = path.stat()
        if info.st_uid != os.getuid() or info.st_mode & 0o077:
            return None  # someone else's, or readable by others: do not trust it
        data = json.loads(path.read_text(encoding="ascii"))
        if data["keyfile"] != _keyfile_digest(keyfile) or float(data["expires"]) < time.time():
            path.unlink(missing_ok=True)
            return None
        key = bytes.fromhex(data["key"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return key if _crypto().key_matches(keyfile, key) else None


def _keyring_user(settings) -> str:
    return f"data-key:{Path(settings.home).resolve()}"


def _keyring_key(settings, keyfile: bytes) -> bytes | None:
    if not (settings.home / KEYRING_MARKER).exists():
        return None
    try:
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, _keyring_user(settings))
        key = bytes.fromhex(stored) if stored else None
    except Exception:  # no keyring backend, a locked keyring, a bad entry: fall back to asking
        return None
    return key if key is not None and _crypto().key_matches(keyfile, key) else None


def remember_key(settings, *, key: bytes, minutes: int = DEFAULT_UNLOCK_MINUTES, use_keyring: bool = False) -> str:
    """Keep the unlocked data key so later commands need no passphrase; returns where it is kept.

    Default: a 0600 file in $XDG_RUNTIME_DIR (memory-backed, gone at logout) that expires
    after `minutes`. use_keyring: the OS keyring, until `hearten lock`.
    """
    keyfile = _read_keyfile(settings)
    if use_keyring:
        try:
            import keyring

            keyring.set_password(KEYRING_SERVICE, _keyring_user(settings), key.hex())
        except Exception as error:
            raise PrivacyError(f"the OS keyring cannot keep the key here ({type(error).__name__}: {error})") from None
        from hearten.files import write_atomic

        write_atomic(settings.home / KEYRING_MARKER, b"the data key is kept in the OS keyring; hearten lock removes it\n")
        return "the OS keyring"
    path = _cache_path(settings)
    if path is None:
        raise PrivacyError(
            "there is no private runtime folder ($XDG_RUNTIME_DIR) to keep the unlocked key in; "
            "use --keyring, or keep typing your passphrase"
        )
    if not 1 <= minutes <= 24 * 60:
        raise PrivacyError("the unlock time must be between 1 minute and 24 hours")
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    from hearten.files import write_atomic

    payload = {"expires": time.time() + minutes * 60, "key": key.hex(), "keyfile": _keyfile_digest(keyfile)}
    write_atomic(path, json.dumps(payload).encode("ascii"), mode=0o600)
    return f"{path} (for {minutes} minute(s))"


def lock(settings) -> list[str]:
    """Forget every kept copy of the unlocked key; returns what was removed."""
    removed = []
    path = _cache_path(settings)
    if path is not None and shred(path):
        removed.append(str(path))
    marker = settings.home / KEYRING_MARKER
    if marker.exists():
        try:
            import keyring

            keyring.delete_password(KEYRING_SERVICE, _keyring_user(settings))
            removed.append("the OS keyring entry")
        except Exception:
            pass  # no entry, or no keyring any more: nothing kept there
        marker.unlink(missing_ok=True)
    return removed


# ---------------------------------------------------------------- encrypt and decrypt


def _sqlcipher():
    crypto = _crypto()
    if not crypto.sqlcipher_available():
        raise PrivacyError(
            "encryption needs the sqlcipher3-binary package, which is not installed on this computer; "
            "hearten will not pretend to encrypt, so nothing was changed"
        )
    quiet_sqlcipher()
    import sqlcipher3

    return sqlcipher3


def _key_sql(key: bytes | None) -> str:
    return "''" if key is None else f"\"x'{key.hex()}'\""


def _export_database(conn, target: Path, target_key: bytes | None) -> None:
    """Copy everything `conn` sees into a new database at `target`, keyed (or not)."""
    target.unlink(missing_ok=True)
    for extra in _sidecars(target):
        extra.unlink(missing_ok=True)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"ATTACH DATABASE ? AS target KEY {_key_sql(target_key)}", (str(target),))
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
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())


def _check_database(sqlcipher3, path: Path, key: bytes | None) -> None:
    conn = sqlcipher3.connect(str(path))
    try:
        if key is not None:
            conn.execute(f"PRAGMA key = {_key_sql(key)}")
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlcipher3.DatabaseError:
        result = "unreadable"
    finally:
        conn.close()
    if result != "ok":
        raise PrivacyError(f"the new copy of the database did not check out ({result}); nothing was changed")


def _swap_in(new: Path, db: Path) -> None:
    """Replace db with new, then overwrite the old file's bytes (still reachable through a handle)."""
    old = open(db, "r+b") if db.exists() else None
    try:
        for extra in _sidecars(db):
            shred(extra)
        os.chmod(new, 0o600)
        os.replace(new, db)
        _fsync_folder(db.parent)
        if old is not None:
            _overwrite(old)
    finally:
        if old is not None:
            old.close()


def check_can_encrypt(settings) -> None:
    """PrivacyError when this home cannot be encrypted here (PostgreSQL, no SQLCipher, already encrypted)."""
    _refuse_postgres(settings, "encryption")
    _sqlcipher()
    db = settings.database_path
    if settings.keyfile_path.exists() and db.exists() and not _looks_plaintext(db):
        raise PrivacyError("your journal is already encrypted; `hearten passphrase` changes the passphrase")


def encrypt_home(settings, *, passphrase: str, recovery: bool = True, params=None) -> dict:
    """Encrypt this home's database under a new random key wrapped by `passphrase`.

    Returns {"recovery_key": text or None, "memory_kib", "time_cost", "parallelism"}.
    params: crypto.Argon2Params (default: tuned to about half a second here, never below the floor).
    """
    from hearten.domain.passphrases import check_new_passphrase

    check_new_passphrase(passphrase)
    check_can_encrypt(settings)
    crypto = _crypto()
    sqlcipher3 = _sqlcipher()
    db = settings.database_path
    try:
        params = params or crypto.tune_params(0.5)
        keyfile, data_key = crypto.create_keyfile(passphrase, params=params)
        recovery_key = None
        if recovery:
            keyfile, recovery_key = crypto.add_recovery_key(keyfile, passphrase)
    except crypto.CryptoError as error:
        raise _as_privacy_error(error) from None
    from hearten.files import write_atomic

    settings.home.mkdir(parents=True, exist_ok=True, mode=0o700)
    if db.exists():
        tmp = db.with_name(db.name + ".encrypting")
        conn = sqlcipher3.connect(str(db), isolation_level=None)
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            _export_database(conn, tmp, data_key)
            _check_database(sqlcipher3, tmp, data_key)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except BaseException:
            conn.close()
            shred(tmp)
            raise
        conn.close()
        write_atomic(settings.keyfile_path, keyfile)  # before the swap: see _check_not_interrupted
        _swap_in(tmp, db)
    else:
        write_atomic(settings.keyfile_path, keyfile)  # the first open creates the encrypted database
    _encrypt_backups(settings, sqlcipher3, data_key, keyfile)
    lock(settings)
    return {"recovery_key": recovery_key, "memory_kib": params.memory_kib, "time_cost": params.time_cost,
            "parallelism": params.parallelism}


def _encrypt_backups(settings, sqlcipher3, data_key: bytes, keyfile: bytes) -> None:
    # Plaintext backups made before encryption would otherwise keep the journal readable.
    from hearten.files import write_atomic

    for path in list_backups(settings):
        if not _looks_plaintext(path):
            continue
        tmp = path.with_name(f".{path.name}.encrypting")
        conn = sqlcipher3.connect(str(path), isolation_level=None)
        try:
            _export_database(conn, tmp, data_key)
        finally:
            conn.close()
        _check_database(sqlcipher3, tmp, data_key)
        write_atomic(path.with_name(path.name + ".key"), keyfile)
        _swap_in(tmp, path)


def decrypt_home(settings, *, key: bytes) -> None:
    """Turn this home's database back into plaintext and remove its key file."""
    _refuse_postgres(settings, "decryption")
    sqlcipher3 = _sqlcipher()
    db = settings.database_path
    if not settings.keyfile_path.exists():
        raise PrivacyError("your journal is not encrypted, so there is nothing to decrypt")
    if _looks_plaintext(db) or not db.exists():
        pass  # an interrupted decrypt (or nothing written yet): only the key file is left to remove
    else:
        tmp = db.with_name(db.name + ".decrypting")
        conn = sqlcipher3.connect(str(db), isolation_level=None)
        try:
            conn.execute(f"PRAGMA key = {_key_sql(key)}")
            conn.execute("PRAGMA busy_timeout = 5000")
            _export_database(conn, tmp, None)
            _check_database(sqlcipher3, tmp, None)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlcipher3.DatabaseError as error:
            conn.close()
            shred(tmp)
            raise PrivacyError(f"the encrypted database cannot be read ({error}); nothing was changed") from None
        except BaseException:
            conn.close()
            shred(tmp)
            raise
        conn.close()
        _swap_in(tmp, db)
    lock(settings)
    shred(settings.keyfile_path)
    _fsync_folder(settings.home)


def change_passphrase(settings, *, old_passphrase: str, new_passphrase: str) -> None:
    """Re-wrap the data key under a new passphrase; the database is not touched."""
    from hearten.domain.passphrases import check_new_passphrase

    check_new_passphrase(new_passphrase)
    _change_keyfile(settings, lambda crypto, keyfile: crypto.rewrap(keyfile, old_passphrase, new_passphrase))


def reset_passphrase(settings, *, recovery_key: str, new_passphrase: str, params=None) -> None:
    """Set a new passphrase using the printed recovery key (when the passphrase is lost)."""
    from hearten.domain.passphrases import check_new_passphrase

    check_new_passphrase(new_passphrase)

    def change(crypto, keyfile):
        chosen = params or crypto.keyfile_params(keyfile)
        return crypto.reset_passphrase_with_recovery(keyfile, recovery_key, new_passphrase, params=chosen)

    _change_keyfile(settings, change)


def new_recovery_key(settings, *, passphrase: str) -> str:
    """A new recovery key (the old one stops working), to show the person once."""
    result = {}

    def change(crypto, keyfile):
        updated, result["key"] = crypto.add_recovery_key(keyfile, passphrase)
        return updated

    _change_keyfile(settings, change)
    return result["key"]


def _change_keyfile(settings, change) -> None:
    _refuse_postgres(settings, "a passphrase")
    if not is_encrypted(settings):
        raise PrivacyError("your journal is not encrypted; `hearten encrypt` sets a passphrase")
    crypto = _crypto()
    try:
        updated = change(crypto, _read_keyfile(settings))
    except crypto.CryptoError as error:
        raise _as_privacy_error(error) from None
    from hearten.files import write_atomic

    write_atomic(settings.keyfile_path, updated)


# ---------------------------------------------------------------- backups


def _stamp() -> str:
    return datetime.now().strftime("%Y-%m-%d-%H%M%S")


def backup(settings, store, *, out=None) -> Path:
    """A consistent copy of the database (VACUUM INTO), encrypted when the database is.

    Safe while other processes write: it reads one snapshot. An encrypted backup gets a
    copy of the key file beside it (FILE.key) so it can be restored after a decrypt.
    """
    _refuse_postgres(settings, "hearten backup")
    out = Path(out) if out else settings.backups_dir / f"hearten-{_stamp()}.db"
    if out.exists() or out.is_dir():
        raise PrivacyError(f"{out} already exists; choose a new name")
    out.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    _check_every_page(settings, store)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        store.connection.execute("VACUUM INTO ?", (str(tmp),))
        os.chmod(tmp, 0o600)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        if is_encrypted(settings):
            from hearten.files import write_atomic

            write_atomic(out.with_name(out.name + ".key"), _read_keyfile(settings))
        os.replace(tmp, out)
        _fsync_folder(out.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def _check_every_page(settings, store) -> None:
    """Refuse to back up damage: VACUUM INTO rebuilds indexes from the tables, so it never reads their pages."""
    if is_encrypted(settings):
        problems = [row[0] for row in store.connection.execute("PRAGMA cipher_integrity_check").fetchall()]
    else:
        problems = [row[0] for row in store.connection.execute("PRAGMA quick_check").fetchall() if row[0] != "ok"]
    if problems:
        raise PrivacyError(
            f"the database has {len(problems)} damaged page(s), so no backup was made (a copy would keep the damage). "
            "`hearten restore` can bring back an earlier backup"
        )


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
    except Exception as error:
        if type(error).__name__ not in ("OperationalError", "DatabaseError"):
            raise
        return None  # e.g. the database is busy: the next command tries again
    dailies = sorted(settings.backups_dir.glob(f"{DAILY_PREFIX}*.db"))
    for old in dailies[:-keep]:
        shred(old)
        shred(old.with_name(old.name + ".key"))
    return made


def list_backups(settings) -> list[Path]:
    folder = settings.backups_dir
    return sorted(p for p in folder.glob("*.db")) if folder.is_dir() else []


# ---------------------------------------------------------------- restore


def _open_checked(sqlcipher3, path: Path, key: bytes | None):
    """A read-only connection to a backup that passed integrity_check, or None if the key is wrong."""
    conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        if key is not None:
            conn.execute(f"PRAGMA key = {_key_sql(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
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


def _looks_like_text(path: Path) -> bool:
    """An export or other text file, rather than a (possibly encrypted) database."""
    head = path.read_bytes()[:512]
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def restore(settings, *, path, key: bytes | None = None, passphrase: str | None = None) -> dict:
    """Replace the database with a backup, after checking its integrity and key.

    key: the home's data key when the home is encrypted (from unlock_key). An encrypted
    backup made under another key is opened with its FILE.key and `passphrase`. The
    current database is copied into backups/ first. Returns {"restored", "kept", "encrypted"}.
    """
    _refuse_postgres(settings, "hearten restore")
    path = Path(path)
    if not path.is_file():
        raise PrivacyError(f"{path}: no such backup file")
    sqlcipher3 = _sqlcipher()
    crypto = _crypto()
    home_encrypted = is_encrypted(settings)
    if home_encrypted and key is None:
        raise Locked("unlock your journal first: restoring needs its key")
    source_key, install_keyfile = None, None
    if _looks_plaintext(path):
        conn = _open_checked(sqlcipher3, path, None)
    else:
        conn = _open_checked(sqlcipher3, path, key) if key is not None else None
        if conn is not None:
            source_key = key
        else:
            sidecar = path.with_name(path.name + ".key")
            if not sidecar.is_file() and _looks_like_text(path):
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
            except crypto.CryptoError as error:
                raise _as_privacy_error(error) from None
            conn = _open_checked(sqlcipher3, path, source_key)
            if conn is None:
                raise PrivacyError(f"{path.name} does not open with the key file beside it; nothing was changed")
            if not home_encrypted:
                install_keyfile = sidecar_bytes
    target_key = key if home_encrypted else source_key
    db = settings.database_path
    settings.home.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = db.with_name(db.name + ".restoring")
    try:
        _export_database(conn, tmp, target_key)
    finally:
        conn.close()
    _check_database(sqlcipher3, tmp, target_key)
    kept = _keep_current(settings)
    if install_keyfile is not None:
        from hearten.files import write_atomic

        write_atomic(settings.keyfile_path, install_keyfile)
    _swap_in_plain(tmp, db)
    return {"restored": str(path), "kept": str(kept) if kept else None, "encrypted": target_key is not None}


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


def _swap_in_plain(new: Path, db: Path) -> None:
    for extra in _sidecars(db):
        extra.unlink(missing_ok=True)  # the old database's log must not be replayed onto the new one
    os.replace(new, db)
    _fsync_folder(db.parent)


# ---------------------------------------------------------------- forget


def forget_all(settings, *, keep_settings: bool = False) -> list[str]:
    """Remove everything hearten keeps in this home; returns what was removed, one line each."""
    _refuse_postgres(settings, "hearten forget")
    removed = [f"unlocked key: {where}" for where in lock(settings)]
    home = Path(settings.home)
    db = settings.database_path
    for path in (db, *_sidecars(db), settings.keyfile_path):
        if shred(path):
            removed.append(str(path))
    for leftover in sorted(home.glob(f".{db.name}*")) + sorted(home.glob(f"{db.name}.*")):
        if shred(leftover):
            removed.append(str(leftover))
    folder = settings.backups_dir
    if folder.is_dir():
        count = 0
        for path in sorted(folder.rglob("*"), reverse=True):
            if path.is_dir():
                path.rmdir()
            elif shred(path):
                count += 1
        folder.rmdir()
        removed.append(f"{folder} ({count} file(s))")
    if not keep_settings and shred(settings.settings_file):
        removed.append(str(settings.settings_file))
    try:
        home.rmdir()  # only when nothing else is left in it
        removed.append(f"{home} (the empty folder)")
    except OSError:
        pass
    return removed
