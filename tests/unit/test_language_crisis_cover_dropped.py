"""A cover story dropped in the next short sentence: "Looked up lethal doses for a story I'm writing. There's no
story." The rules read the first sentence as a story's, rightly, until the second says there is none; then it
is read again without its cover. A cover kept, someone else's search, or a story that exists stays unflagged."""

from __future__ import annotations

from tests.support.crisis_cases import assert_not_training_lines, crisis_tests

POSITIVES = [
    "Researched lethal doses for a story I'm writing. There's no story.",
    "looked up how high the multistorey is, for my photography project. there is no project",
    "Asked the chemist how many paracetamol is too many, said it was for my nan. It isn't.",
    "I read about overdoses for my psychology class. There's no class.",
    "Googled how long it takes to bleed out, for a novel. I lied.",
    "I told the nurse I was asking about the pills for a friend. There isn't a friend.",
]
LOOK_ALIKES = [
    "Researched lethal doses for a story I'm writing. The story is going well.",
    "I read about overdoses for my psychology class. It was grim but useful.",
    "My sister researched lethal doses for a story. There's no story.",
    "We watched a film about a man who jumped. There is no film like it.",
    "Looked up the bridge's history for my project. There's no parking there though.",
    "Wrote a poem about my dog for my class. There's no dog now, he died in May.",
]

test_a_cover_story_dropped_is_read_without_it, test_a_cover_kept_or_someone_elses_is_not = crisis_tests(
    POSITIVES, LOOK_ALIKES
)


def test_none_trained_on():
    assert_not_training_lines(POSITIVES + LOOK_ALIKES)
