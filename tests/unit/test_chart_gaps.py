"""Insights charts at phone size: gaps in the data stay gaps, dates are written for people, text stays 12 px."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from hearten.domain.charts import history_svg


def day(n):
    return datetime(2026, 11, n, 12, tzinfo=UTC)


POINTS = [(day(1), 5), (day(2), 6), (day(3), 4), (day(8), 7), (day(9), 6)]


def test_a_missing_day_breaks_the_line():
    svg = history_svg(POINTS, scale_min=0, scale_max=10, title="Mood", width=300, gap_days=1, people_dates=True)
    lines = re.findall(r'<polyline points="([^"]+)"', svg)
    assert [len(points.split()) for points in lines] == [3, 2]
    assert svg.count("<circle") == 5


def test_without_gap_days_one_line_as_before():
    svg = history_svg(POINTS, scale_min=0, scale_max=10, title="Mood")
    assert len(re.findall("<polyline", svg)) == 1 and "2026-11-01" in svg


def test_people_dates_and_phone_size_text():
    svg = history_svg(POINTS, scale_min=0, scale_max=10, title="Mood", width=300, gap_days=1, people_dates=True)
    assert 'viewBox="0 0 300 260"' in svg
    assert "from 1 Nov to 9 Nov" in svg and ">1 Nov<" in svg and "2026-11" not in svg
    # the Insights page shows it about 305 px wide on a 390 px phone (the browser test measures it)
    sizes = [int(s) for s in re.findall(r'font-size="(\d+)"', svg)]
    assert min(sizes) >= 13
