"""Home's use-case: what `hearten home` and the web's home show today, and what a hard day leaves out there."""

from __future__ import annotations

from datetime import datetime, timedelta

from hearten.domain.records import now
from hearten.services import hard_day
from hearten.store import Store


def today(store: Store, *, moment: datetime | None = None, could_encrypt: bool = False, cached_due=None) -> dict:
    """What the home screen shows: today's check-ins, recent entries, this week's practice, whether the
    help goes at the top after a hard day (`decision`), and what home then leaves out (`held_back`): beside
    the help, `due` (the questionnaires that are due) is empty, `experiment` (today's part of a running one)
    is None and `offer_encryption` is False. `could_encrypt`: the journal is embedded and not yet encrypted,
    which only the caller's settings know. `cached_due`: a function of no arguments that returns the caller's
    own (cached) services.assessments.due_instruments."""
    from hearten.domain import safety

    moment = moment or now()
    start_of_day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    week_ago = start_of_day - timedelta(days=6)
    sessions = store.list_sessions(since=week_ago)
    recent_checkins = store.list_checkins(since=safety.hard_day_since(moment))  # never later than the day's start
    entries = store.list_entries(limit=3)
    checkins = [c for c in recent_checkins if c.at >= start_of_day]
    decision = hard_day(store, moment=moment, checkins_since=recent_checkins, any_entries=bool(entries))
    held_back = safety.held_back(decision)
    if "assessment" in held_back:
        due = []
    elif cached_due is not None:
        due = cached_due()
    else:
        from hearten.services.assessments import due_instruments as due_now

        due = due_now(store, now=moment)
    if "experiment" in held_back:
        experiment = None
    else:
        from hearten.services.experiments import today_assignment

        experiment = today_assignment(store, moment=moment)
    return {
        "checkins": checkins,
        "recent_entries": entries,
        "week_sessions": sessions,
        "week_minutes": sum(s.actual_seconds or s.planned_seconds for s in sessions) / 60,
        # domain.safety.after_today: the help at the top of home after a hard day
        "decision": decision,
        # domain.safety.held_back: what home then leaves out ("assessment": due questionnaires, their reminder;
        # "encryption": the offer to encrypt; "experiment": today's part of one)
        "held_back": held_back,
        "due": due,
        "experiment": experiment,
        # offered every time until chosen, never silently skipped; only a hard day puts it off
        "offer_encryption": could_encrypt and "encryption" not in held_back,
    }
