"""Storage: `open_store(settings)` gives the SQLite or PostgreSQL store, migrated."""

from __future__ import annotations

from hearten.store.base import NotFound, Store

# The number of the newest migration file. A test checks it matches the files, so
# start-up can compare against it with one query instead of reading the folder.
SCHEMA_VERSION = 2

__all__ = ["NotFound", "Store", "open_store", "SCHEMA_VERSION", "StoreError"]


class StoreError(RuntimeError):
    """The data cannot be opened; the message says why and what to do."""


def open_store(settings, *, key: bytes | None = None) -> Store:
    """Open (and if needed create and migrate) the store the settings point at."""
    url = settings.database_url
    if url:
        if not url.startswith(("postgresql://", "postgres://")):
            raise StoreError("HEARTEN_DATABASE_URL must start with postgresql://")
        from hearten.store.postgres import PostgresStore

        try:
            store = PostgresStore.open(url)
        except Exception as error:  # psycopg.OperationalError, without importing psycopg here
            raise StoreError(f"cannot reach the PostgreSQL server: {str(error).strip().splitlines()[0]}") from None
    else:
        from hearten.store.sqlite import SQLiteStore

        settings.home.mkdir(parents=True, exist_ok=True, mode=0o700)
        if key is None and settings.keyfile_path.exists():  # encrypted home: one stat on the plain path
            from hearten.services.privacy import unlock_key

            key = unlock_key(settings)
        if key is None:
            store = SQLiteStore.open(settings.database_path)
        else:
            from hearten.services.privacy import open_encrypted_store

            store = open_encrypted_store(settings, key)
    ensure_schema(store)
    return store


def ensure_schema(store: Store) -> None:
    """One cheap query on the normal path; the migration runner only when behind."""
    from hearten.store import queries

    try:
        with store.transaction() as cur:
            cur.execute(queries.SCHEMA_VERSION)
            current = cur.fetchone()[0] or 0
    except Exception:  # no schema_migrations table yet: a new database
        current = 0
    if current < SCHEMA_VERSION:
        from hearten.store.migrate import apply_pending

        apply_pending(store)
    elif current > SCHEMA_VERSION:
        raise StoreError(
            f"this data was written by a newer hearten (schema {current}, this one knows {SCHEMA_VERSION}); please upgrade"
        )
