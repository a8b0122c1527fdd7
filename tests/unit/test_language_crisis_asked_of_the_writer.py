"""A screening question put to the writer by a nurse, a GP or a counsellor is about the writer, not a topic of
their work: "My counsellor asked whether I'd thought about self harm. I have." The words that make "suicide"
a topic (a nurse, a course, a lecture) do not set it aside when the question asks what the writer has thought.
A topic the writer studies, and a question answered no and meant, stay unflagged."""

from __future__ import annotations

from tests.support.crisis_cases import assert_not_training_lines, crisis_tests

POSITIVES = [
    "The nurse asked if I'd thought about suicide. I said yes.",
    "My counsellor asked whether I'd thought about self harm. I have.",
    "The practice nurse asked if I had ever had thoughts of suicide, and I just started crying.",
    "The nurse asked if I'd thought about suicide and I said no so she would let me go home.",
    "At uni counselling they asked if id thought about suicide recently. yeah. every night this week.",
]
LOOK_ALIKES = [
    "The nurse asked if I'd thought about suicide and I said no, and it was the truth.",
    "I'd read about suicide rates for my essay.",
    "I had a lecture on suicide prevention today.",
    "In the film the nurse had thoughts of suicide.",
    "I had thoughts about self harm awareness week for my nursing placement.",
    "I'd studied overdoses in pharmacology, so the nurse asked if I wanted to help with the leaflet.",
]

test_a_question_put_to_the_writer_is_theirs, test_a_topic_or_a_true_no_is_not = crisis_tests(POSITIVES, LOOK_ALIKES)


def test_none_trained_on():
    assert_not_training_lines(POSITIVES + LOOK_ALIKES)
