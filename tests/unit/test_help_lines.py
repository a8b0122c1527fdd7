"""Which help lines show for which country: a pure decision in domain/safety.py."""

from __future__ import annotations

from hearten.content.loaders import load_resources
from hearten.domain.safety import MAIN_COUNTRIES, help_lines, own_therapist

BOOK = load_resources()
THERAPIST = own_therapist(name="Dr Rivera", phone="555 0100")


def test_with_a_country_own_therapist_then_its_lines_then_its_emergency_numbers():
    found = help_lines("DE", BOOK, own=[THERAPIST])
    lines = found.lines
    assert found.country.code == "DE" and not found.choose_country
    assert lines[0] == THERAPIST
    assert [r.name for r in lines[1:]] == ["TelefonSeelsorge", "Emergency services"]
    assert found.crisis == found.sections  # the crisis box shows the same for a chosen country


def test_a_lower_case_or_member_country_finds_its_lines():
    assert help_lines("nz", BOOK).country.code == "NZ"
    assert help_lines("SE", BOOK).country.code == "EU"
    assert help_lines("UK", BOOK).country.code == "GB"


def test_without_a_country_the_help_screen_lists_the_main_countries():
    found = help_lines(None, BOOK, own=[THERAPIST])
    assert found.choose_country and found.country is None
    headings = [heading for heading, _ in found.sections]
    assert headings == [None] + [BOOK.get(code).name for code in MAIN_COUNTRIES]
    assert found.sections[0][1] == (THERAPIST,)
    for _, lines in found.sections[1:]:  # each country still ends with its emergency number
        assert lines[-1].kind == "emergency"


def test_without_a_country_the_crisis_box_holds_the_directory_the_emergency_advice_and_no_country_cards():
    found = help_lines("", BOOK)
    ((heading, box),) = found.crisis
    assert heading is None
    assert [r.kind for r in box] == ["directory", "emergency"]
    assert box[0].web == "https://findahelpline.com"
    assert "local emergency number" in box[1].name.lower()
    codes = [code for code, _ in found.choices]
    assert {"DE", "FR", "NL", "ES", "IN", "NZ", "GB", "US"} <= set(codes) and codes[-1] == "ANY"


def test_without_a_country_the_own_therapist_is_still_first_in_the_crisis_box():
    ((_, box),) = help_lines(None, BOOK, own=[THERAPIST]).crisis
    assert box[0] == THERAPIST


def test_iterating_gives_the_help_screen_sections():
    found = help_lines("GB", BOOK)
    assert list(found) == list(found.sections) and len(found) == 1
