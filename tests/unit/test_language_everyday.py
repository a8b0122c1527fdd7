"""Ordinary text raises no crisis flag: hearten's own practices and learn cards, and a
held-out set of everyday sentences (tests/unit/data/everyday_heldout.txt, never trained on).

A crisis box on a calm entry teaches people to ignore it. People write answers to the
practices' prompts in their journal, so the prompts' own words must read as calm.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hearten.content.loaders import content_sentences, content_texts
from hearten.domain.language import analyze, second_opinion

EVERYDAY = Path(__file__).parent / "data" / "everyday_heldout.txt"
# The share of the everyday set that may flag: reached when the set was first measured after
# the second opinion's gate and training were fixed (5 of 195; 10 of 195 before).
EVERYDAY_MAX_FALSE_ALARMS = 0.026


def everyday_sentences() -> list[str]:
    lines = EVERYDAY.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


CONTENT = content_sentences()


def test_there_is_content_to_read():
    assert len(CONTENT) > 300
    assert len(everyday_sentences()) >= 150


# None of hearten's own practice or learn sentences talks about crisis help, so none is skipped.
@pytest.mark.parametrize("sentence", CONTENT)
def test_own_content_raises_no_crisis_flag(sentence):
    assert not analyze(sentence).crisis, sentence


def test_own_content_as_one_text_raises_no_crisis_flag():
    for key, text in content_texts():
        assert not analyze(text).crisis, (key, text)


def test_everyday_false_alarms_stay_low():
    sentences = everyday_sentences()
    flagged = [s for s in sentences if analyze(s).crisis]
    assert len(flagged) / len(sentences) <= EVERYDAY_MAX_FALSE_ALARMS, flagged


@pytest.mark.parametrize(
    "sentence",
    [
        "May I be at peace with myself.",
        "Rest a hand on my heart or cheek",
        "Last, your neck, jaw and face.",
        "Breathe in and let the breath fall away.",
    ],
)
def test_everyday_words_do_not_open_the_gate_alone(sentence):
    assert not second_opinion._load().passes(second_opinion.tokens(sentence))
    assert second_opinion.score(sentence) == 0.0


@pytest.mark.parametrize(
    "sentence",
    [
        "If that hurting part of you could speak, what would it say it needs most right now?",
        "What would you do for yourself tonight, if you could choose anything?",
        "Place one hand on your chest and feel it rise and fall.",
    ],
)
def test_a_sentence_to_the_reader_alone_is_not_the_writers_crisis(sentence):
    assert second_opinion.score(sentence) == 0.0
    assert not analyze(sentence).crisis


@pytest.mark.parametrize(
    "sentence",
    [
        "My family would have more peace if I were gone for good.",
        "I want to rest forever and never wake up.",
        "you would all be better off without me",
        "I've been thinking about the drop from the bridge near my flat.",
        "I just want to stop breathing.",
    ],
)
def test_the_same_words_with_risk_still_flag(sentence):
    assert analyze(sentence).crisis, sentence


@pytest.mark.parametrize("text", ["river", "pills", "plan", "the river", "weight", "ready"])
def test_a_word_or_two_alone_is_left_to_the_rules(text):
    assert second_opinion.score(text) == 0.0
    assert not analyze(text).crisis


@pytest.mark.parametrize("text", ["kms", "want to die", "suicidal"])
def test_short_crisis_words_are_still_read_by_the_rules(text):
    assert analyze(text).crisis
