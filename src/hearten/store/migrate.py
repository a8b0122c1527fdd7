"""Apply the numbered migration files in store/migrations/<dialect>/ that are not yet recorded.

Imported only when the start-up check finds the schema behind, so the normal command
path never reads these files.
"""

from __future__ import annotations

import re
from importlib import resources

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")

RECORD_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)
"""


def migration_files(dialect: str) -> list[tuple[int, str, str]]:
    """(version, name, sql) for every migration of a dialect, in order."""
    folder = resources.files("hearten.store") / "migrations" / dialect
    found = []
    for item in folder.iterdir():
        match = _NAME.match(item.name)
        if match:
            found.append((int(match.group(1)), match.group(2), item.read_text(encoding="utf-8")))
    found.sort()
    versions = [version for version, _, _ in found]
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"{dialect} migrations are not numbered 1..n without gaps: {versions}")
    return found


def apply_pending(store) -> list[int]:
    """Run each pending migration in its own transaction; returns the versions applied."""
    from hearten.domain.records import now

    applied = []
    with store.transaction() as cur:
        cur.execute(RECORD_TABLE)
    with store.transaction() as cur:
        cur.execute("SELECT version FROM schema_migrations")
        done = {row[0] for row in cur.fetchall()}
    for version, name, sql in migration_files(store.dialect):
        if version in done:
            continue
        with store.transaction() as cur:
            if store.dialect == "sqlite":
                # sqlite3's execute() takes one statement; run the file statement by statement.
                for statement in split_sql(sql):
                    cur.execute(statement)
            else:
                cur.execute(sql)
            cur.execute(
                store.sql("INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)"),
                {"v": version, "n": name, "t": now().isoformat()},
            )
        applied.append(version)
    return applied


def split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (BEGIN … END;) whole."""
    import sqlite3

    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not current.strip():
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
