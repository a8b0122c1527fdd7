"""A web app over a fresh home (SQLite and PostgreSQL), driven in-process."""

from __future__ import annotations

import re
import warnings
from datetime import UTC, datetime

import pytest

with warnings.catch_warnings():
    # Starlette suggests another HTTP client for its TestClient; httpx is what we have and it works.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from hearten.web.app import create_app

BASE = "http://127.0.0.1:8765"
AUTH = "test-token-for-the-web-tests"  # what `hearten serve` would have printed
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


class Clock:
    """A test clock: a fixed moment that tests can move."""

    def __init__(self, moment: datetime):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def clock():
    return Clock(datetime(2026, 3, 12, 9, 30, tzinfo=UTC))


@pytest.fixture
def app(settings, clock):
    made = create_app(settings, clock=clock, token=AUTH)
    yield made
    made.state.hearten.close()


def signed_in(app) -> TestClient:
    """A client that has opened the printed link once, as a person would: it holds the session cookie."""
    client = TestClient(app, base_url=BASE, follow_redirects=False)
    opened = client.get(f"/?token={app.state.access.token}")
    assert opened.status_code == 303 and opened.headers["location"] == "/", opened.text
    return client


@pytest.fixture
def client(app):
    return signed_in(app)


@pytest.fixture
def stranger(app):
    """A client that never had the link: another account on this computer, or another site's page."""
    return TestClient(app, base_url=BASE, follow_redirects=False)


def token(client, path: str = "/settings") -> str:
    """The CSRF token our own pages carry (bound to the client's session cookie)."""
    found = TOKEN.search(client.get(path).text)
    assert found, f"{path} has no CSRF field"
    return found.group(1)


def post_form(client, path: str, data: dict, files=None):
    return client.post(path, data={**data, "csrf_token": token(client)}, files=files)


def api_headers(client) -> dict:
    return {"X-CSRF-Token": client.get("/api/csrf").json()["csrf_token"]}


A_SESSION = {
    "practice_id": "self-talk-30-30",
    "reached": 6,
    "outcome": "completed",
    "timings": {"regret": 30, "kindness": 30},
    "answers": {"words": "You did your best."},
    "distress_before": 5,
    "distress_after": 3,
}


def post_session(client, **changes):
    """A finished self-talk practice recorded through the API, with `changes` to its fields."""
    return client.post("/api/sessions", headers=api_headers(client), json={**A_SESSION, **changes})


EXAMPLE_PARAMS = {
    "entry_id": "1",
    "checkin_id": "1",
    "session_id": "1",
    "instrument_id": "self-compassion-checkin",
    "practice_id": "self-talk-30-30",
    "reminder_id": "1",
    "assessment_id": "1",
    "day": "2026-11-04",
}


def route_table(app) -> list[tuple[str, str]]:
    """Every (method, path) the app answers, path parameters filled in: a new route is in here without asking."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # older FastAPI lists every route in app.routes itself
        contexts = app.routes
    else:
        contexts = list(iter_route_contexts(app.routes))
    table = []
    for route in contexts:
        path = route.path
        for name, value in EXAMPLE_PARAMS.items():
            path = path.replace("{" + name + "}", value)
        assert "{" not in path, f"give {route.path} an example value in EXAMPLE_PARAMS"
        table.extend((method, path) for method in sorted(getattr(route, "methods", None) or ()) if method != "HEAD")
    assert len(table) > 30, "the route table looks incomplete"
    return table
