"""Reading back what you wrote, in a real pseudo-terminal: the whole letter, addressed by your name."""

from __future__ import annotations

import json

import pytest

from tests.support.cli import run_hearten, run_json
from tests.support.terminal import Terminal


@pytest.fixture
def env(tmp_path):
    return {"HEARTEN_HOME": str(tmp_path / "home")}


def begin(term: Terminal) -> None:
    term.expect("Before you begin")
    term.type("\r")


def write(term: Terminal, *lines: str) -> None:
    term.expect("Write as much")
    term.type("".join(f"{line}\r" for line in lines) + "\r")


def test_the_letter_uses_your_name_setting_and_is_shown_whole_to_read_back(env):
    run_hearten(["settings", "name", "Ana"], env, check=True)
    term = Terminal(["practice", "run", "compassionate-letter"], env)
    begin(term)
    term.expect("Your name setting says Ana")
    term.type("\r")  # keep it
    term.expect('Your letter begins "Dear Ana,"')
    term.expect("Write as much")
    term.expect("/x if this is too much.")
    term.expect("Dear Ana,")  # the greeting, on its own line above where they write
    term.type("I snapped at my sister [/bold] and cried in the car.\r\r")  # never read as markup
    term.expect("What was making things hard")
    write(term, "You had not slept.")
    write(term, "Everyone loses their temper sometimes.")
    write(term, "I hope you can rest tonight.")
    term.expect("Here is your whole letter.")
    term.expect("(Enter to continue)")
    shown = term.output[term.output.rfind("Here is your whole letter.") :]
    letter = [
        "Dear Ana,",
        "I snapped at my sister [/bold] and cried in the car.",
        "You had not slept.",
        "Everyone loses their temper sometimes.",
        "I hope you can rest tonight.",
    ]
    positions = [shown.find(f"    {part}") for part in letter]
    assert -1 not in positions and positions == sorted(positions), shown
    term.type("\r")
    term.expect("And now")
    term.type("\r")
    assert term.finish() == 0
    (entry,) = run_json(["journal", "list", "--json"], env)
    assert entry["kind"] == "letter" and entry["text"] == "\n\n".join(letter)


def test_another_name_can_be_given_for_this_letter(env, tmp_path):
    run_hearten(["settings", "name", "Ana"], env, check=True)
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"happened": "It went badly."}))
    run_hearten(
        ["practice", "run", "compassionate-letter", "--answers", str(answers), "--pace", "fast"], env, check=True
    )  # a script that gives no name gets the name setting
    answers.write_text(json.dumps({"name": "Annie", "happened": "It went badly."}))
    run_hearten(
        ["practice", "run", "compassionate-letter", "--answers", str(answers), "--pace", "fast"], env, check=True
    )
    texts = sorted(e["text"] for e in run_json(["journal", "list", "--json"], env))
    assert texts == ["Dear Ana,\n\nIt went badly.", "Dear Annie,\n\nIt went badly."]


def test_expressive_journaling_shows_what_you_wrote_before_you_reply(env):
    term = Terminal(["practice", "run", "expressive-journaling"], env)
    begin(term)
    term.expect("(Enter to continue)")
    term.type("\r")
    write(term, "Work has been too much.", "I keep lying awake.")
    write(term, "Tired and scared.")
    term.expect("Here is what you wrote.")
    term.expect("    Work has been too much.\n    I keep lying awake.")
    term.expect("    Tired and scared.")
    term.expect("Write as much")
    term.type("/q\r")
    term.expect("And now")
    term.type("\r")
    assert term.finish() == 0


def test_your_own_wishes_for_yourself_in_the_first_person(env):
    term = Terminal(
        [
            "practice",
            "run",
            "loving-kindness",
            "--pace",
            "fast",
            "--self-phrase",
            "May I rest.",
            "--self-phrase",
            "May I be held.",
        ],
        env,
    )
    begin(term)
    term.expect("(Enter to continue)")
    term.type("\r")
    term.expect("say these wishes as your own")
    term.expect("  May I rest.\n  May I be held.")
    term.expect("someone dear to you")
    term.expect("  May you be safe.")  # the written wishes for others stay
    term.expect("(Enter to continue)")
    term.type("q\r")
    term.expect("And now")
    term.type("\r")
    assert term.finish() == 0
