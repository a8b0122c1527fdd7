"""The help lines as plain read-only records, for printing them quickly (crisis help in a batch).

resources.toml is read and checked by content/loaders.py, which needs pydantic: about a tenth
of a second, paid at the worst moment, just before crisis help is printed. resources.json beside
the TOML is the checked book written out by scripts/build_language_data.py, each line with its
freshness in words, and a checksum of the TOML: after an edit to the TOML, `book()` answers
None until the JSON is made again, and callers use the checked book (a test checks it is current).
"""

from __future__ import annotations

import json
import zlib
from functools import cache
from pathlib import Path

from hearten.domain.countries import CountryLookup

SOURCE = Path(__file__).with_name("resources.toml")
CACHE = SOURCE.with_suffix(".json")
FIELDS = ("name", "kind", "phone", "text", "web", "hours", "source", "last_verified", "note", "freshness")


class Line:
    """One help line: the fields of content_schema.Resource, and its freshness in words."""

    __slots__ = FIELDS

    def __init__(self, **fields):
        for name in FIELDS:
            setattr(self, name, fields.get(name))


class Country:
    """One country's help lines and emergency numbers, as content_schema.Country gives them."""

    __slots__ = ("code", "name", "lines", "emergency")

    def __init__(self, code: str, name: str, lines: list[dict], emergency: list[dict]):
        self.code, self.name = code, name
        self.lines = [Line(**each) for each in lines]
        self.emergency = [Line(**each) for each in emergency]


class Book(CountryLookup):
    """Every country's help, keyed by code, looked up by the same rule as the checked book."""

    __slots__ = ("countries",)

    def __init__(self, countries: dict[str, Country]):
        self.countries = countries


@cache
def book() -> Book | None:
    """The quick copy of the help lines, or None when resources.json is missing or stale."""
    try:
        cached = json.loads(CACHE.read_text(encoding="utf-8"))
        if cached["toml_crc32"] != zlib.crc32(SOURCE.read_bytes()):
            return None
        return Book({code: Country(**entry) for code, entry in cached["countries"].items()})
    except (OSError, ValueError, KeyError, TypeError):
        return None


def render_cache() -> str:
    """The text of resources.json for the current resources.toml."""
    from hearten.content.loaders import load_resources

    checked = load_resources(SOURCE)
    countries = {
        code: {
            "code": country.code,
            "name": country.name,
            "lines": [_line(r) for r in country.lines],
            "emergency": [_line(r) for r in country.emergency],
        }
        for code, country in checked.countries.items()
    }
    raw = SOURCE.read_bytes()
    return json.dumps({"toml_crc32": zlib.crc32(raw), "countries": countries}, ensure_ascii=False, indent=1) + "\n"


def _line(resource) -> dict:
    return {**resource.model_dump(mode="json"), "freshness": resource.freshness}
