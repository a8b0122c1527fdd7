"""The journal notices and reframes, through the installed script, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

from hearten import messages
from tests.support.cli import run_hearten, run_json

HARSH = "The exam went badly. I'm such a loser and nobody will ever like me. Tea helped."


def _add(home_env, text=HARSH, **kwargs):
    result = run_hearten(["journal", "add", text], home_env, check=True, **kwargs)
    return result, int(result.out.split()[0])


def test_add_prints_the_id_on_stdout_and_a_gentle_note_on_stderr(home_env):
    result, entry_id = _add(home_env)
    assert result.out.strip() == str(entry_id)
    assert "\u201cI'm such a loser\u201d" in result.err
    assert "Would you say this to a friend" in result.err
    assert f"hearten journal reframe {entry_id}" in result.err


def test_add_is_quiet_for_ordinary_entries_and_when_notes_are_off(home_env):
    quiet, _ = _add(home_env, "Walked by the river. The ducks were loud.")
    assert quiet.err == ""
    off, _ = _add({**home_env, "HEARTEN_ANALYZE_AFTER_ADD": "false"})
    assert off.err == ""


def test_crisis_entry_shows_help_first_even_with_notes_off(home_env):
    env = {**home_env, "HEARTEN_COUNTRY": "US"}
    result, entry_id = _add(env, "I'm a burden. I want to kill myself.")
    assert result.out.strip() == str(entry_id)
    assert "988" in result.err
    # Help comes first and alone: no thinking-trap question after crisis words.
    assert "Would you say this to a friend" not in result.err and "reframe" not in result.err
    off, _ = _add({**env, "HEARTEN_ANALYZE_AFTER_ADD": "false"}, "i dont want to be alive anymore")
    assert "988" in off.err and "reframe" not in off.err


def test_crisis_help_names_samaritans_in_great_britain(home_env):
    result, _ = _add({**home_env, "HEARTEN_COUNTRY": "GB"}, "thinking about ending my life")
    assert "Samaritans" in result.err


def test_show_highlights_and_json_carries_the_analysis(home_env):
    _, entry_id = _add(home_env)
    shown = run_json(["journal", "show", str(entry_id), "--json"], home_env)
    assert shown["text"] == HARSH and shown["reframes"] == []
    analysis = shown["analysis"]
    assert analysis["self_critical"] is True and len(analysis["sentences"]) == 3
    assert {"id", "uid", "text", "created_at", "mood", "tags"} <= set(shown)
    assert HARSH in run_hearten(["journal", "show", str(entry_id)], home_env, check=True).out


def test_reframe_for_scripts_saves_beside_the_original(home_env):
    _, entry_id = _add(home_env)
    saved = run_json(
        ["journal", "reframe", str(entry_id), "--sentence", "2", "--text", "I had a hard day.", "--json"], home_env
    )
    assert [(r["original"], r["reframe"]) for r in saved] == [
        ("I'm such a loser and nobody will ever like me.", "I had a hard day.")
    ]
    assert saved[0]["entry_id"] == entry_id
    out = run_hearten(["journal", "show", str(entry_id)], home_env, check=True).out
    assert "You wrote: I'm such a loser and nobody will ever like me." in out
    assert "A kinder way to say it: I had a hard day." in out
    assert [r["reframe"] for r in run_json(["journal", "show", str(entry_id), "--json"], home_env)["reframes"]] == [
        "I had a hard day."
    ]


def test_reframe_text_without_sentence_takes_the_first_flagged_one(home_env):
    _, entry_id = _add(home_env)
    saved = run_json(["journal", "reframe", str(entry_id), "--text", "One exam is one exam.", "--json"], home_env)
    assert saved[0]["original"].startswith("I'm such a loser")


def test_reframe_rejects_a_missing_sentence_and_an_empty_text(home_env):
    _, entry_id = _add(home_env)
    missing = run_hearten(["journal", "reframe", str(entry_id), "--sentence", "9", "--text", "x"], home_env)
    assert missing.returncode == 1 and "has 3" in missing.err
    empty = run_hearten(["journal", "reframe", str(entry_id), "--text", "  "], home_env)
    assert empty.returncode == 1 and "empty" in empty.err


def test_interactive_reframe_writes_offers_the_practice_and_skips(home_env):
    text = "I always mess everything up. Everyone thinks I'm boring. I should be better than this."
    _, entry_id = _add(home_env, text)
    result = run_hearten(
        ["journal", "reframe", str(entry_id)], home_env, input="w\nI am still learning.\np\ns\n", check=True
    )
    out = result.out
    assert "Sentence 1 of entry" in out and "Would you say this to a friend" in out
    assert 'hearten practice run friend-perspective --prefill "Everyone thinks I\'m boring."' in out
    assert "Skipped" in out
    reframes = run_json(["journal", "show", str(entry_id), "--json"], home_env)["reframes"]
    assert [(r["original"], r["reframe"]) for r in reframes] == [
        ("I always mess everything up.", "I am still learning.")
    ]


def test_reframe_with_nothing_harsh_says_so(home_env):
    _, entry_id = _add(home_env, "A calm morning with coffee.")
    result = run_hearten(["journal", "reframe", str(entry_id)], home_env, check=True)
    assert "nothing to reframe" in result.out


def test_an_answer_that_is_not_a_letter_gets_kind_words_not_clicks_error(home_env):
    _, entry_id = _add(home_env, "I always mess everything up.")
    result = run_hearten(
        ["journal", "reframe", str(entry_id)], home_env, input="x\nmaybe\n W \nI am still learning.\n", check=True
    )
    out = result.out
    assert "Error" not in out + result.err and "is not one of" not in out + result.err
    assert out.count(messages.REFRAME_CHOOSE_AGAIN) == 2
    assert out.count("What would you like to do (w, p, s)") == 3
    reframes = run_json(["journal", "show", str(entry_id), "--json"], home_env)["reframes"]
    assert [r["reframe"] for r in reframes] == ["I am still learning."]


def test_the_word_for_a_choice_works_as_well_as_its_letter(home_env):
    _, entry_id = _add(home_env, "I always mess everything up.")
    result = run_hearten(
        ["journal", "reframe", str(entry_id)], home_env, input="Write\nI am still learning.\n", check=True
    )
    assert messages.REFRAME_CHOOSE_AGAIN not in result.out
    reframes = run_json(["journal", "show", str(entry_id), "--json"], home_env)["reframes"]
    assert [r["reframe"] for r in reframes] == ["I am still learning."]


def test_json_when_input_ends_early_still_lists_what_was_saved(home_env):
    _, entry_id = _add(home_env, "I always mess everything up. I'm such an idiot.")
    result = run_hearten(
        ["journal", "reframe", str(entry_id), "--json"], home_env, input="w\nI am still learning.\n", check=True
    )
    assert [r["reframe"] for r in json.loads(result.out)] == ["I am still learning."]


CRISIS_ENTRY = "Work was hard. I want to kill myself. I'm such an idiot."


def test_a_crisis_sentence_is_never_reframed_it_gets_the_help_lines(home_env):
    _, entry_id = _add(home_env, CRISIS_ENTRY)
    for args in (["--sentence", "2", "--text", "kind"], ["--sentence", "2"], ["--sentence", "2", "--json"]):
        result = run_hearten(["journal", "reframe", str(entry_id), *args], home_env, input="w\nkind\n")
        assert result.returncode == 1, args
        shown = result.out + result.err
        assert "Find a helpline" in shown and "Nothing was saved" in shown
        assert "Saved beside the original" not in shown and "A kinder way to say it" not in shown
    assert run_json(["journal", "show", str(entry_id), "--json"], home_env)["reframes"] == []
    # a sentence beside it that holds no crisis language may still be looked at again
    kept = run_hearten(["journal", "reframe", str(entry_id), "--sentence", "1", "--text", "It was a lot."], home_env)
    assert kept.returncode == 0 and "Saved beside the original" in kept.out


def test_show_says_in_words_what_stood_out_not_by_colour_alone(home_env):
    _, entry_id = _add(home_env)
    out = run_hearten(["journal", "show", str(entry_id)], home_env, check=True).out  # piped: no colour at all
    assert "\x1b[" not in out
    assert "I'm such a loser and nobody will ever like me.\n  What stood out: Harsh self-talk" in out
    assert "A question to sit with:" in out
    crisis = run_hearten(["journal", "show", str(_add(home_env, CRISIS_ENTRY)[1])], home_env, check=True).out
    assert "Find a helpline" in crisis and "What stood out" not in crisis and "A question to sit with" not in crisis


def _on_a_terminal(args, env) -> str:
    """What hearten writes to a pseudo-terminal (stdout and stderr), escapes and all."""
    import os
    import pty
    import subprocess

    from tests.support.cli import HEARTEN

    master, slave = pty.openpty()
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("HEARTEN_") and k != "NO_COLOR"}
    full_env.update({"TERM": "xterm", **env})
    process = subprocess.Popen([HEARTEN, *args], stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, env=full_env)
    os.close(slave)
    seen = b""
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the process closed the terminal
            break
        if not data:
            break
        seen += data
    os.close(master)
    assert process.wait(timeout=60) == 0
    return seen.decode()


def test_show_on_a_terminal_honours_no_color(home_env):
    _, entry_id = _add(home_env)
    assert "\x1b[" in _on_a_terminal(["journal", "show", str(entry_id)], home_env)
    plain = _on_a_terminal(["journal", "show", str(entry_id)], {**home_env, "NO_COLOR": "1"})
    assert "\x1b[" not in plain and "What stood out: Harsh self-talk" in plain
