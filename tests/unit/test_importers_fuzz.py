"""Hypothesis: every importer returns an ImportBatch or raises ImportFileError, whatever it is fed.

About 11,000 generated cases in all (the max_examples below), in well under two minutes.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from hearten.domain.importers import (
    DAYLIO_HEADER_7,
    DAYLIO_HEADER_8,
    ImportBatch,
    ImportFileError,
    parse_daylio_csv,
    parse_jrnl_json,
    parse_jrnl_text,
)

FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def outcome(parse, content, **kwargs):
    """The batch, or None after a one-line ImportFileError; any other exception fails the test."""
    try:
        batch = parse(content, **kwargs)
    except ImportFileError as err:
        assert str(err) and "\n" not in str(err)
        event("refused")
        return None
    assert isinstance(batch, ImportBatch)
    event("imported" if batch.entries or batch.checkins else "nothing to import")
    assert batch.summary.entries == len(batch.entries) and batch.summary.checkins == len(batch.checkins)
    assert all(e.kind == "imported" for e in batch.entries)
    uids = [r.uid for r in (*batch.entries, *batch.checkins)]
    assert len(uids) == len(set(uids))
    return batch


def same_twice(parse, content, **kwargs):
    first = outcome(parse, content, **kwargs)
    if first is not None:
        again = parse(content, **kwargs)
        assert [r.uid for r in (*first.entries, *first.checkins)] == [r.uid for r in (*again.entries, *again.checkins)]


PARSERS = st.sampled_from([parse_jrnl_json, parse_jrnl_text, parse_daylio_csv])


# ---------------------------------------------------------------- arbitrary input


@settings(FUZZ, max_examples=4500)
@given(PARSERS, st.text(max_size=300))
def test_any_text(parse, text):
    outcome(parse, text)


@settings(FUZZ, max_examples=2400)
@given(PARSERS, st.binary(max_size=300))
def test_any_bytes(parse, data):
    outcome(parse, data)


# ---------------------------------------------------------------- structured but wrong

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
dates = st.one_of(
    st.dates().map(str),
    st.from_regex(r"\A\d{4}-\d{2}-\d{2}\Z"),
    json_values,
)
times = st.one_of(st.from_regex(r"\A\d{1,2}:\d{2}(:\d{2})?\Z"), json_values)
texts = st.one_of(st.text(max_size=40), json_values)
jrnl_entries = st.fixed_dictionaries(
    {},
    optional={
        "date": dates,
        "time": times,
        "title": texts,
        "body": texts,
        "tags": st.one_of(st.lists(st.from_regex(r"\A[@#]\w{1,10}\Z") | st.text(max_size=70), max_size=4), json_values),
        "starred": st.one_of(st.booleans(), json_values),
    },
)
real_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(9998, 12, 31))
good_jrnl_entries = st.fixed_dictionaries(
    {
        "date": real_dates.map(str),
        "time": st.times().map(lambda t: t.strftime("%H:%M")),
        "title": st.text(max_size=40),
        "body": st.text(max_size=40),
        "tags": st.lists(st.from_regex(r"\A[@#]\w{1,10}\Z"), max_size=3),
        "starred": st.booleans(),
    }
)
jrnl_docs = st.one_of(
    st.fixed_dictionaries({"entries": st.lists(good_jrnl_entries, max_size=5)}, optional={"tags": json_values}),
    st.fixed_dictionaries({"entries": st.lists(good_jrnl_entries | jrnl_entries, max_size=5)}),
    st.fixed_dictionaries({"entries": json_values}),
    json_values,
)


@settings(FUZZ, max_examples=1500)
@given(jrnl_docs, st.booleans())
def test_jrnl_json_shapes(doc, as_bytes):
    text = json.dumps(doc)
    same_twice(parse_jrnl_json, text.encode() if as_bytes else text)


good_jrnl_headers = st.builds(
    lambda when, half, title: (
        f"[{when.strftime('%Y-%m-%d %I:%M:%S') + half if half else when.strftime('%Y-%m-%d %H:%M')}] {title}"
    ),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(9998, 12, 31)),
    st.sampled_from(["", " AM", " PM"]),
    st.text(max_size=30).map(lambda t: t.replace("\n", " ").replace("\r", " ")),
)
jrnl_headers = good_jrnl_headers | st.builds(
    lambda d, h, m, s, half, title: f"[{d} {h}:{m}{s}{half}] {title}",
    st.one_of(st.dates().map(str), st.from_regex(r"\A\d{4}-\d{2}-\d{2}\Z")),
    st.integers(0, 99).map(str),
    st.integers(0, 99).map(lambda n: f"{n:02d}"),
    st.sampled_from(["", ":00", ":59", ":61"]),
    st.sampled_from(["", " AM", " PM", " pm", "AM"]),
    st.text(max_size=30).map(lambda t: t.replace("\n", " ")),
)
jrnl_texts = st.lists(
    st.one_of(jrnl_headers, st.text(max_size=40), st.from_regex(r"\A(?:@|#)\w{1,80}\Z")), max_size=8
).map("\n".join) | st.lists(st.tuples(good_jrnl_headers, st.text(max_size=40)).map("\n".join), max_size=5).map(
    "\n".join
)


@settings(FUZZ, max_examples=1000)
@given(jrnl_texts)
def test_jrnl_text_shapes(text):
    same_twice(parse_jrnl_text, text)


good_moods = st.sampled_from(["rad", "good", "meh", "bad", "awful", "Good ", "RAD"])
moods = st.one_of(good_moods, st.text(max_size=8))
cells = st.text(max_size=20)
clock = st.one_of(
    st.from_regex(r"\A\d{1,2}:\d{2}( ?[ap]m| ?[AP]M)?\Z"),
    st.sampled_from(["8:30 pm", "12:00 am", "23:59", "0:00"]),
    cells,
)
activities = st.lists(st.text(max_size=70).map(lambda t: t.replace("|", "")), max_size=4).map(" | ".join)
row8 = st.tuples(
    st.one_of(st.dates().map(str), cells), cells, cells, clock, moods, activities | cells, cells, cells
).map(list)
good_row8 = st.tuples(
    real_dates.map(str),
    cells,
    cells,
    st.sampled_from(["8:30 pm", "12:00 am", "23:59", "0:00"]),
    good_moods,
    activities,
    st.text(max_size=20),
    st.text(max_size=20),
).map(list)
row7 = st.tuples(
    st.one_of(st.integers(1800, 2100).map(str), cells),
    st.one_of(st.sampled_from(["18 May", "May 18", "31 December", "February 30", "1 Sept"]), cells),
    cells,
    clock,
    moods,
    activities | cells,
    cells,
).map(list)
mood_maps = st.one_of(
    st.none(),
    st.dictionaries(st.text(max_size=8), st.integers(-2, 12), max_size=3),
    st.dictionaries(st.text(max_size=8), json_values, max_size=2),
)


def to_csv(header, rows, jitter):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n" if jitter else "\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(row[:-1] if jitter and len(row) > 1 and row[0][:1] == "1" else row)
    return buffer.getvalue()


@settings(FUZZ, max_examples=1500)
@given(
    st.one_of(
        st.tuples(st.just(DAYLIO_HEADER_8), st.lists(row8, max_size=5)),
        st.tuples(st.just(DAYLIO_HEADER_8), st.lists(good_row8, max_size=5)),
        st.tuples(st.just(DAYLIO_HEADER_7), st.lists(row7, max_size=5)),
    ),
    st.booleans(),
    mood_maps,
    st.booleans(),
)
def test_daylio_shapes(layout_rows, jitter, mood_map, as_bytes):
    header, rows = layout_rows
    text = to_csv(header, rows, jitter)
    same_twice(parse_daylio_csv, text.encode() if as_bytes else text, mood_map=mood_map)
