"""The web player's length choice: offered where the practice file allows it, and recorded as the CLI records it."""

from __future__ import annotations

import re

from tests.web.conftest import api_headers


def test_the_lengths_are_offered_with_the_written_one_chosen(client):
    page = client.get("/practices/mindful-breathing").text
    offered = re.findall(r'name="length" id="length-[a-z0-9]+" value="([^"]+)"( checked)?', page)
    assert [v for v, _ in offered] == ["3", "5", "10", "15", "20", "30", "open"]
    assert [v for v, c in offered if c] == ["5"]
    assert "As long as you choose" in page and 'data-adjustable="yes"' in page
    assert 'name="length"' not in client.get("/practices/self-talk-30-30").text  # fixed timings: no choice


def test_an_open_ended_sit_is_recorded_for_as_long_as_it_lasted(client):
    response = client.post(
        "/api/sessions",
        headers=api_headers(client),
        json={
            "practice_id": "mindful-breathing",
            "reached": 4,
            "outcome": "completed",
            "open_ended": True,
            "timings": {"breathe": 1234.5},
            "answers": {"anchor": "the sounds around you"},
        },
    )
    assert response.status_code == 201, response.text
    session = response.json()["session"]
    assert session["completed"] and session["planned_seconds"] == 0 and session["actual_seconds"] == 1234.5


def test_a_chosen_length_is_the_plan(client):
    response = client.post(
        "/api/sessions",
        headers=api_headers(client),
        json={
            "practice_id": "mindful-breathing",
            "reached": 4,
            "outcome": "completed",
            "minutes": 20,
            "timings": {"breathe": 1500},
        },
    )
    assert response.status_code == 201, response.text
    session = response.json()["session"]
    assert session["planned_seconds"] == 1200 and session["actual_seconds"] == 1200  # capped at the chosen length


def test_a_length_for_fixed_timings_is_refused(client):
    response = client.post(
        "/api/sessions",
        headers=api_headers(client),
        json={"practice_id": "self-talk-30-30", "reached": 6, "outcome": "completed", "minutes": 5},
    )
    assert response.status_code == 400 and "fixed timings" in response.text
    response = client.post(
        "/api/sessions",
        headers=api_headers(client),
        json={"practice_id": "mindful-breathing", "reached": 4, "outcome": "completed", "minutes": 0},
    )
    assert response.status_code in (400, 422)
