"""What went wrong with the database or a file, told apart so a person gets the right advice.

A busy database, a full disk and a read-only file are not damage: restoring a backup over
them would lose good data. Damage is only reported when `PRAGMA integrity_check` says so.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

BUSY, FULL, READ_ONLY, FOLDER, DAMAGED, UNREADABLE = "busy", "full", "read_only", "folder", "damaged", "unreadable"

_FILE_WORDS = {
    errno.ENAMETOOLONG: "that path is too long",
    errno.EACCES: "permission denied",
    errno.EPERM: "the system does not allow it (the file may be locked or immutable)",
    errno.EROFS: "it is on a read-only disk",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "your disk quota is full",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOTDIR: "part of that path is a file, not a folder",
    errno.ENOENT: "there is no such file or folder",
    errno.ELOOP: "it has too many symbolic links in a row",
}


def file_problem(error: OSError, *, path: bool = True) -> str:
    """An OSError as one plain line: which path (unless `path` is False), and what is wrong with it."""
    words = _FILE_WORDS.get(error.errno) or (error.strerror or str(error)).lower()
    name = error.filename
    if name is None or not path:
        return words
    shown = os.fsdecode(name) if isinstance(name, bytes) else str(name)
    shown = shown.encode("utf-8", "replace").decode("utf-8")  # a path may hold bytes that are not text
    if len(shown) > 80:
        shown = shown[:40] + "…" + shown[-30:]
    return f"{shown}: {words}"


def database_problem(error, *, path: Path | None = None, connection=None) -> str:
    """Which kind of database problem `error` is: BUSY, FULL, READ_ONLY, FOLDER, DAMAGED or UNREADABLE.

    `connection` (the open one, already keyed for an encrypted home) or `path` (a plain
    SQLite file) lets the integrity check run; without either, damage is never assumed.
    """
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return BUSY
    if "full" in text:
        return FULL
    if path is not None and path.is_dir():
        return FOLDER
    if "readonly" in text or "read-only" in text:
        return READ_ONLY
    if "unable to open" in text and path is not None:
        folder = path.parent
        if (path.exists() and not os.access(path, os.W_OK)) or (folder.exists() and not os.access(folder, os.W_OK)):
            return READ_ONLY
        return UNREADABLE
    return DAMAGED if integrity_confirms_damage(path=path, connection=connection) else UNREADABLE


def integrity_confirms_damage(*, path: Path | None = None, connection=None) -> bool:
    """True only when SQLite's own integrity check reports the database damaged."""
    from hearten.store.sqlcipher import confirms_damage

    return confirms_damage(path=path, connection=connection)
