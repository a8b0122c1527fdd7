"""Calendar: a month of moods, a year in pixels, and each day opening its check-ins, entries and practices."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request

from hearten.domain import calendar as layout
from hearten.services import calendar as service
from hearten.web.render import error_page, page, state_of

router = APIRouter(include_in_schema=False)
LEVELS = layout.MOOD_LEVELS


def _day_label(day: date, mood) -> str:
    return f"{day.day} {day:%b}: " + ("no mood noted" if mood is None else f"mood {mood:.1f} out of 10")


@router.get("/calendar")
async def calendar_page(request: Request, month: str | None = None, year: int | None = None):
    state = state_of(request)
    moment = state.now()
    tz = moment.tzinfo
    if year is not None:
        if not 1970 <= year <= 9999:
            return error_page(request, 404, "Not found", "That year is outside the calendar.")
        moods = service.moods(state.store, first=date(year, 1, 1), last=date(year, 12, 31), tz=tz)
        months = [
            [
                {
                    "day": d,
                    "mood": moods.get(d),
                    "level": layout.mood_level(moods.get(d)),
                    "label": _day_label(d, moods.get(d)),
                }
                for d in days
            ]
            for days in layout.year_months(year)
        ]
        return page(
            request,
            "calendar_year.html",
            title=f"{year}, a year in pixels",
            year=year,
            months=months,
            levels=LEVELS,
            noted=len(moods),
        )
    try:
        y, m = (int(part) for part in month.split("-")) if month else (moment.year, moment.month)
        first = date(y, m, 1)
    except ValueError:
        return error_page(request, 404, "Not found", "That month is not in the calendar. Months look like 2026-11.")
    weeks = layout.month_weeks(first.year, first.month)
    last = max(d for week in weeks for d in week if d)
    moods = service.moods(state.store, first=first, last=last, tz=tz)
    cells = [
        [
            None
            if d is None
            else {
                "day": d,
                "mood": moods.get(d),
                "level": layout.mood_level(moods.get(d)),
                "label": _day_label(d, moods.get(d)),
            }
            for d in week
        ]
        for week in weeks
    ]
    previous, following = (
        layout.shift_month(first.year, first.month, -1),
        layout.shift_month(first.year, first.month, 1),
    )
    return page(
        request,
        "calendar_month.html",
        title=f"{first:%B %Y}",
        first=first,
        weeks=cells,
        levels=LEVELS,
        previous=f"{previous[0]}-{previous[1]:02d}",
        following=f"{following[0]}-{following[1]:02d}",
        today=moment.date(),
        noted=len(moods),
    )


@router.get("/calendar/{day}")
async def calendar_day(request: Request, day: str):
    state = state_of(request)
    try:
        chosen = date.fromisoformat(day)
    except ValueError:
        return error_page(request, 404, "Not found", "That day is not in the calendar. Days look like 2026-11-04.")
    found = service.day(state.store, day=chosen, tz=state.now().tzinfo)
    return page(request, "calendar_day.html", title=f"{chosen.day} {chosen:%B %Y}", **found)
