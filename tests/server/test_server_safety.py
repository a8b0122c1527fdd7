"""The server applies the local app's one safety policy (domain.safety): after a hard check-in or
crisis words in the journal, the pages show the lines themselves and grounding, and the API
answers carry the same decision as the local app's."""

from __future__ import annotations

import re

import pytest
from tests.server.conftest import make_client
from tests.server.test_server_pages import form_login, token_of

from hearten.domain import safety

pytestmark = pytest.mark.postgres
CRISIS = "I can't go on anymore. I want to end my life."
PLAIN = "I went for a walk by the river and had soup."


def _page_after(client, org, path, data):
    page = client.get(f"/org/{org}/consent")
    saved = client.post(f"/org/{org}/{path}", data={"csrf_token": token_of(page.text), **data})
    assert saved.status_code == 303
    return client.get(saved.headers["location"])


def _help_box(html: str) -> str:
    found = re.search(r'<section class="crisis help-now" id="help-now".*?</section>', html, re.S)
    return found.group(0) if found else ""


def test_a_check_in_with_high_distress_shows_the_lines_and_grounding_in_the_page(app, world):
    person = make_client(app)
    form_login(person, "participant1@example.org")
    org = world.orgs[0]
    after = _page_after(person, org, "checkin", {"mood": "2", "distress": str(safety.DISTRESS_HIGH)})
    box = _help_box(after.text)
    assert box, "no help after a check-in with high distress"
    assert safety.CHECKIN_HIGH[0].replace("'", "&#39;") in box
    assert "Find a helpline" in box and "findahelpline.com" in box  # a line itself, not a link to a list
    assert 'id="grounding"' in box and "Feel your feet on the floor" in box  # grounding, one click away
    assert "Saved." in after.text
    person.close()


def test_a_calmer_check_in_or_a_plain_entry_only_says_saved(app, world):
    person = make_client(app)
    form_login(person, "participant1@example.org")
    org = world.orgs[0]
    calm = _page_after(person, org, "checkin", {"mood": "6", "distress": str(safety.DISTRESS_HIGH - 1)})
    assert "Saved." in calm.text and not _help_box(calm.text)
    plain = _page_after(person, org, "entry", {"text": PLAIN})
    assert "Saved." in plain.text and not _help_box(plain.text)
    person.close()


def test_crisis_words_in_an_entry_show_help_first_with_the_lines(app, world):
    person = make_client(app)
    form_login(person, "participant1@example.org")
    org = world.orgs[0]
    after = _page_after(person, org, "entry", {"text": CRISIS})
    box = _help_box(after.text)
    assert box and "You don" in box and "Find a helpline" in box and 'id="grounding"' in box
    assert after.text.index('id="help-now"') < after.text.index('id="consent-text"')  # first, above the rest
    assert "kinder" not in after.text.lower()  # no reframe offered beside it
    # A country chosen in the box shows that country's own lines.
    entry_id = after.url.params["id"]
    chosen = person.get(f"/org/{org}/consent", params={"saved": "entry", "id": entry_id, "country": "GB"})
    assert "Samaritans" in _help_box(chosen.text)
    person.close()


def test_someone_else_s_record_id_in_the_address_shows_nothing(app, world):
    person = make_client(app)
    form_login(person, "participant1@example.org")
    other = make_client(app)
    form_login(other, "participant2@example.org")
    after = _page_after(other, world.orgs[1], "checkin", {"distress": "9"})
    record_id = after.url.params["id"]
    page = person.get(f"/org/{world.orgs[0]}/consent", params={"saved": "checkin", "id": record_id})
    assert not _help_box(page.text)
    for client in (person, other):
        client.close()


def test_the_api_answers_carry_the_local_app_s_safety_decision(client_for):
    me = client_for("participant1")
    high = me.post("/api/v1/checkins", json={"mood": 2, "distress": 9})
    assert high.status_code == 201
    assert high.json()["safety"] == safety.after_checkin(9).to_dict()
    assert high.json()["distress"] == 9  # the check-in's own fields are all still there
    calm = me.post("/api/v1/checkins", json={"mood": 6, "distress": 3}).json()
    assert calm["safety"] == safety.SafetyDecision().to_dict()
    crisis = me.post("/api/v1/entries", json={"text": CRISIS})
    assert crisis.status_code == 201 and crisis.json()["text"] == CRISIS
    assert crisis.json()["safety"] == safety.crisis_decision().to_dict()
    plain = me.post("/api/v1/entries", json={"text": PLAIN}).json()
    assert plain["safety"]["show_help"] is False and plain["safety"]["help_first"] is False
    schema = me.get("/openapi.json").json()["components"]["schemas"]
    assert "safety" in schema["CheckinSaved"]["properties"] and "safety" in schema["EntrySaved"]["properties"]


def test_distress_flags_for_clinicians_follow_the_one_rule(client_for, world):
    me = client_for("participant1")
    org = world.orgs[0]
    me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["checkins"]})
    for distress in (safety.DISTRESS_HIGH - 1, safety.DISTRESS_HIGH, 10):
        me.post("/api/v1/checkins", json={"distress": distress})
    doctor = client_for("clinician1")
    pid = world.people["participant1"]["id"]
    shown = doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/checkins").json()
    assert [f["distress"] for f in shown["distress_flags"]] == [
        d for d in (safety.DISTRESS_HIGH - 1, safety.DISTRESS_HIGH, 10) if safety.is_high_distress(d)
    ]


def test_crisis_words_are_flagged_for_clinicians_as_high_distress_is(client_for, world):
    me = client_for("participant1")
    org = world.orgs[0]
    me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["checkins", "journal"]})
    me.post("/api/v1/checkins", json={"mood": 5, "distress": 3, "note": "I want to end it all"})
    me.post("/api/v1/checkins", json={"mood": 5, "distress": 3, "note": "a long day at work"})
    me.post("/api/v1/entries", json={"text": "Everyone would be better off without me."})
    me.post("/api/v1/entries", json={"text": "We watched a film about grief tonight."})
    doctor = client_for("clinician1")
    pid = world.people["participant1"]["id"]
    checkins = doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/checkins").json()
    assert [(f["distress"], f["crisis_words"]) for f in checkins["distress_flags"]] == [(3, True)]
    journal = doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/journal").json()
    flagged = {f["id"] for f in journal["crisis_flags"]}
    assert [e["text"] for e in journal["items"] if e["id"] in flagged] == ["Everyone would be better off without me."]
    page = doctor.get(f"/org/{org}/participants/{pid}/checkins").text
    assert "words that may signal a crisis" in page.split("Hard days")[1]
