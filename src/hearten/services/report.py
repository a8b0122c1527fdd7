"""Use-cases for the report a person can bring to their therapist: a week or a month, their choice what goes in."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from statistics import fmean

from hearten import messages
from hearten.domain.records import InvalidInput, now
from hearten.store import Store

PERIODS = {"week": 7, "month": 30}
FORMATS = (".pdf", ".html")
# What a report can hold besides the journal, each of which a person may leave out: the days' check-ins,
# practice, questionnaire scores, and what went with practising.
PARTS = tuple(messages.REPORT_PARTS)


def check_parts(leave_out) -> tuple[str, ...]:
    """The parts that go in, in order, once `leave_out` (names from PARTS) is taken away."""
    unknown = sorted(set(leave_out) - set(PARTS))
    if unknown:
        raise InvalidInput(f"a report can leave out {', '.join(PARTS)}, not {', '.join(map(repr, unknown))}")
    kept = tuple(part for part in PARTS if part not in set(leave_out))
    return kept


def report_data(
    store: Store,
    *,
    period: str = "week",
    include_journal: bool = False,
    leave_out=(),
    moment: datetime | None = None,
) -> dict:
    """What the report shows, as plain data: the period's check-ins, practice, scores and insights."""
    from hearten.domain import insights as series
    from hearten.services import insights as insight_service

    if period not in PERIODS:
        raise InvalidInput(f"the period must be week or month, not {period!r}")
    parts = check_parts(leave_out)
    moment = moment or now()
    end = moment.date()
    start = end - timedelta(days=PERIODS[period] - 1)
    since = datetime.combine(start, time(), tzinfo=moment.tzinfo)
    checkins = list(reversed(store.list_checkins(since=since)))
    sessions = list(reversed(store.list_sessions(since=since)))
    titles = insight_service.practice_titles()

    days = []
    for day, mood in series.daily_means(checkins, "mood", start=start, end=end):
        days.append({"day": day, "mood": mood})
    distress = dict(series.daily_means(checkins, "distress", start=start, end=end))
    sleep = dict(series.daily_means(checkins, "sleep_hours", start=start, end=end))
    by_day = {row["day"]: row for row in days}
    for day in sorted(set(distress) | set(sleep)):
        by_day.setdefault(day, {"day": day, "mood": None})
    rows = [{**by_day[day], "distress": distress.get(day), "sleep": sleep.get(day)} for day in sorted(by_day)]

    practice = {}
    for session in sessions:
        item = practice.setdefault(
            session.practice_id,
            {
                "title": titles.get(session.practice_id, session.practice_id),
                "sessions": 0,
                "minutes": 0.0,
                "changes": [],
            },
        )
        item["sessions"] += 1
        item["minutes"] += series.session_minutes(session)
        if session.distress_before is not None and session.distress_after is not None:
            item["changes"].append(session.distress_after - session.distress_before)
    practices = [
        {
            "title": p["title"],
            "sessions": p["sessions"],
            "minutes": round(p["minutes"]),
            "mean_change": round(fmean(p["changes"]), 1) if p["changes"] else None,
            "rated": len(p["changes"]),
        }
        for p in sorted(practice.values(), key=lambda p: -p["sessions"])
    ]

    taken = store.list_assessments(since=since)
    names = {}
    if taken:
        from hearten.services.assessments import list_instruments

        names = {i["id"]: i["title"] for i in list_instruments(store, now=moment)}
    scores = [
        {
            "taken_at": a.taken_at,
            "instrument": names.get(a.instrument_id, a.instrument_id),
            "total": a.total,
            "band": a.band,
        }
        for a in taken
    ]
    found = insight_service.insights_json(store, moment=moment)
    data = {
        "period": period,
        "start": start,
        "end": end,
        "made_at": moment,
        "checkins": len(checkins),
        "days": rows,
        "mood_average": _mean(c.mood for c in checkins),
        "distress_average": _mean(c.distress for c in checkins),
        "practices": practices,
        "scores": scores,
        "effects": [e for e in found["effects"] if e["clear"]][:10],
        "include_journal": include_journal,
        "parts": parts,
        "notes": [],
        "entries": [],
    }
    if include_journal:
        data["notes"] = [{"at": c.at, "text": c.note} for c in checkins if c.note]
        data["entries"] = [{"at": e.created_at, "text": e.text} for e in reversed(store.list_entries(since=since))]
    return data


def _mean(values):
    known = [v for v in values if v is not None]
    return round(fmean(known), 1) if known else None


def write_report(
    store: Store,
    *,
    out: str,
    period: str = "week",
    include_journal: bool = False,
    leave_out=(),
    moment: datetime | None = None,
) -> Path:
    """Make the report and write it to `out` (.pdf or .html), atomically; returns the path."""
    from hearten.files import write_atomic

    path = Path(out)
    if path.suffix.lower() not in FORMATS:
        raise InvalidInput(f"{path.name}: the report is made as a .pdf or an .html file")
    if not path.parent.is_dir():
        raise InvalidInput(f"{path.parent}: no such folder; create it first or choose another place")
    write_atomic(
        path,
        render_report(
            store,
            fmt=path.suffix.lower().lstrip("."),
            period=period,
            include_journal=include_journal,
            leave_out=leave_out,
            moment=moment,
        ),
    )
    return path


def render_report(
    store: Store,
    *,
    fmt: str,
    period: str = "week",
    include_journal: bool = False,
    leave_out=(),
    moment: datetime | None = None,
) -> bytes:
    """The report as the bytes of a PDF (fmt "pdf") or an HTML page (fmt "html")."""
    from hearten import reports

    if fmt not in ("pdf", "html"):
        raise InvalidInput(f"the report is made as pdf or html, not {fmt!r}")
    data = report_data(store, period=period, include_journal=include_journal, leave_out=leave_out, moment=moment)
    return reports.to_pdf(data) if fmt == "pdf" else reports.to_html(data).encode("utf-8")


def day_text(day: date) -> str:
    return f"{day.day} {day:%b}"
