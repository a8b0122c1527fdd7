"""A busy database: pages still read, and a change that cannot wait answers 503 with plain words, never 500."""

from __future__ import annotations

import pytest

from hearten.config import load_settings
from hearten.web.app import create_app
from tests.support.locks import write_lock_held
from tests.web.conftest import BASE, TestClient, api_headers, signed_in, token

BUSY = "hearten is busy, please try again in a moment"


@pytest.fixture
def settings(home_env):
    return load_settings(environ={**home_env, "HEARTEN_BUSY_TIMEOUT": "0.2"})


@pytest.fixture
def app(settings, clock):
    made = create_app(settings, clock=clock)
    yield made
    made.state.hearten.close()


@pytest.fixture
def client(app):
    signed = signed_in(app)
    return TestClient(app, base_url=BASE, follow_redirects=False, raise_server_exceptions=False, cookies=signed.cookies)


def test_pages_read_while_another_program_writes(client, settings):
    form = {"text": "before the lock", "csrf_token": token(client)}
    assert client.post("/journal", data=form).status_code == 303
    with write_lock_held(settings):
        listed = client.get("/journal")
        assert listed.status_code == 200 and "before the lock" in listed.text
        assert client.get("/").status_code == 200
        assert client.get("/api/entries", headers=api_headers(client)).status_code == 200


def test_a_change_while_busy_answers_503_on_the_page_and_in_json(client, settings):
    csrf = token(client)
    headers = api_headers(client)
    with write_lock_held(settings):
        page = client.post("/journal", data={"text": "a thought that had to wait", "csrf_token": csrf})
        assert page.status_code == 503 and BUSY in page.text.lower() and page.headers["retry-after"]
        api = client.post("/api/entries", json={"text": "a thought that had to wait"}, headers=headers)
        assert api.status_code == 503 and api.json() == {"detail": BUSY}
    assert client.post("/journal", data={"text": "now it fits", "csrf_token": csrf}).status_code == 303
    assert "a thought that had to wait" not in client.get("/journal").text
