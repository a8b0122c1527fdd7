"""In a terminal, high distress offers to start grounding with one key."""

from __future__ import annotations

from click.testing import CliRunner

from hearten.cli import cli, notice


def _env(tmp_path) -> dict:
    """A home of the test's own, on SQLite, with no passphrase from the outside."""
    return {"HEARTEN_HOME": str(tmp_path / "home"), "HEARTEN_DATABASE_URL": None, "HEARTEN_PASSPHRASE": None}


def test_high_distress_asks_to_start_grounding_in_a_terminal(tmp_path, monkeypatch):
    monkeypatch.setattr(notice, "_at_terminal", lambda: True)
    monkeypatch.setattr("hearten.cli.practice._interactive", lambda: True)
    started = []
    monkeypatch.setattr(
        "hearten.cli.practice_terminal.run_interactive", lambda app, practice_id, **o: started.append(practice_id)
    )
    env = _env(tmp_path)
    declined = CliRunner().invoke(cli, ["checkin", "--distress", "9"], env=env, input="n\n")
    assert declined.exit_code == 0 and "Start a short grounding practice now?" in declined.output and started == []
    accepted = CliRunner().invoke(cli, ["checkin", "--distress", "9"], env=env, input="y\n")
    assert accepted.exit_code == 0, accepted.output
    assert started == ["grounding"]


def test_no_question_without_a_terminal_or_below_8(tmp_path):
    env = _env(tmp_path)
    high = CliRunner().invoke(cli, ["checkin", "--distress", "9"], env=env)
    assert "hearten practice run grounding" in high.output and "now?" not in high.output
    calm = CliRunner().invoke(cli, ["checkin", "--distress", "7"], env=env)
    assert "grounding" not in calm.output


def test_reframing_a_crisis_entry_shows_help_alone(tmp_path):
    env = {
        "HEARTEN_HOME": str(tmp_path / "home"),
        "HEARTEN_DATABASE_URL": None,
        "HEARTEN_PASSPHRASE": None,
        "HEARTEN_COUNTRY": "GB",
    }
    entry_id = CliRunner().invoke(cli, ["journal", "add", "I'm such an idiot. I want to die."], env=env).stdout.strip()
    result = CliRunner().invoke(cli, ["journal", "reframe", entry_id], env=env, input="s\n")
    assert result.exit_code == 0 and "Samaritans" in result.output
    assert "Sentence 1" not in result.output and "stood out" not in result.output


def test_reframing_with_every_sentence_skipped_does_not_say_you_practised(tmp_path):
    from hearten import messages

    env = _env(tmp_path)
    text = "I always mess everything up. Everyone thinks I'm boring. I should be better than this."
    entry_id = CliRunner().invoke(cli, ["journal", "add", text], env=env).stdout.strip()
    skipped = CliRunner().invoke(cli, ["journal", "reframe", entry_id], env=env, input="s\ns\ns\n")
    assert skipped.exit_code == 0, skipped.output
    assert messages.REFRAME_DONE_SKIPPED in skipped.output and "you just practised" not in skipped.output
    written = CliRunner().invoke(cli, ["journal", "reframe", entry_id], env=env, input="w\nI do plenty right.\ns\ns\n")
    assert messages.REFRAME_DONE in written.output


def test_asked_in_a_terminal_a_high_distress_brings_help_before_any_other_question(tmp_path, monkeypatch):
    monkeypatch.setattr("hearten.cli.checkin._interactive", lambda: True)
    env = _env(tmp_path)
    result = CliRunner().invoke(cli, ["checkin"], env=env, input="3\n9\n")  # mood 3, distress 9: nothing more typed
    assert result.exit_code == 0, result.output
    assert "Hours of sleep" not in result.output and "Anything you want to note" not in result.output
    assert "Find a helpline" in result.output and "hearten practice run grounding" in result.output
    calm = CliRunner().invoke(cli, ["checkin"], env=env, input="6\n2\n\n\n\n\n\n\n")
    assert calm.exit_code == 0 and "Anything you want to note" in calm.output


def test_an_entry_changed_into_crisis_words_brings_help(tmp_path):
    env = _env(tmp_path)
    entry_id = CliRunner().invoke(cli, ["journal", "add", "Long day at work."], env=env).stdout.strip()
    changed = CliRunner().invoke(
        cli, ["journal", "edit", entry_id, "--text", "I am going to kill myself tonight."], env=env
    )
    assert changed.exit_code == 0 and "Find a helpline" in changed.stderr
    harsh = CliRunner().invoke(
        cli, ["journal", "edit", entry_id, "--text", "I'm such an idiot, I always mess up."], env=env
    )
    assert "Find a helpline" not in harsh.stderr and f"hearten journal reframe {entry_id}" in harsh.stderr
    mood_only = CliRunner().invoke(cli, ["journal", "edit", entry_id, "--mood", "4"], env=env)
    assert mood_only.stderr.strip() == f"Updated entry {entry_id}."


def test_a_kinder_version_in_crisis_words_ends_the_walk_with_help_not_praise(tmp_path):
    env = _env(tmp_path)
    text = "I'm such an idiot. I always ruin everything. I'm a failure."
    entry_id = CliRunner().invoke(cli, ["journal", "add", text], env=env).stdout.strip()
    walked = CliRunner().invoke(cli, ["journal", "reframe", entry_id], env=env, input="w\nI should just kill myself.\n")
    assert walked.exit_code == 0, walked.output
    assert "Find a helpline" in walked.output and "That is all of them" not in walked.output
    assert walked.output.count("Would you say") <= 1  # no more sentences put forward after the help


def test_home_reads_the_answers_of_todays_practices(tmp_path):
    env = _env(tmp_path)
    answers = tmp_path / "answers.json"
    answers.write_text('{"notice": "I am going to kill myself tonight"}')  # a step not kept in the journal
    ran = ["practice", "run", "three-components-pause", "--answers", str(answers), "--pace", "fast"]
    assert CliRunner().invoke(cli, ran, env=env).exit_code == 0
    home = CliRunner().invoke(cli, [], env=env)
    assert "Today sounds like it has been heavy." in home.output and "Find a helpline" in home.output
