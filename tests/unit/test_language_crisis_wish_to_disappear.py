"""The wish to disappear, said plainly, is passive ideation (the lexicon names "wish I could disappear"
and "I should just disappear" among its examples): "I just want to disappear." An absence for a while,
an embarrassment told in the past, or someone else's wish is not."""

from __future__ import annotations

from tests.support.crisis_cases import assert_new_cases, crisis_tests

PLAIN_WISH = [
    "I just want to disappear.",
    "I hate myself and I want to disappear",
    "honestly i just wanna disappear",
    "Some nights I really want to vanish, that's all I think about.",
    "I want to disappear from everything and everyone.",
    "I need to just disappear and never come back.",
    "Everything I touch goes wrong. I want to disappear.",
    "I want to not exist, like, I'm so tired",
    "Another fight with Mum. I just want to disappear",
    "I want to disappear, it would be easier for all of them",
]

FOR_A_WHILE = [
    "Honestly I want to disappear under the covers till Sunday.",
    "I want to disappear for a week and sleep.",
    "I want to disappear from social media for a while.",
    "I want to disappear into a good book this weekend.",
    "I want to disappear somewhere warm with no emails.",
    "Tripped on stage in front of everyone. I wanted to disappear.",
    "My sister says she wants to disappear to Bali after her exams.",
    "When the teacher read my essay out I just wanted to disappear.",
    "The magician made the coin disappear and the kids screamed.",
    "I want the stain on the carpet to disappear before Mum sees it.",
]

test_a_plain_wish_to_disappear_is_crisis, test_an_absence_for_a_while_is_not = crisis_tests(PLAIN_WISH, FOR_A_WHILE)


def test_own_cases():
    assert_new_cases(PLAIN_WISH, FOR_A_WHILE, 10)
