"""Bad input: one clear line on stderr, a non-zero exit, and nothing written."""

from __future__ import annotations

import pytest

from tests.support.cli import run_hearten, run_json

BAD = [
    (["checkin", "--mood", "11"], "mood"),
    (["checkin", "--distress", "-1"], "distress"),
    (["checkin", "--sleep", "30"], "sleep"),
    (["checkin", "--mood", "4.5"], "mood"),
    (["journal", "add", "text", "--mood", "99"], "mood"),
    (["journal", "add", "   "], "empty"),
    (["journal", "list", "--since", "the 5th of never"], "not a date"),
    (["journal", "show", "424242"], "no journal entry"),
    (["journal", "delete", "424242", "--yes"], "no journal entry"),
    (["journal", "search", "  "], "empty"),
]


@pytest.mark.parametrize("args,words", BAD)
def test_bad_values_are_refused_clearly(home_env, args, words):
    result = run_hearten(args, home_env)
    assert result.returncode != 0
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1 and words in lines[0].lower(), result.err
    assert "Traceback" not in result.err
    assert run_json(["journal", "list", "--json"], home_env) == []
    assert run_json(["checkin", "list", "--json"], home_env) == []


def test_non_utf8_input_is_refused(home_env):
    result = run_hearten(["journal", "add"], home_env, input=b"caf\xe9 \xff\xfe")
    assert result.returncode == 1 and "UTF-8" in result.err
    assert run_json(["journal", "list", "--json"], home_env) == []


def test_malformed_settings_file_is_a_clear_error(home_env, tmp_path):
    from pathlib import Path

    home = Path(home_env["HEARTEN_HOME"])
    home.mkdir(parents=True)
    (home / "settings.toml").write_text("this is = = not toml")
    result = run_hearten(["journal", "list"], home_env)
    assert result.returncode == 1 and "settings.toml" in result.err and "Traceback" not in result.err
