"""A day or night named as the one the writer will do it: "Tonight's the night I finally do it." The short
form ("tonight's", "today's") was never read, because the rule began its match inside the word; an inner
voice saying it ("tonight's the night you finally do it") is read as the writer's. A day for the gym, or
a night to ask someone out, hair to dye or a relationship to end, is not."""

from __future__ import annotations

from tests.support.crisis_cases import assert_not_training_lines, crisis_tests

POSITIVES = [
    "Tonight's the night I finally do it.",
    "Tomorrow's the day you finally end it, my head says.",
    "The voice keeps saying tonight's the night you finally do it.",
    "Tomorrow's the day I kill myself.",
    "Todays the day I end it.",
    "Friday is the night I actually do it.",
]
LOOK_ALIKES = [
    "Saturday is the day I go to the gym.",
    "Saturday's the day I finally go to the gym.",
    "Tonight's the night you finally ask her out.",
    "Tonight's the night I finally tell him how I feel.",
    "Sunday's the day I do the big food shop.",
    "Today's the day I finally do my tax return.",
    "Today's the day I die my hair pink!",
    "Saturday's the day I finally go, the flights are booked.",
    "Today's the day I end it with him.",
    "Mum always dreads the day I go.",
    "Tomorrow's the day I'm going to the dentist.",
    "Tonight's the night I'm going out with the girls.",
]

test_the_night_named_is_found, test_a_day_for_something_else_is_not = crisis_tests(POSITIVES, LOOK_ALIKES)


def test_none_trained_on():
    assert_not_training_lines(POSITIVES + LOOK_ALIKES)
