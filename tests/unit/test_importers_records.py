"""An import checks every field of every record first: a bad one is refused by name and nothing is written."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime

import pytest

from hearten import services
from hearten.domain.records import InvalidInput, NewAssessment, NewEntry, NewSession
from hearten.services import assessments

WHEN = datetime(2026, 3, 10, 20, 15, tzinfo=UTC)


@pytest.fixture
def export(sqlite_store) -> dict:
    services.add_entry(sqlite_store, text="A hard day, written down.", mood=4, at=WHEN)
    from hearten.services import practice_sessions

    practice_sessions.run_scripted(
        sqlite_store, practice_id="self-care-check", fast=True, answers={"sleep": 4, "joy": "music"}
    )
    assessments.take(sqlite_store, instrument_id="self-compassion-checkin", answers=[3] * 12, at=WHEN)
    document = services.export_document(sqlite_store)
    sqlite_store.wipe()
    return document


def _refused(store, document, *words):
    before = services.export_document(store)
    with pytest.raises(InvalidInput) as refused:
        services.import_bytes(store, data=json.dumps(document).encode(), name="export.json")
    message = str(refused.value)
    assert "\n" not in message and message.startswith("export.json: ")
    for word in words:
        assert word in message, message
    after = services.export_document(store)
    before.pop("exported_at"), after.pop("exported_at")
    assert after == before
    return message


def _changed(export, change):
    document = copy.deepcopy(export)
    change(document)
    return document


def test_the_export_itself_imports(sqlite_store, export):
    added = services.import_bytes(sqlite_store, data=json.dumps(export).encode(), name="export.json")["added"]
    assert added["entries"] == 1 and added["sessions"] == 1 and added["assessments"] == 1


def test_a_subscale_as_text_is_refused(sqlite_store, export):
    def change(d):
        d["assessments"][0]["subscales"]["self_kindness"] = "3.5"

    _refused(sqlite_store, _changed(export, change), "assessments[0]", "subscales 'self_kindness'", "must be a number")


def test_a_nested_answer_in_a_session_is_refused(sqlite_store, export):
    def change(d):
        d["sessions"][0]["answers"]["joy"] = {"nested": ["value"]}

    _refused(sqlite_store, _changed(export, change), "sessions[0]", "answers 'joy'", "not a mapping")


def test_an_instrument_with_reversed_yes_is_refused(sqlite_store, export):
    def change(d):
        d["instruments"][0]["definition"]["items"][0]["reversed"] = "yes"

    _refused(sqlite_store, _changed(export, change), "instruments[0]", "reversed")


def test_a_lone_surrogate_in_an_entry_is_refused(sqlite_store, export):
    def change(d):
        d["entries"][0]["text"] = "broken \ud800 text"

    _refused(sqlite_store, _changed(export, change), "entries[0]", "broken character")


@pytest.mark.parametrize("field,value", [("mood", True), ("mood", "4"), ("mood", 4.5), ("mood", 1e300)])
def test_numbers_must_be_real_numbers(sqlite_store, export, field, value):
    def change(d):
        d["entries"][0][field] = value

    _refused(sqlite_store, _changed(export, change), "entries[0]", "mood")


def test_dates_outside_what_hearten_keeps_are_refused(sqlite_store, export):
    def change(d):
        d["entries"][0]["created_at"] = "0001-01-01T00:00:00+14:00"

    _refused(sqlite_store, _changed(export, change), "entries[0]", "between the years")


def test_scores_that_do_not_follow_from_the_answers_are_refused(sqlite_store, export):
    def change(d):
        d["assessments"][0]["total"] = 1.0

    _refused(sqlite_store, _changed(export, change), "assessments[0]", "scores")


def test_an_instrument_changed_under_the_same_version_is_refused(sqlite_store, export):
    def change(d):
        d["instruments"][0]["definition"]["title"] = "Something else"

    _refused(sqlite_store, _changed(export, change), "instruments[0]", "new version")


def test_a_session_missing_its_planned_time_is_refused(sqlite_store, export):
    def change(d):
        del d["sessions"][0]["planned_seconds"]

    _refused(sqlite_store, _changed(export, change), "sessions[0]", "planned time")


def test_the_records_themselves_refuse_what_would_break_a_page():
    with pytest.raises(InvalidInput, match="lone surrogate"):
        NewEntry(text="a\udcffb")
    with pytest.raises(InvalidInput, match="list"):
        NewSession(
            practice_id="grounding",
            started_at=WHEN,
            ended_at=WHEN,
            planned_seconds=1,
            actual_seconds=1,
            completed=True,
            answers={"check": [1]},
        )
    with pytest.raises(InvalidInput, match="true or false"):
        NewSession(
            practice_id="grounding",
            started_at=WHEN,
            ended_at=WHEN,
            planned_seconds=1,
            actual_seconds=1,
            completed="yes",
        )
    with pytest.raises(InvalidInput, match="finite"):
        NewAssessment(
            instrument_id="x",
            instrument_version="1",
            taken_at=WHEN,
            answers={},
            subscales={"a": float("nan")},
            total=None,
            band=None,
        )


def test_an_import_takes_bytes_and_writes_no_file(sqlite_store, export, monkeypatch, tmp_path):
    import tempfile

    def no_files(*args, **kwargs):
        raise AssertionError("an import wrote a temporary file")

    for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryDirectory", "TemporaryFile"):
        monkeypatch.setattr(tempfile, name, no_files)
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    result = services.import_bytes(sqlite_store, data=json.dumps(export).encode(), name="upload.json")
    assert result["added"]["entries"] == 1
    assert list(here.iterdir()) == []


def test_a_daylio_row_imported_by_an_older_hearten_is_recognised(sqlite_store):
    from hearten.domain import importers

    daylio = (
        b"full_date,date,weekday,time,mood,activities,note_title,note\n"
        b"2024-03-05,March 5,Tuesday,07:10,tired-ish,walk,,\n"
        b"2024-03-06,March 6,Wednesday,08:10,good,,,\n"
    )
    batch = importers.parse_daylio_csv(daylio, mood_map={"tired-ish": 3})
    # an older hearten made the uid from the mapped number; store the rows as it did
    # an older hearten put the mapped number in the uid: _uid(source, "checkin", stamp, number, activities)
    older = [
        batch.checkins[0].replace(uid=importers._uid("daylio", "checkin", "2024-03-05T07:10", "3", "walk")),
        batch.checkins[1].replace(uid=importers._uid("daylio", "checkin", "2024-03-06T08:10", "8", "")),
    ]
    sqlite_store.import_records(checkins=older)
    for mapping in ({"tired-ish": 3}, {"tired-ish": 6, "good": 9}):
        result = services.import_bytes(sqlite_store, data=daylio, name="d.csv", source="daylio", mood_map=mapping)
        assert result["added"]["checkins"] == 0, mapping
    assert sorted(c.mood for c in sqlite_store.list_checkins()) == [3, 8]


def test_two_daylio_rows_in_the_same_minute_are_both_kept(sqlite_store):
    daylio = (
        b"full_date,date,weekday,time,mood,activities,note_title,note\n"
        b"2024-03-05,March 5,Tuesday,07:10,good,walk,,\n"
        b"2024-03-05,March 5,Tuesday,07:10,bad,walk,,\n"
    )
    result = services.import_bytes(sqlite_store, data=daylio, name="d.csv", source="daylio")
    assert result["added"]["checkins"] == 2
