"""Reminders: what a person asked to be invited to, and when. Pure: no clock, no files.

A reminder is a local wall-clock time, a set of weekdays and what it is for. Whether one is
due is asked of an aware moment in a time zone, so summer-time changes are handled here once:
a time the clock skips (02:30 on the spring-forward night) comes when the skipped hour ends,
and a time the clock passes twice (02:30 on the fall-back night) comes the first time only.
A reminder is due only within a small window after its moment; one that passed while the
computer slept is forgotten, never counted or recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from hearten.domain.records import InvalidInput

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
EVERY_DAY = frozenset(range(7))
WORK_DAYS = frozenset(range(5))
TARGETS = ("checkin", "journal", "assessment")  # and practice:ID

# A scheduler starts `remind fire` at the reminder's minute, a little late at most. A moment
# further back than this is not "now" any more: the reminder is let go.
WINDOW = timedelta(seconds=60)
# ...and a moment this far ahead still counts, for clocks a second or so apart.
SLACK = timedelta(seconds=1)
MAX_REMINDERS = 50

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_PRACTICE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


@dataclass(frozen=True)
class Reminder:
    """One reminder: at `at` (local wall time) on `days` (0 = Monday), for `target`."""

    id: int
    at: time
    days: frozenset[int]
    target: str

    @property
    def practice_id(self) -> str | None:
        return self.target.split(":", 1)[1] if self.target.startswith("practice:") else None

    @property
    def days_text(self) -> str:
        return days_text(self.days)

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "at": self.at.strftime("%H:%M"),
            "days": [WEEKDAYS[d] for d in sorted(self.days)],
            "for": self.target,
        }


@dataclass(frozen=True)
class QuietHours:
    """A stretch of the day (it may cross midnight) when no reminder is shown."""

    start: time
    end: time

    def covers(self, wall: time) -> bool:
        wall = wall.replace(second=0, microsecond=0, tzinfo=None)
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= wall < self.end
        return wall >= self.start or wall < self.end

    @property
    def text(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True)
class ReminderBook:
    """Everything in the reminders file: the reminders, quiet hours and an optional time zone name."""

    reminders: tuple[Reminder, ...] = ()
    quiet: QuietHours | None = None
    zone: str = ""  # an IANA name; empty means this computer's own zone
    next_id: int = field(default=1)

    def with_reminder(self, *, at: time, days: frozenset[int], target: str) -> tuple[ReminderBook, Reminder]:
        if len(self.reminders) >= MAX_REMINDERS:
            raise InvalidInput(f"hearten keeps at most {MAX_REMINDERS} reminders")
        reminder = Reminder(id=max(self.next_id, 1), at=at, days=days, target=target)
        book = ReminderBook(
            reminders=(*self.reminders, reminder), quiet=self.quiet, zone=self.zone, next_id=reminder.id + 1
        )
        return book, reminder

    def without(self, reminder_id: int) -> ReminderBook:
        kept = tuple(r for r in self.reminders if r.id != reminder_id)
        if len(kept) == len(self.reminders):
            raise InvalidInput(f"there is no reminder {reminder_id} (see: hearten remind list)")
        return ReminderBook(reminders=kept, quiet=self.quiet, zone=self.zone, next_id=self.next_id)

    def with_quiet(self, quiet: QuietHours | None) -> ReminderBook:
        return ReminderBook(reminders=self.reminders, quiet=quiet, zone=self.zone, next_id=self.next_id)


# -- reading what a person typed ---------------------------------------------------------------


def parse_time(text: str) -> time:
    """'07:30' or '7:30' as a time; anything else is refused with a clear reason."""
    match = _TIME.match((text or "").strip())
    if not match:
        raise InvalidInput(f"a reminder time is HH:MM on a 24-hour clock, like 08:30 or 19:00, not {text!r}")
    return time(int(match.group(1)), int(match.group(2)))


def parse_days(text: str | None) -> frozenset[int]:
    """'daily' (the default), 'weekdays', 'weekends' or days like 'mon,wed,fri'."""
    words = (text or "daily").strip().lower()
    if words in ("daily", "every day", "everyday", "all"):
        return EVERY_DAY
    if words == "weekdays":
        return WORK_DAYS
    if words == "weekends":
        return frozenset({5, 6})
    days = set()
    for word in filter(None, (w.strip() for w in words.replace(" ", ",").split(","))):
        if word not in WEEKDAYS and word not in _DAY_NAMES:
            raise InvalidInput(f"{word!r} is not a day: use mon,tue,wed,thu,fri,sat,sun, daily or weekdays")
        days.add(WEEKDAYS.index(word[:3]))
    if not days:
        raise InvalidInput("name at least one day: mon,tue,wed,thu,fri,sat,sun, daily or weekdays")
    return frozenset(days)


def parse_target(text: str, *, practice_ids=None) -> str:
    """checkin, journal, assessment or practice:ID (checked against `practice_ids` when given)."""
    target = (text or "").strip().lower()
    if target in TARGETS:
        return target
    if target.startswith("practice:"):
        practice = target.split(":", 1)[1]
        if not _PRACTICE_ID.match(practice):
            raise InvalidInput(f"{practice!r} is not a practice id (see: hearten practice list)")
        if practice_ids is not None and practice not in practice_ids:
            raise InvalidInput(f"there is no practice called {practice!r} (see: hearten practice list)")
        return target
    raise InvalidInput(f"a reminder is for checkin, journal, assessment or practice:ID, not {text!r}")


def parse_quiet(text: str) -> QuietHours | None:
    """'22:00-07:00' as quiet hours; 'off' or '' for none."""
    words = (text or "").strip().lower()
    if words in ("", "off", "none"):
        return None
    start, sep, end = words.partition("-")
    if not sep:
        raise InvalidInput(f"quiet hours are two times, like 22:00-07:00, or off; not {text!r}")
    quiet = QuietHours(parse_time(start), parse_time(end))
    if quiet.start == quiet.end:
        raise InvalidInput("quiet hours need a start and an end that differ, like 22:00-07:00")
    return quiet


def days_text(days: frozenset[int]) -> str:
    if days == EVERY_DAY:
        return "daily"
    if days == WORK_DAYS:
        return "weekdays"
    return ",".join(WEEKDAYS[d] for d in sorted(days))


# -- when --------------------------------------------------------------------------------------


def occurrence(at: time, day: date, zone: tzinfo) -> datetime:
    """The moment (in UTC) that the wall clock in `zone` first reads `at` on `day`.

    A time skipped by summer time comes when the skipped stretch ends; a time passed twice
    comes the first time."""
    wall = datetime.combine(day, at)
    first = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == wall:
        return first
    # `wall` does not exist in `zone`: find the first minute the clock reads later than it.
    low = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)  # before the jump
    high = first  # after it
    if low > high:
        low, high = high, low
    while high - low > timedelta(minutes=1):
        middle = low + (high - low) / 2
        if middle.astimezone(zone).replace(tzinfo=None) >= wall:
            high = middle
        else:
            low = middle
    candidate = high.replace(second=0, microsecond=0)
    while candidate.astimezone(zone).replace(tzinfo=None) < wall:
        candidate += timedelta(minutes=1)
    return candidate


def occurrences(reminder: Reminder, *, around: datetime, zone: tzinfo, days_each_side: int = 1):
    """The reminder's moments on the local days around `around`, in time order."""
    today = around.astimezone(zone).date()
    for offset in range(-days_each_side, days_each_side + 1):
        day = today + timedelta(days=offset)
        if day.weekday() in reminder.days:
            yield occurrence(reminder.at, day, zone)


def quiet_at(quiet: QuietHours | None, moment: datetime, zone: tzinfo) -> bool:
    return quiet is not None and quiet.covers(moment.astimezone(zone).time())


def due(
    book: ReminderBook, *, now: datetime, zone: tzinfo, window: timedelta = WINDOW, slack: timedelta = SLACK
) -> list[Reminder]:
    """The reminders whose moment is now: within `window` before `now` (or `slack` after), outside
    quiet hours. Anything older is let go."""
    if now.tzinfo is None:
        raise ValueError("due() needs an aware moment")
    now = now.astimezone(UTC)  # arithmetic on a zone's wall clock goes wrong across a change
    found = []
    for reminder in book.reminders:
        for moment in occurrences(reminder, around=now, zone=zone):
            if now - window < moment <= now + slack and not quiet_at(book.quiet, moment, zone):
                found.append(reminder)
                break
    return sorted(found, key=lambda r: (r.at, r.id))


def due_today(
    book: ReminderBook, *, now: datetime, zone: tzinfo, within: timedelta = timedelta(hours=2)
) -> list[Reminder]:
    """For the quiet line on Home: reminders whose moment came today in the last `within`,
    outside quiet hours (a tab that stays open shows it for a while, then lets it go)."""
    found = []
    now = now.astimezone(UTC)
    today = now.astimezone(zone).date()
    for reminder in book.reminders:
        for moment in occurrences(reminder, around=now, zone=zone, days_each_side=0):
            local = moment.astimezone(zone)
            if local.date() == today and now - within < moment <= now and not quiet_at(book.quiet, moment, zone):
                found.append(reminder)
    return sorted(found, key=lambda r: (r.at, r.id))


def next_moments(book: ReminderBook, *, now: datetime, zone: tzinfo, within: timedelta = timedelta(days=1)):
    """(moment, reminder) pairs still to come within `within`, in time order: what an open tab
    waits for."""
    pairs = []
    now = now.astimezone(UTC)
    for reminder in book.reminders:
        for moment in occurrences(reminder, around=now, zone=zone, days_each_side=2):
            if now < moment <= now + within and not quiet_at(book.quiet, moment, zone):
                pairs.append((moment, reminder))
    return sorted(pairs, key=lambda pair: (pair[0], pair[1].id))


# -- the file's shape (TOML we write ourselves; read with tomllib) ----------------------------


def book_from_data(data: dict) -> ReminderBook:
    """A ReminderBook from the parsed reminders file; refuses anything malformed."""
    if not isinstance(data, dict):
        raise InvalidInput("the reminders file is not a table")
    reminders = []
    seen = set()
    for row in data.get("reminder", []) or []:
        if not isinstance(row, dict):
            raise InvalidInput("a reminder in the reminders file is not a table")
        try:
            rid = int(row["id"])
        except KeyError as missing:
            raise InvalidInput(f"a reminder in the reminders file lacks {missing}") from None
        except (TypeError, ValueError):
            raise InvalidInput("a reminder in the reminders file has an id that is not a number") from None
        try:
            reminder = Reminder(
                id=rid,
                at=parse_time(str(row["at"])),
                days=parse_days(str(row.get("days", "daily"))),
                target=parse_target(str(row["for"])),
            )
        except KeyError as missing:
            raise InvalidInput(f"reminder {rid} in the reminders file lacks {missing}") from None
        except InvalidInput as problem:  # say which reminder, and what is wrong with it
            raise InvalidInput(f"reminder {rid} in the reminders file: {problem}") from None
        if rid in seen or rid < 1:
            raise InvalidInput(f"the reminders file has reminder id {rid} twice or below 1")
        seen.add(rid)
        reminders.append(reminder)
    quiet = parse_quiet(str(data.get("quiet_hours", "") or ""))
    zone = str(data.get("timezone", "") or "")
    try:
        next_id = max(int(data.get("next_id", 1)), max(seen, default=0) + 1)
    except (TypeError, ValueError):
        raise InvalidInput("the reminders file's next_id is not a number") from None
    return ReminderBook(reminders=tuple(reminders), quiet=quiet, zone=zone, next_id=next_id)


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def book_to_text(book: ReminderBook) -> str:
    """The reminders file's text: times, days and what for; nothing personal."""
    lines = [
        "# hearten reminders: times, days and what each is for. Nothing personal is kept here.",
        f"next_id = {book.next_id}",
    ]
    if book.quiet is not None:
        lines.append(f"quiet_hours = {_toml_string(book.quiet.text)}")
    if book.zone:
        lines.append(f"timezone = {_toml_string(book.zone)}")
    for reminder in book.reminders:
        lines += [
            "",
            "[[reminder]]",
            f"id = {reminder.id}",
            f"at = {_toml_string(reminder.at.strftime('%H:%M'))}",
            f"days = {_toml_string(reminder.days_text)}",
            f"for = {_toml_string(reminder.target)}",
        ]
    return "\n".join(lines) + "\n"
