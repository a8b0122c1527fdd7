"""The embedded store: one SQLite file (or SQLCipher, which has the same API)."""

from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import UTC, datetime

from hearten.errors import DatabaseBusy, sqlite_operational_errors
from hearten.store import queries as q
from hearten.store.base import Store, zone

# Set on every connection. WAL lets the web app read while the CLI writes;
# synchronous=FULL keeps acknowledged commits through power loss, not just crashes;
# secure_delete overwrites deleted journal text instead of leaving it in free pages.
# The busy timeout comes from the busy_timeout setting (connect_sqlite's argument).
PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_WORD = re.compile(r"\w+", re.UNICODE)


DEFAULT_BUSY_SECONDS = 5.0


def connect_sqlite(path, *, key: bytes | None = None, busy_seconds: float = DEFAULT_BUSY_SECONDS):
    """Open a connection with hearten's pragmas; with `key`, through SQLCipher."""
    if key is None:
        import sqlite3 as driver
    else:
        import sqlcipher3 as driver  # same DB-API as sqlite3, with encryption
    _private_file(path)
    connection = driver.connect(str(path), isolation_level=None, check_same_thread=False)
    if key is not None:
        from hearten.store.sqlcipher import apply_key

        apply_key(connection, key)
    connection.execute(f"PRAGMA busy_timeout = {int(busy_seconds * 1000)}")
    for pragma in PRAGMAS:
        connection.execute(pragma)
    return connection


def _private_file(path) -> None:
    """Create the database readable by its owner only; SQLite gives its WAL and SHM the same mode.

    A database that exists is never opened here: closing any descriptor of a file drops every POSIX
    lock this process holds on it (the web app's other connections' too), and a second process (a
    `hearten` command beside `hearten serve`) that then sees no lock deletes the live WAL file."""
    import os

    if str(path) == ":memory:":
        return
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except (FileExistsError, PermissionError):
        pass
    try:
        found = os.stat(path)
    except OSError:  # not there (yet): SQLite makes it
        return
    # Only ever taking access away (group and others'), and only on our own file: a file its owner made
    # read-only stays read-only.
    if found.st_uid == os.getuid() and found.st_mode & 0o077:
        try:
            os.chmod(path, found.st_mode & 0o700)
        except PermissionError:
            pass


def _raise_if_busy(error: BaseException) -> None:
    # sqlite3 and sqlcipher3 raise their own OperationalError classes: either one.
    if isinstance(error, sqlite_operational_errors()) and ("locked" in str(error) or "busy" in str(error)):
        raise DatabaseBusy() from None


class SQLiteStore(Store):
    dialect = "sqlite"
    no_limit = -1
    dialect_sql = q.SQLITE
    busy_seconds = DEFAULT_BUSY_SECONDS
    _path, _key = ":memory:", None

    @classmethod
    def open(cls, path, *, key: bytes | None = None, busy_seconds: float = DEFAULT_BUSY_SECONDS) -> SQLiteStore:
        store = cls(connect_sqlite(path, key=key, busy_seconds=busy_seconds))
        store._path, store._key = path, key
        store.set_busy_timeout(busy_seconds)
        return store

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a write waits for another connection's lock before DatabaseBusy; applies to new threads too."""
        self.busy_seconds = seconds
        for _, connection in list(self._all):
            connection.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
        if str(self._path) != ":memory:":  # an in-memory database is private to its one connection
            self._connect = lambda: connect_sqlite(self._path, key=self._key, busy_seconds=self.busy_seconds)

    def time_param(self, moment: datetime) -> int:
        delta = moment - _EPOCH
        return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds

    def time_value(self, raw: int, offset: int) -> datetime:
        from datetime import timedelta

        return (_EPOCH + timedelta(microseconds=raw)).astimezone(zone(offset))

    def bool_param(self, value: bool) -> int:
        return 1 if value else 0

    def transaction(self):
        # BEGIN IMMEDIATE takes the write lock up front, so two writers queue on the
        # busy timeout instead of failing half-way with "database is locked".
        return self._transaction("BEGIN IMMEDIATE")

    def reading(self):
        # A deferred transaction only reads: in WAL mode it sees the last commit and
        # never waits for a writer, so pages keep answering during a long import.
        return self._transaction("BEGIN")

    @contextmanager
    def _transaction(self, begin: str):
        with self._counted():
            with self._begun(begin) as cursor:
                yield cursor

    @contextmanager
    def _begun(self, begin: str):
        connection = self.connection
        cursor = connection.cursor()
        try:
            cursor.execute(begin)
        except Exception as error:
            cursor.close()
            _raise_if_busy(error)
            raise
        try:
            yield cursor
        except BaseException as error:
            connection.rollback()
            _raise_if_busy(error)
            raise
        else:
            try:
                connection.commit()
            except Exception as error:
                connection.rollback()
                _raise_if_busy(error)
                raise
        finally:
            cursor.close()

    def data_version(self) -> int:
        """A number that changes whenever another connection commits (PRAGMA data_version).

        Read on one connection kept for this alone, so the numbers compare across the
        worker threads; a commit through that connection itself would not change it.
        """
        with self._guard:
            watcher = getattr(self, "_watcher", None)
            if watcher is None:
                watcher = self._connect() if self._connect is not None else self._first
                if watcher is not self._first:
                    self._all.append((None, watcher))
                self._watcher = watcher
            return watcher.execute("PRAGMA data_version").fetchone()[0]

    def prepare_search(self, query: str) -> str | None:
        # Each word quoted, so punctuation in what a person types is never FTS5 syntax.
        words = _WORD.findall(query or "")
        if not words:
            return None
        return " ".join(f'"{word}"' for word in words)

    def pragma(self, name: str):
        return self.connection.execute(f"PRAGMA {name}").fetchone()[0]
