"""Only the person who started hearten gets in: the printed token, its session cookie, and CSRF bound to it."""

from __future__ import annotations

import pytest

from hearten.web.app import create_app
from tests.web.conftest import (  # noqa: F401 - fixtures shared with tests/web
    AUTH,
    BASE,
    TestClient,
    api_headers,
    app,
    client,
    clock,
    post_form,
    route_table,
    signed_in,
    stranger,
    token,
)

SECRET = "only mine: the words about the hard week"
OPEN_THE_LINK = "Open the link hearten printed in your terminal"


def _write_secret(client) -> None:
    assert post_form(client, "/journal", {"text": SECRET}).status_code == 303
    assert SECRET in client.get("/api/export").text


def _refused(response, status: int = 401) -> None:
    assert response.status_code == status, response.text[:200]
    assert SECRET not in response.text
    assert "set-cookie" not in response.headers
    assert (
        response.headers["cache-control"] == "no-store"
        and "frame-ancestors 'none'" in response.headers["content-security-policy"]
    )
    if response.request.method == "HEAD":
        assert response.content == b""
        return
    if response.request.url.path.startswith("/api/"):
        assert response.headers["content-type"] == "application/json"
        assert "token" in response.json()["detail"]
    else:
        assert OPEN_THE_LINK in response.text


def test_a_stranger_is_refused_on_every_route(app, client, stranger):
    _write_secret(client)
    csrf = token(client)  # even a real CSRF token does not open the door without the session
    for method, path in route_table(app):
        _refused(stranger.request(method, path))
        _refused(stranger.request(method, path, data={"csrf_token": csrf, "text": "planted"}))
    assert SECRET in client.get("/api/export").text and "planted" not in client.get("/api/export").text


def test_head_and_options_are_refused_too(stranger):
    for path in ("/", "/journal", "/api/export"):
        _refused(stranger.head(path))
        _refused(stranger.options(path))


def test_static_files_need_no_token(stranger):
    assert stranger.get("/static/hearten.css").status_code == 200
    assert stranger.get("/static/hearten.js").status_code == 200


def test_the_refusal_page_is_kind_and_shows_nothing_personal(client, stranger):
    post_form(client, "/settings", {"name": "Robin", "therapist": "Dr Ash 0123", "speech_rate": "0.9"})
    page = stranger.get("/settings")
    _refused(page)
    assert "Robin" not in page.text and "Dr Ash" not in page.text
    assert "hearten help" in page.text and "Nothing is wrong on your side" in page.text


def test_the_link_is_traded_for_a_strict_http_only_cookie_and_leaves_the_address(stranger):
    response = stranger.get(f"/journal?q=kind&token={AUTH}")
    assert response.status_code == 303
    assert response.headers["location"] == "/journal?q=kind"
    cookie = response.headers["set-cookie"]
    name, _, flags = cookie.partition(";")
    assert name.startswith("hearten_session_8765=")
    assert {part.strip() for part in flags.split(";")} == {"Path=/", "HttpOnly", "SameSite=Strict"}
    assert AUTH not in cookie
    assert stranger.get("/journal").status_code == 200


def test_a_link_cannot_send_the_browser_elsewhere(stranger):
    response = stranger.get(f"//evil.example/?token={AUTH}")
    assert response.status_code == 303
    assert not response.headers["location"].startswith("//")


@pytest.mark.parametrize("wrong", ["", "x", AUTH[:-1], AUTH + "x", AUTH.upper(), "ä" * 8])
def test_a_wrong_token_is_refused(stranger, wrong):
    response = stranger.get("/", params={"token": wrong})
    _refused(response, 403)
    assert "earlier time hearten was started" in response.text
    _refused(stranger.get("/api/entries", headers={"Authorization": f"Bearer {wrong}".encode()}), 403)
    _refused(stranger.get("/"))


def test_a_link_from_another_run_does_not_open_this_one(settings, stranger):
    other = create_app(settings)
    assert other.state.access.token != AUTH and len(other.state.access.token) >= 40
    _refused(stranger.get(f"/?token={other.state.access.token}"), 403)
    other.state.hearten.close()


def test_a_cookie_from_another_run_or_forged_is_refused(settings, app, stranger):
    other = signed_in(create_app(settings))
    for name, value in other.cookies.items():
        stranger.cookies.set(name, value)
    _refused(stranger.get("/journal"))
    stranger.cookies.clear()
    stranger.cookies.set("hearten_session_8765", "anything.0000")
    _refused(stranger.get("/journal"))
    other.app.state.hearten.close()


def test_the_bearer_token_works_for_scripts(stranger):
    headers = {"Authorization": f"Bearer {AUTH}"}
    created = stranger.post("/api/entries", json={"text": "from a script"}, headers=headers)
    assert created.status_code == 201
    assert stranger.get("/api/entries", headers=headers).json()[0]["text"] == "from a script"
    assert "set-cookie" not in created.headers


def test_a_csrf_token_from_another_session_is_refused(app, client):
    other = signed_in(app)
    theirs = token(other)
    assert theirs != token(client)
    assert client.post("/journal", data={"text": "hello", "csrf_token": theirs}).status_code == 403
    assert client.post("/api/entries", json={"text": "hi"}, headers={"X-CSRF-Token": theirs}).status_code == 403
    assert client.post("/api/entries", json={"text": "hi"}, headers=api_headers(client)).status_code == 201


@pytest.mark.parametrize(
    "origin",
    [
        "http://127.0.0.1:9999",
        "http://localhost:9999",
        "http://localhost:8765",
        "https://127.0.0.1:8765",
        "http://127.0.0.1",
        "http://127.0.0.1:notaport",
        "http://evil.example:8765",
    ],
)
def test_an_origin_with_another_scheme_host_or_port_is_refused(client, origin):
    headers = api_headers(client)
    assert client.post("/api/entries", json={"text": "hi"}, headers={**headers, "Origin": origin}).status_code == 403
    assert (
        client.post("/api/entries", json={"text": "hi"}, headers={**headers, "Referer": origin + "/x"}).status_code
        == 403
    )
    form = {"text": "hi", "csrf_token": token(client)}
    assert client.post("/journal", data=form, headers={"Origin": origin}).status_code == 403


def test_our_own_origin_and_the_null_origin_of_our_forms_pass(client):
    headers = api_headers(client)
    for origin in ("http://127.0.0.1:8765", "null"):
        assert (
            client.post("/api/entries", json={"text": "hi"}, headers={**headers, "Origin": origin}).status_code == 201
        )
    assert (
        client.post(
            "/api/entries", json={"text": "hi"}, headers={**headers, "Referer": "http://127.0.0.1:8765/journal"}
        ).status_code
        == 201
    )


def test_a_request_through_another_local_name_keeps_its_own_origin(client):
    headers = {**api_headers(client), "Host": "localhost:8765"}
    assert (
        client.post(
            "/api/entries", json={"text": "hi"}, headers={**headers, "Origin": "http://localhost:8765"}
        ).status_code
        == 201
    )
    assert (
        client.post(
            "/api/entries", json={"text": "hi"}, headers={**headers, "Origin": "http://127.0.0.1:9999"}
        ).status_code
        == 403
    )


def test_two_servers_on_two_ports_keep_their_own_cookies(settings):
    first = create_app(settings, token="first")
    second = create_app(settings, token="second")
    browser = TestClient(first, base_url=BASE, follow_redirects=False)
    assert browser.get("/?token=first").status_code == 303
    other_port = TestClient(second, base_url="http://127.0.0.1:8766", follow_redirects=False, cookies=browser.cookies)
    assert other_port.get("/?token=second").status_code == 303
    assert {c.name for c in other_port.cookies.jar} >= {"hearten_session_8765", "hearten_session_8766"}
    assert other_port.get("/journal").status_code == 200
    browser.cookies = other_port.cookies
    assert browser.get("/journal").status_code == 200
    first.state.hearten.close()
    second.state.hearten.close()


def test_open_hands_the_browser_a_private_file_not_the_token(settings, monkeypatch):
    import webbrowser

    from hearten.cli.serve import _open_in_browser

    opened = []
    monkeypatch.setattr(webbrowser, "open", opened.append)
    link = f"http://127.0.0.1:8765/?token={AUTH}"
    page = _open_in_browser(settings, link)
    assert opened == [page.resolve().as_uri()] and AUTH not in opened[0]  # a command line every account can read
    assert page.stat().st_mode & 0o777 == 0o600
    assert f'url={link}"' in page.read_text()


def test_another_apps_odd_cookie_does_not_hide_ours(client):
    session = dict(client.cookies.items())["hearten_session_8765"]
    client.cookies.clear()
    odd = f'other="a b"; weird="; jupyter=[1,2]; hearten_session_8765={session}'
    assert client.get("/journal", headers={"Cookie": odd}).status_code == 200
