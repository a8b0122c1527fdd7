"""Reminders' domain: what is due at a moment, days, quiet hours, time zones and summer time."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hearten.domain import reminders as r
from hearten.domain.records import InvalidInput

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
UTC = UTC


def book(*items, quiet=None):
    b = r.ReminderBook(quiet=quiet)
    for at, days, target in items:
        b, _ = b.with_reminder(at=r.parse_time(at), days=r.parse_days(days), target=target)
    return b


def local(zone, *parts):
    return datetime(*parts, tzinfo=zone)


def due_ids(b, moment, zone=BERLIN):
    return [x.id for x in r.due(b, now=moment, zone=zone)]


# -- reading what a person typed ----------------------------------------------------------------


def test_times_days_and_targets_are_read():
    assert r.parse_time("7:05") == time(7, 5)
    assert r.parse_days(None) == r.EVERY_DAY
    assert r.parse_days("weekdays") == frozenset(range(5))
    assert r.parse_days("Mon, wednesday,FRI") == frozenset({0, 2, 4})
    assert r.parse_target("practice:grounding", practice_ids={"grounding"}) == "practice:grounding"
    assert r.parse_quiet("22:00-07:00") == r.QuietHours(time(22), time(7))
    assert r.parse_quiet("off") is None


@pytest.mark.parametrize("bad", ["24:00", "9", "09:60", "nine", "", "09:00:00"])
def test_a_time_that_is_not_hh_mm_is_refused(bad):
    with pytest.raises(InvalidInput, match="HH:MM"):
        r.parse_time(bad)


@pytest.mark.parametrize("bad", ["mo", "someday", ",", "mon,funday"])
def test_a_day_that_is_not_a_day_is_refused(bad):
    with pytest.raises(InvalidInput):
        r.parse_days(bad)


@pytest.mark.parametrize("bad", ["meditate", "practice:", "practice:../etc", "practice:unknown"])
def test_a_target_that_is_not_offered_is_refused(bad):
    with pytest.raises(InvalidInput):
        r.parse_target(bad, practice_ids={"grounding"})


def test_quiet_hours_need_two_different_times():
    for bad in ("22:00", "22:00-22:00", "late-early"):
        with pytest.raises(InvalidInput):
            r.parse_quiet(bad)


# -- due now, and only now ------------------------------------------------------------------------


def test_a_reminder_is_due_at_its_minute_and_not_after_it():
    b = book(("09:00", "daily", "checkin"))
    assert due_ids(b, local(BERLIN, 2026, 6, 3, 9, 0, 0)) == [1]
    assert due_ids(b, local(BERLIN, 2026, 6, 3, 9, 0, 40)) == [1]  # a scheduler a little late
    assert due_ids(b, local(BERLIN, 2026, 6, 3, 8, 59, 59, 500000)) == [1]  # clocks a moment apart
    assert due_ids(b, local(BERLIN, 2026, 6, 3, 8, 59, 0)) == []
    assert due_ids(b, local(BERLIN, 2026, 6, 3, 9, 1, 0)) == []


def test_a_missed_reminder_is_let_go_when_the_computer_wakes():
    # systemd's Persistent=true runs the timer once on waking; by then 09:00 is long past
    b = book(("09:00", "daily", "checkin"), ("09:30", "daily", "journal"))
    assert due_ids(b, local(BERLIN, 2026, 6, 3, 14, 7, 23)) == []


def test_two_reminders_a_minute_apart_each_come_once():
    b = book(("09:00", "daily", "checkin"), ("09:01", "daily", "journal"))
    assert due_ids(b, local(BERLIN, 2026, 6, 3, 9, 0, 0, 300000)) == [1]
    assert due_ids(b, local(BERLIN, 2026, 6, 3, 9, 1, 0, 300000)) == [2]


def test_only_on_its_days():
    b = book(("18:00", "mon,wed", "practice:rain"), ("07:15", "weekdays", "checkin"))
    monday, tuesday, saturday = (local(BERLIN, 2026, 6, d, 18, 0) for d in (1, 2, 6))
    assert due_ids(b, monday) == [1]
    assert due_ids(b, tuesday) == []
    assert due_ids(b, saturday) == []
    assert due_ids(b, local(BERLIN, 2026, 6, 5, 7, 15)) == [2]  # a Friday
    assert due_ids(b, local(BERLIN, 2026, 6, 6, 7, 15)) == []  # a Saturday


def test_a_reminder_at_midnight_belongs_to_its_own_day():
    b = book(("00:00", "sun", "journal"))
    assert due_ids(b, local(BERLIN, 2026, 6, 7, 0, 0, 20)) == [1]  # Sunday 00:00:20
    assert due_ids(b, local(BERLIN, 2026, 6, 8, 0, 0, 20)) == []  # Monday


def test_quiet_hours_hold_back_a_reminder_inside_them_even_across_midnight():
    quiet = r.parse_quiet("22:00-07:00")
    b = book(
        ("23:30", "daily", "checkin"), ("06:59", "daily", "journal"), ("07:00", "daily", "assessment"), quiet=quiet
    )
    assert due_ids(b, local(BERLIN, 2026, 6, 3, 23, 30)) == []
    assert due_ids(b, local(BERLIN, 2026, 6, 3, 6, 59)) == []
    assert due_ids(b, local(BERLIN, 2026, 6, 3, 7, 0)) == [3]
    assert due_ids(b.with_quiet(None), local(BERLIN, 2026, 6, 3, 23, 30)) == [1]


def test_an_unaware_moment_is_refused():
    with pytest.raises(ValueError):
        r.due(book(("09:00", "daily", "checkin")), now=datetime(2026, 6, 3, 9), zone=BERLIN)


# -- time zones and summer time ---------------------------------------------------------------------


def test_the_wall_clock_of_the_zone_decides():
    b = book(("09:00", "daily", "checkin"))
    moment = datetime(2026, 6, 3, 7, 0, tzinfo=UTC)  # 09:00 in Berlin, 03:00 in New York
    assert due_ids(b, moment, BERLIN) == [1]
    assert due_ids(b, moment, NEW_YORK) == []
    assert due_ids(b, datetime(2026, 6, 3, 13, 0, tzinfo=UTC), NEW_YORK) == [1]


def test_a_reminder_keeps_its_wall_time_across_a_summer_time_change():
    b = book(("09:00", "daily", "checkin"))
    # Berlin moves its clocks forward on 29 March 2026: 09:00 is 08:00 UTC before, 07:00 UTC after
    assert due_ids(b, datetime(2026, 3, 28, 8, 0, tzinfo=UTC)) == [1]
    assert due_ids(b, datetime(2026, 3, 29, 7, 0, tzinfo=UTC)) == [1]
    assert due_ids(b, datetime(2026, 3, 29, 8, 0, tzinfo=UTC)) == []
    # ...and back on 25 October 2026
    assert due_ids(b, datetime(2026, 10, 25, 8, 0, tzinfo=UTC)) == [1]
    assert due_ids(b, datetime(2026, 10, 25, 7, 0, tzinfo=UTC)) == []


def test_a_time_the_clock_skips_comes_when_the_skipped_hour_ends():
    # 29 March 2026 in Berlin: 02:00 CET jumps to 03:00 CEST, so 02:30 never shows on the clock
    moment = r.occurrence(time(2, 30), datetime(2026, 3, 29).date(), BERLIN)
    assert moment == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert moment.astimezone(BERLIN).strftime("%H:%M %Z") == "03:00 CEST"
    b = book(("02:30", "daily", "checkin"))
    assert due_ids(b, local(BERLIN, 2026, 3, 29, 3, 0, 5)) == [1]
    # it comes once that night: not again an hour later, when the clock reads 03:30
    assert due_ids(b, local(BERLIN, 2026, 3, 29, 3, 30, 5)) == []


def test_a_time_the_clock_passes_twice_comes_once():
    # 25 October 2026 in Berlin: 03:00 CEST falls back to 02:00 CET, so 02:30 happens twice
    b = book(("02:30", "daily", "checkin"))
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 CET
    assert first.astimezone(BERLIN).hour == second.astimezone(BERLIN).hour == 2
    assert due_ids(b, first) == [1]
    assert due_ids(b, second) == []


def test_skipped_times_in_new_york_too():
    # 8 March 2026: 02:00 EST jumps to 03:00 EDT
    assert r.occurrence(time(2, 15), datetime(2026, 3, 8).date(), NEW_YORK) == datetime(2026, 3, 8, 7, 0, tzinfo=UTC)
    assert r.occurrence(time(1, 59), datetime(2026, 3, 8).date(), NEW_YORK) == datetime(2026, 3, 8, 6, 59, tzinfo=UTC)


def test_quiet_hours_use_the_wall_clock_on_a_change_day():
    quiet = r.parse_quiet("00:00-03:00")
    b = book(("02:30", "daily", "checkin"), quiet=quiet)
    # the skipped 02:30 comes at 03:00 CEST, after quiet hours end
    assert due_ids(b, local(BERLIN, 2026, 3, 29, 3, 0, 5)) == [1]


@settings(deadline=None)  # well under a millisecond each; a busy machine's pause must not fail it
@given(
    st.integers(0, 23),
    st.integers(0, 59),
    st.dates(min_value=datetime(2020, 1, 1).date(), max_value=datetime(2035, 12, 31).date()),
    st.sampled_from(["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"]),
)
def test_every_day_a_daily_reminder_comes_exactly_once(hour, minute, day, zone_name):
    zone = ZoneInfo(zone_name)
    b = book((f"{hour:02d}:{minute:02d}", "daily", "checkin"))
    moment = r.occurrence(time(hour, minute), day, zone)
    assert moment.astimezone(zone).date() == day
    assert due_ids(b, moment, zone) == [1]
    # at every other whole minute of that day, the runs a once-a-minute scheduler would make
    # find it only at its moment; checked at a sample of minutes to stay quick
    for offset in (-61, -60, 60, 61, 3600, -3600):
        assert due_ids(b, moment + timedelta(seconds=offset), zone) == []


# -- Home and an open tab -------------------------------------------------------------------------


def test_home_shows_what_came_due_today_for_a_while_then_lets_it_go():
    b = book(("09:00", "daily", "checkin"), ("20:00", "daily", "journal"))
    assert [x.id for x in r.due_today(b, now=local(BERLIN, 2026, 6, 3, 10, 0), zone=BERLIN)] == [1]
    assert [x.id for x in r.due_today(b, now=local(BERLIN, 2026, 6, 3, 12, 0), zone=BERLIN)] == []
    assert [x.id for x in r.due_today(b, now=local(BERLIN, 2026, 6, 3, 8, 0), zone=BERLIN)] == []


def test_the_next_moments_are_in_order():
    b = book(("20:00", "daily", "journal"), ("09:00", "daily", "checkin"))
    pairs = r.next_moments(b, now=local(BERLIN, 2026, 6, 3, 10, 0), zone=BERLIN)
    assert [(m.astimezone(BERLIN).hour, x.id) for m, x in pairs] == [(20, 1), (9, 2)]


# -- the file -------------------------------------------------------------------------------------


def test_the_file_round_trips_and_ids_are_never_reused():
    b = book(
        ("09:00", "weekdays", "checkin"), ("21:00", "sat,sun", "practice:rain"), quiet=r.parse_quiet("22:00-06:30")
    )
    b = b.without(2)
    again = r.book_from_data(tomllib.loads(r.book_to_text(b)))
    assert again == b
    again, added = again.with_reminder(at=time(8), days=r.EVERY_DAY, target="journal")
    assert added.id == 3


def test_removing_a_reminder_that_is_not_there_says_so():
    with pytest.raises(InvalidInput, match="no reminder 7"):
        book(("09:00", "daily", "checkin")).without(7)


@pytest.mark.parametrize(
    "data",
    [
        {"reminder": [{"id": 1, "at": "9am", "for": "checkin"}]},
        {"reminder": [{"id": 1, "at": "09:00"}]},
        {"reminder": [{"id": 1, "at": "09:00", "for": "checkin"}, {"id": 1, "at": "10:00", "for": "journal"}]},
        {"reminder": [{"id": "x", "at": "09:00", "for": "checkin"}]},
        {"quiet_hours": "late"},
    ],
)
def test_a_malformed_file_is_refused(data):
    with pytest.raises(InvalidInput):
        r.book_from_data(data)


@pytest.mark.parametrize(
    ("row", "says"),
    [
        ({"id": 1, "at": "9am", "for": "checkin"}, "reminder 1 in the reminders file: a reminder time is HH:MM"),
        ({"id": 2, "at": "09:00", "for": "walk"}, "reminder 2 in the reminders file: a reminder is for checkin"),
        ({"id": 3, "at": "09:00", "days": "someday", "for": "checkin"}, "'someday' is not a day"),
        ({"id": "x", "at": "09:00", "for": "checkin"}, "an id that is not a number"),
    ],
)
def test_a_hand_edited_file_is_told_what_is_wrong_where(row, says):
    """A bad time or target is not reported as a bad id: the message names the reminder and its fault."""
    with pytest.raises(InvalidInput, match=None) as refused:
        r.book_from_data({"reminder": [row]})
    assert says in str(refused.value)
