""" "Gone for good" said of a thing or a feeling is no crisis ("my phone's gone for good", "that feeling is gone
for good now"); said of the writer it is ("Soon I'll be gone for good.")."""

from __future__ import annotations

from tests.support.crisis_cases import assert_not_training_lines, crisis_tests

POSITIVES = [
    "I'm gone for good tonight.",
    "Soon I'll be gone for good.",
    "I want to be gone for good.",
    "By Sunday I'll be gone for good and nobody will have to deal with me.",
    "Everyone will be happier when I am gone for good.",
]
LOOK_ALIKES = [
    "It's gone for good.",
    "My phone's gone for good, dropped it in the canal.",
    "That feeling is gone for good now.",
    "The old bakery is gone for good, sadly.",
    "I used to want to die. It's gone for good.",
    "this is gone for good, the landlord binned the sofa",
]

test_the_writer_gone_for_good_is_crisis, test_a_thing_gone_for_good_is_not = crisis_tests(POSITIVES, LOOK_ALIKES)


def test_none_trained_on():
    assert_not_training_lines(POSITIVES + LOOK_ALIKES)
