"""A local server is still a server: Host check, CSRF, headers, escaping, and the lock."""

from __future__ import annotations

import re

import pytest

from hearten.web.app import create_app
from hearten.web.security import CSP
from tests.web.conftest import api_headers, app, client, clock, post_form, route_table, signed_in, token  # noqa: F401 - fixtures shared with tests/web

HOSTILE = ["<script>alert(1)</script>", '" onmouseover="x', "<img src=x onerror=alert(2)>"]


def test_foreign_host_is_refused(client):
    for host in ("evil.example", "evil.example:8765", "127.0.0.1.evil.example", "localhost.evil.example"):
        response = client.get("/", headers={"Host": host})
        assert response.status_code == 400, host
        assert response.headers["content-security-policy"] == CSP


def test_a_foreign_host_is_told_the_address_that_reaches_hearten_port_and_all(client):
    response = client.get("/", headers={"Host": "evil.com"})
    assert response.status_code == 400
    assert "Open hearten at http://127.0.0.1:8765 instead." in response.text  # the port the server listens on


@pytest.mark.parametrize(
    ("server", "address"),
    [
        (("127.0.0.1", 8799), "http://127.0.0.1:8799"),
        (("::1", 8799), "http://[::1]:8799"),
        (("0.0.0.0", 8000), "http://127.0.0.1:8000"),
        (("localhost", 80), "http://localhost"),
        (None, "http://127.0.0.1"),
    ],
)
def test_the_address_suggested_is_where_the_server_listens(server, address):
    from hearten.web.security import own_address

    assert own_address({"server": server}) == address


def test_local_hosts_are_served(client):
    for host in ("127.0.0.1:8765", "localhost:8765", "[::1]:8765", "127.0.0.1", "LOCALHOST"):
        assert client.get("/help", headers={"Host": host}).status_code == 200, host


def test_forms_need_the_token(client):
    assert client.post("/journal", data={"text": "hello"}).status_code == 403
    client.get("/journal/new")  # sets the cookie
    assert client.post("/journal", data={"text": "hello", "csrf_token": "forged.0000"}).status_code == 403
    assert client.post("/journal", data={"text": "hello", "csrf_token": ""}).status_code == 403
    assert client.get("/api/entries").json() == []
    good = token(client)
    assert client.post("/journal", data={"text": "hello", "csrf_token": good}).status_code == 303


def test_every_state_changing_route_needs_the_token(client, app):
    unsafe = [(method, path) for method, path in route_table(app) if method != "GET"]
    assert len(unsafe) > 10
    for method, path in unsafe:
        response = client.request(method, path, data={"x": "1"})
        assert response.status_code == 403, (method, path)
        response = client.request(method, path, json={})
        assert response.status_code == 403, (method, path)


def test_a_token_from_another_server_run_is_refused(settings, client):
    other = signed_in(create_app(settings))
    stale = token(other)
    assert client.post("/journal", data={"text": "hello", "csrf_token": stale}).status_code == 403
    other.app.state.hearten.close()


def test_api_needs_the_header(client):
    assert client.post("/api/entries", json={"text": "hi"}).status_code == 403
    assert client.post("/api/entries", json={"text": "hi"}, headers=api_headers(client)).status_code == 201


def test_foreign_origin_is_refused_even_with_a_token(client):
    headers = {**api_headers(client), "Origin": "http://evil.example"}
    assert client.post("/api/entries", json={"text": "hi"}, headers=headers).status_code == 403
    headers["Origin"] = "http://127.0.0.1:8765"
    assert client.post("/api/entries", json={"text": "hi"}, headers=headers).status_code == 201


@pytest.mark.parametrize(
    "path", ["/", "/journal", "/help", "/api/entries", "/api/openapi.json", "/nowhere", "/static/hearten.css"]
)
def test_headers_on_every_response(client, path):
    headers = client.get(path).headers
    assert headers["content-security-policy"] == CSP
    for part in (
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ):
        assert part in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    if not path.startswith("/static/"):
        assert headers["cache-control"] == "no-store"


def test_no_inline_scripts_or_styles(client):
    for path in ("/", "/journal/new", "/practices/self-talk-30-30", "/settings", "/insights"):
        html = client.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), path
        assert " style=" not in html and "<style" not in html, path
        assert not re.search(r"\son[a-z]+=", html), path
        assert "http://" not in html.replace("http://www.w3.org/2000/svg", ""), path


@pytest.mark.parametrize("hostile", HOSTILE)
def test_user_text_is_escaped_everywhere(client, hostile):
    entry = post_form(client, "/journal", {"text": f"I am so stupid {hostile} really", "tags": "x"}).headers["location"]
    entry_id = int(entry.rsplit("/", 1)[1])
    post_form(client, f"/journal/{entry_id}/reframes", {"original": hostile, "reframe": hostile})
    post_form(client, "/checkin", {"mood": "5", "note": hostile})
    post_form(client, "/settings", {"name": hostile, "therapist": hostile, "speech_rate": "0.9"})
    for path in (entry, "/journal", f"/journal?q={hostile}", "/", "/help", "/settings"):
        html = client.get(path).text
        assert hostile not in html, path
        assert "<script>alert" not in html and "<img src=x" not in html, path
        assert 'onmouseover="x' not in html, path
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get(entry).text or hostile != HOSTILE[0]


def test_json_api_returns_text_as_json(client):
    headers = api_headers(client)
    created = client.post("/api/entries", json={"text": HOSTILE[0]}, headers=headers)
    assert created.headers["content-type"].startswith("application/json")
    assert created.json()["text"] == HOSTILE[0]


def test_encrypted_home_shows_nothing_before_unlocking(tmp_path):
    pytest.importorskip("sqlcipher3")
    from hearten import crypto
    from hearten.config import load_settings
    from hearten.services import encryption
    from hearten.store import open_store

    settings = load_settings(environ={"HEARTEN_HOME": str(tmp_path / "home")})
    with open_store(settings) as store:
        store.add_entry(__import__("hearten.domain.records", fromlist=["NewEntry"]).NewEntry(text="my private words"))
    params = crypto.Argon2Params(memory_kib=19 * 1024, time_cost=2, parallelism=1)
    encryption.encrypt_home(settings, passphrase="correct horse", recovery=False, params=params)
    app = create_app(settings)
    client = signed_in(app)
    for path in ("/", "/journal", "/journal/1", "/insights", "/settings", "/settings/export", "/checkin"):
        response = client.get(path)
        expected = "/unlock" if path == "/" else "/unlock?next=" + path.replace("/", "%2F")
        assert response.status_code == 303 and response.headers["location"] == expected, path
    assert client.get("/api/entries").status_code == 401
    assert client.get("/help").status_code == 200 and client.get("/learn").status_code == 200
    page = client.get("/unlock").text
    assert "my private words" not in page
    response = client.post("/unlock", data={"passphrase": "wrong", "csrf_token": token(client, "/unlock")})
    assert response.headers["location"] == "/unlock?wrong=1"
    assert client.get("/journal").status_code == 303
    response = client.post("/unlock", data={"passphrase": "correct horse", "csrf_token": token(client, "/unlock")})
    assert response.headers["location"] == "/"
    assert "my private words" in client.get("/journal").text
    app.state.hearten.close()
