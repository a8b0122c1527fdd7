"""Tiny rule engine: many weighted patterns compiled into one regex per detector, scanned once per text."""

from __future__ import annotations

import re

# Curly quotes become straight ones; every replacement keeps the length, so offsets stay true.
_QUOTES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'", "\u201c": '"', "\u201d": '"'}
)


def normalise(text: str) -> str:
    """Lower-cased text with quote marks unified, the same length as the input so offsets hold.

    Patterns are compiled case-sensitively over lower-case text: the regex engine skips
    alternatives by their first literal character, which it cannot do when ignoring case.
    """
    lowered = text.translate(_QUOTES).lower()
    if len(lowered) != len(text):  # a few characters (e.g. "İ") grow when lower-cased
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_QUOTES))
    return lowered


def whole_pattern(pattern: str) -> str:
    """A rule's pattern as it is searched: whole words only, a contraction joined to its word."""
    return rf"(?<![\w'])(?:{joined_contractions(pattern)})(?![\w'])"


def hinted(pattern: str, first_characters: str) -> str:
    """`pattern` behind a lookahead for the characters its matches start with: the engine then
    turns most places down with one test instead of the lookbehind and the whole alternation.
    Every match starts with one of them, so the matches are the same. "" leaves it as it is."""
    if not first_characters:
        return pattern
    allowed = "".join(f"\\U{ord(c):08x}" for c in first_characters)
    return f"(?=[{allowed}])(?:{pattern})"


# What parses a pattern's structure: escapes and character classes matched whole (and skipped), brackets, bars.
_STRUCTURE = re.compile(r"\\.|\[(?:\\.|[^\\\]])*\]|[()|]", re.S)
_SPACE_THEN_GROUP = r"\s+(?:"
# An alternative that offers a contraction: an apostrophe, optional or not, then a letter ("\s*'?\s*ll"), or
# "n't" ("n'?\s*t"); and what the space before its group may then be instead.
_CONTRACTION_FIRST = re.compile(r"(?P<apostrophe>(?:\\s\*)?'\??(?:\\s\*)?[a-z])|n'\??(?:\\s\*)?t")
_SPACE_OR_JOINED = {"'": r"(?:\s+|(?='))", "n": r"(?:\s+|(?=n'?t\b))"}


def alternatives(pattern: str) -> list[str]:
    """A pattern's top-level alternatives."""
    parts, depth, start = [], 0, 0
    for m in _STRUCTURE.finditer(pattern):
        c = m.group()
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and not depth:
            parts.append(pattern[start : m.start()])
            start = m.end()
    parts.append(pattern[start:])
    return parts


def joined_contractions(pattern: str) -> str:
    """`pattern` with each space before a group that offers a contraction ("it\\s+(?:is|\\s*'?\\s*s)") made
    optional when an apostrophe follows (or "n't", for "was\\s+(?:not|n'?\\s*t)"): else "it 's" matches and
    "it's", the way people write it, never does. The regex matches nothing else it did not, since the group's
    other alternatives start with a letter (no other one with "n't"); but a loosened guard (a negative
    lookahead, a reading that sets a match aside) may now take a match away, as it was meant to."""
    if _SPACE_THEN_GROUP not in pattern or "'" not in pattern:  # "n't" has one too
        return pattern  # most patterns: no group offers a contraction
    spaces: list[tuple[int, str]] = []  # where a "\s+" to loosen starts, and for which contraction
    open_groups: list[list] = []  # per open group: where its "\s+" starts (or -1), its alternative's start, offers
    for m in _STRUCTURE.finditer(pattern):
        c = m.group()
        if c == "(":
            at = m.start() - 3
            open_groups.append([at if pattern.startswith(_SPACE_THEN_GROUP, at) else -1, m.end() + 2, ""])
        elif open_groups and c in "|)":
            group = open_groups[-1]
            offered = _CONTRACTION_FIRST.match(pattern, group[1])
            if offered and not group[2]:
                group[2] = "'" if offered.group("apostrophe") else "n"
            group[1] = m.end()
            if c == ")":
                open_groups.pop()
                if group[0] >= 0 and group[2]:
                    spaces.append((group[0], group[2]))
    out, done = [], 0
    for at, kind in sorted(spaces):
        out += [pattern[done:at], _SPACE_OR_JOINED[kind]]
        done = at + 3
    return "".join(out) + pattern[done:]


class Rule:
    """A regex fragment (no capturing groups), its weight, and whether context guards apply."""

    __slots__ = ("pattern", "weight", "guarded")

    def __init__(self, pattern: str, weight: float, guarded: bool = False):
        self.pattern, self.weight, self.guarded = pattern, weight, guarded

    def __repr__(self) -> str:
        return f"Rule({self.pattern!r}, {self.weight}, {self.guarded})"


class Match:
    """Where one rule matched, its weight, and whether context guards apply."""

    __slots__ = ("start", "end", "weight", "guarded")

    def __init__(self, start: int, end: int, weight: float, guarded: bool):
        self.start, self.end, self.weight, self.guarded = start, end, weight, guarded

    def __repr__(self) -> str:
        return f"Match({self.start}, {self.end}, {self.weight}, {self.guarded})"


class Detector:
    """Weighted rules tried as one alternation: at each place the first (highest-weight) rule wins.

    Rules compile one by one, on first use, so importing the package stays cheap and a
    short run compiles only the rules its text could trigger. `scan` with a bitmask of rules
    (from the prefilter gate) gives exactly what the full alternation would give, because a
    rule left out could not have matched anywhere in the span.
    """

    def __init__(self, name: str, rules: list[Rule]):
        self.name = name
        self.rules = sorted(rules, key=lambda r: -r.weight)
        self._weights = [(r.weight, r.guarded) for r in self.rules]
        self._regexes: list[re.Pattern | None] = [None] * len(self.rules)
        self._first_characters: tuple[str, ...] | None = None
        self.all_rules = (1 << len(self.rules)) - 1

    def use_first_characters(self, first_characters: tuple[str, ...]) -> None:
        """Each rule's whole regex's first characters (prefilter.first_characters, from the prebuilt
        gate table), for the rules compiled from now on: the same matches, found sooner."""
        if len(first_characters) == len(self.rules):
            self._first_characters = first_characters

    def _regex(self, i: int) -> re.Pattern:
        rx = self._regexes[i]
        if rx is None:
            pattern = whole_pattern(self.rules[i].pattern)
            if self._first_characters is not None:
                pattern = hinted(pattern, self._first_characters[i])
            rx = self._regexes[i] = re.compile(pattern)
        return rx

    def scan(self, text: str, start: int = 0, end: int | None = None, rules: int | None = None) -> list[Match]:
        """Matches inside text[start:end], leftmost first; the text before start is still context."""
        if end is None:
            end = len(text)
        if rules is None:
            rules = self.all_rules
        regexes = self._regexes
        if rules and not rules & (rules - 1):  # one rule (the usual case): its matches, in order
            i = rules.bit_length() - 1
            rx = regexes[i] or self._regex(i)
            weight, guarded = self._weights[i]
            return [Match(m.start(), m.end(), weight, guarded) for m in rx.finditer(text, start, end)]
        # One candidate per rule: its leftmost match at or after the current position.
        pending = []
        while rules:  # visit only the set bits: a detector may hold a hundred rules
            low = rules & -rules
            rules ^= low
            i = low.bit_length() - 1
            rx = regexes[i] or self._regex(i)
            m = rx.search(text, start, end)
            if m is not None:
                pending.append((m.start(), i, m, rx))
        if not pending:
            return []
        weights = self._weights
        if len(pending) == 1:
            _, i, _, rx = pending[0]
            weight, guarded = weights[i]
            return [Match(m.start(), m.end(), weight, guarded) for m in rx.finditer(text, start, end)]
        found = []
        while pending:
            pending.sort(key=_by_place)
            at, i, m, _ = pending[0]
            weight, guarded = weights[i]
            found.append(Match(at, m.end(), weight, guarded))
            pos = m.end() if m.end() > at else at + 1
            refreshed = []
            for cand in pending:
                if cand[0] < pos:
                    rx = cand[3]
                    nxt = rx.search(text, pos, end)
                    if nxt is not None:
                        refreshed.append((nxt.start(), cand[1], nxt, rx))
                else:
                    refreshed.append(cand)
            pending = refreshed
        return found

    def score(self, text: str, start: int, end: int, rules: int, bonus: float) -> float:
        """What `scan` finds, reduced to a score: the best weight plus `bonus` for each further
        match, at most 1, rounded to 3 places; 0.0 when nothing matches. No match objects."""
        regexes = self._regexes
        if rules and not rules & (rules - 1):  # one rule (the usual case): its weight, and a bonus per repeat
            i = rules.bit_length() - 1
            rx = regexes[i] or self._regex(i)
            # No rule matches the empty string (a test checks), so findall finds just what
            # searching again from each match's end would: one call counts every repeat.
            count = len(rx.findall(text, start, end))
            if not count:
                return 0.0
            return round(min(1.0, self._weights[i][0] + bonus * (count - 1)), 3)
        pending = []
        while rules:
            low = rules & -rules
            rules ^= low
            i = low.bit_length() - 1
            rx = regexes[i] or self._regex(i)
            m = rx.search(text, start, end)
            if m is not None:
                pending.append((m.start(), i, m, rx))
        if not pending:
            return 0.0
        weights = self._weights
        if len(pending) == 1:
            _, i, m, rx = pending[0]
            best = weights[i][0]
            count = 1 + len(rx.findall(text, m.end(), end))
        else:
            best = 0.0
            count = 0
            while pending:
                pending.sort(key=_by_place)
                at, i, m, _ = pending[0]
                count += 1
                weight = weights[i][0]
                if weight > best:
                    best = weight
                pos = m.end() if m.end() > at else at + 1
                refreshed = []
                for cand in pending:
                    if cand[0] < pos:
                        rx = cand[3]
                        nxt = rx.search(text, pos, end)
                        if nxt is not None:
                            refreshed.append((nxt.start(), cand[1], nxt, rx))
                    else:
                        refreshed.append(cand)
                pending = refreshed
        return round(min(1.0, best + bonus * (count - 1)), 3)


def _by_place(cand):
    return cand[0], cand[1]
