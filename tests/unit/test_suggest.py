"""Suggestion rules: each one, their order, and what happens when a practice is missing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from hearten.content.loaders import load_practices
from hearten.domain.records import Checkin
from hearten.domain.suggest import COMPONENT_PRACTICE, suggest_practice

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def checkin(days_ago=0, **values) -> Checkin:
    fields = dict(mood=None, distress=None, sleep_hours=None, active_minutes=None, social=None, food=None, note=None)
    fields.update(values)
    return Checkin(id=days_ago, uid=f"u{days_ago}", at=NOW - timedelta(days=days_ago), **fields)


@pytest.fixture(scope="module")
def practices():
    return load_practices()


def suggest(practices, checkins=(), scores=None):
    return suggest_practice(recent_checkins=list(checkins), component_scores=scores, practices=practices)


def test_nothing_known_gives_the_everyday_default(practices):
    s = suggest(practices)
    assert s.practice_id == "three-components-pause" and s.rule == "default"


def test_high_recent_distress_comes_first(practices):
    s = suggest(practices, [checkin(0, distress=7, sleep_hours=4, social=1)])
    assert s.practice_id == "grounding"
    assert "!" not in s.reason and "\n" not in s.reason


def test_distress_just_below_the_line_does_not_count(practices):
    assert suggest(practices, [checkin(0, distress=6)]).rule == "default"


def test_the_newest_checkin_decides_not_the_oldest(practices):
    older_high = [checkin(0, distress=2), checkin(3, distress=9)]
    assert suggest(practices, older_high).rule == "default"  # mean 5.5, newest 2


def test_poor_sleep_low_activity_or_poor_food_suggest_self_care(practices):
    for values in ({"sleep_hours": 5}, {"active_minutes": 10}, {"food": 3}):
        assert suggest(practices, [checkin(0, **values)]).practice_id == "self-care-check"
    assert suggest(practices, [checkin(0, sleep_hours=6, active_minutes=15, food=4)]).rule == "default"


def test_feeling_cut_off_suggests_loving_kindness(practices):
    s = suggest(practices, [checkin(0, social=3), checkin(1, social=2)])
    assert s.practice_id == "loving-kindness" and s.rule == "social"


def test_the_lowest_component_picks_its_practice(practices):
    for component, practice_id in COMPONENT_PRACTICE.items():
        scores = {"self_kindness": 3.5, "common_humanity": 3.5, "mindfulness": 3.5, component: 2.0}
        s = suggest(practices, [], scores)
        assert (s.practice_id, s.rule) == (practice_id, component)
    assert suggest(practices, [], {"self_kindness": 3, "mindfulness": 3}).rule == "default"  # a tie


def test_a_missing_practice_is_passed_over(practices):
    fewer = {k: v for k, v in practices.items() if k != "grounding"}
    s = suggest(fewer, [checkin(0, distress=9, sleep_hours=3)])
    assert s.practice_id == "self-care-check"
    only = {"rain": practices["rain"]}
    assert suggest(only).practice_id == "rain"
    with pytest.raises(ValueError):
        suggest({})


def test_every_suggested_practice_exists(practices):
    from hearten.domain import suggest as rules

    for practice_id in [
        rules.DEFAULT_PRACTICE,
        "grounding",
        "self-care-check",
        "loving-kindness",
        *COMPONENT_PRACTICE.values(),
    ]:
        assert practice_id in practices


def test_a_hard_day_at_home_offers_grounding_whatever_else_is_known(practices):
    """Home shows the help at its top after crisis words or a high check-in: the practice beside it steadies,
    even when the newest check-ins are calm and a component score points to a practice that turns towards pain."""
    calm_since = [checkin(0, distress=2, sleep_hours=8, social=8)]
    lowest_kindness = {"self_kindness": 1.0, "common_humanity": 4.0, "mindfulness": 4.0}
    assert suggest(practices, calm_since, lowest_kindness).practice_id == COMPONENT_PRACTICE["self_kindness"]
    s = suggest_practice(
        recent_checkins=calm_since, component_scores=lowest_kindness, practices=practices, hard_day=True
    )
    assert s.practice_id == "grounding" and s.rule == "distress"
