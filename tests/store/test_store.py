"""The store's behaviour, on SQLite and PostgreSQL alike (every statement runs on both)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from hearten.domain.records import InvalidInput, NewAssessment, NewCheckin, NewEntry, NewReframe, NewSession
from hearten.store import SCHEMA_VERSION, NotFound
from hearten.store.migrate import migration_files

TOKYO = timezone(timedelta(hours=9))


def test_entry_round_trip_keeps_time_zone_and_tags(store):
    at = datetime(2026, 3, 1, 22, 15, 30, 123456, tzinfo=TOKYO)
    entry_id = store.add_entry(NewEntry(text="A long day.", created_at=at, mood=4, tags=("Work", "@tired", "work")))
    entry = store.get_entry(entry_id)
    assert entry.text == "A long day."
    assert entry.created_at == at and entry.created_at.utcoffset() == timedelta(hours=9)
    assert entry.mood == 4
    assert entry.tags == ("tired", "work")
    assert entry.kind == "free"


def test_list_filters_by_time_and_tag_newest_first(store):
    base = datetime(2026, 1, 1, 12, tzinfo=UTC)
    for day in range(5):
        store.add_entry(
            NewEntry(text=f"day {day}", created_at=base + timedelta(days=day), tags=("even",) if day % 2 == 0 else ())
        )
    texts = [e.text for e in store.list_entries(since=base + timedelta(days=1), until=base + timedelta(days=4))]
    assert texts == ["day 3", "day 2", "day 1"]
    assert [e.text for e in store.list_entries(tag="even")] == ["day 4", "day 2", "day 0"]
    assert [e.text for e in store.list_entries(limit=2)] == ["day 4", "day 3"]


def test_search_is_ranked_and_ignores_punctuation(store):
    store.add_entry(NewEntry(text="I felt calm walking by the river."))
    store.add_entry(NewEntry(text="Work was stressful. Stressful meetings, stressful emails."))
    store.add_entry(NewEntry(text="Lunch with Sam."))
    found = store.search_entries("stressful")
    assert [e.text.split()[0] for e in found] == ["Work"]
    assert store.search_entries('river" (*') and store.search_entries("don't") == []
    assert store.search_entries("   ") == []


def test_update_and_delete(store):
    entry_id = store.add_entry(NewEntry(text="first", tags=("a",)))
    updated = store.update_entry(entry_id, text="second", mood=7, tags=["b"])
    assert (updated.text, updated.mood, updated.tags) == ("second", 7, ("b",))
    assert updated.updated_at is not None
    assert [e.text for e in store.search_entries("second")] == ["second"]
    assert store.search_entries("first") == []
    store.delete_entry(entry_id)
    with pytest.raises(NotFound):
        store.get_entry(entry_id)
    with pytest.raises(NotFound):
        store.delete_entry(entry_id)


def test_checkins_round_trip(store):
    at = datetime(2026, 5, 5, 8, 0, tzinfo=UTC)
    store.add_checkin(
        NewCheckin(at=at, mood=6, distress=2, sleep_hours=7.5, active_minutes=30, social=5, food=8, note="ok")
    )
    store.add_checkin(NewCheckin(at=at + timedelta(hours=1)))
    later, first = store.list_checkins()
    assert (
        first.mood,
        first.distress,
        first.sleep_hours,
        first.active_minutes,
        first.social,
        first.food,
        first.note,
    ) == (6, 2, 7.5, 30, 5, 8, "ok")
    assert later.mood is None and later.at == at + timedelta(hours=1)


def test_checkin_activities_round_trip_and_filter(store):
    at = datetime(2026, 5, 5, 8, 0, tzinfo=UTC)
    store.add_checkin(NewCheckin(at=at, mood=6, activities=("Walk", "saw friends", "walk", "café")))
    store.add_checkin(NewCheckin(at=at + timedelta(hours=1), activities=("work",)))
    store.add_checkin(NewCheckin(at=at + timedelta(hours=2)))
    assert [c.activities for c in store.list_checkins()] == [(), ("work",), ("walk", "saw friends", "café")]
    assert [c.mood for c in store.list_checkins(activity="walk")] == [6]
    assert [c.mood for c in store.list_checkins(activity=" Café ")] == [6]
    assert store.list_checkins(activity="saw") == []  # a whole activity, never part of one
    assert len(store.list_checkins(activity="work", since=at)) == 1
    assert store.list_checkins(activity="work", until=at + timedelta(minutes=30)) == []


def test_checkins_written_before_activities_have_none(store):
    at = datetime(2026, 5, 5, 8, 0, tzinfo=UTC)
    with store.transaction() as cur:  # a row as schema 3 wrote it: no activities column given
        cur.execute(
            store.sql("INSERT INTO checkins (uid, checked_at, checked_offset, mood) VALUES ('old', :at, 0, 3)"),
            {"at": store.time_param(at)},
        )
    (old,) = store.list_checkins()
    assert old.activities == () and old.mood == 3


def test_session_and_its_entries_are_one_transaction(store):
    start = datetime(2026, 6, 1, 9, tzinfo=UTC)
    session = NewSession(
        practice_id="friend-perspective",
        started_at=start,
        ended_at=start + timedelta(minutes=5),
        planned_seconds=300,
        actual_seconds=290,
        completed=True,
        answers={"say": "be gentle"},
        distress_before=5,
        distress_after=3,
    )
    session_id, entry_ids = store.add_session(session, [NewEntry(text="be gentle", kind="practice")])
    assert store.get_entry(entry_ids[0]).session_id == session_id
    stored = store.get_session(session_id)
    assert stored.answers == {"say": "be gentle"} and stored.completed is True and stored.actual_seconds == 290
    # A bad entry undoes the session too.
    bad = NewSession(
        practice_id="rain", started_at=start, ended_at=start, planned_seconds=0, actual_seconds=0, completed=False
    )
    with pytest.raises(Exception):
        store.add_session(bad, [NewEntry(text="x"), _entry_with_bad_mood()])
    assert [s.practice_id for s in store.list_sessions()] == ["friend-perspective"]


def _entry_with_bad_mood():
    entry = NewEntry(text="y")
    object.__setattr__(entry, "mood", 99)  # bypass the domain check to prove the database's own
    return entry


def test_reframes_and_assessments(store):
    entry_id = store.add_entry(NewEntry(text="I'm hopeless."))
    store.add_reframe(NewReframe(entry_id=entry_id, original="I'm hopeless.", reframe="I'm struggling today."))
    assert [r.reframe for r in store.list_reframes(entry_id=entry_id)] == ["I'm struggling today."]
    last_week, yesterday = datetime(2026, 6, 24, tzinfo=UTC), datetime(2026, 6, 30, tzinfo=UTC)
    for day in (last_week, yesterday):
        store.add_reframe(NewReframe(entry_id=entry_id, original="x", reframe=f"{day:%d}", created_at=day))
    since = datetime(2026, 6, 29, tzinfo=UTC)
    assert [r.reframe for r in store.list_reframes(since=since) if r.created_at < datetime(2026, 7, 1, tzinfo=UTC)] == [
        "30"
    ]
    assert "24" not in [r.reframe for r in store.list_reframes(since=since)]
    with pytest.raises(NotFound):
        store.add_reframe(NewReframe(entry_id=9999, original="a", reframe="b"))
    assert store.save_instrument(instrument_id="x", version="1", definition={"a": 1}) is True
    assert store.save_instrument(instrument_id="x", version="1", definition={"a": 2}) is False
    assert store.get_instrument("x", "1") == {"a": 1}
    taken = datetime(2026, 7, 1, tzinfo=UTC)
    store.add_assessment(
        NewAssessment(
            instrument_id="x",
            instrument_version="1",
            taken_at=taken,
            answers={"q1": 3},
            subscales={"s": 3.0},
            total=3.0,
            band="moderate",
        )
    )
    (a,) = store.list_assessments(instrument_id="x")
    assert (a.answers, a.subscales, a.total, a.band, a.taken_at) == ({"q1": 3}, {"s": 3.0}, 3.0, "moderate", taken)


def test_import_records_is_all_or_nothing_and_idempotent(store):
    entries = [NewEntry(text=f"e{i}", uid=f"uid-{i}") for i in range(3)]
    assert store.import_records(entries=entries)["entries"] == 3
    assert store.import_records(entries=entries)["entries"] == 0
    broken = [NewEntry(text="new one", uid="uid-new"), _entry_with_bad_mood()]
    with pytest.raises(Exception):
        store.import_records(entries=broken)
    assert store.count_entries() == 3


def test_database_checks_ranges_even_if_the_domain_is_bypassed(store):
    with pytest.raises(Exception):
        store.add_entry(_entry_with_bad_mood())
    assert store.count_entries() == 0


def test_unknown_ids_are_not_found(store):
    for bad in (0, -1, 10**30, "abc"):
        with pytest.raises(NotFound):
            store.get_entry(bad)


def test_migrations_are_numbered_and_match_the_schema_version():
    for dialect in ("sqlite", "postgres"):
        files = migration_files(dialect)
        assert [v for v, _, _ in files] == list(range(1, SCHEMA_VERSION + 1))


def test_reopening_applies_no_migration_twice(settings):
    from hearten.store import open_store

    for _ in range(2):
        store = open_store(settings)
        with store.transaction() as cur:
            cur.execute("SELECT count(*) FROM schema_migrations")
            assert cur.fetchone()[0] == SCHEMA_VERSION
        store.close()


def test_a_megabyte_entry(store):
    text = ("All of this matters to me. " * 40000)[:1_000_000]
    entry_id = store.add_entry(NewEntry(text=text))
    assert store.get_entry(entry_id).text == text


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(min_size=1, max_size=300).filter(lambda t: t.strip() and "\x00" not in t),
    mood=st.none() | st.integers(0, 10),
    tags=st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=8), max_size=4),
    minutes=st.integers(-12 * 60, 14 * 60),
    micro=st.integers(0, 10**6 - 1),
)
def test_any_valid_entry_round_trips(sqlite_store, text, mood, tags, minutes, micro):
    at = datetime(2024, 2, 29, 23, 59, 59, micro, tzinfo=timezone(timedelta(minutes=minutes)))
    entry = NewEntry(text=text, mood=mood, tags=tags, created_at=at)
    stored = sqlite_store.get_entry(sqlite_store.add_entry(entry))
    assert (stored.text, stored.mood, stored.created_at, stored.created_at.utcoffset()) == (
        text,
        mood,
        at,
        at.utcoffset(),
    )
    assert stored.tags == tuple(sorted(entry.tags))


def test_activities_validate_in_the_domain():
    assert NewCheckin(activities=[" Saw   Friends ", "", "saw friends"]).activities == ("saw friends",)
    for bad in ("walk", ["walk, run"], [3], ["x" * 65], ["a\x00b"], [f"a{n}" for n in range(101)]):
        with pytest.raises(InvalidInput):
            NewCheckin(activities=bad)


def test_new_records_validate_in_the_domain():
    with pytest.raises(InvalidInput):
        NewEntry(text="   ")
    with pytest.raises(InvalidInput):
        NewCheckin(sleep_hours=25)
    with pytest.raises(InvalidInput):
        NewCheckin(mood=4.5)
    with pytest.raises(InvalidInput):
        NewCheckin(active_minutes=float("nan"))


def test_entries_of_one_session(store):
    start = datetime(2026, 6, 2, 9, tzinfo=UTC)
    session = NewSession(
        practice_id="rain",
        started_at=start,
        ended_at=start + timedelta(minutes=8),
        planned_seconds=480,
        actual_seconds=470,
        completed=True,
    )
    session_id, entry_ids = store.add_session(session, [NewEntry(text="named it", kind="practice", created_at=start)])
    store.add_entry(NewEntry(text="unrelated, later", created_at=start + timedelta(hours=1)))
    assert [e.id for e in store.list_entries(session_id=session_id)] == entry_ids
