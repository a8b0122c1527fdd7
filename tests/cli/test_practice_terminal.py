"""The terminal player in a real pseudo-terminal: keys typed during a timer never answer a later question."""

from __future__ import annotations

import pytest

from tests.support.cli import run_json
from tests.support.terminal import Terminal

SKIP_HINT = "Press Enter to skip the rest of this timer"


def start_rain(env) -> Terminal:
    term = Terminal(["practice", "run", "rain"], env)
    term.expect("Before you begin")
    term.type("\r")
    term.expect("(Enter to continue)")
    term.type("\r")
    term.expect("Recognise.")
    term.expect("Write as much")
    term.type("sad and tense\r\r")
    term.expect("Allow.")
    term.expect(SKIP_HINT)
    return term


def answer_investigate_then_stop(term: Terminal) -> None:
    term.expect("Investigate.")
    term.expect("Write as much")
    term.type("something underneath\r\r")
    term.expect("Where do you feel it")
    term.expect("Write as much")
    term.type("/q\r")
    term.expect("And now")
    term.type("\r")
    assert term.finish() == 0


def stored_answers(env) -> dict:
    sessions = run_json(["practice", "history", "--json"], env)
    assert len(sessions) == 1
    return sessions[0]["answers"]


@pytest.fixture
def env(tmp_path):
    return {"HEARTEN_HOME": str(tmp_path / "home")}


def test_enter_during_allow_ends_allow_and_never_skips_investigate(env):
    term = start_rain(env)
    term.type("\r\r")  # Enter pressed twice while the timer runs: the second must not reach Investigate
    answer_investigate_then_stop(term)
    assert stored_answers(env) == {"recognize": "sad and tense", "investigate-feeling": "something underneath"}
    assert "Step 4 of 10\nInvestigate." in term.output.replace(" \n", "\n")


@pytest.mark.slow
def test_keys_typed_while_a_timer_runs_out_are_thrown_away(env):
    term = start_rain(env)
    term.type("stray words")  # no Enter: the 30-second timer runs out with these still waiting
    answer_investigate_then_stop(term)
    assert stored_answers(env) == {"recognize": "sad and tense", "investigate-feeling": "something underneath"}


def test_loving_kindness_can_skip_the_difficult_person(env):
    term = Terminal(["practice", "run", "loving-kindness"], env)
    term.expect("Before you begin")
    term.type("\r")
    term.expect("(Enter to continue)")
    term.type("\r")
    for _ in ("self", "dear", "neutral"):
        term.expect(SKIP_HINT)
        term.type("\r")
    term.expect("someone you find difficult")
    term.expect("If this feels like too much, skip it.")
    term.expect(SKIP_HINT)
    term.type("\r")  # skipping it, as the words say
    term.expect("Finally, let the wishes spread")
    term.expect(SKIP_HINT)
    term.type("q\r")  # q stops from a timer too
    term.expect("And now")
    term.type("\r")
    assert term.finish() == 0
    (session,) = run_json(["practice", "history", "--json"], env)
    assert session["stopped_reason"] == "abandoned"
