"""Own cases of a look-alike family, both ways. The crisis cases must be found. The look-alikes are still
flagged (marked not yet): the reading that cleared them was taken out on 2026-12-06.

The past told by an anchor in time is over: an anniversary, a span of years since, the season of an age,
the year a note came from, an age when it happened. The same anchors beside a now, an "again" or a date still
to come are not ("the anniversary of my attempt is next week, and it feels like the right day")."""

from __future__ import annotations

from tests.support.crisis_cases import assert_new_cases, crisis_tests

NOT_OVER = [
    "The anniversary of my attempt is next week, and I plan to kill myself that day.",
    "Seven years since the night I swallowed everything, and tonight I've got the same pills lined up again.",
    "Twelve years since I last cut myself and I did it again last night.",
    "The winter I was seventeen I wanted to die, and this winter I want to die again.",
    "Found my suicide note from 2009 and I'm going to use it this time.",
    "At twenty-two I overdosed; at forty I'm planning to do it properly tonight.",
    "Ten years since my attempt and I still want to die every single day.",
    "The anniversary of my overdose comes up on Friday and I've decided that's when.",
    "Five years since the night on the bridge, and I want to go back and jump this time.",
    "Three years since I last hurt myself, but the urge is back and I've bought blades.",
]

OVER = [
    "The anniversary of my attempt was on Sunday, and we went for a long lunch by the canal.",
    "Seven years since the night I swallowed everything in the cabinet. Graduated today.",
    "Read my diary entries from '98 about wanting to disappear and felt so tender towards that boy.",
    "Four years since the night on the bridge. My sister and I walked across it together this evening and it was just a bridge.",  # noqa: E501
    "Three years since my attempt, and the scar on my wrist is the palest it has been.",
]

# Not yet read rightly: a reading of this family cleared these on 2026-12-06, but it also cleared crisis
# said in the same shape (test_language_crisis_readings_reviewed.py), so it was taken out. They stay as the
# target for a reading that clears them and none of those.
OVER_NOT_YET = [
    "Twelve years since I last cut myself, and I wore short sleeves to the wedding.",
    "The winter I was seventeen I wanted to die; now I teach teenagers to skate.",
    "Came across my suicide note from 2009 in a shoebox and shredded it with my daughter's help.",
    "At twenty-two I overdosed after the eviction; at forty I own the flat.",
    "The tenth anniversary of my overdose passed quietly; I planted a cherry tree.",
]

test_the_anchor_beside_a_now_is_crisis, test_the_past_told_by_an_anchor_is_over = crisis_tests(
    NOT_OVER, OVER, look_alikes_not_yet=OVER_NOT_YET
)


def test_own_cases():
    assert_new_cases(NOT_OVER, OVER + OVER_NOT_YET, 10)
