"""Grounding's ending in the web: after "Still very upset" the player's end screen has the CLI's words and
the lines, not congratulations, and no help box there offers grounding again."""

from __future__ import annotations

from hearten.domain import safety
from tests.web.conftest import api_headers


def test_the_grounding_player_knows_its_still_upset_ending(client):
    page = client.get("/practices/grounding").text
    assert f'data-still-upset-answer="{safety.STILL_UPSET}"' in page
    assert f'data-still-upset-heading="{safety.REASONS["still_upset"]}"' in page
    assert 'id="end-crisis"' in page and 'aria-labelledby="end-crisis-title"' in page
    assert page.count('id="crisis-title"') <= 1  # each box its own heading id
    assert "/practices/grounding?begin=now" not in page  # grounding is never offered from inside itself


def test_other_practices_end_as_before(client):
    page = client.get("/practices/self-talk-30-30").text
    assert "data-still-upset" not in page and 'id="end-crisis"' not in page
    assert "/practices/grounding?begin=now" in page  # the crisis box below an answer offers it


def test_after_grounding_left_the_person_still_upset_no_box_offers_it_again(client):
    recorded = client.post(
        "/api/sessions",
        headers=api_headers(client),
        json={
            "practice_id": "grounding",
            "reached": 5,
            "outcome": "completed",
            "timings": {"breath": 30},
            "answers": {"check": safety.STILL_UPSET},
        },
    )
    assert recorded.status_code in (200, 201), recorded.text
    page = client.get(recorded.json()["next"]).text
    assert safety.REASONS["still_upset"] in page and 'href="tel:' in page
    assert "/practices/grounding" not in page.split("<main", 1)[1]
