"""Export, import and forgetting everything, for the settings page: through the privacy service when it is there."""

from __future__ import annotations

import shutil

from hearten import services

CONFIRM_WORD = "delete"


def counts(store) -> dict:
    doc = services.export_document(store)
    return {name: len(doc[name]) for name in ("entries", "checkins", "sessions", "reframes", "assessments")}


def import_upload(store, *, data: bytes, filename: str, source: str) -> dict:
    """Import uploaded bytes in memory: no copy of them is ever written to a file."""
    return services.import_bytes(store, data=data, name=filename or "the file", source=source)


def forget_everything(state) -> list[str]:
    """Delete every record and hearten's files in its home; returns what was removed, in words.

    On SQLite the privacy service shreds the database, key file, backups and settings;
    on PostgreSQL the records are deleted from the server and the local files removed.
    """
    store = state.store
    before = counts(store)
    removed = [f"{n} {name.replace('checkins', 'check-ins')}" for name, n in before.items()]
    settings = state.settings
    if not settings.database_url:
        from hearten.services.privacy import forget_all

        with state.exclusive():  # closes the store; no other request reopens it while files are shredded
            state.close(forget_key=True)
            return removed + [f"the file {line}" for line in forget_all(settings)]
    store.wipe()
    if settings.backups_dir.exists():
        shutil.rmtree(settings.backups_dir, ignore_errors=True)
        removed.append("your automatic backups")
    if settings.settings_file.exists():
        settings.settings_file.unlink()
        removed.append("your settings (name, country, therapist, speech)")
    return removed
