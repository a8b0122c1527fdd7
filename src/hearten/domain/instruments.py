"""Instruments as data, and how their answers become scores.

An instrument is a file (see docs/assessments.md); this module checks its shape and
scores answers with exact arithmetic (fractions), turning results into floats only at
the end. No I/O here: the loader in hearten.content.instruments reads the files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, Strict, ValidationError, model_validator

from hearten.domain import records
from hearten.domain.records import NewAssessment, check_time
from hearten.errors import InstrumentError  # re-exported

FORMAT_VERSION = 1
MAX_ITEMS = 200
MAX_SUBSCALES = 100
MAX_TEXT = 2_000  # one item, title or label
MAX_LONG_TEXT = 10_000  # instructions, provenance, one note
MAX_SCALE_POINTS = 101  # e.g. 0..100
ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
INSTRUMENT_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,63}$"  # no '_': it doubles as a FHIR resource id


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def _no_control(value: str) -> str:
    # Tabs and line breaks are fine in prose; other control characters only hide mischief.
    if _CONTROL.search(value):
        raise ValueError("has a control character in it")
    if records.has_broken_characters(value):
        raise ValueError("has a broken character (a lone surrogate) in it")
    return value


Id = Annotated[str, Strict(), Field(pattern=ID_PATTERN)]
InstrumentId = Annotated[str, Strict(), Field(pattern=INSTRUMENT_ID_PATTERN)]
Text = Annotated[str, Strict(), Field(min_length=1, max_length=MAX_TEXT)]
LongText = Annotated[str, Strict(), Field(min_length=1, max_length=MAX_LONG_TEXT)]
Int = Annotated[int, Strict()]
Bool = Annotated[bool, Strict()]
Number = Annotated[float, Strict()]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    @model_validator(mode="after")
    def _texts_are_clean(self):
        for name, value in self:
            texts = value if isinstance(value, list) else list(value.values()) if isinstance(value, dict) else [value]
            for text in texts:
                if isinstance(text, str):
                    try:
                        _no_control(text)
                    except ValueError:
                        raise ValueError(f"{name} has a control character in it") from None
        return self


class Scale(_Model):
    """The answers every item takes: whole numbers from min to max, some with labels."""

    min: Int
    max: Int
    labels: dict[Annotated[str, Strict()], Text] = {}

    @model_validator(mode="after")
    def _check(self):
        if self.max <= self.min:
            raise ValueError(f"scale max ({self.max}) must be above min ({self.min})")
        if self.max - self.min + 1 > MAX_SCALE_POINTS:
            raise ValueError(f"a scale may have at most {MAX_SCALE_POINTS} points")
        for key in self.labels:
            if not re.fullmatch(r"-?[0-9]{1,4}", key) or not self.min <= int(key) <= self.max:
                raise ValueError(f"scale label {key!r} is not a whole number from {self.min} to {self.max}")
        return self

    def label(self, value: int) -> str | None:
        return self.labels.get(str(value))

    @property
    def fully_labelled(self) -> bool:
        return all(str(v) in self.labels for v in range(self.min, self.max + 1))


class Item(_Model):
    id: Id
    text: Text | None = None  # None only in a scoring key, until the user attaches text
    subscale: Id
    reversed: Bool = False


class Subscale(_Model):
    id: Id
    title: Text


class Group(_Model):
    """A display group, e.g. a component made of a pair of facets; its score is their mean."""

    id: Id
    title: Text
    subscales: Annotated[list[Id], Field(min_length=1, max_length=MAX_SUBSCALES)]


class Scoring(_Model):
    subscale: Literal["mean", "sum"] = "mean"
    total: Literal["mean_of_subscales", "mean_of_items", "sum", "none"] = "mean_of_subscales"


class Band(_Model):
    """A named score range: min inclusive, max exclusive, except the top band includes its max."""

    name: Id
    min: Number
    max: Number


class Missing(_Model):
    policy: Literal["all_required", "prorate"] = "all_required"
    min_share: Annotated[float, Strict(), Field(gt=0, le=1)] | None = None

    @model_validator(mode="after")
    def _check(self):
        if self.policy == "prorate" and self.min_share is None:
            raise ValueError("missing.policy 'prorate' needs min_share (e.g. 0.8)")
        if self.policy == "all_required" and self.min_share is not None:
            raise ValueError("missing.min_share only applies to policy 'prorate'")
        return self


class Instrument(_Model):
    """A questionnaire and how to score it. Build one with parse_instrument()."""

    format: Literal[1] = FORMAT_VERSION
    id: InstrumentId
    title: Text
    version: Annotated[str, Strict(), Field(min_length=1, max_length=64)]
    instructions: LongText
    provenance: LongText
    requires_item_text: Bool = False
    retake_days: Annotated[int, Strict(), Field(ge=1, le=3650)]
    show_subscales: Bool = True
    notes: Annotated[list[LongText], Field(max_length=20)] = []
    scale: Scale
    subscales: Annotated[list[Subscale], Field(min_length=1, max_length=MAX_SUBSCALES)]
    groups: Annotated[list[Group], Field(max_length=MAX_SUBSCALES)] = []
    items: Annotated[list[Item], Field(min_length=1, max_length=MAX_ITEMS)]
    scoring: Scoring = Scoring()
    bands: Annotated[list[Band], Field(max_length=20)] = []
    missing: Missing = Missing()

    @model_validator(mode="after")
    def _check(self):
        _unique("item id", [i.id for i in self.items])
        _unique("subscale id", [s.id for s in self.subscales])
        _unique("group id", [g.id for g in self.groups])
        _unique("band name", [b.name for b in self.bands])
        known = {s.id for s in self.subscales}
        for item in self.items:
            if item.subscale not in known:
                raise ValueError(f"item {item.id!r} belongs to unknown subscale {item.subscale!r}")
        used = {i.subscale for i in self.items}
        for sub in self.subscales:
            if sub.id not in used:
                raise ValueError(f"subscale {sub.id!r} has no items")
        for group in self.groups:
            _unique(f"subscale in group {group.id!r}", group.subscales)
            for sub in group.subscales:
                if sub not in known:
                    raise ValueError(f"group {group.id!r} names unknown subscale {sub!r}")
        if self.requires_item_text:
            if any(i.text is not None for i in self.items):
                raise ValueError("a scoring key (requires_item_text = true) must not contain item text")
        else:
            for item in self.items:
                if item.text is None:
                    raise ValueError(
                        f"item {item.id!r} has no text (only a key with requires_item_text = true may omit it)"
                    )
        if self.bands:
            if self.scoring.total == "none":
                raise ValueError("bands need a total score, but scoring.total is 'none'")
            for band in self.bands:
                if not band.min < band.max:
                    raise ValueError(f"band {band.name!r}: min ({band.min:g}) must be below max ({band.max:g})")
            for lower, upper in zip(self.bands, self.bands[1:]):
                if lower.max != upper.min:
                    raise ValueError(
                        f"bands must be in rising order and meet exactly: {lower.name!r} ends at {lower.max:g}"
                        f" but {upper.name!r} starts at {upper.min:g}"
                    )
        return self

    def item_ids(self) -> list[str]:
        return [i.id for i in self.items]

    def subscale_items(self, subscale_id: str) -> list[Item]:
        return [i for i in self.items if i.subscale == subscale_id]


def _unique(what: str, values: list[str]) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"duplicate {what} {value!r}")
        seen.add(value)


def _where(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def parse_instrument(data: object, *, source: str = "instrument") -> Instrument:
    """An Instrument from plain data (parsed TOML or JSON), or InstrumentError naming every problem."""
    if not isinstance(data, dict):
        raise InstrumentError(f"{source}: expected a table of settings, not {type(data).__name__}")
    if "scale" not in data and any(isinstance(i, dict) and i.get("reversed") for i in data.get("items") or []):
        raise InstrumentError(f"{source}: an item is reversed but there is no [scale] (min and max) to reverse it on")
    try:
        return Instrument.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False)[:10]:
            msg = err["msg"].removeprefix("Value error, ")
            where = _where(err["loc"])
            problems.append(f"{where}: {msg}" if where else msg)
        more = exc.error_count() - len(problems)
        if more > 0:
            problems.append(f"and {more} more")
        raise InstrumentError(f"{source} is not a valid instrument: " + "; ".join(problems)) from None


# --- attaching the user's own copy of item text to a scoring key -------------------------

_NUMBERING = re.compile(r"^\s*(\d{1,3})\s*[.):](\s+|$)")


def attach_item_text(key: Instrument, lines: list[str], new_id: str | None = None) -> Instrument:
    """The key with one item text per line, in published order; a leading '7.' that matches the line is dropped."""
    if not key.requires_item_text:
        raise InstrumentError(f"{key.id} already has its item text")
    if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
        raise InstrumentError("item text must be a list of lines of text")
    expected = len(key.items)
    if len(lines) != expected:
        raise InstrumentError(
            f"{key.title} has {expected} items, so it needs {expected} lines of text, one per item; got {len(lines)}"
        )
    texts = []
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        match = _NUMBERING.match(text)
        if match and int(match.group(1)) == number:
            text = text[match.end() :].strip()
        if not text:
            raise InstrumentError(f"line {number} is empty; every item needs its text")
        if len(text) > MAX_TEXT:
            raise InstrumentError(f"line {number} is longer than {MAX_TEXT:,} characters")
        texts.append(text)
    data = key.model_dump()
    data["requires_item_text"] = False
    if new_id is not None:
        data["id"] = new_id
    data["provenance"] = key.provenance.rstrip() + " Item text supplied by the user."
    for item, text in zip(data["items"], texts):
        item["text"] = text
    return parse_instrument(data, source=new_id or key.id)


# --- scoring -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Scored:
    """Scores of one set of answers. Floats are exact to float precision; round only to show them."""

    subscales: dict[str, float]
    components: dict[str, float] = field(default_factory=dict)
    total: float | None = None
    band: str | None = None
    notes: list[str] = field(default_factory=list)


def _check_answer(instrument: Instrument, item_id: str, value) -> int | None:
    if value is None:
        return None
    low, high = instrument.scale.min, instrument.scale.max
    if isinstance(value, bool) or not isinstance(value, int):
        raise InstrumentError(
            f"the answer to item {item_id} must be a whole number from {low} to {high}, not {value!r}"
        )
    if not low <= value <= high:
        raise InstrumentError(f"the answer to item {item_id} must be from {low} to {high}, not {value}")
    return value


def answers_from_list(instrument: Instrument, values: list[int | None]) -> dict[str, int | None]:
    """Answers given in item order (as in `--answers 3,4,2,...`), keyed by item id."""
    if not isinstance(values, (list, tuple)):
        raise InstrumentError("answers must be a list, one per item")
    if len(values) != len(instrument.items):
        raise InstrumentError(f"{instrument.title} has {len(instrument.items)} items; got {len(values)} answers")
    return {item.id: _check_answer(instrument, item.id, v) for item, v in zip(instrument.items, values)}


def parse_answer_list(text: str) -> list[int | None]:
    """'3,4,,2,-' -> [3, 4, None, 2, None]: a blank or '-' skips an item."""
    if not isinstance(text, str) or len(text) > 10_000:
        raise InstrumentError("answers must be a short line of numbers separated by commas")
    out: list[int | None] = []
    for position, part in enumerate(text.split(","), start=1):
        part = part.strip()
        if part in ("", "-"):
            out.append(None)
        elif re.fullmatch(r"-?[0-9]{1,4}", part):
            out.append(int(part))
        else:
            raise InstrumentError(f"answer {position} ({part!r}) is not a whole number; use a blank or '-' to skip one")
    return out


def _exact(number: float) -> Fraction:
    # Band edges are written in decimal (2.5, 3.5): compare against the decimal, not the binary float.
    return Fraction(repr(float(number)))


def _mean(values: list[Fraction]) -> Fraction:
    return sum(values, Fraction(0)) / len(values)


def unanswered_but_required(instrument: Instrument, answers: dict) -> list[str]:
    """The items left unanswered (None or absent) when the instrument is scored only with every answer;
    [] when it allows gaps (prorating)."""
    if instrument.missing.policy != "all_required":
        return []
    return [i for i in instrument.item_ids() if answers.get(i) is None]


def score(instrument: Instrument, answers: dict[str, int | None]) -> Scored:
    """Score answers (item id -> whole number, or None when skipped) under the instrument's rules."""
    if instrument.requires_item_text:
        raise InstrumentError(
            f"{instrument.title} needs its item text before it can be answered; see `attach_item_text`"
        )
    if not isinstance(answers, dict):
        raise InstrumentError("answers must map item ids to whole numbers")
    ids = instrument.item_ids()
    unknown = [k for k in answers if k not in ids]
    if unknown:
        raise InstrumentError(f"{instrument.title} has no item {', '.join(map(repr, unknown[:5]))}")
    absent = [i for i in ids if i not in answers]
    if absent:
        raise InstrumentError(
            f"{instrument.title} has {len(ids)} items; got {len(answers)} answers"
            f" (none for {', '.join(absent[:5])}{'...' if len(absent) > 5 else ''}; send null to skip one)"
        )
    checked = {i: _check_answer(instrument, i, answers[i]) for i in ids}
    skipped = [i for i in ids if checked[i] is None]
    policy = instrument.missing
    required = unanswered_but_required(instrument, checked)
    if required:
        raise InstrumentError(
            f"{instrument.title} is scored only when every question is answered; not answered: {', '.join(required)}"
        )
    need = _exact(policy.min_share) if policy.min_share is not None else Fraction(1)
    flip = instrument.scale.min + instrument.scale.max

    def value(item: Item) -> Fraction | None:
        raw = checked[item.id]
        if raw is None:
            return None
        return Fraction(flip - raw if item.reversed else raw)

    notes: list[str] = []
    exact_subs: dict[str, Fraction] = {}
    for sub in instrument.subscales:
        items = instrument.subscale_items(sub.id)
        given = [v for v in map(value, items) if v is not None]
        if not given:
            notes.append(f"{sub.title}: not answered, so not scored")
            continue
        if Fraction(len(given), len(items)) < need:
            notes.append(f"{sub.title}: too few answers to score")
            continue
        mean = _mean(given)
        exact_subs[sub.id] = mean if instrument.scoring.subscale == "mean" else mean * len(items)
    if not exact_subs:
        raise InstrumentError(f"too few answers to score {instrument.title}")

    components: dict[str, float] = {}
    for group in instrument.groups:
        if all(s in exact_subs for s in group.subscales):
            components[group.id] = float(_mean([exact_subs[s] for s in group.subscales]))

    total: Fraction | None = None
    mode = instrument.scoring.total
    if mode == "mean_of_subscales":
        if len(exact_subs) == len(instrument.subscales):
            total = _mean(list(exact_subs.values()))
    elif mode in ("mean_of_items", "sum"):
        given = [v for v in map(value, instrument.items) if v is not None]
        if Fraction(len(given), len(ids)) >= need:
            total = _mean(given) if mode == "mean_of_items" else _mean(given) * len(ids)
    if total is None and mode != "none":
        notes.append("Total: too few answers to score")
    if skipped and total is not None:
        notes.append(f"{len(skipped)} of {len(ids)} items skipped; scores use the mean of the answered items")

    notes.extend(instrument.notes)
    return Scored(
        subscales={k: float(v) for k, v in exact_subs.items()},
        components=components,
        total=None if total is None else float(total),
        band=None if total is None else band_for(instrument, total),
        notes=notes,
    )


def band_for(instrument: Instrument, total: float | Fraction) -> str | None:
    """The band a total falls in: min inclusive, max exclusive, the top band inclusive of its max."""
    exact = total if isinstance(total, Fraction) else _exact(total)
    for position, band in enumerate(instrument.bands):
        low, high = _exact(band.min), _exact(band.max)
        top = position == len(instrument.bands) - 1
        if low <= exact < high or (top and exact == high):
            return band.name
    return None


def display_score(value: float | None, places: int = 2) -> str:
    """A score rounded half-up for people to read ('3.13' for 3.125); a whole number without decimals
    ('9', not '9.00': a rating as it was given); a dash when there is none."""
    if value is None:
        return "-"
    quantum = Decimal(1).scaleb(-places)
    rounded = Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP) + 0  # + 0: no "-0"
    return str(rounded.to_integral_value()) if rounded == rounded.to_integral_value() else str(rounded)


def is_due(instrument: Instrument, last_taken_at: datetime | None, now: datetime) -> bool:
    """True when the suggested retake interval has passed since last time (or there was no last time)."""
    if last_taken_at is None:
        return True
    last = check_time("the last time taken", last_taken_at)
    return check_time("now", now) - last >= timedelta(days=instrument.retake_days)


def new_assessment(
    instrument: Instrument,
    answers: dict[str, int | None],
    scored: Scored | None = None,
    *,
    taken_at: datetime | None = None,
) -> NewAssessment:
    """A NewAssessment ready to store; scores the answers when no Scored is given."""
    if scored is None:
        scored = score(instrument, answers)
    return NewAssessment(
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        answers={i: answers.get(i) for i in instrument.item_ids()},
        subscales=dict(scored.subscales),
        total=scored.total,
        band=scored.band,
        taken_at=taken_at if taken_at is not None else records.now(),
    )


def assessment_json(assessment) -> dict:
    """The `--json` shape of a stored Assessment (or a NewAssessment, whose id is None)."""
    return {
        "id": getattr(assessment, "id", None),
        "instrument": assessment.instrument_id,
        "taken_at": assessment.taken_at.isoformat(),
        "answers": dict(assessment.answers),
        "subscales": dict(assessment.subscales),
        "total": assessment.total,
        "band": assessment.band,
    }
