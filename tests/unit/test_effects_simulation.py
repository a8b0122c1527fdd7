"""Honest by test: simulated people with sticky moods show that the intervals mean what they say.

Each person has 120 days of mood that follows an AR(1) process with 0.5 (today's mood leans
on yesterday's), and practises in runs (a day like the day before 70% of the time). With a
true effect of one point, the 95% interval should cover it for about 95 in 100 people;
with no effect, an effect should be claimed (interval clear of zero) for about 5 in 100.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from hearten.domain import effects as fx

PEOPLE = 200
DAYS = 120
TRUE_EFFECT = 1.0


def simulated_person(rng, effect: float) -> fx.Days:
    noise = np.empty(DAYS)
    noise[0] = rng.normal(0, 1 / np.sqrt(1 - 0.5**2))
    for t in range(1, DAYS):
        noise[t] = 0.5 * noise[t - 1] + rng.normal()
    practised = np.empty(DAYS, dtype=bool)
    practised[0] = rng.random() < 0.5
    for t in range(1, DAYS):
        practised[t] = practised[t - 1] if rng.random() < 0.7 else not practised[t - 1]
    mood = 5 + effect * practised + noise
    empty = [None] * DAYS
    return fx.Days(
        start=date(2026, 1, 1),
        count=DAYS,
        measures={"mood": [float(v) for v in mood], "distress": empty, "self_compassion": empty},
        factors={name: empty for name in fx.FACTORS},
        practices={fx.ANY: [bool(v) for v in practised]},
    )


def same_day_mood_effects(effect: float, seed: int) -> list[fx.Effect]:
    rng = np.random.default_rng(seed)
    found = []
    for _ in range(PEOPLE):
        result = fx.analyse(simulated_person(rng, effect))
        found += [e for e in result.effects if e.measure == "mood" and e.lag == 0]
    return found


@pytest.fixture(scope="module")
def with_effect():
    return same_day_mood_effects(TRUE_EFFECT, seed=1)


@pytest.fixture(scope="module")
def without_effect():
    return same_day_mood_effects(0.0, seed=2)


def test_enough_simulated_people_reach_the_thresholds(with_effect, without_effect):
    assert len(with_effect) >= PEOPLE * 0.95 and len(without_effect) >= PEOPLE * 0.95


def test_the_interval_covers_a_true_effect_about_95_in_100_times(with_effect):
    covered = sum(e.low <= TRUE_EFFECT <= e.high for e in with_effect) / len(with_effect)
    assert 0.90 <= covered <= 0.98


def test_with_no_effect_an_effect_is_rarely_claimed(without_effect):
    claimed = sum(e.clear for e in without_effect) / len(without_effect)
    assert claimed <= 0.07


def test_the_estimates_are_unbiased(with_effect):
    assert abs(np.mean([e.difference for e in with_effect]) - TRUE_EFFECT) < 0.05


def test_next_day_links_between_unrelated_sticky_series_are_rarely_claimed():
    """Two unrelated AR(1) 0.5 series look linked far more often than 5% when days are taken as independent.

    The block bootstrap with Fisher's z keeps it near 5-8% (measured); the page says some links
    appear by chance. Held here to at most 10%.
    """
    rng = np.random.default_rng(3)
    claimed = 0
    for _ in range(PEOPLE):
        series = []
        for _ in range(2):
            values = np.empty(DAYS)
            values[0] = rng.normal(0, 1 / np.sqrt(1 - 0.5**2))
            for t in range(1, DAYS):
                values[t] = 0.5 * values[t - 1] + rng.normal()
            series.append(values)
        empty = [None] * DAYS
        days = fx.Days(
            start=date(2026, 1, 1),
            count=DAYS,
            measures={"mood": [float(v) for v in 5 + series[0]], "distress": empty, "self_compassion": empty},
            factors={
                "sleep_hours": [float(v) for v in 7 + series[1]],
                "active_minutes": empty,
                "social": empty,
                "food": empty,
            },
            practices={fx.ANY: [False] * DAYS},
        )
        (link,) = fx.analyse(days).associations
        claimed += link.low > 0 or link.high < 0
    assert claimed / PEOPLE <= 0.10
