"""The JSON API's request and response shapes (what is sent in, what is shown), for OpenAPI."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, create_model

from hearten.domain.records import ASSESSMENT, CHECKIN, ENTRY, SESSION
from hearten.domain.records import Field as Declared


def _json_number(value):
    # JSON true/false and "7" are not numbers (pydantic would otherwise take them as 1, 0 and 7).
    if isinstance(value, (bool, str, bytes)):
        raise ValueError("must be a JSON number")
    return value


Int = Annotated[int, BeforeValidator(_json_number)]
Number = Annotated[float, BeforeValidator(_json_number)]


def _or_none(kind: type, **limits):
    """A JSON number in a range, or null. The range sits on the number itself, ahead of the JSON-number
    check, so OpenAPI shows it as minimum/maximum (pydantic writes a range put on `X | None`, or after
    a validator, as non-standard ge/le)."""
    return Annotated[kind, Field(**limits), BeforeValidator(_json_number)] | None


Scale = _or_none(int, ge=0, le=10)
TimerMinutes = _or_none(float, gt=0, le=240)
ISO_MOMENT = (
    r"^[1-9]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"  # date
    r"[T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?"  # time
    r"(Z|[+-](0\d|1[0-4]):?[0-5]\d)?$"  # offset
)


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


Answer = str | int | float | bool | None
_MAPPINGS = {"answer": dict[str, Answer], "whole": dict[str, int | None], "number": dict[str, float]}
_PLAIN = {
    "id": int,
    "link": int,
    "uid": str,
    "time": str,
    "scale": int,
    "amount": float,
    "number": float,
    "text": str,
    "name": str,
    "bool": bool,
    "tags": list[str],
    "names": list[str],
}


def _shown(f: Declared):
    """A declared field as a response shows it: its JSON type, and its range for OpenAPI."""
    if f.kind == "mapping":
        kind = _MAPPINGS[f.values]
    elif f.kind == "choice":
        kind = Literal[f.choices]
    else:
        kind = _PLAIN[f.kind]
    if f.nullable and f.kind not in ("tags", "names", "mapping"):
        kind = kind | None
    limits = {"ge": f.low, "le": f.high} if f.kind == "scale" else {"ge": 0, "le": f.high} if f.kind == "amount" else {}
    return kind, Field(description=f.doc or None, **limits)


def _longest(f: Declared, tighter: dict) -> int | None:
    # the domain's bound (records.Field.longest), or a tighter one the API alone sets where the domain sets none
    return tighter.get(f.name, f.longest)


def _sent(f: Declared, tighter: dict):
    """A field a person sends (`given` in the declaration): JSON numbers only, in range; text and lists bounded."""
    described = {"description": f.doc or None}
    if f.kind == "scale":
        return _or_none(int, ge=f.low, le=f.high), Field(default=None, **described)
    if f.kind == "amount":
        return _or_none(float, ge=0, le=f.high), Field(default=None, **described)
    if f.kind in ("tags", "names"):
        return list[str], Field(default_factory=list, max_length=_longest(f, tighter), **described)
    if f.kind == "text" and not f.nullable:
        return str, Field(min_length=1, max_length=_longest(f, tighter), **described)
    return str | None, Field(default=None, max_length=_longest(f, tighter), **described)


def shown_model(name: str, declaration, doc: str) -> type[BaseModel]:
    """The response model of a declared record: every field under its JSON name, as domain.shapes writes it."""
    fields = {f.json: _shown(f) for f in declaration.fields}
    return create_model(name, __doc__=doc, __module__=__name__, **fields)


def sent_model(name: str, declaration, doc: str, *, tighter: dict | None = None) -> type[BaseModel]:
    """The request model of a declared record: the fields a person gives, extra ones refused."""
    fields = {f.json: _sent(f, tighter or {}) for f in declaration.given_fields}
    return create_model(name, __doc__=doc, __base__=_In, __module__=__name__, **fields)


class Problem(BaseModel):
    """What went wrong, in words a person can act on."""

    detail: str


class CsrfOut(BaseModel):
    csrf_token: str
    header: str = "X-CSRF-Token"


# At most 50 tags an entry: a bound of the API's own (the domain counts no tags), kept as it was.
_TAGS_AT_MOST = {"tags": 50}
EntryIn = sent_model("EntryIn", ENTRY, "A journal entry to write.", tighter=_TAGS_AT_MOST)
EntryOut = shown_model("EntryOut", ENTRY, "A journal entry (docs/data-formats.md).")
CheckinIn = sent_model("CheckinIn", CHECKIN, "A check-in: every field may be left out.")
CheckinOut = shown_model("CheckinOut", CHECKIN, "A check-in (docs/data-formats.md).")


class SessionIn(_In):
    """A practice the browser ran: how far it got, seconds in each timed step, and the answers."""

    practice_id: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9_-]*$")
    reached: Int = Field(
        ge=0, le=1000, description="Index of the step the person stopped on; the number of steps when all were done."
    )
    outcome: Literal["completed", "too_much", "stopped"]
    timings: dict[str, Number] = Field(default_factory=dict, max_length=200)
    answers: dict[str, str | Int | None] = Field(default_factory=dict, max_length=200)
    distress_before: Scale = None
    distress_after: Scale = None
    minutes: TimerMinutes = Field(
        None, description="The length chosen for the adjustable timer, for practices that offer one."
    )
    open_ended: bool = Field(False, description="The adjustable timer ran for as long as the person chose.")


SessionOut = shown_model("SessionOut", SESSION, "A practice session (docs/data-formats.md).")


class SessionRecorded(BaseModel):
    session: SessionOut
    entries: list[int]
    advice: list[str] = Field(description="Gentle words to show when the practice should stop; empty when all is well.")
    safety: SafetyOut = Field(
        description="What the end of this practice shows (domain.safety.after_session), as in the CLI."
    )
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
    reason: str = Field(description="none, crisis, too_much, rise, high, still_upset, checkin_high or assessment_hard.")
    words: list[str]


class CheckinSaved(CheckinOut):
    """A check-in just saved, and what it calls for."""

    safety: SafetyOut = Field(
        description="What follows this check-in (domain.safety.after_checkin), as in the CLI and the web pages."
    )


class EntrySaved(EntryOut):
    """A journal entry just written, and what follows it."""

    safety: SafetyOut = Field(
        description="What follows writing this (domain.safety.after_text): help first and alone on crisis language."
    )


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


AssessmentOut = shown_model("AssessmentOut", ASSESSMENT, "An answered assessment (docs/assessments.md).")


class AssessmentTaken(AssessmentOut):
    """An assessment just answered, and what it calls for."""

    safety: SafetyOut = Field(
        description="What follows this result (domain.safety.after_assessment), as in the CLI and the web pages."
    )


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


def change_model(name: str, declaration, doc: str, *, tighter: dict | None = None) -> type[BaseModel]:
    """A change to a declared record: each field a person gives, every one optional (left out: unchanged)."""
    tighter = tighter or {}
    fields = {}
    for f in declaration.given_fields:
        described = {"description": f.doc or None}
        if f.kind == "scale":
            fields[f.json] = (_or_none(int, ge=f.low, le=f.high), Field(default=None, **described))
        elif f.kind == "amount":
            fields[f.json] = (_or_none(float, ge=0, le=f.high), Field(default=None, **described))
        elif f.kind in ("tags", "names"):
            fields[f.json] = (list[str] | None, Field(default=None, max_length=_longest(f, tighter), **described))
        else:
            fields[f.json] = (
                str | None,
                Field(default=None, min_length=None if f.nullable else 1, max_length=_longest(f, tighter), **described),
            )
    return create_model(name, __doc__=doc, __base__=_In, __module__=__name__, **fields)


EntryChange = change_model(
    "EntryChange",
    ENTRY,
    "What to change in an entry: only the fields sent change (mood null takes the mood away).",
    tighter=_TAGS_AT_MOST,
)
CheckinChange = change_model(
    "CheckinChange",
    CHECKIN,
    "What to change in a check-in: only the fields sent change (null takes a value away); its time stays.",
)


def printable(text: str) -> str:
    """Text that can always be encoded in a response: a lone surrogate becomes '?'."""
    return text.encode("utf-8", "replace").decode("utf-8")


def plain_errors(errors) -> list[dict]:
    """A malformed request's errors for its answer: where and what was wrong, never the value sent (a
    password, a value JSON cannot carry such as 1e309, or something huge). The web and server APIs both."""
    return [
        {
            "loc": [part if isinstance(part, int) else printable(str(part)) for part in error.get("loc", ())],
            "msg": printable(str(error.get("msg", ""))),
            "type": str(error.get("type", "")),
        }
        for error in errors
    ]
