"""Web pages for people: sign in, join, consent and sharing, what staff see, the research export.

Server-rendered with Jinja2 and our own CSS; each route is a few lines over accounts and sharing.
The admin's pages (under /admin) do in a browser what `hearten server admin ...` does.
Forms post back with the session's CSRF token in a hidden field.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from jinja2 import FileSystemLoader, pass_context, select_autoescape
from starlette.concurrency import run_in_threadpool

from hearten import messages
from hearten.domain.instruments import display_score
from hearten.domain.safety import FRESHNESS_IN_CRISIS_BOX
from hearten.server import accounts, credentials, sharing
from hearten.server.context import client_address, csrf_token, server_of, set_pre_cookie, set_session_cookie
from hearten.server.store import ROLES, SCOPES
from hearten.web.render import KeysFirstEnvironment

HERE = Path(__file__).parent


def _in_utc(moment: object) -> datetime | None:
    """A stored time in UTC, or None when `moment` cannot be read as a time."""
    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment.strip())
        except ValueError:
            return None
    if not isinstance(moment, datetime):
        return None
    if moment.tzinfo is None:
        # Our own store writes times in UTC. astimezone() would read a bare time as this machine's
        # local time instead, so it is labelled UTC here before any conversion.
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except (OverflowError, ValueError):  # an offset that pushes it past year 1 or 9999
        return None


def _unreadable(moment: object) -> str:
    # A page shows what it can rather than failing: odd text as it is, anything else as nothing.
    return moment.strip() if isinstance(moment, str) else ""


def utc_time(moment: datetime | str | None) -> str:
    """A stored time as every page shows it: in UTC and saying so, "2026-03-02 09:00 UTC".

    The server does not know anyone's time zone, and a time read back from PostgreSQL comes in the
    database session's zone, so the time is converted here rather than cut from its ISO text.
    """
    in_utc = _in_utc(moment)
    return _unreadable(moment) if in_utc is None else in_utc.strftime("%Y-%m-%d %H:%M UTC")


def utc_date(moment: datetime | str | None) -> str:
    """The UTC day of a stored time, "2026-03-02", for columns where the hour does not matter."""
    in_utc = _in_utc(moment)
    return _unreadable(moment) if in_utc is None else in_utc.date().isoformat()


def _noting_times_shown(show):
    """`show` as a template filter that also tells base.html a time went onto the page, so the
    page ends with one plain line about UTC (the _utc_note.html partial) exactly when it has one."""

    @pass_context
    def shown_and_noted(context, moment):
        words = show(moment)
        times_shown = context.get("times_shown")
        if times_shown is not None and _in_utc(moment) is not None:
            times_shown.append(words)
        return words

    return shown_and_noted


env = KeysFirstEnvironment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
env.filters["utc"] = _noting_times_shown(utc_time)
env.filters["utc_date"] = _noting_times_shown(utc_date)
env.globals["freshness_in_crisis_box"] = FRESHNESS_IN_CRISIS_BOX
env.filters["scope_said"] = lambda scope: SCOPE_SAID.get(scope, scope)
# A research export's format as its reader knows it, in the participant's record of who looked.
EXPORT_SAID = {
    "csv": "a CSV table",
    "redcap-dictionary": "a REDCap data dictionary",
    "codebook": "a codebook",
    "fhir": "FHIR records",
}
env.filters["export_said"] = lambda fmt: EXPORT_SAID.get(fmt, fmt)
env.globals["show_score"] = display_score
router = APIRouter(include_in_schema=False)

# What each scope is called in a sentence ("You share: check-ins, practice history"), for participants and staff.
SCOPE_SAID = {
    "checkins": "check-ins",
    "assessments": "assessment results",
    "practices": "practice history",
    "insights": "weekly patterns",
    "journal": "journal",
}
SCOPE_WORDS = {
    "checkins": "Check-ins (mood, distress and their notes)",
    "assessments": "Assessment results",
    "practices": "Practice history",
    "insights": "Weekly patterns from your check-ins",
    "journal": "Your journal (all of it)",
}


def render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    actor = getattr(request.state, "actor", None)
    html = env.get_template(name).render(
        actor=actor,
        csrf=csrf_token(request),
        scope_words=SCOPE_WORDS,
        messages=messages,
        times_shown=[],  # filled by the utc filters as the page is drawn
        **context,
    )
    response = HTMLResponse(html, status_code=status)
    set_pre_cookie(request, response)
    return response


def error_page(request: Request, status: int, words: str, heading: str = "", written=()) -> HTMLResponse:
    """An error in words; `written`: what the person wrote in the form that failed, shown to copy."""
    if not hasattr(request.state, "actor"):
        request.state.actor = None
    return render(
        request, "error.html", status=status, status_code=status, words=words, heading=heading, written=list(written)
    )


def holds_what_was_written(form) -> bool:
    """Whether a form sent carries something the person wrote or chose (an entry, a note, a check-in's
    numbers, a questionnaire's answers): what must not vanish when it cannot be saved."""
    return any(
        isinstance(value, str)
        and value.strip()
        and (name in ("text", "note", "distress", "mood") or name.startswith("item-"))
        for name, value in form.items()
    )


def signed_out_page(request: Request, form, *, out_of_date: bool = False) -> HTMLResponse:
    """A form that could not be saved (the session ran out, or `out_of_date`: the page was opened before the
    person signed in again): the words written are shown to copy, with the help a check-in, entry or
    questionnaire like it would have shown (high distress, crisis words, a hard week), and a way back in to
    the page the form was on."""
    written = {name: form.get(name) for name in ("text", "note") if isinstance(form.get(name), str)}
    written = {name: value for name, value in written.items() if value.strip()}
    numbers = {
        name: _scale(form.get(name)) if isinstance(form.get(name), str) else None for name in ("mood", "distress")
    }
    decision = sharing.checkin_decision({"distress": numbers["distress"], "note": written.get("note")})
    if "text" in written:
        entry = sharing.entry_decision({"text": written["text"]})
        decision = entry if entry.show_help and not decision.show_help else decision
    org = request.path_params.get("org")
    back = f"/org/{quote(org)}/consent" if isinstance(org, str) else "/org"
    chosen = [f"{name.capitalize()} {value}" for name, value in numbers.items() if value is not None]
    instrument = sharing.takeable_instruments().get(request.path_params.get("instrument_id") or "")
    if instrument is not None and isinstance(org, str):
        answers = {item.id: _scale(form.get(f"item-{item.id}")) for item in instrument.items}
        result = sharing.score_for_help(instrument, answers)
        if result is not None and result.show_help and not decision.show_help:
            decision = result
        back = f"/org/{quote(org)}/assessments/{quote(instrument.id)}"
    return render(
        request,
        "signed_out.html",
        status=403 if out_of_date else 401,
        out_of_date=out_of_date,
        written=list(written.values()),
        chosen=", ".join(chosen),
        questionnaire=instrument.title if instrument is not None else "",
        back=f"/login?next={quote(back)}" if not out_of_date else back,
        decision=decision,
        help_now=sharing.help_lines(locale=request.headers.get("accept-language")) if decision.show_help else None,
        crisis_words=_crisis_words() if decision.reason == "crisis" else "",
        grounding=sharing.grounding_steps() if decision.offer_grounding else [],
    )


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
    except accounts.Throttled as paused:
        return render(request, "login.html", status=429, next=_safe_next(next), email=email, problem=str(paused))
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
    # Signed in already: the invite adds this organisation to the account (join_signed_in), no new account.
    state = server_of(request)
    return render(
        request, "join.html", code=code[:200], invite=accounts.invite_preview(state.store, code=code, now=state.now())
    )


@router.post("/join/signed-in", response_class=HTMLResponse)
def join_signed_in(request: Request, code: str = Form("")):
    state = server_of(request)
    try:
        joined = accounts.join_with_account(state.store, actor=request.state.actor, code=code, now=state.now())
    except accounts.InviteInvalid:
        return render(
            request,
            "join.html",
            status=400,
            code=code[:200],
            problem=messages.SERVER_INVITE_NOT_FOR_YOU,
            invite=accounts.invite_preview(state.store, code=code, now=state.now()),
        )
    except accounts.AlreadyMember:
        return _back("/org")  # already in: their page lists it
    if request.state.actor.role == "participant":
        return _back(f"/org/{quote(joined['org_id'])}/consent")
    return _back("/org")


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
        invite = accounts.invite_preview(state.store, code=code, now=state.now())
        return render(request, "join.html", status=400, code=code[:200], email=email, problem=words, invite=invite)
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
def my_page(request: Request, password: str = ""):
    return _my_page(request, password_saved=password == "saved")


def _my_page(request: Request, status: int = 200, **context) -> HTMLResponse:
    store = server_of(request).store
    actor = request.state.actor
    me = accounts.me(store, actor=actor)
    return render(
        request,
        "me.html",
        status=status,
        me=me,
        sessions=accounts.list_sessions(store, actor=actor),
        audit=sharing.my_audit(store, actor=actor),
        **context,
    )


@router.post("/org/password", response_class=HTMLResponse)
def change_password_form(request: Request, current: str = Form(""), new: str = Form("")):
    state = server_of(request)
    try:
        accounts.change_password(
            state.store,
            state.settings,
            actor=request.state.actor,
            current=current,
            new=new,
            address=client_address(request),
            now=state.now(),
        )
    except accounts.LoginFailed:
        return _my_page(request, 400, password_problem=messages.SERVER_NOT_YOUR_PASSWORD)
    except accounts.Throttled as paused:
        return _my_page(request, 429, password_problem=str(paused))
    except credentials.WeakPassword as weak:
        return _my_page(request, 400, password_problem=str(weak))
    return _back("/org?password=saved#password")


@router.post("/org/sessions/{session_id}/end")
def end_session_form(request: Request, session_id: str):
    if not accounts.end_session(server_of(request).store, actor=request.state.actor, session_id=session_id):
        raise LookupError("You have no session with that id.")
    return _back("/org")


@router.get("/help", response_class=HTMLResponse)
def help_page(request: Request, country: str = ""):
    """The help lines, emergency words and grounding, for anyone, signed in or not (linked from every page)."""
    return render(
        request,
        "help.html",
        help_now=sharing.help_lines(country.strip()[:8] or None, locale=request.headers.get("accept-language")),
        grounding=sharing.grounding_steps(),
    )


# -- a participant's organisation page: consent, sharing, a check-in, a note ---------------------------------------
@router.get("/org/{org}/consent", response_class=HTMLResponse)
def consent_page(request: Request, org: str, saved: str = "", id: str = "", country: str = ""):
    store = server_of(request).store
    actor = request.state.actor
    checkins = sharing.my_records(store, actor=actor, org_id=org, kind="checkins", limit=10)
    entries = sharing.my_records(store, actor=actor, org_id=org, kind="journal", limit=10)
    # What was just saved, among the person's latest of its kind, for the help it may call for.
    results = sharing.my_records(store, actor=actor, org_id=org, kind="assessments", limit=10)
    practices = (
        sharing.my_records(store, actor=actor, org_id=org, kind="practices", limit=10) if saved == "practice" else []
    )
    latest = {"checkin": checkins, "entry": entries, "practice": practices, "assessment": results}
    decision = _decision_after(saved, id, latest)
    lines = sharing.help_lines(country.strip()[:8] or None, locale=request.headers.get("accept-language"))
    return render(
        request,
        "consent.html",
        org_id=org,
        consent=sharing.consent_state(store, actor=actor, org_id=org),
        scopes=SCOPES,
        checkins=checkins,
        entries=entries,
        crisis=list(lines),
        saved=saved[:20],
        saved_id=id[:20],
        decision=decision,
        help_now=lines,
        grounding=sharing.grounding_steps() if decision is not None and decision.offer_grounding else [],
        crisis_words=_crisis_words() if decision is not None and decision.reason == "crisis" else "",
        takeable=sharing.takeable_instruments(),
        results=results[:5],
        names=sharing.display_names(),
    )


_DECIDE = {
    "checkin": sharing.checkin_decision,
    "entry": sharing.entry_decision,
    "practice": sharing.practice_decision,
    "assessment": sharing.assessment_decision,
}


@router.get("/org/{org}/assessments/{instrument_id}", response_class=HTMLResponse)
def assessment_page(request: Request, org: str, instrument_id: str):
    instrument = sharing.takeable_instruments().get(instrument_id)
    if instrument is None:
        raise LookupError("There is no questionnaire with that name here.")
    scale = [(v, instrument.scale.label(v) or str(v)) for v in range(instrument.scale.min, instrument.scale.max + 1)]
    return render(request, "assessment.html", org_id=org, instrument=instrument, scale=scale)


@router.post("/org/{org}/assessments/{instrument_id}")
async def assessment_form(request: Request, org: str, instrument_id: str):
    state = server_of(request)
    form = await request.form()
    instrument = sharing.takeable_instruments().get(instrument_id)
    if instrument is None:
        raise LookupError("There is no questionnaire with that name here.")
    # A question left out is skipped; the instrument's rule decides whether that is fine.
    answers = {item.id: _scale(form.get(f"item-{item.id}")) for item in instrument.items}
    made = await run_in_threadpool(
        lambda: sharing.add_assessment(
            state.store,
            actor=request.state.actor,
            org_id=org,
            instrument_id=instrument_id,
            answers=answers,
            at=state.now(),
        )
    )
    anchor = "#help-now" if made["safety"]["show_help"] else ""
    return _back(f"/org/{quote(org)}/consent?saved=assessment&id={made['id']}{anchor}")


def _decision_after(saved: str, record_id: str, latest: dict[str, list]):
    """domain.safety's decision for the check-in, entry, practice or result just saved (found among the
    person's own latest of that kind, `latest[saved]`)."""
    if saved not in _DECIDE or not record_id.isdigit():
        return None
    found = next((r for r in latest[saved] if r["id"] == int(record_id)), None)
    return None if found is None else _DECIDE[saved](found)


def _crisis_words() -> str:
    from hearten.content.language import crisis_message

    return crisis_message()


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


def _scale(value: str | None):
    value = value.strip() if isinstance(value, str) else ""
    return int(value) if value.lstrip("-").isdigit() else None


@router.post("/org/{org}/checkin")
def checkin_form(request: Request, org: str, mood: str = Form(""), distress: str = Form(""), note: str = Form("")):
    state = server_of(request)
    fields = {"mood": mood, "distress": distress, "note": note}  # as typed: the service says what is wrong
    made = sharing.add_checkin(state.store, actor=request.state.actor, org_id=org, fields=fields, at=state.now())
    return _back(f"/org/{quote(org)}/consent?saved=checkin&id={made['id']}")


@router.post("/org/{org}/entry")
def entry_form(request: Request, org: str, text: str = Form("")):
    state = server_of(request)
    made = sharing.add_entry(state.store, actor=request.state.actor, org_id=org, text=text, at=state.now())
    return _back(f"/org/{quote(org)}/consent?saved=entry&id={made['id']}")


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
    return render(
        request,
        "participant_scope.html",
        org_id=org,
        pid=pid,
        scope=scope,
        shown=shown,
        names=sharing.display_names(),
        calls_for_help=sharing.calls_for_help,
    )


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
    return render(request, "invited.html", status=201, org_id=org, invite=made, role="participant", back="/org")


# -- the admin's pages: organisations, invites for any role, ending sessions, second-factor resets -----------------
@router.get("/admin", response_class=HTMLResponse)
def admin_page(request: Request, done: str = "", email: str = ""):
    return _admin_home(request, done=done[:20], email=email[:254])


def _admin_home(request: Request, status: int = 200, **context) -> HTMLResponse:
    return render(request, "admin.html", status=status, orgs=server_of(request).store.all_orgs(), **context)


@router.post("/admin/orgs", response_class=HTMLResponse)
def admin_create_org(request: Request, name: str = Form("")):
    state = server_of(request)
    try:
        org_id = accounts.create_org(state.store, name=name, now=state.now())
    except accounts.BadRequest as error:
        return _admin_home(request, status=400, problem=str(error), org_name=name[:200])
    return _back(f"/admin/orgs/{quote(org_id)}?done=org")


@router.get("/admin/orgs/{org}", response_class=HTMLResponse)
def admin_org_page(request: Request, org: str, done: str = "", email: str = ""):
    store = server_of(request).store
    name = sharing.org_name(store, org_id=org)
    people = store.members(org_id=org)
    return render(
        request,
        "admin_org.html",
        org_id=org,
        org_name=name,
        staff=[p for p in people if p["role"] != "participant"],
        participants=[p for p in people if p["role"] == "participant"],
        withdrawals=sharing.withdrawals(store, org_id=org),
        roles=ROLES,
        done=done[:20],
        email=email[:254],
    )


@router.post("/admin/orgs/{org}/invite", response_class=HTMLResponse)
def admin_invite(request: Request, org: str, role: str = Form("")):
    state = server_of(request)
    name = sharing.org_name(state.store, org_id=org)
    made = accounts.create_invite(
        state.store, state.settings, org_id=org, role=role, created_by=request.state.actor.account_id, now=state.now()
    )
    return render(
        request, "invited.html", status=201, org_id=org, org_name=name, invite=made, role=role, back=_admin_org(org)
    )


def _admin_org(org: str) -> str:
    return f"/admin/orgs/{quote(org)}"


@router.post("/admin/people/end-sessions")
def admin_end_sessions(request: Request, email: str = Form(""), next: str = Form("/admin")):
    back = _admin_back(next)
    accounts.end_sessions_for(server_of(request).store, email=email.strip())  # no such account: 404
    joiner = "&" if "?" in back else "?"
    return _back(f"{back}{joiner}done=sessions&email={quote(email.strip()[:254])}")


@router.post("/admin/people/reset-otp", response_class=HTMLResponse)
def admin_reset_otp(request: Request, email: str = Form(""), next: str = Form("/admin")):
    state = server_of(request)
    made = accounts.reset_otp(state.store, state.settings, email=email.strip(), now=state.now())
    return render(request, "admin_reset.html", email=email.strip(), reset=made, back=_admin_back(next))


@router.post("/admin/people/reset-password", response_class=HTMLResponse)
def admin_reset_password(request: Request, email: str = Form(""), next: str = Form("/admin")):
    """A one-time link for someone who forgot their password (what the sign-in page tells them to ask for)."""
    state = server_of(request)
    made = accounts.create_reset(state.store, state.settings, email=email.strip(), now=state.now())
    found = state.store.account_by_email(email=email.strip())
    return render(
        request,
        "admin_reset.html",
        email=email.strip(),
        reset=made,
        back=_admin_back(next),
        password_only=True,
        role=found["role"] if found else "",
    )


def _admin_back(value: str) -> str:
    # Back to the admin's own pages only.
    path = _safe_next(value)
    return path if path == "/admin" or path.startswith("/admin/orgs/") else "/admin"
