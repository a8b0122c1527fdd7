"""Home after a hard day: a check-in of high distress, or crisis words written today, puts kind words,
grounding and the help lines at the top of `hearten home` and of the web's home, not only in a last line."""

from __future__ import annotations

import pytest

from hearten.domain import safety
from tests.support.cli import run_hearten


@pytest.mark.usefixtures("one_day")  # checked in today, and home looks at today
def test_a_high_distress_check_in_today_brings_the_help_to_the_top(home_env):
    calm = run_hearten(["home"], home_env, check=True).out
    assert safety.HARD_DAY[0] not in calm
    run_hearten(["checkin", "--distress", "9"], home_env, check=True)
    out = run_hearten(["home"], home_env, check=True).out
    assert out.index(safety.HARD_DAY[0]) < out.index("Today's check-ins")
    assert "findahelpline.com" in out and "call your local emergency number now" in out
    assert "hearten practice run grounding" in out


@pytest.mark.usefixtures("one_day")  # written today, and home looks at today
def test_crisis_words_written_today_bring_the_help_to_the_top(home_env):
    run_hearten(["journal", "add", "Lovely walk by the river with Sam."], home_env, check=True)
    assert safety.HARD_DAY[0] not in run_hearten(["home"], home_env, check=True).out
    run_hearten(["journal", "add", "I don't want to be here anymore."], home_env, check=True)
    out = run_hearten(["home"], home_env, check=True).out
    assert out.index(safety.HARD_DAY[0]) < out.index("Recent entries")


@pytest.mark.usefixtures("one_day")  # checked in today, and home looks at today
def test_after_a_high_distress_check_in_home_asks_for_no_questionnaire(home_env):
    from hearten import messages

    calm = run_hearten(["home"], home_env, check=True).out
    assert messages.HOME_DUE_MANY in calm and "hearten assess take wellbeing-weekly" in calm  # never taken: due
    run_hearten(["checkin", "--distress", "9"], home_env, check=True)
    out = run_hearten(["home"], home_env, check=True).out
    assert safety.HARD_DAY[0] in out
    assert "hearten assess take" not in out and messages.HOME_DUE_MANY not in out
    assert "hearten practice run grounding" in out  # what is offered instead stays


@pytest.mark.usefixtures("one_day")  # checked in today, and home looks at today
def test_after_a_high_distress_check_in_home_puts_off_the_offer_to_encrypt(home_env):
    from hearten import messages

    offered = "HEARTEN_DATABASE_URL" not in home_env  # a server's database is never offered encryption
    assert (messages.HOME_OFFER_ENCRYPTION in run_hearten(["home"], home_env, check=True).out) is offered
    run_hearten(["checkin", "--distress", "9"], home_env, check=True)
    out = run_hearten(["home"], home_env, check=True).out
    assert safety.HARD_DAY[0] in out and messages.HOME_OFFER_ENCRYPTION not in out


@pytest.mark.usefixtures("one_day")  # checked in today, and home looks at today
def test_after_a_high_distress_check_in_home_leaves_out_the_experiment_line(home_env):
    run_hearten(["experiment", "start", "rain", "--question", "Does RAIN help?"], home_env, check=True)
    assert "Your experiment with" in run_hearten(["home"], home_env, check=True).out
    run_hearten(["checkin", "--distress", "9"], home_env, check=True)
    out = run_hearten(["home"], home_env, check=True).out
    assert safety.HARD_DAY[0] in out and "Your experiment" not in out
    assert "Does RAIN help?" in run_hearten(["experiment", "status"], home_env, check=True).out  # still there


@pytest.mark.usefixtures("one_day")  # written today, and home looks at today
def test_after_crisis_words_home_asks_for_no_questionnaire_but_still_invites_a_check_in(home_env):
    from hearten import messages

    run_hearten(["journal", "add", "I don't want to be here anymore."], home_env, check=True)
    out = run_hearten(["home"], home_env, check=True).out
    assert safety.HARD_DAY[0] in out and "hearten assess take" not in out
    assert messages.HOME_NO_CHECKIN in out  # noticing how you are is no burden, and it is where help begins


def test_the_week_says_under_a_minute_rather_than_none():
    from hearten import messages

    assert messages.practice_week(0.2, 3) == "This week you gave yourself under a minute of practice across 3 sessions."
    assert messages.practice_week(1.4, 1) == "This week you gave yourself 1 minute of practice across 1 session."
    assert messages.practice_week(12, 2) == "This week you gave yourself 12 minutes of practice across 2 sessions."


@pytest.mark.usefixtures("one_day")  # written today, and home looks at today
def test_after_crisis_words_the_practice_home_suggests_is_grounding(home_env):
    from hearten import messages

    suggestion = messages.HOME_SUGGESTION.split("{")[0]
    calm = run_hearten(["home"], home_env, check=True).out
    assert "hearten practice run grounding)" not in calm.split(suggestion)[1].splitlines()[0]
    run_hearten(["journal", "add", "I don't want to be here anymore."], home_env, check=True)
    out = run_hearten(["home"], home_env, check=True).out
    assert out.split(suggestion)[1].splitlines()[0].endswith("(hearten practice run grounding)")


@pytest.mark.usefixtures("one_day")  # written today, and the suggestion looks at today
def test_practice_suggest_agrees_with_home_after_crisis_words(home_env):
    from tests.support.cli import run_json

    run_hearten(["checkin", "--distress", "2"], home_env, check=True)  # calm check-ins alone would not say so
    assert run_json(["practice", "suggest", "--json"], home_env)["practice_id"] != "grounding"
    run_hearten(["journal", "add", "I don't want to be here anymore."], home_env, check=True)
    assert run_json(["practice", "suggest", "--json"], home_env)["practice_id"] == "grounding"


def test_after_a_hard_day_home_says_hello_not_good_morning():
    from hearten import messages

    assert messages.home_greeting("morning", hard_day=True) == "Hello"
    assert messages.home_greeting("morning", hard_day=False) == "Good morning"
