"""Practices: the library by component, the step-by-step player, and your practice history."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from hearten.domain.content_schema import COMPONENTS
from hearten.domain.insights import session_minutes
from hearten.domain.practice_player import parse_length
from hearten.services import NotFound
from hearten.services import help as help_service
from hearten.services import practice_sessions as practice_service
from hearten.services.practice_sessions import prefill_for_page
from hearten.web.render import locale_of, page, state_of

router = APIRouter(include_in_schema=False)

COMPONENT_TITLES = {
    "self_kindness": (
        "Kindness towards yourself",
        "Meeting your own pain and mistakes with warmth instead of judgement.",
    ),
    "common_humanity": (
        "You are not alone",
        "Remembering that struggling is part of being human, something we all share.",
    ),
    "mindfulness": (
        "Being with what is here",
        "Noticing painful thoughts and feelings without being swept away by them.",
    ),
}
FAST_PACE = 0.02  # ?pace=fast: a 30-second timer takes 0.6 s (for trying the player out, and for tests)
INTERVALS = (
    (0, "No, only at the end"),
    (1, "Every minute"),
    (2, "Every 2 minutes"),
    (3, "Every 3 minutes"),
    (5, "Every 5 minutes"),
    (10, "Every 10 minutes"),
)


@router.get("/practices")
def library(request: Request):
    practices = state_of(request).practices.values()
    groups = [(COMPONENT_TITLES[c], [p for p in practices if p.components[0] == c]) for c in COMPONENTS]
    return page(request, "practices.html", title="Practices", groups=groups)


@router.get("/practices/history")
def history(request: Request):
    state = state_of(request)
    sessions = practice_service.history(state.store, limit=50)
    rows = [(s, state.practices.get(s.practice_id), round(session_minutes(s), 1)) for s in sessions]
    return page(request, "practice_history.html", title="Your practice", rows=rows)


@router.get("/practices/sessions/{session_id}/delete")
async def delete_session_form(request: Request, session_id: int):
    from hearten.services.practice_sessions import get_session

    state = state_of(request)
    found = get_session(state.store, session_id=session_id)
    practice = state.practices.get(found.practice_id)
    title = practice.title if practice else found.practice_id
    return page(
        request,
        "confirm_delete.html",
        title="Delete a session",
        heading="Delete this session?",
        question=f"{title}, {found.started_at:%a %d %b %Y, %H:%M}. Deleting it cannot be undone.",
        note="Anything you wrote in it stays in your journal.",
        action=f"/practices/sessions/{found.id}/delete",
        back="/practices/history",
    )


@router.post("/practices/sessions/{session_id}/delete")
async def delete_session(request: Request, session_id: int):
    from fastapi.responses import RedirectResponse

    from hearten.services.practice_sessions import delete_session as delete

    delete(state_of(request).store, session_id=session_id)
    return RedirectResponse("/practices/history", status_code=303)


@router.get("/practices/sessions/{session_id}")
def session_done(request: Request, session_id: int):
    state = state_of(request)
    session, decision = practice_service.finished(state.store, session_id=session_id)
    entries = practice_service.session_entries(state.store, session_id=session.id)
    return page(
        request,
        "practice_done.html",
        title="Practice finished",
        session=session,
        practice=state.practices.get(session.practice_id),
        decision=decision,
        entries=entries,
        help_lines=help_service.for_decision(state.settings, decision, locale=locale_of(request)),
        minutes=round(session_minutes(session), 1),
    )


def distress_given(value: str) -> int | None:
    """A distress the person just gave elsewhere (?distress=8), when it is a whole number from 0 to 10."""
    value = value.strip()
    return int(value) if value.isdigit() and 0 <= int(value) <= 10 else None


@router.get("/practices/{practice_id}")
def player(request: Request, practice_id: str, pace: str = "", begin: str = "", distress: str = ""):
    state = state_of(request)
    practice = state.practices.get(practice_id)
    if practice is None:
        raise NotFound(f"there is no practice called {practice_id!r}")
    speed = FAST_PACE if pace == "fast" else (state.pace or 1.0)
    steps = [
        (step, step_parts(" ".join(step.text.split()), practice.phrases, practice.self_phrases))
        for step in practice.steps
    ]
    # A letter's greeting above its first part, and earlier answers shown again to read back.
    leads = {s.id: step_parts(s.lead, ()) for s in practice.steps if getattr(s, "lead", None)}
    prefill = prefill_for_page(
        practice, name=getattr(state.settings, "name", None)
    )  # the name setting, where it is kept
    minutes, open_ended = parse_length(state.settings.values.get("practice_length"))  # the length chosen last time
    lengths = sorted({*practice.durations, minutes}) if minutes and practice.durations else list(practice.durations)
    intervals = list(INTERVALS)
    interval = state.settings.values.get("bell_interval") or 0
    if interval not in dict(INTERVALS):
        intervals = sorted([*intervals, (interval, f"Every {interval:g} minutes")])
    return page(
        request,
        "player.html",
        title=practice.title,
        practice=practice,
        pace=speed,
        steps=steps,
        components=[COMPONENT_TITLES[c][0] for c in practice.components],
        leads=leads,
        prefill=prefill,
        lengths=lengths,
        chosen_minutes=minutes or practice.written_minutes,
        chosen_open=open_ended,
        timed=bool(practice.timed_steps),
        intervals=intervals,
        # ?begin=now (the "start grounding" buttons): the steps start at once, with no choices to make
        # first, and the distress just given elsewhere (?distress=8) stands as the one before.
        begin_now=begin == "now",
        distress_before=distress_given(distress) if begin == "now" else None,
        still_upset=still_upset_ending(practice),
        # for the help box that shows below an answer written with crisis language
        help_lines=help_service.sections(state.settings, locale=locale_of(request)),
    )


@router.post("/practices/choices")
async def remember_choices(request: Request):
    """The bell, its volume, interval bells and length chosen in the player, kept as settings for next time."""
    from starlette.concurrency import run_in_threadpool

    from hearten.domain.records import InvalidInput
    from hearten.services.settings import PRACTICE_CHOICES, remember_practice_choices

    try:
        body = await request.json()
    except ValueError:
        raise InvalidInput("send the choices as a JSON object") from None
    if not isinstance(body, dict):
        raise InvalidInput("send the choices as a JSON object")
    state = state_of(request)
    settings = await run_in_threadpool(
        remember_practice_choices, state.settings, **{str(k): v for k, v in body.items()}
    )
    state.update_settings(settings)
    return JSONResponse({name: settings.values[name] for name in PRACTICE_CHOICES})


def still_upset_ending(practice):
    """For grounding, the answer to its last question that calls for help, and what is said then (the CLI's
    words): the player's end screen uses them instead of congratulating. None for any other practice."""
    from hearten.domain import safety

    if practice.id != safety.GROUNDING:
        return None
    answers = {safety.GROUNDING_CHECK_STEP: safety.STILL_UPSET}
    advice = safety.distress_check(None, None, practice_id=practice.id, answers=answers)
    return {"step": safety.GROUNDING_CHECK_STEP, "answer": safety.STILL_UPSET, "words": advice.lines}


def step_parts(text: str, phrases, self_phrases=()) -> list[tuple[str, str, str]]:
    """A step's words as (kind, text, step id) runs: plain text,
    the kind wishes, or an earlier answer (with its fallback)."""
    from hearten.domain.content_schema import PLACEHOLDER

    parts, at = [], 0
    for match in PLACEHOLDER.finditer(text):
        parts.append(("text", text[at : match.start()], ""))
        if match.group(1) in ("phrases", "self_phrases"):
            parts.append(("phrases", "\n".join(phrases if match.group(1) == "phrases" else self_phrases), ""))
        else:
            parts.append(("answer", match.group(3) or "", match.group(2)))
        at = match.end()
    parts.append(("text", text[at:], ""))
    return [p for p in parts if p[1] or p[0] == "answer"]
