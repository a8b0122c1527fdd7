"""Home's help after a hard day reaches back through the night: a check-in of high distress or crisis words
late in the evening still bring the help to the top just after midnight (domain.safety.hard_day_since)."""

from __future__ import annotations

from datetime import datetime, timedelta

from hearten import services
from hearten.domain import safety
from hearten.services import home

LATE = datetime(2026, 3, 9, 23, 50).astimezone()


def test_the_reach_is_the_day_or_twelve_hours_whichever_is_longer():
    assert safety.hard_day_since(LATE) == LATE.replace(hour=0, minute=0)
    just_after_midnight = LATE + timedelta(minutes=20)
    assert safety.hard_day_since(just_after_midnight) == just_after_midnight - timedelta(hours=12)


def test_a_high_distress_check_in_before_midnight_still_counts_after_it(store):
    services.add_checkin(store, at=LATE, distress=9)
    assert home.today(store, moment=LATE + timedelta(minutes=20))["decision"].show_help
    assert not home.today(store, moment=LATE + timedelta(hours=13))["decision"].show_help


def test_crisis_words_written_before_midnight_still_count_after_it(store):
    services.add_entry(store, text="I don't want to be here anymore.", at=LATE)
    assert home.today(store, moment=LATE + timedelta(minutes=20))["decision"].show_help
    assert not home.today(store, moment=LATE + timedelta(hours=13))["decision"].show_help
    services.add_entry(store, text="A slow morning with tea.", at=LATE + timedelta(hours=12, minutes=30))
    assert not home.today(store, moment=LATE + timedelta(hours=13))["decision"].show_help


def test_home_holds_questionnaires_back_for_as_long_as_the_help_is_at_the_top(store):
    assert home.today(store, moment=LATE)["held_back"] == frozenset()
    services.add_checkin(store, at=LATE, distress=9)
    held_back = home.today(store, moment=LATE + timedelta(minutes=20))["held_back"]
    assert held_back == {"assessment", "encryption", "experiment"}
    assert home.today(store, moment=LATE + timedelta(hours=13))["held_back"] == frozenset()


def test_home_gets_no_due_questionnaire_and_no_experiment_line_while_the_help_is_at_the_top(store):
    from hearten.services import experiments

    experiments.start(store, practice_id="rain", question="Does RAIN help?", moment=LATE - timedelta(days=1))
    calm = home.today(store, moment=LATE)
    assert calm["due"] and calm["experiment"] is not None  # a questionnaire never taken is due
    services.add_checkin(store, at=LATE, distress=9)
    hard = home.today(store, moment=LATE + timedelta(minutes=20))
    assert hard["due"] == [] and hard["experiment"] is None
    later = home.today(store, moment=LATE + timedelta(hours=13))
    assert later["due"] and later["experiment"] is not None


def test_home_offers_encryption_only_where_it_could_and_not_beside_the_help(store):
    assert home.today(store, moment=LATE, could_encrypt=True)["offer_encryption"]
    assert not home.today(store, moment=LATE, could_encrypt=False)["offer_encryption"]
    services.add_checkin(store, at=LATE, distress=9)
    assert not home.today(store, moment=LATE + timedelta(minutes=20), could_encrypt=True)["offer_encryption"]
