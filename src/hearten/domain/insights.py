"""Series for the insights and home screens, built from records already fetched. No I/O.

Days are the person's local calendar days (each record's own time zone). Nothing here
counts streaks or missed days: a day without a check-in is simply not drawn.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from statistics import fmean

CHECKIN_MEASURES = {
    # name: (title, low, high); hours and minutes get their range from the data
    "mood": ("Mood", 0, 10),
    "distress": ("Distress", 0, 10),
    "sleep_hours": ("Sleep (hours)", 0, 12),
    "active_minutes": ("Activity (minutes)", 0, 60),
}


def window_start(today: date, days: int) -> date:
    """The first day of a window of `days` days that ends today."""
    return today - timedelta(days=max(1, days) - 1)


def daily_means(checkins, measure: str, *, start: date, end: date) -> list[tuple[date, float]]:
    """The mean of one check-in measure for each day from start to end that has a value, oldest first."""
    by_day: dict[date, list[float]] = {}
    for checkin in checkins:
        value = getattr(checkin, measure)
        day = checkin.at.date()
        if value is not None and start <= day <= end:
            by_day.setdefault(day, []).append(float(value))
    return [(day, fmean(values)) for day, values in sorted(by_day.items())]


def as_points(series: list[tuple[date, float]]) -> list[tuple[datetime, float]]:
    """(date, value) pairs as (midday datetime, value), the shape the charts take."""
    return [(datetime.combine(day, time(12)), value) for day, value in series]


def chart_range(measure: str, series: list[tuple[date, float]]) -> tuple[float, float]:
    """The scale to draw a measure on: its natural range, widened when the data goes beyond it."""
    _, low, high = CHECKIN_MEASURES[measure]
    top = max((value for _, value in series), default=high)
    if top > high:
        step = 10 if high >= 60 else 2
        high = int(-(-top // step) * step)
    return float(low), float(high)


def session_minutes(session) -> float:
    """Minutes practised in a session (planned minutes when the time was not measured)."""
    seconds = (
        session.actual_seconds if session.actual_seconds else (session.planned_seconds if session.completed else 0)
    )
    return (seconds or 0) / 60


def minutes_per_day(sessions, *, start: date, days: int) -> list[tuple[date, float]]:
    """Practice minutes on each of `days` days from start, zero on days without practice."""
    totals = {start + timedelta(days=n): 0.0 for n in range(days)}
    for session in sessions:
        day = session.started_at.date()
        if day in totals:
            totals[day] += session_minutes(session)
    return sorted(totals.items())


def minutes_per_week(sessions, *, today: date, weeks: int) -> list[tuple[date, float]]:
    """Practice minutes in each of the last `weeks` weeks (Monday first), oldest first; the last is this week."""
    this_monday = today - timedelta(days=today.weekday())
    totals = {this_monday - timedelta(weeks=n): 0.0 for n in range(weeks)}
    for session in sessions:
        day = session.started_at.date()
        monday = day - timedelta(days=day.weekday())
        if monday in totals:
            totals[monday] += session_minutes(session)
    return sorted(totals.items())


def score_points(assessments, *, subscale: str | None = None) -> list[tuple[datetime, float]]:
    """(taken_at, total or subscale score) for each assessment that has one, oldest first."""
    out = []
    for assessment in assessments:
        value = assessment.total if subscale is None else assessment.subscales.get(subscale)
        if value is not None:
            out.append((assessment.taken_at, float(value)))
    return sorted(out, key=lambda point: point[0])


def summary(series: list[tuple[date, float]]) -> dict | None:
    """Plain facts about a series for the words beside a chart: how many days, average, latest."""
    if not series:
        return None
    values = [value for _, value in series]
    return {"days": len(series), "average": fmean(values), "latest": values[-1], "latest_day": series[-1][0]}
