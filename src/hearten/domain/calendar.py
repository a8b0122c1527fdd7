"""Calendar layouts: a month as weeks of days, a year as months of days ("a year in pixels"). No I/O."""

from __future__ import annotations

import calendar as _calendar
from datetime import date, timedelta
from statistics import fmean


def day_moods(checkins, entry_moods=()) -> dict[date, float]:
    """The average mood of each day that has one (check-ins first; an entry's mood on days without)."""
    found: dict[date, list[float]] = {}
    for checkin in checkins:
        if checkin.mood is not None:
            found.setdefault(checkin.at.date(), []).append(checkin.mood)
    extra: dict[date, list[float]] = {}
    for moment, mood in entry_moods:
        if moment.date() not in found:
            extra.setdefault(moment.date(), []).append(mood)
    return {day: fmean(values) for day, values in {**extra, **found}.items()}


# What each colour step of mood_level covers, as the colour key says it (no two steps share a number).
MOOD_LEVELS = ("0 to 1.9", "2 to 3.9", "4 to 5.9", "6 to 7.9", "8 to 10")


def mood_level(mood: float | None) -> int | None:
    """Five steps of colour for a 0-10 mood (0 lowest): 0-1.9, 2-3.9, 4-5.9, 6-7.9, 8-10."""
    return None if mood is None else min(4, int(mood // 2))


def month_weeks(year: int, month: int) -> list[list[date | None]]:
    """The month as weeks from Monday; None pads the days before the 1st and after the last."""
    first = date(year, month, 1)
    days = _calendar.monthrange(year, month)[1]
    cells: list[date | None] = [None] * first.weekday() + [first + timedelta(days=n) for n in range(days)]
    cells += [None] * (-len(cells) % 7)
    return [cells[i : i + 7] for i in range(0, len(cells), 7)]


def year_months(year: int) -> list[list[date]]:
    """Every day of the year, month by month."""
    return [
        [date(year, month, d) for d in range(1, _calendar.monthrange(year, month)[1] + 1)] for month in range(1, 13)
    ]


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1
