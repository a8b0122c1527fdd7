"""The records hearten keeps, and the rules every value must meet.

Pure Python: no I/O, no pydantic (this module sits on the `journal add` hot path).
What is created (New*) and what is stored (the plain names) are separate shapes.
Validation raises InvalidInput with a message a person can act on.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from hearten.errors import InvalidInput  # re-exported: every layer raises it

ENTRY_KINDS = ("free", "letter", "practice", "reframe", "imported")
MAX_ENTRY_CHARS = 5_000_000  # generous: a 1 MB entry must work; 5 M chars stops accidents
MAX_TAG_CHARS = 64
MAX_ACTIVITIES = 100  # things done in one day: a long Daylio day has a dozen or two
MAX_NAME_CHARS = 128  # an id, a version, a band or a step name: short words, never prose
MAX_ANSWERS = 500  # a practice has at most a few dozen steps; an instrument at most 200 items
FIRST_YEAR, LAST_YEAR = 1900, 9998  # every date hearten keeps, shows and exports stays inside these


class _Factory:
    """A default made fresh for each record (like dataclasses' default_factory)."""

    __slots__ = ("make",)

    def __init__(self, make):
        self.make = make


class Record:
    """A small immutable record with keyword construction.

    Hand-written rather than @dataclass: generating ten dataclasses costs about 9 ms
    at import, a sixth of `hearten journal add`'s whole budget.
    """

    __slots__ = ()
    _fields: tuple[str, ...] = ()
    _defaults: dict = {}

    def __init__(self, **values):
        unknown = set(values).difference(self._fields)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field(s) {', '.join(sorted(unknown))}")
        for name in self._fields:
            if name in values:
                value = values[name]
            elif name in self._defaults:
                value = self._defaults[name]
                if isinstance(value, _Factory):
                    value = value.make()
            else:
                raise TypeError(f"{type(self).__name__} needs {name}")
            object.__setattr__(self, name, value)
        self._check()

    def _check(self) -> None:
        """Validate and normalise fields; subclasses override."""

    def _set(self, name, value) -> None:
        object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self._fields)

    def __hash__(self):
        return hash(tuple(repr(getattr(self, f)) for f in self._fields))

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({inner})"

    def replace(self, **changes):
        """A copy with some fields changed (validated again)."""
        return type(self)(**{**{f: getattr(self, f) for f in self._fields}, **changes})

    def as_dict(self) -> dict:
        return {f: getattr(self, f) for f in self._fields}


def record(cls):
    """Turn annotated class attributes into a Record's fields, defaults and slots."""
    fields, defaults = [], {}
    for name in cls.__dict__.get("__annotations__", {}):
        fields.append(name)
        if name in cls.__dict__:
            defaults[name] = cls.__dict__[name]
    namespace = {k: v for k, v in cls.__dict__.items() if k not in fields and k not in ("__dict__", "__weakref__")}
    namespace.update(__slots__=tuple(fields), _fields=tuple(fields), _defaults=defaults)
    return type(cls.__name__, (Record,), namespace)


def new_uid() -> str:
    """A random id that survives export and import, so re-importing adds nothing twice."""
    return uuid.uuid4().hex


def now() -> datetime:
    """The current time, aware, in the machine's local zone."""
    return datetime.now(timezone.utc).astimezone()


def check_scale(name: str, value, low: int = 0, high: int = 10) -> int | None:
    """A whole number on a low..high scale, or None when not given."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise InvalidInput(f"{name} must be a whole number from {low} to {high}, not {value!r}")
    if not isinstance(value, int):
        try:
            as_float = float(value)
        except (TypeError, ValueError):
            raise InvalidInput(f"{name} must be a whole number from {low} to {high}, not {value!r}") from None
        if not as_float.is_integer():
            raise InvalidInput(f"{name} must be a whole number from {low} to {high}, not {value!r}")
        value = int(as_float)
    if not low <= value <= high:
        raise InvalidInput(f"{name} must be from {low} to {high}, not {value}")
    return value


def check_amount(name: str, value, high: float, unit: str) -> float | None:
    """A non-negative amount up to a sane ceiling, or None when not given."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise InvalidInput(f"{name} must be a number of {unit}, not {value!r}")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"{name} must be a number of {unit}, not {value!r}") from None
    if number != number or not 0 <= number <= high:  # number != number catches NaN
        raise InvalidInput(f"{name} must be from 0 to {high:g} {unit}, not {value}")
    return number


def check_time(name: str, value: datetime) -> datetime:
    """An aware datetime; a naive one is taken as local time."""
    if not isinstance(value, datetime):
        raise InvalidInput(f"{name} must be a date and time")
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise InvalidInput(f"{name} must be between the years {FIRST_YEAR} and {LAST_YEAR}, not {value.year}")
    if value.tzinfo is None:
        value = value.astimezone()
    return value


def has_broken_characters(text: str) -> bool:
    """True when text holds a lone surrogate: it cannot be written as UTF-8, so nothing could show it."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def check_name(name: str, value, *, required: bool = True) -> str | None:
    """A short single-line piece of text (an id, a version, a reason), or None when allowed."""
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(f"{name} must be some text")
    if len(value) > MAX_NAME_CHARS or any(ord(ch) < 32 or ch == "\x7f" for ch in value):
        raise InvalidInput(f"{name} must be one short line of text")
    if has_broken_characters(value):
        raise InvalidInput(f"{name} has a broken character in it (a lone surrogate)")
    return value


def check_number(name: str, value, *, whole: bool = False, required: bool = True):
    """A real, finite number (not text, not true/false); a whole one when `whole`."""
    if value is None and not required:
        return None
    kind = "whole number" if whole else "number"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidInput(f"{name} must be a {kind}, not {value!r}")
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        raise InvalidInput(f"{name} must be a finite {kind}, not {value!r}")
    if whole and not isinstance(value, int):
        raise InvalidInput(f"{name} must be a whole number, not {value!r}")
    if abs(value) > 1e15:
        raise InvalidInput(f"{name} is far too large ({value:g})")
    return value


def check_plain_answer(name: str, value):
    """One answer: text, a number, true/false or nothing; never a list or an object."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return check_number(name, value)
    if isinstance(value, str):
        return clean_text(name, value, required=False)
    raise InvalidInput(f"{name} must be text, a number or true/false, not a {_kind_of(value)}")


def check_answers(name: str, answers, check_value) -> dict:
    """A mapping of short names to plain answers, each checked by check_value(label, value)."""
    if not isinstance(answers, dict):
        raise InvalidInput(f"{name} must be a mapping of names to answers, not a {_kind_of(answers)}")
    if len(answers) > MAX_ANSWERS:
        raise InvalidInput(f"{name} has more than {MAX_ANSWERS} answers")
    for key, value in answers.items():
        check_name(f"a name in {name}", key)
        check_value(f"{name} {key!r}", value)
    return answers


def _kind_of(value) -> str:
    if isinstance(value, dict):
        return "mapping"
    if isinstance(value, (list, tuple)):
        return "list"
    return type(value).__name__


def clean_tags(tags) -> tuple[str, ...]:
    """Tags trimmed, lower-cased, without a leading '@' or '#', de-duplicated in order."""
    seen: list[str] = []
    for raw in tags or ():
        if not isinstance(raw, str):
            raise InvalidInput(f"a tag must be text, not {raw!r}")
        if has_broken_characters(raw):
            raise InvalidInput("a tag has a broken character in it (a lone surrogate)")
        tag = raw.strip().lstrip("@#").strip().lower()
        if not tag:
            continue
        if len(tag) > MAX_TAG_CHARS or any(ch in tag for ch in ",\n\r\t"):
            raise InvalidInput(f"tag {raw!r} is too long or has a comma or line break in it")
        if tag not in seen:
            seen.append(tag)
    return tuple(seen)


def clean_activities(activities) -> tuple[str, ...]:
    """A check-in's activities (a person's own words, "walk", "saw friends"): trimmed, lower-cased, in order, once each."""
    if isinstance(activities, str):
        raise InvalidInput("activities must be a list of names, not one piece of text")
    seen: list[str] = []
    for raw in activities or ():
        if not isinstance(raw, str):
            raise InvalidInput(f"an activity must be text, not {raw!r}")
        if has_broken_characters(raw):
            raise InvalidInput("an activity has a broken character in it (a lone surrogate)")
        name = " ".join(raw.split()).lower()
        if not name:
            continue
        if len(name) > MAX_TAG_CHARS or "," in name or any(ord(ch) < 32 or ch == "\x7f" for ch in name):
            raise InvalidInput(f"activity {raw!r} is too long or has a comma in it")
        if name not in seen:
            seen.append(name)
    if len(seen) > MAX_ACTIVITIES:
        raise InvalidInput(f"a check-in can hold up to {MAX_ACTIVITIES} activities, not {len(seen)}")
    return tuple(seen)


def clean_text(name: str, text, *, required: bool) -> str | None:
    if text is None:
        if required:
            raise InvalidInput(f"{name} is empty")
        return None
    if not isinstance(text, str):
        raise InvalidInput(f"{name} must be text")
    if "\x00" in text:
        raise InvalidInput(f"{name} has a NUL character in it")
    if has_broken_characters(text):
        raise InvalidInput(f"{name} has a broken character in it (a lone surrogate); please write it again")
    if required and not text.strip():
        raise InvalidInput(f"{name} is empty")
    if len(text) > MAX_ENTRY_CHARS:
        raise InvalidInput(f"{name} is longer than {MAX_ENTRY_CHARS:,} characters")
    return text


@record
class NewEntry:
    """A journal entry about to be written."""

    text: str
    created_at: datetime = _Factory(now)
    mood: int | None = None
    tags: tuple[str, ...] = ()
    kind: str = "free"
    session_id: int | None = None
    uid: str = _Factory(new_uid)

    def _check(self):
        self._set("text", clean_text("the entry", self.text, required=True))
        self._set("created_at", check_time("the entry's time", self.created_at))
        self._set("mood", check_scale("mood", self.mood))
        self._set("tags", clean_tags(self.tags))
        if not isinstance(self.kind, str) or self.kind not in ENTRY_KINDS:
            raise InvalidInput(f"entry kind must be one of {', '.join(ENTRY_KINDS)}, not {self.kind!r}")
        self._set("uid", check_name("the uid", self.uid))


@record
class Entry:
    """A journal entry as stored."""

    id: int
    uid: str
    text: str
    created_at: datetime
    updated_at: datetime | None
    mood: int | None
    tags: tuple[str, ...]
    kind: str
    session_id: int | None


@record
class NewCheckin:
    """A check-in about to be written. Every field but the time is optional."""

    at: datetime = _Factory(now)
    mood: int | None = None  # 0 is the worst, 10 the best
    distress: int | None = None  # 0 none, 10 the most
    sleep_hours: float | None = None
    active_minutes: float | None = None
    social: int | None = None  # how connected to people, 0-10
    food: int | None = None  # how well I ate, 0-10
    note: str | None = None
    uid: str = _Factory(new_uid)
    activities: tuple[str, ...] = ()  # what the person did, in their own words ("walk", "work")

    def _check(self):
        self._set("at", check_time("the check-in's time", self.at))
        self._set("activities", clean_activities(self.activities))
        for name in ("mood", "distress", "social", "food"):
            self._set(name, check_scale(name, getattr(self, name)))
        self._set("sleep_hours", check_amount("sleep", self.sleep_hours, 24, "hours"))
        self._set("active_minutes", check_amount("active time", self.active_minutes, 1440, "minutes"))
        self._set("note", clean_text("the note", self.note, required=False) or None)
        self._set("uid", check_name("the uid", self.uid))


@record
class Checkin:
    """A check-in as stored."""

    id: int
    uid: str
    at: datetime
    mood: int | None
    distress: int | None
    sleep_hours: float | None
    active_minutes: float | None
    social: int | None
    food: int | None
    note: str | None
    activities: tuple[str, ...] = ()


@record
class NewSession:
    """A practice session about to be written (complete or partial)."""

    practice_id: str
    started_at: datetime
    ended_at: datetime
    planned_seconds: float
    actual_seconds: float
    completed: bool
    answers: dict = _Factory(dict)  # step id -> answer (text, number or choice)
    distress_before: int | None = None
    distress_after: int | None = None
    mood: int | None = None
    stopped_reason: str | None = None  # e.g. "too_much", "abandoned"; None when completed
    uid: str = _Factory(new_uid)

    def _check(self):
        if not self.practice_id or not isinstance(self.practice_id, str):
            raise InvalidInput("a session needs a practice id")
        check_name("the practice id", self.practice_id)
        if not isinstance(self.completed, bool):
            raise InvalidInput(f"completed must be true or false, not {self.completed!r}")
        check_name("the reason it stopped", self.stopped_reason, required=False)
        self._set("uid", check_name("the uid", self.uid))
        self._set("started_at", check_time("the start", self.started_at))
        self._set("ended_at", check_time("the end", self.ended_at))
        if self.ended_at < self.started_at:
            raise InvalidInput("a session cannot end before it starts")
        for name, words in (("planned_seconds", "planned time"), ("actual_seconds", "practised time")):
            if getattr(self, name) is None:
                raise InvalidInput(f"a session needs its {words} in seconds")
            self._set(name, check_amount(words, getattr(self, name), 86400, "seconds"))
        for name in ("distress_before", "distress_after", "mood"):
            self._set(name, check_scale(name.replace("_", " "), getattr(self, name)))
        if not isinstance(self.answers, dict):
            raise InvalidInput("answers must be a mapping of step id to answer")
        check_answers("answers", self.answers, check_plain_answer)


@record
class Session:
    """A practice session as stored."""

    id: int
    uid: str
    practice_id: str
    started_at: datetime
    ended_at: datetime
    planned_seconds: float
    actual_seconds: float
    completed: bool
    answers: dict
    distress_before: int | None
    distress_after: int | None
    mood: int | None
    stopped_reason: str | None


@record
class NewReframe:
    """A kinder version of a sentence from an entry, kept beside the original."""

    entry_id: int
    original: str
    reframe: str
    created_at: datetime = _Factory(now)
    uid: str = _Factory(new_uid)

    def _check(self):
        self._set("original", clean_text("the original sentence", self.original, required=True))
        self._set("reframe", clean_text("the kinder version", self.reframe, required=True))
        self._set("created_at", check_time("the reframe's time", self.created_at))
        self._set("uid", check_name("the uid", self.uid))


@record
class Reframe:
    id: int
    uid: str
    entry_id: int
    original: str
    reframe: str
    created_at: datetime


@record
class NewAssessment:
    """An answered instrument with its scores, as computed by domain.instruments."""

    instrument_id: str
    instrument_version: str
    taken_at: datetime
    answers: dict  # item id -> answer, None for skipped
    subscales: dict  # name -> score
    total: float | None
    band: str | None
    uid: str = _Factory(new_uid)

    def _check(self):
        self._set("taken_at", check_time("the time taken", self.taken_at))
        check_name("the instrument", self.instrument_id)
        check_name("the instrument version", self.instrument_version)
        check_answers("answers", self.answers, _item_answer)
        check_answers("subscales", self.subscales, check_number)
        check_number("total", self.total, required=False)
        check_name("band", self.band, required=False)
        self._set("uid", check_name("the uid", self.uid))


def _item_answer(name: str, value):
    # an item's answer is a whole number on its scale, or None when it was skipped
    return check_number(name, value, whole=True, required=False)


@record
class Assessment:
    id: int
    uid: str
    instrument_id: str
    instrument_version: str
    taken_at: datetime
    answers: dict
    subscales: dict
    total: float | None
    band: str | None
