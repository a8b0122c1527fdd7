"""Start `hearten server run` as a real process for a test (server mode), and stop it afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from contextlib import contextmanager

from tests.support.pgserver import free_port

ATTEMPTS = 5  # free_port() lets its port go before the server binds it: another process may take it first


@contextmanager
def running_server(env: dict, *, workers: int = 1, port: int | None = None):
    """Yield the base URL of a server on 127.0.0.1 over plain http (so its cookies are not Secure).

    `env` holds HEARTEN_DATABASE_URL of a database `hearten server init` has set up. When the port turns out
    to be taken, another is tried, and a HEARTEN_SERVER_URL naming the old one is moved along with it.
    """
    port = port or free_port()
    for attempt in range(ATTEMPTS):
        process = _start(env, workers, port)
        try:
            base = _wait_until_up(process, port, last_attempt=attempt == ATTEMPTS - 1)
            if base is None:  # the port was taken
                env = _moved(env, port, new_port := free_port())
                port = new_port
                continue
            yield base
            return
        finally:
            _stop(process)


def _start(env: dict, workers: int, port: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "hearten", "server", "run", "--port", str(port), "--workers", str(workers)],
        env={**os.environ, **env, "HEARTEN_SERVER_COOKIE_SECURE": "0"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _wait_until_up(process: subprocess.Popen, port: int, *, last_attempt: bool) -> str | None:
    """The base URL once the server answers; None when it stopped because its port was taken."""
    import httpx

    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        if process.poll() is not None:
            said = process.stderr.read().decode()
            if "already in use" in said and not last_attempt:  # hearten says so plainly, as uvicorn does
                return None
            raise AssertionError(said)
        try:
            if httpx.get(f"{base}/api/v1/csrf", timeout=2).status_code == 200:
                # Ours, not another process's that holds the port: it would have stopped ours from starting.
                if process.poll() is None:
                    return base
                continue
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError("the server did not start within a minute")
        time.sleep(0.1)


def _moved(env: dict, old: int, new: int) -> dict:
    url = env.get("HEARTEN_SERVER_URL", "")
    if url.endswith(f":{old}"):
        return {**env, "HEARTEN_SERVER_URL": url[: -len(str(old))] + str(new)}
    return env


def _stop(process: subprocess.Popen) -> None:
    if process.returncode is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    process.stderr.close()
