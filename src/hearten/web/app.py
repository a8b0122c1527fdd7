"""The web app factory: `create_app(settings)` gives the whole of hearten as an ASGI app.

Pages are Jinja2 templates rendered on the server; the JSON API under /api is
FastAPI with its OpenAPI document at /api/openapi.json. Both call the same services.
Handlers that use the store are plain `def`, so FastAPI runs them in its worker threads
and the event loop keeps answering while one waits for the database or a long import
runs; each thread has its own database connection (Store.connection), and reads never
wait for a writer. A write that waits past the busy timeout answers 503, never 500.
Encrypting the database runs in a worker thread while AppState.exclusive keeps every
other request off the store.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from hearten import __version__, messages
from hearten.errors import Busy, Locked
from hearten.web.api_schemas import plain_errors, printable
from hearten.web.protect import UnlockThrottle
from hearten.web.security import Access, CsrfRejected, SecurityMiddleware, check_csrf
from hearten.web.state import AppState
from hearten.web.unexpected import UnexpectedErrors

HERE = Path(__file__).parent
BUSY_MESSAGE = "hearten is busy, please try again in a moment"


def create_app(
    settings,
    *,
    token: str | None = None,
    clock=None,
    host: str = "127.0.0.1",
    allowed_hosts=(),
    pace: float | None = None,
    kdf_params=None,
) -> FastAPI:
    """The app for these settings. `token` is what lets a person in (`hearten serve` prints it; None makes
    a fresh random one, read back as app.state.access.token); `clock()` gives the current aware datetime
    (tests pass their own);
    `pace` below 1 makes practice timers run faster (browser tests); `kdf_params` (crypto.Argon2Params)
    replaces the Argon2id tuning when the Settings page encrypts (tests pass crypto.FLOOR_PARAMS)."""
    from importlib import import_module

    from hearten.web import limits

    state = AppState(settings, clock=clock, pace=pace, kdf_params=kdf_params)
    limits.keep_uploads_in_memory()

    @asynccontextmanager
    async def lifespan(app):
        yield
        state.close()

    app = FastAPI(
        lifespan=lifespan,
        title="hearten",
        version=__version__,
        description="The local hearten API: your journal, check-ins, practice and assessments.",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(check_csrf), Depends(_refuse_broken_text), Depends(_note_writes)],
        max_body_size=limits.BODY_BYTES,
        form_limits=limits.FORM_LIMITS,
    )
    access = Access(token)
    hosts = frozenset({host.lower(), *(h.lower() for h in allowed_hosts)})
    app.state.access = access
    app.state.unlock_throttle = UnlockThrottle()
    app.state.allowed_hosts = hosts
    app.state.hearten = state
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    from hearten.web.pages import ROUTE_MODULES

    for name in ROUTE_MODULES:
        app.include_router(import_module(f"hearten.web.{name}").router)
    _error_pages(app)
    app.add_middleware(UnexpectedErrors, answer=_unexpected)  # inside SecurityMiddleware: its headers go out too
    app.add_middleware(SecurityMiddleware, allowed_hosts=hosts, access=access)
    return app


def _unexpected(request: Request, written=()):
    """The page (or JSON) for an error nothing else answered: kind words, what the person wrote in the form
    that failed (to copy), and Help in reach."""
    from hearten.web.render import error_page

    if _wants_json(request):
        return JSONResponse({"detail": messages.UNEXPECTED_JSON}, 500)
    try:
        return error_page(request, 500, "Something went wrong", messages.UNEXPECTED, written=list(written))
    except Exception:  # the page itself could not be drawn (its data unreadable): the words and help, plainly
        from fastapi.responses import HTMLResponse

        return HTMLResponse(
            '<!doctype html><html lang="en"><meta charset="utf-8"><title>Something went wrong</title>'
            f'<main><h1>Something went wrong</h1><p>{messages.UNEXPECTED}</p><p><a href="/help">Help and crisis lines'
            '</a> · <a href="/">Back to the start</a></p></main></html>',
            500,
        )


async def _note_writes(request: Request):
    """Any state-changing request may change what cached reads return: before it, and once it is done."""
    unsafe = request.method not in ("GET", "HEAD", "OPTIONS")
    if unsafe:
        request.app.state.hearten.note_write()
    yield
    if unsafe:
        request.app.state.hearten.note_write()


async def _refuse_broken_text(request: Request) -> None:
    """A JSON body with a lone surrogate ("\\ud800") is refused with 400: no such text can be stored or shown."""
    if request.method in ("GET", "HEAD", "OPTIONS") or "json" not in request.headers.get("content-type", ""):
        return
    import json

    try:
        document = json.loads(await request.body())
        json.dumps(document, ensure_ascii=False).encode("utf-8")  # one C-speed pass finds any surrogate, keys included
    except UnicodeEncodeError:
        from hearten.domain.records import InvalidInput

        raise InvalidInput(
            "the text has a broken character in it (an unpaired surrogate); please send it as UTF-8 text"
        ) from None
    except (ValueError, RecursionError):  # not JSON (or absurdly deep): the body's own parsing says so
        return


def _reasons(errors) -> str:
    """Validation errors as one line of words: which field, and what it must be."""
    parts = []
    for error in plain_errors(errors):
        where = [str(part) for part in error["loc"] if part != "body"]
        parts.append(f"{'.'.join(where) or 'the body'}: {error['msg'].lower()}")
    return "; ".join(parts) or "the change could not be read"


# Pages' own JSON endpoints outside /api/ (the practice player posts its choices here): errors answer JSON too.
JSON_PATHS = frozenset({"/practices/choices"})


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path in JSON_PATHS


def _methods_for(request: Request) -> list[str]:
    path = request.url.path
    methods = set()
    for route in request.app.routes:
        regex = getattr(route, "path_regex", None)
        if regex is not None and regex.match(path):
            methods.update(getattr(route, "methods", None) or ())
    return sorted(methods - {"HEAD"})


def _bad_address(request: Request, errors):
    """A link with a wrong part in it: a path that wants a number
    (404, no such page) or a setting in the query (400)."""
    from hearten.web.render import error_page

    where = next((tuple(e.get("loc", ())) for e in errors), ())
    if where[:1] == ("path",):
        return error_page(
            request,
            404,
            "There is no such page",
            "This address has something in it that is not a number where hearten expects one, so there "
            "is nothing to show. Nothing you keep has changed.",
            back="/" + request.url.path.strip("/").split("/")[0],
            back_label="Go up to the list",
        )
    name = printable(str(where[1])) if len(where) > 1 else "a setting"
    shown = printable(str(request.query_params.get(name, "")))[:60]
    return error_page(
        request,
        400,
        "That link is not quite right",
        f"The address asks for {name}={shown}, which hearten does not understand. "
        "Nothing you keep has changed: the page itself still works without it.",
        back=request.url.path,
        back_label="Open the page without it",
    )


def _error_pages(app: FastAPI) -> None:
    from hearten.domain.records import InvalidInput
    from hearten.services import DatabaseBusy, NotFound
    from hearten.web.render import error_page

    @app.exception_handler(CsrfRejected)
    async def csrf(request: Request, exc: CsrfRejected):
        if _wants_json(request):
            return JSONResponse(
                {
                    "detail": "missing, stale or foreign CSRF token: fetch /api/csrf and send it as "
                    "X-CSRF-Token (a script can send the printed token as a Bearer header instead)"
                },
                403,
            )
        return error_page(
            request,
            403,
            "This form is out of date",
            "The page was open from before hearten restarted, so it could not be sent. "
            "Nothing was changed. Please go back, reload the page and try again.",
        )

    @app.exception_handler(Locked)
    async def locked(request: Request, exc: Locked):
        if _wants_json(request):
            return JSONResponse({"detail": "hearten is locked: unlock it in the browser first"}, 401)
        from urllib.parse import quote

        from fastapi.responses import RedirectResponse

        # After unlocking, the person lands where they were going (a page they asked for; a form is sent again by them).
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        if request.method not in ("GET", "HEAD") or target == "/":
            return RedirectResponse("/unlock", status_code=303)
        return RedirectResponse(f"/unlock?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(Busy)
    async def busy(request: Request, exc: Busy):
        headers = {"Retry-After": "5"}
        if _wants_json(request):
            return JSONResponse(
                {"detail": "hearten is encrypting or locking the journal: try again in a few seconds"},
                503,
                headers=headers,
            )
        response = error_page(
            request,
            503,
            "One moment",
            "hearten is protecting your journal with your passphrase. This takes a few seconds; "
            "nothing is lost. Please reload this page in a moment.",
        )
        response.headers.update(headers)
        return response

    @app.exception_handler(DatabaseBusy)
    async def database_busy(request: Request, exc: DatabaseBusy):
        headers = {"Retry-After": "2"}
        if _wants_json(request):
            return JSONResponse({"detail": BUSY_MESSAGE}, 503, headers=headers)
        response = error_page(
            request,
            503,
            "One moment",
            f"{BUSY_MESSAGE[:1].upper()}{BUSY_MESSAGE[1:]}. "
            "Another program is saving to your journal right now; nothing you wrote is lost.",
        )
        response.headers.update(headers)
        return response

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        if _wants_json(request):
            return JSONResponse({"detail": printable(str(exc))}, 404)
        return error_page(request, 404, "Not found", "There is nothing here. It may have been deleted.")

    @app.exception_handler(InvalidInput)
    async def invalid(request: Request, exc: InvalidInput):
        if _wants_json(request):
            return JSONResponse({"detail": printable(str(exc))}, 400)
        if request.method in ("GET", "HEAD"):
            return error_page(
                request,
                400,
                "That page could not be shown",
                printable(f"{str(exc)[:1].upper()}{str(exc)[1:]}. Nothing you keep has changed."),
            )
        return error_page(request, 400, "That could not be saved", printable(f"{exc}. Please go back and try again."))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        if _wants_json(request):
            if request.method in ("PATCH", "DELETE") and any(e.get("loc", ())[:1] == ("path",) for e in exc.errors()):
                return JSONResponse({"detail": "there is no record with that id: ids are whole numbers"}, 404)
            if request.method == "PATCH":  # a change answers 400 with the reason in words, as the services do
                return JSONResponse({"detail": _reasons(exc.errors())}, 400)
            return JSONResponse({"detail": plain_errors(exc.errors())}, 422)
        if request.method in ("GET", "HEAD"):
            return _bad_address(request, exc.errors())
        return error_page(
            request,
            400,
            "That could not be saved",
            "Something in the form was missing or not the right kind of value. Please go back and try again.",
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if _wants_json(request):
            headers = dict(getattr(exc, "headers", None) or {})
            if exc.status_code == 405:  # every method the path takes, not just the first route's
                headers["Allow"] = ", ".join(_methods_for(request))
            return JSONResponse({"detail": printable(str(exc.detail))}, exc.status_code, headers=headers)
        titles = {404: "Not found", 405: "Not here", 413: "Too big"}
        detail = str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":  # Starlette's own words for an unknown address
            detail = "There is nothing at this address. The link may be mistyped, or the page may have moved."
        return error_page(
            request, exc.status_code, titles.get(exc.status_code, "Something went wrong"), printable(detail)
        )
