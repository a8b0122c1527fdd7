"""Practice effects, next-day links and distress before/after: thresholds at their edges, words, seeds."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

import pytest

from hearten.domain import effects as fx
from hearten.domain.records import Assessment, Checkin, Session

START = date(2026, 1, 1)
UTC = UTC


def days_from(pattern: str, mood=None, **factors) -> fx.Days:
    """A Days from a pattern of 'P' (practised) and '.' (not), with a mood on every day."""
    count = len(pattern)
    mood = mood or [5.0 + (i % 3) * 0.5 + (1.0 if ch == "P" else 0.0) for i, ch in enumerate(pattern)]
    empty = [None] * count
    return fx.Days(
        start=START,
        count=count,
        measures={"mood": mood, "distress": empty, "self_compassion": empty},
        factors={name: factors.get(name, empty) for name in fx.FACTORS},
        practices={fx.ANY: [ch == "P" for ch in pattern]},
    )


def mood_effects(result, lag=0):
    return [e for e in result.effects if e.measure == "mood" and e.lag == lag and e.practice == fx.ANY]


# -- thresholds at their edges -------------------------------------------------------------
def test_fourteen_days_each_side_and_three_switches_is_enough():
    pattern = "P" * 7 + "." * 7 + "P" * 7 + "." * 7  # 14 with, 14 without, 3 switches
    assert fx.counts([c == "P" for c in pattern], [1.0] * 28, 0) == (14, 14, 3)
    result = fx.analyse(days_from(pattern))
    (effect,) = mood_effects(result)
    assert (effect.n_with, effect.n_without, effect.switches) == (14, 14, 3)
    assert effect.low <= effect.difference <= effect.high


def test_thirteen_days_on_one_side_is_not_yet_and_says_one_more_day():
    pattern = "P" * 6 + "." * 7 + "P" * 7 + "." * 7  # 13 with
    result = fx.analyse(days_from(pattern))
    assert mood_effects(result) == [] and result.effects == ()
    (waiting,) = result.not_yet
    assert (waiting.practice, waiting.days_needed, waiting.n_with) == (fx.ANY, 1, 13)


def test_two_switches_is_not_yet_however_many_days():
    pattern = "P" * 10 + "." * 20 + "P" * 10  # 20 and 20 days, but only 2 switches
    result = fx.analyse(days_from(pattern))
    assert result.effects == ()
    assert [(w.days_needed, w.switches) for w in result.not_yet] == [(1, 2)]


def test_days_needed_counts_both_sides_and_switches():
    assert fx.days_needed(14, 14, 3) == 0
    assert fx.days_needed(13, 14, 3) == 1
    assert fx.days_needed(10, 12, 5) == 6
    assert fx.days_needed(20, 20, 2) == 1
    assert fx.days_needed(0, 0, 0) == 28


def test_days_without_the_measure_do_not_count():
    pattern = "P" * 7 + "." * 7 + "P" * 7 + "." * 7
    mood = [None if i == 3 else 5.0 + (i % 2) for i in range(28)]
    result = fx.analyse(days_from(pattern, mood=mood))
    assert result.effects == () and result.not_yet[0].n_with == 13


def test_next_day_effects_pair_today_with_tomorrow():
    # practice on day i raises mood on day i + 1 only
    pattern = ("P" * 3 + "." * 3) * 12
    mood = [5.0] + [7.0 if pattern[i - 1] == "P" else 5.0 for i in range(1, len(pattern))]
    mood = [m + 0.1 * (i % 4) for i, m in enumerate(mood)]
    result = fx.analyse(days_from(pattern, mood=mood))
    (next_day,) = mood_effects(result, lag=1)
    (same_day,) = mood_effects(result, lag=0)
    assert next_day.difference == pytest.approx(2.0, abs=0.1) and next_day.low > 0
    assert abs(same_day.difference) < next_day.difference
    assert next_day.n_with + next_day.n_without == len(pattern) - 1


def test_results_are_reproducible():
    pattern = ("PP..P...") * 8
    assert fx.analyse(days_from(pattern)) == fx.analyse(days_from(pattern))


# -- next-day links ---------------------------------------------------------------------------
def test_a_factor_that_leads_tomorrows_mood_is_linked_with_it():
    sleep = [6.0 + ((i * 7) % 5) for i in range(60)]
    mood = [5.0] + [sleep[i - 1] - 3 + 0.3 * ((i * 3) % 4) for i in range(1, 60)]
    result = fx.analyse(days_from("." * 60, mood=mood, sleep_hours=sleep))
    (link,) = [a for a in result.associations if a.factor == "sleep_hours" and a.measure == "mood"]
    assert link.lag == 1 and link.n == 59
    assert link.r > 0.8 and 0 < link.low <= link.r <= link.high <= 1.0001


def test_a_factor_with_too_few_days_is_left_out():
    sleep = [7.0 if i % 2 else 6.0 for i in range(20)]
    result = fx.analyse(days_from("." * 20, sleep_hours=sleep))
    assert result.associations == ()


def test_at_most_one_screen_of_links():
    assert len(fx.FACTORS) * len(fx.ASSOCIATION_MEASURES) <= 8


# -- distress before and after ----------------------------------------------------------------
def session(i, practice="breathing", before=6, after=4, completed=True, seconds=300):
    start = datetime(2026, 1, 1, 8, tzinfo=UTC) + timedelta(days=i)
    return Session(
        id=i,
        uid=str(i),
        practice_id=practice,
        started_at=start,
        ended_at=start + timedelta(seconds=seconds),
        planned_seconds=300,
        actual_seconds=seconds,
        completed=completed,
        answers={},
        distress_before=before,
        distress_after=after,
        mood=None,
        stopped_reason=None,
    )


def test_distress_change_and_rises():
    sessions = [session(i, after=9 if i in (2, 5) else 4) for i in range(12)]
    changes = {c.practice: c for c in fx.distress_changes(sessions)}
    change = changes["breathing"]
    assert change.n == 12 and change.rises == 2 and change.share_rising == pytest.approx(2 / 12)
    assert change.mean_change == pytest.approx((10 * -2 + 2 * 3) / 12)
    assert change.low < change.mean_change < change.high
    assert changes[fx.ANY].n == 12


def test_too_few_rated_sessions_show_no_interval():
    (change, _) = fx.distress_changes([session(i) for i in range(fx.MIN_RATED_SESSIONS - 1)])
    assert change.mean_change is None and change.n == fx.MIN_RATED_SESSIONS - 1


# -- from records to days ------------------------------------------------------------------------
def test_build_days_from_records():
    at = datetime(2026, 1, 2, 9, tzinfo=UTC)
    checkins = [
        Checkin(
            id=1,
            uid="a",
            at=at,
            mood=4,
            distress=6,
            sleep_hours=7.0,
            active_minutes=None,
            social=5,
            food=None,
            note=None,
        ),
        Checkin(
            id=2,
            uid="b",
            at=at + timedelta(hours=8),
            mood=6,
            distress=None,
            sleep_hours=None,
            active_minutes=None,
            social=None,
            food=None,
            note="ok",
        ),
    ]
    entry_moods = [(at + timedelta(days=1), 3), (at, 9)]
    assessments = [
        Assessment(
            id=1,
            uid="s",
            instrument_id="self-compassion-checkin",
            instrument_version="1",
            taken_at=at,
            answers={},
            subscales={},
            total=3.5,
            band=None,
        )
    ]
    sessions = [session(1, practice="breathing"), session(2, practice="letter", completed=False, seconds=10)]
    days = fx.build_days(
        checkins=checkins,
        entry_moods=entry_moods,
        sessions=sessions,
        assessments=assessments,
        start=START,
        end=START + timedelta(days=3),
    )
    assert days.count == 4
    assert days.measures["mood"] == [None, 5.0, 3.0, None]  # a check-in mood wins over an entry's that day
    assert days.measures["distress"] == [None, 6.0, None, None]
    assert days.measures["self_compassion"] == [None, 3.5, None, None]
    assert days.factors["sleep_hours"] == [None, 7.0, None, None]
    assert days.practices["breathing"] == [False, True, False, False]
    assert "letter" not in days.practices  # opened and left at once
    assert days.practices[fx.ANY] == [False, True, False, False]


def test_importing_the_module_does_not_import_numpy():
    probe = "import sys, hearten.domain.effects; print('numpy' in sys.modules)"
    assert (
        subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip()
        == "False"
    )


@pytest.mark.parametrize(
    ("low", "high", "clear"),
    [(0.001, 1.399, False), (0.04, 1.4, False), (0.06, 1.4, True), (-1.4, -0.001, False), (-1.4, -0.2, True)],
)
def test_an_interval_shown_touching_zero_is_not_clear(low, high, clear):
    """Shown with one decimal, +0.0 to +1.4 touches zero: the words must not call it clear."""
    effect = fx.Effect(
        practice="rain", measure="mood", lag=0, difference=0.7, low=low, high=high, n_with=30, n_without=30, switches=4
    )
    assert effect.clear is clear


def test_a_correlation_shown_touching_zero_is_not_clear():
    assert not fx.clear_of_zero(0.004, 0.5, fx.CORRELATION_DECIMALS)
    assert fx.clear_of_zero(0.006, 0.5, fx.CORRELATION_DECIMALS)


# -- check-in activities as factors ------------------------------------------------------------
def activity_checkin(n, at, activities, mood):
    return Checkin(
        id=n,
        uid=str(n),
        at=at,
        mood=mood,
        distress=None,
        sleep_hours=None,
        active_minutes=None,
        social=None,
        food=None,
        note=None,
        activities=activities,
    )


def test_frequent_check_in_activities_become_factors_and_rare_ones_do_not():
    start = date(2026, 1, 1)
    checkins = []
    for i in range(60):
        at = datetime.combine(start + timedelta(days=i), datetime.min.time(), tzinfo=UTC).replace(hour=20)
        if i % 10 == 9:
            checkins.append(activity_checkin(i, at, (), 5))  # nothing noted: not a day without a walk
            continue
        walked = i % 3 == 0
        activities = ("walk",) * walked + ("cooked",) + ("choir",) * (i == 4)
        checkins.append(activity_checkin(i, at, activities, 5))
    days = fx.build_days(checkins=checkins, start=start, end=start + timedelta(days=59))
    walk = days.factors["activity:walk"]
    assert walk[0] == 1.0 and walk[1] == 0.0 and walk[9] is None
    # "cooked" is on every noted day, so it cannot go with anything; "choir" was once.
    assert "activity:cooked" not in days.factors and "activity:choir" not in days.factors


def test_an_activity_that_lifts_the_next_day_is_found_and_said_in_words():
    """Walks on random days, the next day's mood a point higher after one: the link is found and worded."""
    import random

    from hearten import messages

    rng = random.Random(4)
    start = date(2026, 1, 1)
    walked = [rng.random() < 0.5 for _ in range(90)]
    checkins = [
        activity_checkin(
            i,
            datetime.combine(start + timedelta(days=i), datetime.min.time(), tzinfo=UTC).replace(hour=20),
            ("walk", "work") if walked[i] else ("work",),
            5 + (1.5 if i and walked[i - 1] else 0) + rng.gauss(0, 0.5),
        )
        for i in range(90)
    ]
    found = fx.insights(checkins=checkins, start=start, end=start + timedelta(days=89))
    document = fx.as_json(found, titles={})
    (link,) = [a for a in document["associations"] if a["factor"] == "activity:walk" and a["measure"] == "mood"]
    assert link["clear"] and link["r"] > 0.5
    assert messages.insights_link(link).startswith(
        "Having “walk” among your activities on one day was linked with higher mood"
    )


def test_a_next_day_figure_that_waits_while_the_same_day_one_shows_is_said():
    """7 on, 7 off, twice: the same-day mood effect has 14 and 14; the next day has 14 and 13, so it waits,
    and not_yet says so instead of leaving the missing line unexplained."""
    from hearten import messages

    found = fx.analyse(days_from("PPPPPPP.......PPPPPPP......."))
    assert {(e.measure, e.lag) for e in found.effects if e.practice == fx.ANY} == {("mood", 0)}
    document = fx.as_json(found, titles={fx.ANY: "Any practice"})
    waiting = [w for w in document["not_yet"] if w["practice"] == fx.ANY]
    assert waiting == [
        {
            "practice": fx.ANY,
            "title": "Any practice",
            "days_needed": 1,
            "n_with": 14,
            "n_without": 13,
            "switches": 3,
            "measure": "mood",
            "lag": 1,
        }
    ]
    assert messages.insights_not_yet(waiting[0]) == (
        "Any practice, mood the next day: at least 1 more day(s) with a check-in before it shows."
    )
    assert messages.counted(messages.insights_not_yet(waiting[0])).endswith(
        "at least 1 more day with a check-in before it shows."
    )


def test_an_activity_in_crisis_words_is_never_a_factor():
    """However often it is noted and however it goes with mood, "self-harm" is not said to go with a better day."""
    start = date(2026, 1, 1)
    checkins = [
        activity_checkin(
            i,
            datetime.combine(start + timedelta(days=i), datetime.min.time(), tzinfo=UTC).replace(hour=20),
            ("self-harm", "walk") if i % 2 else ("walk", "work"),
            5 + i % 2,
        )
        for i in range(60)
    ]
    days = fx.build_days(checkins=checkins, start=start, end=start + timedelta(days=59))
    assert "activity:self-harm" not in days.factors and "activity:work" in days.factors
