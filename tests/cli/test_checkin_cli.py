import pytest

from tests.support.cli import run_hearten, run_json


@pytest.mark.usefixtures("one_day")  # saved today, listed since today
def test_checkin_with_every_field(home_env):
    saved = run_json(
        [
            "checkin",
            "--mood",
            "5",
            "--distress",
            "3",
            "--sleep",
            "7.5",
            "--active",
            "40",
            "--social",
            "6",
            "--food",
            "7",
            "--note",
            "slow morning",
            "--json",
        ],
        home_env,
    )
    assert {k: saved[k] for k in ("mood", "distress", "sleep_hours", "active_minutes", "social", "food", "note")} == {
        "mood": 5,
        "distress": 3,
        "sleep_hours": 7.5,
        "active_minutes": 40,
        "social": 6,
        "food": 7,
        "note": "slow morning",
    }
    run_hearten(["checkin", "--mood", "6"], home_env, check=True)
    listed = run_json(["checkin", "list", "--json"], home_env)
    assert [c["mood"] for c in listed] == [6, 5]
    assert run_json(["checkin", "list", "--since", "today", "--json"], home_env)


def test_checkin_with_nothing_given_and_no_terminal_is_refused_kindly(home_env):
    result = run_hearten(["checkin"], home_env, input="")
    assert result.returncode == 1 and "nothing in this check-in yet" in result.err
    assert run_json(["checkin", "list", "--json"], home_env) == []


def test_high_distress_shows_the_help_lines_themselves(home_env):
    out = run_hearten(["checkin", "--distress", "9"], home_env, check=True).out
    # The lines, not only a command that lists them; with no country chosen, the directory and
    # the emergency advice (as the web's crisis box), and how to choose a country.
    assert "Find a helpline" in out and "emergency" in out.lower() and "GB (" in out
    assert "hearten practice run grounding" in out


def test_distress_seven_is_not_high(home_env):
    out = run_hearten(["checkin", "--distress", "7"], home_env, check=True).out
    assert "Find a helpline" not in out and "grounding" not in out


def test_activities_are_saved_listed_and_filtered(home_env):
    saved = run_json(
        [
            "checkin",
            "--mood",
            "7",
            "--activity",
            "Walk",
            "--activity",
            " saw  friends ",
            "--activity",
            "walk",
            "--json",
        ],
        home_env,
    )
    assert saved["activities"] == ["walk", "saw friends"]
    run_hearten(["checkin", "--mood", "4", "--activity", "work"], home_env, check=True)
    run_hearten(["checkin", "--mood", "5"], home_env, check=True)
    listed = run_json(["checkin", "list", "--json"], home_env)
    assert [c["activities"] for c in listed] == [[], ["work"], ["walk", "saw friends"]]
    assert [c["mood"] for c in run_json(["checkin", "list", "--activity", "WALK", "--json"], home_env)] == [7]
    assert run_json(["checkin", "list", "--activity", "swim", "--json"], home_env) == []
    assert "saw friends" in run_hearten(["checkin", "list"], home_env, check=True).out


def test_an_activity_with_a_comma_is_refused_kindly(home_env):
    result = run_hearten(["checkin", "--activity", "walk, run"], home_env)
    assert result.returncode != 0 and "comma" in result.err + result.out
    assert run_json(["checkin", "list", "--json"], home_env) == []


def test_in_a_terminal_it_asks_for_activities_too(tmp_path):
    from tests.support.terminal import Terminal

    env = {"HEARTEN_HOME": str(tmp_path / "home")}
    term = Terminal(["checkin"], env)
    term.expect("Mood")
    term.type("6\r")
    for prompt in ("Distress", "Hours of sleep", "Minutes of movement", "connected", "food and drink"):
        term.expect(prompt)
        term.type("\r")
    term.expect("What did you do today?")
    term.type("Walk, saw friends\r")
    term.expect("Anything you want to note")
    term.type("\r")
    assert term.finish() == 0
    (saved,) = run_json(["checkin", "list", "--json"], env)
    assert saved["mood"] == 6 and saved["activities"] == ["walk", "saw friends"]


def test_in_a_terminal_it_asks_only_for_what_the_flags_left_out(tmp_path):
    from tests.support.terminal import Terminal

    env = {"HEARTEN_HOME": str(tmp_path / "home")}
    term = Terminal(["checkin", "--mood", "6", "--note", "from the flag"], env)
    term.expect("Distress")
    term.type("3\r")
    for prompt in ("Hours of sleep", "Minutes of movement", "connected", "food and drink", "What did you do today?"):
        term.expect(prompt)
        term.type("\r")
    term.expect("Check-in saved")
    assert term.finish() == 0
    assert "Mood," not in term.output and "Anything you want to note" not in term.output
    (saved,) = run_json(["checkin", "list", "--json"], env)
    assert (saved["mood"], saved["distress"], saved["note"]) == (6, 3, "from the flag")


def test_in_a_terminal_json_with_values_given_asks_nothing(tmp_path):
    """A script's call (--json with values) from a terminal is not turned into a questionnaire."""
    import json

    from tests.support.terminal import Terminal

    env = {"HEARTEN_HOME": str(tmp_path / "home")}
    term = Terminal(["checkin", "--mood", "6", "--json"], env)
    term.expect('"mood": 6')
    assert term.finish() == 0
    assert "Distress right now" not in term.output
    assert json.loads(term.output[term.output.index("{") :])["mood"] == 6


def test_in_a_terminal_a_high_distress_answer_brings_help_at_once(tmp_path):
    from tests.support.terminal import Terminal

    env = {"HEARTEN_HOME": str(tmp_path / "home")}
    term = Terminal(["checkin", "--mood", "2"], env)
    term.expect("Distress")
    term.type("9\r")
    term.expect("Find a helpline")
    term.expect("grounding practice now?")
    term.type("n\r")
    assert term.finish() == 0
    assert "Hours of sleep" not in term.output
    (saved,) = run_json(["checkin", "list", "--json"], env)
    assert (saved["mood"], saved["distress"]) == (2, 9)


def test_in_a_terminal_a_high_distress_flag_asks_nothing_more(tmp_path):
    from tests.support.terminal import Terminal

    env = {"HEARTEN_HOME": str(tmp_path / "home")}
    term = Terminal(["checkin", "--distress", "9"], env)
    term.expect("Find a helpline")
    term.expect("grounding practice now?")
    term.type("n\r")
    assert term.finish() == 0
    assert "Press Enter to skip" not in term.output and "Mood," not in term.output


def test_in_a_terminal_a_wrong_flag_is_said_before_any_question(tmp_path):
    from tests.support.terminal import Terminal

    env = {"HEARTEN_HOME": str(tmp_path / "home")}
    term = Terminal(["checkin", "--mood", "11"], env)
    assert term.finish() == 1
    assert "Distress" not in term.output and "mood" in term.output.lower()
