"""A web app over a fresh home (SQLite and PostgreSQL), driven in-process."""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timezone

import pytest

with warnings.catch_warnings():
    # Starlette suggests another HTTP client for its TestClient; httpx is what we have and it works.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from hearten.web.app import create_app

BASE = "http://127.0.0.1:8765"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


class Clock:
    """A test clock: a fixed moment that tests can move."""

    def __init__(self, moment: datetime):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def clock():
    return Clock(datetime(2026, 3, 12, 9, 30, tzinfo=timezone.utc))


@pytest.fixture
def app(settings, clock):
    made = create_app(settings, clock=clock)
    yield made
    made.state.hearten.close()


@pytest.fixture
def client(app):
    return TestClient(app, base_url=BASE, follow_redirects=False)


def token(client, path: str = "/settings") -> str:
    """The CSRF token our own pages carry (the cookie is set on the same response)."""
    found = TOKEN.search(client.get(path).text)
    assert found, f"{path} has no CSRF field"
    return found.group(1)


def post_form(client, path: str, data: dict, files=None):
    return client.post(path, data={**data, "csrf_token": token(client)}, files=files)


def api_headers(client) -> dict:
    return {"X-CSRF-Token": client.get("/api/csrf").json()["csrf_token"]}
