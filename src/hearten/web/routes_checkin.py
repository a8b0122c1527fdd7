"""Check-in: mood, distress and the basics, quick to do on a phone."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse

from hearten import services
from hearten.domain.safety import DISTRESS_HIGH
from hearten.web.forms import optional_number
from hearten.web.render import page, state_of

router = APIRouter(include_in_schema=False)


@router.get("/checkin")
def checkin_form(request: Request, saved: int | None = None):
    state = state_of(request)
    store = state.store
    latest = None
    if saved:
        recent = store.list_checkins(limit=5)
        latest = next((c for c in recent if c.id == saved), None)
    high = latest is not None and latest.distress is not None and latest.distress >= DISTRESS_HIGH - 1
    return page(request, "checkin.html", title="Check in", saved=latest, high_distress=high)


@router.post("/checkin")
def checkin_save(
    request: Request,
    mood: str = Form(""), distress: str = Form(""), sleep_hours: str = Form(""), active_minutes: str = Form(""),
    social: str = Form(""), food: str = Form(""), note: str = Form(""),
):
    state = state_of(request)
    checkin_id = services.add_checkin(
        state.store, mood=optional_number(mood), distress=optional_number(distress),
        sleep_hours=optional_number(sleep_hours), active_minutes=optional_number(active_minutes),
        social=optional_number(social), food=optional_number(food), note=note.strip() or None, at=state.now(),
    )
    return RedirectResponse(f"/checkin?saved={checkin_id}", status_code=303)
