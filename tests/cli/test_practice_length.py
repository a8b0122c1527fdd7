"""Choosing how long to practise, in a real pseudo-terminal: a length, or for as long as you choose."""

from __future__ import annotations

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
    term.type("3\r")  # feet on the floor
    term.expect("Let your attention rest on your feet on the floor.")


def test_open_ended_counts_up_until_you_move_on(env):
    term = Terminal(["practice", "run", "mindful-breathing"], env)
    term.expect("How long would you like to practise? 3, 5, 10, 15, 20, 30 minutes, or o for as long as you choose")
    term.type("o\r")
    to_the_timer(term)
    term.expect("Take as long as you like. Press Enter when you are ready to move on")
    term.expect("0:01")  # counting up, not down from 5:00
    term.type("\r")
    term.expect("notice how you feel right now")
    term.type("\r")
    term.expect("And now")
    term.type("\r")
    assert term.finish() == 0
    (session,) = run_json(["practice", "history", "--json"], env)
    assert session["completed"] and session["planned_seconds"] == 0 and session["actual_seconds"] >= 1
    assert session["answers"] == {"anchor": "your feet on the floor"}


def test_a_length_of_your_own(env):
    term = Terminal(["practice", "run", "mindful-breathing"], env)
    term.expect("How long would you like to practise?")
    term.type("ten\r")
    term.expect("A number of minutes up to 240")
    term.type("0.05\r")  # three seconds
    to_the_timer(term)
    term.expect("Press Enter to skip the rest of this timer")
    term.expect("notice how you feel right now", timeout=30)  # the timer ran out by itself
    term.type("\r")
    term.expect("And now")
    term.type("\r")
    assert term.finish() == 0
    (session,) = run_json(["practice", "history", "--json"], env)
    assert session["planned_seconds"] == 3 and session["completed"]


def test_given_options_are_not_asked_again_and_show_lists_the_lengths(env, tmp_path):
    shown = run_hearten(["practice", "show", "mindful-breathing"], env, check=True).out
    assert "Length: 3, 5, 10, 15, 20, 30 minutes, or as long as you choose" in shown
    assert "{answer:" not in shown and "rest on your breath" in shown
    term = Terminal(["practice", "run", "mindful-breathing", "--minutes", "0.05"], env)
    term.expect("Before you begin")
    assert "How long" not in term.output
    term.type("\r")
    term.expect("Find a position")
    term.type("q\r")
    term.expect("And now")
    term.type("\r")
    assert term.finish() == 0
