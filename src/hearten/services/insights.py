"""Use-cases for insights: what went with practice, next-day links, distress before and after."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hearten.domain.records import InvalidInput, now
from hearten.store import Store

ANY_TITLE = "Any practice"


def practice_titles() -> dict:
    """Practice id -> title, with the 'any practice' pseudo-practice.

    Read straight from the practice files' `title`, without validating whole practices:
    that would load pydantic, a tenth of a cold `hearten insights`. The files are validated
    wherever practices are run, and by the content tests.
    """
    import tomllib

    from hearten.content import content_dir

    titles = {}
    for path in sorted((content_dir() / "practices").glob("*.toml")):
        with path.open("rb") as handle:
            titles[path.stem] = tomllib.load(handle).get("title", path.stem)
    titles["any"] = ANY_TITLE
    return titles


def records(store: Store, *, days: int | None, moment: datetime) -> tuple[dict, date, date]:
    """The records insights are made from, and the first and last day: the last `days` days, or all."""
    today = moment.date()
    since = None
    if days is not None:
        if days < 2:
            raise InvalidInput("--days must be at least 2: insights compare days with each other")
        if days < today.toordinal():  # a window reaching before the calendar's first day is everything
            since = datetime.combine(today - timedelta(days=days - 1), time(), tzinfo=moment.tzinfo)
    found = {
        "checkins": store.list_checkins(since=since),
        "entry_moods": store.list_entry_moods(since=since),
        "sessions": store.list_sessions(since=since),
        "assessments": store.list_assessments(since=since),
    }
    firsts = [c.at for c in found["checkins"]] + [s.started_at for s in found["sessions"]]
    firsts += [moment for moment, _ in found["entry_moods"][:1]]
    first = min(firsts).date() if firsts else today
    if since is not None and since.date() >= first:
        return found, since.date(), today
    # Everything, or a window reaching back before the first record ("--days 100000"): from the first record,
    # so the days said are days hearten could have known about.
    return found, first, today


def insights(store: Store, *, days: int | None = None, moment: datetime | None = None):
    """Every effect and link the data can bear, with 95% intervals (domain.effects.Insights)."""
    from hearten.domain import effects

    moment = moment or now()
    found, start, end = records(store, days=days, moment=moment)
    return effects.insights(**found, start=start, end=end)


def insights_json(store: Store, *, days: int | None = None, moment: datetime | None = None) -> dict:
    """The `hearten insights --json` document."""
    from hearten.domain import effects

    return effects.as_json(insights(store, days=days, moment=moment), titles=practice_titles())
