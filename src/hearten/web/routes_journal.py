"""Journal: write (with gentle highlighting as you type), list, search, read, and keep kinder versions."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse

from hearten import services
from hearten.domain.records import InvalidInput
from hearten.services import help as help_service, journal as journal_service
from hearten.web.forms import optional_number, tags_from
from hearten.web.highlight import harsh_sentences, noticed, segments
from hearten.web.render import page, state_of

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 20


@router.get("/journal")
def journal_list(request: Request, q: str = "", before: str = ""):
    store = state_of(request).store
    query = q.strip()[:200]
    older = None
    if query:
        entries = services.search_entries(store, query=query, limit=50)
    else:
        until = _moment(before)
        entries = services.list_entries(store, until=until, limit=PAGE_SIZE + 1)
        if len(entries) > PAGE_SIZE:
            entries = entries[:PAGE_SIZE]
            older = entries[-1].created_at.isoformat()
    return page(request, "journal_list.html", title="Journal", entries=entries, q=query, older=older, paged=bool(before))


def _moment(text: str):
    if not text:
        return None
    try:  # astimezone too: a moment at the edge of the calendar (year 1) cannot be moved to local time
        moment = datetime.fromisoformat(text)
        return moment if moment.tzinfo else moment.astimezone()
    except (ValueError, OverflowError):
        raise InvalidInput("that page of the journal could not be found") from None


@router.get("/journal/new")
def journal_new(request: Request):
    # The help lines are in the page from the start, hidden, so they appear the moment
    # crisis words are typed, with no extra request or click.
    return page(request, "journal_new.html", title="Write", help_lines=help_service.sections(state_of(request).settings))


@router.post("/journal")
def journal_add(request: Request, text: str = Form(""), mood: str = Form(""), tags: str = Form("")):
    state = state_of(request)
    entry_id = services.add_entry(state.store, text=text, mood=optional_number(mood), tags=tags_from(tags), at=state.now())
    return RedirectResponse(f"/journal/{entry_id}", status_code=303)


@router.get("/journal/{entry_id}")
def journal_entry(request: Request, entry_id: int):
    state = state_of(request)
    view = journal_service.read(state.store, entry_id=entry_id)
    entry, analysis, decision = view.entry, view.analysis.to_dict(), view.decision
    return page(
        request, "journal_entry.html", title=f"Entry of {entry.created_at:%d %b %Y}", entry=entry,
        segments=segments(entry.text, analysis, state.trap_names),
        noticed=noticed(analysis, state.trap_names, state.kind_questions), harsh=harsh_sentences(analysis),
        decision=decision, help_lines=help_service.for_decision(state.settings, decision), reframes=view.reframes,
    )


@router.post("/journal/{entry_id}/reframes")
def journal_reframe(request: Request, entry_id: int, original: str = Form(""), reframe: str = Form("")):
    services.add_reframe(state_of(request).store, entry_id=entry_id, original=original, reframe=reframe)
    return RedirectResponse(f"/journal/{entry_id}#kinder", status_code=303)
