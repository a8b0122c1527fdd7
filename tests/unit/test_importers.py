"""Importing from jrnl (real output of the installed jrnl) and Daylio (both CSV layouts)."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from hearten.domain import importers
from hearten.domain.importers import (
    DAYLIO_DEFAULT_MOODS,
    ImportBatch,
    ImportFileError,
    parse_daylio_csv,
    parse_jrnl_json,
    parse_jrnl_text,
)
from tests.support.jrnl_fixture import make_jrnl_journal


@pytest.fixture(scope="module")
def jrnl_journal(tmp_path_factory):
    path, exported = make_jrnl_journal(tmp_path_factory.mktemp("jrnl-home"), n=7)
    return path.read_text(encoding="utf-8"), exported


def _naive(dt: datetime) -> datetime:
    return dt.replace(tzinfo=None)


# ---------------------------------------------------------------- jrnl


def test_jrnl_json_export(jrnl_journal):
    _, exported = jrnl_journal
    batch = parse_jrnl_json(exported)
    assert isinstance(batch, ImportBatch)
    assert batch.summary.entries == 7 and batch.summary.source == "jrnl" and batch.checkins == []
    first, walk, third, starred, late = batch.entries[:5]
    assert first.text == "Hard day at work.\n@work felt heavy, but @friends helped."
    assert set(first.tags) == {"work", "friends"}
    assert first.kind == "imported" and first.mood is None
    assert _naive(first.created_at) == datetime(2024, 3, 5, 21, 14)
    assert walk.text == "Morning walk" and walk.tags == ()
    assert set(third.tags) == {"self-care", "rest"} and "caf\u00e9 \u2728" in third.text
    assert starred.text == "Kind words to myself" and starred.tags == ("starred",)
    assert late.text.endswith("Second line of the body @sleep") and late.tags == ("sleep",)


def test_jrnl_text_journal(jrnl_journal):
    text, _ = jrnl_journal
    assert text.startswith("[2024-03-05 09:14:00 PM] Hard day at work.")  # jrnl's own shape
    batch = parse_jrnl_text(text)
    assert batch.summary.entries == 7
    first = batch.entries[0]
    assert _naive(first.created_at) == datetime(2024, 3, 5, 21, 14)
    assert first.text == "Hard day at work.\n@work felt heavy, but @friends helped."
    assert first.tags == ("work", "friends")
    assert batch.entries[3].tags == ("starred",) and batch.entries[3].text == "Kind words to myself"
    assert _naive(batch.entries[1].created_at) == datetime(2024, 3, 6, 7, 2)


def test_jrnl_text_and_json_give_the_same_records(jrnl_journal):
    text, exported = jrnl_journal
    from_text, from_json = parse_jrnl_text(text), parse_jrnl_json(exported)
    assert [e.uid for e in from_text.entries] == [e.uid for e in from_json.entries]
    assert [e.text for e in from_text.entries] == [e.text for e in from_json.entries]
    assert [set(e.tags) for e in from_text.entries] == [set(e.tags) for e in from_json.entries]


def test_importing_twice_gives_the_same_uids(jrnl_journal):
    text, exported = jrnl_journal
    assert [e.uid for e in parse_jrnl_json(exported).entries] == [e.uid for e in parse_jrnl_json(exported).entries]
    assert [e.uid for e in parse_jrnl_text(text).entries] == [e.uid for e in parse_jrnl_text(text.encode()).entries]
    uids = [e.uid for e in parse_jrnl_json(exported).entries]
    assert len(set(uids)) == len(uids) and all(len(u) == 32 for u in uids)


def test_jrnl_text_24_hour_clock_crlf_and_bom():
    text = "\ufeff[2024-01-02 18:30] Evening\r\nbody line @calm\r\n\r\n[2024-01-03 07:05:09] Next\r\n"
    batch = parse_jrnl_text(text.encode("utf-8"))
    assert [_naive(e.created_at) for e in batch.entries] == [
        datetime(2024, 1, 2, 18, 30),
        datetime(2024, 1, 3, 7, 5, 9),
    ]
    assert batch.entries[0].text == "Evening\nbody line @calm" and batch.entries[0].tags == ("calm",)


def test_jrnl_twelve_am_and_pm():
    batch = parse_jrnl_text("[2024-01-02 12:10:00 AM] Midnight\n[2024-01-02 12:10:00 PM] Noon\n")
    assert [e.created_at.hour for e in batch.entries] == [0, 12]


def test_jrnl_identical_entries_kept_once():
    entry = {"date": "2024-01-02", "time": "10:00", "title": "Same", "body": "", "tags": [], "starred": False}
    batch = parse_jrnl_json(json.dumps({"tags": {}, "entries": [entry, entry, {**entry, "title": ""}]}))
    assert batch.summary.entries == 1 and batch.summary.duplicates == 1 and batch.summary.empty == 1


def test_overlong_tag_is_left_out_not_fatal():
    batch = parse_jrnl_text("[2024-01-02 10:00] Title @" + "x" * 100 + " @fine\n")
    assert batch.entries[0].tags == ("fine",)


def test_empty_inputs():
    assert parse_jrnl_text("").summary.entries == 0
    assert parse_jrnl_json('{"tags": {}, "entries": []}').summary.entries == 0


# ---------------------------------------------------------------- Daylio

DAYLIO_8 = """full_date,date,weekday,time,mood,activities,note_title,note
2024-03-05,5 March,Tuesday,8:30 pm,good,"friends | walk  | movies / tv","Dinner","We laughed a lot.<br>Home by ten.<br/>Tired, in a good way."
2024-03-04,4 March,Monday,10:00 PM,awful,"work | bad sleep","",""
2024-03-03,3 March,Sunday,07:15,Meh ,"","","Just a quiet day"
2024-03-02,2 March,Saturday,12:05 am,rad,"","A title only",""
"""

DAYLIO_7 = """year,date,weekday,time,mood,activities,note
2018,18 May,Friday,11:54 pm,rad,"clean | cook | music","Went to a party"
2018,May 17,Thursday,10:21 pm,bad,"cook | stressed ",""
2018,16 May,Wednesday,11:41 pm,awful,"",""
"""


def test_daylio_eight_columns():
    batch = parse_daylio_csv(DAYLIO_8)
    assert batch.summary.source == "daylio"
    assert batch.summary.checkins == 4 and batch.summary.entries == 3
    dinner = batch.checkins[0]
    assert _naive(dinner.at) == datetime(2024, 3, 5, 20, 30) and dinner.mood == 8
    assert [c.mood for c in batch.checkins] == [8, 0, 5, 10]
    assert _naive(batch.checkins[3].at) == datetime(2024, 3, 2, 0, 5)
    first = batch.entries[0]
    assert first.text == "Dinner\n\nWe laughed a lot.\nHome by ten.\nTired, in a good way."
    assert first.tags == ("friends", "walk", "movies / tv") and first.mood == 8 and first.kind == "imported"
    assert batch.entries[1].text == "Just a quiet day" and batch.entries[1].tags == ()
    assert batch.entries[2].text == "A title only"


def test_daylio_seven_columns():
    batch = parse_daylio_csv(DAYLIO_7.encode("utf-8-sig"))
    assert [c.mood for c in batch.checkins] == [10, 2, 0]
    assert [_naive(c.at) for c in batch.checkins] == [
        datetime(2018, 5, 18, 23, 54),
        datetime(2018, 5, 17, 22, 21),
        datetime(2018, 5, 16, 23, 41),
    ]
    assert len(batch.entries) == 1 and batch.entries[0].text == "Went to a party"
    assert batch.entries[0].tags == ("clean", "cook", "music")


def test_daylio_activities_become_the_checkins_activities():
    batch = parse_daylio_csv(DAYLIO_8)
    assert [c.activities for c in batch.checkins] == [("friends", "walk", "movies / tv"), ("work", "bad sleep"), (), ()]
    odd = DAYLIO_7.splitlines()[0] + '\n2018,18 May,Friday,9:00 am,rad,"Yoga | a, b | ' + "x" * 80 + ' | yoga",""\n'
    (kept,) = parse_daylio_csv(odd).checkins
    assert kept.activities == ("yoga",)  # one it cannot keep (a comma, far too long) is left out, not the row


def test_daylio_checkin_uids_are_the_ones_older_imports_made():
    # the uid still comes from the activities as written, so re-importing a file adds nothing twice
    from hearten.domain.importers import _uid

    first = parse_daylio_csv(DAYLIO_8).checkins[0]
    assert first.uid == _uid("daylio", "checkin", "2024-03-05T20:30", "8", "friends|walk|movies / tv")


def test_daylio_default_moods_are_documented_whole_numbers():
    assert DAYLIO_DEFAULT_MOODS == {"rad": 10, "good": 8, "meh": 5, "bad": 2, "awful": 0}


def test_daylio_custom_mood_needs_a_mapping():
    custom = DAYLIO_7.replace(",rad,", ",happy,").replace(",bad,", ",sad ,")
    with pytest.raises(ImportFileError, match=r'"happy", "sad".*0 \(worst\) to 10 \(best\).*happy=3'):
        parse_daylio_csv(custom)
    batch = parse_daylio_csv(custom, mood_map={"Happy": 9, "sad": 3})
    assert [c.mood for c in batch.checkins] == [9, 3, 0]


def test_daylio_mapping_can_override_defaults():
    batch = parse_daylio_csv(DAYLIO_7, mood_map={"awful": 1})
    assert [c.mood for c in batch.checkins] == [10, 2, 1]


@pytest.mark.parametrize("bad", [{"sad": 11}, {"sad": -1}, {"sad": 2.5}, {"sad": True}, {"": 3}, {3: 3}, ["sad"]])
def test_daylio_bad_mapping(bad):
    with pytest.raises(ImportFileError):
        parse_daylio_csv(DAYLIO_7, mood_map=bad)


def test_daylio_uids_are_deterministic_and_distinct():
    a, b = parse_daylio_csv(DAYLIO_8), parse_daylio_csv(DAYLIO_8.encode())
    assert [c.uid for c in a.checkins] == [c.uid for c in b.checkins]
    assert [e.uid for e in a.entries] == [e.uid for e in b.entries]
    uids = [c.uid for c in a.checkins] + [e.uid for e in a.entries]
    assert len(set(uids)) == len(uids)


def test_daylio_duplicate_rows_kept_once():
    header, row = DAYLIO_8.splitlines()[:2]
    batch = parse_daylio_csv("\n".join([header, row, row]) + "\n")
    assert batch.summary.checkins == 1 and batch.summary.entries == 1 and batch.summary.duplicates == 2


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "empty"),
        ("date,mood\n2024-01-01,good\n", "does not look like a Daylio"),
        (DAYLIO_8.replace("8:30 pm", "25:30"), "row 2 .*time"),
        (DAYLIO_8.replace("8:30 pm", "13:30 pm"), "12-hour"),
        (DAYLIO_8.replace("2024-03-05", "05/03/2024"), "row 2 .*full_date"),
        (DAYLIO_8.replace("2024-03-05", "2024-02-30"), "does not exist"),
        (DAYLIO_8.replace("2024-03-05", "0001-01-01"), "year 1"),
        (DAYLIO_7.replace("18 May", "18 Mai"), "English dates"),
        (DAYLIO_7.replace("2018,18", "18,18"), "year"),
        (DAYLIO_8.rsplit("\n", 2)[0][:-10], "columns|not readable"),
        (DAYLIO_8 + '2024-03-01,1 March,Friday,9:00 am,good,"x","unterminated', "columns|not readable"),
    ],
)
def test_daylio_problems_are_named(text, message):
    with pytest.raises(ImportFileError, match=message) as caught:
        parse_daylio_csv(text)
    assert "\n" not in str(caught.value)


# ---------------------------------------------------------------- hostile input


PARSERS = [parse_jrnl_json, parse_jrnl_text, parse_daylio_csv]


@pytest.mark.parametrize("parse", PARSERS)
def test_size_limit_checked_before_parsing(parse, monkeypatch):
    monkeypatch.setattr(importers, "MAX_IMPORT_BYTES", 1000)
    with pytest.raises(ImportFileError, match="larger than"):
        parse(b"x" * 1001)
    with pytest.raises(ImportFileError, match="larger than"):
        parse("x" * 1001)


def test_real_size_limit_is_100_mb():
    assert importers.MAX_IMPORT_BYTES == 100 * 1024 * 1024


@pytest.mark.parametrize("parse", PARSERS)
@pytest.mark.parametrize(
    "content, message",
    [
        (b"\xff\xfe[\x00", "UTF-16"),
        (b"caf\xe9", "not UTF-8"),
        ("a\x00b", "NUL"),
        ("a\ud800b", "surrogates"),
        (12, "text or bytes"),
        (None, "text or bytes"),
    ],
)
def test_encoding_and_type_problems(parse, content, message):
    with pytest.raises(ImportFileError, match=message):
        parse(content)


def test_deep_json_is_a_clear_error_not_recursion():
    for depth in (40, 5000, 200_000):
        with pytest.raises(ImportFileError, match="nested deeper"):
            parse_jrnl_json("[" * depth + "]" * depth)
    nested = {"entries": [], "tags": {}}
    inner = nested
    for _ in range(40):
        inner["x"] = {}
        inner = inner["x"]
    with pytest.raises(ImportFileError, match="nested deeper"):
        parse_jrnl_json(json.dumps(nested))


@pytest.mark.parametrize(
    "doc, message",
    [
        ('{"entries": [', "not valid JSON"),
        ("[]", '"entries" list'),
        ('{"entries": {}}', '"entries" list'),
        ('{"entries": [1]}', "entry 1 is not an object"),
        ('{"entries": [{"date": 20240101, "time": "10:00"}]}', '"date"'),
        ('{"entries": [{"date": "2024-01-01", "time": "10"}]}', '"time"'),
        ('{"entries": [{"date": "2024-01-01", "time": "10:00", "title": 5}]}', '"title" or "body"'),
        ('{"entries": [{"date": "2024-01-01", "time": "10:00", "title": "x", "tags": "@a"}]}', '"tags"'),
        ('{"entries": [{"date": "2024-01-01", "time": "10:00", "title": "x", "starred": "yes"}]}', '"starred"'),
        ('{"entries": [{"date": "2024-13-01", "time": "10:00", "title": "x"}]}', "does not exist"),
        ('{"entries": [{"date": "2024-01-01", "time": "10:00", "title": "' + "x" * 5_000_001 + '"}]}', "longer than"),
        ('{"entries": [], "n": ' + "9" * 5000 + "}", "not valid JSON"),
    ],
)
def test_jrnl_json_wrong_shapes(doc, message):
    with pytest.raises(ImportFileError, match=message):
        parse_jrnl_json(doc)


@pytest.mark.parametrize(
    "text, message",
    [
        ("just some words\n", "no jrnl entries"),
        ("preamble\n[2024-01-01 10:00] x\n", "line 1 .*before"),
        ("[2024-01-01 13:00 PM] x\n", "12-hour"),
        ("[2024-02-30 10:00] x\n", "does not exist"),
    ],
)
def test_jrnl_text_wrong_shapes(text, message):
    with pytest.raises(ImportFileError, match=message):
        parse_jrnl_text(text)


def test_truncated_real_files_fail_cleanly_or_parse(jrnl_journal):
    text, exported = jrnl_journal
    for cut in range(0, len(exported), 7):
        try:
            parse_jrnl_json(exported[:cut])
        except ImportFileError:
            pass
    for cut in range(0, len(text), 5):
        try:
            parse_jrnl_text(text[:cut])
        except ImportFileError:
            pass
    for cut in range(0, len(DAYLIO_8), 3):
        try:
            parse_daylio_csv(DAYLIO_8[:cut])
        except ImportFileError:
            pass
