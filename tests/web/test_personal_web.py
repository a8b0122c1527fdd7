"""Your name and therapist from the Settings page: kept in the database, and not shown while the journal is locked."""

from __future__ import annotations

import pytest

from hearten import crypto
from hearten.web.app import create_app
from tests.web.conftest import post_form, signed_in, token

PASSPHRASE = "quiet harbour lantern"
THERAPIST = "Dr Rivera, 555 0100"
LOCKED_PAGES = ("/help", "/help?from=practice", "/journal/new")


def save_personal(client):
    response = post_form(client, "/settings", {"name": "Sam", "therapist": THERAPIST, "speech_rate": "0.9"})
    assert response.status_code == 303


def test_settings_page_keeps_personal_settings_out_of_the_file(client, settings):
    save_personal(client)
    assert THERAPIST in client.get("/help").text and "Sam" in client.get("/").text
    assert not settings.settings_file.exists() or "Rivera" not in settings.settings_file.read_text()
    restarted = signed_in(create_app(settings))
    assert THERAPIST in restarted.get("/help").text


# Encryption at rest is hearten's own only on SQLite (on PostgreSQL it is the server's job), so SQLite alone.
@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_locked_journal_hides_your_therapist(settings, clock):
    app = create_app(settings, clock=clock, kdf_params=crypto.FLOOR_PARAMS)
    client = signed_in(app)
    try:
        data = {"passphrase": PASSPHRASE, "passphrase_again": PASSPHRASE, "understood": "yes"}
        assert post_form(client, "/settings/encrypt", data).status_code == 200
        save_personal(client)
        for path in LOCKED_PAGES:
            assert "Rivera" in client.get(path).text, path
        assert post_form(client, "/settings/lock", {}).headers["location"] == "/unlock?locked=1"
        for path in LOCKED_PAGES:
            shown = client.get(path)
            assert "Rivera" not in shown.text, path
        for path in sorted(settings.home.rglob("*")):
            if path.is_file():
                assert b"Rivera" not in path.read_bytes(), path
        client.post("/unlock", data={"passphrase": PASSPHRASE, "csrf_token": token(client, "/unlock")})
        assert THERAPIST in client.get("/help").text
    finally:
        app.state.hearten.close()


def test_a_value_the_form_never_offers_brings_the_form_back_with_a_kind_reason(client):
    save_personal(client)
    tampered = {"name": "Robin", "country": "ZZ", "therapist": THERAPIST, "speech": "on", "speech_rate": "3"}
    response = post_form(client, "/settings", tampered)
    assert response.status_code == 400 and "please look again" in response.text
    assert "Nothing is saved yet." in response.text
    assert 'id="country-problem">hearten has no help lines listed for “ZZ”. Please choose your country' in response.text
    assert 'id="speech_rate-problem">The speaking speed must be from 0.5 to 1.5.' in response.text
    # what was typed is kept; a choice the form cannot show stays as it was saved
    assert 'id="name" name="name" type="text" value="Robin"' in response.text and THERAPIST in response.text
    assert 'name="speech" type="checkbox" value="on" checked' in response.text
    assert '<option value="" selected>Somewhere else</option>' in response.text and 'value="0.9"' in response.text
    not_a_number = post_form(client, "/settings", {**tampered, "country": "GB", "speech_rate": "fast"})
    assert not_a_number.status_code == 400 and '<option value="GB" selected>' in not_a_number.text
    assert "must be a number from 0.5 to 1.5" in not_a_number.text and 'id="country-problem"' not in not_a_number.text
    assert "Sam" in client.get("/").text and "Robin" not in client.get("/").text  # nothing was saved


def test_the_settings_form_takes_country_codes_as_hearten_settings_country_does(client):
    """UK is saved as GB and an EU member's code is taken: the one country rule, not a web copy of it."""
    response = post_form(client, "/settings", {"name": "Sam", "country": "uk", "speech_rate": "0.9"})
    assert response.status_code == 303
    assert '<option value="GB" selected' in client.get("/settings").text
    assert post_form(client, "/settings", {"name": "Sam", "country": "IT", "speech_rate": "0.9"}).status_code == 303
    # the picker shows what was saved, not "Somewhere else"
    assert '<option value="IT" selected>IT (the European Union&#39;s lines)</option>' in client.get("/settings").text
