"""The web's home after a hard day: the help at the top, and no questionnaire asked for beside it."""

from __future__ import annotations

from hearten.domain import safety
from tests.web.conftest import post_form

DUE = 'id="due-title"'


def test_after_a_high_distress_check_in_home_lists_no_questionnaire(client, settings):
    calm = client.get("/").text
    assert DUE in calm and "/assessments/wellbeing-weekly/take" in calm  # never taken: due
    assert post_form(client, "/checkin", {"distress": "9"}).status_code in (200, 303)
    home = client.get("/").text
    assert safety.HARD_DAY[0] in home
    assert DUE not in home and "/take" not in home
    assert 'href="/checkin"' in home and "/practices/grounding" in home  # what helps stays
    offered = not settings.database_url  # a server's database is never offered encryption
    assert ("home-offer" in calm) is offered and "home-offer" not in home  # the offer waits for another day


def test_after_crisis_words_home_lists_no_questionnaire(client):
    saved = post_form(client, "/journal", {"text": "I don't want to be here anymore."})
    assert saved.status_code in (200, 303), saved.text
    home = client.get("/").text
    assert safety.HARD_DAY[0] in home and DUE not in home and "/take" not in home
    assert "Check in</a>" in home  # no check-in yet today: the invitation stays


def test_after_crisis_words_the_practice_home_suggests_is_grounding(client):
    suggested = '<p class="practice-name"><a href="/practices/grounding">'
    assert suggested not in client.get("/").text
    saved = post_form(client, "/journal", {"text": "I don't want to be here anymore."})
    assert saved.status_code in (200, 303), saved.text
    assert suggested in client.get("/").text


def test_after_a_high_distress_check_in_home_leaves_out_the_experiment(client):
    started = post_form(client, "/experiment/start", {"practice": "rain", "question": "Does RAIN help?"})
    assert started.status_code == 303
    assert 'id="experiment-title"' in client.get("/").text
    assert post_form(client, "/checkin", {"distress": "9"}).status_code in (200, 303)
    home = client.get("/").text
    assert safety.HARD_DAY[0] in home and 'id="experiment-title"' not in home
    assert "Does RAIN help?" in client.get("/experiment").text  # its own page still shows it
