"""Your name and therapist live in the database (migration 2), moved once out of settings.toml."""

from __future__ import annotations

from hearten.config import load_settings
from hearten.services.personal import save_personal
from hearten.store import open_store

FILE = 'country = "GB"\nname = "Sam"\ntherapist = "Dr Rivera, 555 0100"\n'


def test_personal_settings_move_out_of_the_file_once(home_env, settings):
    settings.home.mkdir(parents=True, exist_ok=True)
    settings.settings_file.write_text(FILE, encoding="utf-8")
    settings = load_settings(environ=home_env)
    assert settings.name == "" and settings.therapist == ""  # not read from the file, not shown before opening
    assert settings.country == "GB"
    with open_store(settings) as store:
        assert store.personal_settings() == {"name": "Sam", "therapist": "Dr Rivera, 555 0100"}
    assert settings.name == "Sam" and settings.therapist == "Dr Rivera, 555 0100"
    left = settings.settings_file.read_text(encoding="utf-8")
    assert "Sam" not in left and "Rivera" not in left and 'country = "GB"' in left
    again = load_settings(environ=home_env)
    with open_store(again):
        assert again.name == "Sam" and again.therapist == "Dr Rivera, 555 0100"


def test_saving_and_clearing_personal_settings(store, settings):
    changed = save_personal(store, settings, name="Alex", therapist="Dr Lee, 01234 567890")
    assert changed.name == "Alex" and store.personal_settings()["therapist"] == "Dr Lee, 01234 567890"
    assert "Alex" not in (settings.settings_file.read_text() if settings.settings_file.exists() else "")
    changed = save_personal(store, changed, therapist="")
    assert changed.therapist == "" and store.personal_settings() == {"name": "Alex"}
    store.wipe()
    assert store.personal_settings() == {}


def test_a_variable_still_overrides_the_stored_name(home_env, store, settings):
    save_personal(store, settings, name="Alex")
    pinned = load_settings(environ={**home_env, "HEARTEN_NAME": "Sam"})
    with open_store(pinned):
        assert pinned.name == "Sam"
