"""The crisis and help lines: complete, recent, and covering the countries we promise."""

from __future__ import annotations

import tomllib
from datetime import date, timedelta

from hearten.content import content_dir
from hearten.content.practices import load_resources

FIELDS = ("name", "kind", "phone", "text", "web", "hours", "source", "last_verified")
MAX_AGE = timedelta(days=365)
BOOK = load_resources()


def raw_entries():
    with (content_dir() / "resources.toml").open("rb") as handle:
        data = tomllib.load(handle)
    for country in data["country"]:
        for entry in country["resources"]:
            yield country["code"], entry


def test_every_entry_has_every_field_written_out():
    for code, entry in raw_entries():
        missing = [name for name in FIELDS if name not in entry]
        assert not missing, f"{code} {entry.get('name')}: missing {missing}"
        assert entry["phone"] or entry["text"] or entry["web"]
        assert entry["source"].startswith("https://")
        assert entry["web"] == "" or entry["web"].startswith("https://")


def test_every_entry_was_checked_within_a_year():
    today = date.today()
    for code, entry in raw_entries():
        checked = entry["last_verified"]
        assert isinstance(checked, date), f"{code} {entry['name']}: last_verified must be an ISO date"
        assert checked <= today, f"{code} {entry['name']}: last_verified is in the future"
        assert today - checked <= MAX_AGE, f"{code} {entry['name']}: last checked {checked}; please re-check it"


def phones(code):
    return {r.phone for r in BOOK.countries[code].resources} | {r.text for r in BOOK.countries[code].resources}


def test_the_promised_lines_are_there():
    us = BOOK.countries["US"]
    lifeline = next(r for r in us.resources if "988" in r.name)
    assert lifeline.phone == "988" and lifeline.text == "988"
    assert "988" in phones("CA")
    assert "116 123" in phones("GB") and "116 123" in phones("IE")
    assert "13 11 14" in phones("AU")


def test_the_emergency_numbers_are_there():
    def emergency(code):
        return " ".join(r.phone for r in BOOK.countries[code].emergency)

    assert "911" in emergency("US") and "911" in emergency("CA")
    assert "999" in emergency("GB") and "112" in emergency("GB")
    assert "112" in emergency("IE") and "999" in emergency("IE")
    assert "000" in emergency("AU")
    assert "112" in emergency("EU")


def test_anywhere_else_points_to_a_directory_and_the_local_emergency_number():
    anywhere = BOOK.countries["ANY"]
    assert any(r.web == "https://findahelpline.com" for r in anywhere.resources)
    assert anywhere.emergency and "local emergency number" in anywhere.emergency[0].name.lower()
