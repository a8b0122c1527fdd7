"""Start `hearten server run` as a real process for a test (server mode), and stop it afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from contextlib import contextmanager

from tests.support.pgserver import free_port


@contextmanager
def running_server(env: dict, *, workers: int = 1, port: int | None = None):
    """Yield the base URL of a server on 127.0.0.1 over plain http (so its cookies are not Secure).

    `env` holds HEARTEN_DATABASE_URL of a database `hearten server init` has set up.
    """
    import httpx

    port = port or free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "hearten", "server", "run", "--port", str(port), "--workers", str(workers)],
        env={**os.environ, **env, "HEARTEN_SERVER_COOKIE_SECURE": "0"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/v1/csrf", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None:
                raise AssertionError(process.stderr.read().decode())
            if time.monotonic() > deadline:
                raise AssertionError("the server did not start within a minute")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stderr.close()
