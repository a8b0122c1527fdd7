"""Help: crisis and support lines for your country, your own therapist, and grounding. Never locked."""

from __future__ import annotations

import re

from fastapi import APIRouter, Request

from hearten.domain import safety
from hearten.web.render import locale_of, page, state_of

router = APIRouter(include_in_schema=False)
_COUNTRY = re.compile(r"^[A-Za-z][A-Za-z .'-]{1,39}$")  # a code or a country's name ("Germany")
_PRACTICE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


@router.get("/help")
async def help_page(request: Request):
    from hearten.services.practice_sessions import help_sections

    state = state_of(request)
    # ?country=DE shows another country's lines for this visit only; the saved setting stays.
    asked = request.query_params.get("country", "").strip()
    asked = state.resources.code_for(asked) if _COUNTRY.match(asked) else ""
    found = help_sections(state.settings, country=asked or None, locale=locale_of(request))
    stopped = request.query_params.get("from") == "practice"
    # The practice that was too much, if the player said: after grounding, grounding is not offered again.
    practice = request.query_params.get("practice", "")
    practice = practice if _PRACTICE.match(practice) else None
    stop = safety.after_practice(None, None, too_much=True, practice_id=practice) if stopped else None
    return page(
        request,
        "help.html",
        title="Help",
        found=found,
        country=found.country,
        lines=found.lines,
        sections=found.sections,
        stopped=stopped,
        asked=asked,
        saved_country=state.settings.country or "",
        # The same words the CLI says when a practice was too much: one policy, both front ends.
        stop=stop,
        stop_words=stop.words if stop else (),
        stopped_practice=practice or "",
        # What the country picker keeps, so choosing a country does not lose the gentle stop.
        stop_keep=({"from": "practice"} | ({"practice": practice} if practice else {})) if stopped else {},
        therapist=(state.settings.therapist or "").strip(),
        country_set=found.country is not None,
    )
