"""The crisis and help lines: complete, honest about when they were checked, covering the countries we promise."""

from __future__ import annotations

import tomllib
from datetime import date, timedelta

import pytest

from hearten.content import content_dir
from hearten.content.loaders import ContentError, load_resources
from hearten.domain.content_schema import Resource

FIELDS = ("name", "kind", "phone", "text", "web", "hours", "source", "last_verified")
MAX_AGE = timedelta(days=365)
BOOK = load_resources()


def raw_entries():
    with (content_dir() / "resources.toml").open("rb") as handle:
        data = tomllib.load(handle)
    for country in data["country"]:
        for entry in country["resources"]:
            yield country["code"], entry


def too_old(entries, today: date) -> list[str]:
    """Entries whose checked date is in the future or more than a year before `today`."""
    found = []
    for code, entry in entries:
        checked = entry["last_verified"]
        if checked == "":
            continue  # nobody has checked it: shown as "not yet checked", never as a date
        if not isinstance(checked, date) or checked > today or today - checked > MAX_AGE:
            found.append(f"{code} {entry['name']}: last_verified {checked!r}")
    return found


def test_every_entry_has_every_field_written_out():
    for code, entry in raw_entries():
        missing = [name for name in FIELDS if name not in entry]
        assert not missing, f"{code} {entry.get('name')}: missing {missing}"
        assert entry["phone"] or entry["text"] or entry["web"]
        assert entry["source"].startswith("https://"), f"{code} {entry['name']}: needs its official source"
        assert entry["web"] == "" or entry["web"].startswith("https://")


def test_a_checked_date_is_at_most_a_year_old():
    assert too_old(raw_entries(), date.today()) == [], "re-check these against their sources"


def test_the_age_check_catches_an_old_date_and_lets_unchecked_lines_through():
    today = date(2027, 6, 1)
    entries = [
        ("XX", {"name": "old", "last_verified": date(2026, 5, 31)}),
        ("XX", {"name": "fresh", "last_verified": date(2026, 6, 1)}),
        ("XX", {"name": "future", "last_verified": date(2027, 6, 2)}),
        ("XX", {"name": "unchecked", "last_verified": ""}),
    ]
    assert too_old(entries, today) == [
        "XX old: last_verified datetime.date(2026, 5, 31)",
        "XX future: last_verified datetime.date(2027, 6, 2)",
    ]


def test_no_entry_claims_the_day_it_was_only_written_down():
    # The entries were written from memory on 2026-11-27 with no way to open a source.
    assert all(entry["last_verified"] != date(2026, 11, 27) for _, entry in raw_entries())


def test_unchecked_lines_say_so_and_checked_ones_say_when():
    line = next(iter(BOOK.countries["US"].resources))
    assert line.last_verified is None and line.freshness == "not yet checked"
    checked = line.model_copy(update={"last_verified": date(2026, 11, 4)})
    assert checked.freshness == "checked 4 Nov 2026"


def test_a_listed_line_without_a_source_is_refused(tmp_path):
    path = tmp_path / "resources.toml"
    path.write_text(
        '[[country]]\ncode = "ANY"\nname = "Anywhere"\n[[country.resources]]\nname = "X"\nkind = "crisis"\n'
        'phone = "1"\ntext = ""\nweb = ""\nhours = ""\nsource = ""\nlast_verified = ""\n'
    )
    with pytest.raises(ContentError):
        load_resources(path)


def numbers(code):
    return {n for r in BOOK.countries[code].resources for n in (*r.numbers, r.text)}


def named(code, name) -> Resource:
    return next(r for r in BOOK.countries[code].resources if name in r.name)


def test_the_promised_lines_are_there():
    us = BOOK.countries["US"]
    lifeline = next(r for r in us.resources if "988" in r.name)
    assert lifeline.phone == "988" and lifeline.text == "988"
    assert "988" in numbers("CA")
    assert "116 123" in numbers("GB") and "116 123" in numbers("IE")
    assert "13 11 14" in numbers("AU")


@pytest.mark.parametrize(
    "code, name, wanted",
    [
        ("DE", "TelefonSeelsorge", {"0800 111 0 111", "0800 111 0 222", "116 123"}),
        ("FR", "3114", {"3114"}),
        ("NL", "113", {"113", "0800 0113"}),
        ("ES", "024", {"024"}),
        ("IN", "Tele-MANAS", {"14416", "1800 891 4416"}),
        ("GB", "Lifeline (Northern Ireland)", {"0808 808 8000"}),
        ("NZ", "1737", {"1737"}),
        ("NZ", "Lifeline", {"0800 543 354"}),
        ("NZ", "Suicide Crisis Helpline", {"0508 828 865"}),
        ("AU", "Kids Helpline", {"1800 55 1800"}),
        ("AU", "13YARN", {"13 92 76"}),
    ],
)
def test_the_wider_national_lines_are_there_with_their_sources(code, name, wanted):
    line = named(code, name)
    assert wanted <= set(line.numbers)
    assert line.source.startswith("https://") and line.note
    assert all(len(dialled) >= 3 for _, dialled in line.calls)


def test_every_line_says_in_a_note_what_it_is():
    """hearten help and /help show each line's note: none is left without one."""
    silent = [f"{code} {entry['name']}" for code, entry in raw_entries() if not entry.get("note", "").strip()]
    assert not silent, f"lines without a note: {silent}"


def test_who_a_line_is_for_is_said():
    assert "young people" in named("AU", "Kids Helpline").note
    assert "Aboriginal and Torres Strait Islander" in named("AU", "13YARN").note
    assert "Northern Ireland" in named("GB", "Lifeline").note
    assert "not an emergency" in named("GB", "NHS 111").note


def test_the_emergency_numbers_are_there():
    def emergency(code):
        return {n for r in BOOK.countries[code].emergency for n in r.numbers}

    assert "911" in emergency("US") and "911" in emergency("CA")
    assert {"999", "112"} <= emergency("GB") and {"112", "999"} <= emergency("IE")
    assert "000" in emergency("AU") and "111" in emergency("NZ")
    assert {"112", "110"} <= emergency("DE") and {"112", "15"} <= emergency("FR")
    assert "112" in emergency("NL") and "112" in emergency("ES") and "112" in emergency("IN")
    assert "112" in emergency("EU")
    assert all(country.emergency for country in BOOK.countries.values())


def test_anywhere_else_points_to_a_directory_and_the_local_emergency_number():
    anywhere = BOOK.countries["ANY"]
    assert any(r.web == "https://findahelpline.com" for r in anywhere.resources)
    assert anywhere.emergency and "local emergency number" in anywhere.emergency[0].name.lower()


def test_text_lines_become_sms_links_and_phone_numbers_tel_links():
    assert named("US", "Crisis Text Line").sms == ("741741", "HOME")
    assert named("US", "988").sms == ("988", "")
    assert named("AU", "Lifeline").sms == ("0477131114", "")
    assert named("DE", "TelefonSeelsorge").calls[0] == ("0800 111 0 111", "08001110111")
    assert named("CA", "Kids Help Phone").calls == [("1-800-668-6868", "18006686868")]
    assert named("GB", "Samaritans").sms is None
