"""Whose crisis and when, in the shapes round 25 found read wrongly: a relative's means read as the
writer's access, the people a favour is done for, someone else named only to say when, a match that
a rejected earlier one hid; and the everyday shapes beside them (a pet that needs me, water admired,
a route, a thing that died, a decision about tiles, recovery that is over). Our own sentences, apart
from the training files."""

from __future__ import annotations

import pytest

from hearten.domain.language import crisis, has_crisis, second_opinion

OWN = [
    "my stepdad's revolver is in the bottom drawer and I've been taking it out at night",
    "I've got my sister's sleeping tablets in my coat pocket and she hasn't noticed",
    "I'd be sparing them years of worry by not waking up one morning",
    "the weekend my parents go to the caravan is when I'll do it, I've told nobody",
    "i told my brother i won't be around much longer and he thought i meant moving",
    "the black thoughts have been coming back every night this week",
    "my old friend the blade is the only thing that helps when it gets like this",
    "honestly just costing everyone too much, the worry, the money, all of it",
    "the harbour looked so still tonight, I stood at the edge thinking how easy it would be to step off",
    "I have decided. Tonight, when they're at the cinema.",
]

NOT_OWN = [
    "my cat would be lost without me, she cries at the door when I'm at work",
    "walked along the canal at sunset and it looked so beautiful I took about fifty photos",
    "which is the quickest route to the airport, the train or a taxi?",
    "my laptop died an hour before the deadline and I wanted to die with it lol",
    "I have decided. Sage green for the hallway.",
    "I haven't hurt myself in over three years and I'm really proud of that",
    "I want it all to stop, the barking from next door has gone on since six",
    "my cousin's funeral is on saturday and I can't stop thinking about him",
    "I answered no when the doctor asked whether I had thoughts of ending my life",
]


@pytest.mark.parametrize("text", OWN)
def test_the_writers_own_crisis_is_flagged(text):
    assert has_crisis(text)


@pytest.mark.parametrize("text", NOT_OWN)
def test_everyday_and_others_are_not(text):
    assert not has_crisis(text)


def test_a_means_possessive_reaches_the_gate_as_the_means():
    assert "shotgun" in second_opinion.tokens("the shotgun's under the bed")


def test_a_later_match_is_tried_when_the_leftmost_is_someone_elses():
    text = "i told my brother i won't be around much longer and he thought i meant moving"
    everything = (1 << len(crisis.DETECTOR.rules)) - 1
    assert crisis.hidden_own(text, 0, len(text), everything)
