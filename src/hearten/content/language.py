"""Load the words shown with language analysis: kind questions and plain names for thinking traps.

The words are written in language.toml. language.json beside it is the same data, made by
scripts/build_language_data.py, because when `journal add` shows a note, reading JSON is
quicker than importing tomllib. It carries a checksum of the TOML: after an edit to the TOML,
the TOML itself is read until the JSON is made again (a test checks that it is current).
"""

from __future__ import annotations

import json
import zlib
from functools import cache
from pathlib import Path

SOURCE = Path(__file__).with_name("language.toml")
CACHE = SOURCE.with_suffix(".json")


@cache
def _load() -> dict:
    raw = SOURCE.read_bytes()
    try:
        cached = json.loads(CACHE.read_text(encoding="utf-8"))
        if cached["toml_crc32"] == zlib.crc32(raw):
            return cached["words"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return _parse(raw)


def _parse(raw: bytes) -> dict:
    import tomllib

    return tomllib.loads(raw.decode("utf-8"))


def render_cache() -> str:
    """The text of language.json for the current language.toml."""
    raw = SOURCE.read_bytes()
    return json.dumps({"toml_crc32": zlib.crc32(raw), "words": _parse(raw)}, ensure_ascii=False, indent=1) + "\n"


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
