"""Use-cases for the calendar: moods by day for a month or a year, and everything from one day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hearten.domain.calendar import day_moods
from hearten.store import Store


def _bounds(first: date, last: date, tz) -> tuple[datetime, datetime]:
    """From the start of `first` to the start of the day after `last` (the calendar's very last day:
    to its last moment, as there is no day after it)."""
    until = (
        datetime.combine(last + timedelta(days=1), time(), tzinfo=tz)
        if last < date.max
        else datetime.combine(last, time.max, tzinfo=tz)
    )
    return datetime.combine(first, time(), tzinfo=tz), until


def moods(store: Store, *, first: date, last: date, tz) -> dict[date, float]:
    """The average mood of each day from first to last that has one."""
    since, until = _bounds(first, last, tz)
    return day_moods(store.list_checkins(since=since, until=until), store.list_entry_moods(since=since, until=until))


def day(store: Store, *, day: date, tz) -> dict:
    """One day's check-ins (with their notes), journal entries and practice sessions, oldest first."""
    from hearten.services.insights import practice_titles

    since, until = _bounds(day, day, tz)
    titles = practice_titles()
    sessions = list(reversed(store.list_sessions(since=since, until=until)))
    return {
        "day": day,
        "checkins": list(reversed(store.list_checkins(since=since, until=until))),
        "entries": list(reversed(store.list_entries(since=since, until=until))),
        "sessions": [{"session": s, "title": titles.get(s.practice_id, s.practice_id)} for s in sessions],
    }
