"""Bad input gets a plain 400 or 422, never a 500: values JSON
cannot carry, lone surrogates, dates at the calendar's edge."""

from __future__ import annotations

import json

import pytest

from tests.web.conftest import api_headers, token


def _post_raw(client, path: str, body: str):
    return client.post(
        path, content=body.encode("ascii"), headers={**api_headers(client), "content-type": "application/json"}
    )


@pytest.mark.parametrize("mood", ["1e309", "-1e309", "NaN", "Infinity", "-Infinity"])
def test_a_number_json_cannot_carry_is_refused_plainly(client, mood):
    for path, body in (
        ("/api/entries", f'{{"text": "hello", "mood": {mood}}}'),
        ("/api/checkins", f'{{"mood": {mood}}}'),
    ):
        response = _post_raw(client, path, body)
        assert response.status_code == 422, (path, response.text)
        detail = response.json()["detail"]
        assert detail[0]["loc"][-1] == "mood" and "finite" in detail[0]["msg"]
        assert "input" not in detail[0]  # what was sent is never echoed back
    assert client.get("/api/entries").json() == []


@pytest.mark.parametrize(
    "body",
    [
        '{"text": "\\ud800"}',
        '{"text": "fine \\udfff then"}',
        '{"text": "ok", "tags": ["\\udc00"]}',
        '{"text": "ok", "\\ud800": 1}',
    ],
)
def test_a_lone_surrogate_is_refused_with_400(client, body):
    response = _post_raw(client, "/api/entries", body)
    assert response.status_code == 400 and "broken character" in response.json()["detail"]
    assert client.get("/api/entries").json() == []


def test_a_paired_surrogate_is_ordinary_text(client):
    response = _post_raw(client, "/api/entries", json.dumps({"text": "a heart \U0001f49b for you"}))
    assert response.status_code == 201 and response.json()["text"] == "a heart \U0001f49b for you"


def test_a_surrogate_in_a_form_does_not_break_the_page(client):
    body = f"text=broken+%ED%B2%80+text&csrf_token={token(client)}".encode()  # the UTF-8-style bytes of U+DC80
    response = client.post("/journal", content=body, headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code in (303, 400)
    if response.status_code == 303:
        assert client.get(response.headers["location"]).status_code == 200


@pytest.mark.parametrize("before", ["0001-01-01T00:00:00", "0001-01-01", "9999-12-31T23:59:59.999999", "not a date"])
def test_a_journal_page_at_the_calendars_edge_is_a_400_page_or_empty(client, before):
    response = client.get("/journal", params={"before": before})
    assert response.status_code in (200, 400), response.text[:300]
    if before.startswith("0001") or before == "not a date":
        assert response.status_code == 400 and "could not be found" in response.text
    api = client.get("/api/entries", params={"before": before})
    assert api.status_code in (200, 400, 422)


def test_unknown_keys_are_named_not_echoed(client):
    response = _post_raw(client, "/api/entries", '{"text": "hi", "extra": 1e309}')
    assert response.status_code == 422 and response.json()["detail"][0]["loc"] == ["body", "extra"]


def test_the_last_moment_hearten_reads_is_no_server_error_east_of_greenwich(client, monkeypatch):
    import time

    monkeypatch.setenv("TZ", "Asia/Tokyo")  # local 9999-12-31 23:59 is a moment of year 10000 nowhere, but
    time.tzset()  # reading it as local time once overflowed here
    try:
        api = client.get("/api/entries", params={"before": "9999-12-31T23:59:59.999999"})
    finally:
        monkeypatch.undo()
        time.tzset()
    assert api.status_code in (200, 400, 422)
