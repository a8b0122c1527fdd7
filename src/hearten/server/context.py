"""What every server request carries and is asked: its server state, cookies, CSRF token and address.

The app (app.py) and its routers (api.py, pages.py) all use these, so they live below all three.
"""

from __future__ import annotations

from fastapi import HTTPException, Request

from hearten import messages
from hearten.errors import CsrfRejected
from hearten.server import accounts, credentials, policy
from hearten.server.config import ServerSettings
from hearten.server.store import ServerStore
from hearten.web.security import SAFE_METHODS

CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"


def cookie_names(settings: ServerSettings) -> tuple[str, str]:
    """The session cookie and the before-sign-in cookie; `__Host-` (Secure, whole site, no Domain) behind TLS."""
    if settings.cookie_secure:
        return "__Host-hearten_session", "__Host-hearten_pre"
    return "hearten_server_session", "hearten_server_pre"


class ServerState:
    def __init__(self, settings: ServerSettings, store: ServerStore, clock):
        self.settings, self.store, self.clock = settings, store, clock
        self.session_cookie, self.pre_cookie = cookie_names(settings)
        self._secret = None
        self.export_runner = None  # exports.ExportRunner when exports are built beside the worker

    @property
    def secret(self) -> bytes:
        if self._secret is None:
            self._secret = accounts.server_secret(self.store)
        return self._secret

    def now(self):
        return self.clock()


def server_of(request: Request) -> ServerState:
    return request.app.state.server


# -- the two questions asked before every handler ---------------------------------------------------------
def authorise(request: Request):
    """Find who is asking and ask policy.decide; refuse with 401, 403 or 404 before the handler runs."""
    state = server_of(request)
    token = request.cookies.get(state.session_cookie)
    actor = accounts.resolve(state.store, state.settings, token=token, now=state.now()) if token else None
    request.state.actor = actor
    route = request.scope.get("route")
    rule = policy.rule_for(request.method, getattr(route, "path", ""))
    status = policy.decide(state.store, actor, rule, dict(request.path_params))
    if status is not None:
        words = {401: messages.SERVER_SIGN_IN, 404: "There is nothing here."}.get(status, messages.SERVER_NOT_ALLOWED)
        raise HTTPException(status, words)


def csrf_token(request: Request) -> str:
    """The token a page or a script sends back with each change: bound to the session, or to the pre-sign-in cookie."""
    state = server_of(request)
    actor = getattr(request.state, "actor", None)
    if actor is not None:
        return credentials.mac(state.secret, "csrf", actor.session_id)
    pre = getattr(request.state, "new_pre", None) or request.cookies.get(state.pre_cookie)
    if not pre or len(pre) > 100:
        pre = credentials.new_token()
        request.state.new_pre = pre
    return credentials.mac(state.secret, "pre", pre)


def set_pre_cookie(request: Request, response) -> None:
    pre = getattr(request.state, "new_pre", None)
    if pre:
        state = server_of(request)
        response.set_cookie(
            state.pre_cookie, pre, httponly=True, secure=state.settings.cookie_secure, samesite="strict", path="/"
        )


async def check_csrf(request: Request):
    if request.method in SAFE_METHODS:
        return
    origin = request.headers.get("origin")
    if origin and origin != "null":
        from hearten.web.security import _origin, own_origin

        if _origin(origin) != own_origin(request):
            raise CsrfRejected()
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        sent = (await request.form()).get(CSRF_FIELD)
    state = server_of(request)
    actor = getattr(request.state, "actor", None)
    if actor is not None:
        expected = credentials.mac(state.secret, "csrf", actor.session_id)
    else:
        pre = request.cookies.get(state.pre_cookie)
        expected = credentials.mac(state.secret, "pre", pre) if pre and len(pre) <= 100 else None
    if not expected or not isinstance(sent, str) or not credentials.same(sent, expected):
        raise CsrfRejected()


def set_session_cookie(request: Request, response, token: str | None) -> None:
    state = server_of(request)
    if token is None:
        response.delete_cookie(
            state.session_cookie, path="/", secure=state.settings.cookie_secure, httponly=True, samesite="strict"
        )
        return
    response.set_cookie(
        state.session_cookie,
        token,
        httponly=True,
        secure=state.settings.cookie_secure,
        samesite="strict",
        path="/",
        max_age=int(state.settings.absolute.total_seconds()),
    )


def client_address(request: Request) -> str:
    return request.client.host if request.client else ""
