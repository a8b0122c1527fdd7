"""Insights: mood, distress, sleep, activity, self-compassion and practice over a chosen window."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from fastapi import APIRouter, Request

from hearten import messages, services
from hearten.domain import insights
from hearten.domain.charts import history_svg
from hearten.services import assessments, practice_sessions
from hearten.services import insights as insights_service
from hearten.web.charts import PHONE_WIDTH, bars_svg
from hearten.web.render import page, state_of

router = APIRouter(include_in_schema=False)
WINDOWS = {30: "30 days", 90: "3 months", 365: "a year"}
SELF_COMPASSION = "self-compassion-checkin"
WORDS = {
    "measures": messages.INSIGHTS_MEASURES,
    "when": messages.INSIGHTS_WHEN,
    "factors": messages.INSIGHTS_FACTOR_NAMES,
}


@router.get("/insights")
def insights_page(request: Request, days: int = 90):
    state = state_of(request)
    days = days if days in WINDOWS else 90
    moment = state.now()
    # Charts are redrawn only when the data (or the day) changes; see AppState.cached.
    charts = state.cached(("insights", days, moment.date()), lambda: _charts(state, days, moment))
    found = state.cached(("effects", moment.date()), lambda: insights_service.insights_json(state.store, moment=moment))
    return page(request, "insights.html", title="Insights", days=days, windows=WINDOWS, found=found, **WORDS, **charts)


def _charts(state, days: int, moment) -> dict:
    store = state.store
    today = moment.date()
    start = insights.window_start(today, days)
    since = datetime.combine(start, time(0), tzinfo=moment.tzinfo)
    checkins = services.list_checkins(store, since=since)
    charts = []
    for measure, (title, _, _) in insights.CHECKIN_MEASURES.items():
        series = insights.daily_means(checkins, measure, start=start, end=today)
        low, high = insights.chart_range(measure, series)
        svg = history_svg(
            insights.as_points(series),
            scale_min=low,
            scale_max=high,
            title=f"{title}, daily average",
            width=PHONE_WIDTH,
            gap_days=1,
            people_dates=True,
        )
        charts.append({"id": measure, "title": title, "svg": svg, "summary": insights.summary(series)})
    weeks = max(4, min(52, days // 7))
    week_start = datetime.combine(
        today - timedelta(days=today.weekday(), weeks=weeks - 1), time(0), tzinfo=moment.tzinfo
    )
    per_week = insights.minutes_per_week(
        practice_sessions.history(store, since=min(week_start, since)), today=today, weeks=weeks
    )
    practice_chart = bars_svg(
        [(f"{monday.day} {monday:%b}", minutes) for monday, minutes in per_week],
        title="Practice minutes per week",
        width=PHONE_WIDTH,
        labels=4,
    )
    found = assessments.history(store, instrument_id=SELF_COMPASSION)
    points = [(p["taken_at"], p["total"]) for p in found["points"] if p["taken_at"] >= since]
    scores_chart = history_svg(
        points,
        scale_min=found["scale"]["min"],
        scale_max=found["scale"]["max"],
        bands=[(b["name"], b["min"], b["max"]) for b in found["bands"]],
        title="Self-compassion reflection",
        width=PHONE_WIDTH,
        people_dates=True,
    )
    return {
        "charts": charts,
        "practice_chart": practice_chart,
        "practice_total": sum(m for _, m in per_week),
        "weeks": weeks,
        "scores_chart": scores_chart,
        "scores": len(points),
    }
