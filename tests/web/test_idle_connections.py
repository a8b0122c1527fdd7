"""A connection that sends half a request and waits is closed; whole requests are served as before."""

from __future__ import annotations

import socket
import threading

import pytest
import uvicorn

from hearten.config import load_settings
from hearten.web.app import create_app
from hearten.web.serving import bound_connections


@pytest.fixture
def server_port(tmp_path):
    settings = load_settings(home=tmp_path / "home", environ={})
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    config = bound_connections(
        uvicorn.Config(create_app(settings), log_level="critical", lifespan="off"), header_seconds=0.3
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    yield sock.getsockname()[1]
    server.should_exit = True
    thread.join(timeout=30)
    sock.close()


def exchange(port: int, request: bytes) -> bytes:
    """Send `request`, then read until the server closes the connection (30 s at most, as a safety net)."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
        conn.sendall(request)
        received = b""
        while True:
            chunk = conn.recv(65536)
            if not chunk:
                return received
            received += chunk


def test_half_a_request_is_closed_without_an_answer(server_port):
    assert exchange(server_port, b"GET /help HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow") == b""


def test_a_silent_connection_is_closed(server_port):
    assert exchange(server_port, b"") == b""


def test_a_whole_request_is_still_answered(server_port):
    answer = exchange(server_port, b"GET /static/hearten.js HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 200")
