"""Something unexpected inside hearten: a page that says so kindly and keeps Help in reach, never a bare 500."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import BASE


@pytest.fixture
def quiet_client(app, client):
    """The signed-in client's cookies on a client that answers a 500 as a browser sees it (not raised in the test)."""
    made = TestClient(app, base_url=BASE, follow_redirects=False, raise_server_exceptions=False)
    made.cookies = client.cookies
    return made


def _break_home(monkeypatch):
    from hearten.services import home

    def broken(*args, **kwargs):
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(home, "today", broken)


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_an_unexpected_error_is_a_kind_page_with_help(quiet_client, monkeypatch):
    _break_home(monkeypatch)
    shown = quiet_client.get("/")
    assert shown.status_code == 500
    assert "Something went wrong" in shown.text and "Everything you had already saved is kept" in shown.text
    assert 'href="/help"' in shown.text and "Internal Server Error" not in shown.text
    assert "disk I/O error" not in shown.text  # the inside of hearten stays in the console


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_even_when_the_page_cannot_be_drawn(quiet_client, monkeypatch):
    from hearten.web import render

    _break_home(monkeypatch)

    def no_pages(*args, **kwargs):
        raise RuntimeError("cannot draw")

    monkeypatch.setattr(render, "page", no_pages)
    shown = quiet_client.get("/")
    assert shown.status_code == 500 and 'href="/help"' in shown.text and "Something went wrong" in shown.text


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_the_page_for_an_unexpected_error_keeps_the_protective_headers(quiet_client, client, monkeypatch):
    usual = client.get("/").headers
    _break_home(monkeypatch)
    broken = quiet_client.get("/")
    assert broken.status_code == 500
    for name in ("content-security-policy", "x-frame-options", "cache-control", "x-content-type-options"):
        assert usual.get(name) and broken.headers.get(name) == usual.get(name), name


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_words_sent_in_a_form_that_failed_are_shown_to_copy(quiet_client, client, monkeypatch):
    from hearten.services import journal

    def broken(*args, **kwargs):
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(journal, "write", broken)
    page = client.get("/journal/new").text
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    words = "A long evening, and I wrote it all down <here> & there."
    failed = quiet_client.post("/journal", data={"csrf_token": token, "text": words, "mood": "4"})
    assert failed.status_code == 500 and "Here is what you wrote" in failed.text
    assert "A long evening, and I wrote it all down &lt;here&gt; &amp; there.</textarea>" in failed.text
