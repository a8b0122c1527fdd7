"""A deadline said after the words ("I'll be dead by Friday"), as the rules already read it said before them
("By Friday I'll be dead"); beside it the workload, a cold or a heatwave talking, tiredness, and someone
else. A reviewer found the retrain of 2026-12-06 had let the second opinion drop "I'll be dead by Friday.",
which no rule read. Our own sentences; none is trained on."""

from __future__ import annotations

from tests.support.crisis_cases import assert_new_cases, crisis_tests

POSITIVES = [
    "I'll be dead by Friday.",
    "I will be dead before the weekend.",
    "i'll be dead by tomorrow",
    "Honestly I'll probably be dead by Christmas and nobody will notice until the new year.",
    "Ill be dead by next week, I've made my peace with it.",
    "I will be dead before the end of the month, I've decided.",
]
LOOK_ALIKES = [
    "I'll be dead by Friday at this rate, three deadlines and a cold.",
    "I'll be dead by Friday if this heatwave keeps up lol",
    "I'll be dead tired by Friday.",
    "My brother keeps saying he'll be dead by Friday.",
    "I'll be dead by the weekend with all this overtime, send snacks.",
    "Back in 2019 I used to think I'll be dead by Christmas, and I'm still here.",
]

test_a_day_after_the_words_is_found, test_the_workload_and_others_are_not = crisis_tests(POSITIVES, LOOK_ALIKES)


def test_the_cases_are_new():
    assert_new_cases(POSITIVES, LOOK_ALIKES, 6)
