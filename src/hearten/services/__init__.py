"""Use-cases: what a person can do with hearten, as plain functions over a store.

The CLI and the web app are thin layers over these. Every function takes the store
first and keyword-only arguments after it, and raises InvalidInput or NotFound with
a message fit to show a person.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from hearten import __version__
from hearten.domain import shapes
from hearten.domain.passphrases import check_new_passphrase  # noqa: F401  (the front ends check through here)
from hearten.domain.records import InvalidInput, NewCheckin, NewEntry, NewReframe, now
from hearten.domain.strict_json import parse_json_bytes  # noqa: F401  (imports and the front ends read JSON through here)
from hearten.store import DatabaseBusy, NotFound, Store, StoreError

# Front ends catch these through services, so none of them reaches into the store.
__all__ = ["DatabaseBusy", "NotFound", "StoreError"]

MAX_IMPORT_BYTES = 100 * 1024 * 1024


# -- journal -------------------------------------------------------------------------
def add_entry(store: Store, *, text: str, mood=None, tags=(), kind: str = "free", at: datetime | None = None) -> int:
    """Write a journal entry; returns its id."""
    entry = NewEntry(text=text, mood=mood, tags=tuple(tags), kind=kind, **({"created_at": at} if at else {}))
    return store.add_entry(entry)


def list_entries(store: Store, *, since=None, until=None, tag=None, limit=None):
    return store.list_entries(since=since, until=until, tag=tag, limit=limit)


def get_entry(store: Store, *, entry_id: int):
    return store.get_entry(entry_id)


def edit_entry(store: Store, *, entry_id: int, text: str, mood=None, tags=None):
    return store.update_entry(entry_id, text=text, mood=mood, tags=tags)


def delete_entry(store: Store, *, entry_id: int) -> None:
    store.delete_entry(entry_id)


def search_entries(store: Store, *, query: str, limit: int | None = 50):
    if not query or not query.strip():
        raise InvalidInput("the search is empty: give a word or two to look for")
    return store.search_entries(query, limit=limit)


def add_reframe(store: Store, *, entry_id: int, original: str, reframe: str) -> int:
    """Keep a kinder version of a sentence beside the entry it came from."""
    return store.add_reframe(NewReframe(entry_id=int(entry_id), original=original, reframe=reframe))


# -- check-ins -------------------------------------------------------------------------
def add_checkin(store: Store, *, at: datetime | None = None, **fields) -> int:
    """Save a check-in; `fields` are the ones a person gives (domain.records.CHECKIN): mood, distress, activities…"""
    return store.add_checkin(NewCheckin(**fields, **({"at": at} if at else {})))


def get_checkin(store: Store, *, checkin_id: int):
    return store.get_checkin(checkin_id)


def list_checkins(store: Store, *, since=None, until=None, activity=None, limit=None):
    return store.list_checkins(since=since, until=until, activity=activity, limit=limit)


def known_activities(store: Store, *, limit: int = 400) -> list[str]:
    """The activities a person has named in recent check-ins, most used first (for a form to offer)."""
    counts: dict[str, int] = {}
    for checkin in store.list_checkins(limit=limit):
        for name in checkin.activities:
            counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda name: (-counts[name], name))


def hard_day(store: Store, *, moment: datetime | None = None, checkins_since=None, any_entries: bool = True):
    """domain.safety.after_today at `moment`: whether home puts the help at its top after a hard day (a
    check-in of high distress or crisis words written anywhere since safety.hard_day_since). `checkins_since`: those
    check-ins, when the caller already read them; `any_entries`: False when the caller knows there are none."""
    from hearten.domain import safety

    moment = moment or now()
    since = safety.hard_day_since(moment)
    if checkins_since is None:
        checkins_since = store.list_checkins(since=since)
    # Everything the person wrote since then: entries, check-ins' notes and activities, practices' answers
    # (not every step's answer is kept in the journal) and kinder versions.
    written_lately = [e.text for e in store.list_entries(since=since)] if any_entries else []
    written_lately += [text for c in checkins_since for text in (c.note, *c.activities) if text]
    written_lately += [text for s in store.list_sessions(since=since) for text in safety.written_answers(s.answers)]
    written_lately += [r.reframe for r in store.list_reframes(since=since)]
    return safety.after_today(checkins_since, crisis_written=safety.crisis_in_writing(*written_lately))


def held_back_now(store: Store, *, moment: datetime | None = None) -> frozenset[str]:
    """domain.safety.held_back at `moment`: what is left out beside the help after a hard day (for a
    reminder that comes due without home around it: the desktop's notification, the browser tab's)."""
    from hearten.domain import safety

    return safety.held_back(hard_day(store, moment=moment))


# -- export and import -------------------------------------------------------------------
def export_document(store: Store) -> dict:
    return shapes.export_document(
        entries=store.list_entries(),
        checkins=store.list_checkins(),
        sessions=store.list_sessions(),
        reframes=store.list_reframes(),
        instruments=store.list_instruments(),
        assessments=store.list_assessments(),
        exported_at=now(),
        app_version=__version__,
    )


EXPORT_FORMATS = ("json", "csv", "markdown")


def export_to_file(store: Store, *, out: str | os.PathLike, fmt: str = "json", passphrase: str | None = None) -> Path:
    """Write everything stored to `out`: JSON, CSV tables or Markdown entries (folder, .zip or one .md).

    With `passphrase`, the export is one encrypted file (crypto.encrypt_blob) that needs it to read;
    CSV and Markdown are then zipped first.
    """
    from hearten.files import write_atomic

    out = Path(out)
    if not out.parent.is_dir():
        # A typo in a path should not quietly create folders full of personal data.
        raise InvalidInput(f"{out.parent}: no such folder; create it first or choose another place")
    if fmt not in EXPORT_FORMATS:
        raise InvalidInput(f"export format must be json, csv or markdown, not {fmt!r}")
    if passphrase is not None:
        from hearten.domain.passphrases import check_new_passphrase

        check_new_passphrase(passphrase)
    document = export_document(store)
    try:
        if passphrase is not None:
            from hearten import crypto, exporters

            if fmt == "json":
                data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
            elif fmt == "markdown" and out.suffix.lower() == ".md":
                data = exporters.markdown_single(document).encode("utf-8")
            else:
                files = exporters.csv_files(document) if fmt == "csv" else exporters.markdown_files(document)
                data = exporters.zip_bytes(files)
            try:
                write_atomic(out, crypto.encrypt_blob(data, passphrase))
            except crypto.CryptoError as error:
                raise InvalidInput(str(error)) from None
        elif fmt == "json":
            write_atomic(out, json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))
        elif fmt == "csv":
            from hearten.exporters import write_csv_tables

            write_csv_tables(document, out)
        else:
            from hearten.exporters import write_markdown

            write_markdown(document, out)
    except OSError as error:
        from hearten.services.diagnose import file_problem

        raise InvalidInput(f"cannot write the export to {out} ({file_problem(error, path=False)})") from None
    return out


MAX_DECRYPTED_FILES_BYTES = 1024 * 1024 * 1024  # what the files in one decrypted export may add up to


def decrypt_export(*, path: str | os.PathLike, out: str | os.PathLike, passphrase: str) -> dict:
    """Give back what an encrypted export (hearten export --encrypt) holds, written to `out` as the export was.

    JSON or one Markdown file: that file at `out`. CSV or Markdown files (sealed as a .zip):
    a new folder `out`, or the .zip itself when `out` ends in .zip. Nothing is written when the
    passphrase is wrong or the file is not an encrypted export. Returns {"out", "files"}.
    """
    from hearten import crypto
    from hearten.files import write_atomic

    source, out = Path(path), Path(out)
    check_encrypted_export(source)
    data = read_import_file(source)
    if not crypto.is_encrypted_blob(data):  # changed since it was checked
        check_encrypted_export(source)
    if not out.parent.is_dir():
        raise InvalidInput(f"{out.parent}: no such folder; create it first or choose another place")
    if out.exists() and out.resolve() == source.resolve():
        raise InvalidInput(f"{out} is the encrypted export itself: choose another name, so the protected copy is kept")
    try:
        data = crypto.decrypt_blob(data, passphrase)
    except crypto.CryptoError as error:
        raise InvalidInput(f"{source.name}: {error}") from None
    try:
        if data.startswith(b"PK"):
            from hearten.exporters import write_files

            files = _export_files(data, source.name)
            if out.suffix.lower() == ".zip":
                write_atomic(out, data)
            else:
                write_files(files, out)
            return {"out": str(out), "files": len(files)}
        if out.is_dir():
            raise InvalidInput(f"{out} is a folder; {source.name} holds one file: give a file name to write it to")
        write_atomic(out, data)
    except OSError as error:
        from hearten.services.diagnose import file_problem

        raise InvalidInput(f"cannot write to {out} ({file_problem(error, path=False)})") from None
    return {"out": str(out), "files": 1}


def check_encrypted_export(path: str | os.PathLike) -> None:
    """InvalidInput unless `path` is a file holding an encrypted export (asked before its passphrase is)."""
    path = Path(path)
    if not path.is_file():
        read_import_file(path)  # says what is wrong: no such file, a folder, unreadable
    if not is_encrypted_export(path):
        raise InvalidInput(f"{path.name} is not an encrypted hearten export, so there is nothing to decrypt")


def _export_files(data: bytes, label: str) -> dict[str, str]:
    """The text files in a decrypted export's zip, by name; InvalidInput for anything an export never holds."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if sum(info.file_size for info in infos) > MAX_DECRYPTED_FILES_BYTES:
                raise InvalidInput(f"{label} holds more than an export ever does; nothing was written")
            files = {}
            for info in infos:
                name = info.filename
                if not name or "/" in name or "\\" in name or name.startswith(".") or info.is_dir():
                    raise InvalidInput(
                        f"{label} holds a file hearten never writes ({name[:60]!r}); nothing was written"
                    )
                files[name] = archive.read(info).decode("utf-8")
    except (zipfile.BadZipFile, UnicodeDecodeError, ValueError) as error:
        if isinstance(error, InvalidInput):
            raise
        raise InvalidInput(f"{label}: its files cannot be read ({error}); nothing was written") from None
    return files


def is_encrypted_export(path: str | os.PathLike) -> bool:
    """True when `path` is an export written with a passphrase (hearten export --encrypt)."""
    from hearten.crypto import BLOB_MAGIC
    from hearten.files import starts_with

    return starts_with(path, BLOB_MAGIC)


def is_encrypted_data(data: bytes) -> bool:
    """True when these bytes are an export written with a passphrase."""
    from hearten.crypto import BLOB_MAGIC

    return bytes(data[: len(BLOB_MAGIC)]) == BLOB_MAGIC


def read_import_file(path: str | os.PathLike) -> bytes:
    """The bytes of a file to import, refusing what is missing, a folder, unreadable, or too big."""
    path = Path(path)
    try:
        if not path.exists():
            raise InvalidInput(f"{path}: no such file")
        if not path.is_file():
            raise InvalidInput(f"{path}: not a file")
        with open(path, "rb") as handle:
            data = handle.read(MAX_IMPORT_BYTES + 1)  # bounded even when the size on disk says otherwise
    except OSError as error:
        raise InvalidInput(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_IMPORT_BYTES:
        raise InvalidInput(
            f"{path}: larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB, which is more than an import can be"
        )
    return data


def _one_line(message: str, limit: int = 1000) -> str:
    """A message on one line, cut short when a file put something very long in it."""
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 1] + "…"


def import_file(
    store: Store,
    *,
    path: str | os.PathLike,
    source: str = "hearten",
    dry_run: bool = False,
    mood_map: dict | None = None,
    passphrase: str | None = None,
) -> dict:
    """Import a file all or nothing (read, bounded, then import_bytes)."""
    return import_bytes(
        store,
        data=read_import_file(path),
        name=Path(path).name,
        source=source,
        dry_run=dry_run,
        mood_map=mood_map,
        passphrase=passphrase,
    )


IMPORT_SOURCES = ("hearten", "jrnl", "daylio")


def import_bytes(
    store: Store,
    *,
    data: bytes,
    name: str = "the file",
    source: str = "hearten",
    dry_run: bool = False,
    mood_map: dict | None = None,
    passphrase: str | None = None,
) -> dict:
    """Import a file's bytes all or nothing; returns counts of what was (or, dry, would be) added.

    A dry run does the whole import, with the same check of what is already here, inside a
    transaction that is then rolled back: "added" counts what a real import would add.

    Every field of every record is checked before anything is written; the first problem
    raises InvalidInput naming the record and the field, and nothing changes. An encrypted
    export needs `passphrase`; it is decrypted in memory. Nothing is written to disk but the database.
    """
    label = " ".join(str(name or "the file").split())[:200] or "the file"
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InvalidInput(f"{label}: an import takes the file's bytes")
    data = bytes(data)
    if len(data) > MAX_IMPORT_BYTES:
        raise InvalidInput(
            f"{label}: larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB, which is more than an import can be"
        )
    if source not in IMPORT_SOURCES:
        raise InvalidInput(f"import source must be hearten, jrnl or daylio, not {source!r}")
    from hearten import crypto

    if crypto.is_encrypted_blob(data):
        if passphrase is None:
            raise InvalidInput(f"{label} is an encrypted export: its passphrase is needed to import it")
        try:
            data = crypto.decrypt_blob(data, passphrase)
        except crypto.CryptoError as error:
            raise InvalidInput(f"{label}: {error}") from None
        if data.startswith(b"PK"):
            raise InvalidInput(
                f"{label} holds CSV or Markdown files; hearten imports its own JSON export. "
                "`hearten export --decrypt FILE --out FOLDER` gives you the files back"
            )
    if source == "hearten":
        document = parse_json_bytes(data, label)
        try:
            records = shapes.read_export_document(document)
            from hearten.services.assessments import check_import

            check_import(store, instruments=records["instruments"], assessments=records["assessments"])
        except InvalidInput as error:
            raise InvalidInput(_one_line(f"{label}: {error}")) from None
    elif source in ("jrnl", "daylio"):
        from hearten.domain import importers

        if shapes.looks_like_export(data):  # the kind chosen is not the file's
            raise InvalidInput(f"{label} is a hearten export, not a {source} file: import it as hearten")
        try:
            if source == "daylio":
                batch = importers.parse_daylio_csv(data, mood_map=mood_map)
            else:
                batch = importers.parse_jrnl(data)
        except importers.ImportFileError as error:
            raise InvalidInput(f"{label}: {error}") from None
        records = {"entries": batch.entries, "checkins": batch.checkins, "checkin_aliases": batch.checkin_aliases}
    counts = {
        "entries": len(records.get("entries", ())) + sum(len(e) for _, e in records.get("sessions", ())),
        "checkins": len(records.get("checkins", ())),
        "sessions": len(records.get("sessions", ())),
        "reframes": len(records.get("reframes", ())),
        "instruments": len(records.get("instruments", ())),
        "assessments": len(records.get("assessments", ())),
    }
    try:
        added = store.import_records(**records, dry_run=dry_run)
    except InvalidInput as error:  # a link the file makes to a record that is not there
        raise InvalidInput(_one_line(f"{label}: {error}")) from None
    result = {"dry_run": dry_run, "in_file": counts, "added": added}
    kept = counts["checkins"] - added["checkins"]
    if source == "daylio" and mood_map and kept > 0:
        result["note"] = _moods_kept(kept)
    return result


def _moods_kept(count: int) -> str:
    """Says that check-ins already here were not changed by a mood mapping."""
    from hearten import messages

    one = count == 1
    return messages.IMPORT_MOODS_KEPT.format(
        count=count, s="" if one else "s", were="was" if one else "were", they="it" if one else "they"
    )
