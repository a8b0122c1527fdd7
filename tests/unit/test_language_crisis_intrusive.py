"""An intrusive thought named as one and feared or let pass (OCD's harm thoughts, an exposure exercise) is
not crisis language: "The intrusive thought about driving into the river came again; I noted it and kept
driving." One the writer is drawn to, or fears acting on now, is ("...getting louder and I'm starting to
listen", "I'm scared I'll actually do it tonight")."""

from __future__ import annotations

import pytest

from hearten.domain.language import analyze
from tests.support.crisis_cases import assert_new_cases, cases

FEARED = [
    "My OCD threw up an image of me stepping off the platform and I was terrified, which my "
    "therapist says is the point: I don't want it.",
    'Exposure session today: said "I could hurt myself with this knife" out loud five times. '
    "Anxiety peaked at 7 and came down.",
    "The intrusive thought about driving into the river came again on the bridge; I noted it, felt "
    "the panic, and kept driving.",
    "Harm OCD is awful: the sticky thoughts about jumping make me so scared that I avoid balconies.",
    "Had an unwanted image of the noose again and labelled it: intrusion, not intention.",
]

DRAWN = [
    "The intrusive thoughts about killing myself are getting louder and I'm starting to listen to them.",
    "My OCD says jump, and honestly I'm not scared of that thought anymore, I want it.",
    "The intrusive thoughts about the pills are more than OCD now; I've planned when.",
    "I have intrusive thoughts about hanging myself and I'm scared I'll actually do it tonight.",
    "My therapist calls them intrusive thoughts, but I've bought the rope.",
    "The intrusive thoughts say kill yourself and they make more sense every day.",
]


@pytest.mark.parametrize("text", cases(FEARED))
def test_a_feared_intrusive_thought_is_not_crisis(text):
    assert not analyze(text).crisis


@pytest.mark.parametrize("text", cases(DRAWN))
def test_an_intrusive_thought_the_writer_is_drawn_to_is_crisis(text):
    assert analyze(text).crisis


def test_own_cases():
    assert_new_cases(DRAWN, FEARED, 5)
