"""Practices through the real `hearten` script: every required practice, safety, help, learn."""

from __future__ import annotations

import json

import pytest

from tests.support.cli import run_hearten, run_json
from tests.support.practices import REQUIRED_PRACTICES


def _answers_for(practice: dict) -> dict:
    answers = {}
    for step in practice["steps"]:
        if step["kind"] == "prompt":
            answers[step["id"]] = f"My answer to {step['id']}."
        elif step["kind"] == "choice":
            answers[step["id"]] = step["options"][0]
        elif step["kind"] == "rating":
            answers[step["id"]] = step.get("low", 0)
    return answers


def test_list_has_every_required_practice(home_env):
    listed = run_json(["practice", "list", "--json"], home_env)
    assert set(REQUIRED_PRACTICES) <= {p["id"] for p in listed}
    assert all({"id", "title", "components", "minutes"} <= set(p) for p in listed)


def test_show_gives_each_step_whole_not_just_its_first_line(home_env):
    kindness = run_hearten(["practice", "show", "loving-kindness"], home_env, check=True).out
    yourself = kindness[kindness.index(" 2. Start with yourself") : kindness.index(" 3. ")]
    assert "someone you love: (60 s)" in yourself
    for wish in ("May I be safe.", "May I be at peace with myself.", "May I live with ease."):
        assert f"      {wish}" in yourself  # under the step, indented like the practice file
    assert kindness.count("May you live with ease.") == 4
    friend = run_hearten(["practice", "show", "friend-perspective"], home_env, check=True).out
    step3 = friend[friend.index(" 3. ") : friend.index(" 4. ")]
    assert "Here is what you would tell your friend:" in step3
    assert "    Now offer those words to yourself." in step3


@pytest.mark.parametrize("practice_id", REQUIRED_PRACTICES)
def test_show_leaves_out_no_line_of_any_step(home_env, practice_id):
    from hearten.content.loaders import load_practice
    from hearten.domain.content_schema import render_text

    shown = run_hearten(["practice", "show", practice_id], home_env, check=True).out
    p = load_practice(practice_id)
    for step in p.steps:
        for line in render_text(step.text, phrases=p.phrases, self_phrases=p.self_phrases).splitlines():
            assert line.strip() in shown


def test_show_wraps_long_steps_under_their_number():
    from hearten.cli.practice import _step_lines

    text = "Start with yourself, and say these wishes as your own, with warmth:\n  May I be safe."
    assert _step_lines(2, text, " (60 s)", 40) == [
        " 2. Start with yourself, and say these",
        "    wishes as your own, with warmth:",
        "    (60 s)",
        "      May I be safe.",
    ]


@pytest.mark.parametrize("practice_id", REQUIRED_PRACTICES)
def test_every_practice_runs_to_completion_and_is_stored(home_env, tmp_path, practice_id):
    practice = run_json(["practice", "show", practice_id, "--json"], home_env)
    answers = {**_answers_for(practice), "distress_before": 4, "distress_after": 3}
    file = tmp_path / "answers.json"
    file.write_text(json.dumps(answers))
    result = run_json(["practice", "run", practice_id, "--answers", str(file), "--pace", "fast", "--json"], home_env)
    session = result["session"]
    assert session["completed"] is True and session["practice_id"] == practice_id
    assert session["distress_before"] == 4 and session["distress_after"] == 3
    assert session["actual_seconds"] == 0  # fast pace: nothing was waited for
    assert result["advice"] is None
    journal_prompts = [s["id"] for s in practice["steps"] if s["kind"] == "prompt" and s.get("journal")]
    if journal_prompts:
        assert result["entry_ids"], "answers to journal prompts become linked entries"
        entry = run_json(["journal", "show", str(result["entry_ids"][0]), "--json"], home_env)
        assert entry["session_id"] == session["id"] and entry["kind"] in ("practice", "letter")
    history = run_json(["practice", "history", "--json"], home_env)
    assert [s["id"] for s in history] == [session["id"]]


def test_self_talk_plans_exactly_sixty_seconds(home_env, tmp_path):
    file = tmp_path / "a.json"
    file.write_text("{}")
    session = run_json(
        ["practice", "run", "self-talk-30-30", "--answers", str(file), "--pace", "fast", "--json"], home_env
    )["session"]
    assert session["planned_seconds"] == 60


def test_a_real_paced_short_breathing_session_records_real_seconds(home_env, tmp_path):
    file = tmp_path / "a.json"
    file.write_text("{}")
    session = run_json(
        ["practice", "run", "mindful-breathing", "--minutes", "0.05", "--answers", str(file), "--json"], home_env
    )["session"]
    assert session["completed"] and 2.5 <= session["actual_seconds"] <= 4


@pytest.mark.parametrize("before,after,expect", [(2, 5, True), (2, 4, False), (None, 8, True), (7, 7, False)])
def test_distress_rules_lead_to_grounding_and_help(home_env, tmp_path, before, after, expect):
    file = tmp_path / "a.json"
    file.write_text(json.dumps({"distress_before": before, "distress_after": after}))
    result = run_hearten(
        ["practice", "run", "three-components-pause", "--answers", str(file), "--pace", "fast"], home_env, check=True
    )
    shown = "hearten practice run grounding" in result.out and "Find a helpline" in result.out
    assert shown is expect


def test_distress_rising_after_grounding_leads_to_people_not_another_loop(home_env, tmp_path):
    file = tmp_path / "a.json"
    file.write_text(json.dumps({"distress_before": 2, "distress_after": 9}))
    result = run_hearten(
        ["practice", "run", "grounding", "--answers", str(file), "--pace", "fast"], home_env, check=True
    )
    assert "Find a helpline" in result.out and "hearten practice run grounding" not in result.out


def test_this_is_too_much_stops_gently_and_shows_help(home_env, tmp_path):
    practice = run_json(["practice", "show", "rain", "--json"], home_env)
    file = tmp_path / "a.json"
    file.write_text(json.dumps({"too_much_at": practice["steps"][2]["id"]}))
    result = run_json(["practice", "run", "rain", "--answers", str(file), "--pace", "fast", "--json"], home_env)
    assert result["session"]["completed"] is False and result["session"]["stopped_reason"] == "too_much"
    assert result["advice"]["offer_practice"] == "grounding"
    words = result["advice"]["message"].lower()
    assert "fail" not in words and "streak" not in words


def test_unknown_practice_and_bad_answers_are_clear_errors(home_env, tmp_path):
    bad = run_hearten(["practice", "run", "no-such-thing", "--pace", "fast"], home_env)
    assert bad.returncode == 1 and "no practice called" in bad.err
    file = tmp_path / "a.json"
    file.write_text(json.dumps({"distress_before": 12}))
    out_of_range = run_hearten(["practice", "run", "grounding", "--answers", str(file), "--pace", "fast"], home_env)
    assert out_of_range.returncode == 1 and "distress" in out_of_range.err
    assert run_json(["practice", "history", "--json"], home_env) == []


def test_suggest_explains_itself(home_env):
    run_hearten(["checkin", "--distress", "9"], home_env, check=True)
    chosen = run_json(["practice", "suggest", "--json"], home_env)
    assert chosen["practice_id"] == "grounding" and chosen["reason"]


def test_suggest_uses_the_weakest_component(home_env):
    assert run_json(["practice", "suggest", "--json"], home_env)["rule"] == "default"
    # Item order: kind, judge(r), common, alone(r), aware, swept(r), twice. Common humanity low
    # (common items 1, isolation items 5), everything else at its kindest.
    answers = "5,1,1,5,5,1,5,1,1,5,5,1"
    run_json(["assess", "take", "self-compassion-checkin", "--answers", answers, "--json"], home_env)
    chosen = run_json(["practice", "suggest", "--json"], home_env)
    assert chosen["rule"] == "common_humanity" and chosen["practice_id"] == "loving-kindness"


def test_help_is_one_command_away(home_env):
    out = run_hearten(["help"], home_env, check=True).out
    for number in ("988", "116 123", "13 11 14", "911", "999", "000"):
        assert number in out
    assert "not therapy" in out
    gb = run_json(["help", "--country", "GB", "--json"], home_env)
    assert any("Samaritans" in r["name"] for r in gb)
    home_screen = run_hearten([], home_env, check=True).out
    assert "hearten help" in home_screen


def test_learn_cards(home_env):
    cards = run_json(["learn", "--json"], home_env)
    assert len(cards) >= 6
    out = run_hearten(["learn", cards[0]["id"]], home_env, check=True).out
    assert cards[0]["title"] in out
    assert run_hearten(["learn", "nope"], home_env).returncode == 1


def test_a_practice_run_without_a_terminal_or_answers_says_what_it_does(home_env, tmp_path):
    unattended = run_hearten(["practice", "run", "grounding", "--pace", "fast"], home_env, input="")
    assert unattended.returncode == 0 and "Standard input is not a terminal" in unattended.err
    assert "--answers FILE" in unattended.err
    answers = tmp_path / "answers.json"
    answers.write_text('{"see": "a cup"}')
    scripted = run_hearten(["practice", "run", "grounding", "--pace", "fast", "--answers", str(answers)], home_env)
    assert scripted.returncode == 0 and "not a terminal" not in scripted.err


def test_history_since_a_later_date_says_the_range_is_empty(home_env, tmp_path):
    file = tmp_path / "a.json"
    file.write_text("{}")
    run_json(["practice", "run", "self-talk-30-30", "--answers", str(file), "--pace", "fast", "--json"], home_env)
    later = run_hearten(["practice", "history", "--since", "2099-12-08"], home_env, check=True).out
    assert later.strip() == "No practice in that range."
    assert "of kindness" in run_hearten(["practice", "history"], home_env, check=True).out
