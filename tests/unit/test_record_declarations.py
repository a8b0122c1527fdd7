"""Every boundary agrees with the one declaration of each record (domain/records.py).

The store's tables, the `--json` and export shapes, the CSV columns, the API models and
the field tables of docs/data-formats.md are all made from the declarations; these tests
catch a boundary that drifts from them (a column nobody declared, a renamed JSON key).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from hearten import exporters
from hearten.domain import records, shapes
from hearten.domain.records import (
    ASSESSMENT,
    CHECKIN,
    DECLARATIONS,
    ENTRY,
    REFRAME,
    SESSION,
    NewAssessment,
    NewCheckin,
    NewEntry,
    NewReframe,
    NewSession,
)

ROOT = Path(__file__).resolve().parents[2]
AT = datetime(2026, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=2)))
CLASSES = {
    "entries": ("NewEntry", "Entry"),
    "checkins": ("NewCheckin", "Checkin"),
    "sessions": ("NewSession", "Session"),
    "reframes": ("NewReframe", "Reframe"),
    "assessments": ("NewAssessment", "Assessment"),
}


def _fill(store) -> dict:
    """One of every declared record, with every field given, stored and read back."""
    entry_id = store.add_entry(NewEntry(text="a day", created_at=AT, mood=3, tags=("work",)))
    store.update_entry(entry_id, text="a long day", mood=4, at=AT + timedelta(hours=1))
    store.add_checkin(
        NewCheckin(
            at=AT,
            mood=5,
            distress=2,
            sleep_hours=7.5,
            active_minutes=20,
            social=6,
            food=7,
            note="ok",
            activities=("walk",),
        )
    )
    store.add_session(
        NewSession(
            practice_id="grounding",
            started_at=AT,
            ended_at=AT + timedelta(minutes=3),
            planned_seconds=180,
            actual_seconds=175.5,
            completed=False,
            answers={"s": "x"},
            distress_before=6,
            distress_after=4,
            mood=5,
            stopped_reason="stopped",
        ),
        [NewEntry(text="from practice", created_at=AT, kind="practice")],
    )
    store.add_reframe(NewReframe(entry_id=entry_id, original="I failed", reframe="I tried", created_at=AT))
    store.add_assessment(
        NewAssessment(
            instrument_id="scale",
            instrument_version="1",
            taken_at=AT,
            answers={"q1": 2, "q2": None},
            subscales={"a": 1.5},
            total=3.0,
            band="low",
        )
    )
    return {
        "entries": store.list_entries(),
        "checkins": store.list_checkins(),
        "sessions": store.list_sessions(),
        "reframes": store.list_reframes(),
        "assessments": store.list_assessments(),
    }


@pytest.mark.parametrize("declaration", DECLARATIONS, ids=lambda d: d.table)
def test_the_record_classes_are_made_from_the_declaration(declaration):
    new, stored = (getattr(records, name) for name in CLASSES[declaration.table])
    assert stored._fields == tuple(f.name for f in declaration.fields)
    assert new._fields == tuple(f.name for f in declaration.new_fields)
    assert new.declaration is stored.declaration is declaration
    assert {f.json for f in declaration.fields} | {f.link for f in declaration.links} >= {
        f.csv for f in declaration.fields
    }


def test_every_column_of_every_table_is_declared(store):
    """The migrations' tables and the declarations hold the same columns, on SQLite and PostgreSQL."""
    for declaration in DECLARATIONS:
        declared = {column for f in declaration.fields for column in f.columns}
        with store.reading() as cur:
            cur.execute(f"SELECT * FROM {declaration.table} WHERE 1 = 0")
            in_table = {column[0] for column in cur.description}
        assert in_table == declared, declaration.table


def test_json_export_and_csv_shapes_follow_the_declaration(store, tmp_path):
    found = _fill(store)
    for declaration in DECLARATIONS:
        (first, *_) = found[declaration.table]
        shape = shapes.record_dict(declaration, first)
        assert list(shape) == [f.json for f in declaration.fields]
        for f in declaration.fields:
            value = shape[f.json]
            if value is None:
                assert f.nullable and f.kind not in ("tags", "names", "mapping"), f.name
            elif f.kind == "time":
                assert datetime.fromisoformat(value) == getattr(first, f.name)
            elif f.kind in ("tags", "names"):
                assert value == list(getattr(first, f.name))
            else:
                assert value == getattr(first, f.name), f.name
    document = shapes.export_document(**found, instruments=[], exported_at=AT, app_version="test")
    for declaration in DECLARATIONS:
        expected = [f.json for f in declaration.exported_fields] + [f.link for f in declaration.links]
        assert all(list(row) == expected for row in document[declaration.table]), declaration.table
        table = exporters.csv_files(document)[f"{declaration.table}.csv"]
        header = next(csv.reader(io.StringIO(table)))
        assert header == [f.csv for f in declaration.exported_fields] + [f.link for f in declaration.links]
    back = shapes.read_export_document(json.loads(json.dumps(document)))
    (checkin,) = back["checkins"]
    assert checkin.activities == ("walk",) and checkin.sleep_hours == 7.5


def test_the_shapes_are_the_published_ones():
    """The contract: fields are added, never renamed (docs/data-formats.md)."""
    published = {
        ENTRY: ["id", "uid", "text", "created_at", "updated_at", "mood", "tags", "kind", "session_id"],
        CHECKIN: ["id", "uid", "at", "mood", "distress", "sleep_hours", "active_minutes", "social", "food", "note"],
        SESSION: [
            "id",
            "uid",
            "practice_id",
            "started_at",
            "ended_at",
            "planned_seconds",
            "actual_seconds",
            "completed",
            "answers",
            "distress_before",
            "distress_after",
            "mood",
            "stopped_reason",
        ],
        REFRAME: ["id", "uid", "entry_id", "original", "reframe", "created_at"],
        ASSESSMENT: [
            "id",
            "uid",
            "instrument",
            "instrument_version",
            "taken_at",
            "answers",
            "subscales",
            "total",
            "band",
        ],
    }
    for declaration, names in published.items():
        shown = [f.json for f in declaration.fields]
        assert shown[: len(names)] == names, declaration.table


def test_the_api_models_are_made_from_the_declaration():
    from hearten.web import api_schemas as m

    for model, declaration in (
        (m.EntryOut, ENTRY),
        (m.CheckinOut, CHECKIN),
        (m.SessionOut, SESSION),
        (m.AssessmentOut, ASSESSMENT),
    ):
        assert list(model.model_fields) == [f.json for f in declaration.fields], model.__name__
    for model, declaration in ((m.EntryIn, ENTRY), (m.CheckinIn, CHECKIN)):
        assert list(model.model_fields) == [f.json for f in declaration.given_fields], model.__name__
    schema = m.CheckinOut.model_json_schema()["properties"]
    assert schema["mood"]["anyOf"][0] == {"maximum": 10, "minimum": 0, "type": "integer"}
    assert schema["activities"]["description"]


def test_the_data_formats_doc_has_the_current_field_tables():
    text = (ROOT / "docs" / "data-formats.md").read_text(encoding="utf-8")
    assert shapes.with_field_tables(text) == text, "docs/data-formats.md is out of date: run `make docs`"
    for declaration in DECLARATIONS:
        assert all(f"| `{f.json}` |" in text for f in declaration.fields)


def test_a_field_is_checked_by_its_declared_range():
    with pytest.raises(records.InvalidInput, match="sleep must be from 0 to 24 hours"):
        NewCheckin(sleep_hours=25)
    with pytest.raises(records.InvalidInput, match="entry kind must be one of"):
        NewEntry(text="x", kind="diary")
    with pytest.raises(records.InvalidInput, match="cannot end before it starts"):
        NewSession(
            practice_id="p",
            started_at=AT,
            ended_at=AT - timedelta(seconds=1),
            planned_seconds=1,
            actual_seconds=1,
            completed=True,
        )
    assert NewCheckin(note="").note is None and NewCheckin(note=" ok ").note == " ok "


def test_the_checkin_command_has_an_option_for_every_given_field():
    from hearten.cli.checkin import checkin

    options = {p.name: p for p in checkin.params}
    for f in CHECKIN.given_fields:
        assert f.flag in options[f.name].opts, f.name
        assert options[f.name].multiple == (f.kind in ("tags", "names"))
