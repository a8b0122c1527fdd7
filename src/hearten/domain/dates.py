"""Reading the dates people type: 2026-11-27, 2026-11-27T09:30, today, yesterday, 7d, 2w."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from hearten.domain.records import FIRST_YEAR, LAST_YEAR, InvalidInput

_RELATIVE = re.compile(r"^(\d{1,4})\s*(d|day|days|w|week|weeks)(\s+ago)?$")


def parse_moment(text: str, *, now: datetime, end_of_day: bool = False) -> datetime:
    """A point in time from what a person typed, in the zone of `now`.

    A bare date means the start of that day, or with end_of_day the start of the next
    (so `--until 2026-11-27` includes all of the 27th).
    """
    raw = (text or "").strip().lower()
    if not raw:
        raise InvalidInput("a date is empty")
    day: date | None = None
    if raw == "today":
        day = now.date()
    elif raw == "yesterday":
        day = now.date() - timedelta(days=1)
    elif match := _RELATIVE.match(raw):
        amount = int(match.group(1)) * (7 if match.group(2).startswith("w") else 1)
        day = now.date() - timedelta(days=amount)
    else:
        try:
            moment = datetime.fromisoformat(text.strip())
        except ValueError:
            raise InvalidInput(
                f"{text!r} is not a date hearten understands; try 2026-11-27, 2026-11-27T09:30, today, yesterday or 7d"
            ) from None
        if not FIRST_YEAR <= moment.year <= LAST_YEAR:
            raise _out_of_range(text)
        if len(text.strip()) > 10:  # it had a time part
            return moment if moment.tzinfo else moment.replace(tzinfo=now.tzinfo)
        day = moment.date()
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise _out_of_range(text)
    start = datetime.combine(day, time(0), tzinfo=now.tzinfo)
    return start + timedelta(days=1) if end_of_day else start


def _out_of_range(text: str) -> InvalidInput:
    return InvalidInput(f"{text.strip()!r} is outside the dates hearten keeps (the years {FIRST_YEAR} to {LAST_YEAR})")


def part_of_day(hour: int) -> str:
    """'night' (midnight to 5), 'morning', 'afternoon' or 'evening': what a greeting may say of the hour.

    Someone opening hearten at 2 at night is not greeted with "Good morning".
    """
    if hour < 5:
        return "night"
    return "morning" if hour < 12 else "afternoon" if hour < 18 else "evening"
