"""The Reminders section of Settings, and what an open tab is told is due."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from tests.web.conftest import post_form

EVERY_DAY = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]  # as the form comes, every day ticked


@pytest.fixture
def backend():
    return "sqlite"  # reminders live in a file of their own, whatever the database


@pytest.fixture(autouse=True)
def berlin(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")


def test_settings_has_a_reminders_section_that_starts_empty(client):
    page = client.get("/settings").text
    assert 'id="reminders"' in page and "There are none until you add one" in page
    assert 'name="at" type="time"' in page and 'value="practice:grounding"' in page
    assert "reminder-row" not in page
    assert "hearten remind install" in page


def test_add_and_remove_a_reminder_from_settings(client, settings):
    response = post_form(
        client, "/settings/reminders", {"at": "08:15", "days": ["mon", "wed"], "target": "practice:rain"}
    )
    assert response.status_code == 303 and response.headers["location"].endswith("#reminders")
    page = client.get("/settings").text
    assert "08:15, mon,wed" in page and "Practice: RAIN" in page
    from hearten.services.reminders import list_reminders

    assert list_reminders(settings)["reminders"] == [
        {"id": 1, "at": "08:15", "days": ["mon", "wed"], "for": "practice:rain"}
    ]
    assert post_form(client, "/settings/reminders/1/remove", {}).status_code == 303
    assert list_reminders(settings)["reminders"] == []
    assert "reminder-row" not in client.get("/settings").text


def test_no_day_ticked_or_a_bad_time_is_explained_beside_the_form(client, settings):
    from hearten.services.reminders import list_reminders

    refused = post_form(client, "/settings/reminders", {"at": "21:00", "target": "journal"})
    assert refused.status_code == 400 and "Choose at least one day" in refused.text
    assert 'id="reminders"' in refused.text  # the Settings page again, not a page of its own
    assert list_reminders(settings)["reminders"] == []
    refused = post_form(client, "/settings/reminders", {"at": "late", "days": ["mon"], "target": "journal"})
    assert refused.status_code == 400 and "HH:MM" in refused.text and "Nothing was added" in refused.text
    assert post_form(client, "/settings/reminders/9/remove", {}).status_code == 400


def test_each_change_to_reminders_is_confirmed(client):
    for sent, path, words in (
        ({"at": "08:00", "days": ["mon"], "target": "journal"}, "/settings/reminders", "Reminder added."),
        ({}, "/settings/reminders/1/remove", "Reminder removed."),
        ({"quiet_start": "22:00", "quiet_end": "07:00"}, "/settings/reminders/quiet", "Quiet hours saved."),
        ({"quiet_start": "", "quiet_end": ""}, "/settings/reminders/quiet", "Quiet hours are off."),
    ):
        done = post_form(client, path, sent)
        assert done.status_code == 303, done.text[:300]
        assert words in client.get(done.headers["location"].split("#")[0]).text


def test_quiet_hours_are_saved_and_cleared(client, settings):
    post_form(client, "/settings/reminders/quiet", {"quiet_start": "22:00", "quiet_end": "07:30"})
    page = client.get("/settings").text
    assert 'name="quiet_start" type="time" value="22:00"' in page and 'value="07:30"' in page
    post_form(client, "/settings/reminders/quiet", {"quiet_start": "", "quiet_end": ""})
    from hearten.services.reminders import list_reminders

    assert list_reminders(settings)["quiet_hours"] is None


def test_a_refused_reminder_comes_back_as_it_was_typed(client):
    refused = post_form(client, "/settings/reminders", {"at": "25:00", "days": ["tue", "sat"], "target": "journal"})
    assert refused.status_code == 400 and "Nothing was added" in refused.text
    assert 'id="reminder-at" name="at" type="time" required value="25:00"' in refused.text
    ticked = re.findall(r'name="days" value="([a-z]+)" checked', refused.text)
    assert ticked == ["tue", "sat"]
    assert '<option value="journal" selected>' in refused.text
    no_days = post_form(client, "/settings/reminders", {"at": "21:30", "target": "journal"})
    assert 'value="21:30"' in no_days.text and not re.findall(r'name="days" value="[a-z]+" checked', no_days.text)
    # a fresh page offers the usual defaults again
    fresh = client.get("/settings").text
    assert 'required value="09:00"' in fresh and len(re.findall(r'name="days" value="[a-z]+" checked', fresh)) == 7


def test_refused_quiet_hours_come_back_as_they_were_typed(client):
    half = post_form(client, "/settings/reminders/quiet", {"quiet_start": "23:15", "quiet_end": ""})
    assert half.status_code == 400
    assert 'id="quiet-start" name="quiet_start" type="time" value="23:15"' in half.text
    assert 'required value="09:00"' in half.text  # the other form is untouched


def test_quiet_hours_with_one_time_are_asked_again_not_turned_off(client, settings):
    from hearten.services.reminders import list_reminders

    post_form(client, "/settings/reminders/quiet", {"quiet_start": "22:00", "quiet_end": "07:30"})
    half = post_form(client, "/settings/reminders/quiet", {"quiet_start": "", "quiet_end": "06:00"})
    assert half.status_code == 400 and "need both times" in half.text
    assert list_reminders(settings)["quiet_hours"] == "22:00-07:30"  # as they were


def test_an_open_tab_is_told_what_came_due_and_what_comes_next(client, clock):
    post_form(client, "/settings/reminders", {"at": "09:00", "days": EVERY_DAY, "target": "checkin"})
    post_form(client, "/settings/reminders", {"at": "11:00", "days": EVERY_DAY, "target": "journal"})
    clock.moment = datetime(2026, 6, 3, 7, 30, tzinfo=UTC)  # 09:30 in Berlin
    data = client.get("/api/reminders/now").json()
    assert [item["body"] for item in data["recent"]] == [
        "If you have a moment, a short check-in is here. It is fine to let this one pass."
    ]
    assert data["recent"][0]["url"] == "/checkin"
    assert [(item["for"], item["in_seconds"]) for item in data["upcoming"]] == [("journal", 5400), ("checkin", 84600)]
    clock.moment = datetime(2026, 6, 3, 10, 30, tzinfo=UTC)  # 12:30: the morning is let go
    assert [item["for"] for item in client.get("/api/reminders/now").json()["recent"]] == ["journal"]


def test_home_has_a_place_for_the_quiet_line(client):
    page = client.get("/").text
    assert "data-reminder-line hidden" in page and "/static/reminders.js" in page


def test_after_a_hard_day_an_open_tab_is_told_of_no_questionnaire(client, clock):
    post_form(client, "/settings/reminders", {"at": "09:00", "days": EVERY_DAY, "target": "assessment"})
    post_form(client, "/settings/reminders", {"at": "09:00", "days": EVERY_DAY, "target": "checkin"})
    post_form(client, "/settings/reminders", {"at": "11:00", "days": EVERY_DAY, "target": "assessment"})
    clock.moment = datetime(2026, 6, 3, 7, 30, tzinfo=UTC)  # 09:30 in Berlin
    calm = client.get("/api/reminders/now").json()
    assert sorted(item["for"] for item in calm["recent"]) == ["assessment", "checkin"]
    assert "assessment" in [item["for"] for item in calm["upcoming"]]
    assert post_form(client, "/checkin", {"distress": "9"}).status_code in (200, 303)
    hard = client.get("/api/reminders/now").json()
    assert [item["for"] for item in hard["recent"]] == ["checkin"]  # the check-in's invitation stays
    assert "assessment" not in [item["for"] for item in hard["upcoming"]]  # no notification for one later either


def test_a_reminder_inside_quiet_hours_is_pointed_out_as_in_the_cli(client):
    post_form(client, "/settings/reminders/quiet", {"quiet_start": "22:00", "quiet_end": "07:00"})
    done = post_form(client, "/settings/reminders", {"at": "23:00", "days": EVERY_DAY, "target": "checkin"})
    page = client.get(done.headers["location"].split("#")[0]).text
    assert "Reminder added." in page and "23:00 falls inside your quiet hours" in page
    done = post_form(client, "/settings/reminders", {"at": "09:00", "days": EVERY_DAY, "target": "checkin"})
    assert "quiet hours, so" not in client.get(done.headers["location"].split("#")[0]).text


def test_an_unknown_time_zone_in_the_file_leaves_settings_usable_and_says_so(client, settings):
    from pathlib import Path

    post_form(client, "/settings/reminders", {"at": "09:00", "days": EVERY_DAY, "target": "checkin"})
    path = Path(settings.home) / "reminders.toml"
    path.write_text('timezone = "Mars/Olympus"\n' + path.read_text())
    response = client.get("/settings")
    assert response.status_code == 200
    assert "Mars/Olympus" in response.text and "is not a time zone" in response.text and "Export" in response.text
