"""Use-cases for personal experiments: draw and save a schedule, say today's assignment, report the result."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from hearten.domain.experiments import DEFAULT_WEEKS, Experiment, assignment, check_question, draw_schedule
from hearten.domain.records import InvalidInput, now
from hearten.store import Store


def current(store: Store, *, moment: datetime | None = None) -> Experiment | None:
    """The experiment still running (not stopped, not past its last day), if any."""
    today = (moment or now()).date()
    for experiment in store.list_experiments():
        if experiment.stopped_on is None and experiment.end >= today:
            return experiment
    return None


def latest(store: Store) -> Experiment | None:
    found = store.list_experiments()
    return found[0] if found else None


def start(
    store: Store,
    *,
    practice_id: str,
    question: str,
    weeks: int = DEFAULT_WEEKS,
    moment: datetime | None = None,
    coin=None,
) -> Experiment:
    """Draw a randomised schedule that starts tomorrow, and save it with the question before any data come in."""
    from hearten.services.practice_sessions import get_practice

    moment = moment or now()
    get_practice(practice_id=practice_id)  # an unknown practice raises InvalidInput with the known ones
    running = current(store, moment=moment)
    if running is not None:
        raise InvalidInput(
            f"an experiment with {running.practice_id} is already running until "
            f"{running.end:%d %b}; to end it early: hearten experiment stop"
        )
    if coin is None:
        import secrets

        coin = lambda: secrets.randbelow(2) == 1  # noqa: E731
    periods = draw_schedule(start=moment.date() + timedelta(days=1), weeks=weeks, coin=coin)
    experiment = Experiment(
        id=None, practice_id=practice_id, question=check_question(question), periods=periods, created_at=moment
    )
    return experiment.replace(id=store.add_experiment(experiment))


def stop(store: Store, *, moment: datetime | None = None) -> Experiment:
    """End the running experiment today; what was gathered so far stays and can still be read."""
    moment = moment or now()
    running = current(store, moment=moment)
    if running is None:
        raise InvalidInput('no experiment is running; to begin one: hearten experiment start PRACTICE --question "…"')
    store.stop_experiment(running.id, on=moment.date())
    return running.replace(stopped_on=moment.date())


def today_assignment(store: Store, *, moment: datetime | None = None) -> dict | None:
    """For Home: today's part of the running experiment (practice, rest, or starting tomorrow)."""
    moment = moment or now()
    running = current(store, moment=moment)
    if running is None:
        return None
    today = moment.date()
    return {
        "practice_id": running.practice_id,
        "question": running.question,
        "today": assignment(running, today),
        "starts": running.start,
        "ends": running.end,
    }


def status(store: Store, *, moment: datetime | None = None) -> dict:
    """The latest experiment, today's assignment and the result so far, as plain data (`--json`)."""
    from hearten.domain import effects
    from hearten.domain.experiments import periods_json, result
    from hearten.services.insights import practice_titles

    moment = moment or now()
    experiment = latest(store)
    if experiment is None:
        return {"experiment": None}
    today = moment.date()
    since = datetime.combine(experiment.start, time(), tzinfo=moment.tzinfo)
    until = datetime.combine(experiment.end + timedelta(days=1), time(), tzinfo=moment.tzinfo)
    days = effects.build_days(
        checkins=store.list_checkins(since=since, until=until),
        entry_moods=store.list_entry_moods(since=since, until=until),
        sessions=store.list_sessions(since=since, until=until),
        start=experiment.start,
        end=experiment.end,
    )
    found = result(experiment, days=days, today=today)
    title = practice_titles().get(experiment.practice_id, experiment.practice_id)
    return {
        "experiment": {
            "id": experiment.id,
            "practice": experiment.practice_id,
            "title": title,
            "question": experiment.question,
            "start": experiment.start.isoformat(),
            "end": experiment.end.isoformat(),
            "stopped_on": experiment.stopped_on.isoformat() if experiment.stopped_on else None,
            "saved_at": experiment.created_at.isoformat(),
            "periods": periods_json(experiment.periods),
        },
        "today": assignment(experiment, today),
        "result": {
            "days_so_far": found["days_so_far"],
            "followed": found["followed"],
            "finished": found["finished"],
            "days_needed": found["days_needed"],
            "effects": [
                {
                    "measure": e.measure,
                    "difference": effects.rounded(e.difference),
                    "low": effects.rounded(e.low),
                    "high": effects.rounded(e.high),
                    "n_with": e.n_with,
                    "n_without": e.n_without,
                    "clear": e.clear,
                }
                for e in found["effects"]
            ],
        },
    }
