"""`--json` after writing or checking in carries the safety decision, in the shape `practice run --json` uses."""

from __future__ import annotations

import json

from hearten.domain import safety
from tests.support.cli import run_hearten, run_json

CRISIS = "I can't go on anymore. I want to end my life."


def test_checkin_json_carries_the_safety_decision(home_env):
    high = run_json(["checkin", "--mood", "2", "--distress", str(safety.DISTRESS_HIGH), "--json"], home_env)
    assert high["safety"] == safety.after_checkin(safety.DISTRESS_HIGH).to_dict()
    assert high["distress"] == safety.DISTRESS_HIGH and high["mood"] == 2  # the check-in's own fields stay
    calm = run_json(["checkin", "--mood", "6", "--distress", "3", "--json"], home_env)
    assert calm["safety"] == safety.SafetyDecision().to_dict()
    listed = run_json(["checkin", "list", "--json"], home_env)
    assert {k for k in listed[0] if k != "safety"} == {k for k in high if k != "safety"}


def test_checkin_json_keys_match_practice_run_json_for_safety(home_env):
    practice = run_json(["practice", "run", "grounding", "--json"], home_env, input="\n" * 20)
    checkin = run_json(["checkin", "--distress", "9", "--json"], home_env)
    assert set(checkin["safety"]) == set(practice["safety"])


def test_journal_add_json_holds_what_its_help_says(home_env):
    said = run_hearten(["journal", "add", "--help"], home_env, check=True).out
    assert "analysis" in said and "safety" in said
    plain = run_json(["journal", "add", "I am such an idiot, I always ruin everything.", "--json"], home_env)
    assert plain["text"].startswith("I am such an idiot") and isinstance(plain["id"], int)
    assert plain["analysis"]["self_critical"] is True
    assert plain["safety"]["offer_reframe"] is True and plain["safety"]["show_help"] is False
    crisis = run_hearten(["journal", "add", CRISIS, "--json"], home_env, check=True)
    found = json.loads(crisis.out)
    assert found["safety"] == safety.crisis_decision().to_dict()
    assert "findahelpline" in crisis.err or "112" in crisis.err  # the lines themselves, on standard error


def test_journal_add_json_with_notes_off_still_decides_on_crisis(home_env):
    run_hearten(["settings", "analyze_after_add", "false"], home_env, check=True)
    quiet = run_json(["journal", "add", "I am such an idiot.", "--json"], home_env)
    assert quiet["analysis"] is None and quiet["safety"]["show_help"] is False
    crisis = run_json(["journal", "add", CRISIS, "--json"], home_env)
    assert crisis["analysis"] is None and crisis["safety"]["help_first"] is True
