"""An error nothing else answered, turned into the app's own kind page just inside its protective middleware.

Starlette answers an unhandled exception in its outermost layer, outside the middleware that adds the
security headers (CSP, frame and cache rules, HSTS), so its page would leave without them. This layer sits
inside them: the page it makes goes out through them like any other, and the traceback goes to the log.
"""

from __future__ import annotations

import logging
from urllib.parse import parse_qs

from starlette.requests import Request

log = logging.getLogger("hearten")

# The fields of a form that hold words a person wrote: kept in sight on the error page, not lost with it.
WRITTEN_FIELDS = ("text", "note")
KEEP_AT_MOST = 2 * 1024 * 1024  # bytes of a form kept while it is read, in memory only, for that page


class UnexpectedErrors:
    """Pure ASGI: `answer(request, written)` makes the response for an exception raised before any response
    began; `written` is what the person wrote in the form that failed (a journal entry, a note), if any."""

    def __init__(self, app, *, answer):
        self.app, self.answer = app, answer

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False
        body: list[bytes] | None = [] if _is_form_post(scope) else None

        async def kept(message=None):
            nonlocal body
            message = await receive()
            if body is not None and message.get("type") == "http.request":
                body.append(message.get("body", b""))
                if sum(map(len, body)) > KEEP_AT_MOST:
                    body = None
            return message

        async def watched(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, kept if body is not None else receive, watched)
        except Exception:
            if started:  # half an answer is already on its way: nothing better can be sent now
                raise
            log.exception("unexpected error answering %s %s", scope.get("method"), scope.get("path"))
            response = self.answer(Request(scope, receive), _written(body))
            await response(scope, receive, send)


def _is_form_post(scope) -> bool:
    if scope.get("method") != "POST":
        return False
    headers = dict(scope.get("headers") or ())
    return headers.get(b"content-type", b"").startswith(b"application/x-www-form-urlencoded")


def _written(body: list[bytes] | None) -> list[str]:
    if not body:
        return []
    try:
        fields = parse_qs(b"".join(body).decode("utf-8"), keep_blank_values=False)
    except UnicodeDecodeError:
        return []
    return [value for name in WRITTEN_FIELDS for value in fields.get(name, ()) if value.strip()]
