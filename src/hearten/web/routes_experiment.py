"""Experiment: start a randomised schedule of practice and rest periods, see today's part and the result."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse

from hearten import messages
from hearten.domain.records import InvalidInput
from hearten.services import experiments
from hearten.services.insights import practice_titles
from hearten.web.render import page, state_of

router = APIRouter(include_in_schema=False)


def _page(request: Request, error: str | None = None, status: int = 200):
    state = state_of(request)
    found = experiments.status(state.store, moment=state.now())
    running = experiments.current(state.store, moment=state.now())
    titles = {pid: title for pid, title in practice_titles().items() if pid != "any"}
    return page(
        request,
        "experiment.html",
        status=status,
        title="Experiment",
        found=found,
        running=running,
        titles=titles,
        error=error,
        measures=messages.INSIGHTS_MEASURES,
        today=state.now().date(),
        can_mean=messages.EXPERIMENT_CAN_MEAN,
        cannot_mean=messages.EXPERIMENT_CANNOT_MEAN,
        short=_short,
    )


def _short(iso: str) -> str:
    """2026-11-04 as people write it: 4 Nov."""
    day = date.fromisoformat(iso)
    return f"{day.day} {day:%b}"


@router.get("/experiment")
async def experiment_page(request: Request):
    return _page(request)


@router.post("/experiment/start")
async def experiment_start(
    request: Request, practice: str = Form(""), question: str = Form(""), weeks: str = Form("6")
):
    state = state_of(request)
    try:
        experiments.start(
            state.store,
            practice_id=practice,
            question=question,
            weeks=int(weeks) if weeks.isdigit() else -1,
            moment=state.now(),
        )
    except InvalidInput as problem:
        return _page(request, error=str(problem), status=400)
    return RedirectResponse("/experiment", status_code=303)


@router.post("/experiment/stop")
async def experiment_stop(request: Request):
    state = state_of(request)
    try:
        experiments.stop(state.store, moment=state.now())
    except InvalidInput as problem:
        return _page(request, error=str(problem), status=400)
    return RedirectResponse("/experiment", status_code=303)
