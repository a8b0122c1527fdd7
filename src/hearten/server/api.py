"""The JSON API under /api/v1: a few lines per route over accounts and sharing; policy has already said yes."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from hearten.server import accounts, credentials, sharing
from hearten.server.context import client_address, csrf_token, server_of, set_pre_cookie, set_session_cookie
from hearten.server.policy import API
from hearten.web import api_schemas as m

ERRORS = {code: {"model": m.Problem} for code in (400, 401, 403, 404, 409, 429)}
router = APIRouter(prefix=API, tags=["server"], responses=ERRORS)
Scope = Literal["checkins", "assessments", "practices", "insights", "journal"]
Role = Literal["participant", "clinician", "researcher", "admin"]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _new_password():
    """A password being chosen. The limits are checked by the service, which says what to change (400);
    the schema publishes the same ones."""
    return Field(
        description=f"{credentials.MIN_PASSWORD} to {credentials.MAX_PASSWORD} characters, at least "
        f"{credentials.MIN_PASSWORD} of them not spaces; not the email address nor a common password.",
        json_schema_extra={"minLength": credentials.MIN_PASSWORD, "maxLength": credentials.MAX_PASSWORD},
    )


def _tried_password():
    """A password checked against the one kept (signing in, or the current one): longer ones never match."""
    return Field(max_length=credentials.MAX_PASSWORD_TRIED)


class AcceptIn(_In):
    code: str = Field(min_length=1, max_length=200)
    email: str = Field(min_length=3, max_length=254)
    password: str = _new_password()


class OrgOut(BaseModel):
    id: str
    name: str
    role: Role


class AccountOut(BaseModel):
    id: str
    email: str
    role: Role
    orgs: list[OrgOut] = Field(description="The organisations joined, as GET /api/v1/me lists them.")
    otp_secret: str | None = Field(None, description="Staff only, shown once: the TOTP key for an authenticator app.")
    otp_uri: str | None = None


class ResetIn(_In):
    code: str = Field(min_length=1, max_length=200)
    password: str = _new_password()


class ResetOut(BaseModel):
    id: str
    email: str
    role: Role
    otp_secret: str | None = Field(None, description="Staff only, shown once: the new TOTP key.")
    otp_uri: str | None = None


class LoginIn(_In):
    email: str = Field(max_length=254)
    password: str = _tried_password()
    otp: str | None = Field(None, max_length=10, description="The six-digit code from the authenticator app (staff).")


class PasswordIn(_In):
    current: str = _tried_password()
    new: str = _new_password()


class MeOut(BaseModel):
    id: str
    email: str
    role: Role
    orgs: list[OrgOut]


class LoginOut(MeOut):
    csrf_token: str = Field(description="The new session's token for X-CSRF-Token.")


class SessionInfo(BaseModel):
    id: str
    created_at: str
    last_seen_at: str
    expires_at: str
    address: str
    user_agent: str
    current: bool


class AuditOut(BaseModel):
    at: str
    org: dict
    who: str
    role: str
    action: Literal["view", "export"]
    what: str


class ConsentIn(_In):
    version: int = Field(ge=1)
    scopes: list[Scope] = Field(max_length=5)


class HelpLine(BaseModel):
    name: str
    phone: str
    text: str
    web: str
    hours: str


class HelpSection(BaseModel):
    heading: str = Field(description="The country, or empty for lines that apply anywhere.")
    lines: list[HelpLine]


class ConsentOut(BaseModel):
    org: dict
    version: int = Field(description="The current consent text's version.")
    text: str
    scopes_offered: list[str]
    consented: bool
    scopes: list[str]
    agreed_version: int | None
    agreed_at: str | None
    history: list[dict] = Field(description="Every consent given and withdrawn, with the text agreed to.")
    nobody_watches: str
    in_a_crisis: str = Field(description="What to do in a crisis, since nobody watches: use the help lines.")
    help_lines: list[HelpSection] = Field(
        description="The help lines, by country, as the participant's page lists them."
    )


class SharedIn(_In):
    shared: bool


class ParticipantOut(BaseModel):
    id: str
    status: Literal["consented", "withdrawn", "none"]
    scopes: list[str]
    consented_at: str | None
    withdrawn_at: str | None
    single_entries: bool = Field(
        default=False, description="Entries shared one by one without the journal scope: open them as `journal`."
    )


class ScopeView(BaseModel):
    """One shared scope of one participant. Which of the optional fields come depends on the scope:
    check-ins have items, weeks, distress_flags (distress at or above the high mark, or crisis language in
    the note: `crisis_words`) and note; insights weeks only; assessments items; practices items and weeks;
    the journal items, only_single_entries and crisis_flags."""

    participant: str
    scope: Scope
    status: Literal["consented", "withdrawn", "none"]
    items: list[dict] | None = None
    weeks: list[dict] | None = None
    distress_flags: list[dict] | None = None
    note: str | None = None
    only_single_entries: bool | None = None
    crisis_flags: list[dict] | None = Field(
        default=None, description="The journal: entries written with crisis language ({at, id}), newest last."
    )


class InviteIn(_In):
    role: Role = "participant"


class InviteOut(BaseModel):
    code: str
    url: str
    expires_at: str


class OrgIn(_In):
    name: str = Field(min_length=1, max_length=200)


class IdOut(BaseModel):
    id: str


class ConsentTextIn(_In):
    text: str = Field(min_length=1, max_length=50_000)


class VersionOut(BaseModel):
    version: int


class EndedOut(BaseModel):
    ended: int


def _actor(request: Request):
    return request.state.actor


# -- signing in ----------------------------------------------------------------------------------------
@router.get("/csrf", response_model=m.CsrfOut, summary="The token to send as X-CSRF-Token with every change")
def csrf(request: Request, response: Response):
    token = csrf_token(request)
    set_pre_cookie(request, response)
    return {"csrf_token": token}


@router.post("/invites/accept", response_model=AccountOut, status_code=201, summary="Make an account from an invite")
def accept_invite(request: Request, body: AcceptIn):
    state = server_of(request)
    return accounts.accept_invite(
        state.store, state.settings, code=body.code, email=body.email, password=body.password, now=state.now()
    )


@router.post(
    "/password-resets/accept", response_model=ResetOut, summary="Choose a new password with a reset code from an admin"
)
def accept_reset(request: Request, body: ResetIn):
    state = server_of(request)
    return accounts.use_reset(state.store, state.settings, code=body.code, password=body.password, now=state.now())


@router.post(
    "/login",
    response_model=LoginOut,
    summary="Sign in: sets the session cookie (401 on any failure, 429 when throttled)",
)
def login(request: Request, response: Response, body: LoginIn):
    state = server_of(request)
    if request.state.actor is not None:  # signing in again replaces the session this browser had
        accounts.logout(state.store, actor=request.state.actor)
    token, actor = accounts.login(
        state.store,
        state.settings,
        email=body.email,
        password=body.password,
        otp=body.otp,
        address=client_address(request),
        user_agent=request.headers.get("user-agent", ""),
        now=state.now(),
    )
    set_session_cookie(request, response, token)
    request.state.actor = actor
    return {**accounts.me(state.store, actor=actor), "csrf_token": csrf_token(request)}


@router.post("/logout", status_code=204, summary="Sign out: ends this session")
def logout(request: Request, response: Response):
    accounts.logout(server_of(request).store, actor=_actor(request))
    set_session_cookie(request, response, None)
    response.status_code = 204


@router.get("/me", response_model=MeOut, summary="Who is signed in")
def me(request: Request):
    return accounts.me(server_of(request).store, actor=_actor(request))


@router.get("/me/sessions", response_model=list[SessionInfo], summary="Your sessions, newest first")
def my_sessions(request: Request):
    return accounts.list_sessions(server_of(request).store, actor=_actor(request))


@router.delete("/me/sessions/{session_id}", status_code=204, summary="End one of your sessions")
def end_my_session(request: Request, session_id: str):
    if not accounts.end_session(server_of(request).store, actor=_actor(request), session_id=session_id):
        raise LookupError("you have no session with that id")
    return Response(status_code=204)


@router.post("/me/password", response_model=EndedOut, summary="Change your password; your other sessions end")
def change_password(request: Request, body: PasswordIn):
    state = server_of(request)
    ended = accounts.change_password(
        state.store,
        state.settings,
        actor=_actor(request),
        current=body.current,
        new=body.new,
        address=client_address(request),
        now=state.now(),
    )
    return {"ended": ended}


@router.get("/me/audit", response_model=list[AuditOut], summary="Who viewed or exported your data, what and when")
def my_audit(request: Request):
    return sharing.my_audit(server_of(request).store, actor=_actor(request))


# -- consent ----------------------------------------------------------------------------------------------
@router.get(
    "/orgs/{org}/consent", response_model=ConsentOut, summary="The consent text, its version, and what you agreed to"
)
def get_consent(request: Request, org: str):
    return sharing.consent_state(server_of(request).store, actor=_actor(request), org_id=org)


@router.put("/orgs/{org}/consent", response_model=ConsentOut, summary="Agree to a version, sharing the chosen scopes")
def put_consent(request: Request, org: str, body: ConsentIn):
    state = server_of(request)
    return sharing.give_consent(
        state.store, actor=_actor(request), org_id=org, version=body.version, scopes=list(body.scopes), now=state.now()
    )


@router.delete(
    "/orgs/{org}/consent",
    response_model=ConsentOut,
    summary="Withdraw: keep what was shared, or delete it from the organisation's view",
)
def delete_consent(
    request: Request,
    org: str,
    shared: str | None = Query(
        None,
        max_length=20,
        description="keep: what you shared until now stays in the organisation's view; delete: it leaves their view.",
        json_schema_extra={"enum": ["keep", "delete"]},
    ),
):
    # Checked by sharing.withdraw, so a missing or odd value is answered in words (400), as other problems are.
    state = server_of(request)
    return sharing.withdraw(state.store, actor=_actor(request), org_id=org, shared=shared or "", now=state.now())


# -- a participant's own records ----------------------------------------------------------------------------
OrgParam = Query(None, max_length=64, description="Your organisation, when you belong to more than one.")


@router.post("/checkins", response_model=m.CheckinSaved, status_code=201, summary="Add a check-in")
def add_checkin(request: Request, body: m.CheckinIn, org: str | None = OrgParam):
    state = server_of(request)
    made = sharing.add_checkin(state.store, actor=_actor(request), org_id=org, fields=body.model_dump(), at=state.now())
    return sharing.with_checkin_safety(made)


@router.post("/entries", response_model=m.EntrySaved, status_code=201, summary="Write a journal entry")
def add_entry(request: Request, body: m.EntryIn, org: str | None = OrgParam):
    state = server_of(request)
    made = sharing.add_entry(
        state.store, actor=_actor(request), org_id=org, text=body.text, mood=body.mood, tags=body.tags, at=state.now()
    )
    return sharing.with_entry_safety(made)


@router.put("/entries/{entry_id}/shared", status_code=204, summary="Share one journal entry on its own (or stop)")
def share_entry(request: Request, entry_id: int, body: SharedIn, org: str | None = OrgParam):
    sharing.share_entry(
        server_of(request).store, actor=_actor(request), org_id=org, entry_id=entry_id, shared=body.shared
    )
    return Response(status_code=204)


@router.post(
    "/sessions", response_model=m.SessionRecorded, status_code=201, summary="Record a practice the browser ran"
)
def add_session(request: Request, body: m.SessionIn, org: str | None = OrgParam):
    state = server_of(request)
    return sharing.add_practice_session(
        state.store, actor=_actor(request), org_id=org, run=body.model_dump(), at=state.now()
    )


@router.post("/assessments", response_model=m.AssessmentTaken, status_code=201, summary="Answer an assessment")
def add_assessment(request: Request, body: m.AssessmentIn, org: str | None = OrgParam):
    state = server_of(request)
    return sharing.add_assessment(
        state.store,
        actor=_actor(request),
        org_id=org,
        instrument_id=body.instrument,
        answers=dict(body.answers),
        at=state.now(),
    )


# -- staff -----------------------------------------------------------------------------------------------------
@router.get(
    "/orgs/{org}/participants",
    response_model=list[ParticipantOut],
    summary="Participants who consented, and what they share",
)
def list_participants(request: Request, org: str):
    return sharing.participants(server_of(request).store, actor=_actor(request), org_id=org)


@router.get(
    "/orgs/{org}/participants/{pid}/{scope}",
    response_model=ScopeView,
    response_model_exclude_unset=True,
    summary="One shared scope of one participant (403 when not shared); recorded in their audit",
)
def participant_scope(request: Request, org: str, pid: str, scope: Scope) -> dict:
    state = server_of(request)
    return sharing.view(state.store, actor=_actor(request), org_id=org, pid=pid, scope=scope, now=state.now())


@router.get(
    "/orgs/{org}/export",
    summary="The research export of consented scopes; recorded in each participant's audit",
    responses={200: {"content": {"text/csv": {}, "text/markdown": {}, "application/fhir+json": {}}}},
)
def research_export(
    request: Request, org: str, format: Literal["csv", "redcap-dictionary", "codebook", "fhir"] = Query("csv")
):
    state = server_of(request)
    name, media, body = sharing.export(
        state.store, actor=_actor(request), org_id=org, fmt=format, now=state.now(), runner=state.export_runner
    )
    return Response(body, media_type=media, headers={"content-disposition": f'attachment; filename="{name}"'})


@router.post(
    "/orgs/{org}/invites",
    response_model=InviteOut,
    status_code=201,
    summary="Invite someone: staff invite participants; admins anyone",
)
def invite(request: Request, org: str, body: InviteIn):
    state = server_of(request)
    actor = _actor(request)
    if body.role != "participant" and actor.role != "admin":
        raise PermissionError("Only an admin can invite staff.")
    return accounts.create_invite(
        state.store, state.settings, org_id=org, role=body.role, created_by=actor.account_id, now=state.now()
    )


@router.post("/orgs", response_model=IdOut, status_code=201, summary="Create an organisation (admin)")
def create_org(request: Request, body: OrgIn):
    state = server_of(request)
    return {"id": accounts.create_org(state.store, name=body.name, now=state.now())}


@router.put(
    "/orgs/{org}/consent-text", response_model=VersionOut, summary="Publish a new version of the consent text (admin)"
)
def put_consent_text(request: Request, org: str, body: ConsentTextIn):
    state = server_of(request)
    return {"version": sharing.new_consent_text(state.store, org_id=org, text=body.text, now=state.now())}


@router.delete(
    "/accounts/{account_id}/sessions", response_model=EndedOut, summary="End every session of an account (admin)"
)
def end_account_sessions(request: Request, account_id: str):
    return {"ended": accounts.end_sessions_of_account(server_of(request).store, account_id=account_id)}
