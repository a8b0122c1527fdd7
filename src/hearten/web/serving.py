"""How `hearten serve` runs uvicorn: connections that dawdle over their headers are closed.

uvicorn closes a connection left idle between requests (timeout_keep_alive), but one
that sends half a request line or half its headers and then waits is kept open for
ever, and enough of them use up the server. HeaderTimeoutH11 gives every request a
deadline for its headers, counted from the connection opening or the last response.
"""

from __future__ import annotations

from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_SECONDS = 10.0  # far more than any browser on this computer needs
KEEP_ALIVE_SECONDS = 5
MAX_HEADER_BYTES = 16 * 1024


class HeaderTimeoutH11(H11Protocol):
    """uvicorn's h11 protocol, closing the connection when a request's headers are not complete in time."""

    header_seconds = HEADER_SECONDS
    _header_timer = None

    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        self._arm_header_timer()

    def handle_events(self) -> None:
        super().handle_events()
        if self.cycle is not None and not self.cycle.response_complete:
            self._cancel_header_timer()  # the headers are in; the app has the request

    def on_response_complete(self) -> None:
        self._arm_header_timer()  # before super(): it may start a pipelined request, which cancels this
        super().on_response_complete()

    def connection_lost(self, exc) -> None:
        self._cancel_header_timer()
        super().connection_lost(exc)

    def _arm_header_timer(self) -> None:
        self._cancel_header_timer()
        self._header_timer = self.loop.call_later(self.header_seconds, self._headers_too_slow)

    def _cancel_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing():
            self.transport.close()


def bound_connections(config, *, header_seconds: float = HEADER_SECONDS):
    """Make a uvicorn.Config (not yet loaded) close idle and half-sent connections; returns it."""
    protocol = HeaderTimeoutH11
    if header_seconds != HEADER_SECONDS:
        protocol = type("HeaderTimeoutH11", (HeaderTimeoutH11,), {"header_seconds": header_seconds})
    config.http = protocol
    config.timeout_keep_alive = KEEP_ALIVE_SECONDS
    config.h11_max_incomplete_event_size = MAX_HEADER_BYTES
    return config
