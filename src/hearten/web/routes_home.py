"""Home: today at a glance. No streaks and no counting of missed days."""

from __future__ import annotations

from fastapi import APIRouter, Request

from hearten import messages
from hearten.domain import insights
from hearten.services import assessments, practice_sessions
from hearten.services import help as help_service
from hearten.services import home as home_service
from hearten.web.charts import bars_at_two_sizes
from hearten.web.render import locale_of, page, state_of

router = APIRouter(include_in_schema=False)


@router.get("/")
def home(request: Request):
    state = state_of(request)
    store = state.store
    moment = state.now()
    minute = moment.replace(second=0, microsecond=0)
    today = home_service.today(
        store,
        moment=moment,
        could_encrypt=not state.settings.database_url and not state.encrypted,
        cached_due=lambda: state.cached(("due", minute), lambda: assessments.due_instruments(store, now=moment)),
    )
    suggestion = practice_sessions.suggest(
        store,
        moment=moment,
        hard_day=today["decision"].show_help,
        component_scores=state.cached("components", lambda: assessments.latest_component_scores(store)),
        practices_by_id=state.practices,
    )
    start = insights.window_start(moment.date(), 7)
    week = insights.minutes_per_day(today["week_sessions"], start=start, days=7)
    week_minutes = round(sum(minutes for _, minutes in week))
    chart = (
        bars_at_two_sizes(
            [(day.strftime("%a"), minutes) for day, minutes in week],
            title="Practice minutes, the last 7 days",
            wide=360,  # at a phone's width the narrow copy shows, its words still 12 px or more
            height=170,
        )
        if week_minutes
        else ""
    )
    from hearten.domain.dates import part_of_day

    greeting = messages.home_greeting(part_of_day(moment.hour), hard_day=today["decision"].show_help)
    return page(
        request,
        "home.html",
        title="Home",
        greeting=greeting,
        today=today,
        suggestion=suggestion,
        practice=state.practices[suggestion.practice_id],
        due=today["due"],  # none after a hard day (domain.safety.held_back), and none is mentioned
        week_minutes=week_minutes,
        week_sessions=len(today["week_sessions"]),
        week_chart=chart,
        offer_encryption=today["offer_encryption"],
        experiment=today["experiment"],
        help_lines=help_service.for_decision(state.settings, today["decision"], locale=locale_of(request)),
    )
