"""The one rule for country codes, shared by the safety policy and every book of help lines.

Its own module so the content schema can use it without importing the safety policy, which
builds content_schema's records itself.
"""

from __future__ import annotations

COUNTRY_ALIASES = {"UK": "GB"}
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
        code = (code or "").strip().upper()
        code = COUNTRY_ALIASES.get(code, code)
        if code not in self.countries and code in EU_MEMBERS:
            code = "EU"
        return code if code in self.countries else None

    def get(self, code: str | None):
        """The country for a code (case-insensitive), its region, or the 'anywhere else' entry
        (a content_schema.Country, or the quick book's own record)."""
        return self.countries[self.listed_code(code) or "ANY"]
