"""Export writers beyond the JSON document: CSV tables and Markdown entries (in a folder, a .zip or one .md)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

TABLES = ("entries", "checkins", "sessions", "reframes", "instruments", "assessments")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value) -> str:
    """A cell value that a spreadsheet will show as text, never run as a formula."""
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def csv_columns(table: str) -> list[tuple[str, str]] | None:
    """(export document name, CSV column name) for a declared record's table; None for another table."""
    from hearten.domain.records import DECLARATIONS

    for declaration in DECLARATIONS:
        if declaration.table == table:
            return [(f.json, f.csv) for f in declaration.exported_fields] + [
                (f.link, f.link) for f in declaration.links
            ]
    return None


def table_csv(rows: list[dict], columns: list[tuple[str, str]] | None = None) -> str:
    """A table as CSV text (nothing at all when there are no rows); `columns` name and order them."""
    buffer = io.StringIO()
    if rows:
        columns = columns or [(key, key) for key in rows[0]]
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow([name for _, name in columns])
        for row in rows:
            writer.writerow([spreadsheet_safe(row.get(key)) for key, _ in columns])
    return buffer.getvalue()


def write_csv_tables(document: dict, out: Path) -> None:
    """One CSV per table: into `out` as a zip when it ends in .zip, else into a new folder."""
    write_files(csv_files(document), out)


def csv_files(document: dict) -> dict[str, str]:
    return {f"{table}.csv": table_csv(document[table], csv_columns(table)) for table in TABLES}


# ---------------------------------------------------------------- Markdown

_FRONT_FIELDS = ("uid", "created_at", "updated_at", "kind", "mood", "tags", "session_uid")


def entry_markdown(entry: dict) -> str:
    """One entry as Markdown: a front matter block (values in JSON, which YAML reads too), then the text."""
    lines = ["---"]
    for name in _FRONT_FIELDS:
        value = entry.get(name)
        if value is None or value == []:
            continue
        lines.append(f"{name}: {json.dumps(value, ensure_ascii=False)}")
    lines.append("---")
    return "\n".join(lines) + "\n\n" + entry.get("text", "").rstrip("\n") + "\n"


def markdown_name(entry: dict) -> str:
    when = (entry.get("created_at") or "undated")[:16].replace(":", "-")
    return f"{when}-{entry['uid'][:8]}.md"


def markdown_files(document: dict) -> dict[str, str]:
    return {markdown_name(entry): entry_markdown(entry) for entry in document["entries"]}


def markdown_single(document: dict) -> str:
    """Every entry in one Markdown file, oldest first, each with its own front matter."""
    return "\n".join(entry_markdown(entry) for entry in document["entries"])


def write_markdown(document: dict, out: Path) -> None:
    """One .md per entry in a folder or .zip, or all entries in one file when `out` ends in .md."""
    if out.suffix.lower() == ".md":
        from hearten.files import write_atomic

        write_atomic(out, markdown_single(document).encode("utf-8"))
        return
    write_files(markdown_files(document), out)


def zip_bytes(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def write_files(files: dict[str, str], out: Path) -> None:
    """Text files into `out` as a zip when it ends in .zip, else into a new folder; all or nothing."""
    if out.suffix.lower() == ".zip":
        from hearten.files import write_atomic

        write_atomic(out, zip_bytes(files))
        return
    if out.exists() and any(out.iterdir()):
        from hearten.domain.records import InvalidInput

        raise InvalidInput(f"{out} is a folder that already has files in it; choose a new name")
    tmp_dir = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}."))  # mkdtemp makes it 0700
    try:
        from hearten.files import write_atomic

        for name, text in files.items():
            write_atomic(tmp_dir / name, text.encode("utf-8"))  # 0600 and flushed, like every hearten write
        if out.exists():
            out.rmdir()
        os.replace(tmp_dir, out)
    except BaseException:
        shutil.rmtree(tmp_dir, ignore_errors=True)
        raise
