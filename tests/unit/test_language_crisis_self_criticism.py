"""Plain self-criticism, the harsh self-talk the journal offers to reframe, is not crisis language: held
for crisis help instead, an entry loses the reframing it was written for. The threshold's move to 0.0 was
undone when "Everyone thinks I'm boring." crossed it; these cases keep such a move from passing unseen."""

from __future__ import annotations

import pytest

from hearten.domain.language import analyze, has_crisis
from tests.support.crisis_cases import assert_not_training_lines, cases

SELF_CRITICISM = [
    "I always mess everything up.",
    "Everyone thinks I'm boring.",
    "I should be better than this.",
    "I'm such a clumsy idiot at parties.",
    "I'm useless at everything.",
    "Nobody at work likes me.",
    "I'm a terrible mother.",
    "I'm so stupid for forgetting her birthday.",
    "I'm a failure.",
    "Why am I so pathetic?",
    "Everyone else has it together except me.",
    "I hate how I look in photos.",
    "I'm boring and nobody wants to hear what I think.",
    "I never finish anything I start.",
    "I'm too much for people.",
    "Everything I touch goes wrong because of me.",
    "My friends only put up with me.",
    "I'm the weak link on the team.",
    "I can't get a single thing right lately.",
    "I'm so lazy, I wasted the whole day.",
    "I'm not good enough for this job.",
    "Everyone would say I'm a disappointment.",
]
# Still read as crisis: "everyone would ... I'm" is also how burdensomeness is said ("everyone would be
# better off"), and the second opinion does not yet tell the two apart.
NOT_YET = {"Everyone would say I'm a disappointment."}


@pytest.mark.parametrize("text", cases(SELF_CRITICISM, not_yet=NOT_YET.__contains__))
def test_plain_self_criticism_is_not_crisis(text):
    assert not analyze(text).crisis
    assert not has_crisis(text)


def test_none_a_training_line():
    assert_not_training_lines(SELF_CRITICISM)
