"""A study's research export: long CSV, a REDCap data dictionary, a codebook and FHIR bundles.

Pure: the caller (the server's researcher route) reads what participants consented to share,
puts it in a StudyData and calls export(). Participants are named only by pseudonym(): an
HMAC of their id under the organisation's secret and the study id, stable within a study
and unlinkable across studies. Every record id is pseudonymised the same way, because a
check-in's own uid would otherwise link one person's rows across two studies.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from types import SimpleNamespace

from hearten.domain import fhir
from hearten.domain.instruments import Instrument
from hearten.domain.records import InvalidInput

SCOPES = ("checkins", "assessments", "practices", "insights", "journal")
# Insights are derived from the rest and the journal is free text: neither goes into a research export.
EXPORTED_SCOPES = ("checkins", "assessments", "practices")
FORMATS = ("csv", "redcap-dictionary", "codebook", "fhir")
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "redcap-dictionary": "text/csv; charset=utf-8",
    "codebook": "text/markdown; charset=utf-8",
    "fhir": "application/fhir+json",
}

CSV_COLUMNS = (
    "participant_id",
    "scope",
    "form",
    "instrument",
    "instrument_version",
    "event_id",
    "variable",
    "item",
    "value",
    "timestamp",
    "source",
)
REDCAP_COLUMNS = (
    "Variable / Field Name",
    "Form Name",
    "Section Header",
    "Field Type",
    "Field Label",
    "Choices, Calculations, OR Slider Labels",
    "Field Note",
    "Text Validation Type OR Show Slider Number",
    "Text Validation Min",
    "Text Validation Max",
    "Identifier?",
    "Branching Logic (Show field only if...)",
    "Required Field?",
    "Custom Alignment",
    "Question Number (surveys only)",
    "Matrix Group Name",
    "Matrix Ranking?",
    "Field Annotation",
)

PSEUDONYM_HEX = 20  # 80 bits: collisions are out of reach for any study's size
RECORD_ID = "participant_id"
RECORD_FORM = "study_participant"
CHECKIN_FORM = "hearten_checkin"
PRACTICE_FORM = "hearten_practice"
CHECKIN_INSTRUMENT = "hearten-checkin"
PRACTICE_INSTRUMENT = "hearten-practice"
FORM_VERSION = "1"
SOURCES = {
    "self-report": "what the participant answered or recorded",
    "score": "computed by hearten from the answers, under the instrument's scoring key",
    "app": "recorded by the app while the participant practised",
}
MAX_VARIABLE = 100  # REDCap's limit on a field name
PARTICIPANT_SYSTEM = "https://hearten.invalid/fhir/study-participant/"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


# --- what the caller passes in -------------------------------------------------------------


@dataclass(frozen=True)
class ParticipantData:
    """One participant's shared records. `scopes` is what they consented to; nothing else is exported.

    checkins, assessments and sessions hold hearten's records (domain.records Checkin,
    Assessment, Session, or anything with the same fields).
    """

    participant_id: str | int
    scopes: frozenset[str]
    checkins: tuple = ()
    assessments: tuple = ()
    sessions: tuple = ()

    def __post_init__(self):
        scopes = frozenset(self.scopes)
        unknown = scopes.difference(SCOPES)
        if unknown:
            raise InvalidInput(f"unknown consent scope(s): {', '.join(sorted(unknown))}")
        object.__setattr__(self, "scopes", scopes)
        for name in ("checkins", "assessments", "sessions"):
            object.__setattr__(self, name, tuple(getattr(self, name)))


@dataclass(frozen=True)
class StudyData:
    """Everything one export needs. `secret` is the organisation's pseudonym key (keep it out of the export)."""

    study_id: str | int
    name: str
    secret: bytes
    participants: tuple[ParticipantData, ...] = ()
    instruments: Mapping[str, Instrument] = field(default_factory=dict)
    exported_at: datetime | None = None

    def __post_init__(self):
        secret = self.secret.encode("utf-8") if isinstance(self.secret, str) else bytes(self.secret)
        if len(secret) < 16:
            raise InvalidInput("the pseudonym secret must be at least 16 bytes")
        object.__setattr__(self, "secret", secret)
        object.__setattr__(self, "participants", tuple(self.participants))
        object.__setattr__(self, "instruments", dict(self.instruments))


# --- pseudonyms ----------------------------------------------------------------------------


def _mac(secret: bytes | str, *parts: str | int) -> str:
    key = secret.encode("utf-8") if isinstance(secret, str) else bytes(secret)
    # Length-prefixed parts, so ("ab", "c") and ("a", "bc") never share a message.
    message = b"".join(len(p).to_bytes(4, "big") + p for p in (str(part).encode("utf-8") for part in parts))
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:PSEUDONYM_HEX]


def pseudonym(secret: bytes | str, participant_id: str | int, *, study_id: str | int = "") -> str:
    """A participant's id in one study: HMAC-SHA256 under the secret, truncated to 80 bits."""
    return "p-" + _mac(secret, "participant", study_id, participant_id)


def event_pseudonym(secret: bytes | str, study_id: str | int, kind: str, uid: str) -> str:
    """A record's id in one study, so records keep an id without carrying the one kept on the device."""
    return "e-" + _mac(secret, "event", study_id, kind, uid)


# --- names ---------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _name(*parts: str) -> str:
    text = "_".join(p.replace("-", "_") for p in parts if p)
    text = re.sub(r"[^a-z0-9_]", "_", text.lower())
    if not text[:1].isalpha():
        text = "v_" + text
    if len(text) > MAX_VARIABLE:
        text = text[: MAX_VARIABLE - 9] + "_" + hashlib.sha256(text.encode()).hexdigest()[:8]
    return text


def instrument_form(instrument_id: str) -> str:
    """The REDCap form name for an instrument: its id with '_' for '-'."""
    form = _name(instrument_id)
    return "instrument_" + form if form in (RECORD_FORM, CHECKIN_FORM, PRACTICE_FORM) else form


def item_variable(instrument_id: str, item_id: str) -> str:
    return _name(instrument_form(instrument_id), "item", item_id)


def subscale_variable(instrument_id: str, subscale_id: str) -> str:
    return _name(instrument_form(instrument_id), "score", subscale_id)


def total_variable(instrument_id: str) -> str:
    return _name(instrument_form(instrument_id), "total")


def band_variable(instrument_id: str) -> str:
    return _name(instrument_form(instrument_id), "band")


# The measures of the two forms hearten itself defines: (measure, label, REDCap type, validation, min, max, note).
CHECKIN_MEASURES = (
    ("mood", "Mood", "text", "integer", 0, 10, "0 the worst, 10 the best"),
    ("distress", "Distress", "text", "integer", 0, 10, "0 none, 10 the most"),
    ("sleep_hours", "Hours of sleep", "text", "number", 0, 24, "hours"),
    ("active_minutes", "Minutes of activity", "text", "number", 0, 1440, "minutes"),
    ("social", "Connected to people", "text", "integer", 0, 10, "0 not at all, 10 very"),
    ("food", "How well I ate", "text", "integer", 0, 10, "0 not well, 10 very well"),
)
PRACTICE_MEASURES = (
    ("practice_id", "Practice", "text", "", None, None, "the id of the practice in hearten's library"),
    ("planned_seconds", "Planned length", "text", "number", 0, 86400, "seconds"),
    ("actual_seconds", "Time practised", "text", "number", 0, 86400, "seconds"),
    ("completed", "Completed", "yesno", "", None, None, "1 finished, 0 stopped early"),
    ("distress_before", "Distress before", "text", "integer", 0, 10, "0 none, 10 the most"),
    ("distress_after", "Distress after", "text", "integer", 0, 10, "0 none, 10 the most"),
    ("mood", "Mood afterwards", "text", "integer", 0, 10, "0 the worst, 10 the best"),
    ("stopped_reason", "Why it stopped", "text", "", None, None, "empty when completed, e.g. too_much or abandoned"),
)
_APP_MEASURES = {"practice_id", "planned_seconds", "actual_seconds", "completed", "stopped_reason"}


def checkin_variable(measure: str) -> str:
    return _name(CHECKIN_FORM, measure)


def practice_variable(measure: str) -> str:
    return _name(PRACTICE_FORM, measure.removeprefix("practice_"))


# --- the long CSV --------------------------------------------------------------------------


def _cell(value) -> str:
    if type(value) is str and not value.startswith(_FORMULA_START):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    text = str(value)
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text  # a spreadsheet shows it as text instead of running it
    return text


def _key(record) -> str:
    # The uid a record carries everywhere; a caller's row id will do when there is none.
    key = getattr(record, "uid", None) or getattr(record, "id", None)
    if key is None:
        raise InvalidInput("every exported record needs a uid or an id")
    return str(key)


def _stamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise InvalidInput("every exported time needs its offset from UTC")
    return moment.isoformat(timespec="seconds")


def csv_rows(study: StudyData) -> list[dict]:
    """The long table: one row per answer or measure, only from consented scopes, in a stable order."""
    rows: list[dict] = []
    instants: list[datetime] = []  # beside each row: the text of times in two offsets does not sort by time
    for person in study.participants:
        pid = pseudonym(study.secret, person.participant_id, study_id=study.study_id)

        def event(kind: str, uid: str) -> str:
            return event_pseudonym(study.secret, study.study_id, kind, uid)

        def add(scope, form, instrument, version, event_id, variable, item, value, at, source):
            if value is None:
                return  # a skipped answer or an unrecorded measure has no row
            instants.append(moment)
            rows.append(
                {
                    "participant_id": pid,
                    "scope": scope,
                    "form": form,
                    "instrument": instrument,
                    "instrument_version": version,
                    "event_id": event_id,
                    "variable": variable,
                    "item": item,
                    "value": value,
                    "timestamp": at,
                    "source": source,
                }
            )

        if "checkins" in person.scopes:
            for checkin in person.checkins:
                eid, at, moment = event("checkin", _key(checkin)), _stamp(checkin.at), checkin.at
                for measure, *_ in CHECKIN_MEASURES:
                    add(
                        "checkins",
                        CHECKIN_FORM,
                        CHECKIN_INSTRUMENT,
                        FORM_VERSION,
                        eid,
                        checkin_variable(measure),
                        measure,
                        getattr(checkin, measure, None),
                        at,
                        "self-report",
                    )
        if "practices" in person.scopes:
            for session in person.sessions:
                eid, at, moment = event("session", _key(session)), _stamp(session.started_at), session.started_at
                for measure, *_ in PRACTICE_MEASURES:
                    source = "app" if measure in _APP_MEASURES else "self-report"
                    add(
                        "practices",
                        PRACTICE_FORM,
                        PRACTICE_INSTRUMENT,
                        FORM_VERSION,
                        eid,
                        practice_variable(measure),
                        measure,
                        getattr(session, measure, None),
                        at,
                        source,
                    )
        if "assessments" in person.scopes:
            for taken in person.assessments:
                eid, at, moment = event("assessment", _key(taken)), _stamp(taken.taken_at), taken.taken_at
                iid, version, form = taken.instrument_id, taken.instrument_version, instrument_form(taken.instrument_id)
                known = study.instruments.get(iid)
                order = known.item_ids() if known is not None else []
                order += [k for k in taken.answers if k not in order]
                for item_id in order:
                    add(
                        "assessments",
                        form,
                        iid,
                        version,
                        eid,
                        item_variable(iid, item_id),
                        item_id,
                        taken.answers.get(item_id),
                        at,
                        "self-report",
                    )
                for sub_id, value in taken.subscales.items():
                    add(
                        "assessments",
                        form,
                        iid,
                        version,
                        eid,
                        subscale_variable(iid, sub_id),
                        sub_id,
                        value,
                        at,
                        "score",
                    )
                add("assessments", form, iid, version, eid, total_variable(iid), "total", taken.total, at, "score")
                add("assessments", form, iid, version, eid, band_variable(iid), "band", taken.band, at, "score")
    # By person, then time, then record; the stable sort keeps a record's rows in their declared order.
    order = sorted(range(len(rows)), key=lambda n: (rows[n]["participant_id"], instants[n], rows[n]["event_id"]))
    return [rows[n] for n in order]


# Columns whose text came from a participant's device; the rest hearten wrote itself.
_FROM_DATA = frozenset({"instrument", "instrument_version", "item", "value"})


def _csv_text(columns, rows, *, guard: bool = True) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    if guard:
        writer.writerows([_cell(row[c]) if c in _FROM_DATA else row[c] for c in columns] for row in rows)
    else:
        writer.writerows([str(row.get(c, "")) for c in columns] for row in rows)
    return buffer.getvalue().encode("utf-8")


# --- the REDCap data dictionary -----------------------------------------------------------


def _field(variable, form, ftype, label, **extra) -> dict:
    row = dict.fromkeys(REDCAP_COLUMNS, "")
    row.update({"Variable / Field Name": variable, "Form Name": form, "Field Type": ftype, "Field Label": label})
    names = {
        "section": "Section Header",
        "choices": "Choices, Calculations, OR Slider Labels",
        "note": "Field Note",
        "validation": "Text Validation Type OR Show Slider Number",
        "low": "Text Validation Min",
        "high": "Text Validation Max",
        "required": "Required Field?",
        "annotation": "Field Annotation",
    }
    for key, value in extra.items():
        row[names[key]] = "" if value is None else str(value)
    return row


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _scale_note(instrument: Instrument) -> str:
    scale = instrument.scale
    anchors = "; ".join(
        f"{v} = {scale.labels[str(v)]}" for v in range(scale.min, scale.max + 1) if str(v) in scale.labels
    )
    return f"{scale.min} to {scale.max}" + (f" ({anchors})" if anchors else "")


def instrument_fields(instrument: Instrument) -> list[dict]:
    """REDCap fields for one instrument: its items, then its scores (filled by hearten, read-only)."""
    form = instrument_form(instrument.id)
    scale = instrument.scale
    flip = scale.min + scale.max
    required = "y" if instrument.missing.policy == "all_required" else ""
    out = []
    for position, item in enumerate(instrument.items):
        label = item.text or f"{instrument.title}, item {item.id} (wording not shipped with hearten)"
        notes = [f"subscale: {item.subscale}"]
        if item.reversed:
            notes.append(f"reverse-keyed: scored as {flip} minus the answer")
        section = (
            _one_line(f"{instrument.title} (version {instrument.version}). {instrument.instructions}")
            if position == 0
            else ""
        )
        if scale.fully_labelled:
            choices = " | ".join(f"{v}, {scale.label(v).replace('|', '/')}" for v in range(scale.min, scale.max + 1))
            out.append(
                _field(
                    item_variable(instrument.id, item.id),
                    form,
                    "radio",
                    label,
                    section=section,
                    choices=choices,
                    note="; ".join(notes),
                    required=required,
                )
            )
        else:
            notes.insert(0, _scale_note(instrument))
            out.append(
                _field(
                    item_variable(instrument.id, item.id),
                    form,
                    "text",
                    label,
                    section=section,
                    note="; ".join(notes),
                    validation="integer",
                    low=scale.min,
                    high=scale.max,
                    required=required,
                )
            )
    how = instrument.scoring.subscale
    for sub in instrument.subscales:
        out.append(
            _field(
                subscale_variable(instrument.id, sub.id),
                form,
                "text",
                f"{sub.title} ({how} of its items)",
                note="computed by hearten; reverse-keyed items reversed first",
                validation="number",
                annotation="@READONLY",
            )
        )
    if instrument.scoring.total != "none":
        out.append(
            _field(
                total_variable(instrument.id),
                form,
                "text",
                f"{instrument.title}: total",
                note=f"computed by hearten: {instrument.scoring.total.replace('_', ' ')}",
                validation="number",
                annotation="@READONLY",
            )
        )
    if instrument.bands:
        choices = " | ".join(f"{b.name}, {b.name}" for b in instrument.bands)
        out.append(
            _field(
                band_variable(instrument.id),
                form,
                "text",
                f"{instrument.title}: band",
                note=f"computed by hearten from the total; one of: {choices.replace(' | ', ', ')}",
                annotation="@READONLY",
            )
        )
    return out


def dictionary_rows(study: StudyData, rows: list[dict] | None = None) -> list[dict]:
    """REDCap data dictionary rows covering every variable the long CSV can hold."""
    out = [
        _field(
            RECORD_ID,
            RECORD_FORM,
            "text",
            "Pseudonymous participant id",
            note="HMAC-SHA256 of the participant's account id under the study's secret; stable within this study only",
        )
    ]
    for measure, label, ftype, validation, low, high, note in CHECKIN_MEASURES:
        out.append(
            _field(
                checkin_variable(measure),
                CHECKIN_FORM,
                ftype,
                label,
                note=note,
                validation=validation,
                low=low,
                high=high,
                section="Check-in" if measure == CHECKIN_MEASURES[0][0] else "",
            )
        )
    for measure, label, ftype, validation, low, high, note in PRACTICE_MEASURES:
        out.append(
            _field(
                practice_variable(measure),
                PRACTICE_FORM,
                ftype,
                label,
                note=note,
                validation=validation,
                low=low,
                high=high,
                section="Practice session" if measure == PRACTICE_MEASURES[0][0] else "",
            )
        )
    for instrument_id in sorted(study.instruments):
        out.extend(instrument_fields(study.instruments[instrument_id]))
    # A variable only the data knows (an answer to an older version, an instrument not given) still gets a line.
    known = {r["Variable / Field Name"] for r in out}
    for row in _assessment_variables(study) if rows is None else rows:
        if row["variable"] not in known:
            known.add(row["variable"])
            numeric = row["source"] == "score" and row["item"] != "band"
            out.append(
                _field(
                    row["variable"],
                    row["form"],
                    "text",
                    f"{row['instrument']}: {row['item']}",
                    note="not described by the instrument this export was given",
                    validation="number" if numeric else "",
                )
            )
    forms = {RECORD_FORM: 0, CHECKIN_FORM: 1, PRACTICE_FORM: 2}
    first_seen: dict[str, int] = {}
    for n, row in enumerate(out):
        first_seen.setdefault(row["Form Name"], n)
    out.sort(key=lambda r: (forms.get(r["Form Name"], 3), first_seen[r["Form Name"]]))
    return out


def _assessment_variables(study: StudyData):
    """What csv_rows would say about each assessment value's variable, without building the rows."""
    for person in study.participants:
        if "assessments" not in person.scopes:
            continue
        for taken in person.assessments:
            iid = taken.instrument_id
            base = {"form": instrument_form(iid), "instrument": iid}
            for item_id, value in taken.answers.items():
                if value is not None:
                    yield {**base, "variable": item_variable(iid, item_id), "item": item_id, "source": "self-report"}
            for sub_id, value in taken.subscales.items():
                if value is not None:
                    yield {**base, "variable": subscale_variable(iid, sub_id), "item": sub_id, "source": "score"}
            if taken.total is not None:
                yield {**base, "variable": total_variable(iid), "item": "total", "source": "score"}
            if taken.band is not None:
                yield {**base, "variable": band_variable(iid), "item": "band", "source": "score"}


# --- the codebook --------------------------------------------------------------------------


def _md(text) -> str:
    return _one_line(str(text)).replace("|", "\\|")


def _table(head: tuple[str, ...], rows: list[tuple]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
    return lines + [""]


def codebook_markdown(study: StudyData) -> str:
    """A codebook a researcher can read: the files, the pseudonyms, every form, and each scoring key."""
    lines = [f"# Codebook: {_md(study.name)}", ""]
    lines += [f"Study id: {_md(study.study_id)}"]
    if study.exported_at is not None:
        lines += [f"Exported: {_stamp(study.exported_at)}"]
    lines += [
        "",
        "## What the export holds",
        "",
        "Only what each participant chose to share with this study: check-ins, assessments and practice "
        "sessions, each only if that participant consented to it. Journal text, check-in notes, practice "
        "answers and insights are never part of a research export. Data a participant withdrew and asked "
        "to delete is not in it.",
        "",
        "## Participant and record ids",
        "",
        f"`{RECORD_ID}` is a pseudonym: HMAC-SHA256 of the participant's account id, keyed by the "
        f"organisation's secret and this study's id, cut to {PSEUDONYM_HEX * 4} bits. It is the same in every "
        "export of this study and cannot be matched with the id of the same person in another study. "
        "`event_id` names one check-in, assessment or session the same way.",
        "",
        "## The long CSV",
        "",
    ]
    lines += _table(
        ("column", "meaning"),
        [
            ("participant_id", "the participant's pseudonym"),
            ("scope", "the consent scope the row comes from: " + ", ".join(EXPORTED_SCOPES)),
            ("form", "the REDCap form (see the data dictionary)"),
            ("instrument", "the instrument id; hearten-checkin and hearten-practice are hearten's own forms"),
            ("instrument_version", "the version of the instrument that was answered"),
            ("event_id", "one check-in, assessment or practice session"),
            ("variable", "the REDCap variable name, described in the data dictionary"),
            ("item", "the item or measure id within its instrument"),
            ("value", "the answer or measure; a skipped answer or unrecorded measure has no row"),
            ("timestamp", "when, in ISO 8601 with its offset from UTC (+00:00 for everything the server recorded)"),
            ("source", "; ".join(f"{k}: {v}" for k, v in SOURCES.items())),
        ],
    )
    lines += [
        "The table is long: one row per value. For REDCap, or any tool that wants one row per "
        "questionnaire, pivot it to one row per `event_id` with `variable` as the columns and "
        "`participant_id` as the record id; the data dictionary describes those columns.",
        "",
    ]
    lines += ["## Check-ins (`hearten_checkin`)", ""]
    lines += _table(
        ("variable", "measure", "range", "meaning"),
        [(checkin_variable(m), label, _range(v, lo, hi), note) for m, label, _, v, lo, hi, note in CHECKIN_MEASURES],
    )
    lines += ["## Practice sessions (`hearten_practice`)", ""]
    lines += _table(
        ("variable", "measure", "range", "meaning"),
        [(practice_variable(m), label, _range(v, lo, hi), note) for m, label, _, v, lo, hi, note in PRACTICE_MEASURES],
    )
    for instrument_id in sorted(study.instruments):
        lines += _instrument_section(study.instruments[instrument_id])
    return "\n".join(lines).rstrip() + "\n"


def _range(validation: str, low, high) -> str:
    if low is None:
        return "text" if validation == "" else validation
    return f"{low} to {high}"


def _instrument_section(instrument: Instrument) -> list[str]:
    form = instrument_form(instrument.id)
    scale = instrument.scale
    flip = scale.min + scale.max
    lines = [f"## {_md(instrument.title)} (`{form}`, id {instrument.id}, version {_md(instrument.version)})", ""]
    lines += [_md(instrument.provenance), "", f"Answers: whole numbers from {_scale_note(instrument)}.", ""]
    lines += _table(
        ("variable", "item", "subscale", "reverse-keyed", "wording"),
        [
            (
                item_variable(instrument.id, i.id),
                i.id,
                i.subscale,
                "yes" if i.reversed else "no",
                i.text or "not shipped with hearten",
            )
            for i in instrument.items
        ],
    )
    reversed_items = [i.id for i in instrument.items if i.reversed]
    how = "mean" if instrument.scoring.subscale == "mean" else "sum"
    lines += ["### Scoring key", ""]
    lines += [
        f"- Reverse-keyed items ({flip} minus the answer before scoring): "
        + (", ".join(reversed_items) if reversed_items else "none")
        + ".",
        f"- Each subscale score is the {how} of its items.",
        f"- Total: {_total_words(instrument)}.",
        f"- Missing answers: {_missing_words(instrument)}.",
        "",
    ]
    lines += _table(
        ("subscale", "variable", "items"),
        [
            (s.title, subscale_variable(instrument.id, s.id), ", ".join(i.id for i in instrument.subscale_items(s.id)))
            for s in instrument.subscales
        ],
    )
    if instrument.scoring.total != "none":
        lines += [f"Total variable: `{total_variable(instrument.id)}`.", ""]
    if instrument.bands:
        lines += [
            f"Bands (`{band_variable(instrument.id)}`; lower edge included, the top band includes its upper edge):",
            "",
        ]
        lines += _table(("band", "from", "to"), [(b.name, f"{b.min:g}", f"{b.max:g}") for b in instrument.bands])
    for note in instrument.notes:
        lines += [f"> {_md(note)}", ""]
    return lines


def _total_words(instrument: Instrument) -> str:
    return {
        "mean_of_subscales": "the mean of the subscale scores, when every subscale is scored",
        "mean_of_items": "the mean of all items",
        "sum": "the sum of all items",
        "none": "none",
    }.get(instrument.scoring.total, instrument.scoring.total)


def _missing_words(instrument: Instrument) -> str:
    policy = instrument.missing
    if policy.policy == "all_required":
        return "every item must be answered"
    share = policy.min_share if policy.min_share is not None else 1
    return f"scores use the mean of the answered items when at least {share:.0%} of them are answered (prorated)"


# --- FHIR ----------------------------------------------------------------------------------


def fhir_bundle(study: StudyData) -> dict:
    """A collection Bundle: the Questionnaires used, then one QuestionnaireResponse per shared assessment."""
    system = f"{PARTICIPANT_SYSTEM}{study.study_id}"
    responses, used = [], []
    for person in study.participants:
        if "assessments" not in person.scopes:
            continue
        pid = pseudonym(study.secret, person.participant_id, study_id=study.study_id)
        for taken in person.assessments:
            eid = event_pseudonym(study.secret, study.study_id, "assessment", _key(taken))
            renamed = SimpleNamespace(
                uid=eid,
                instrument_id=taken.instrument_id,
                instrument_version=taken.instrument_version,
                taken_at=taken.taken_at,
                answers=dict(taken.answers),
                subscales=dict(taken.subscales),
                total=taken.total,
                band=taken.band,
            )
            instrument = study.instruments.get(taken.instrument_id)
            if instrument is not None:
                resource = fhir.assessment_to_questionnaire_response(renamed, instrument)
                if taken.instrument_id not in used:
                    used.append(taken.instrument_id)
            else:
                resource = _bare_response(renamed)
            resource["subject"] = {"identifier": {"system": system, "value": pid}}
            responses.append((pid, resource["authored"], eid, resource))
    responses.sort(key=lambda r: r[:3])
    entries = [
        {"fullUrl": fhir.QUESTIONNAIRE_BASE + iid, "resource": fhir.instrument_to_questionnaire(study.instruments[iid])}
        for iid in sorted(used)
    ]
    entries += [
        {"fullUrl": f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, system + '/' + eid)}", "resource": resource}
        for _, _, eid, resource in responses
    ]
    bundle = {"resourceType": "Bundle", "type": "collection"}
    if study.exported_at is not None:
        bundle["timestamp"] = _stamp(study.exported_at)
    bundle["entry"] = entries
    return bundle


def _bare_response(taken) -> dict:
    # An instrument this export was not given: answers as plain integers, scores in our extension.
    scores = {"subscales": taken.subscales, "total": taken.total, "band": taken.band}
    response = {
        "resourceType": "QuestionnaireResponse",
        "id": taken.uid,
        "extension": [{"url": fhir.EXTENSION_URL, "valueString": json.dumps(scores, sort_keys=True)}],
        "questionnaire": f"{fhir.QUESTIONNAIRE_BASE}{taken.instrument_id}|{taken.instrument_version}",
        "status": "completed",
        "authored": taken.taken_at.isoformat(),
    }
    items = [{"linkId": k, "answer": [{"valueInteger": v}]} for k, v in taken.answers.items() if v is not None]
    if items:
        response["item"] = items
    return response


# --- the one entry point -------------------------------------------------------------------


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-")[:40].strip("-")
    return slug or "study"


def filename(fmt: str, study: StudyData) -> str:
    ext = {"csv": "csv", "redcap-dictionary": "csv", "codebook": "md", "fhir": "json"}[fmt]
    kind = {"csv": "data", "redcap-dictionary": "redcap-dictionary", "codebook": "codebook", "fhir": "fhir-bundle"}[fmt]
    day = f"-{study.exported_at.date().isoformat()}" if study.exported_at is not None else ""
    return f"{_slug(study.name)}-{kind}{day}.{ext}"


def export(fmt: str, *, study: StudyData) -> tuple[str, str, bytes]:
    """(filename, media type, body) of one research export format: csv, redcap-dictionary, codebook or fhir."""
    if fmt not in FORMATS:
        raise InvalidInput(f"the export format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt == "csv":
        body = _csv_text(CSV_COLUMNS, csv_rows(study))
    elif fmt == "redcap-dictionary":
        # Not guarded: REDCap reads it, and its action tags (@READONLY) begin with '@'.
        body = _csv_text(REDCAP_COLUMNS, dictionary_rows(study), guard=False)
    elif fmt == "codebook":
        body = codebook_markdown(study).encode("utf-8")
    else:
        body = (json.dumps(fhir_bundle(study), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return filename(fmt, study), MEDIA_TYPES[fmt], body
