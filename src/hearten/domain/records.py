"""The records hearten keeps, and the rules every value must meet.

Pure Python: no I/O, no pydantic (this module sits on the `journal add` hot path).
What is created (New*) and what is stored (the plain names) are separate shapes.
Validation raises InvalidInput with a message a person can act on.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

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
    """A small immutable record with keyword construction: hearten's one record base.

    Hand-written rather than @dataclass: generating ten dataclasses costs about 9 ms
    at import, a sixth of `hearten journal add`'s whole budget. A subclass on a hot path
    (domain.language.results) may define its own positional __init__ that sets its
    `_fields` with object.__setattr__; everything else here still applies.
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

    def __delattr__(self, name):
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __reduce__(self):  # copy and pickle rebuild through __init__, since setting attributes is refused
        return _rebuild, (type(self), self.as_dict())

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


def _rebuild(cls, values):
    return cls(**values)


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
    return datetime.now(UTC).astimezone()


def one_line(text: str, width: int) -> str:
    """An entry's text on one line of at most `width` characters, for lists and previews: its own
    lines kept apart by " · " (a saved RAIN reads "RAIN: what I recognised · Worry, mostly"), not
    run together, and "…" where it is cut."""
    return _cut(" · ".join(line for line in _tidy_lines(text) if line), width, " ·")


def preview(text: str, width: int) -> str:
    """An entry's text shortened to at most `width` characters for a list that shows line breaks: its
    lines kept, each blank run between them one blank line, and "…" where it is cut."""
    kept: list[str] = []
    for line in _tidy_lines(text):
        if line or (kept and kept[-1]):
            kept.append(line)
    return _cut("\n".join(kept).strip(), width, "\n ")


def _tidy_lines(text: str) -> list[str]:
    """Each line of the text with its runs of spaces made one."""
    return [" ".join(part.split()) for part in text.splitlines()]


def _cut(shown: str, width: int, trailing: str) -> str:
    """`shown` within `width` characters, ending "…" where cut (without the `trailing` characters before it)."""
    if width < 1:
        raise ValueError("a preview needs a width of at least 1")
    return shown if len(shown) <= width else shown[: width - 1].rstrip(trailing) + "…"


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
        if len(tag) > MAX_TAG_CHARS:
            raise InvalidInput(f"tag {one_line(raw, 30)!r} is too long: a tag holds up to {MAX_TAG_CHARS} characters")
        if any(ch in tag for ch in ",\n\r\t"):
            raise InvalidInput(f"tag {raw!r} has a comma or line break in it: give each tag on its own")
        if tag not in seen:
            seen.append(tag)
    return tuple(seen)


def clean_activities(activities) -> tuple[str, ...]:
    """A check-in's activities (a person's own words, "walk",
    "saw friends"): trimmed, lower-cased, in order, once each."""
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
        if len(name) > MAX_TAG_CHARS:
            raise InvalidInput(
                f"activity {one_line(raw, 30)!r} is too long: an activity holds up to {MAX_TAG_CHARS} characters"
            )
        if "," in name or any(ord(ch) < 32 or ch == "\x7f" for ch in name):
            raise InvalidInput(
                f"activity {raw!r} has a comma or a control character in it: give each activity on its own, "
                "in plain words"
            )
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


# -- the records, each declared once --------------------------------------------------
# Every boundary reads these declarations: the store's columns, inserts and row reading,
# the `--json` and export shapes, the CSV columns, the API models and the field tables of
# docs/data-formats.md. Adding a field to a record is one line here, plus a migration.

_REQUIRED = object()


class Field:
    """One field of a record: its name, kind and range, and how each boundary names it.

    kind is one of KINDS. `new` says whether a person or a program gives it when a record
    is made (False for what the store assigns, like the id); `given` whether a person types
    it in a form or the API; `exported` whether the export document and CSV carry it;
    `link` names the uid field an export writes instead of a local id (`session_uid`); `flag`
    is the command line's option for a field a person gives, and `doc` its help there too;
    `check`, called as check(field, value), takes the place of the kind's rule for this field.
    """

    __slots__ = (
        "name",
        "kind",
        "label",
        "doc",
        "low",
        "high",
        "unit",
        "choices",
        "nullable",
        "default",
        "new",
        "given",
        "exported",
        "json",
        "csv",
        "column",
        "flag",
        "link",
        "check",
        "values",
    )

    def __init__(
        self,
        name,
        kind,
        doc="",
        *,
        label=None,
        low=0,
        high=10,
        unit="",
        choices=(),
        nullable=True,
        default=_REQUIRED,
        new=True,
        given=False,
        exported=True,
        json=None,
        csv=None,
        column=None,
        flag=None,
        link=None,
        check=None,
        values=None,
    ):
        if kind not in KINDS:
            raise ValueError(f"{name}: unknown kind {kind!r}")
        self.name, self.kind, self.doc, self.label = name, kind, doc, label or name.replace("_", " ")
        self.low, self.high, self.unit, self.choices = low, high, unit, tuple(choices)
        self.nullable, self.new, self.given = nullable, new, given
        self.exported = exported and link is None
        self.json, self.csv = json or name, csv or json or name
        self.flag = flag or "--" + name.replace("_", "-")  # the command line's option, where there is one
        # a time is two columns, <column>_at and <column>_offset (the zone it was written in)
        self.column = column or (name.removesuffix("_at") if kind == "time" else name)
        self.link, self.check, self.values = link, check, values
        if default is _REQUIRED and nullable and kind not in ("id", "link"):
            default = None
        if kind in ("tags", "names"):
            default = ()
        self.default = default

    @property
    def columns(self) -> tuple[str, ...]:
        """The database columns that hold this field (none for tags: they have their own table)."""
        if self.kind == "time":
            return (f"{self.column}_at", f"{self.column}_offset")
        if self.kind == "tags":
            return ()
        return (self.column,)

    @property
    def longest(self) -> int | None:
        """The most characters (text, a name) or items (names) a value may have; None where the kind sets none."""
        return _LONGEST.get(self.kind)

    def __repr__(self):
        return f"Field({self.name!r}, {self.kind!r})"


# the bounds the kinds' checks hold a value to: every front end that says how long a value may be reads them here
_LONGEST = {"text": MAX_ENTRY_CHARS, "name": MAX_NAME_CHARS, "uid": MAX_NAME_CHARS, "names": MAX_ACTIVITIES}

# kind: (Python type as the docs show it, JSON type, what a value must be)
KINDS = {
    "id": ("int", "number", "a whole number the store assigns"),
    "uid": ("str", "string", "a random id that stays the same across exports"),
    "time": ("datetime", "string", "ISO 8601 with its UTC offset"),
    "scale": ("int", "number", "a whole number on a scale"),
    "amount": ("float", "number", "a number that may have a fraction"),
    "number": ("float", "number", "a finite number"),
    "text": ("str", "string", "text"),
    "name": ("str", "string", "one short line of text"),
    "choice": ("str", "string", "one of a few words"),
    "bool": ("bool", "boolean", "true or false"),
    "tags": ("tuple[str, ...]", "list of strings", "short words, lower-case"),
    "names": ("tuple[str, ...]", "list of strings", "short names, lower-case"),
    "mapping": ("dict", "object", "names to plain values"),
    "link": ("int", "number", "the local id of another record"),
}


class Declaration:
    """A record declared once: its fields in the order every shape shows them."""

    def __init__(self, name: str, table: str, fields: tuple[Field, ...], *, checks=()):
        self.name, self.table, self.fields = name, table, fields
        self.by_name = {f.name: f for f in fields}
        self.checks = checks  # rules across fields, run after each field's own check

    @property
    def new_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.new)

    @property
    def given_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.given)

    @property
    def exported_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.exported)

    @property
    def links(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.link)

    def record(self, class_name: str, doc: str, *, new: bool) -> type:
        """The immutable record class: New* (checked as it is made) or the stored one."""
        fields = self.new_fields if new else self.fields
        defaults = {}
        for f in fields:
            if f.default is not _REQUIRED and (new or f.kind in ("tags", "names")):
                defaults[f.name] = f.default
        namespace = {
            "__doc__": doc,
            "__slots__": tuple(f.name for f in fields),
            "_fields": tuple(f.name for f in fields),
            "_defaults": defaults,
            "declaration": self,
        }
        if new:
            namespace["_check"] = _checker(fields, self.checks)
        made = type(class_name, (Record,), namespace)
        if new:
            self.new_record = made
        else:
            self.stored_record = made
        return made


def _checker(fields, checks):
    def _check(self):
        for f in fields:
            value = getattr(self, f.name)
            checked = _check_value(f, value)
            if checked is not value:
                self._set(f.name, checked)
        for rule in checks:
            rule(self)

    return _check


def _check_value(f: Field, value):
    """A field's value as its declaration takes it: by the field's own check where it has one, else by its kind."""
    if f.check is not None:
        return f.check(f, value)
    kind = f.kind
    if kind == "scale":
        return check_scale(f.label, value, f.low, f.high)
    if kind == "amount":
        if value is None and not f.nullable:
            raise InvalidInput(f"{f.label} is needed, in {f.unit}")
        return check_amount(f.label, value, f.high, f.unit)
    if kind == "time":
        if value is None and f.nullable:
            return None
        return check_time(f.label, value)
    if kind == "text":
        if f.nullable:  # optional text: empty is the same as not given
            return clean_text(f.label, value, required=False) or None
        return clean_text(f.label, value, required=True)
    if kind in ("uid", "name"):
        return check_name(f.label, value, required=not f.nullable)
    if kind == "number":
        return check_number(f.label, value, required=not f.nullable)
    if kind == "tags":
        return clean_tags(value)
    if kind == "names":
        return clean_activities(value)
    if kind == "choice":
        if not isinstance(value, str) or value not in f.choices:
            raise InvalidInput(f"{f.label} must be one of {', '.join(f.choices)}, not {value!r}")
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise InvalidInput(f"{f.label} must be true or false, not {value!r}")
        return value
    return value  # id, link, mapping (a mapping always has its own check)


# A field's own check, check(field, value), where its kind's rule needs other words or more.
def _seconds(f: Field, value):
    if value is None:
        raise InvalidInput(f"a session needs its {f.label} in {f.unit}")
    return check_amount(f.label, value, f.high, f.unit)


def _practice_id(f: Field, value):
    if not value or not isinstance(value, str):
        raise InvalidInput("a session needs a practice id")
    return check_name(f.label, value)


def _step_answers(f: Field, value):
    if not isinstance(value, dict):
        raise InvalidInput("answers must be a mapping of step id to answer")
    return check_answers(f.label, value, check_plain_answer)


def _item_answers(f: Field, value):
    return check_answers(f.label, value, _item_answer)


def _scores(f: Field, value):
    return check_answers(f.label, value, check_number)


def _item_answer(name: str, value):
    # an item's answer is a whole number on its scale, or None when it was skipped
    return check_number(name, value, whole=True, required=False)


def _session_order(s) -> None:
    if s.ended_at < s.started_at:
        raise InvalidInput("a session cannot end before it starts")


def _uid_field():
    return Field(
        "uid",
        "uid",
        "A random id that stays the same across exports and imports.",
        label="the uid",
        nullable=False,
        default=_Factory(new_uid),
    )


def _id_field():
    return Field(
        "id", "id", "This home's own number for the record; not exported.", nullable=False, new=False, exported=False
    )


ENTRY = Declaration(
    "journal entry",
    "entries",
    (
        _id_field(),
        _uid_field(),
        Field("text", "text", "What you wrote.", label="the entry", nullable=False, given=True),
        Field(
            "created_at",
            "time",
            "When it was written.",
            label="the entry's time",
            nullable=False,
            default=_Factory(now),
        ),
        # part of a new record too, so an import keeps the time an exported entry was last edited
        Field("updated_at", "time", "When it was last edited, or null.", label="the entry's last edit"),
        Field("mood", "scale", "0 (very low) to 10 (very good), or null.", given=True),
        Field("tags", "tags", "Short words, lower-case, without # or @.", given=True),
        Field(
            "kind",
            "choice",
            "How it came to be written.",
            label="entry kind",
            choices=ENTRY_KINDS,
            nullable=False,
            default="free",
        ),
        Field(
            "session_id", "link", "The practice session it was written in, or null.", link="session_uid", default=None
        ),
    ),
)

CHECKIN = Declaration(
    "check-in",
    "checkins",
    (
        _id_field(),
        _uid_field(),
        Field(
            "at",
            "time",
            "When you checked in.",
            label="the check-in's time",
            column="checked",
            nullable=False,
            default=_Factory(now),
        ),
        Field("mood", "scale", "Mood, 0 (very low) to 10 (very good).", given=True),
        Field("distress", "scale", "Distress, 0 (none) to 10 (the most).", given=True),
        Field(
            "sleep_hours",
            "amount",
            "Hours slept last night.",
            label="sleep",
            high=24,
            unit="hours",
            given=True,
            flag="--sleep",
        ),
        Field(
            "active_minutes",
            "amount",
            "Minutes of activity today.",
            label="active time",
            high=1440,
            unit="minutes",
            given=True,
            flag="--active",
        ),
        Field("social", "scale", "How connected to people you feel, 0 to 10.", given=True),
        Field("food", "scale", "How cared for your body has felt, with food and drink, 0 to 10.", given=True),
        Field("note", "text", "A few words, if you like.", label="the note", given=True),
        Field(
            "activities",
            "names",
            "Something you did today, in your own words (walk, work, saw friends).",
            given=True,
            flag="--activity",
        ),
    ),
)

SESSION = Declaration(
    "practice session",
    "sessions",
    (
        _id_field(),
        _uid_field(),
        Field("practice_id", "name", "The practice's id.", label="the practice id", nullable=False, check=_practice_id),
        Field("started_at", "time", "When it started.", label="the start", nullable=False),
        Field("ended_at", "time", "When it ended.", label="the end", nullable=False),
        Field(
            "planned_seconds",
            "amount",
            "How long it was meant to take.",
            label="planned time",
            high=86400,
            unit="seconds",
            nullable=False,
            check=_seconds,
        ),
        Field(
            "actual_seconds",
            "amount",
            "How long it took.",
            label="practised time",
            high=86400,
            unit="seconds",
            nullable=False,
            check=_seconds,
        ),
        Field("completed", "bool", "Whether every step was done.", nullable=False),
        Field(
            "answers",
            "mapping",
            "Step id to answer (text, a number or a choice).",
            nullable=False,
            default=_Factory(dict),
            check=_step_answers,
            values="answer",
        ),
        Field("distress_before", "scale", "0 none, 10 the most."),
        Field("distress_after", "scale", "0 none, 10 the most."),
        Field("mood", "scale", "0 (very low) to 10 (very good), or null."),
        Field(
            "stopped_reason",
            "name",
            "Why it stopped early (too_much, stopped), or null when it was completed.",
            label="the reason it stopped",
        ),
    ),
    checks=(_session_order,),
)

REFRAME = Declaration(
    "kinder version",
    "reframes",
    (
        _id_field(),
        _uid_field(),
        Field("entry_id", "link", "The journal entry the sentence came from.", nullable=False, link="entry_uid"),
        Field("original", "text", "The sentence as it was written.", label="the original sentence", nullable=False),
        Field("reframe", "text", "The kinder version.", label="the kinder version", nullable=False),
        Field(
            "created_at",
            "time",
            "When it was written.",
            label="the reframe's time",
            nullable=False,
            default=_Factory(now),
        ),
    ),
)

ASSESSMENT = Declaration(
    "assessment result",
    "assessments",
    (
        _id_field(),
        _uid_field(),
        Field(
            "instrument_id", "name", "The instrument's id.", label="the instrument", nullable=False, json="instrument"
        ),
        Field(
            "instrument_version",
            "name",
            "The version of the instrument answered.",
            label="the instrument version",
            nullable=False,
        ),
        Field("taken_at", "time", "When it was answered.", label="the time taken", nullable=False),
        Field(
            "answers",
            "mapping",
            "Item id to answer, null for a skipped item.",
            nullable=False,
            check=_item_answers,
            values="whole",
        ),
        Field(
            "subscales",
            "mapping",
            "Subscale name to score.",
            nullable=False,
            check=_scores,
            values="number",
        ),
        Field("total", "number", "The total score, or null."),
        Field("band", "name", "The band the total falls in, or null."),
    ),
)

DECLARATIONS = (ENTRY, CHECKIN, SESSION, REFRAME, ASSESSMENT)

NewEntry = ENTRY.record("NewEntry", "A journal entry about to be written.", new=True)
Entry = ENTRY.record("Entry", "A journal entry as stored.", new=False)
NewCheckin = CHECKIN.record(
    "NewCheckin", "A check-in about to be written. Every field but the time is optional.", new=True
)
Checkin = CHECKIN.record("Checkin", "A check-in as stored.", new=False)
NewSession = SESSION.record("NewSession", "A practice session about to be written (complete or partial).", new=True)
Session = SESSION.record("Session", "A practice session as stored.", new=False)
NewReframe = REFRAME.record(
    "NewReframe", "A kinder version of a sentence from an entry, kept beside the original.", new=True
)
Reframe = REFRAME.record("Reframe", "A kinder version as stored.", new=False)
NewAssessment = ASSESSMENT.record(
    "NewAssessment", "An answered instrument with its scores (domain.instruments).", new=True
)
Assessment = ASSESSMENT.record("Assessment", "An answered instrument as stored.", new=False)
