"""Web pages for people: sign in, join, consent and sharing, what staff see, the research export.

Server-rendered with Jinja2 and our own CSS; each route is a few lines over accounts and sharing.
Forms post back with the session's CSRF token in a hidden field.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from hearten import messages
from hearten.server import accounts, sharing
from hearten.server.context import client_address, csrf_token, server_of, set_pre_cookie, set_session_cookie
from hearten.server.store import SCOPES

HERE = Path(__file__).parent
env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
router = APIRouter(include_in_schema=False)

SCOPE_WORDS = {
    "checkins": "Check-ins (mood, distress, sleep and the rest)",
    "assessments": "Assessment results",
    "practices": "Practice history",
    "insights": "Weekly patterns from your check-ins",
    "journal": "Your journal (all of it)",
}


def render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    actor = getattr(request.state, "actor", None)
    html = env.get_template(name).render(
        actor=actor, csrf=csrf_token(request), scope_words=SCOPE_WORDS, messages=messages, **context
    )
    response = HTMLResponse(html, status_code=status)
    set_pre_cookie(request, response)
    return response


def error_page(request: Request, status: int, words: str) -> HTMLResponse:
    if not hasattr(request.state, "actor"):
        request.state.actor = None
    return render(request, "error.html", status=status, status_code=status, words=words)


def _back(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


def _safe_next(value: str | None) -> str:
    # Only our own paths: "/org/..." yes, "//elsewhere" or "https://..." never.
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/org"


@router.get("/static/server.css")
def stylesheet():
    return FileResponse(
        HERE / "static" / "server.css", media_type="text/css", headers={"cache-control": "public, max-age=3600"}
    )


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    return _back("/org" if request.state.actor else "/login")


# -- signing in and joining ----------------------------------------------------------------------------------
@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str | None = None):
    return render(request, "login.html", next=_safe_next(next))


@router.post("/login", response_class=HTMLResponse)
def login_form(
    request: Request, email: str = Form(""), password: str = Form(""), otp: str = Form(""), next: str = Form("/org")
):
    state = server_of(request)
    try:
        token, actor = accounts.login(
            state.store,
            state.settings,
            email=email,
            password=password,
            otp=otp or None,
            address=client_address(request),
            user_agent=request.headers.get("user-agent", ""),
            now=state.now(),
        )
    except accounts.LoginFailed:
        return render(
            request, "login.html", status=401, next=_safe_next(next), email=email, problem=messages.SERVER_LOGIN_FAILED
        )
    except accounts.Throttled:
        return render(
            request, "login.html", status=429, next=_safe_next(next), email=email, problem=messages.SERVER_THROTTLED
        )
    if request.state.actor is not None:  # signing in again replaces the session this browser had
        accounts.logout(state.store, actor=request.state.actor)
    response = _back(_safe_next(next))
    set_session_cookie(request, response, token)
    return response


@router.post("/logout")
def logout_form(request: Request):
    accounts.logout(server_of(request).store, actor=request.state.actor)
    response = _back("/login")
    set_session_cookie(request, response, None)
    return response


@router.get("/join", response_class=HTMLResponse)
def join_page(request: Request, code: str = ""):
    return render(request, "join.html", code=code[:200])


@router.post("/join", response_class=HTMLResponse)
def join_form(request: Request, code: str = Form(""), email: str = Form(""), password: str = Form("")):
    state = server_of(request)
    try:
        made = accounts.accept_invite(
            state.store, state.settings, code=code, email=email, password=password, now=state.now()
        )
    except (accounts.InviteInvalid, accounts.AccountExists, accounts.BadRequest, ValueError) as error:
        words = {
            accounts.InviteInvalid: messages.SERVER_INVITE_INVALID,
            accounts.AccountExists: messages.SERVER_ACCOUNT_EXISTS,
        }.get(type(error), str(error))
        return render(request, "join.html", status=400, code=code[:200], email=email, problem=words)
    return render(request, "joined.html", status=201, made=made)


@router.get("/reset", response_class=HTMLResponse)
def reset_page(request: Request, code: str = ""):
    return render(request, "reset.html", code=code[:200])


@router.post("/reset", response_class=HTMLResponse)
def reset_form(request: Request, code: str = Form(""), password: str = Form("")):
    state = server_of(request)
    try:
        made = accounts.use_reset(state.store, state.settings, code=code, password=password, now=state.now())
    except (accounts.InviteInvalid, ValueError) as error:
        words = messages.SERVER_RESET_INVALID if isinstance(error, accounts.InviteInvalid) else str(error)
        return render(request, "reset.html", status=400, code=code[:200], problem=words)
    return render(request, "joined.html", made=made, reset=True)


# -- everyone's own page ----------------------------------------------------------------------------------------
@router.get("/org", response_class=HTMLResponse)
def my_page(request: Request):
    store = server_of(request).store
    actor = request.state.actor
    me = accounts.me(store, actor=actor)
    return render(
        request,
        "me.html",
        me=me,
        sessions=accounts.list_sessions(store, actor=actor),
        audit=sharing.my_audit(store, actor=actor),
    )


@router.post("/org/sessions/{session_id}/end")
def end_session_form(request: Request, session_id: str):
    if not accounts.end_session(server_of(request).store, actor=request.state.actor, session_id=session_id):
        raise LookupError("You have no session with that id.")
    return _back("/org")


# -- a participant's organisation page: consent, sharing, a check-in, a note ---------------------------------------
@router.get("/org/{org}/consent", response_class=HTMLResponse)
def consent_page(request: Request, org: str, saved: str = ""):
    store = server_of(request).store
    actor = request.state.actor
    return render(
        request,
        "consent.html",
        org_id=org,
        consent=sharing.consent_state(store, actor=actor, org_id=org),
        scopes=SCOPES,
        checkins=sharing.my_records(store, actor=actor, org_id=org, kind="checkins", limit=10),
        entries=sharing.my_records(store, actor=actor, org_id=org, kind="journal", limit=10),
        crisis=sharing.crisis_lines(),
        saved=saved[:20],
    )


@router.post("/org/{org}/consent")
async def consent_form(request: Request, org: str):
    form = await request.form()
    state = server_of(request)
    try:
        version = int(form.get("version", "0"))
    except ValueError:
        version = 0
    scopes = [s for s in form.getlist("scopes") if isinstance(s, str)]
    _consent(state, request.state.actor, org, version, scopes)
    return _back(f"/org/{quote(org)}/consent?saved=consent")


def _consent(state, actor, org, version, scopes):
    sharing.give_consent(state.store, actor=actor, org_id=org, version=version, scopes=scopes, now=state.now())


@router.post("/org/{org}/withdraw")
def withdraw_form(request: Request, org: str, shared: str = Form("")):
    state = server_of(request)
    sharing.withdraw(state.store, actor=request.state.actor, org_id=org, shared=shared, now=state.now())
    return _back(f"/org/{quote(org)}/consent?saved=withdrawn")


def _scale(value: str):
    value = (value or "").strip()
    return int(value) if value.lstrip("-").isdigit() else None


@router.post("/org/{org}/checkin")
def checkin_form(request: Request, org: str, mood: str = Form(""), distress: str = Form(""), note: str = Form("")):
    state = server_of(request)
    fields = {"mood": _scale(mood), "distress": _scale(distress), "note": note.strip() or None}
    sharing.add_checkin(state.store, actor=request.state.actor, org_id=org, fields=fields, at=state.now())
    return _back(f"/org/{quote(org)}/consent?saved=checkin")


@router.post("/org/{org}/entry")
def entry_form(request: Request, org: str, text: str = Form("")):
    state = server_of(request)
    sharing.add_entry(state.store, actor=request.state.actor, org_id=org, text=text, at=state.now())
    return _back(f"/org/{quote(org)}/consent?saved=entry")


@router.post("/org/{org}/entries/{entry_id}/share")
def share_form(request: Request, org: str, entry_id: int, shared: str = Form("")):
    sharing.share_entry(
        server_of(request).store, actor=request.state.actor, org_id=org, entry_id=entry_id, shared=shared == "yes"
    )
    return _back(f"/org/{quote(org)}/consent?saved=entry")


# -- clinicians ----------------------------------------------------------------------------------------------------
@router.get("/org/{org}/participants", response_class=HTMLResponse)
def participants_page(request: Request, org: str):
    store = server_of(request).store
    return render(
        request,
        "participants.html",
        org_id=org,
        org_name=sharing.org_name(store, org_id=org),
        people=sharing.participants(store, actor=request.state.actor, org_id=org),
    )


@router.get("/org/{org}/participants/{pid}/{scope}", response_class=HTMLResponse)
def participant_scope_page(request: Request, org: str, pid: str, scope: str):
    state = server_of(request)
    try:
        shown = sharing.view(state.store, actor=request.state.actor, org_id=org, pid=pid, scope=scope, now=state.now())
    except sharing.NotShared:
        return render(request, "not_shared.html", status=403, org_id=org, pid=pid, scope=scope)
    return render(request, "participant_scope.html", org_id=org, pid=pid, scope=scope, shown=shown)


# -- researchers -----------------------------------------------------------------------------------------------------
@router.get("/org/{org}/export", response_class=HTMLResponse)
def export_page(request: Request, org: str):
    return render(
        request,
        "export.html",
        org_id=org,
        org_name=sharing.org_name(server_of(request).store, org_id=org),
        formats=sharing.EXPORT_FORMATS,
    )


@router.get("/org/{org}/export/{fmt}")
def export_download(request: Request, org: str, fmt: str):
    state = server_of(request)
    name, media, body = sharing.export(
        state.store, actor=request.state.actor, org_id=org, fmt=fmt, now=state.now(), runner=state.export_runner
    )
    return Response(body, media_type=media, headers={"content-disposition": f'attachment; filename="{name}"'})


# -- staff invite participants -----------------------------------------------------------------------------------------
@router.post("/org/{org}/invite", response_class=HTMLResponse)
def invite_form(request: Request, org: str):
    state = server_of(request)
    made = accounts.create_invite(
        state.store,
        state.settings,
        org_id=org,
        role="participant",
        created_by=request.state.actor.account_id,
        now=state.now(),
    )
    return render(request, "invited.html", status=201, org_id=org, invite=made)
