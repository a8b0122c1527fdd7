"""A practice session keeps one journal entry, not one per answer: stored, CLI and web alike, on both databases."""

from __future__ import annotations

import json

from hearten.services import practice_sessions as service
from tests.support.cli import run_hearten, run_json

RAIN = {
    "recognize": "Worry, tight and fast.",
    "investigate-feeling": "The meeting tomorrow.",
    "investigate-body": "My chest.",
    "investigate-need": "To be told it will be all right.",
    "nurture-message": "You are doing your best.",
    "nurture-comfort": "Both",
}
HEADINGS = [
    "RAIN: what I recognised",
    "RAIN: looking closer",
    "RAIN: where I feel it",
    "RAIN: what it needs",
    "RAIN: a kind message",
]
WRITTEN = ["recognize", "investigate-feeling", "investigate-body", "investigate-need", "nurture-message"]


def _expected_text(answers: dict) -> str:
    return "\n\n".join(f"{h}\n\n{answers[s]}" for h, s in zip(HEADINGS, WRITTEN) if s in answers)


def test_a_rain_session_stores_one_entry_with_every_answer_under_its_heading(store):
    session_id, entry_ids, _ = service.run_scripted(store, practice_id="rain", answers=dict(RAIN), fast=True)
    assert len(entry_ids) == 1
    (entry,) = store.list_entries(session_id=session_id)
    assert entry.id == entry_ids[0] and entry.kind == "practice" and set(entry.tags) == {"practice", "rain"}
    assert entry.text == _expected_text(RAIN)
    assert len(store.list_entries()) == 1


def test_a_stopped_rain_session_keeps_what_was_written_in_one_entry(store):
    answers = {
        "recognize": RAIN["recognize"],
        "investigate-feeling": RAIN["investigate-feeling"],
        "too_much_at": "investigate-body",
    }
    session_id, entry_ids, outcome = service.run_scripted(store, practice_id="rain", answers=answers, fast=True)
    assert outcome.session.stopped_reason == "too_much" and len(entry_ids) == 1
    (entry,) = store.list_entries(session_id=session_id)
    assert entry.text == _expected_text(answers)


def test_the_cli_saves_one_rain_entry(home_env, tmp_path):
    file = tmp_path / "a.json"
    file.write_text(json.dumps(RAIN))
    saved = run_json(["practice", "run", "rain", "--answers", str(file), "--pace", "fast", "--json"], home_env)
    assert len(saved["entry_ids"]) == 1
    entries = run_json(["journal", "list", "--json"], home_env)
    assert len(entries) == 1 and entries[0]["text"] == _expected_text(RAIN)
    assert run_hearten(["journal", "show", str(saved["entry_ids"][0])], home_env, check=True).out.count("RAIN:") == 5


def test_the_web_saves_one_rain_entry(settings):
    from hearten.web.app import create_app
    from tests.web.conftest import api_headers, signed_in

    app = create_app(settings)
    try:
        client = signed_in(app)
        response = client.post(
            "/api/sessions",
            headers=api_headers(client),
            json={
                "practice_id": "rain",
                "reached": 10,
                "outcome": "completed",
                "timings": {"allow": 30, "rest": 30},
                "answers": RAIN,
            },
        )
        assert response.status_code == 201, response.text
        (entry_id,) = response.json()["entries"]
        assert client.get(f"/api/entries/{entry_id}").json()["text"] == _expected_text(RAIN)
        assert len(client.get("/api/entries").json()) == 1
    finally:
        app.state.hearten.close()
