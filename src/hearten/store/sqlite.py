"""The embedded store: one SQLite file (or SQLCipher, which has the same API)."""

from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import datetime, timezone

from hearten.store.base import Store, zone
from hearten.store import queries as q

# Set on every connection. WAL lets the web app read while the CLI writes;
# synchronous=FULL keeps acknowledged commits through power loss, not just crashes;
# secure_delete overwrites deleted journal text instead of leaving it in free pages.
PRAGMAS = (
    "PRAGMA busy_timeout = 5000",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_WORD = re.compile(r"\w+", re.UNICODE)


def connect_sqlite(path, *, key: bytes | None = None):
    """Open a connection with hearten's pragmas; with `key`, through SQLCipher."""
    if key is None:
        import sqlite3 as driver
    else:
        import sqlcipher3 as driver  # same DB-API as sqlite3, with encryption
    _private_file(path)
    connection = driver.connect(str(path), isolation_level=None, check_same_thread=False)
    if key is not None:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in PRAGMAS:
        connection.execute(pragma)
    return connection


def _private_file(path) -> None:
    """Create the database readable by its owner only; SQLite gives its WAL and SHM the same mode."""
    import os

    if str(path) == ":memory:":
        return
    try:
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        os.chmod(path, 0o600)
    except PermissionError:  # a file someone else owns: leave its mode alone
        pass


class SQLiteStore(Store):
    dialect = "sqlite"
    no_limit = -1
    dialect_sql = q.SQLITE

    @classmethod
    def open(cls, path, *, key: bytes | None = None) -> "SQLiteStore":
        return cls(connect_sqlite(path, key=key))

    def time_param(self, moment: datetime) -> int:
        delta = moment - _EPOCH
        return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds

    def time_value(self, raw: int, offset: int) -> datetime:
        from datetime import timedelta

        return (_EPOCH + timedelta(microseconds=raw)).astimezone(zone(offset))

    def bool_param(self, value: bool) -> int:
        return 1 if value else 0

    @contextmanager
    def transaction(self):
        # BEGIN IMMEDIATE takes the write lock up front, so two writers queue on the
        # busy timeout instead of failing half-way with "database is locked".
        cursor = self.connection.cursor()
        cursor.execute("BEGIN IMMEDIATE")
        try:
            yield cursor
        except BaseException:
            self.connection.rollback()
            raise
        else:
            self.connection.commit()
        finally:
            cursor.close()

    def prepare_search(self, query: str) -> str | None:
        # Each word quoted, so punctuation in what a person types is never FTS5 syntax.
        words = _WORD.findall(query or "")
        if not words:
            return None
        return " ".join(f'"{word}"' for word in words)

    def pragma(self, name: str):
        return self.connection.execute(f"PRAGMA {name}").fetchone()[0]
