"""A practice run at the keyboard with --json: the practice on standard error, the JSON alone on standard output."""

from __future__ import annotations

import json

from click.testing import CliRunner

from hearten.cli import cli


def _env(tmp_path) -> dict:
    """A home of the test's own, on SQLite, with no passphrase from the outside."""
    return {"HEARTEN_HOME": str(tmp_path / "home"), "HEARTEN_DATABASE_URL": None, "HEARTEN_PASSPHRASE": None}


def test_an_interactive_practice_with_json_keeps_standard_output_for_the_json(tmp_path, monkeypatch):
    monkeypatch.setattr("hearten.cli.practice._interactive", lambda: True)
    env = _env(tmp_path)
    # distress before, feet, (the timer passes at once), what they see, hear, how they are, distress after
    typed = "3\n\na cup\n\n\n3\n9\n"
    result = CliRunner().invoke(cli, ["practice", "run", "grounding", "--pace", "fast", "--json"], env=env, input=typed)
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)  # nothing but the JSON
    assert shown["session"]["answers"] == {"see": "a cup", "check": "Still very upset"}
    assert shown["safety"]["show_help"] and shown["session"]["distress_after"] == 9
    assert "How are you now?" in result.stderr and "Step 1 of" in result.stderr
    assert "findahelpline.com" in result.stderr  # the lines themselves, where the person is looking


def test_crisis_words_in_an_answer_bring_help_at_once_in_the_terminal(tmp_path, monkeypatch):
    monkeypatch.setattr("hearten.cli.practice._interactive", lambda: True)
    env = _env(tmp_path)
    # distress before, feet, (the timer passes at once), what they see, how they are, distress after
    typed = "3\n\nEveryone would be better off without me.\n\n\n3\n5\n"
    result = CliRunner().invoke(cli, ["practice", "run", "grounding", "--pace", "fast", "--json"], env=env, input=typed)
    assert result.exit_code == 0, result.output
    err = result.stderr
    assert "findahelpline.com" in err and "e ends it here, x says it is too much" in err
    assert err.index("findahelpline.com") < err.index("How are you now?")  # at once, not only at the end
    assert json.loads(result.stdout)["safety"]["reason"] == "crisis"
