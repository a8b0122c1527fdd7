"""Check-in: mood, distress and the basics, quick to do on a phone; the history of them, to change or delete."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse
from pydantic import create_model

from hearten import services
from hearten.domain.field_checks import TEXT_LIMIT_WORDS, FieldProblems
from hearten.domain.records import CHECKIN, MAX_ENTRY_CHARS, InvalidInput
from hearten.services import NotFound, checkins
from hearten.services import help as help_service
from hearten.web.forms import problem_sentences
from hearten.web.render import confirm_delete, locale_of, page, state_of

router = APIRouter(include_in_schema=False)
HISTORY_PAGE = 30


def _form_model():
    """What the form sends: each field a person gives (domain.records.CHECKIN) as text, and
    for a list of names, the ones ticked and a box beside them (new_<name>) for typing more."""
    fields = {}
    for f in CHECKIN.given_fields:
        if f.kind == "names":
            fields[f.name] = (list[str], [])
            fields[f"new_{f.name}"] = (str, "")
        else:
            fields[f.name] = (str, "")
    return create_model("CheckinForm", **fields)


CheckinForm = _form_model()
Sent = Annotated[CheckinForm, Form()]


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
    return page(
        request,
        "checkin.html",
        status=status,
        title=title,
        editing=editing,
        action=action,
        values=values,
        problems=problems,
        known_activities=known,
        # In the page from the start, hidden, to open below the note the moment crisis words are typed.
        live_help=help_service.sections(state_of(request).settings, locale=locale_of(request)),
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
    help_lines = help_service.for_decision(state.settings, decision, locale=locale_of(request)) if decision else []
    return _form_page(request, saved=latest, decision=decision, help_lines=help_lines)


def _fields(form) -> dict:
    """The form's fields as the services take them; for a list of names, the ones ticked, then
    the ones typed (comma separated): the domain trims and de-duplicates."""
    sent = {}
    for f in CHECKIN.given_fields:
        value = getattr(form, f.name)
        sent[f.name] = [*value, *getattr(form, f"new_{f.name}").split(",")] if f.kind == "names" else value
    return sent


@router.post("/checkin")
def checkin_save(request: Request, form: Sent):
    state = state_of(request)
    try:
        saved, _ = checkins.add(state.store, **_fields(form), at=state.now())
    except FieldProblems as found:  # shown again as sent: the ticked names ticked, the typed ones in their box
        return _form_page(request, 400, values=form.model_dump(), problems=problem_sentences(found))
    return RedirectResponse(f"/checkin?saved={saved.id}", status_code=303)


@router.get("/checkins")
def checkin_history(request: Request, before: str = "", deleted: int = 0, changed: int = 0, activity: str = ""):
    from hearten.domain.records import clean_activities

    state = state_of(request)
    until = _moment(before)
    named = clean_activities([" ".join(activity.split())[:200]])  # as stored: trimmed, lower-cased
    activity = named[0] if named else ""
    found = checkins.history(state.store, until=until, limit=HISTORY_PAGE + 1, activity=activity)
    older = None
    if len(found) > HISTORY_PAGE:
        found = found[:HISTORY_PAGE]
        older = found[-1].at.isoformat()
    return page(
        request,
        "checkins.html",
        title=f"Check-ins where you did {activity}" if activity else "Your check-ins",
        checkins=found,
        activity=activity,
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
    values = {f.name: _shown(f, getattr(found, f.name)) for f in CHECKIN.given_fields}
    return _form_page(request, editing=found, values=values)


def _shown(f, value):
    """A stored value as the form shows it: text in a box, or each of a list of names ticked."""
    if f.kind == "names":
        return list(value)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@router.post("/checkins/{checkin_id}/edit")
def checkin_edit(request: Request, checkin_id: int, form: Sent):
    store = state_of(request).store
    found, _ = checkins.saved(store, checkin_id=checkin_id)
    try:
        _, decision = checkins.edit(store, checkin_id=found.id, **_fields(form))
    except FieldProblems as problems:
        return _form_page(request, 400, editing=found, values=form.model_dump(), problems=problem_sentences(problems))
    if decision.show_help:  # changed into crisis words or high distress: the help, as after a new check-in
        return RedirectResponse(f"/checkin?saved={found.id}", status_code=303)
    return RedirectResponse(f"/checkins?changed={found.id}#checkin-{found.id}", status_code=303)


@router.get("/checkins/{checkin_id}/delete")
def checkin_delete_form(request: Request, checkin_id: int):
    found, _ = checkins.saved(state_of(request).store, checkin_id=checkin_id)
    return confirm_delete(
        request,
        noun="check-in",
        moment=found.at,
        quote=found.note,
        note="Your insights will no longer count it.",
        action=f"/checkins/{found.id}/delete",
        back=f"/checkins#checkin-{found.id}",
    )


@router.post("/checkins/{checkin_id}/delete")
def checkin_delete(request: Request, checkin_id: int):
    checkins.delete(state_of(request).store, checkin_id=checkin_id)
    return RedirectResponse("/checkins?deleted=1", status_code=303)
