"""The one rule for country codes, shared by the safety policy and every book of help lines.

Its own module so the content schema can use it without importing the safety policy, which
builds content_schema's records itself.
"""

from __future__ import annotations

COUNTRY_ALIASES = {"UK": "GB"}
# Names people type for a country hearten lists under another name ("hearten help --country England").
NAME_ALIASES = {
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "britain": "GB",
    "great britain": "GB",
    "usa": "US",
    "america": "US",
    "united states of america": "US",
    "holland": "NL",
    "aotearoa": "NZ",
    "europe": "EU",
}
EU_MEMBERS = frozenset("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split())


class CountryLookup:
    """The one rule for country codes, shared by every book of help lines (the checked
    content_schema.ResourceBook and the quick read-only copy in content/help_book.py);
    needs only `countries`, a dict of entries by code."""

    __slots__ = ()

    def listed_code(self, code: str | None) -> str | None:
        """The entry a code (any case) reaches, or None when hearten lists nothing for it. A listed
        code reaches itself, UK reaches GB, an EU member without lines of its own the EU's, and ANY
        the 'anywhere else' entry. Settings refuse a code this gives None for; the help screens
        show 'anywhere else' for it and name the code."""
        code = self.code_for(code)
        if code not in self.countries and code in EU_MEMBERS:
            code = "EU"
        return code if code in self.countries else None

    def code_for(self, text: str | None) -> str:
        """A code as typed, upper-cased, with UK as GB; or the code of a listed country's name or a
        name people use for it, in any case ("germany", "England" -> "GB"). What is neither comes
        back upper-cased, for listed_code to refuse."""
        text = " ".join((text or "").split())
        named = NAME_ALIASES.get(text.lower())
        if named is None and len(text) > 3:
            named = next((c for c, entry in self.countries.items() if entry.name.lower() == text.lower()), None)
        code = named or text.upper()
        return COUNTRY_ALIASES.get(code, code)

    def get(self, code: str | None):
        """The country for a code (case-insensitive), its region, or the 'anywhere else' entry
        (a content_schema.Country, or the quick book's own record)."""
        return self.countries[self.listed_code(code) or "ANY"]


def country_from_locale(value: str | None) -> str | None:
    """The region a locale names, as an upper-case code, or None: "en_GB.UTF-8" and "de_DE@euro"
    (a system locale), "en-NZ" or "fr-FR,fr;q=0.9,en;q=0.5" (a browser's languages: the first one
    only, the person's own choice). A bare language ("de", or "de,en-US;q=0.8"), "C" and "POSIX" name
    no region: where someone lives is not guessed from the language they read."""
    tag = (value or "").split(",")[0].split(";")[0].split(".")[0].split("@")[0].strip().replace("-", "_")
    parts = tag.split("_")
    if len(parts) >= 2 and parts[0].isalpha() and len(parts[-1]) == 2 and parts[-1].isalpha():
        return parts[-1].upper()
    return None
