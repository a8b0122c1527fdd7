"""Checking a whole entry or check-in field by field, so a form can say what is wrong beside each field.

The records' own checks (domain.records) stay the rule; these run them one field at a
time and gather every problem at once instead of stopping at the first.
"""

from __future__ import annotations

from hearten.domain.records import (
    CHECKIN,
    MAX_ENTRY_CHARS,
    InvalidInput,
    NewCheckin,
    check_scale,
    clean_tags,
    clean_text,
)
from hearten.errors import FieldProblems  # re-exported: the forms catch it from here

CHECKIN_FIELDS = tuple(f.name for f in CHECKIN.given_fields)  # what a person gives, in the declaration's order
EMPTY_ENTRY = "there is nothing in the entry yet: write a few words first"
EMPTY_CHECKIN = (
    "there is nothing in this check-in yet. Choose a mood or distress, name something you did, "
    "or note a few words, and it will be saved"
)
TEXT_LIMIT_WORDS = f"up to {MAX_ENTRY_CHARS:,} characters"


def sentence(message: str) -> str:
    """A message as a sentence to show beside a field: a capital first, a full stop last."""
    import re

    message = re.sub(r"not '([^']*)'$", r"not “\1”", message.strip())
    if not message:
        return message
    return message[:1].upper() + message[1:] + ("" if message.endswith((".", "?")) else ".")


def entry_values(*, text, mood=None, tags=()) -> dict:
    """The entry's checked values ({text, mood, tags}), or FieldProblems naming every field that is wrong."""
    values, problems = {}, {}
    try:
        if text is not None and isinstance(text, str) and not text.strip():
            raise InvalidInput(EMPTY_ENTRY)
        values["text"] = clean_text("the entry", text, required=True)
    except InvalidInput as error:
        problems["text"] = EMPTY_ENTRY if str(error) == "the entry is empty" else str(error)
    try:
        values["mood"] = check_scale("mood", _blank_is_none(mood))
    except InvalidInput as error:
        problems["mood"] = str(error)
    try:
        values["tags"] = tuple(clean_tags(tags or ()))
    except InvalidInput as error:
        problems["tags"] = str(error)
    if problems:
        raise FieldProblems(problems)
    return values


def checkin_values(**fields) -> dict:
    """A check-in's checked values (the names of CHECKIN_FIELDS), or FieldProblems for each one that is wrong.

    A check-in with nothing in it is refused too: a time alone tells the person nothing later.
    """
    unknown = set(fields) - set(CHECKIN_FIELDS)
    if unknown:
        raise InvalidInput(f"a check-in has no field called {sorted(unknown)[0]!r}")
    values, problems = {}, {}
    for f in CHECKIN.given_fields:
        name = f.name
        raw = _blank_is_none(fields.get(name))
        if f.kind == "names":
            raw = () if raw is None else raw
        elif isinstance(raw, str) and f.kind != "text":  # a number as typed: "7,5" is 7.5
            raw = raw.strip().replace(",", ".")
        try:
            values[name] = getattr(NewCheckin(**{name: raw}), name)
        except InvalidInput as error:
            problems[name] = str(error)
    if problems:
        raise FieldProblems(problems)
    if all(value is None or value == () for value in values.values()):
        raise FieldProblems({"checkin": EMPTY_CHECKIN})
    return values


def _blank_is_none(value):
    if isinstance(value, str) and not value.strip():
        return None
    return value
