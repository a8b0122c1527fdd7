"""Tiny rule engine: many weighted patterns compiled into one regex per detector, scanned once per text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Curly quotes become straight ones; every replacement keeps the length, so offsets stay true.
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
                         "\u201c": '"', "\u201d": '"'})


def normalise(text: str) -> str:
    """Lower-cased text with quote marks unified, the same length as the input so offsets hold.

    Patterns are compiled case-sensitively over lower-case text: the regex engine skips
    alternatives by their first literal character, which it cannot do when ignoring case.
    """
    lowered = text.translate(_QUOTES).lower()
    if len(lowered) != len(text):  # a few characters (e.g. "İ") grow when lower-cased
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_QUOTES))
    return lowered


@dataclass(frozen=True)
class Rule:
    """A regex fragment (no capturing groups), its weight, and whether context guards apply."""

    pattern: str
    weight: float
    guarded: bool = False


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    weight: float
    guarded: bool


class Detector:
    """One compiled alternation; the highest-weight rules come first so they win ties at a position.

    The regex is compiled once, on first use, so importing the package stays cheap.
    """

    def __init__(self, name: str, rules: list[Rule]):
        self.name = name
        ordered = sorted(rules, key=lambda r: -r.weight)
        self._weights = {f"r{i}": (r.weight, r.guarded) for i, r in enumerate(ordered)}
        self._source = "|".join(f"(?P<r{i}>{r.pattern})" for i, r in enumerate(ordered))
        self._regex: re.Pattern | None = None

    @property
    def regex(self) -> re.Pattern:
        if self._regex is None:
            self._regex = re.compile(rf"(?<![\w'])(?:{self._source})(?![\w'])")
        return self._regex

    def scan(self, text: str) -> list[Match]:
        found = []
        for m in self.regex.finditer(text):
            weight, guarded = self._weights[m.lastgroup]
            found.append(Match(m.start(), m.end(), weight, guarded))
        return found
