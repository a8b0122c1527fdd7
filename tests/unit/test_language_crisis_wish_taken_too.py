"""A wish that what can take a life had taken the writer: "wish the fire had taken me with it", "Some days I wish
the stroke had taken me." Only a cause of death, and only "me" at the end of what it took; a bus that takes
the writer to town or a dad who took them fishing is not."""

from __future__ import annotations

from tests.support.crisis_cases import assert_not_training_lines, crisis_tests

POSITIVES = [
    "Wish the warehouse fire had taken me with it.",
    "I wish that flood had taken me with it.",
    "i wish the covid had got me",
    "Some days I wish the stroke had taken me.",
    "Still wish the blast had killed me as well.",
    "I wish the sepsis had finished me off.",
]
LOOK_ALIKES = [
    "I wish the course had taken me less time.",
    "I wish my dad had taken me fishing more.",
    "My nan wished the cancer had taken her sooner.",
    "I wish the fall had taught me something.",
    "I wish the war had taken me somewhere warmer, Grandad used to joke.",
    "I wish the flu had taken me out of the team photo, I look awful.",
]

test_a_wish_to_have_been_taken_is_found, test_being_taken_somewhere_is_not = crisis_tests(POSITIVES, LOOK_ALIKES)


def test_none_trained_on():
    assert_not_training_lines(POSITIVES + LOOK_ALIKES)
