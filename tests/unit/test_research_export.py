"""The research export: long CSV, REDCap dictionary, codebook and FHIR, only from consented scopes."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime, timedelta, timezone

import pytest
from fhir.resources.R4B.bundle import Bundle
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hearten.content.instruments import load_instruments
from hearten.domain.instruments import attach_item_text, new_assessment
from hearten.domain.records import InvalidInput, NewCheckin, NewSession
from hearten.domain.research_export import (
    CSV_COLUMNS,
    EXPORTED_SCOPES,
    FORMATS,
    REDCAP_COLUMNS,
    SCOPES,
    ParticipantData,
    StudyData,
    export,
    pseudonym,
)

SHIPPED = load_instruments()
WEEKLY = SHIPPED["wellbeing-weekly"]
CHECKIN_INSTRUMENT = SHIPPED["self-compassion-checkin"]
SCS_SF = SHIPPED["scs-sf-12"]
SCS_TEXT = attach_item_text(SCS_SF, [f"Statement {n}" for n in range(1, 13)], "my-scs-sf")
INSTRUMENTS = {**SHIPPED, SCS_TEXT.id: SCS_TEXT}
ANSWERABLE = [i for i in INSTRUMENTS.values() if not i.requires_item_text]
SECRET = b"a study secret of enough bytes!!"
ZONE = timezone(timedelta(hours=-5, minutes=-30))
WHEN = datetime(2026, 3, 4, 21, 15, 30, tzinfo=ZONE)


def checkin(**fields):
    return NewCheckin(**{"at": WHEN, "mood": 3, "distress": 8, "sleep_hours": 6.5, "note": "my private note", **fields})


def session(**fields):
    return NewSession(
        **{
            "practice_id": "soothing-touch",
            "started_at": WHEN,
            "ended_at": WHEN + timedelta(minutes=5),
            "planned_seconds": 300,
            "actual_seconds": 120,
            "completed": False,
            "stopped_reason": "too_much",
            "distress_before": 6,
            "distress_after": 4,
            "answers": {"step": "my private answer"},
            **fields,
        }
    )


def assessment(instrument=WEEKLY, value=None, **fields):
    low = instrument.scale.min
    answers = {i: (low if value is None else value) for i in instrument.item_ids()}
    return new_assessment(instrument, answers, taken_at=fields.pop("taken_at", WHEN))


def everyone(scopes=EXPORTED_SCOPES, pid="person-1", **records):
    return ParticipantData(
        participant_id=pid,
        scopes=frozenset(scopes),
        checkins=records.get("checkins", [checkin()]),
        assessments=records.get("assessments", [assessment(), assessment(SCS_TEXT)]),
        sessions=records.get("sessions", [session()]),
    )


def study(*people, study_id="study-a", secret=SECRET, instruments=INSTRUMENTS, **extra):
    return StudyData(
        study_id=study_id,
        name="Kind Minds: a pilot",
        secret=secret,
        participants=people,
        instruments=instruments,
        **extra,
    )


def body(fmt, data) -> str:
    return export(fmt, study=data)[2].decode("utf-8")


def csv_table(data) -> list[dict]:
    return list(csv.DictReader(io.StringIO(body("csv", data))))


def dictionary(data) -> list[dict]:
    return list(csv.DictReader(io.StringIO(body("redcap-dictionary", data))))


# --- pseudonyms ------------------------------------------------------------------------------


def test_pseudonym_is_stable_short_and_keyed():
    first = pseudonym(SECRET, "person-1", study_id="s")
    assert first == pseudonym(SECRET, "person-1", study_id="s")
    assert re.fullmatch(r"p-[0-9a-f]{20}", first)
    assert first != pseudonym(SECRET, "person-2", study_id="s")
    assert first != pseudonym(b"another secret of enough bytes!!", "person-1", study_id="s")
    assert first != pseudonym(SECRET, "person-1", study_id="t")
    # an int id and its text are the same person
    assert pseudonym(SECRET, 7) == pseudonym(SECRET, "7")


def test_the_parts_of_a_pseudonym_cannot_slide_into_each_other():
    assert pseudonym(SECRET, "2", study_id="1") != pseudonym(SECRET, "", study_id="12")


def test_a_short_secret_is_refused():
    with pytest.raises(InvalidInput):
        study(everyone(), secret=b"short")


# --- the long CSV ----------------------------------------------------------------------------


def test_csv_has_one_row_per_answer_and_measure_with_offsets():
    rows = csv_table(study(everyone()))
    assert tuple(rows[0]) == CSV_COLUMNS
    checkin_rows = [r for r in rows if r["scope"] == "checkins"]
    # mood, distress and sleep were given; the rest were not, so they have no row
    assert {r["item"]: r["value"] for r in checkin_rows} == {"mood": "3", "distress": "8", "sleep_hours": "6.5"}
    assert all(r["timestamp"] == "2026-03-04T21:15:30-05:30" for r in checkin_rows)
    weekly = [r for r in rows if r["instrument"] == "wellbeing-weekly"]
    answers = [r for r in weekly if r["source"] == "self-report"]
    assert [r["item"] for r in answers] == WEEKLY.item_ids()
    assert {r["instrument_version"] for r in weekly} == {WEEKLY.version}
    scores = {r["item"] for r in weekly if r["source"] == "score"}
    assert {s.id for s in WEEKLY.subscales} <= scores
    practice = {r["item"]: r["value"] for r in rows if r["scope"] == "practices"}
    assert practice["completed"] == "0" and practice["stopped_reason"] == "too_much"
    assert len({r["event_id"] for r in rows}) == 4  # one check-in, two assessments, one session


def test_free_text_and_device_ids_never_leave():
    person = everyone()
    text = "".join(body(fmt, study(person)) for fmt in FORMATS)
    assert "my private note" not in text and "my private answer" not in text
    assert "person-1" not in text
    for record in (*person.checkins, *person.assessments, *person.sessions):
        assert record.uid not in text


def test_only_consented_scopes_are_exported():
    rows = csv_table(study(everyone(scopes={"checkins", "journal", "insights"})))
    assert rows and {r["scope"] for r in rows} == {"checkins"}
    fhir = json.loads(body("fhir", study(everyone(scopes={"checkins"}))))
    assert fhir["entry"] == []


def test_consent_to_nothing_exports_nothing():
    assert csv_table(study(everyone(scopes=()))) == []


def test_an_unknown_scope_is_refused():
    with pytest.raises(InvalidInput):
        everyone(scopes={"checkins", "everything"})


def test_text_that_a_spreadsheet_would_run_is_kept_as_text():
    rows = csv_table(study(everyone(sessions=[session(stopped_reason="=HYPERLINK(1)")])))
    assert {r["value"] for r in rows if r["item"] == "stopped_reason"} == {"'=HYPERLINK(1)"}


def test_rows_are_grouped_by_person_then_time():
    early = checkin(at=WHEN - timedelta(days=2))
    # an hour later than WHEN, though its text, written in UTC+9, sorts first
    later = checkin(at=(WHEN + timedelta(hours=1)).astimezone(timezone(timedelta(hours=9))), mood=9)
    rows = csv_table(study(everyone(checkins=[later, checkin(), early], assessments=[], sessions=[])))
    moments = [datetime.fromisoformat(r["timestamp"]) for r in rows]
    assert moments == sorted(moments)
    assert [r["value"] for r in rows if r["item"] == "mood"] == ["3", "3", "9"]


def test_an_unknown_format_is_refused():
    with pytest.raises(InvalidInput):
        export("xlsx", study=study())


def test_names_and_media_types():
    data = study(everyone(), exported_at=datetime(2026, 4, 1, 12, tzinfo=UTC))
    seen = {fmt: export(fmt, study=data)[:2] for fmt in FORMATS}
    assert seen["csv"] == ("kind-minds-a-pilot-data-2026-04-01.csv", "text/csv; charset=utf-8")
    assert seen["redcap-dictionary"][0].endswith("redcap-dictionary-2026-04-01.csv")
    assert seen["codebook"] == ("kind-minds-a-pilot-codebook-2026-04-01.md", "text/markdown; charset=utf-8")
    assert seen["fhir"] == ("kind-minds-a-pilot-fhir-bundle-2026-04-01.json", "application/fhir+json")


# --- the REDCap dictionary -------------------------------------------------------------------


def test_dictionary_uses_redcaps_columns_and_starts_with_the_record_id():
    text = body("redcap-dictionary", study(everyone()))
    header = next(csv.reader(io.StringIO(text)))
    assert header == list(REDCAP_COLUMNS)
    assert len(header) == 18
    rows = dictionary(study(everyone()))
    assert rows[0]["Variable / Field Name"] == "participant_id"
    assert rows[0]["Identifier?"] == ""  # a pseudonym, not an identifier


def test_dictionary_names_are_valid_redcap_names_and_unique():
    rows = dictionary(study(everyone()))
    names = [r["Variable / Field Name"] for r in rows]
    assert len(names) == len(set(names))
    for row in rows:
        assert re.fullmatch(r"[a-z][a-z0-9_]{0,99}", row["Variable / Field Name"])
        assert re.fullmatch(r"[a-z][a-z0-9_]*", row["Form Name"])
        assert row["Field Type"] in {"text", "radio", "yesno"}


def test_dictionary_describes_items_scales_and_reverse_keying():
    rows = {r["Variable / Field Name"]: r for r in dictionary(study(everyone()))}
    item = rows["my_scs_sf_item_1"]
    assert item["Field Label"] == "Statement 1"
    assert item["Text Validation Type OR Show Slider Number"] == "integer"
    assert (item["Text Validation Min"], item["Text Validation Max"]) == ("1", "5")
    assert item["Required Field?"] == "y"
    for it in SCS_TEXT.items:
        note = rows[f"my_scs_sf_item_{it.id}"]["Field Note"]
        assert ("reverse-keyed" in note) == it.reversed
    if CHECKIN_INSTRUMENT.scale.fully_labelled:
        first = rows[f"self_compassion_checkin_item_{CHECKIN_INSTRUMENT.items[0].id.replace('-', '_')}"]
        assert first["Field Type"] == "radio"
        low = CHECKIN_INSTRUMENT.scale.min
        assert first["Choices, Calculations, OR Slider Labels"].startswith(
            f"{low}, {CHECKIN_INSTRUMENT.scale.label(low)}"
        )
    score = rows["my_scs_sf_total"]
    assert score["Field Annotation"] == "@READONLY"
    # a scoring key without its wording still gets a line per item, saying the wording is not shipped
    assert "not shipped" in rows["scs_sf_12_item_1"]["Field Label"]


def test_dictionary_covers_answers_to_an_instrument_it_was_not_given():
    data = study(everyone(), instruments={})
    names = {r["Variable / Field Name"] for r in dictionary(data)}
    assert {r["variable"] for r in csv_table(data)} <= names


# --- the codebook ----------------------------------------------------------------------------


def test_codebook_lists_scoring_keys_and_reverse_keyed_items():
    text = body("codebook", study(everyone()))
    assert text.startswith("# Codebook: Kind Minds: a pilot\n")
    reversed_items = [i.id for i in SCS_SF.items if i.reversed]
    assert reversed_items, "the short form has reverse-keyed items"
    section = text.split("(`scs_sf_12`")[1].split("\n## ")[0]
    flip = SCS_SF.scale.min + SCS_SF.scale.max
    assert f"Reverse-keyed items ({flip} minus the answer before scoring): {', '.join(reversed_items)}." in section
    for sub in SCS_SF.subscales:
        assert sub.title.replace("|", "\\|") in section
    assert "Missing answers: every item must be answered." in section
    for column in CSV_COLUMNS:
        assert f"| {column} |" in text


# --- FHIR ------------------------------------------------------------------------------------


def test_fhir_bundle_validates_and_names_people_by_pseudonym():
    data = study(everyone(), everyone(pid="person-2", assessments=[assessment(CHECKIN_INSTRUMENT)]))
    bundle = json.loads(body("fhir", data))
    Bundle.model_validate(bundle)
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds == ["Questionnaire"] * 3 + ["QuestionnaireResponse"] * 3
    subjects = {e["resource"]["subject"]["identifier"]["value"] for e in bundle["entry"] if "subject" in e["resource"]}
    assert subjects == {
        pseudonym(SECRET, "person-1", study_id="study-a"),
        pseudonym(SECRET, "person-2", study_id="study-a"),
    }
    urls = [e["fullUrl"] for e in bundle["entry"]]
    assert len(urls) == len(set(urls))


def test_fhir_answers_to_an_unknown_instrument_still_validate():
    bundle = json.loads(body("fhir", study(everyone(), instruments={})))
    Bundle.model_validate(bundle)
    assert [e["resource"]["resourceType"] for e in bundle["entry"]] == ["QuestionnaireResponse"] * 2


# --- properties ------------------------------------------------------------------------------

scales = st.integers(min_value=0, max_value=10) | st.none()
checkins = st.builds(
    checkin,
    mood=scales,
    distress=scales,
    sleep_hours=st.none() | st.floats(0, 24, allow_nan=False),
    at=st.datetimes(
        min_value=datetime(2020, 1, 1),
        max_value=datetime(2030, 1, 1),
        timezones=st.sampled_from([UTC, ZONE, timezone(timedelta(hours=9))]),
    ),
)
sessions = st.builds(session, completed=st.booleans(), distress_before=scales)


@st.composite
def assessments(draw):
    instrument = draw(st.sampled_from(ANSWERABLE))
    return assessment(instrument, draw(st.integers(instrument.scale.min, instrument.scale.max)))


people = st.builds(
    lambda pid, scopes, c, a, s: ParticipantData(
        participant_id=pid, scopes=scopes, checkins=c, assessments=a, sessions=s
    ),
    st.text(min_size=1, max_size=12),
    st.frozensets(st.sampled_from(SCOPES)),
    st.lists(checkins, max_size=3),
    st.lists(assessments(), max_size=2),
    st.lists(sessions, max_size=2),
)
studies = st.builds(
    lambda ps, sid: study(*ps, study_id=sid),
    st.lists(people, max_size=4, unique_by=lambda p: p.participant_id),
    st.text(max_size=8),
)
quick = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@quick
@given(studies)
def test_every_row_comes_from_a_scope_its_person_consented_to(data):
    consented = {pseudonym(SECRET, p.participant_id, study_id=data.study_id): p.scopes for p in data.participants}
    rows = csv_table(data)
    for row in rows:
        assert row["scope"] in consented[row["participant_id"]]
    # a check-in with no measure given (only a note, say) has nothing to export
    measured = [c for p in data.participants for c in p.checkins if {c.mood, c.distress, c.sleep_hours} != {None}]
    expected = sum(
        sum(c in measured for c in p.checkins) * ("checkins" in p.scopes)
        + len(p.assessments) * ("assessments" in p.scopes)
        + len(p.sessions) * ("practices" in p.scopes)
        for p in data.participants
    )
    assert len({r["event_id"] for r in rows}) == expected
    fhir = json.loads(body("fhir", data))
    for entry in fhir["entry"]:
        if "subject" in entry["resource"]:
            assert "assessments" in consented[entry["resource"]["subject"]["identifier"]["value"]]


@quick
@given(studies)
def test_the_dictionary_covers_every_variable_in_the_csv(data):
    names = {r["Variable / Field Name"] for r in dictionary(data)}
    assert {r["variable"] for r in csv_table(data)} <= names


@quick
@given(studies, st.text(max_size=8))
def test_ids_are_stable_within_a_study_and_unlinkable_across(data, other_id):
    first, again = csv_table(data), csv_table(data)
    assert first == again
    elsewhere = csv_table(study(*data.participants, study_id=other_id))
    if other_id != data.study_id:
        assert not {r["participant_id"] for r in first} & {r["participant_id"] for r in elsewhere}
        assert not {r["event_id"] for r in first} & {r["event_id"] for r in elsewhere}


def test_plain_rows_with_only_an_id_export_too():
    from types import SimpleNamespace

    row = SimpleNamespace(
        id=17, at=WHEN, mood=5, distress=None, sleep_hours=None, active_minutes=None, social=None, food=None
    )
    data = study(everyone(checkins=[row], assessments=[], sessions=[]))
    rows = csv_table(data)
    assert [(r["item"], r["value"]) for r in rows] == [("mood", "5")]
    assert rows[0]["event_id"].startswith("e-")
