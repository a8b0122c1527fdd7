"""Pause, "end here" and remembered choices in the terminal player, in a real pseudo-terminal."""

from __future__ import annotations

import time
from datetime import datetime

import pytest

from tests.support.cli import run_hearten, run_json
from tests.support.terminal import Terminal


@pytest.fixture
def env(tmp_path):
    return {"HEARTEN_HOME": str(tmp_path / "home")}


def to_the_timer(term: Terminal) -> None:
    term.expect("Before you begin")
    term.type("\r")
    term.expect("(Enter to continue)")
    term.type("\r")
    term.expect("Your choice")
    term.type("2\r")  # the sounds around you
    term.expect("Let your attention rest on the sounds around you.")
    term.expect("or p and Enter to pause")


def only_session(env) -> dict:
    (session,) = run_json(["practice", "history", "--json"], env)
    return session


def test_p_pauses_the_timer_and_enter_carries_on(env):
    term = Terminal(["practice", "run", "mindful-breathing", "--minutes", "0.08"], env)  # a 4.8-second sit
    to_the_timer(term)
    term.type("p\r")
    term.expect("Paused. Take whatever time you need.")
    term.expect(" left")  # how much of the timer is still to come
    term.expect("e end here")
    time.sleep(2.5)  # the pause is not practice
    term.type("\r")
    term.expect("notice how you feel right now", timeout=30)  # the timer ran on to its end by itself
    term.type("\r")
    term.expect("And now")
    term.type("\r")
    assert term.finish() == 0
    session = only_session(env)
    assert session["completed"] and session["planned_seconds"] == pytest.approx(4.8)
    wall = (datetime.fromisoformat(session["ended_at"]) - datetime.fromisoformat(session["started_at"])).total_seconds()
    assert wall >= session["actual_seconds"] + 2  # the paused seconds were left out


def test_e_ends_here_and_keeps_a_partial_session_with_the_time_done(env):
    term = Terminal(["practice", "run", "mindful-breathing", "--minutes", "1"], env)
    to_the_timer(term)
    term.expect("0:0")  # the timer is running
    time.sleep(1.5)
    term.type("e\r")
    term.expect("And now")
    term.type("3\r")
    term.expect("You ended here after under a minute, and that is fine.")
    term.expect("Saved as session")
    assert term.finish() == 0
    session = only_session(env)
    assert not session["completed"] and session["stopped_reason"] == "abandoned"
    assert 1 <= session["actual_seconds"] < 60 and session["distress_after"] == 3
    assert session["answers"] == {"anchor": "the sounds around you"}


def test_the_pause_menu_can_end_here_too(env):
    term = Terminal(["practice", "run", "mindful-breathing", "--minutes", "1"], env)
    to_the_timer(term)
    term.type("p\r")
    term.expect("e end here")
    term.type("e\r")
    term.expect("And now")
    term.type("\r")
    assert term.finish() == 0
    assert not only_session(env)["completed"]


def test_a_chosen_length_is_remembered_for_next_time(env):
    term = Terminal(["practice", "run", "mindful-breathing"], env)
    term.expect("(Enter for 5)")  # the practice's own length at first
    term.type("o\r")
    term.expect("Before you begin")
    term.type("\r")
    term.expect("(Enter to continue)")
    term.type("e\r")  # end here
    term.expect("And now")
    term.type("\r")
    assert term.finish() == 0
    assert run_hearten(["settings", "practice_length"], env, check=True).out.strip() == "open"
    term = Terminal(["practice", "run", "mindful-breathing"], env)
    term.expect("(Enter for o)")  # offered first this time
    term.type("\r")
    term.expect("Before you begin")
    term.type("\r")
    term.expect("(Enter to continue)")
    term.type("e\r")
    term.expect("And now")
    term.type("\r")
    assert term.finish() == 0


def test_bell_settings_are_checked_like_any_setting(env):
    assert run_hearten(["settings", "bell_volume", "30"], env).returncode == 0
    assert run_hearten(["settings", "bell", "off"], env).returncode == 0
    assert run_hearten(["settings", "bell_interval", "2"], env).returncode == 0
    shown = run_json(["settings", "--json"], env)
    assert (shown["bell_volume"], shown["bell"], shown["bell_interval"]) == (30, False, 2.0)
    for name, value in (("bell_volume", "130"), ("bell_interval", "-1"), ("practice_length", "ten")):
        refused = run_hearten(["settings", name, value], env)
        assert refused.returncode != 0 and "Traceback" not in refused.err, (name, refused.err)


def bells_heard(env, *args) -> int:
    """Run a 3.6-second breathing sit; the terminal bell (no sound player here) is the BEL character."""
    term = Terminal(["practice", "run", "mindful-breathing", "--minutes", "0.06", *args], env)
    to_the_timer(term)
    start = len(term.output)
    term.expect("notice how you feel right now", timeout=30)
    heard = term.output[start:].count("\x07")
    term.type("\r")
    term.expect("And now")
    term.type("\r")
    assert term.finish() == 0
    return heard


@pytest.mark.skipif(
    any(__import__("shutil").which(p) for p in ("paplay", "aplay", "afplay")),
    reason="a sound player is installed, so the bell is not the terminal's BEL",
)
def test_remembered_interval_bells_ring_and_the_bell_setting_silences_them(env):
    assert bells_heard(env) == 1  # the end of the sit only
    run_hearten(["settings", "bell_interval", "0.02"], env, check=True)  # every 1.2 seconds
    assert bells_heard(env) == 3  # at 1.2 and 2.4 seconds, and the end
    run_hearten(["settings", "bell", "off"], env, check=True)
    assert bells_heard(env) == 0
    # A practice with fixed timings ignores the setting instead of refusing to start.
    result = run_hearten(["practice", "run", "self-talk-30-30", "--pace", "fast"], env)
    assert result.returncode == 0, result.err
