"""The server app factory: `create_server_app(settings)` gives the clinic and study server as an ASGI app.

Before any handler runs, two app-wide dependencies ask the same questions every time:
`authorise` (who is this, and does policy.decide let them use this route?) and
`check_csrf` (does a change carry the token bound to this session?). A pure ASGI
middleware refuses foreign Host headers and adds the local app's protective headers.
Handlers are plain `def`, so they run in worker threads while the event loop goes on.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import quote

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from hearten import __version__, messages
from hearten.errors import CrisisEncoderUnreadable, CsrfRejected, ServerProblem, SettingsError
from hearten.server import accounts, credentials, policy
from hearten.server.config import ServerSettings
from hearten.server.context import (
    ServerState,
    authorise,
    check_csrf,
    server_of,
)
from hearten.server.store import ServerStore
from hearten.web.limits import BODY_BYTES
from hearten.web.security import COMMON_HEADERS, NO_STORE, host_name
from hearten.web.unexpected import UnexpectedErrors

HERE = Path(__file__).parent


def create_server_app(settings: ServerSettings, *, store: ServerStore | None = None, clock=None) -> FastAPI:
    """The app. `store` may be shared (tests give two apps one database through two stores); `clock()` the time."""
    from hearten.server import api, pages

    use_crisis_encoder(settings)  # the reader is one per process: it follows this app's settings
    own_store = store is None
    store = store or ServerStore(settings.database_url, pool_size=settings.pool_size)
    state = ServerState(settings, store, clock or accounts.utc_now)
    if settings.export_helper:
        from hearten.server.exports import ExportRunner

        state.export_runner = ExportRunner(store.url)

    @asynccontextmanager
    async def lifespan(app):
        yield
        if state.export_runner is not None:
            state.export_runner.close()
        if own_store:
            store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="hearten server",
        version=__version__,
        description="hearten for clinics and studies: participants choose what is shared, staff see only that, "
        "and every look is recorded. Sign in with POST /api/v1/login; every change needs the "
        "X-CSRF-Token header from GET /api/v1/csrf.",
        openapi_url="/openapi.json",
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(authorise), Depends(check_csrf)],
        max_body_size=BODY_BYTES,
        form_limits={"max_part_size": BODY_BYTES},
    )
    app.state.server = state
    app.include_router(api.router)
    app.include_router(pages.router)
    answer = _errors(app)
    app.add_middleware(
        UnexpectedErrors, answer=lambda request, written: answer(request, 500, messages.UNEXPECTED, written=written)
    )
    app.add_middleware(HostAndHeaders, allowed_hosts=settings.allowed_hosts, hsts=settings.cookie_secure)
    return app


def use_crisis_encoder(settings: ServerSettings, *, keep: bool = True) -> None:
    """Read entries with the crisis encoder too when HEARTEN_SERVER_CRISIS_ENCODER asks for it, loaded now;
    a ServerProblem when its files are missing or broken, so a clinic that chose it is told at start-up rather
    than left with the rules alone. keep=False only checks that it loads (the supervisor of several workers,
    which each load their own). Participants' texts are never remembered between readings here: a remembered
    text answers faster, and that must not tell one person what another wrote."""
    from hearten import crisis_encoder
    from hearten.services import language

    if not settings.crisis_encoder:
        language.turn_encoder_off()
        return
    try:
        language.turn_encoder_on(load_now=True, remember=False)
    except CrisisEncoderUnreadable as problem:
        raise ServerProblem(messages.SERVER_CRISIS_ENCODER_BROKEN.format(detail=problem.detail)) from None
    except SettingsError:
        raise ServerProblem(messages.SERVER_CRISIS_ENCODER_MISSING) from None
    if not keep:
        language.turn_encoder_off()
        crisis_encoder.unload()


# -- errors ----------------------------------------------------------------------------------------------------
def _is_api(request: Request) -> bool:
    return request.url.path.startswith(policy.API) or request.url.path == "/openapi.json"


async def _form_of(request: Request):
    """The form a refused request sent, to keep what it holds; {} for a body that is not a form at all."""
    try:
        return await request.form()
    except Exception:
        return {}


def _errors(app: FastAPI):
    """Every known kind of error answered in words; returns `answer(request, status, words)` for the rest."""
    from hearten.domain.records import InvalidInput
    from hearten.server import sharing
    from hearten.server.pages import error_page

    def answer(request: Request, status: int, words: str, headers=None, heading: str = "", written=()):
        if _is_api(request):
            return JSONResponse({"detail": words}, status_code=status, headers=headers)
        if status == 401:
            return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)
        if status == 404 and words == "Not Found":  # Starlette's own words for an unknown address
            words = messages.SERVER_NO_PAGE
        if status == 405:  # an address typed or followed that only a form may send to
            words = messages.SERVER_NO_PAGE
        words = words[:1].upper() + words[1:]  # a sentence on a page, as the services say it in a clause
        if words and words[-1] not in ".!?":
            words += "."
        return error_page(request, status, words, heading, written)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException):
        if error.status_code == 401 and request.method == "POST" and not _is_api(request):
            return await _signed_out(request)
        return answer(request, error.status_code, str(error.detail), getattr(error, "headers", None))

    async def _signed_out(request: Request):
        """A form sent after the session ran out: words written (a note, an entry) are shown to keep, with
        any help they call for; any other form leads back to sign in, then to the page it came from."""
        from hearten.server.pages import holds_what_was_written, signed_out_page

        form = await _form_of(request)
        if holds_what_was_written(form):
            return signed_out_page(request, form)
        code, org = form.get("code"), request.path_params.get("org")
        if request.url.path == "/logout":  # signed out already: the sign-in page, for whoever comes next
            back = "/"
        elif request.url.path == "/join/signed-in" and isinstance(code, str) and code.strip():
            back = f"/join?code={quote(code.strip())}"
        else:
            back = f"/org/{quote(org)}/consent" if isinstance(org, str) else "/org"
        return RedirectResponse(f"/login?next={quote(back)}", status_code=303)

    @app.exception_handler(RequestValidationError)
    async def malformed(request: Request, error: RequestValidationError):
        if request.url.path == f"{policy.API}/login":  # any failure to sign in is one answer, a malformed body too
            return answer(request, 401, messages.SERVER_LOGIN_FAILED)
        from hearten.web.api_schemas import plain_errors  # never the values sent back: a password may be one

        return JSONResponse({"detail": plain_errors(error.errors())}, 422)

    @app.exception_handler(CsrfRejected)
    async def csrf_error(request: Request, error):
        if request.method == "POST" and not _is_api(request):
            from hearten.server.pages import holds_what_was_written, signed_out_page

            form = await _form_of(request)
            if holds_what_was_written(form):  # opened before signing in again: keep what it holds in sight
                return signed_out_page(request, form, out_of_date=True)
        return answer(request, 403, messages.SERVER_CSRF, heading="This page is out of date")

    from psycopg import DataError

    pairs = [
        # A NUL character or a number past PostgreSQL's range: the request, not the server, is wrong.
        (DataError, 400, "Something in that request cannot be stored (a NUL character or a number far too large)."),
        (accounts.LoginFailed, 401, messages.SERVER_LOGIN_FAILED),
        (accounts.Throttled, 429, None),  # its own words: the account or the network, and for how long
        (accounts.ResetInvalid, 400, messages.SERVER_RESET_INVALID),  # before its parent: a reset is said as one
        (accounts.InviteInvalid, 400, messages.SERVER_INVITE_INVALID),
        (accounts.AccountExists, 409, messages.SERVER_ACCOUNT_EXISTS),
        (sharing.NotShared, 403, None),
        (sharing.Conflict, 409, None),
        (PermissionError, 403, None),
        (LookupError, 404, None),
        (credentials.WeakPassword, 400, None),
        (accounts.BadRequest, 400, None),
        (InvalidInput, 400, None),
    ]
    for kind, status, fixed in pairs:

        def handler(request, error, status=status, fixed=fixed):
            headers = (
                {"Retry-After": str(int(server_of(request).settings.throttle_window.total_seconds()))}
                if status == 429
                else None
            )
            return answer(request, status, fixed or str(error).strip("'\""), headers)

        app.add_exception_handler(kind, handler)
    return answer


class HostAndHeaders:
    """Pure ASGI: refuse a Host that is not this server's, and add the protective headers to every answer."""

    def __init__(self, app, *, allowed_hosts, hsts: bool):
        self.app = app
        self.allowed = frozenset(allowed_hosts)
        self.extra = [(b"strict-transport-security", b"max-age=31536000")] if hsts else []

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or ())
        if host_name(headers.get(b"host", b"").decode("latin-1")) not in self.allowed:
            body = b"This address is not this server's."
            await send(
                {
                    "type": "http.response.start",
                    "status": 400,
                    "headers": [
                        (b"content-type", b"text/plain; charset=utf-8"),
                        (b"content-length", str(len(body)).encode()),
                        *COMMON_HEADERS,
                        NO_STORE,
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        static = scope["path"].startswith("/static/")

        async def with_headers(message):
            if message["type"] == "http.response.start":
                out = [(k, v) for k, v in message.get("headers", ()) if k.lower() != b"cache-control" or static]
                out.extend(COMMON_HEADERS)
                out.extend(self.extra)
                if not static:
                    out.append(NO_STORE)
                message = {**message, "headers": out}
            await send(message)

        await self.app(scope, receive, with_headers)
