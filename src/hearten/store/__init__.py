"""Storage: `open_store(settings)` gives the SQLite or PostgreSQL store, migrated."""

from __future__ import annotations

from hearten.errors import DatabaseBusy, Locked, NotFound, StoreError, WrongKey  # those in __all__ are re-exported
from hearten.store.base import Store

# The number of the newest migration file. A test checks it matches the files, so
# start-up can compare against it with one query instead of reading the folder.
SCHEMA_VERSION = 4

__all__ = ["DatabaseBusy", "NotFound", "Store", "open_store", "SCHEMA_VERSION", "StoreError"]


def open_store(settings, *, key: bytes | None = None) -> Store:
    """Open (and if needed create and migrate) the store the settings point at.

    Also fills `settings` with the personal settings kept in the database (name,
    therapist), first moving any still in settings.toml into it. An encrypted home needs
    its data `key` (services.keys.unlock_key finds it): without one this raises Locked and
    unlocks nothing itself.
    """
    url = settings.database_url
    if url:
        if not url.startswith(("postgresql://", "postgres://")):
            raise StoreError("HEARTEN_DATABASE_URL must start with postgresql://")
        from hearten.store.postgres import PostgresStore

        try:
            store = PostgresStore.open(url, busy_seconds=_busy_seconds(settings))
        except Exception as error:  # psycopg.OperationalError, without importing psycopg here
            raise StoreError(f"cannot reach the PostgreSQL server: {str(error).strip().splitlines()[0]}") from None
    else:
        from hearten.store.sqlite import SQLiteStore

        settings.home.mkdir(parents=True, exist_ok=True, mode=0o700)
        if key is None and settings.keyfile_path.exists():  # encrypted home: one stat on the plain path
            raise Locked("your journal is encrypted: unlock it first (its passphrase opens it)")
        if key is None:
            store = SQLiteStore.open(settings.database_path, busy_seconds=_busy_seconds(settings))
        else:
            store = _open_encrypted(settings.database_path, key, busy_seconds=_busy_seconds(settings))
    try:
        ensure_schema(store)
        attach_personal_settings(settings, store)
    except BaseException as error:
        if key is not None and not url:
            _raise_if_damaged(store, error)
        raise
    return store


def _raise_if_damaged(store: Store, error: BaseException) -> None:
    """StoreError (damage, restore a backup) when an encrypted store that its key opened fails SQLite's checks.

    The first page decrypted, so the key is right: a page that then fails (SQLCipher calls it
    "out of memory") is damage, told as it is for a plain journal, once the check confirms it.
    """
    from hearten import messages
    from hearten.errors import sqlite_errors
    from hearten.store.sqlcipher import confirms_damage

    if not isinstance(error, (MemoryError, *sqlite_errors())):
        return
    if confirms_damage(connection=store.connection):
        store.close()
        raise StoreError(messages.DB_DAMAGED) from None


def _open_encrypted(db, key: bytes, *, busy_seconds: float) -> Store:
    """The SQLite store opened through SQLCipher with `key`: clear errors, never plaintext."""
    from hearten.store import sqlcipher
    from hearten.store.sqlite import SQLiteStore

    driver = sqlcipher.driver(
        missing="this journal is encrypted, and opening it needs the sqlcipher3-binary package, "
        "which is not installed here"
    )
    sqlcipher.check_not_interrupted(db)
    try:
        store = SQLiteStore.open(db, key=key, busy_seconds=busy_seconds)
        store.connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.DatabaseError:
        from hearten import messages

        raise WrongKey(messages.DB_KEY_DOES_NOT_FIT) from None
    return store


def _busy_seconds(settings) -> float:
    return getattr(settings, "values", {}).get("busy_timeout") or 5.0


def attach_personal_settings(settings, store: Store) -> None:
    """Move personal settings out of settings.toml (once), then put the stored ones into `settings`.

    The database write is one transaction and commits before the file is rewritten
    (atomically) without them, so a crash in between only means moving the same values again.
    """
    from hearten.config import PERSONAL, convert, read_file_values, write_file_values

    path = getattr(settings, "settings_file", None)
    if path is not None and path.exists():
        in_file = read_file_values(path)
        found = {name: convert(name, in_file[name]) for name in PERSONAL if name in in_file}
        if found:
            store.save_personal_settings(found)
            write_file_values(path, {k: v for k, v in in_file.items() if k not in found})
    stored = store.personal_settings()
    values = getattr(settings, "values", None)
    if values is not None:
        for name in PERSONAL:
            if name not in getattr(settings, "pinned", ()):
                values[name] = stored.get(name, "")
        settings.personal_loaded = True


def ensure_schema(store: Store) -> None:
    """One cheap query on the normal path; the migration runner only when behind."""
    from hearten.store import queries

    try:
        with store.reading() as cur:
            cur.execute(queries.SCHEMA_VERSION)
            current = cur.fetchone()[0] or 0
    except Exception:  # no schema_migrations table yet: a new database
        current = 0
    if current < SCHEMA_VERSION:
        from hearten.store.migrate import apply_pending

        apply_pending(store)
    elif current > SCHEMA_VERSION:
        raise StoreError(
            "this data was written by a newer hearten (schema "
            f"{current}, this one knows {SCHEMA_VERSION}); please upgrade"
        )
