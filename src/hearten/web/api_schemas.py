"""The JSON API's request and response shapes (what is sent in, what is shown), for OpenAPI."""

from __future__ import annotations

from typing import Literal

from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

Scale = Field(default=None, ge=0, le=10)


def _json_number(value):
    # JSON true/false and "7" are not numbers (pydantic would otherwise take them as 1, 0 and 7).
    if isinstance(value, (bool, str, bytes)):
        raise ValueError("must be a JSON number")
    return value


Int = Annotated[int, BeforeValidator(_json_number)]
Number = Annotated[float, BeforeValidator(_json_number)]
ISO_MOMENT = r"^[1-9]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-](0\d|1[0-4]):?[0-5]\d)?$"


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Problem(BaseModel):
    """What went wrong, in words a person can act on."""

    detail: str


class CsrfOut(BaseModel):
    csrf_token: str
    header: str = "X-CSRF-Token"


class EntryIn(_In):
    text: str = Field(min_length=1, max_length=1_000_000)
    mood: Int | None = Scale
    tags: list[str] = Field(default_factory=list, max_length=50)


class EntryOut(BaseModel):
    id: int
    uid: str
    text: str
    created_at: str
    updated_at: str | None
    mood: int | None
    tags: list[str]
    kind: str
    session_id: int | None


class CheckinIn(_In):
    mood: Int | None = Scale
    distress: Int | None = Scale
    sleep_hours: Number | None = Field(default=None, ge=0, le=24)
    active_minutes: Number | None = Field(default=None, ge=0, le=1440)
    social: Int | None = Scale
    food: Int | None = Scale
    note: str | None = Field(default=None, max_length=10_000)
    activities: list[str] = Field(default_factory=list, max_length=100,
                                  description="What you did, in your own words, like Daylio's activities.")


class CheckinOut(BaseModel):
    id: int
    uid: str
    at: str
    mood: int | None
    distress: int | None
    sleep_hours: float | None
    active_minutes: float | None
    social: int | None
    food: int | None
    note: str | None
    activities: list[str]


Answer = str | int | float | bool | None


class SessionIn(_In):
    """A practice the browser ran: how far it got, seconds in each timed step, and the answers."""

    practice_id: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9_-]*$")
    reached: Int = Field(ge=0, le=1000, description="Index of the step the person stopped on; the number of steps when all were done.")
    outcome: Literal["completed", "too_much", "stopped"]
    timings: dict[str, Number] = Field(default_factory=dict, max_length=200)
    answers: dict[str, str | Int | None] = Field(default_factory=dict, max_length=200)
    distress_before: Int | None = Scale
    distress_after: Int | None = Scale
    minutes: Number | None = Field(None, gt=0, le=240, description="The length chosen for the adjustable timer, for practices that offer one.")
    open_ended: bool = Field(False, description="The adjustable timer ran for as long as the person chose.")


class SessionOut(BaseModel):
    id: int
    uid: str
    practice_id: str
    started_at: str
    ended_at: str
    planned_seconds: float
    actual_seconds: float
    completed: bool
    answers: dict[str, Answer]
    distress_before: int | None
    distress_after: int | None
    mood: int | None
    stopped_reason: str | None


class SessionRecorded(BaseModel):
    session: SessionOut
    entries: list[int]
    advice: list[str] = Field(description="Gentle words to show when the practice should stop; empty when all is well.")
    safety: SafetyOut = Field(description="What the end of this practice shows (domain.safety.after_session), as in the CLI.")
    next: str = Field(description="The page to show next.")


class AnalyzeIn(_In):
    text: str = Field(max_length=200_000)


class TrapOut(BaseModel):
    id: str
    score: float
    spans: list[list[int]]


class SentenceOut(BaseModel):
    text: str
    start: int
    end: int
    self_critical: bool
    score: float
    crisis: bool
    traps: list[TrapOut]
    spans: list[list[int | str]]


class NoticedOut(BaseModel):
    id: str
    name: str
    explain: str
    question: str


class SafetyOut(BaseModel):
    show_help: bool = Field(description="Show the help lines themselves.")
    help_first: bool = Field(description="Help comes first and alone: no reframing offer, no thinking-trap prompts.")
    offer_grounding: bool
    offer_reframe: bool
    reason: str = Field(description="none, crisis, too_much, rise, high, still_upset or checkin_high.")
    words: list[str]


class AnalysisOut(BaseModel):
    self_critical: bool
    score: float
    crisis: bool
    traps: list[str]
    top_trap: str | None
    sentences: list[SentenceOut]
    noticed: list[NoticedOut] = Field(description="Each pattern found, with a plain name and a kind question.")
    safety: SafetyOut = Field(description="What hearten shows next (domain.safety.after_text), the same as the CLI.")


class StepOut(BaseModel):
    id: str
    kind: str
    text: str
    seconds: float | None = None
    bell_every: float | None = None
    options: list[str] | None = None


class PracticeOut(BaseModel):
    id: str
    title: str
    summary: str
    components: list[str]
    minutes: float
    credit: str


class PracticeDetailOut(PracticeOut):
    steps: list[StepOut]


class AssessmentIn(_In):
    instrument: str = Field(min_length=1, max_length=64)
    answers: dict[str, Int | None] = Field(max_length=200)


class AssessmentOut(BaseModel):
    id: int
    uid: str
    instrument: str
    instrument_version: str
    taken_at: str
    answers: dict[str, int | None]
    subscales: dict[str, float]
    total: float | None
    band: str | None


class InstrumentOut(BaseModel):
    id: str
    title: str
    items: int
    version: str
    due: bool
    last_taken_at: str | None
    needs_item_text: bool


class ExportOut(BaseModel):
    """The hearten export document (see docs/data-formats.md)."""

    format: str
    version: int
    app_version: str
    exported_at: str
    entries: list[dict]
    checkins: list[dict]
    sessions: list[dict]
    reframes: list[dict]
    instruments: list[dict]
    assessments: list[dict]


class EntryChange(_In):
    """What to change in an entry: only the fields sent change (mood null takes the mood away)."""

    text: str | None = Field(default=None, min_length=1, max_length=1_000_000)
    mood: Int | None = Scale
    tags: list[str] | None = Field(default=None, max_length=50)


class CheckinChange(_In):
    """What to change in a check-in: only the fields sent change (null takes a value away); its time stays."""

    mood: Int | None = Scale
    distress: Int | None = Scale
    sleep_hours: Number | None = Field(default=None, ge=0, le=24)
    active_minutes: Number | None = Field(default=None, ge=0, le=1440)
    social: Int | None = Scale
    food: Int | None = Scale
    note: str | None = Field(default=None, max_length=10_000)
    activities: list[str] | None = Field(default=None, max_length=100,
                                         description="Replaces the activities; [] or null takes them all away.")
