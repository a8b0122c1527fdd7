"""The server store: PostgreSQL through psycopg 3, for clinics and studies."""

from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import datetime

from hearten.errors import DatabaseBusy
from hearten.store import queries as q
from hearten.store.base import Store, zone

_NAMED = re.compile(r"(?<![:\w]):([a-z_]+)")


class PostgresStore(Store):
    dialect = "postgres"
    no_limit = None
    dialect_sql = q.POSTGRES

    busy_seconds = 5.0

    @classmethod
    def open(cls, url: str, *, busy_seconds: float = 5.0) -> PostgresStore:
        store = cls(_connect(url, busy_seconds))
        store._url = url
        store.set_busy_timeout(busy_seconds)
        return store

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a write waits for another transaction's lock before DatabaseBusy; applies to new threads too."""
        self.busy_seconds = seconds
        for _, connection in list(self._all):
            connection.execute(f"SET lock_timeout = {int(seconds * 1000)}")
        self._connect = lambda: _connect(self._url, self.busy_seconds)

    def sql(self, statement: str) -> str:
        return _translate(statement)

    def time_param(self, moment: datetime) -> datetime:
        return moment

    def time_value(self, raw: datetime, offset: int) -> datetime:
        return raw.astimezone(zone(offset))

    @contextmanager
    def transaction(self):
        connection = self.connection
        try:
            with self._counted(), connection.transaction():
                with connection.cursor() as cursor:
                    yield cursor
        except Exception as error:
            # lock_timeout ran out (LockNotAvailable, SQLSTATE 55P03) waiting for another writer.
            if getattr(error, "sqlstate", None) == "55P03":
                raise DatabaseBusy() from None
            raise

    def prepare_search(self, query: str) -> str | None:
        words = re.findall(r"\w+", query or "", re.UNICODE)
        return " ".join(words) if words else None


def _connect(url: str, busy_seconds: float):
    import psycopg

    # Client-side binding: an optional filter (`:tag IS NULL OR tag = :tag`) needs
    # no type for a NULL, where server-side binding cannot infer one.
    connection = psycopg.connect(url, autocommit=True, cursor_factory=psycopg.ClientCursor)
    # Readers never wait on PostgreSQL (MVCC); a writer waits this long for a lock, then gives up.
    connection.execute(f"SET lock_timeout = {int(busy_seconds * 1000)}")
    return connection


_cache: dict[str, str] = {}


def _translate(statement: str) -> str:
    """`:name` placeholders to psycopg's `%(name)s` (cached: statements are constants)."""
    found = _cache.get(statement)
    if found is None:
        found = _NAMED.sub(r"%(\1)s", statement.replace("%", "%%"))
        _cache[statement] = found
    return found
