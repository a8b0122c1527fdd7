"""Own cases of a look-alike family, both ways. The crisis cases must be found. The look-alikes are still
flagged (marked not yet): the reading that cleared them was taken out on 2026-12-06.

What people write inside hearten's own practices: kindness sent to the part of them that once wanted to die
is not crisis language. A wish noticed in a practice that stays, with no answer or with a plan beside it, is.
(A harsh thought noticed and answered, "RAIN practice: I notice I feel like a burden ... a feeling, not a
fact", is still read as crisis: a reading that cleared it also cleared "what's true is I want to be dead".)"""

from __future__ import annotations

from tests.support.crisis_cases import assert_new_cases, crisis_tests

STILL_HERE = [
    "RAIN practice: I notice I want to die. Allowing it. It's here and it's loud tonight.",
    "Wrote the dark thoughts down: I want to kill myself. Then tried to write what's true and couldn't find anything.",
    "Loving-kindness for the part of me that wants to die tonight: may you be safe. I don't think I will be.",
    "I notice I've been planning how to do it. The kinder voice isn't coming.",
    "RAIN practice: I notice the urge to cut again and I did it after, twice.",
]

NOTICED_AND_ANSWERED = [
    "A letter to the girl I was who once cut herself: you were hurting, and I'm proud you're still here.",
]

# Not yet read rightly: a reading of this family cleared these on 2026-12-06, but it also cleared crisis
# said in the same shape (test_language_crisis_readings_reviewed.py), so it was taken out. They stay as the
# target for a reading that clears them and none of those.
NOTICED_AND_ANSWERED_NOT_YET = [
    "Loving-kindness for the part of me that once wanted to die: may you be safe, may you rest now.",
]

test_a_wish_noticed_that_stays_is_crisis, test_kindness_to_a_past_self_in_a_practice_is_not_crisis = crisis_tests(
    STILL_HERE, NOTICED_AND_ANSWERED, look_alikes_not_yet=NOTICED_AND_ANSWERED_NOT_YET
)


def test_own_cases():
    assert_new_cases(STILL_HERE, NOTICED_AND_ANSWERED + NOTICED_AND_ANSWERED_NOT_YET, 2)
