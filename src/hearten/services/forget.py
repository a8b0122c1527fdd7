"""Forgetting everything, by one rule on every backend, for the CLI and the web alike.

The rule: every record is deleted and every file hearten keeps in the home (backups, the
key, the unlocked key, settings unless kept) is removed. On hearten's own SQLite file the
database itself is shredded; on PostgreSQL the records are deleted on the server (the
server keeps its own logs and backups: docs/privacy.md).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from hearten import messages
from hearten.store import Store

TABLES = ("entries", "checkins", "sessions", "reframes", "assessments")


def counts(store: Store) -> dict[str, int]:
    """How many of each kind of record there are (what forgetting will delete)."""
    from hearten import services

    doc = services.export_document(store)
    return {name: len(doc[name]) for name in TABLES}


class Forgotten(NamedTuple):
    """What was removed: the records, counted in words ("3 entries"), and the files, one line each."""

    records: list[str]
    files: list[str]


def forget_everything(
    settings,
    *,
    open_store: Callable[[], Store],
    close: Callable[[], None],
    keep_settings: bool = False,
    count: bool = True,
) -> Forgotten:
    """Delete every record and hearten's files in its home.

    `open_store` gives the front end's store (opened only when needed: the records are
    counted, or they live on a server); `close` closes it (and forgets a key it holds)
    before any file goes. With `count` false, a SQLite home is forgotten without opening
    it, so a locked home can be forgotten without its passphrase.
    """
    on_server = bool(settings.database_url)
    store = open_store() if (count or on_server) else None
    records = messages.records_counted(counts(store)) if store is not None and count else []
    from hearten.services.reminders import forget_reminders

    # Reminders live beside the database, and their schedule in the person's own config:
    # forgetting everything must stop them too.
    reminders_removed = forget_reminders(settings)
    if not on_server:
        close()
        return Forgotten(records, reminders_removed + forget_all(settings, keep_settings=keep_settings))
    store.wipe()
    close()
    from hearten.services.keys import lock

    records = records or ["every record on the database server"]
    removed = reminders_removed + [f"unlocked key: {where}" for where in lock(settings)]
    if settings.backups_dir.exists():
        shutil.rmtree(settings.backups_dir, ignore_errors=True)
        removed.append(str(settings.backups_dir))
    if not keep_settings and settings.settings_file.exists():
        settings.settings_file.unlink()
        removed.append(str(settings.settings_file))
    return Forgotten(records, removed)


def forget_all(settings, *, keep_settings: bool = False) -> list[str]:
    """Shred everything hearten keeps in a SQLite home; returns what was removed, one line each."""
    from hearten.files import shred
    from hearten.services.keys import lock, refuse_postgres
    from hearten.store.sqlcipher import sidecars

    refuse_postgres(settings, "hearten forget")
    removed = [f"unlocked key: {where}" for where in lock(settings)]
    home = Path(settings.home)
    db = settings.database_path
    for path in (db, *sidecars(db), settings.keyfile_path):
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
