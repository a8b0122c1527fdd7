"""Another program holding the database's write lock, on SQLite or PostgreSQL."""

from __future__ import annotations

from contextlib import contextmanager


@contextmanager
def write_lock_held(settings):
    """While inside, a second connection holds a write lock: readers may read, writers must wait."""
    if settings.database_url:
        import psycopg

        with psycopg.connect(settings.database_url) as other:  # not autocommit: the lock lasts until rollback
            # EXCLUSIVE lets plain reads through (ACCESS SHARE) and stops every insert, update and delete.
            other.execute("LOCK TABLE entries IN EXCLUSIVE MODE")
            try:
                yield
            finally:
                other.rollback()
    else:
        import sqlite3

        other = sqlite3.connect(settings.database_path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("INSERT INTO personal_settings (name, value) VALUES ('held', 'by another program')")
            try:
                yield
            finally:
                other.execute("ROLLBACK")
        finally:
            other.close()
