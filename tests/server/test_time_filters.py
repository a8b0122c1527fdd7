"""The utc and utc_date filters never fail a page, and a page that shows a time says once that it is UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from hearten.server.pages import env, utc_date, utc_time

NOTE = 'id="utc-note"'


@pytest.mark.parametrize(
    ("moment", "time", "day"),
    [
        # A bare time from our own store was written in UTC, whatever this machine's zone is.
        ("2026-03-02T09:00:00", "2026-03-02 09:00 UTC", "2026-03-02"),
        (datetime(2026, 3, 2, 23, 30), "2026-03-02 23:30 UTC", "2026-03-02"),
        # One with its offset is converted, which can move it to another day.
        ("2026-03-02T23:45:10+05:30", "2026-03-02 18:15 UTC", "2026-03-02"),
        ("2026-03-03T01:00:00+05:30", "2026-03-02 19:30 UTC", "2026-03-02"),
        (datetime(2026, 3, 2, 20, 0, tzinfo=timezone(timedelta(hours=-5))), "2026-03-03 01:00 UTC", "2026-03-03"),
        (" 2026-03-02T09:00:00Z ", "2026-03-02 09:00 UTC", "2026-03-02"),
        (datetime(2026, 3, 2, 9, 0, tzinfo=UTC), "2026-03-02 09:00 UTC", "2026-03-02"),
    ],
)
def test_times_with_and_without_an_offset_show_in_utc(moment, time, day):
    assert utc_time(moment) == time
    assert utc_date(moment) == day


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (None, ""),
        ("", ""),
        ("not a time", "not a time"),
        ("2026-13-45T99:00", "2026-13-45T99:00"),
        ("0001-01-01T00:30:00+05:00", "0001-01-01T00:30:00+05:00"),  # before year 1 once in UTC
        (42, ""),
        (["2026-03-02"], ""),
    ],
)
def test_what_cannot_be_read_as_a_time_shows_as_it_is_or_not_at_all(moment, shown):
    assert utc_time(moment) == shown
    assert utc_date(moment) == shown


def page(body: str, **values) -> str:
    return env.from_string('{% extends "base.html" %}{% block main %}' + body + "{% endblock %}").render(
        times_shown=[], **values
    )


def test_a_page_with_times_says_once_that_they_are_utc():
    html = page("<p>{{ a | utc }}</p><p>{{ b | utc_date }}</p><p>{{ a | utc }}</p>", a="2026-03-02T09:00:00", b="x")
    assert html.count(NOTE) == 1
    assert "Times on this page are given in UTC" in html
    assert html.index("2026-03-02 09:00 UTC") < html.index(NOTE)


def test_a_day_alone_is_also_noted():
    assert NOTE in page("<p>{{ a | utc_date }}</p>", a="2026-03-02T09:00:00+00:00")


@pytest.mark.parametrize("moment", [None, "", "soon", 42])
def test_a_page_without_a_readable_time_has_no_note(moment):
    html = page("<p>{{ a | utc }} {{ a | utc_date }}</p>", a=moment)
    assert NOTE not in html


def test_odd_text_in_a_time_field_stays_escaped():
    html = page("<p>{{ a | utc }}</p>", a="<b>soon</b>")
    assert "&lt;b&gt;soon&lt;/b&gt;" in html and "<b>soon" not in html
