"""The crisis encoder from the terminal: off by default, one setting turns it on for every command alike."""

from __future__ import annotations

import json

from tests.support.cli import run_hearten, run_json

# First-person crisis told without a crisis word: the rules and the word model leave it.
QUIET = "Moved them to under my pillow. Just in case."


def test_off_by_default_and_on_with_its_setting(home_env):
    assert run_json(["analyze", "--json", QUIET], home_env)["crisis"] is False
    on = {**home_env, "HEARTEN_CRISIS_ENCODER": "1"}
    found = run_hearten(["analyze", "--json", QUIET], on, check=True)
    result = json.loads(found.out)
    assert result["crisis"] is True
    assert [s["crisis_by"] for s in result["sentences"] if s["crisis"]] == ["second_opinion"]
    assert "findahelpline" in found.err or "112" in found.err  # the help lines themselves, first


def test_the_batch_and_the_journal_follow_the_same_setting(home_env):
    run_hearten(["settings", "crisis_encoder", "true"], home_env, check=True)
    line = json.dumps({"id": 1, "text": QUIET}) + "\n"
    batch = run_hearten(["analyze", "--batch"], home_env, input=line, check=True)
    assert json.loads(batch.out.splitlines()[0])["crisis"] is True
    added = run_json(["journal", "add", QUIET, "--json"], home_env)
    assert added["safety"]["show_help"] is True and added["safety"]["help_first"] is True
