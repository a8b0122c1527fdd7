"""Check-in: mood, distress and the basics, quick to do on a phone; the history of them, to change or delete."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse

from hearten import services
from hearten.domain.field_checks import CHECKIN_FIELDS, TEXT_LIMIT_WORDS, FieldProblems
from hearten.domain.records import MAX_ENTRY_CHARS, InvalidInput
from hearten.services import NotFound, checkins
from hearten.services import help as help_service
from hearten.web.forms import problem_sentences
from hearten.web.render import page, state_of

router = APIRouter(include_in_schema=False)
HISTORY_PAGE = 30
LABELS = {
    "mood": "Mood",
    "distress": "Distress",
    "sleep_hours": "Sleep",
    "active_minutes": "Movement",
    "social": "Connection",
    "food": "Eating",
    "note": "Note",
    "activities": "What you did",
}


def _form_page(request: Request, status: int = 200, *, editing=None, values=None, problems=None, **context):
    """The one check-in form: a new check-in, or (with `editing`) changing one, with any problems beside the fields."""
    values = values or {}
    problems = problems or {}
    if editing is not None:
        title = f"Change the check-in of {editing.at:%d %b %Y}"
        action = f"/checkins/{editing.id}/edit"
    else:
        title = "Check in"
        action = "/checkin"
    if problems:
        title += ": please look again"
    ticked = list(values.get("activities") or ())
    known = [*ticked, *(name for name in services.known_activities(state_of(request).store) if name not in ticked)]
    more_open = any(
        values.get(name) not in (None, "") or name in problems
        for name in ("sleep_hours", "active_minutes", "social", "food")
    )
    return page(
        request,
        "checkin.html",
        status=status,
        title=title,
        editing=editing,
        action=action,
        values=values,
        problems=problems,
        labels=LABELS,
        more_open=more_open,
        known_activities=known,
        text_limit=TEXT_LIMIT_WORDS,
        max_chars=MAX_ENTRY_CHARS,
        **context,
    )


@router.get("/checkin")
def checkin_form(request: Request, saved: int | None = None):
    state = state_of(request)
    store = state.store  # a locked home asks to be unlocked before any form is shown
    latest, decision = None, None
    if saved:
        try:
            latest, decision = checkins.saved(store, checkin_id=saved)
        except NotFound:
            pass  # an old or mistyped link: the form is still here
    help_lines = help_service.for_decision(state.settings, decision) if decision else []
    return _form_page(request, saved=latest, decision=decision, help_lines=help_lines)


def _sent(mood, distress, sleep_hours, active_minutes, social, food, note, activities, new_activities) -> dict:
    # the ones ticked, then the ones typed (comma separated): the domain trims and de-duplicates
    return {
        "mood": mood,
        "distress": distress,
        "sleep_hours": sleep_hours,
        "active_minutes": active_minutes,
        "social": social,
        "food": food,
        "note": note,
        "activities": [*activities, *new_activities.split(",")],
    }


def _shown_again(sent: dict, activities: list[str], new_activities: str) -> dict:
    """What was sent, as the form shows it again: the ticked activities ticked, the typed ones still in their box."""
    return {**sent, "activities": list(activities), "new_activities": new_activities}


@router.post("/checkin")
def checkin_save(
    request: Request,
    mood: str = Form(""),
    distress: str = Form(""),
    sleep_hours: str = Form(""),
    active_minutes: str = Form(""),
    social: str = Form(""),
    food: str = Form(""),
    note: str = Form(""),
    activities: list[str] = Form([]),
    new_activities: str = Form(""),
):
    state = state_of(request)
    sent = _sent(mood, distress, sleep_hours, active_minutes, social, food, note, activities, new_activities)
    try:
        saved, _ = checkins.add(state.store, **sent, at=state.now())
    except FieldProblems as found:
        return _form_page(
            request, 400, values=_shown_again(sent, activities, new_activities), problems=problem_sentences(found)
        )
    return RedirectResponse(f"/checkin?saved={saved.id}", status_code=303)


@router.get("/checkins")
def checkin_history(request: Request, before: str = "", deleted: int = 0, changed: int = 0):
    state = state_of(request)
    until = _moment(before)
    found = checkins.history(state.store, until=until, limit=HISTORY_PAGE + 1)
    older = None
    if len(found) > HISTORY_PAGE:
        found = found[:HISTORY_PAGE]
        older = found[-1].at.isoformat()
    return page(
        request,
        "checkins.html",
        title="Your check-ins",
        checkins=found,
        older=older,
        paged=bool(before),
        deleted=bool(deleted),
        changed=changed,
    )


def _moment(text: str):
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
        return moment if moment.tzinfo else moment.astimezone()
    except (ValueError, OverflowError):
        raise InvalidInput("that page of your check-ins could not be found") from None


@router.get("/checkins/{checkin_id}/edit")
def checkin_edit_form(request: Request, checkin_id: int):
    found, _ = checkins.saved(state_of(request).store, checkin_id=checkin_id)
    values = {name: _shown(getattr(found, name)) for name in CHECKIN_FIELDS if name != "activities"}
    values["activities"] = list(found.activities)
    return _form_page(request, editing=found, values=values)


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@router.post("/checkins/{checkin_id}/edit")
def checkin_edit(
    request: Request,
    checkin_id: int,
    mood: str = Form(""),
    distress: str = Form(""),
    sleep_hours: str = Form(""),
    active_minutes: str = Form(""),
    social: str = Form(""),
    food: str = Form(""),
    note: str = Form(""),
    activities: list[str] = Form([]),
    new_activities: str = Form(""),
):
    store = state_of(request).store
    found, _ = checkins.saved(store, checkin_id=checkin_id)
    sent = _sent(mood, distress, sleep_hours, active_minutes, social, food, note, activities, new_activities)
    try:
        checkins.edit(store, checkin_id=found.id, **sent)
    except FieldProblems as problems:
        return _form_page(
            request,
            400,
            editing=found,
            values=_shown_again(sent, activities, new_activities),
            problems=problem_sentences(problems),
        )
    return RedirectResponse(f"/checkins?changed={found.id}#checkin-{found.id}", status_code=303)


@router.get("/checkins/{checkin_id}/delete")
def checkin_delete_form(request: Request, checkin_id: int):
    found, _ = checkins.saved(state_of(request).store, checkin_id=checkin_id)
    return page(
        request,
        "confirm_delete.html",
        title="Delete a check-in",
        heading="Delete this check-in?",
        question=f"Your check-in of {found.at:%A %d %B %Y, %H:%M}. Deleting it cannot be undone.",
        quote=found.note,
        note="Your insights will no longer count it.",
        action=f"/checkins/{found.id}/delete",
        back=f"/checkins#checkin-{found.id}",
    )


@router.post("/checkins/{checkin_id}/delete")
def checkin_delete(request: Request, checkin_id: int):
    checkins.delete(state_of(request).store, checkin_id=checkin_id)
    return RedirectResponse("/checkins?deleted=1", status_code=303)
