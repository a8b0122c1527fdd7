"""Use-cases for guided practices: run one from a script, record it, look back, get a suggestion."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from functools import lru_cache

from hearten.domain.records import InvalidInput
from hearten.domain.records import now as wall_now
from hearten.store import Store

RECENT_DAYS = 7


def practices() -> dict:
    from hearten.content.loaders import load_practices

    return load_practices()


def listing(practice) -> dict:
    """A practice as `hearten practice list --json` and GET /api/practices list it."""
    return {
        "id": practice.id,
        "title": practice.title,
        "summary": practice.summary,
        "components": list(practice.components),
        "minutes": practice.minutes,
        "credit": practice.credit,
    }


def get_practice(*, practice_id: str, phrases=None, self_phrases=None):
    from hearten.content.loaders import ContentError, load_practice

    try:
        return load_practice(practice_id, phrases=phrases, self_phrases=self_phrases)
    except (KeyError, FileNotFoundError, ContentError):
        known = ", ".join(sorted(practices()))
        raise InvalidInput(f"there is no practice called {practice_id!r}; try one of: {known}") from None


def start(
    *,
    practice_id: str,
    minutes=None,
    bells=None,
    open_ended=False,
    fast=False,
    phrases=None,
    prefill=None,
    distress_before=None,
    name=None,
    self_phrases=None,
    clock=time.monotonic,
    wall_clock=wall_now,
):
    """A ready Engine for one run of a practice (the front end drives it).

    `name` is the person's name setting: it starts the steps that ask for a name (a letter's).
    """
    from hearten.domain.content_schema import personal_prefill
    from hearten.domain.practice_player import Engine

    practice = get_practice(practice_id=practice_id, phrases=phrases, self_phrases=self_phrases)
    prefill = {**personal_prefill(practice, name=name), **(prefill or {})}
    return Engine(
        practice,
        clock=clock,
        wall_clock=wall_clock,
        minutes=minutes,
        bells=bells,
        open_ended=open_ended,
        fast=fast,
        prefill=prefill,
        distress_before=distress_before,
    )


def prefill_for_page(practice, *, name=None) -> dict[str, str]:
    """Starting text for a practice shown as a page (the web player): steps filled from settings."""
    from hearten.domain.content_schema import personal_prefill

    return personal_prefill(practice, name=name)


def record(store: Store, *, outcome) -> tuple[int, list[int]]:
    """Store a finished (or stopped) session and the journal entries written in it, together."""
    return store.add_session(outcome.session, outcome.entries)


def run_scripted(
    store: Store,
    *,
    practice_id: str,
    answers: dict,
    minutes=None,
    bells=None,
    open_ended=False,
    fast=False,
    prefill=None,
    name=None,
    clock=time.monotonic,
    sleep=time.sleep,
    on_event=None,
):
    """Run a practice without a person at the keyboard: answers come from a mapping.

    `answers` maps step ids to answers, plus optional `distress_before`, `distress_after`,
    `mood`, and `too_much_at` (a step id: stop there as if "this is too much" was chosen).
    Timed steps are waited for on the clock unless `fast`. Returns (session id, entry ids, outcome).
    """
    if not isinstance(answers, dict):
        raise InvalidInput("answers must be a JSON object of step id to answer")
    answers = dict(answers)
    distress_before = answers.pop("distress_before", None)
    distress_after = answers.pop("distress_after", None)
    mood = answers.pop("mood", None)
    too_much_at = answers.pop("too_much_at", None)
    engine = start(
        practice_id=practice_id,
        minutes=minutes,
        bells=bells,
        open_ended=open_ended,
        fast=fast,
        prefill=prefill,
        distress_before=distress_before,
        name=name,
        clock=clock,
    )
    known = {step.id for step in engine.steps}
    unknown = sorted(set(answers) - known)
    if unknown:
        raise InvalidInput(f"{practice_id} has no step called {', '.join(unknown)}")
    if too_much_at is not None and too_much_at not in known:
        raise InvalidInput(f"{practice_id} has no step called {too_much_at}")
    events = engine.start()
    while engine.state in ("running", "paused"):
        if on_event:
            for event in events:
                on_event(engine, event)
        view = engine.current
        if view.id == too_much_at:
            outcome = engine.too_much(distress_after=distress_after, mood=mood)
            session_id, entry_ids = record(store, outcome=outcome)
            return session_id, entry_ids, outcome
        if view.kind == "timed" and not fast:
            if view.step.open_ended:
                # A script cannot press a key to end an open-ended timer: give it the planned length.
                deadline = clock() + view.step.seconds
                while clock() < deadline:
                    sleep(max(0.0, deadline - clock()))
                events = engine.next()
                continue
            deadline = engine.next_deadline()
            if deadline is not None:
                sleep(max(0.0, deadline - clock()))
            events = engine.tick()
            continue
        if view.id in answers:
            engine.answer(view.id, answers[view.id])
        elif view.prefill and view.kind == "prompt":
            engine.answer(view.id, view.prefill)
        events = engine.next()
    outcome = engine.finish(distress_after=distress_after, mood=mood)
    session_id, entry_ids = record(store, outcome=outcome)
    return session_id, entry_ids, outcome


def history(store: Store, *, since: datetime | None = None, limit: int | None = None):
    return store.list_sessions(since=since, limit=limit)


def get_session(store: Store, *, session_id: int):
    return store.get_session(session_id)


def session_entries(store: Store, *, session_id: int):
    """The journal entries written during a session."""
    return store.list_entries(session_id=session_id)


def finished(store: Store, *, session_id: int):
    """A stored session and what its end shows (domain.safety.after_session): the same in every front end."""
    from hearten.domain.safety import after_session

    session = store.get_session(session_id)
    return session, after_session(session)


def delete_session(store: Store, *, session_id: int) -> None:
    """Delete one practice session for good; the journal entries written in it stay in the journal."""
    store.delete_session(session_id)


_READ_THEM = object()  # suggest(): an argument the caller did not pass, so it is read here


def suggest(
    store: Store,
    *,
    moment: datetime | None = None,
    hard_day: bool | None = None,
    component_scores=_READ_THEM,
    practices_by_id: dict | None = None,
):
    """One practice for now, with the reason in one line (transparent rules: docs/practices.md).
    `hard_day`: whether home shows the help at its top (services.hard_day); None works it out, so
    `hearten practice suggest` and home always agree. `component_scores` (None when no result is
    stored) and `practices_by_id`, when the caller already holds them, are not read again."""
    from hearten import services
    from hearten.domain.suggest import suggest_practice
    from hearten.services.assessments import latest_component_scores

    moment = moment or wall_now()
    recent = store.list_checkins(since=moment - timedelta(days=RECENT_DAYS))
    if hard_day is None:
        hard_day = services.hard_day(store, moment=moment).show_help
    return suggest_practice(
        recent_checkins=recent,
        component_scores=latest_component_scores(store) if component_scores is _READ_THEM else component_scores,
        practices=practices() if practices_by_id is None else practices_by_id,
        hard_day=hard_day,
    )


def help_sections(settings, *, country: str | None = None, quick: bool = False, locale: str | None = None):
    """Help lines to show (domain.safety.help_lines): iterate for (heading, resources) sections.

    `country` chooses for this time only; otherwise the country setting is used. `quick` reads
    the lines from content/help_book.py's plain copy when it is current (no pydantic): for words
    printed on a screen, not for JSON. `locale`: the system's locale or the browser's languages,
    whose region is the guess used while no country is chosen (domain.countries.country_from_locale).
    """
    from hearten.domain.countries import country_from_locale
    from hearten.domain.safety import help_lines

    book = None
    if quick:
        from hearten.content import help_book

        book = help_book.book()
        make = help_book.Line
    if book is None:
        from hearten.domain.content_schema import Resource

        book, make = resource_book(), Resource.model_construct
    own = [_therapist_from_setting(settings.therapist, make)] if settings.therapist else []
    return help_lines(country or settings.country, book, own=own, guessed=country_from_locale(locale))


@lru_cache(maxsize=1)
def resource_book():
    """The shipped help lines, read and checked once per process (the book is immutable)."""
    from hearten.content.loaders import load_resources

    return load_resources()


def _therapist_from_setting(value: str, make):
    """The free-text therapist setting ("Dr Rivera, 555 0100") as a resource shown first.

    Built without validation: the setting is the person's own words, and a name with no
    number yet is still worth showing.
    """
    name, _, how = value.partition(",")
    return make(
        name=name.strip() or value.strip(),
        kind="own",
        phone=how.strip(),
        text="",
        web="",
        hours="",
        source="",
        last_verified=None,
        note="your own therapist or counsellor",
    )
