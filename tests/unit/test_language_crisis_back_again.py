"""A crisis the writer told as past, then said to be back in the next short sentence: "I used to want to die.
It's back." The rules set the first sentence aside as over; the second says it is not. Someone else's told
before, or a sentence that says the writer is well now, stays unflagged."""

from __future__ import annotations

import pytest

from hearten.domain.language import analyze, crisis
from tests.support.crisis_cases import assert_not_training_lines, crisis_tests

# Self-harm told as past with a bare verb: no rule reads the first sentence, so only crisis.bare_past_harm
# brings the back-again reading to it.
BARE_PAST = [
    "I used to cut. The urges are back.",
    "back in sixth form i'd burn. its started again",
    "When I was at uni I used to cut. It's coming back.",
]

POSITIVES = [
    "I used to want to die. It's back.",
    "Back in uni I self-harmed for two years. It's started again.",
    "When I was at my worst I wanted to die. Those thoughts are back now.",
    "Years ago I tried to kill myself. The thoughts are back.",
    "i used to cut myself in sixth form. its started again",
    "Last winter I wanted to die every day. It's coming back.",
    "I used to think about ending it. I still do.",
    "I used to want to die. Still do sometimes.",
    "I used to want to die. Same now.",
    "As a teenager I wanted to kill myself. And now the urges are back again.",
    "I used to want to die. It's back for good.",
    "I used to cut. The urges are back.",
    "back in sixth form i'd burn. its started again",
    "When I was at uni I used to cut. It's coming back.",
]
LOOK_ALIKES = [
    "My brother used to want to die. It's back.",
    "My mum tried to kill herself years ago. It's back.",
    "My sister used to want to die. She still does.",
    "In the book she wanted to die. It's back in print.",
    "I used to want to die. It's back to normal now.",
    "I used to want to die. It's all good now.",
    "I used to want to die. I'm glad it's not back.",
    "I used to want to die. It's never coming back.",
    "Years ago I wanted to die. The sun is back now.",
    "Years ago I wanted to die. Now I'm back at uni.",
    "I used to self-harm. My fringe is back.",
    "When I was a teen I self-harmed. I'm better now.",
    "I used to want to die. That's behind me now.",
    "I used to cut hair. I still do.",
    "My sister used to cut. The urges are back.",
    "I used to burn toast. It's happening again.",
    "I used to cut. I'm glad it's not back.",
    "Without sunscreen I'd burn. It's back.",
    "I used to scratch. It's back.",
    "My eczema is awful, I'd scratch all the time. It's back.",
]

test_a_past_crisis_said_to_be_back_is_found, test_someone_elses_or_a_recovery_is_not = crisis_tests(
    POSITIVES, LOOK_ALIKES
)


def test_none_trained_on():
    assert_not_training_lines(POSITIVES + LOOK_ALIKES)


@pytest.mark.parametrize("text", BARE_PAST)
def test_a_bare_past_needs_its_own_reading(text, monkeypatch):
    assert text in POSITIVES
    monkeypatch.setattr(crisis, "bare_past_harm", lambda _text, _bounds: [])
    assert not analyze(text).crisis
