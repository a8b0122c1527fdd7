"""`hearten experiment start|status|stop` and today's assignment on Home, on SQLite and PostgreSQL."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from hearten.domain.experiments import PRACTICE, assignment
from hearten.domain.records import NewCheckin, NewSession, now
from hearten.services import experiments
from tests.support.cli import run_hearten, run_json


@pytest.mark.usefixtures("one_day")  # "starts tomorrow", read here and by three `hearten` runs
def test_start_saves_the_schedule_and_question_before_any_data(home_env):
    out = run_hearten(
        ["experiment", "start", "loving-kindness", "--question", "Does it lift my evening mood?"], home_env, check=True
    ).out
    assert "Does it lift my evening mood?" in out and "drawn at random" in out
    status = run_json(["experiment", "status", "--json"], home_env)
    found = status["experiment"]
    assert found["practice"] == "loving-kindness" and found["question"] == "Does it lift my evening mood?"
    assert len(found["periods"]) == 6 and found["start"] == (now().date() + timedelta(days=1)).isoformat()
    assert status["today"] is None and status["result"]["days_so_far"] == 0
    assert "starts on" in run_hearten([], home_env, check=True).out
    again = run_hearten(["experiment", "start", "rain", "--question", "x"], home_env)
    assert again.returncode == 1 and "already running" in again.err
    assert "has ended" in run_hearten(["experiment", "stop"], home_env, check=True).out
    assert run_hearten(["experiment", "stop"], home_env).returncode == 1
    assert "experiment" not in run_hearten([], home_env, check=True).out.lower()


def test_unknown_practice_and_bad_weeks_are_refused(home_env):
    result = run_hearten(["experiment", "start", "no-such-thing", "--question", "x"], home_env)
    assert result.returncode == 1 and "no practice called" in result.err
    result = run_hearten(["experiment", "start", "rain", "--question", "x", "--weeks", "1"], home_env)
    assert result.returncode == 1 and "4 to 26 weeks" in result.err


def test_status_reports_the_result_with_its_interval(store, home_env):
    # Noon yesterday: each day's session (an hour before its check-in) falls on the same date whatever
    # the time the test runs (from now, a run just after midnight put it on the day before).
    moment = (now() - timedelta(days=1)).replace(hour=12, minute=0, second=0, microsecond=0)
    rng = random.Random(5)
    saved = experiments.start(
        store,
        practice_id="mindful-breathing",
        question="Does breathing help?",
        weeks=6,
        moment=moment - timedelta(days=44),
        coin=lambda: rng.random() < 0.5,
    )
    checkins, sessions = [], []
    for back in range(44):
        at = moment - timedelta(days=back)
        arm = assignment(saved, at.date())
        checkins.append(NewCheckin(at=at, mood=6 if arm == PRACTICE else 4 + back % 2, distress=3 + back % 3))
        if arm == PRACTICE:
            sessions.append(
                (
                    NewSession(
                        practice_id="mindful-breathing",
                        started_at=at - timedelta(hours=1),
                        ended_at=at - timedelta(minutes=50),
                        planned_seconds=600,
                        actual_seconds=600,
                        completed=True,
                    ),
                    [],
                )
            )
    store.import_records(checkins=checkins, sessions=sessions)
    status = run_json(["experiment", "status", "--json"], home_env)
    result = status["result"]
    assert result["finished"] and status["today"] is None
    assert result["followed"]["practice"] == {"days": 21, "as_planned": 21}
    mood = [e for e in result["effects"] if e["measure"] == "mood"][0]
    assert mood["n_with"] == 21 and mood["n_without"] == 21 and mood["low"] > 0
    words = run_hearten(["experiment", "status"], home_env, check=True).out
    assert "In practice periods your mood was" in words and "What it cannot mean" in words
