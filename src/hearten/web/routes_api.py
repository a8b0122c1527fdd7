"""The JSON API under /api: the same services the pages and the CLI use, with pydantic shapes."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from fastapi import APIRouter, Query, Request

from hearten import services
from hearten.domain import safety, shapes
from hearten.domain.records import InvalidInput, check_time
from hearten.services import NotFound, assessments
from hearten.services import practice_sessions as practice_service
from hearten.web import api_schemas as m
from hearten.web.highlight import noticed
from hearten.web.practice_run import record
from hearten.web.render import state_of

ERRORS = {400: {"model": m.Problem}, 401: {"model": m.Problem}, 403: {"model": m.Problem}, 404: {"model": m.Problem}}
router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)


def _store(request: Request):
    return state_of(request).store


@router.get("/csrf", response_model=m.CsrfOut, summary="The token to send as X-CSRF-Token with every change")
def csrf(request: Request):
    return {"csrf_token": request.state.csrf_token}


# -- journal --------------------------------------------------------------------------------
@router.get("/entries", response_model=list[m.EntryOut], summary="Journal entries, newest first")
def list_entries(
    request: Request,
    limit: int = Query(20, ge=1, le=200),
    before: str | None = Query(
        None, pattern=m.ISO_MOMENT, description="Only entries written before this time (ISO 8601): the next page."
    ),
    q: str | None = Query(None, max_length=200, description="Words to search for."),
):
    store = _store(request)
    if q is not None and q.strip():
        found = services.search_entries(store, query=q, limit=limit)
    else:
        found = services.list_entries(store, until=_moment(before), limit=limit)
    return [shapes.entry_dict(e) for e in found]


def _moment(text: str | None):
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{text!r} is not a date and time") from None
    # The record rule: the years hearten keeps, and a naive time taken as local (year 9999's last hour
    # in local time would be year 10000 in UTC east of Greenwich).
    return check_time("before", moment)


@router.post("/entries", response_model=m.EntrySaved, status_code=201, summary="Write a journal entry")
def add_entry(request: Request, body: m.EntryIn):
    from hearten.services import journal as journal_service

    state = state_of(request)
    entry_id = services.add_entry(state.store, text=body.text, mood=body.mood, tags=body.tags, at=state.now())
    entry = services.get_entry(state.store, entry_id=entry_id)
    return {**shapes.entry_dict(entry), "safety": journal_service.after_writing(entry.text).decision.to_dict()}


@router.get("/entries/{entry_id}", response_model=m.EntryOut, summary="One journal entry")
def get_entry(request: Request, entry_id: int):
    return shapes.entry_dict(services.get_entry(_store(request), entry_id=entry_id))


@router.patch(
    "/entries/{entry_id}",
    response_model=m.EntryOut,
    summary="Change a journal entry: only the fields sent change, all or nothing",
)
def change_entry(request: Request, entry_id: int, body: m.EntryChange):
    from hearten.services import journal

    sent = body.model_fields_set
    changed = journal.edit(
        _store(request), entry_id=entry_id, text=body.text, mood=body.mood if "mood" in sent else ..., tags=body.tags
    )
    return shapes.entry_dict(changed)


@router.delete("/entries/{entry_id}", status_code=204, summary="Delete a journal entry and its kinder versions")
def delete_entry(request: Request, entry_id: int):
    from fastapi import Response

    from hearten.services import journal

    journal.delete(_store(request), entry_id=entry_id)
    return Response(status_code=204)


# -- check-ins ------------------------------------------------------------------------------
@router.get("/checkins", response_model=list[m.CheckinOut], summary="Check-ins, newest first")
def list_checkins(
    request: Request,
    limit: int = Query(50, ge=1, le=1000),
    activity: str | None = Query(None, max_length=64, description="Only check-ins that name this activity."),
):
    return [shapes.checkin_dict(c) for c in services.list_checkins(_store(request), activity=activity, limit=limit)]


@router.post("/checkins", response_model=m.CheckinSaved, status_code=201, summary="Add a check-in")
def add_checkin(request: Request, body: m.CheckinIn):
    from hearten.services import checkins

    state = state_of(request)
    saved, decision = checkins.add(state.store, **body.model_dump(), at=state.now())
    return {**shapes.checkin_dict(saved), "safety": decision.to_dict()}


@router.patch(
    "/checkins/{checkin_id}",
    response_model=m.CheckinOut,
    summary="Change a check-in: only the fields sent change, all or nothing",
)
def change_checkin(request: Request, checkin_id: int, body: m.CheckinChange):
    from hearten.services import checkins

    changed, _ = checkins.edit(_store(request), checkin_id=checkin_id, **body.model_dump(exclude_unset=True))
    return shapes.checkin_dict(changed)


@router.delete("/checkins/{checkin_id}", status_code=204, summary="Delete a check-in")
def delete_checkin(request: Request, checkin_id: int):
    from fastapi import Response

    from hearten.services import checkins

    checkins.delete(_store(request), checkin_id=checkin_id)
    return Response(status_code=204)


# -- practices and sessions ----------------------------------------------------------------------
@router.get("/practices", response_model=list[m.PracticeOut], summary="Every practice")
def list_practices(request: Request):
    return [practice_service.listing(p) for p in state_of(request).practices.values()]


@router.get("/practices/{practice_id}", response_model=m.PracticeDetailOut, summary="One practice with its steps")
def get_practice(request: Request, practice_id: str):
    practice = _practice(request, practice_id)
    steps = [
        {
            "id": s.id,
            "kind": s.kind,
            "text": s.text,
            "seconds": getattr(s, "seconds", None),
            "bell_every": getattr(s, "bell_every", None),
            "options": getattr(s, "options", None),
        }
        for s in practice.steps
    ]
    return {**practice_service.listing(practice), "steps": steps}


def _practice(request: Request, practice_id: str):
    practice = state_of(request).practices.get(practice_id)
    if practice is None:
        raise NotFound(f"there is no practice called {practice_id!r}")
    return practice


@router.get("/sessions", response_model=list[m.SessionOut], summary="Practice sessions, newest first")
def list_sessions(request: Request, limit: int = Query(50, ge=1, le=1000)):
    return [shapes.session_dict(s) for s in practice_service.history(_store(request), limit=limit)]


@router.post(
    "/sessions", response_model=m.SessionRecorded, status_code=201, summary="Record a practice the browser ran"
)
def add_session(request: Request, body: m.SessionIn):
    state = state_of(request)
    practice = _practice(request, body.practice_id)
    session_id, outcome = record(
        state.store,
        practice,
        reached=body.reached,
        timings=body.timings,
        answers=body.answers,
        outcome=body.outcome,
        distress_before=body.distress_before,
        distress_after=body.distress_after,
        now=state.now(),
        minutes=body.minutes,
        open_ended=body.open_ended,
    )
    session, decision = practice_service.finished(state.store, session_id=session_id)
    entries = (
        [e.id for e in practice_service.session_entries(state.store, session_id=session_id)] if outcome.entries else []
    )
    # "Too much" goes straight to the help page's short crisis help, saying which practice it was (after grounding
    # itself, grounding is not offered again); any other ending to the session's page (which shows the lines too).
    after = (
        f"/help?from=practice&practice={quote(practice.id)}"
        if body.outcome == "too_much"
        else f"/practices/sessions/{session_id}"
    )
    return {
        "session": shapes.session_dict(session),
        "entries": entries,
        "advice": list(outcome.advice.lines) if outcome.advice else [],
        "safety": decision.to_dict(),
        "next": after,
    }


# -- language ---------------------------------------------------------------------------------
@router.post("/analyze", response_model=m.AnalysisOut, summary="Notice harsh self-talk and thinking traps in a text")
def analyze(request: Request, body: m.AnalyzeIn):
    state = state_of(request)
    from hearten.domain.language import analyze

    found = analyze(body.text).to_dict()
    return {
        **found,
        "noticed": noticed(found, state.trap_names, state.kind_questions),
        "safety": safety.after_text(found).to_dict(),
    }


# -- assessments ------------------------------------------------------------------------------------
@router.get("/assessments", response_model=list[m.AssessmentOut], summary="Answered assessments, oldest first")
def list_assessments(request: Request, instrument: str | None = Query(None, max_length=64)):
    return [shapes.assessment_dict(a) for a in assessments.list_assessments(_store(request), instrument_id=instrument)]


@router.get("/instruments", response_model=list[m.InstrumentOut], summary="The assessments on offer and which are due")
def list_instruments(request: Request):
    state = state_of(request)
    found = assessments.list_instruments(state.store, now=state.now())
    return [{**i, "last_taken_at": i["last_taken_at"].isoformat() if i["last_taken_at"] else None} for i in found]


@router.post("/assessments", response_model=m.AssessmentTaken, status_code=201, summary="Answer an assessment")
def take_assessment(request: Request, body: m.AssessmentIn):
    state = state_of(request)
    taken = assessments.take(state.store, instrument_id=body.instrument, answers=dict(body.answers), at=state.now())
    return {**shapes.assessment_dict(taken), "safety": assessments.after_taking(taken).to_dict()}


# -- export -----------------------------------------------------------------------------------------
@router.get("/export", response_model=m.ExportOut, summary="Everything stored, as one export document")
def export(request: Request):
    return services.export_document(_store(request))
