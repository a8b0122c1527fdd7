"""Assessments: take one, and see your results over time as a chart."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from hearten.domain import safety
from hearten.domain.charts import history_svg
from hearten.domain.instruments import display_score, unanswered_but_required
from hearten.domain.records import InvalidInput
from hearten.errors import NotFound
from hearten.services import assessments
from hearten.services import help as help_service
from hearten.web.charts import at_two_sizes
from hearten.web.render import locale_of, page, state_of

router = APIRouter(include_in_schema=False)


@router.get("/assessments")
def overview(request: Request):
    state = state_of(request)
    found = assessments.list_instruments(state.store, now=state.now())
    return page(request, "assessments.html", title="Assessments", instruments=found)


@router.get("/assessments/{instrument_id}/attach")
def attach_form(request: Request, instrument_id: str):
    """For a questionnaire whose questions hearten may not ship: paste your own copy of them."""
    instrument = assessments.get_instrument(state_of(request).store, instrument_id=instrument_id)
    if not instrument.requires_item_text:
        return RedirectResponse(f"/assessments/{instrument_id}/take", status_code=303)
    return _attach_page(request, instrument)


def _attach_page(request: Request, instrument, *, status: int = 200, text: str = "", problem: str | None = None):
    return page(
        request,
        "assessment_attach.html",
        status=status,
        title=f"Your copy of {instrument.title}",
        instrument=instrument,
        text=text,
        problem=problem,
    )


@router.post("/assessments/{instrument_id}/attach")
async def attach(request: Request, instrument_id: str):
    form = await request.form()
    return await run_in_threadpool(_attach, request, instrument_id, str(form.get("questions") or ""))


def _attach(request: Request, instrument_id: str, text: str):
    store = state_of(request).store
    instrument = assessments.get_instrument(store, instrument_id=instrument_id)
    if not instrument.requires_item_text:
        return RedirectResponse(f"/assessments/{instrument_id}/take", status_code=303)
    lines = [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]  # blank lines between are spacing
    if len(lines) != len(instrument.items):
        found = "there is 1 line here" if len(lines) == 1 else f"there are {len(lines)} lines here"
        return _attach_page(
            request,
            instrument,
            status=400,
            text=text[:200_000],
            problem=f"It needs its {len(instrument.items)} questions, one on each line; {found}.",
        )
    try:
        done = assessments.attach(store, key_id=instrument_id, lines=lines)
    except InvalidInput as error:
        problem = str(error)
        return _attach_page(
            request, instrument, status=400, text=text[:200_000], problem=f"{problem[:1].upper()}{problem[1:]}."
        )
    return RedirectResponse(f"/assessments/{done['id']}/take", status_code=303)


@router.get("/assessments/{instrument_id}/take")
def take_form(request: Request, instrument_id: str):
    instrument = assessments.ready_to_take(state_of(request).store, instrument_id=instrument_id)
    return _take_page(request, instrument)


def _take_page(request: Request, instrument, status: int = 200, *, answers=None, problems=None, problem=None):
    """The questions; sent back with a problem, the answers given stay chosen and each reason is beside its question."""
    low, high = instrument.scale.min, instrument.scale.max
    scale = [(v, instrument.scale.label(v) or str(v)) for v in range(low, high + 1)]
    # Numbers with words at the ends only: shown as numbers in rows, the ends' words once above them.
    ends = [f"{v} means {instrument.scale.label(v).lower()}" for v in (low, high) if instrument.scale.label(v)]
    return page(
        request,
        "assessment_take.html",
        status=status,
        title=instrument.title,
        instrument=instrument,
        scale=scale,
        numbers=not instrument.scale.fully_labelled,
        ends=", ".join(ends) + "." if ends else "",
        answers=answers or {},
        problems=problems or {},
        problem=problem,
    )


@router.post("/assessments/{instrument_id}")
async def take(request: Request, instrument_id: str):
    form = await request.form()  # read on the event loop; the store work runs in a worker thread
    return await run_in_threadpool(_take, request, instrument_id, form)


def _take(request: Request, instrument_id: str, form):
    state = state_of(request)
    instrument = assessments.ready_to_take(state.store, instrument_id=instrument_id)
    low, high = instrument.scale.min, instrument.scale.max
    answers, problems = {}, {}
    for number, item in enumerate(instrument.items, start=1):
        raw = str(form.get(f"item-{item.id}") or "").strip()
        answers[item.id] = None
        if not raw:
            continue
        try:
            answers[item.id] = int(raw)
        except ValueError:
            answers[item.id] = raw
        if not isinstance(answers[item.id], int) or not low <= answers[item.id] <= high:
            # Said by the question's number, as the person sees it: never an item's internal name.
            problems[item.id] = f"Please choose one of the answers to question {number}, from {low} to {high}."
    left_out = set(unanswered_but_required(instrument, answers))  # scored only whole: each one left out, marked
    for number, item in enumerate(instrument.items, start=1):
        if item.id in left_out:
            problems[item.id] = f"Please answer question {number}: this questionnaire is scored only with every answer."
    if not problems:
        try:
            taken = assessments.take(state.store, instrument_id=instrument_id, answers=answers, at=state.now())
        except InvalidInput as error:
            return _take_page(
                request, instrument, 400, answers=answers, problem=f"{str(error)[:1].upper()}{str(error)[1:]}."
            )
        return RedirectResponse(f"/assessments/{instrument_id}?taken={taken.id}", status_code=303)
    return _take_page(request, instrument, 400, answers=answers, problems=problems)


@router.get("/assessments/results/{assessment_id}/delete")
async def delete_result_form(request: Request, assessment_id: int):
    found = assessments.get_result(state_of(request).store, assessment_id=assessment_id)
    return page(
        request,
        "confirm_delete.html",
        title="Delete a result",
        heading="Delete this result?",
        question=f"Your {found.instrument_id} result from {found.taken_at:%a %d %b %Y}. Deleting it cannot be undone.",
        note=None,
        action=f"/assessments/results/{found.id}/delete",
        back=f"/assessments/{found.instrument_id}",
    )


@router.post("/assessments/results/{assessment_id}/delete")
async def delete_result(request: Request, assessment_id: int):
    store = state_of(request).store
    found = assessments.get_result(store, assessment_id=assessment_id)
    assessments.delete_result(store, assessment_id=assessment_id)
    return RedirectResponse(f"/assessments/{found.instrument_id}", status_code=303)


@router.get("/assessments/{instrument_id}")
def results(request: Request, instrument_id: str, taken: int | None = None):
    state = state_of(request)
    found = assessments.history(state.store, instrument_id=instrument_id)
    bands = [(b["name"], b["min"], b["max"]) for b in found["bands"]]
    charts = []
    if found["has_total"]:
        charts.append(
            at_two_sizes(
                history_svg,
                points=[(p["taken_at"], p["total"]) for p in found["points"]],
                scale_min=found["scale"]["min"],
                scale_max=found["scale"]["max"],
                bands=bands,
                title=f"{found['title']}: overall",
            )
        )
    subscale_charts = []
    if found["show_subscales"] and found["points"]:
        for sub in found["subscales"]:
            subscale_charts.append(
                at_two_sizes(
                    history_svg,
                    points=[(p["taken_at"], p["subscales"].get(sub["id"])) for p in found["points"]],
                    scale_min=sub["min"],
                    scale_max=sub["max"],
                    title=sub["title"],
                )
            )
    latest = found["points"][-1] if found["points"] else None
    explained, titles = None, {}
    if latest is not None:
        instrument, explained = assessments.explain(
            state.store, assessment=assessments.get_assessment(state.store, assessment_id=latest["id"])
        )
        titles = {group.id: group.title for group in instrument.groups}
    just_taken = taken is not None and latest is not None and latest["id"] == taken
    decision = safety.SafetyDecision()
    if taken is not None:  # the result just taken, whether or not it is the newest point
        try:
            decision = assessments.after_taking(assessments.get_assessment(state.store, assessment_id=taken))
        except NotFound:
            pass
    return page(
        request,
        "assessment_history.html",
        title=found["title"],
        found=found,
        charts=charts,
        subscale_charts=subscale_charts,
        latest=latest,
        explained=explained,
        titles=titles,
        just_taken=just_taken,
        decision=decision,
        help_lines=help_service.for_decision(state.settings, decision, locale=locale_of(request)),
        show=display_score,
        points=list(reversed(found["points"]))[:20],
    )
