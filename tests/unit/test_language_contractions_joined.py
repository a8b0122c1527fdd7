"""A rule that offers a contraction after a space ("this\\s+(?:will\\s+be|\\s*'?\\s*ll\\s+be)") matched
"this 'll" and never "this'll", the way people write it: a required space stood before the apostrophe (or
before "n't"). Rules are searched with that space optional where the contraction follows, and nothing else
changes."""

from __future__ import annotations

import re

import pytest

from hearten.domain.language import crisis, selfcrit, traps
from hearten.domain.language.rules import joined_contractions, whole_pattern
from tests.support.crisis_cases import assert_not_training_lines, crisis_tests

_LAST_DAY = r"(?:this|it)\s+(?:will\s+be|is|\s*'?\s*s|\s*'?\s*ll\s+be)\s+my\s+last\s+day"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("this'll be my last day", True),
        ("it's my last day", True),
        ("it is my last day", True),
        ("it 's my last day", True),
        ("itis my last day", False),  # no space and no apostrophe: as before
        ("its my last day", False),
    ],
)
def test_a_contraction_may_join_its_word(text, found):
    assert bool(re.search(whole_pattern(_LAST_DAY), text)) is found


_NOT_GOOD = r"it\s+(?:was|is)\s+(?:not|n'?\s*t)\s+good"


@pytest.mark.parametrize(
    ("text", "found"),
    [("it wasn't good", True), ("it wasnt good", True), ("it was not good", True), ("it was good", False)],
)
def test_a_negation_may_join_its_verb(text, found):
    assert bool(re.search(whole_pattern(_NOT_GOOD), text)) is found


@pytest.mark.parametrize(
    "pattern",
    [
        r"it\s+(?:is|was)\s+over",  # no contraction offered
        r"it(?:\s*'?\s*s|\s+is)\s+over",  # already joined
        r"[(\s+(?:'s)]",  # a character class, not a group
        r"said\s+(?:'|\")",  # a quote mark, not a contraction
    ],
)
def test_patterns_without_a_spaced_contraction_are_left_alone(pattern):
    assert joined_contractions(pattern) == pattern


def test_every_rule_compiles_without_groups_and_is_loosened_only_before_an_apostrophe():
    for detector in (crisis.DETECTOR, selfcrit.DETECTOR, *traps.DETECTORS.values(), traps.FALLBACK):
        for rule in detector.rules:
            joined = joined_contractions(rule.pattern)
            assert re.compile(whole_pattern(rule.pattern)).groups == 0, rule.pattern[:80]  # a stray "{0, 3}" makes one
            loosened = joined.replace(r"(?:\s+|(?='))", r"\s+").replace(r"(?:\s+|(?=n'?t\b))", r"\s+")
            assert loosened == rule.pattern
            assert joined_contractions(joined) == joined


# The first two are missed when the space is required; the third the model found before too.
POSITIVES = [
    "this'll be my last winter, I can feel it.",
    "it'll be my last spring.",
    "that's my last summer, I know it.",
]
LOOK_ALIKES = [
    "This'll be my last day at the shop before the refit.",
    "It'll be my last spring in this flat before we move.",
    "That's my last summer of exams, then uni.",
]

test_a_joined_contraction_is_read, test_its_everyday_twin_is_not = crisis_tests(POSITIVES, LOOK_ALIKES)


def test_none_trained_on():
    assert_not_training_lines(POSITIVES + LOOK_ALIKES)
