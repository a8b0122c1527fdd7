"""Personal experiments: the randomised ABAB schedule, today's assignment and the result."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, date, datetime, timedelta

import pytest

from hearten.domain import effects as fx
from hearten.domain.experiments import PRACTICE, REST, Experiment, assignment, draw_schedule, result
from hearten.domain.records import InvalidInput

START = date(2026, 11, 4)


def coin_from(seed):
    rng = random.Random(seed)
    return lambda: rng.random() < 0.5


@pytest.mark.parametrize("weeks", [4, 5, 6, 7, 12, 26])
def test_schedule_has_at_least_three_pairs_filling_the_weeks(weeks):
    periods = draw_schedule(start=START, weeks=weeks, coin=coin_from(1))
    assert len(periods) >= 6 and len(periods) % 2 == 0
    lengths = [(p.end - p.start).days + 1 for p in periods]
    assert max(lengths) - min(lengths) <= 1
    assert all(a == b for a, b in zip(lengths[::2], lengths[1::2]))  # both periods of a pair alike
    assert periods[0].start == START and periods[-1].end < START + timedelta(weeks=weeks)
    per_side = {arm: sum(n for n, p in zip(lengths, periods) if p.arm == arm) for arm in (PRACTICE, REST)}
    assert per_side[PRACTICE] == per_side[REST] == weeks * 7 // 2


@pytest.mark.parametrize("weeks", range(4, 27))
def test_every_schedule_can_hold_a_result(weeks):
    """A schedule followed with a check-in every day reaches the result's 14 days on each side."""
    periods = draw_schedule(start=START, weeks=weeks, coin=coin_from(weeks))
    for arm in (PRACTICE, REST):
        assert sum((p.end - p.start).days + 1 for p in periods if p.arm == arm) >= fx.MIN_DAYS_EACH_SIDE
    for a, b in zip(periods, periods[1:]):
        assert b.start == a.end + timedelta(days=1)
    for first, second in zip(periods[::2], periods[1::2]):
        assert {first.arm, second.arm} == {PRACTICE, REST}


def test_the_order_within_pairs_is_drawn_at_random():
    orders = {tuple(p.arm for p in draw_schedule(start=START, weeks=6, coin=coin_from(seed))) for seed in range(40)}
    assert len(orders) > 4  # 8 orders are possible for 3 pairs


@pytest.mark.parametrize("weeks", [1, 2, 3, 27, 0, -3, True])
def test_weeks_out_of_range_are_refused(weeks):
    with pytest.raises(InvalidInput):
        draw_schedule(start=START, weeks=weeks, coin=coin_from(1))


def experiment(periods, stopped_on=None):
    return Experiment(
        id=1,
        practice_id="loving-kindness",
        question="Does it lift my mood?",
        periods=periods,
        created_at=datetime(2026, 11, 3, tzinfo=UTC),
        stopped_on=stopped_on,
    )


def test_assignment_by_day_and_after_stopping():
    periods = draw_schedule(start=START, weeks=6, coin=itertools.cycle([True, False, True]).__next__)
    run = experiment(periods)
    assert assignment(run, START - timedelta(days=1)) is None
    assert assignment(run, START) == PRACTICE and assignment(run, START + timedelta(days=7)) == REST
    assert assignment(run, START + timedelta(days=14)) == REST  # second pair drawn the other way round
    assert assignment(run, run.end + timedelta(days=1)) is None
    stopped = experiment(periods, stopped_on=START + timedelta(days=3))
    assert assignment(stopped, START + timedelta(days=2)) == PRACTICE
    assert assignment(stopped, START + timedelta(days=3)) is None


def days_for(run, *, effect, followed=True):
    count = (run.end - run.start).days + 1
    rng = random.Random(3)
    arms = [assignment(run, run.start + timedelta(days=i)) for i in range(count)]
    mood = [5 + (effect if arm == PRACTICE else 0) + rng.gauss(0, 1) for arm in arms]
    empty = [None] * count
    did = [(arm == PRACTICE) == followed for arm in arms]
    return fx.Days(
        start=run.start,
        count=count,
        measures={"mood": mood, "distress": empty, "self_compassion": empty},
        factors={f: empty for f in fx.FACTORS},
        practices={run.practice_id: did, fx.ANY: did},
    )


def test_result_compares_practice_and_rest_periods_by_the_plan():
    run = experiment(draw_schedule(start=START, weeks=6, coin=coin_from(2)))
    found = result(run, days=days_for(run, effect=2.0), today=run.end + timedelta(days=1))
    (mood,) = found["effects"]
    assert mood.measure == "mood" and mood.n_with == 21 and mood.n_without == 21
    assert mood.low > 0 and mood.low <= 2.0 <= mood.high
    assert found["finished"] and found["followed"][PRACTICE] == {"days": 21, "as_planned": 21}


def test_result_counts_days_by_the_plan_even_when_not_followed():
    run = experiment(draw_schedule(start=START, weeks=6, coin=coin_from(2)))
    found = result(run, days=days_for(run, effect=0.0, followed=False), today=run.end)
    assert found["followed"][REST] == {"days": 21, "as_planned": 0}
    assert found["effects"][0].n_with == 21


def test_result_before_enough_days_says_how_many_more():
    run = experiment(draw_schedule(start=START, weeks=6, coin=coin_from(2)))
    found = result(run, days=days_for(run, effect=1.0), today=START + timedelta(days=9))
    assert found["effects"] == [] and found["days_needed"] > 0 and not found["finished"]
    assert found["days_so_far"] == 10
