"""Self-talk in the second person: a writer who speaks to themself as "you" is read as "I".

Crisis lines in the inner voice's words must flag as their first-person twins do; "you" that is
someone else (a friend, a caller, a player), anyone (advice, a lesson, our own practice words),
harsh but not dangerous, or kind, must not.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hearten.domain.language.rules import normalise
from hearten.domain.language.selftalk import as_first_person
from hearten.domain.language.selftalk import has_reader as has_reader_word
from tests.support.crisis_cases import assert_new_cases, crisis_tests

POSITIVES = [
    # Opening with "while" is still self-talk: a time, not a condition put to anyone.
    "While you still have the pills you could just take them all tonight.",
    "while you're at it you might as well end it",
    "while youre alone tonight you could finally do it",
    "You keep toying with the thought of not waking up, and it's starting to feel like relief.",
    "you've been reading about overdoses every night this week, haven't you",
    "Stop pretending, you know you're going to end it before the spring.",
    "You'd be better off dead and you've known it for months.",
    "you could just drive off the bridge on the way home and nobody would think twice",
    "You're nothing but a weight on all of them, they'd manage fine without you.",
    "you dont belong anywhere, so why keep dragging yourself through the days",
    "You won't be around for the wedding, so stop letting them plan you into it.",
    "You've got the pills saved in the shoebox. You know what they're for.",
    "u know u want to hurt urself again tonight",
    "You've already picked the night and the place, all that's left is doing it.",
    "You deserve to bleed for what you did, so you'll cut again once the house is quiet.",
    "Don't talk yourself out of it this time, you're finally ready to go.",
    "You know where the spare key to the medicine cabinet is, don't you.",
    "you should have jumped when you were up on that car park roof",
    "No one would even notice if you disappeared for good, would they.",
    "You've said your goodbyes in your head already, the rest is just waiting.",
    "You're such a drain, everyone's life gets easier the day you're gone.",
]

LOOK_ALIKES = [
    # someone else spoken to
    "Hey, are you thinking about killing yourself? You can tell me.",
    "Thank you for sitting with me when I wanted to die last year.",
    "You said you wanted to end it all, so I rang the crisis line with you.",
    "I miss you. You always said you'd rather die than go into a home.",
    "Are you safe right now, or are you thinking of hurting yourself?",
    # anyone: advice, a guide, a lesson, a helpline, a game, a story
    "If you're having thoughts of suicide, you can call a helpline any time.",
    "When you feel like hurting yourself, hold an ice cube and breathe slowly.",
    "The training taught us what to say when a caller tells you they want to die.",
    "In this game you jump off the bridge to reach the secret level.",
    "The novel opens with you, the reader, standing on a cliff edge.",
    "Notice where the feeling sits in your body and let it be there.",
    "Choose a moment when someone hurt you and picture it gently.",
    # harsh, but not dangerous
    "You're useless at parallel parking and you always will be.",
    "You've blown the budget again, you absolute muppet.",
    "You'll never finish this thesis at this rate, will you.",
    # kind self-talk
    "You're going to be okay, you've got through worse than this.",
    "You don't have to have it all sorted tonight, you can rest.",
    "You deserve a proper lunch break, so take one.",
    # everyday "you"
    "You could drive to the coast in two hours if the traffic is kind.",
    "You've got the keys to the flat now, so let yourself in on Friday.",
]

# Misread in the first person too, so not the self-talk reading's doing: a means named with no
# intent, a wish told as "should have", someone's past told with thanks, and steadying words the
# second opinion takes for a decision.
NOT_YET = {
    "you should have jumped when you were up on that car park roof",
    "Thank you for sitting with me when I wanted to die last year.",
    "You're going to be okay, you've got through worse than this.",
    "You don't have to have it all sorted tonight, you can rest.",
    # the writer is in it, so "you said you wanted to end it all" is not set aside as said to someone
    "You said you wanted to end it all, so I rang the crisis line with you.",
}

test_self_talk_crisis_is_found, test_you_that_is_not_self_talk_is_not = crisis_tests(
    POSITIVES, LOOK_ALIKES, not_yet=NOT_YET.__contains__
)


def test_enough_cases_none_a_training_line():
    assert_new_cases(POSITIVES, LOOK_ALIKES, 15)


@pytest.mark.parametrize(
    ("sentence", "as_i"),
    [
        ("you know you're going through with it.", "i know i'm going through with it."),
        ("you know they'd breathe easier without you.", "i know they'd breathe easier without me."),
        ("what are you waiting for", "what am i waiting for"),
        ("you've read about it every night, haven't you", "i've read about it every night"),
        ("ur a burden and ur mum knows it", "i'm a burden and my mum knows it"),
        ("nobody would miss you if you were gone", "nobody would miss me if i was gone"),
    ],
)
def test_self_talk_is_turned_to_the_first_person(sentence, as_i):
    assert as_first_person(sentence) == as_i


@pytest.mark.parametrize(
    "sentence",
    [
        "I miss you.",
        "if you feel this way, call someone.",
        "are you ok?",
        "how have you been sleeping lately?",
        'he said "you should just give up".',
        "let yourself rest for a moment.",
        "thank you for listening.",
        "it was great to see everyone.",
        "the sounds around you.",
        "may you be safe and well.",
        "anger, sadness, you name it.",
    ],
)
def test_sentences_that_are_not_self_talk_stay_as_they_are(sentence):
    assert as_first_person(normalise(sentence)) is None


@settings(deadline=None)  # a few milliseconds each; a busy machine's pause must not fail it
@given(
    st.lists(st.sampled_from(["you", "your", "yourself", "u", "ur", "ya", "are", "know", "it", ",", "."]), max_size=12)
)
def test_a_turned_sentence_has_no_word_of_the_reader_left(words):
    turned = as_first_person(" ".join(words))
    assert turned is None or not has_reader_word(turned)
