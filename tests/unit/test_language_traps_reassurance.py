"""A kind outcome foretold is reassurance, not the fortune-telling trap.

Self-compassion practice asks people to speak to themselves as to a friend ("you're going to be
okay"); hearten must not answer that with a prompt to question it. A bleak forecast still is the trap."""

from __future__ import annotations

import pytest

from hearten.domain.language import analyze

REASSURANCE = [
    "Dear me, you're going to be okay.",
    "I'm going to be alright, one day at a time.",
    "It's going to be fine, it always is.",
    "you will get through this, love.",
    "We'll be okay, the three of us.",
]

BLEAK = [
    "I'm going to fail this exam.",
    "It's going to be awful, I know it.",
    "I will be alone forever.",
    "they will be happy without me",
    "They'll be better off without me.",
    "It's going to be fine, it's nearly over.",
]


@pytest.mark.parametrize("text", REASSURANCE)
def test_a_kind_forecast_is_not_fortune_telling(text):
    assert "fortune_telling" not in analyze(text).traps


@pytest.mark.parametrize("text", BLEAK)
def test_a_bleak_forecast_still_is(text):
    assert "fortune_telling" in analyze(text).traps
