"""Check-in activities in the web: the form offers your own, the API takes, shows and filters them."""

from __future__ import annotations

import pytest

from hearten.domain.records import CHECKIN
from tests.web.conftest import api_headers, post_form


def test_the_form_saves_ticked_and_typed_activities_and_offers_them_next_time(client):
    first = post_form(client, "/checkin", {"mood": "6", "new_activities": "Walk, saw friends,, walk"})
    assert first.status_code == 303
    page = client.get(first.headers["location"]).text
    assert "You noted: walk, saw friends." in page
    # next time, the person's own activities are there to tick, most used first
    assert 'name="activities" value="walk"' in page and 'name="activities" value="saw friends"' in page
    post_form(client, "/checkin", {"mood": "5", "activities": ["walk"], "new_activities": "work"})
    assert [c["activities"] for c in client.get("/api/checkins").json()] == [["walk", "work"], ["walk", "saw friends"]]
    page = client.get("/checkin").text
    assert page.index('value="walk"') < page.index('value="saw friends"')


def test_the_form_asks_for_each_field_the_declaration_says_a_person_gives(client):
    page = client.get("/checkin").text
    for f in CHECKIN.given_fields:
        assert f'name="{f.name}"' in page or f'name="new_{f.name}"' in page, f.name
    wrong = {"mood": "11", "distress": "11", "sleep_hours": "25", "active_minutes": "-5", "social": "11", "food": "11"}
    sent = {**wrong, "note": "nul \x00 here", "new_activities": "walk, " + "x" * 65}
    assert set(sent) == {f.name for f in CHECKIN.given_fields} - {"activities"} | {"new_activities"}
    again = post_form(client, "/checkin", sent)
    assert again.status_code == 400
    for f in CHECKIN.given_fields:  # each problem named in the list at the top, linked to its field
        assert f'href="#{f.name}-field"' in again.text, f.name
    assert 'value="walk, ' + "x" * 65 + '"' in again.text
    assert client.get("/api/checkins").json() == []


def test_a_first_checkin_asks_in_words(client):
    page = client.get("/checkin").text
    assert 'name="activities"' not in page and 'id="new_activities"' in page


def test_an_activity_too_long_to_keep_is_refused_without_saving(client):
    response = post_form(client, "/checkin", {"mood": "6", "new_activities": "walk, " + "x" * 65})
    assert response.status_code == 400
    assert client.get("/api/checkins").json() == []


def test_the_api_takes_shows_and_filters_activities(client):
    headers = api_headers(client)
    made = client.post("/api/checkins", json={"mood": 7, "activities": ["Walk", "café"]}, headers=headers)
    assert made.status_code == 201 and made.json()["activities"] == ["walk", "café"]
    assert client.post("/api/checkins", json={"mood": 3}, headers=headers).json()["activities"] == []
    assert [c["mood"] for c in client.get("/api/checkins", params={"activity": "café"}).json()] == [7]
    assert client.get("/api/checkins", params={"activity": "swim"}).json() == []
    refused = client.post("/api/checkins", json={"activities": "walk"}, headers=headers)
    assert refused.status_code in (400, 422)


@pytest.mark.parametrize("field", ["CheckinIn", "CheckinOut"])
def test_openapi_describes_activities(client, field):
    schema = client.get("/api/openapi.json").json()["components"]["schemas"][field]
    assert schema["properties"]["activities"]["type"] == "array"


def test_the_checkins_page_filters_by_an_activity_and_links_back_to_all(client):
    post_form(client, "/checkin", {"mood": "6", "new_activities": "Yoga, walk"})
    post_form(client, "/checkin", {"mood": "3", "new_activities": "work"})
    everything = client.get("/checkins").text
    assert everything.count('class="entry-card"') == 2
    assert 'href="/checkins?activity=yoga"' in everything and 'href="/checkins?activity=work"' in everything
    only = client.get("/checkins", params={"activity": " YOGA "}).text
    assert only.count('class="entry-card"') == 1 and "mood 6 of 10" in only and "mood 3 of 10" not in only
    assert "1 check-in where you did" in only and '<a href="/checkins">Show all check-ins</a>' in only
    assert "Check-ins where you did yoga" in only  # the page's title says what is shown
    none = client.get("/checkins", params={"activity": "swimming"}).text
    assert 'class="entry-card"' not in none and "No check-ins name swimming" in none
    assert "Show all check-ins" not in everything
