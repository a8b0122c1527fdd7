"""`hearten insights`: the JSON contract and the words, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from hearten.domain.records import NewCheckin, NewSession, now
from tests.support.cli import run_hearten, run_json

DAYS = 60


def fill(store, *, days=DAYS):
    """`days` days of check-ins; mindful breathing in runs of 3 days (mood 2 higher), loving-kindness twice."""
    today = now().replace(hour=12, minute=0, second=0, microsecond=0)
    checkins, sessions = [], []
    for back in range(days):
        at = today - timedelta(days=back)
        practised = (back // 3) % 2 == 0
        checkins.append(
            NewCheckin(
                at=at + timedelta(hours=6),
                mood=4 + 2 * practised + back % 2,
                distress=5 - back % 3,
                sleep_hours=6 + back % 4,
                social=3 + back % 5,
            )
        )
        if practised:
            sessions.append(
                (
                    NewSession(
                        practice_id="mindful-breathing",
                        started_at=at,
                        ended_at=at + timedelta(minutes=5),
                        planned_seconds=300,
                        actual_seconds=300,
                        completed=True,
                        distress_before=6,
                        distress_after=4 if back % 7 else 9,
                    ),
                    [],
                )
            )
        if back in (10, 20):
            sessions.append(
                (
                    NewSession(
                        practice_id="loving-kindness",
                        started_at=at + timedelta(hours=1),
                        ended_at=at + timedelta(hours=1, minutes=5),
                        planned_seconds=300,
                        actual_seconds=300,
                        completed=True,
                    ),
                    [],
                )
            )
    store.import_records(checkins=checkins, sessions=sessions)


CONTRACT_EFFECT = {"practice", "measure", "lag", "difference", "low", "high", "n_with", "n_without"}


def test_insights_json_contract(store, home_env):
    fill(store)
    document = run_json(["insights", "--json"], home_env)
    assert {"effects", "associations", "not_yet"} <= set(document)
    effects = {(e["practice"], e["measure"], e["lag"]): e for e in document["effects"]}
    mood = effects[("mindful-breathing", "mood", 0)]
    assert CONTRACT_EFFECT <= set(mood)
    assert mood["n_with"] + mood["n_without"] == DAYS and mood["n_with"] >= 14 and mood["n_without"] >= 14
    assert mood["low"] <= mood["difference"] <= mood["high"] and 1.5 < mood["difference"] < 2.5 and mood["low"] > 0
    assert ("any", "mood", 1) in effects and ("mindful-breathing", "distress", 1) in effects
    assert all(e["practice"] != "loving-kindness" for e in document["effects"])
    (waiting,) = [w for w in document["not_yet"] if w["practice"] == "loving-kindness"]
    assert waiting["days_needed"] == 12  # 2 days with it, 14 needed
    assert all({"factor", "measure", "lag", "r", "low", "high", "n"} <= set(a) for a in document["associations"])
    assert {(a["factor"], a["measure"]) for a in document["associations"]} >= {
        ("sleep_hours", "mood"),
        ("social", "distress"),
    }
    assert all(a["lag"] == 1 and a["n"] == DAYS - 1 for a in document["associations"])
    breathing = [c for c in document["distress"] if c["practice"] == "mindful-breathing"][0]
    assert breathing["n"] == 30 and breathing["rises"] == sum(
        1 for b in range(DAYS) if (b // 3) % 2 == 0 and b % 7 == 0
    )


def test_insights_words(store, home_env):
    fill(store)
    out = run_hearten(["insights"], home_env, check=True).out
    assert "Mindful breathing: practising was linked with mood" in out
    assert "days with" in out and "95% interval" in out
    assert "Loving-kindness: at least 12 more days" in out
    assert "by chance" in out and "caused" not in out.replace("not that one caused", "")


def test_days_window_and_too_little_data(store, home_env):
    fill(store)
    document = run_json(["insights", "--days", "20", "--json"], home_env)
    assert document["days"] == 20 and document["effects"] == []
    assert {w["practice"] for w in document["not_yet"]} >= {"any", "mindful-breathing"}
    result = run_hearten(["insights", "--days", "1"], home_env)
    assert result.returncode == 1 and "at least 2" in result.err


def test_empty_home_says_nothing_yet(home_env):
    out = run_hearten(["insights"], home_env, check=True).out
    assert "Nothing to show yet" in out


def test_rises_in_distress_are_shown_before_anything_else_can_be(home_env, tmp_path):
    """Two practices with distress rising by 3: too few days for any effect, but the rises are said."""
    answers = tmp_path / "rise.json"
    answers.write_text('{"distress_before": 2, "distress_after": 5}')
    for _ in range(2):
        run_hearten(
            ["practice", "run", "self-talk-30-30", "--answers", str(answers), "--pace", "fast"], home_env, check=True
        )
    out = run_hearten(["insights"], home_env, check=True).out
    assert "Nothing to show yet" not in out
    assert "Distress rose by 3 or more in 2 of 2 sessions." in out


def test_a_window_far_longer_than_the_data_starts_at_the_first_record(store, home_env):
    """--days 100000 does not say "from 1753", and a number past the calendar is everything, not an error."""
    fill(store)
    everything = run_json(["insights", "--json"], home_env)
    for days in ("100000", "99999999999"):
        document = run_json(["insights", "--days", days, "--json"], home_env)
        assert document["start"] == everything["start"] and document["days"] == everything["days"]
