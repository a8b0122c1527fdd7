"""A cover story dropped in the next short sentence: "Looked up lethal doses for a story I'm writing. There's no
story." The rules read the first sentence as a story's, rightly, until the second says there is none; then it
is read again without its cover. A cover may also be told in a sentence of its own, between the search and
the drop ("I said it was for a friend. It wasn't."). A cover kept, someone else's search, a person told of
("about my brother ... He isn't."), or a story that goes on stays unflagged."""

from __future__ import annotations

import pytest

from hearten.domain.language import analyze, crisis
from hearten.domain.language.analyzer import normalise
from hearten.domain.language.sentences import split
from tests.support.crisis_cases import assert_not_training_lines, crisis_tests

# Each of these is missed when the cover is not dropped (test_each_needs_the_cover_dropped).
POSITIVES = [
    "Researched lethal doses for a story I'm writing. There's no story.",
    "looked up how high the multistorey is, for my photography project. there is no project",
    "I read about overdoses for my psychology class. There's no class.",
    "Googled how long it takes to bleed out, for a novel. I lied.",
    "Googled how long it takes to bleed out, for a novel. It isnt.",
    "Looked up overdoses for my stories. There are no stories.",
    "Looked up lethal doses for a story. Im not writing a story.",
    # the cover in a sentence of its own, between the search and the drop
    "I asked what happens if someone says they want to die. I said it was for a friend. It wasn't.",
    "Asked the nurse how people usually kill themselves. Told her it was for my course. There's no course.",
    "Asked my GP whether people who want to die get sectioned. I said it was for my mate. There's no mate.",
]
LOOK_ALIKES = [
    "Researched lethal doses for a story I'm writing. The story is going well.",
    "I read about overdoses for my psychology class. It was grim but useful.",
    "My sister researched lethal doses for a story. There's no story.",
    "Had a nightmare about my brother jumping off the bridge. It wasn't.",
    "I worry about my brother wanting to die. He isn't.",
    "Looked up lethal doses for my pharmacology coursework. There's no coursework due till May though.",
    "Googled how long it takes to bleed out, for a novel. It isn't finished yet.",
    "My friend told me she wants to kill herself. I rang the helpline for a friend. It wasn't easy.",
    "Asked the nurse how people usually kill themselves. Told her it was for my course. The course is hard.",
    "I said it was for a friend. It wasn't.",
    # a cover word after someone else's crisis, with no search and no cover told to anyone (a reviewer's)
    "My brother tried to kill himself last year. I told my boss I was off for a class. I lied.",
    "My friend said she wanted to die. I asked my tutor for an extension for my essay. It wasn't.",
]

test_a_cover_story_dropped_is_read_without_it, test_a_cover_kept_or_someone_elses_is_not = crisis_tests(
    POSITIVES, LOOK_ALIKES
)


@pytest.mark.parametrize("text", POSITIVES)
def test_each_needs_the_cover_dropped(text, monkeypatch):
    monkeypatch.setattr(crisis, "may_drop_a_cover", lambda _text: False)
    assert not analyze(text).crisis


def _pair(text: str):
    norm = normalise(text)
    first, second = split(norm)[:2]
    return norm, first, second


def test_the_cover_is_blanked_in_place():
    norm, first, second = _pair("Researched lethal doses for a story I'm writing. There's no story.")
    blanked = crisis.without_a_dropped_cover(norm, first, second)
    assert len(blanked) == len(norm)
    assert blanked[first[0] : first[1]].split() == ["researched", "lethal", "doses", "."]


@pytest.mark.parametrize(
    "text",
    [
        "Researched lethal doses for a story. The story is going well.",  # the story goes on
        "Asked about the pills for a friend. It isn't.",  # a person is dropped only by naming them...
        "Read about overdoses for my class. There's no bus till six.",  # another noun
    ],
)
def test_no_cover_is_dropped(text):
    norm, first, second = _pair(text)
    assert crisis.without_a_dropped_cover(norm, first, second) is None


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the pills for a friend. There isn't a friend.",
        "I said it was for a friend. It wasn't.",  # ...or by taking back what was said
    ],
)
def test_a_person_named_as_not_there_or_a_cover_taken_back_drops_it(text):
    norm, first, second = _pair(text)
    assert crisis.without_a_dropped_cover(norm, first, second) is not None


def test_none_trained_on():
    assert_not_training_lines(POSITIVES + LOOK_ALIKES)
