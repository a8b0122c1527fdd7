"""Check-in: mood, distress and the basics, quick to do on a phone."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse

from hearten import services
from hearten.services import NotFound, checkins, help as help_service
from hearten.web.forms import optional_number
from hearten.web.render import page, state_of

router = APIRouter(include_in_schema=False)


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
    return page(request, "checkin.html", title="Check in", saved=latest, decision=decision, help_lines=help_lines,
                known_activities=services.known_activities(store))


@router.post("/checkin")
def checkin_save(
    request: Request,
    mood: str = Form(""), distress: str = Form(""), sleep_hours: str = Form(""), active_minutes: str = Form(""),
    social: str = Form(""), food: str = Form(""), note: str = Form(""),
    activities: list[str] = Form([]), new_activities: str = Form(""),
):
    state = state_of(request)
    # the ones ticked, then the ones typed (comma separated): the domain trims and de-duplicates
    activities = [*activities, *new_activities.split(",")]
    saved, _ = checkins.add(
        state.store, mood=optional_number(mood), distress=optional_number(distress),
        sleep_hours=optional_number(sleep_hours), active_minutes=optional_number(active_minutes),
        social=optional_number(social), food=optional_number(food), note=note.strip() or None,
        activities=activities, at=state.now(),
    )
    return RedirectResponse(f"/checkin?saved={saved.id}", status_code=303)
