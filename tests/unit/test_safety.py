"""Distress rules on their boundaries, and where to turn for help."""

from __future__ import annotations

import pytest

from hearten.content.loaders import load_resources
from hearten.domain.records import InvalidInput
from hearten.domain.safety import distress_check, own_therapist, resources_for


@pytest.mark.parametrize(
    "before, after, reason",
    [
        (0, 0, None),
        (0, 2, None),  # a rise of 2 is not enough
        (0, 3, "rise"),  # a rise of exactly 3 is
        (4, 7, "rise"),
        (5, 7, None),
        (7, 7, None),  # high but steady, and below 8
        (None, 7, None),
        (0, 8, "high"),  # 8 after is enough on its own
        (9, 8, "high"),  # even if it went down
        (None, 8, "high"),
        (8, None, None),  # nothing to compare after
        (None, None, None),
        (10, 10, "high"),
    ],
)
def test_distress_boundaries(before, after, reason):
    advice = distress_check(before, after)
    assert (advice.reason if advice else None) == reason


def test_too_much_always_gives_advice():
    advice = distress_check(None, None, too_much=True)
    assert advice.reason == "too_much"
    assert advice.offer_practice == "grounding" and advice.show_help
    assert "strong feelings can come up" in advice.message
    assert "!" not in advice.message


def test_advice_words_are_plain_and_gentle():
    advice = distress_check(1, 9)
    assert advice.lines[0] in advice.message
    assert "wrong" in advice.message  # it says this is not the person's fault


@pytest.mark.parametrize("before, after", [(-1, 3), (0, 11), ("a", 2), (2.5, 3)])
def test_bad_ratings_are_refused(before, after):
    with pytest.raises(InvalidInput):
        distress_check(before, after)


def test_resources_for_a_country_end_with_its_emergency_number():
    book = load_resources()
    listed = resources_for("us", book)
    assert listed[0].name.startswith("988")
    assert listed[-1].kind == "emergency" and listed[-1].phone == "911"


def test_uk_and_eu_members_and_unknown_countries_find_help():
    book = load_resources()
    assert resources_for("UK", book) == resources_for("GB", book)
    assert any(r.phone == "112" for r in resources_for("SE", book))  # an EU member without its own lines
    assert any("112" in r.numbers for r in resources_for("FR", book))
    anywhere = resources_for("ZZ", book)
    assert any("findahelpline.com" in r.web for r in anywhere)
    assert anywhere[-1].kind == "emergency"
    assert resources_for(None, book) == anywhere


def test_own_therapist_comes_first():
    book = load_resources()
    mine = own_therapist(name="Dr. Lee", phone="+44 20 7946 0000", hours="Tue and Thu")
    listed = resources_for("GB", book, own=[mine])
    assert listed[0] == mine and mine.kind == "own" and mine.last_verified is None
    assert listed[-1].kind == "emergency"


def test_own_therapist_needs_a_way_to_reach_them():
    with pytest.raises(InvalidInput):
        own_therapist(name="Dr. Lee")
    with pytest.raises(InvalidInput):
        own_therapist(name="  ", phone="1")


def test_after_grounding_the_advice_does_not_offer_grounding_again():
    advice = distress_check(2, 9, practice_id="grounding")
    assert advice.offer_practice is None
    assert all("grounding" not in line for line in advice.lines)
    assert "reach out" in advice.message
