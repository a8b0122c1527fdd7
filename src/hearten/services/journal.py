"""Journal use-cases that carry a safety decision: what follows writing, and reading an entry back.

The plain record keeping (add, list, edit, delete, search) is in hearten.services; these
add the analysis and domain.safety's decision, so the CLI and the web say the same thing.
"""

from __future__ import annotations

from typing import NamedTuple

from hearten.domain import safety
from hearten.store import Store


class AfterWriting(NamedTuple):
    """What follows a saved entry: the analysis (None when notes are off) and the decision."""

    analysis: object
    decision: safety.SafetyDecision
    offered: list  # (sentence index, sentence) offered for a kinder version, in order


class EntryView(NamedTuple):
    """One entry as a person reads it back: its kinder versions, its analysis, and the decision."""

    entry: object
    reframes: list
    analysis: object
    decision: safety.SafetyDecision
    offered: list


def analyze(text: str):
    from hearten.domain.language import analyze as run

    return run(text)


def offered(analysis) -> list:
    """(index, sentence) offered for a kinder version: none at all when help comes first."""
    if safety.after_text(analysis).help_first:
        return []
    return [(i, s) for i, s in enumerate(_get_sentences(analysis)) if safety.offers_reframe(s)]


def _get_sentences(analysis):
    return analysis.get("sentences", ()) if isinstance(analysis, dict) else analysis.sentences


def after_writing(text: str, *, notes: bool = True) -> AfterWriting:
    """The decision after writing `text`; with notes off only the crisis rules run (they always do)."""
    if not notes:
        return AfterWriting(None, safety.after_written(text), [])
    analysis = analyze(text)
    return AfterWriting(analysis, safety.after_text(analysis), offered(analysis))


def read(store: Store, *, entry_id: int) -> EntryView:
    """An entry with its reframes, analysis and safety decision: help first when the entry, or a kinder
    version written beside it, holds crisis language."""
    entry = store.get_entry(entry_id)
    analysis = analyze(entry.text)
    reframes = store.list_reframes(entry_id=entry.id)
    decision = safety.after_text(analysis)
    if not decision.help_first and safety.crisis_in_writing(*(r.reframe for r in reframes)):
        decision = safety.crisis_decision()
    return EntryView(entry, reframes, analysis, decision, [] if decision.help_first else offered(analysis))


def refuses_reframe(analysis, original: str) -> bool:
    """Whether a kinder version of `original` (a sentence of the analysed entry) is refused: a crisis sentence
    is never rewritten, and gets the help lines instead (domain.safety.refuses_reframe)."""
    return safety.refuses_reframe(analysis, original)


def reframe(store: Store, *, entry_id: int, original: str, kinder: str) -> tuple[int, safety.SafetyDecision]:
    """Keep a kinder version of a sentence beside its entry; returns its id and what follows it: the
    crisis help when the words written hold crisis language, as anything written does.

    A sentence that holds crisis language is refused (CrisisSentence) and nothing is saved: the front
    end shows the help lines instead.
    """
    from hearten import messages, services
    from hearten.errors import CrisisSentence

    entry = store.get_entry(entry_id)  # NotFound before any check
    if safety.refuses_reframe(analyze(entry.text), original):
        raise CrisisSentence(messages.REFRAME_CRISIS)
    reframe_id = services.add_reframe(store, entry_id=entry_id, original=original, reframe=kinder)
    return reframe_id, safety.after_written(kinder)


def list_reframes(store: Store, *, entry_id: int | None = None):
    return store.list_reframes(entry_id=entry_id)


# -- writing, changing and deleting, checked field by field (the web's forms and API) ----------
def write(store: Store, *, text, mood=None, tags=(), at=None) -> int:
    """Save a new entry; every field is checked first (FieldProblems names each one that is wrong)."""
    from hearten import services
    from hearten.domain.field_checks import entry_values

    values = entry_values(text=text, mood=mood, tags=tags)
    return services.add_entry(store, **values, at=at)


def edit(store: Store, *, entry_id: int, text=None, mood=..., tags=None):
    """Change an entry all or nothing; what is left out (None, or ... for mood) stays as it was. Returns the entry."""
    from hearten import services
    from hearten.domain.field_checks import entry_values

    entry = store.get_entry(entry_id)  # NotFound before any check
    values = entry_values(
        text=entry.text if text is None else text,
        mood=entry.mood if mood is ... else mood,
        tags=entry.tags if tags is None else tags,
    )
    return services.edit_entry(
        store, entry_id=entry.id, text=values["text"], mood=values["mood"], tags=list(values["tags"])
    )


def delete(store: Store, *, entry_id: int) -> None:
    """Delete an entry and the kinder versions kept beside it, together."""
    from hearten import services

    services.delete_entry(store, entry_id=entry_id)
