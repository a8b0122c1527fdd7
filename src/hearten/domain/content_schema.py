"""The shapes of practices, learn cards and help resources, and the rules they must meet.

The files under hearten/content are validated against these models when they are
loaded, so a mistake in a practice file is caught with its field named.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from hearten.domain.countries import COUNTRY_ALIASES, EU_MEMBERS, CountryLookup  # noqa: F401 (re-exported)

COMPONENTS = ("self_kindness", "common_humanity", "mindfulness")
Component = Literal["self_kindness", "common_humanity", "mindfulness"]

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
MAX_PHRASES = 12
MAX_PHRASE_CHARS = 200

# "{phrases}" lists the kind wishes, "{self_phrases}" the same wishes said to yourself
# ("May I be safe"); "{answer:step-id|fallback}" repeats an earlier answer.
PLACEHOLDER = re.compile(r"\{(phrases|self_phrases|answer:([a-z0-9_-]+)(?:\|([^}]*))?)\}")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class _Step(_Model):
    id: str = Field(pattern=ID_PATTERN)
    text: str = Field(min_length=1)
    # Earlier written answers shown again with this step, in this order, where it asks
    # the person to read back what they wrote.
    read_back: list[str] = Field(default_factory=list)


class InstructionStep(_Step):
    """Something to read or do; no answer."""

    kind: Literal["instruction"]


class TimedStep(_Step):
    """A stretch of practice on a timer, with optional bells at a steady interval."""

    kind: Literal["timed"]
    seconds: float = Field(gt=0, le=4 * 3600)
    bell_every: float | None = Field(default=None, gt=0)
    open_ended: bool = False  # counts up until the person moves on
    adjustable: bool = False  # the person may change the length, the bells, or make it open-ended


class PromptStep(_Step):
    """A question answered in the person's own words."""

    kind: Literal["prompt"]
    journal: bool = False  # the answer also becomes a journal entry
    heading: str | None = None  # a short label for that journal entry
    placeholder: str | None = None
    lead: str | None = None  # words that begin the answer, such as a letter's greeting; kept with it
    fill_from: Literal["name"] | None = None  # starts filled in with this personal setting


class ChoiceStep(_Step):
    """A question answered by picking one option."""

    kind: Literal["choice"]
    options: list[str] = Field(min_length=2)

    @field_validator("options")
    @classmethod
    def _distinct(cls, options: list[str]) -> list[str]:
        if len(set(options)) != len(options):
            raise ValueError("options must all be different")
        if any(not option.strip() for option in options):
            raise ValueError("an option is empty")
        return options


class RatingStep(_Step):
    """A rating on a whole-number scale (0 to 10 unless stated)."""

    kind: Literal["rating"]
    low: int = Field(default=0, ge=0)
    high: int = Field(default=10, le=100)
    low_label: str
    high_label: str

    @model_validator(mode="after")
    def _ordered(self) -> RatingStep:
        if self.low >= self.high:
            raise ValueError("low must be below high")
        return self


Step = Annotated[
    InstructionStep | TimedStep | PromptStep | ChoiceStep | RatingStep,
    Field(discriminator="kind"),
]


def check_phrases(phrases) -> list[str]:
    """Kind wishes as a clean list: each a non-empty line of sane length."""
    if isinstance(phrases, str) or not phrases:
        raise ValueError("give at least one phrase, as a list")
    cleaned = []
    for phrase in phrases:
        if not isinstance(phrase, str) or not phrase.strip():
            raise ValueError("every phrase must be a line of text")
        if len(phrase) > MAX_PHRASE_CHARS or "\n" in phrase.strip():
            raise ValueError(f"a phrase must be one line of at most {MAX_PHRASE_CHARS} characters")
        cleaned.append(phrase.strip())
    if len(cleaned) > MAX_PHRASES:
        raise ValueError(f"at most {MAX_PHRASES} phrases")
    return cleaned


class Practice(_Model):
    """One practice: what it is, where it comes from, and its steps in order."""

    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1, max_length=80)
    summary: str = Field(min_length=1, max_length=200)
    components: list[Component] = Field(min_length=1)
    credit: str = Field(min_length=1)
    source: str = Field(min_length=1)  # what in the article this practice comes from
    minutes: float = Field(gt=0, le=240)
    journal_kind: Literal["practice", "letter"] = "practice"
    phrases: list[str] = Field(default_factory=list)
    self_phrases: list[str] = Field(default_factory=list)  # the wishes in the first person, for yourself
    # Lengths in minutes offered for the adjustable timer (besides "as long as you choose").
    durations: list[float] = Field(default_factory=list, max_length=12)
    steps: list[Step] = Field(min_length=1)

    @field_validator("summary")
    @classmethod
    def _one_line(cls, summary: str) -> str:
        if "\n" in summary.strip():
            raise ValueError("the summary must be one line")
        return summary.strip()

    @field_validator("components")
    @classmethod
    def _distinct_components(cls, components: list[str]) -> list[str]:
        if len(set(components)) != len(components):
            raise ValueError("a component is listed twice")
        return components

    @field_validator("phrases", "self_phrases")
    @classmethod
    def _phrases(cls, phrases: list[str]) -> list[str]:
        return check_phrases(phrases) if phrases else []

    @field_validator("durations")
    @classmethod
    def _durations(cls, durations: list[float]) -> list[float]:
        if any(not 0 < d <= 240 for d in durations):
            raise ValueError("every duration must be more than 0 and at most 240 minutes")
        if durations != sorted(set(durations)):
            raise ValueError("durations must be different and in order, shortest first")
        return durations

    @model_validator(mode="after")
    def _durations_need_an_adjustable_timer(self) -> Practice:
        if self.durations and not self.adjustable:
            raise ValueError("durations are offered only for a practice with an adjustable timed step")
        return self

    @model_validator(mode="after")
    def _steps_agree(self) -> Practice:
        seen: set[str] = set()
        for step in self.steps:
            if step.id in seen:
                raise ValueError(f"step id {step.id!r} is used twice")
            for ref in step.read_back:
                if ref not in seen or not isinstance(self.step(ref), PromptStep):
                    raise ValueError(f"step {step.id!r} reads back {ref!r}, which is not an earlier written step")
            for match in PLACEHOLDER.finditer(step.text + (getattr(step, "lead", None) or "")):
                if match.group(1) == "phrases" and not self.phrases:
                    raise ValueError(f"step {step.id!r} uses {{phrases}} but the practice has no phrases")
                if match.group(1) == "self_phrases" and not self.self_phrases:
                    raise ValueError(f"step {step.id!r} uses {{self_phrases}} but the practice has no self_phrases")
                ref = match.group(2)
                if ref and ref not in seen:
                    raise ValueError(f"step {step.id!r} repeats the answer to {ref!r}, which is not an earlier step")
            seen.add(step.id)
        return self

    def step(self, step_id: str):
        """The step with this id; KeyError when there is none."""
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    @property
    def timed_steps(self) -> list[TimedStep]:
        return [step for step in self.steps if isinstance(step, TimedStep)]

    @property
    def planned_seconds(self) -> float:
        """The seconds of timed practice as written (open-ended steps plan nothing)."""
        return sum(step.seconds for step in self.timed_steps if not step.open_ended)

    @property
    def adjustable(self) -> bool:
        return any(step.adjustable for step in self.timed_steps)

    @property
    def written_minutes(self) -> float:
        """The adjustable timers' length as written, in minutes (the choice made when none is made)."""
        return sum(step.seconds for step in self.timed_steps if step.adjustable) / 60

    def with_phrases(self, phrases=None, self_phrases=None) -> Practice:
        """A copy using the person's own kind wishes instead of the written ones.

        Their wishes for themselves are `self_phrases` when given; otherwise their own
        `phrases` are used for themselves too, as they wrote them.
        """
        if not self.phrases:
            raise ValueError(f"{self.id} has no phrases to replace")
        update = {}
        if phrases is not None:
            update["phrases"] = check_phrases(phrases)
        if self.self_phrases and (self_phrases is not None or phrases is not None):
            update["self_phrases"] = check_phrases(self_phrases) if self_phrases is not None else update["phrases"]
        return self.model_copy(update=update)


def personal_prefill(practice: Practice, *, name: str | None = None) -> dict[str, str]:
    """Starting text for the steps filled in from personal settings (only `name` so far)."""
    if not name or not name.strip():
        return {}
    return {s.id: name.strip() for s in practice.steps if isinstance(s, PromptStep) and s.fill_from == "name"}


def render_text(text: str, *, phrases=(), answers=None, self_phrases=()) -> str:
    """A step's words with {phrases}, {self_phrases} and {answer:id|fallback} filled in."""
    answers = answers or {}

    def fill(match: re.Match) -> str:
        if match.group(1) in ("phrases", "self_phrases"):
            wishes = phrases if match.group(1) == "phrases" else self_phrases
            return "\n".join(f"  {phrase}" for phrase in wishes)
        value = answers.get(match.group(2))
        if value is None or (isinstance(value, str) and not value.strip()):
            return match.group(3) or ""
        value = str(value).strip()
        if match.string[match.end() : match.end() + 1] in tuple(".,;:?!"):
            value = value.rstrip(".,;:?! ") or value  # "about the exam?" rather than "about the exam.?"
        return value

    return PLACEHOLDER.sub(fill, text)


class LearnCard(_Model):
    """A short card explaining one idea, with a practice to try."""

    id: str = Field(pattern=ID_PATTERN)
    order: int = 100
    title: str = Field(min_length=1, max_length=100)
    body: str = Field(min_length=1, max_length=2000)
    try_practice: str | None = Field(default=None, alias="try", pattern=ID_PATTERN)


NOT_YET_CHECKED = "not yet checked"
CHECKED_ON = "checked {day} {month} {year}"
_SMS = re.compile(r"^(?:text\s+(?P<body>\S+)\s+to\s+)?(?P<number>\+?[0-9][0-9 ]*[0-9])$", re.IGNORECASE)


class Resource(_Model):
    """A place to turn to for help. An empty phone, text or web means that way is not offered.

    `last_verified` is the day a person checked the entry against its `source`, or None
    when nobody has (written "" in resources.toml).
    """

    name: str = Field(min_length=1)
    kind: Literal["emergency", "crisis", "support", "directory", "own"]
    phone: str
    text: str
    web: str
    hours: str
    source: str
    last_verified: date | None
    note: str = ""

    @field_validator("last_verified", mode="before")
    @classmethod
    def _unchecked(cls, value):
        return None if value == "" else value

    @model_validator(mode="after")
    def _reachable(self) -> Resource:
        if not (self.phone or self.text or self.web):
            raise ValueError("a resource needs a phone number, a text number or a web address")
        if self.kind != "own" and not self.source.startswith("https://"):
            raise ValueError("a listed resource needs the https:// address of its official source")
        return self

    @property
    def freshness(self) -> str:
        """How fresh the entry is, in words: "not yet checked" or "checked 4 Nov 2026"."""
        if self.last_verified is None:
            return NOT_YET_CHECKED
        day = self.last_verified
        return CHECKED_ON.format(day=day.day, month=day.strftime("%b"), year=day.year)

    @property
    def numbers(self) -> list[str]:
        """Each phone number on its own, as written ("116 123"), for one call button each."""
        return [n.strip() for n in re.split(r"\s+or\s+|\s*/\s*", self.phone) if n.strip()]

    @property
    def calls(self) -> list[tuple[str, str]]:
        """(number as written, number to dial) for each phone number that can be dialled."""
        return [(number, dial(number)) for number in self.numbers if len(dial(number)) >= 3]

    @property
    def sms(self) -> tuple[str, str] | None:
        """(number, first words) for a text line written "988" or "Text HOME to 741741"; else None."""
        found = _SMS.match(self.text.strip())
        if not found:
            return None
        return found["number"].replace(" ", ""), found["body"] or ""


def dial(number: str) -> str:
    """A phone number as a tel: link wants it: digits and a leading +, nothing else."""
    return re.sub(r"[^0-9+]", "", number)


class Country(_Model):
    """The help lines of one country (or 'anywhere else'), with its emergency numbers."""

    code: str = Field(pattern=r"^([A-Z]{2}|EU|ANY)$")
    name: str = Field(min_length=1)
    resources: list[Resource] = Field(min_length=1)

    @property
    def emergency(self) -> list[Resource]:
        return [r for r in self.resources if r.kind == "emergency"]

    @property
    def lines(self) -> list[Resource]:
        return [r for r in self.resources if r.kind != "emergency"]


class ResourceBook(_Model, CountryLookup):
    """Every country's help, keyed by code; 'ANY' holds what works anywhere else."""

    countries: dict[str, Country]

    @model_validator(mode="after")
    def _has_fallback(self) -> ResourceBook:
        if "ANY" not in self.countries:
            raise ValueError("there must be an 'anywhere else' entry with code ANY")
        for code, country in self.countries.items():
            if code != country.code:
                raise ValueError(f"country {country.name!r} is filed under {code!r} but has code {country.code!r}")
        return self
