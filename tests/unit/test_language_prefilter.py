"""The prefilter gate is exact: skipping rules it rules out never changes what is found."""

from __future__ import annotations

import re

import pytest

from hearten.domain.language import analyze, crisis, selfcrit, traps
from hearten.domain.language.prefilter import Gate, factors_of

# Our own sentences: ordinary, harsh, trap-laden, crisis and look-alikes, odd spacing and lines.
SENTENCES = [
    "I went for a walk after dinner and the air was cool.",
    "I'm such an idiot, I always mess everything up.",
    "Im a total failure and everyone will laugh at me.",
    "My boss is an idiot and it's all his fault.",
    "He said I'm lazy, but I don't think I'm lazy.",
    "I should have known better; I'm a bad friend.",
    "She probably thinks I'm boring.",
    "I feel stupid, so I must be stupid.",
    "Everyone else has a better job than me.",
    "It was just luck, it doesn't count.",
    "I want to\ndie",
    "i dont want to be here any more",
    "this traffic is killing me",
    "I might o.d. on pills tonight",
    "I   am    worthless",
    "Nothing ever works out for me and it never will.",
    "Work was hard today and I can't stop worrying.",
    "Either it's perfect or the whole day was wasted.",
]

ALL = [crisis.DETECTOR, selfcrit.DETECTOR, *traps.DETECTORS.values(), traps.FALLBACK]


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (r"hello", "say hello", True),
        (r"(?:good|bad)\s+day", "a good day", True),
        (r"s+u+icide", "suuicide", True),
        (r"i\s*'?\s*m\s+(?:so\s+)?dumb", "im dumb", True),
        (r"(?:good|bad)\s+day", "a fine night", False),
    ],
)
def test_factors_are_necessary(pattern, text, expected):
    factors = factors_of(pattern)
    assert factors is not None
    assert any(f in text for f in factors) is expected
    if re.search(pattern, text):
        assert any(f in text for f in factors)


def test_pattern_with_no_literal_always_runs():
    assert factors_of(r"\w+") is None
    gate = Gate.build([r"\w+", "hello"])
    assert gate.rules_for("nothing here", 0, 12) == 0b01
    assert gate.rules_for("hello there", 0, 11) == 0b11


def test_prefix_factors_share_their_rules():
    gate = Gate.build([r"will\w*", r"wil\w*"])  # the regex reports "will" where "wil" also starts
    assert gate.rules_for("wild", 0, 4) == 0b10
    assert gate.rules_for("i will", 0, 6) == 0b11


def test_a_whole_word_rule_is_not_let_through_by_a_longer_word():
    gate = Gate.build(["mad", r"mad\w*", r"\w*ade"])  # a match starts and ends at a word's edge
    assert gate.rules_for("i made tea", 0, 10) == 0b110
    assert gate.rules_for("so mad.", 0, 7) == 0b011


def test_each_alternative_needs_both_its_own_factors():
    gate = Gate.build([r"hurt\s+(?:\w+\s+)?feelings|let\s+(?:\w+\s+)?down"])
    assert gate.rules_for("hurt and let me down", 0, 20) == 0b1
    assert gate.rules_for("let their feelings out", 0, 22) == 0  # one alternative's first, another's second


@pytest.mark.parametrize("detector", ALL, ids=lambda d: d.name)
def test_gated_scan_equals_full_alternation(detector):
    full = re.compile(r"(?<![\w'])(?:" + "|".join(f"(?:{r.pattern})()" for r in detector.rules) + r")(?![\w'])")
    gate = Gate.build([r.pattern for r in detector.rules])
    for sentence in SENTENCES:
        text = sentence.lower()
        expected = [(m.start(), m.end(), m.lastindex - 1) for m in full.finditer(text)]
        weights = [r.weight for r in detector.rules]
        got = detector.scan(text, 0, len(text), gate.rules_for(text, 0, len(text)))
        assert [(m.start, m.end, m.weight) for m in got] == [(s, e, weights[i]) for s, e, i in expected], sentence


def test_crisis_across_a_line_break_is_found():
    assert analyze("I want to\ndie").crisis
    assert analyze("Some days I think I might o.d. on pills.").crisis


@pytest.mark.parametrize("detector", ALL, ids=lambda d: d.name)
def test_no_rule_matches_the_empty_string(detector):
    """Detector.score counts a rule's repeats with findall, the same as searching again from
    each match's end only while no match can be empty."""
    from hearten.domain.language.prefilter import _p as parser

    for rule in detector.rules:
        assert parser.parse(rf"(?<![\w'])(?:{rule.pattern})(?![\w'])").getwidth()[0] > 0, rule.pattern


def test_a_third_factor_is_needed_too():
    gate = Gate.build([r"they\s+(?:\w+\s+)?think\s+(?:that\s+)?i\s*'?\s*m\s+boring"])
    assert gate.rules_for("they think i'm boring", 0, 21) == 0b1
    assert gate.rules_for("i think that is boring", 0, 22) == 0  # two of its words, not the third
