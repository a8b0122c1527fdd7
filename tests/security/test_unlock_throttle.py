"""Guessing the passphrase through /unlock is slowed, and Argon2id never runs on the event loop."""

from __future__ import annotations

import asyncio

import pytest

from hearten.web.app import create_app
from tests.web.conftest import signed_in, token

pytest.importorskip("sqlcipher3")

PASSPHRASE = "correct horse"


class Ticks:
    """A clock for the throttle that tests move by hand."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def locked_app(tmp_path):
    from hearten import crypto
    from hearten.config import load_settings
    from hearten.services import encryption
    from hearten.store import open_store

    settings = load_settings(environ={"HEARTEN_HOME": str(tmp_path / "home")})
    open_store(settings).close()
    encryption.encrypt_home(settings, passphrase=PASSPHRASE, recovery=False, params=crypto.FLOOR_PARAMS)
    app = create_app(settings)
    app.state.unlock_throttle.clock = Ticks()
    yield app
    app.state.hearten.close()


def _try(client, passphrase):
    return client.post("/unlock", data={"passphrase": passphrase, "csrf_token": token(client, "/unlock")})


def test_a_few_mistakes_are_free_then_each_waits_longer(locked_app):
    client = signed_in(locked_app)
    ticks = locked_app.state.unlock_throttle.clock
    for _ in range(3):
        assert _try(client, "not it").headers["location"] == "/unlock?wrong=1"
    paused = _try(client, "not it either")
    assert paused.status_code == 429 and paused.headers["retry-after"] == "1"
    assert "try again in a second" in paused.text and "safe from guessing" in paused.text
    # While paused even the right passphrase waits: otherwise the pause would tell a guesser nothing.
    assert _try(client, PASSPHRASE).status_code == 429
    assert client.get("/journal").status_code == 303
    waits = []
    for _ in range(4):
        ticks.now += 1000
        assert _try(client, "still not it").status_code == 303
        waits.append(int(_try(client, "again").headers["retry-after"]))
    assert waits == [2, 4, 8, 16]
    shown = client.get("/unlock")
    assert shown.headers["retry-after"] == "16" and "try again in 16 seconds" in shown.text
    ticks.now += 16
    assert _try(client, PASSPHRASE).headers["location"] == "/"
    assert client.get("/journal").status_code == 200
    assert locked_app.state.unlock_throttle.failures == 0


def test_the_pause_is_capped(locked_app):
    throttle = locked_app.state.unlock_throttle
    for _ in range(40):
        throttle.failed()
    assert throttle.wait() == throttle.LONGEST_PAUSE == 300
    client = signed_in(locked_app)
    assert "try again in 5 minutes" in _try(client, PASSPHRASE).text


def test_one_try_at_a_time(locked_app):
    locked_app.state.unlock_throttle.trying = True  # another request's Argon2id is running
    response = _try(signed_in(locked_app), PASSPHRASE)
    assert response.status_code == 429 and response.headers["retry-after"] == "1"


def test_unlocking_runs_in_a_worker_thread(locked_app):
    state = locked_app.state.hearten
    original = state.unlock
    seen = []

    def unlock(passphrase):
        try:
            asyncio.get_running_loop()
            seen.append("event loop")
        except RuntimeError:
            seen.append("worker thread")
        return original(passphrase)

    state.unlock = unlock
    client = signed_in(locked_app)
    assert _try(client, PASSPHRASE).headers["location"] == "/"
    assert seen == ["worker thread"]
