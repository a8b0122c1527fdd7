"""The JSON shapes hearten shows and exports, and how an export is read back.

These shapes are a public contract (`--json` output, the export file, the web API):
add fields, never rename them. Documented in docs/data-formats.md.
"""

from __future__ import annotations

from datetime import datetime

from hearten.domain.records import (
    ASSESSMENT,
    CHECKIN,
    ENTRY,
    REFRAME,
    SESSION,
    Assessment,
    Checkin,
    Entry,
    InvalidInput,
    Reframe,
    Session,
    check_number,
)

EXPORT_FORMAT = "hearten-export"
EXPORT_VERSION = 1


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def record_dict(declaration, record) -> dict:
    """A stored record as its JSON shape: every declared field, under its JSON name, in declared order."""
    shape = {}
    for f in declaration.fields:
        value = getattr(record, f.name)
        if f.kind == "time":
            value = iso(value)
        elif f.kind in ("tags", "names"):
            value = list(value)
        shape[f.json] = value
    return shape


def exported_dict(declaration, record, links: dict | None = None) -> dict:
    """A record as the export document keeps it: no local ids; a link to another record by its uid, last."""
    shape = {
        f.json: value for f, value in zip(declaration.fields, record_dict(declaration, record).values()) if f.exported
    }
    for f in declaration.links:
        shape[f.link] = (links or {}).get(f.name, {}).get(getattr(record, f.name))
    return shape


def entry_dict(e: Entry) -> dict:
    return record_dict(ENTRY, e)


def checkin_dict(c: Checkin) -> dict:
    return record_dict(CHECKIN, c)


def session_dict(s: Session) -> dict:
    return record_dict(SESSION, s)


def reframe_dict(r: Reframe) -> dict:
    return record_dict(REFRAME, r)


def assessment_dict(a: Assessment) -> dict:
    """The `hearten assess take --json` shape."""
    return record_dict(ASSESSMENT, a)


# -- the field tables of docs/data-formats.md -----------------------------------------
FIELDS_START = "<!-- record fields: generated from domain/records.py by scripts/make_data_formats.py -->"
FIELDS_END = "<!-- end of record fields -->"


def _values(f) -> str:
    from hearten.domain.records import (
        FIRST_YEAR,
        LAST_YEAR,
        MAX_ACTIVITIES,
        MAX_ENTRY_CHARS,
        MAX_NAME_CHARS,
        MAX_TAG_CHARS,
    )

    kind = f.kind
    if kind == "scale":
        return f"whole number {f.low}-{f.high}"
    if kind == "amount":
        return f"0-{f.high:g} {f.unit}"
    if kind == "time":
        return f"ISO 8601 with offset, years {FIRST_YEAR}-{LAST_YEAR}"
    if kind == "choice":
        return ", ".join(f"`{c}`" for c in f.choices)
    if kind == "tags":
        return f"each up to {MAX_TAG_CHARS} characters, lower-case"
    if kind == "names":
        return f"up to {MAX_ACTIVITIES}, each up to {MAX_TAG_CHARS} characters, lower-case, no comma"
    if kind in ("name", "uid"):
        return f"one line, up to {MAX_NAME_CHARS} characters"
    if kind == "text":
        return f"up to {MAX_ENTRY_CHARS:,} characters"
    if kind == "mapping":
        return {"answer": "text, number, true/false or null", "whole": "whole number or null", "number": "number"}[
            f.values
        ] + " per name"
    return ""


def field_table(declaration) -> str:
    """One record's fields as a Markdown table: what each boundary calls it and what it may hold."""
    from hearten.domain.records import KINDS

    lines = [
        "| JSON | CSV column | type | values | null | in the export | what it is |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for f in declaration.fields:
        if f.kind in ("tags", "names", "mapping"):
            null = "no (may be empty)"
        else:
            null = "yes" if f.nullable else "no"
        if f.link:
            exported, csv = f"as `{f.link}` (its uid)", f"`{f.link}`"
        elif f.exported:
            exported, csv = "yes", f"`{f.csv}`"
        else:
            exported, csv = "no", ""
        lines.append(f"| `{f.json}` | {csv} | {KINDS[f.kind][1]} | {_values(f)} | {null} | {exported} | {f.doc} |")
    return "\n".join(lines)


def field_tables() -> str:
    """Every declared record's table, for docs/data-formats.md, between FIELDS_START and FIELDS_END."""
    from hearten.domain.records import DECLARATIONS

    parts = [FIELDS_START, ""]
    for declaration in DECLARATIONS:
        title = declaration.name[0].upper() + declaration.name[1:]
        parts += [f"### {title} (`{declaration.table}`)", "", field_table(declaration), ""]
    parts.append(FIELDS_END)
    return "\n".join(parts)


def with_field_tables(doc_text: str) -> str:
    """docs/data-formats.md with its generated tables replaced by the current ones."""
    start, end = doc_text.index(FIELDS_START), doc_text.index(FIELDS_END) + len(FIELDS_END)
    return doc_text[:start] + field_tables() + doc_text[end:]


# -- the export document -------------------------------------------------------------
def export_document(
    *, entries, checkins, sessions, reframes, instruments, assessments, exported_at, app_version
) -> dict:
    """Everything stored, keyed by uid (local ids are left out: they differ between homes)."""
    links = {"session_id": {s.id: s.uid for s in sessions}, "entry_id": {e.id: e.uid for e in entries}}

    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "app_version": app_version,
        "exported_at": iso(exported_at),
        "entries": [exported_dict(ENTRY, e, links) for e in sorted(entries, key=lambda e: (e.created_at, e.uid))],
        "checkins": [exported_dict(CHECKIN, c) for c in sorted(checkins, key=lambda c: (c.at, c.uid))],
        "sessions": [exported_dict(SESSION, s) for s in sorted(sessions, key=lambda s: (s.started_at, s.uid))],
        "reframes": [exported_dict(REFRAME, r, links) for r in sorted(reframes, key=lambda r: (r.created_at, r.uid))],
        "instruments": [{"id": i["id"], "version": i["version"], "definition": i["definition"]} for i in instruments],
        "assessments": [exported_dict(ASSESSMENT, a) for a in sorted(assessments, key=lambda a: (a.taken_at, a.uid))],
    }


def looks_like_export(data: bytes) -> bool:
    """Whether a file's first bytes are a hearten export's opening (for a clearer word when another kind
    was chosen); a guess from its start only, never a parse of the whole file."""
    import re

    start = bytes(data[:4096]).lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"{") and re.search(rb'"format"\s*:\s*"hearten-export"', start) is not None


def read_export_document(doc) -> dict:
    """Turn an export document back into records; any problem raises InvalidInput naming where."""
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
        raise InvalidInput(
            'this is not a hearten export (no "format": "hearten-export" at the top); '
            "if jrnl or Daylio wrote it, import it as that kind of file"
        )
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > EXPORT_VERSION:
        raise InvalidInput(
            f"this export was made by a newer hearten (export version {version}; this one reads version "
            f"{EXPORT_VERSION}): update hearten, then import it again"
        )
    if version != EXPORT_VERSION:
        raise InvalidInput(
            f"this export has version {version!r}, which hearten cannot read (it reads version {EXPORT_VERSION})"
        )
    records: dict = {
        "entries": [],
        "checkins": [],
        "sessions": [],
        "reframes": [],
        "instruments": [],
        "assessments": [],
    }
    by_session: dict[str, list] = {}
    sessions = []
    for n, s in enumerate(_items(doc, "sessions")):
        with _where("sessions", n):
            sessions.append(new_record(SESSION, s))
    session_uids = {s.uid for s in sessions}
    for n, e in enumerate(_items(doc, "entries")):
        with _where("entries", n):
            entry = new_record(ENTRY, e)
            session_uid = e.get("session_uid")
            if session_uid is not None:
                if session_uid not in session_uids:
                    raise InvalidInput(f"links to a session ({session_uid}) that is not in the export")
                by_session.setdefault(session_uid, []).append(entry)
            else:
                records["entries"].append(entry)
    records["sessions"] = [(s, by_session.get(s.uid, [])) for s in sessions]
    for n, c in enumerate(_items(doc, "checkins")):
        with _where("checkins", n):
            records["checkins"].append(new_record(CHECKIN, c))
    for n, r in enumerate(_items(doc, "reframes")):
        with _where("reframes", n):
            records["reframes"].append((new_record(REFRAME, r, entry_id=0), _text(r, "entry_uid")))
    for n, i in enumerate(_items(doc, "instruments")):
        with _where("instruments", n):
            if not isinstance(i.get("definition"), dict):
                _bad("definition")
            instrument_id, version = _text(i, "id"), _text(i, "version")
            _check_instrument(i["definition"], instrument_id, version)
            records["instruments"].append((instrument_id, version, i["definition"]))
    for n, a in enumerate(_items(doc, "assessments")):
        with _where("assessments", n):
            records["assessments"].append(new_record(ASSESSMENT, a))
    return records


def new_record(declaration, d: dict, **given):
    """An exported record back as a new one, each field read by its kind; `given` sets the links."""
    values = dict(given)
    for f in declaration.new_fields:
        if f.kind in ("id", "link") or f.name in values:
            continue
        name, kind = f.json, f.kind
        if kind == "uid":
            value = _uid(d)
        elif kind == "time":
            value = None if f.nullable and d.get(name) is None else _time(d, name)
        elif kind == "scale":
            value = _whole(d, name)
        elif kind == "amount":
            value = _number(d, name)
        elif kind == "number":
            value = d.get(name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
                _bad(name)
        elif kind == "bool":
            value = _bool(d, name)
        elif kind == "name" and not f.nullable:
            value = _text(d, name)
        elif kind in ("tags", "names"):
            value = d.get(name, [])
            if not isinstance(value, list):
                _bad(name)
            value = tuple(value)
        elif kind == "mapping":
            value = d.get(name)
            if not isinstance(value, dict):
                _bad(name)
        elif kind == "choice":
            value = d.get(name, f.default)
        else:  # text, and a short name that may be missing
            value = d.get(name)
        values[f.name] = value
    return declaration.new_record(**values)


_PLAIN_NAMES = {
    "entries": "journal entry",
    "checkins": "check-in",
    "sessions": "practice session",
    "reframes": "kinder version",
    "instruments": "instrument",
    "assessments": "assessment result",
}


def record_label(table: str, index: int) -> str:
    """Where a record sits in an export, for a person and for a search: 'entries[3] (journal entry 4)'."""
    return f"{table}[{index}] ({_PLAIN_NAMES.get(table, 'record')} {index + 1})"


class _where:
    """Prefix any InvalidInput raised inside with the record it came from."""

    def __init__(self, table, index):
        self.label = record_label(table, index)

    def __enter__(self):
        return self

    def __exit__(self, kind, error, tb):
        if kind is not None and issubclass(kind, InvalidInput):
            raise InvalidInput(f"{self.label}: {error}") from None
        if kind is not None and issubclass(kind, (TypeError, AttributeError, KeyError)):
            raise InvalidInput(f"{self.label}: a field has the wrong type ({error})") from None
        return False


def _items(doc, key) -> list:
    value = doc.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise InvalidInput(f"{key} must be a list of objects")
    return value


def _check_instrument(definition: dict, instrument_id: str, version: str) -> None:
    """A kept definition must be an instrument hearten can read, under the id and version it is filed by."""
    from hearten.domain.instruments import parse_instrument  # pydantic: only when an export has instruments

    instrument = parse_instrument(definition, source=f"the instrument {instrument_id!r}")
    if (instrument.id, instrument.version) != (instrument_id, version):
        raise InvalidInput(
            f"is filed as {instrument_id!r} version {version!r} but its definition says"
            f" {instrument.id!r} version {instrument.version!r}"
        )


def _number(d, field):
    return check_number(field.replace("_", " "), d.get(field), required=False)


def _whole(d, field):
    return check_number(field.replace("_", " "), d.get(field), whole=True, required=False)


def _bad(field):
    raise InvalidInput(f"{field} has the wrong type")


def _text(d, field) -> str:
    value = d.get(field)
    if not isinstance(value, str) or not value:
        raise InvalidInput(f"{field} must be non-empty text")
    return value


def _uid(d) -> str:
    value = _text(d, "uid")
    if len(value) > 128:
        raise InvalidInput("uid is too long")
    return value


def _bool(d, field) -> bool:
    value = d.get(field)
    if not isinstance(value, bool):
        raise InvalidInput(f"{field} must be true or false")
    return value


def _time(d, field) -> datetime:
    value = d.get(field)
    if not isinstance(value, str):
        raise InvalidInput(f"{field} must be a date and time")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{field} is not a date and time: {value!r}") from None
    if moment.tzinfo is None:
        raise InvalidInput(f"{field} has no time zone: {value!r}")
    return moment
