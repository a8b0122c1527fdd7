"""An error nothing else answered, turned into the app's own kind page just inside its protective middleware.

Starlette answers an unhandled exception in its outermost layer, outside the middleware that adds the
security headers (CSP, frame and cache rules, HSTS), so its page would leave without them. This layer sits
inside them: the page it makes goes out through them like any other, and the traceback goes to the log.
"""

from __future__ import annotations

import logging

from starlette.requests import Request

log = logging.getLogger("hearten")


class UnexpectedErrors:
    """Pure ASGI: `answer(request)` makes the response for an exception raised before any response began."""

    def __init__(self, app, *, answer):
        self.app, self.answer = app, answer

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def watched(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception:
            if started:  # half an answer is already on its way: nothing better can be sent now
                raise
            log.exception("unexpected error answering %s %s", scope.get("method"), scope.get("path"))
            response = self.answer(Request(scope, receive))
            await response(scope, receive, send)
