"""The records hearten keeps, and the rules every value must meet.

Pure Python: no I/O, no pydantic (this module sits on the `journal add` hot path).
What is created (New*) and what is stored (the plain names) are separate shapes.
Validation raises InvalidInput with a message a person can act on.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

ENTRY_KINDS = ("free", "letter", "practice", "reframe", "imported")
MAX_ENTRY_CHARS = 5_000_000  # generous: a 1 MB entry must work; 5 M chars stops accidents
MAX_TAG_CHARS = 64


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


class InvalidInput(ValueError):
    """A value a person gave that hearten cannot accept; the message says why."""


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
    if isinstance(value, bool) or not isinstance(value, int):
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
    if value.tzinfo is None:
        value = value.astimezone()
    return value


def clean_tags(tags) -> tuple[str, ...]:
    """Tags trimmed, lower-cased, without a leading '@' or '#', de-duplicated in order."""
    seen: list[str] = []
    for raw in tags or ():
        if not isinstance(raw, str):
            raise InvalidInput(f"a tag must be text, not {raw!r}")
        tag = raw.strip().lstrip("@#").strip().lower()
        if not tag:
            continue
        if len(tag) > MAX_TAG_CHARS or any(ch in tag for ch in ",\n\r\t"):
            raise InvalidInput(f"tag {raw!r} is too long or has a comma or line break in it")
        if tag not in seen:
            seen.append(tag)
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
        if self.kind not in ENTRY_KINDS:
            raise InvalidInput(f"entry kind must be one of {', '.join(ENTRY_KINDS)}, not {self.kind!r}")


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

    def _check(self):
        self._set("at", check_time("the check-in's time", self.at))
        for name in ("mood", "distress", "social", "food"):
            self._set(name, check_scale(name, getattr(self, name)))
        self._set("sleep_hours", check_amount("sleep", self.sleep_hours, 24, "hours"))
        self._set("active_minutes", check_amount("active time", self.active_minutes, 1440, "minutes"))
        self._set("note", clean_text("the note", self.note, required=False) or None)


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
        self._set("started_at", check_time("the start", self.started_at))
        self._set("ended_at", check_time("the end", self.ended_at))
        if self.ended_at < self.started_at:
            raise InvalidInput("a session cannot end before it starts")
        self._set("planned_seconds", check_amount("planned time", self.planned_seconds, 86400, "seconds"))
        self._set("actual_seconds", check_amount("practised time", self.actual_seconds, 86400, "seconds"))
        for name in ("distress_before", "distress_after", "mood"):
            self._set(name, check_scale(name.replace("_", " "), getattr(self, name)))
        if not isinstance(self.answers, dict):
            raise InvalidInput("answers must be a mapping of step id to answer")


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
