"""The HTTP protocol `hearten server run` gives uvicorn: its usual one, with Nagle's algorithm off.

uvicorn makes the listening socket itself, without naming TCP as its protocol, and asyncio
turns Nagle's algorithm off only for sockets that do. An answer goes out as two writes (the
headers, then the body); with Nagle on, the body waits for the client to acknowledge the
headers, and a client delays that acknowledgement by up to 40 ms. Every request after the
first on a kept-alive connection took that long.
"""

from __future__ import annotations

import socket

from uvicorn.protocols.http.auto import AutoHTTPProtocol


class NoDelayHTTPProtocol(AutoHTTPProtocol):
    def connection_made(self, transport) -> None:
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass  # the connection works as before, only slower
        super().connection_made(transport)
