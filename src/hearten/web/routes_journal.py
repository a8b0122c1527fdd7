"""Journal: write (with gentle highlighting as you type), list, search, read, and keep kinder versions."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse

from hearten import services
from hearten.domain.field_checks import TEXT_LIMIT_WORDS, FieldProblems
from hearten.domain.records import MAX_ENTRY_CHARS, InvalidInput
from hearten.services import help as help_service
from hearten.services import journal as journal_service
from hearten.web.forms import problem_sentences, tags_from
from hearten.web.highlight import noticed, segments
from hearten.web.render import confirm_delete, locale_of, page, state_of

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 20


@router.get("/journal")
def journal_list(request: Request, q: str = "", before: str = "", tag: str = "", deleted: int = 0):
    store = state_of(request).store
    query = q.strip()[:200]
    tag = " ".join(tag.split())[:64]
    older = None
    if query:
        entries = services.search_entries(store, query=query, limit=50)
    else:
        until = _moment(before)
        entries = services.list_entries(store, until=until, tag=tag or None, limit=PAGE_SIZE + 1)
        if len(entries) > PAGE_SIZE:
            entries = entries[:PAGE_SIZE]
            older = entries[-1].created_at.isoformat()
    return page(
        request,
        "journal_list.html",
        title=f"Entries tagged {tag}" if tag and not query else "Journal",
        entries=entries,
        q=query,
        tag=tag if not query else "",
        older=older,
        paged=bool(before),
        deleted=bool(deleted),
    )


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
    return _write_page(request)


def _write_page(request: Request, status: int = 200, *, values: dict | None = None, problems: dict | None = None):
    # The help lines are in the page from the start, hidden, so they appear the moment
    # crisis words are typed, with no extra request or click.
    return page(
        request,
        "journal_new.html",
        status=status,
        title="Write" if not problems else "Write: please look again",
        help_lines=help_service.sections(state_of(request).settings, locale=locale_of(request)),
        values=values or {},
        problems=problems or {},
        text_limit=TEXT_LIMIT_WORDS,
        max_chars=MAX_ENTRY_CHARS,
    )


@router.post("/journal")
def journal_add(request: Request, text: str = Form(""), mood: str = Form(""), tags: str = Form("")):
    state = state_of(request)
    try:
        entry_id = journal_service.write(state.store, text=text, mood=mood, tags=tags_from(tags), at=state.now())
    except FieldProblems as found:
        return _write_page(
            request, 400, values={"text": text, "mood": mood, "tags": tags}, problems=problem_sentences(found)
        )
    return RedirectResponse(f"/journal/{entry_id}", status_code=303)


@router.get("/journal/{entry_id}/edit")
def journal_edit_form(request: Request, entry_id: int):
    entry = services.get_entry(state_of(request).store, entry_id=entry_id)
    values = {"text": entry.text, "mood": "" if entry.mood is None else str(entry.mood), "tags": " ".join(entry.tags)}
    return _edit_page(request, entry, values=values)


def _edit_page(request: Request, entry, status: int = 200, *, values: dict, problems: dict | None = None):
    return page(
        request,
        "journal_edit.html",
        status=status,
        title=f"Change the entry of {entry.created_at:%d %b %Y}",
        entry=entry,
        values=values,
        problems=problems or {},
        text_limit=TEXT_LIMIT_WORDS,
        max_chars=MAX_ENTRY_CHARS,
        # for the help box that shows below the text when it is changed into crisis language, as when writing
        help_lines=help_service.sections(state_of(request).settings, locale=locale_of(request)),
    )


@router.post("/journal/{entry_id}/edit")
def journal_edit(request: Request, entry_id: int, text: str = Form(""), mood: str = Form(""), tags: str = Form("")):
    store = state_of(request).store
    entry = services.get_entry(store, entry_id=entry_id)
    try:
        journal_service.edit(store, entry_id=entry.id, text=text, mood=mood, tags=tags_from(tags))
    except FieldProblems as found:
        return _edit_page(
            request, entry, 400, values={"text": text, "mood": mood, "tags": tags}, problems=problem_sentences(found)
        )
    return RedirectResponse(f"/journal/{entry.id}?changed=1", status_code=303)


@router.get("/journal/{entry_id}/delete")
def journal_delete_form(request: Request, entry_id: int):
    entry = services.get_entry(state_of(request).store, entry_id=entry_id)
    return confirm_delete(
        request,
        noun="entry",
        moment=entry.created_at,
        quote=entry.text,
        note="Any kinder versions you kept beside it go with it.",
        action=f"/journal/{entry.id}/delete",
        back=f"/journal/{entry.id}",
    )


@router.post("/journal/{entry_id}/delete")
def journal_delete(request: Request, entry_id: int):
    journal_service.delete(state_of(request).store, entry_id=entry_id)
    return RedirectResponse("/journal?deleted=1", status_code=303)


@router.get("/journal/{entry_id}")
def journal_entry(request: Request, entry_id: int, changed: int = 0):
    return _entry_page(request, entry_id, changed=bool(changed))


def _entry_page(request: Request, entry_id: int, status: int = 200, *, help_now: bool = False, **context):
    """The entry page; `help_now` puts the help lines first whatever the entry holds (a crisis sentence sent)."""
    state = state_of(request)
    view = journal_service.read(state.store, entry_id=entry_id)
    entry, analysis, decision = view.entry, view.analysis.to_dict(), view.decision
    if help_now and not decision.help_first:
        from hearten.domain.safety import crisis_decision

        decision = crisis_decision()
    return page(
        request,
        "journal_entry.html",
        status=status,
        title=f"Entry of {entry.created_at:%d %b %Y}",
        entry=entry,
        segments=segments(entry.text, analysis, state.trap_names),
        # the decision may come from a kinder version kept beside the entry, not the entry's own words
        noticed=[] if decision.help_first else noticed(analysis, state.trap_names, state.kind_questions),
        # the sentences the CLI's `journal reframe` offers too: with none, there is nothing to reframe
        harsh=[] if decision.help_first else [sentence.text for _, sentence in view.offered],
        decision=decision,
        help_lines=help_service.for_decision(state.settings, decision, locale=locale_of(request)),
        reframes=view.reframes,
        # for the help box that shows below a kinder version written with crisis language
        live_help=help_service.sections(state.settings, locale=locale_of(request)),
        **context,
    )


@router.post("/journal/{entry_id}/reframes")
def journal_reframe(request: Request, entry_id: int, original: str = Form(""), reframe: str = Form("")):
    from hearten.services import journal as journal_service

    try:
        # words with crisis language bring the entry back with help first (services.journal.read decides)
        _, after = journal_service.reframe(
            state_of(request).store, entry_id=entry_id, original=original, kinder=reframe
        )
    except InvalidInput as error:
        from hearten.domain.field_checks import sentence
        from hearten.errors import CrisisSentence

        # Back to the entry, the kinder words still in their box and the reason beside it; a crisis
        # sentence is never rewritten: the help lines come first instead, and nothing is saved.
        return _entry_page(
            request,
            entry_id,
            400,
            help_now=isinstance(error, CrisisSentence),
            reframe_problem=sentence(str(error)),
            reframe_values={"original": original, "reframe": reframe},
        )
    # with help to show, the page opens at its top, where the help is, not scrolled past it to the versions
    return RedirectResponse(f"/journal/{entry_id}" + ("" if after.show_help else "#kinder"), status_code=303)
