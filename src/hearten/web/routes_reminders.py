"""Reminders in the web app: the Settings section's forms, and what an open tab may show now.

Reminders live in their own file (services.reminders), not the database, so reading them
never needs the journal unlocked; changing them does, like every other setting.
"""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from hearten import services
from hearten.domain.records import InvalidInput
from hearten.errors import Busy
from hearten.services import reminders
from hearten.web.render import env, state_of

router = APIRouter(include_in_schema=False)

DAY_LABELS = (
    ("mon", "Mon"),
    ("tue", "Tue"),
    ("wed", "Wed"),
    ("thu", "Thu"),
    ("fri", "Fri"),
    ("sat", "Sat"),
    ("sun", "Sun"),
)


def settings_section(settings) -> dict:
    """What the Settings page's Reminders section shows (a template global: the page's own route stays as it is)."""
    try:
        listing, zone_problem = reminders.list_reminders(settings), ""
    except InvalidInput as problem:  # a hand-edited time zone: say so, and keep the rest of Settings usable
        listing, zone_problem = reminders.list_reminders(settings, check_zone=False), str(problem)
    labels = dict(reminders.target_choices())
    rows = [
        {**item, "when": reminders.describe(item), "what": labels.get(item["for"], item["for"])}
        for item in listing["reminders"]
    ]
    start, _, end = (listing["quiet_hours"] or "").partition("-")
    return {
        "rows": rows,
        "choices": reminders.target_choices(),
        "days": DAY_LABELS,
        "quiet_start": start,
        "quiet_end": end,
        "installed": bool(reminders.installed_schedulers()),
        "zone_problem": zone_problem[:1].upper() + zone_problem[1:],
    }


env.globals["reminders_section"] = settings_section


def _again(request: Request, problem: str, **typed):
    """The Settings page again, with what was wrong under the Reminders heading and the form as it was
    filled in (`typed`); nothing was changed."""
    from hearten.web.routes_settings import _settings_page

    return _settings_page(request, status=400, reminder_problem=problem, reminder_typed=typed)


@router.post("/settings/reminders")
async def add(request: Request, at: str = Form(""), target: str = Form("checkin")):
    state = state_of(request)
    state.store  # noqa: B018 - only someone who has unlocked may change settings
    form = await request.form()
    ticked = [day for day in form.getlist("days") if isinstance(day, str)]
    days = ",".join(ticked)
    typed = {"at": at, "days": ticked, "target": target}
    if not days:
        return _again(request, "Choose at least one day for the reminder. Nothing was added.", **typed)
    try:
        added = await run_in_threadpool(reminders.add_reminder, state.settings, at=at, days=days, target=target)
    except InvalidInput as problem:
        return _again(request, f"{str(problem)[:1].upper()}{str(problem)[1:]}. Nothing was added.", **typed)
    return RedirectResponse(f"/settings?reminder=added{_afterwards(added)}#reminders", status_code=303)


def _afterwards(changed: dict) -> str:
    """What the Settings page must also say after a change (the same facts the CLI prints): a time inside
    quiet hours, a scheduler that could not be told."""
    said = ""
    if changed.get("in_quiet_hours"):
        said += f"&quiet_at={changed['at']}"
    if changed.get("schedule_problems"):
        said += "&schedule=not-told"
    return said


@router.post("/settings/reminders/{reminder_id}/remove")
async def remove(request: Request, reminder_id: int):
    state = state_of(request)
    state.store  # noqa: B018
    removed = await run_in_threadpool(reminders.remove_reminder, state.settings, reminder_id=reminder_id)
    return RedirectResponse(f"/settings?reminder=removed{_afterwards(removed)}#reminders", status_code=303)


@router.post("/settings/reminders/quiet")
async def quiet(request: Request, quiet_start: str = Form(""), quiet_end: str = Form("")):
    state = state_of(request)
    state.store  # noqa: B018
    start, end = quiet_start.strip(), quiet_end.strip()
    typed = {"quiet_start": start, "quiet_end": end}
    if bool(start) != bool(end):
        return _again(request, "Quiet hours need both times, from and until; or leave both empty for none.", **typed)
    try:
        reminders.set_quiet_hours(state.settings, quiet=f"{start}-{end}" if start else "off")
    except InvalidInput as problem:
        return _again(request, f"{str(problem)[:1].upper()}{str(problem)[1:]}. Nothing was changed.", **typed)
    return RedirectResponse(f"/settings?reminder={'quiet' if start else 'quiet-off'}#reminders", status_code=303)


@router.get("/api/reminders/now")
def now(request: Request):
    """What came due lately (for the quiet line on Home) and what comes next today (for the tab's
    notifications): invitations only, nothing personal; after a hard day, none of what it holds back."""
    state = state_of(request)
    moment = state.now()
    return JSONResponse(reminders.for_open_tab(state.settings, now=moment, held_back=_held_back(state, moment)))


def _held_back(state, moment) -> frozenset[str]:
    """What a hard day holds back (services.held_back_now); nothing while the journal is locked or busy
    with an import, when it cannot be read: reminders never needed it unlocked, and come as set."""
    if state.locked:
        return frozenset()
    try:
        return services.held_back_now(state.store, moment=moment)
    except Busy:
        return frozenset()
