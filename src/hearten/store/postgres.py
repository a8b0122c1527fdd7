"""The server store: PostgreSQL through psycopg 3, for clinics and studies."""

from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import datetime

from hearten.store.base import Store, zone
from hearten.store import queries as q

_NAMED = re.compile(r"(?<![:\w]):([a-z_]+)")


class PostgresStore(Store):
    dialect = "postgres"
    no_limit = None
    dialect_sql = q.POSTGRES

    @classmethod
    def open(cls, url: str) -> "PostgresStore":
        import psycopg

        # Client-side binding: an optional filter (`:tag IS NULL OR tag = :tag`) needs
        # no type for a NULL, where server-side binding cannot infer one.
        return cls(psycopg.connect(url, autocommit=True, cursor_factory=psycopg.ClientCursor))

    def sql(self, statement: str) -> str:
        return _translate(statement)

    def time_param(self, moment: datetime) -> datetime:
        return moment

    def time_value(self, raw: datetime, offset: int) -> datetime:
        return raw.astimezone(zone(offset))

    @contextmanager
    def transaction(self):
        with self.connection.transaction():
            with self.connection.cursor() as cursor:
                yield cursor

    def prepare_search(self, query: str) -> str | None:
        words = re.findall(r"\w+", query or "", re.UNICODE)
        return " ".join(words) if words else None


_cache: dict[str, str] = {}


def _translate(statement: str) -> str:
    """`:name` placeholders to psycopg's `%(name)s` (cached: statements are constants)."""
    found = _cache.get(statement)
    if found is None:
        found = _NAMED.sub(r"%(\1)s", statement.replace("%", "%%"))
        _cache[statement] = found
    return found
