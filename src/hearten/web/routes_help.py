"""Help: crisis and support lines for your country, your own therapist, and grounding. Never locked."""

from __future__ import annotations

from fastapi import APIRouter, Request

from hearten.domain import safety
from hearten.web.render import page, state_of

router = APIRouter(include_in_schema=False)


@router.get("/help")
async def help_page(request: Request):
    state = state_of(request)
    country = state.resources.get(state.settings.country)
    from hearten.services.practices import help_sections

    sections = help_sections(state.settings)
    lines = [r for _, found in sections for r in found]
    stopped = request.query_params.get("from") == "practice"
    return page(
        request, "help.html", title="Help", country=country, lines=lines, sections=sections, stopped=stopped,
        stop_words=(safety.REASONS["too_much"], safety.STOP_GENTLY) if stopped else (),
        therapist=(state.settings.therapist or "").strip(), country_set=bool(state.settings.country),
    )
