"""What people write inside hearten's own practices: a harsh thought noticed and answered (RAIN, writing the
dark thought down and then what is true, a kinder reply), or kindness sent to the part of them that once
wanted to die, is not crisis language. A wish noticed that stays, with no answer or with a plan beside it, is."""

from __future__ import annotations

import pytest

from hearten.domain.language import analyze
from tests.support.crisis_cases import assert_new_cases, cases

NOTICED_AND_ANSWERED = [
    "RAIN practice: I notice I feel like a burden to everyone. Allowing it. It's a feeling, not a fact.",
    "Wrote the harsh thoughts down, that I'm a burden and they'd be better off. "
    "Then wrote what's actually true: they came to my birthday.",
    "Loving-kindness for the part of me that once wanted to die: may you be safe, may you rest now.",
    "A letter to the girl I was who once cut herself: you were hurting, and I'm proud you're still here.",
    "I notice the thought that I'm a burden. Kinder reply: I'm someone who is loved and struggling.",
]

STILL_HERE = [
    "RAIN practice: I notice I want to die. Allowing it. It's here and it's loud tonight.",
    "Wrote the dark thoughts down: I want to kill myself. Then tried to write what's true and couldn't find anything.",
    "Loving-kindness for the part of me that wants to die tonight: may you be safe. I don't think I will be.",
    "I notice I've been planning how to do it. The kinder voice isn't coming.",
    "RAIN practice: I notice the urge to cut again and I did it after, twice.",
]


@pytest.mark.parametrize("text", cases(NOTICED_AND_ANSWERED))
def test_a_thought_noticed_and_answered_in_a_practice_is_not_crisis(text):
    assert not analyze(text).crisis


@pytest.mark.parametrize("text", cases(STILL_HERE))
def test_a_wish_noticed_that_stays_is_crisis(text):
    assert analyze(text).crisis


def test_own_cases():
    assert_new_cases(STILL_HERE, NOTICED_AND_ANSWERED, 5)
