"""Load the words shown with language analysis: kind questions and plain names for thinking traps."""

from __future__ import annotations

import tomllib
from functools import cache

from hearten.content import content_dir


@cache
def _load() -> dict:
    with (content_dir() / "language.toml").open("rb") as fh:
        return tomllib.load(fh)


def kind_questions() -> dict[str, str]:
    """A warm question per trap id, plus one under "self_criticism"."""
    data = _load()
    questions = {trap: entry["question"] for trap, entry in data["traps"].items()}
    questions["self_criticism"] = data["self_criticism"]["question"]
    return questions


def trap_names() -> dict[str, dict[str, str]]:
    """Per trap id: {"name": plain name, "explain": one-line explanation}."""
    return {trap: {"name": e["name"], "explain": e["explain"]} for trap, e in _load()["traps"].items()}


def crisis_message() -> str:
    """The gentle line shown when crisis language is noticed."""
    return _load()["crisis"]["message"]
