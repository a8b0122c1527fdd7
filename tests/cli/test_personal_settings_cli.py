"""`hearten settings name/therapist` work as before, but the values never reach settings.toml."""

from __future__ import annotations

import pytest

from hearten import messages
from tests.security.helpers import encrypted_env
from tests.support.cli import run_hearten, run_json


def test_name_and_therapist_are_set_and_shown_as_before(home_env, tmp_path):
    run_hearten(["settings", "name", "Sam"], home_env, check=True)
    run_hearten(["settings", "therapist", "Dr Rivera, 555 0100"], home_env, check=True)
    assert run_hearten(["settings", "name"], home_env, check=True).out.strip() == "Sam"
    shown = run_json(["settings", "--json"], home_env)
    assert shown["name"] == "Sam" and shown["therapist"] == "Dr Rivera, 555 0100"
    assert "Dr Rivera" in run_hearten(["help"], home_env, check=True).out
    settings_file = tmp_path / "home" / "settings.toml"
    assert not settings_file.exists() or "Sam" not in settings_file.read_text()


def test_encrypted_personal_settings_are_inside_the_encryption(tmp_path):
    pytest.importorskip("sqlcipher3")
    env, _ = encrypted_env(tmp_path)
    run_hearten(["settings", "therapist", "Dr Rivera, 555 0100"], env, check=True)
    for path in (tmp_path / "home").rglob("*"):
        if path.is_file():
            assert b"Rivera" not in path.read_bytes(), path
    assert "Dr Rivera" in run_hearten(["help"], env, check=True).out
    locked = {k: v for k, v in env.items() if k != "HEARTEN_PASSPHRASE"}
    help_locked = run_hearten(["help"], locked, check=True).out
    assert "Dr Rivera" not in help_locked and messages.HELP_TITLE in help_locked


def test_a_setting_of_the_wrong_kind_is_refused_in_plain_words(home_env):
    said = {
        ("speech_rate", "abc"): "must be a number, such as 0.9, not 'abc'",
        ("bell", "maybe"): "must be on or off (true or false), not 'maybe'",
        ("bell_volume", "lots"): "must be a whole number, not 'lots'",
    }
    for (name, value), words in said.items():
        refused = run_hearten(["settings", name, value], home_env)
        assert refused.returncode == 1 and words in refused.err and "float" not in refused.err
