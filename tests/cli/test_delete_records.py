"""`hearten assess delete` and `hearten practice delete`: a result or a session can go, after a question."""

from __future__ import annotations

import json

from tests.support.cli import run_hearten, run_json

CHECKIN_ANSWERS = "4,2,3,4,5,1,5,3,2,4,4,2"


def _take(home_env) -> int:
    return run_json(["assess", "take", "self-compassion-checkin", "--answers", CHECKIN_ANSWERS, "--json"], home_env)[
        "id"
    ]


def _practise(home_env, tmp_path) -> dict:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"regret-choice": "The email", "words": "You meant well."}))
    return run_json(
        ["practice", "run", "self-talk-30-30", "--answers", str(answers), "--pace", "fast", "--json"], home_env
    )


def test_an_assessment_can_be_deleted_with_yes(home_env):
    kept, gone = _take(home_env), _take(home_env)
    result = run_hearten(["assess", "delete", str(gone), "--yes"], home_env, check=True)
    assert f"Deleted result {gone}" in result.err
    points = run_json(["assess", "history", "self-compassion-checkin", "--json"], home_env)["points"]
    assert [p["id"] for p in points] == [kept]


def test_deleting_an_assessment_asks_first_and_no_keeps_it(home_env):
    taken = _take(home_env)
    result = run_hearten(["assess", "delete", str(taken)], home_env, input="n\n")
    assert result.returncode != 0 and "for good?" in result.out + result.err  # like `journal delete`
    assert len(run_json(["assess", "history", "self-compassion-checkin", "--json"], home_env)["points"]) == 1
    result = run_hearten(["assess", "delete", str(taken)], home_env, input="y\n")
    assert result.returncode == 0
    assert run_json(["assess", "history", "self-compassion-checkin", "--json"], home_env)["points"] == []


def test_a_session_can_be_deleted_and_its_writing_stays(home_env, tmp_path):
    ran = _practise(home_env, tmp_path)
    session_id = ran["session"]["id"]
    result = run_hearten(["practice", "delete", str(session_id)], home_env, input="y\n")
    assert result.returncode == 0 and f"Deleted session {session_id}" in result.err
    assert "stays in your journal" in result.out + result.err
    assert run_json(["practice", "history", "--json"], home_env) == []
    for entry_id in ran["entry_ids"]:
        entry = run_json(["journal", "show", str(entry_id), "--json"], home_env)
        assert entry["session_id"] is None


def test_deleting_what_is_not_there_is_one_clear_line(home_env):
    for args, words in (
        (["assess", "delete", "4242", "--yes"], "no assessment"),
        (["practice", "delete", "4242", "--yes"], "no practice session"),
        (["practice", "delete", "0", "--yes"], "no record"),
    ):
        result = run_hearten(args, home_env)
        lines = [line for line in result.err.splitlines() if line.strip()]
        assert result.returncode == 1 and len(lines) == 1 and words in lines[0], result.err
