"""The JSON shapes hearten shows and exports, and how an export is read back.

These shapes are a public contract (`--json` output, the export file, the web API):
add fields, never rename them. Documented in docs/data-formats.md.
"""

from __future__ import annotations

from datetime import datetime

from hearten.domain.records import (
    Assessment,
    Checkin,
    Entry,
    InvalidInput,
    NewAssessment,
    NewCheckin,
    NewEntry,
    NewReframe,
    NewSession,
    Reframe,
    Session,
    check_number,
)

EXPORT_FORMAT = "hearten-export"
EXPORT_VERSION = 1


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def entry_dict(e: Entry) -> dict:
    return {
        "id": e.id, "uid": e.uid, "text": e.text, "created_at": iso(e.created_at), "updated_at": iso(e.updated_at),
        "mood": e.mood, "tags": list(e.tags), "kind": e.kind, "session_id": e.session_id,
    }


def checkin_dict(c: Checkin) -> dict:
    return {
        "id": c.id, "uid": c.uid, "at": iso(c.at), "mood": c.mood, "distress": c.distress,
        "sleep_hours": c.sleep_hours, "active_minutes": c.active_minutes, "social": c.social,
        "food": c.food, "note": c.note, "activities": list(c.activities),
    }


def session_dict(s: Session) -> dict:
    return {
        "id": s.id, "uid": s.uid, "practice_id": s.practice_id, "started_at": iso(s.started_at),
        "ended_at": iso(s.ended_at), "planned_seconds": s.planned_seconds, "actual_seconds": s.actual_seconds,
        "completed": s.completed, "answers": s.answers, "distress_before": s.distress_before,
        "distress_after": s.distress_after, "mood": s.mood, "stopped_reason": s.stopped_reason,
    }


def reframe_dict(r: Reframe) -> dict:
    return {"id": r.id, "uid": r.uid, "entry_id": r.entry_id, "original": r.original, "reframe": r.reframe, "created_at": iso(r.created_at)}


def assessment_dict(a: Assessment) -> dict:
    """The `hearten assess take --json` shape."""
    return {
        "id": a.id, "uid": a.uid, "instrument": a.instrument_id, "instrument_version": a.instrument_version,
        "taken_at": iso(a.taken_at), "answers": a.answers, "subscales": a.subscales, "total": a.total, "band": a.band,
    }


# -- the export document -------------------------------------------------------------
def export_document(*, entries, checkins, sessions, reframes, instruments, assessments, exported_at, app_version) -> dict:
    """Everything stored, keyed by uid (local ids are left out: they differ between homes)."""
    session_uids = {s.id: s.uid for s in sessions}
    entry_uids = {e.id: e.uid for e in entries}

    def without_id(d):
        return {k: v for k, v in d.items() if k != "id"}

    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "app_version": app_version,
        "exported_at": iso(exported_at),
        "entries": [
            {**{k: v for k, v in entry_dict(e).items() if k not in ("id", "session_id")}, "session_uid": session_uids.get(e.session_id)}
            for e in sorted(entries, key=lambda e: (e.created_at, e.uid))
        ],
        "checkins": [without_id(checkin_dict(c)) for c in sorted(checkins, key=lambda c: (c.at, c.uid))],
        "sessions": [without_id(session_dict(s)) for s in sorted(sessions, key=lambda s: (s.started_at, s.uid))],
        "reframes": [
            {**{k: v for k, v in reframe_dict(r).items() if k not in ("id", "entry_id")}, "entry_uid": entry_uids[r.entry_id]}
            for r in sorted(reframes, key=lambda r: (r.created_at, r.uid))
        ],
        "instruments": [{"id": i["id"], "version": i["version"], "definition": i["definition"]} for i in instruments],
        "assessments": [
            {k: v for k, v in assessment_dict(a).items() if k != "id"} for a in sorted(assessments, key=lambda a: (a.taken_at, a.uid))
        ],
    }


def read_export_document(doc) -> dict:
    """Turn an export document back into records; any problem raises InvalidInput naming where."""
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
        raise InvalidInput("this is not a hearten export (no \"format\": \"hearten-export\" at the top)")
    if doc.get("version") != EXPORT_VERSION:
        raise InvalidInput(f"this export has version {doc.get('version')!r}; this hearten reads version {EXPORT_VERSION}")
    records: dict = {"entries": [], "checkins": [], "sessions": [], "reframes": [], "instruments": [], "assessments": []}
    by_session: dict[str, list] = {}
    sessions = []
    for n, s in enumerate(_items(doc, "sessions")):
        with _where("sessions", n):
            sessions.append(
                NewSession(
                    uid=_uid(s), practice_id=_text(s, "practice_id"), started_at=_time(s, "started_at"),
                    ended_at=_time(s, "ended_at"), planned_seconds=_number(s, "planned_seconds"),
                    actual_seconds=_number(s, "actual_seconds"), completed=_bool(s, "completed"),
                    answers=s.get("answers") if isinstance(s.get("answers"), dict) else _bad("answers"),
                    distress_before=_whole(s, "distress_before"), distress_after=_whole(s, "distress_after"),
                    mood=_whole(s, "mood"), stopped_reason=s.get("stopped_reason"),
                )
            )
    session_uids = {s.uid for s in sessions}
    for n, e in enumerate(_items(doc, "entries")):
        with _where("entries", n):
            tags = e.get("tags", [])
            if not isinstance(tags, list):
                _bad("tags")
            entry = NewEntry(
                uid=_uid(e), text=e.get("text"), created_at=_time(e, "created_at"), mood=_whole(e, "mood"),
                tags=tuple(tags), kind=e.get("kind", "free"),
            )
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
            activities = c.get("activities", [])
            if not isinstance(activities, list):
                _bad("activities")
            records["checkins"].append(
                NewCheckin(
                    uid=_uid(c), at=_time(c, "at"), mood=_whole(c, "mood"), distress=_whole(c, "distress"),
                    sleep_hours=_number(c, "sleep_hours"), active_minutes=_number(c, "active_minutes"),
                    social=_whole(c, "social"), food=_whole(c, "food"), note=c.get("note"),
                    activities=tuple(activities),
                )
            )
    for n, r in enumerate(_items(doc, "reframes")):
        with _where("reframes", n):
            records["reframes"].append(
                (NewReframe(uid=_uid(r), entry_id=0, original=r.get("original"), reframe=r.get("reframe"),
                            created_at=_time(r, "created_at")), _text(r, "entry_uid"))
            )
    for n, i in enumerate(_items(doc, "instruments")):
        with _where("instruments", n):
            if not isinstance(i.get("definition"), dict):
                _bad("definition")
            instrument_id, version = _text(i, "id"), _text(i, "version")
            _check_instrument(i["definition"], instrument_id, version)
            records["instruments"].append((instrument_id, version, i["definition"]))
    for n, a in enumerate(_items(doc, "assessments")):
        with _where("assessments", n):
            for key in ("answers", "subscales"):
                if not isinstance(a.get(key), dict):
                    _bad(key)
            total = a.get("total")
            if total is not None and (isinstance(total, bool) or not isinstance(total, (int, float))):
                _bad("total")
            records["assessments"].append(
                NewAssessment(
                    uid=_uid(a), instrument_id=_text(a, "instrument"), instrument_version=_text(a, "instrument_version"),
                    taken_at=_time(a, "taken_at"), answers=a["answers"], subscales=a["subscales"], total=total,
                    band=a.get("band"),
                )
            )
    return records


_PLAIN_NAMES = {"entries": "journal entry", "checkins": "check-in", "sessions": "practice session",
                "reframes": "kinder version", "instruments": "instrument", "assessments": "assessment result"}


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
