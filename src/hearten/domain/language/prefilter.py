"""A cheap gate before the big alternations: which detectors could possibly match this sentence?

Each rule's regex is read once (with the standard library's own parser) to find literal
"factors": short strings one of which every match must contain. A table of the factors and
their beginnings then finds, token by token, every factor present in a sentence, and so every
detector worth running. Where a rule is a sequence, a second set of factors from another part of it must
be present too ("kill" as well as "myself"), so everyday words let fewer rules through.
A rule written as alternatives (`A|B`) is gated alternative by alternative, each with its
own two sets, and a factor that must start or end a match carries a word-edge mark, so
"mad" is not let through by "made".
The gate is exact, not a heuristic: a skipped detector could not have matched.
"""

from __future__ import annotations

import re

try:  # Python 3.11+ keeps the parser private; older versions expose it as sre_parse.
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]


def algorithm_version() -> int:
    """A fingerprint of this module's source: the gate algorithm's version, part of the prebuilt
    table's key, so an edit here retires the old table by itself (no number to remember)."""
    import zlib

    try:
        with open(__file__, "rb") as fh:
            source = fh.read().replace(b"\r\n", b"\n")
    except OSError:  # pragma: no cover - no source shipped: the rules' key alone
        return 0
    return zlib.crc32(source)


CROSS_LIMIT = 64  # the most strings a concatenation may multiply out to
UNION_LIMIT = 2048  # the most strings an alternation's set may hold
# Building the gate's token table costs a few milliseconds, about what testing every factor
# with `in` costs over a journal entry. So a gate tests factors one by one for its first few
# thousand characters (a journal entry, say) and builds the table only after that.
SCAN_BUDGET = 4_000

# A node's facts: (exact, prefixes, suffixes, factors). Each is a set of strings or None (unknown).
# exact: every string the node can match; prefixes/suffixes: every match starts/ends with one;
# factors: every match contains one.
_UNKNOWN = (None, None, None, None)
_EMPTY = (frozenset({""}), frozenset({""}), frozenset({""}), None)
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}


def _cross(a, b):
    if a is None or b is None or len(a) * len(b) > CROSS_LIMIT:
        return None
    return frozenset(x + y for x in a for y in b)


def _union(sets):
    out = set()
    for s in sets:
        if s is None:
            return None
        out |= s
    return frozenset(out) if len(out) <= UNION_LIMIT else None


def _best(*candidates):
    """The most selective usable factor set: longest shortest string, then fewest strings."""
    usable = [c for c in candidates if c and "" not in c]
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _node(op, av):
    if op is _c.LITERAL:
        s = frozenset({chr(av)})
        return (s, s, s, s)
    if op is _c.IN:
        if all(o is _c.LITERAL for o, _ in av) and len(av) <= 16:
            s = frozenset(chr(v) for _, v in av)
            return (s, s, s, s)
        return _UNKNOWN
    if op in _ZERO_WIDTH:
        return _EMPTY
    if op is _c.SUBPATTERN:
        return _seq(av[-1])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _seq(av)
    if op is _c.BRANCH:
        parts = [_seq(alt) for alt in av[1]]
        exact = _union(p[0] for p in parts)
        factors = _union(_best(p[3], p[0], p[1], p[2]) for p in parts)
        return (exact, _union(p[1] for p in parts), _union(p[2] for p in parts), factors)
    if op in _REPEATS:
        lo, hi, sub = av
        e, p, s, f = _seq(sub)
        if lo == 0:
            if hi == 1 and e is not None:
                opt = e | {""}
                return (opt, opt, opt, None)
            return (None, frozenset({""}), frozenset({""}), None)
        if lo == hi == 1:
            return (e, p, s, f)
        return (None, p, s, _best(f, e, p, s))
    return _UNKNOWN


def _seq(items):
    exact, pre, suf, factors = _EMPTY
    for op, av in items:
        e, p, s, f = _node(op, av)
        factors = _best(factors, f, e, _cross(suf, p))
        if exact is not None:
            pre = _cross(exact, p) or exact
        suf = (_cross(suf, e) or e) if e is not None else s
        exact = _cross(exact, e)
    return exact, pre, suf, _best(factors, exact, pre, suf)


def first_characters(pattern: str) -> str:
    """The characters every match of `pattern` starts with, sorted, or "" when they cannot be told
    or would not help. The regex engine skips ahead by a pattern's first literal or set of
    characters, but never past a word boundary or a lookbehind, so a pattern opening with one is
    tried whole at every place. Every rule is searched as rules.whole_pattern, which opens with a
    lookbehind, so a lookahead for these characters (rules.hinted) turns most places down with one
    test. Worked out ahead of time for the prebuilt gate table: reading every
    pattern at start-up would cost more than the hint saves in a short run."""
    if _INLINE_FLAGS.search(pattern):  # case folding would widen the first characters
        return ""
    starts = _seq(_p.parse(pattern))[1]  # every match starts with one of these strings
    if not starts or "" in starts:
        return ""
    return "".join(sorted({s[0] for s in starts}))


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")


def factors_of(pattern: str) -> frozenset[str] | None:
    """Literal strings one of which every match of pattern contains; None when there are none."""
    e, p, s, f = _seq(_p.parse(pattern))
    return _best(f, e, p, s)


def _second_of(items, first, other=None) -> frozenset[str] | None:
    """The best factor set from one item of the sequence that `first` (and `other`) do not imply."""
    candidates = []
    suf = frozenset({""})
    for op, av in items:
        e, p, s, f = _node(op, av)
        candidates += [f, e, _cross(suf, p)]
        suf = (_cross(suf, e) or e) if e is not None else s
    # A set every first factor already contains (a part of the same word) tells the gate nothing.
    return _best(
        *(
            c
            for c in candidates
            if c and c != first and c != other and not _implied(c, first) and not _implied(c, other)
        )
    )


def _implied(candidate: frozenset[str], first) -> bool:
    return first is not None and all(any(c in f for c in candidate) for f in first)


def alternatives_of(pattern: str) -> list:
    """The pattern's top-level alternatives, each a sequence of parsed items (the whole pattern
    when it is not an alternation): a string matches the pattern only if it matches one of them."""
    items = list(_p.parse(pattern))
    if len(items) == 1 and items[0][0] is _c.BRANCH:
        return [list(alt) for alt in items[0][1][1]]
    return [items]


# Every rule is wrapped as (?<![\w'])(?:...)(?![\w']), so a match starts and ends at a word's
# edge. The gate reads text with START before and END after each run of word characters and
# keeps that mark on a factor where the match must have it: a whole-match factor gets both
# ("mad" is not let through by "made"), a prefix START, a suffix END, any factor the marks
# inside it. A mark the text has where the rule could not is harmless: the gate lets more through.
START, END = "\x01", "\x02"
_WORD_RUN = re.compile(r"[\w']+")


def marked(text: str) -> str:
    """text with START before and END after each run of word characters."""
    return _WORD_RUN.sub(START + r"\g<0>" + END, text)


def unmarked(factor: str) -> str:
    return factor.replace(START, "").replace(END, "")


def _marks(strings, at_start: bool, at_end: bool) -> frozenset[str] | None:
    """The strings as the gate looks for them (see START): a string holding whitespace is looked
    for in the plain text, as it is."""
    if strings is None:
        return None
    out = set()
    for text in strings:
        if not text or _HAS_SPACE.search(text):
            out.add(text)
            continue
        m = marked(text)
        if not at_start and m.startswith(START):
            m = m[1:]
        if not at_end and m.endswith(END):
            m = m[:-1]
        out.add(m)
    return frozenset(out)


def _factor_sets(pattern: str) -> list[tuple[frozenset[str] | None, ...]]:
    """Per top-level alternative of the pattern, its (first, second, third) factor sets as the
    gate looks for them: a match holds one of each of some alternative's (a set that is None
    asks nothing). Alternatives with no second set are pooled into one (the union of their first
    sets is as exact); [(None, None, None)] when some alternative has no factor at all."""
    sets, single = [], set()
    for items in alternatives_of(pattern):
        e, p, s, f = _seq(items)
        options = [(e, True, True), (p, True, False), (s, False, True), (f, False, False)]
        looked_for = [(_marks(raw, a, b), raw) for raw, a, b in options]
        first = _best(*(m for m, _ in looked_for))
        if first is None:
            return [(None, None, None)]
        raw_first = next(raw for m, raw in looked_for if m is first)
        second = _second_of(items, raw_first)
        if second is None:
            single |= first
            continue
        third = _second_of(items, raw_first, second)
        sets.append((first, _marked_part(second, e, p, s), _marked_part(third, e, p, s)))
    return ([(frozenset(single), None, None)] if single else []) + sets


def _marked_part(found, e, p, s) -> frozenset[str] | None:
    """A factor set from inside a sequence, marked where it is the sequence's whole match, prefix or suffix."""
    if found is None:
        return None
    whole = found == e
    return _marks(found, whole or found == p, whole or found == s)


class Gate:
    """Finds, in one pass, which of many rules could match a span of text.

    `rules_for(text, start, end)` returns a bitmask over the rules given: bit i set means
    rule i may match there and must be run; a rule with no factor always runs. Both ways of
    finding the factors (one by one, then token by token past `scan_budget` characters) give
    the same mask. Inside, the factor tables' bits are the rules' parts (alternatives_of);
    `combine` folds them back to rules.

    Each whitespace-separated token is looked into once and its answer kept: a factor holds
    no whitespace (the few that do are looked for in the span itself), so it lies inside one
    token, and a token's factors are the same wherever it stands. Words repeat, so most
    tokens of a long run are a dictionary lookup.
    """

    def __init__(
        self,
        always: int,
        owners: dict[str, int],
        also: dict[str, int] | None = None,
        one_set: int = -1,
        scan_budget: int = SCAN_BUDGET,
        parts: tuple[int, ...] | None = None,
        third: dict[str, int] | None = None,
        no_third: int = -1,
    ):
        # The bits of always, owners, also and one_set are the rules' parts (see
        # alternatives_of): `parts` says how many each rule has, in order; None is one each.
        self.always = always
        self.owners = owners  # factor -> parts whose (first) factor set it is in
        self.also = also or {}  # factor -> parts whose second factor set it is in
        self.one_set = one_set  # parts with no second set
        self.third = third or {}  # factor -> parts whose third factor set it is in
        self.no_third = no_third  # parts with no third set
        self.parts = parts
        self._walk: dict[str, tuple[int, int, int]] | None = None
        self._budget = scan_budget
        # The long run keeps each token's (first, second, third) parts packed in one int, first
        # lowest, each `_pack` bits wide: one OR a token instead of three.
        tables = (owners, self.also, self.third)
        self._pack = max((bits.bit_length() for table in tables for bits in table.values()), default=0)
        self._pack_mask = (1 << self._pack) - 1
        self._tokens: dict[str, int] = {}
        self._spaced = [
            (f, self._packed(owners[f], self.also.get(f, 0), self.third.get(f, 0)))
            for f in owners
            if _HAS_SPACE.search(f)
        ]
        # Rule i's first part is bit i; its further parts are bits past every rule's, in rule
        # order. So the parts fold back to rules as: the low bits as they are, plus the rule of
        # each further part present (few: most rules are one part).
        self._rules = (1 << len(parts)) - 1 if parts is not None else -1
        self._width = len(parts) if parts is not None else 0
        self._rule_of: list[int] = []
        if parts is not None:
            for rule, count in enumerate(parts):
                self._rule_of += [1 << rule] * (count - 1)

    def factor_walk(self) -> dict[str, tuple[int, int, int]]:
        """Every factor, and every beginning of one, to its (first, second, third) parts; a
        beginning that is no factor has none. Built from the factors themselves (a few
        milliseconds, against some tens for compiling one regex of them all)."""
        nothing = (0, 0, 0)
        walk: dict[str, tuple[int, int, int]] = {}
        for factor in self.owners:
            for end in range(1, len(factor)):
                walk.setdefault(factor[:end], nothing)
        also, third = self.also, self.third
        for factor, bits in self.owners.items():
            walk[factor] = (bits, also.get(factor, 0), third.get(factor, 0))
        return walk

    @classmethod
    def build(cls, patterns: list[str]) -> Gate:
        """Work the gate out from the rules' patterns (slow: parses every pattern).

        The analyzer loads a prebuilt table instead (see _gate_table.py and
        scripts/build_language_data.py); a test checks that the table is current.
        """
        always = one_set = no_third = 0
        by_factor: dict[str, int] = {}
        also_by_factor: dict[str, int] = {}
        third_by_factor: dict[str, int] = {}
        counts = []
        extra = len(patterns)  # a rule's first part is its own bit; its others follow all rules
        for i, pattern in enumerate(patterns):
            sets = _factor_sets(pattern)
            counts.append(len(sets))
            for n, (found, second, third) in enumerate(sets):
                if n == 0:
                    part = 1 << i
                else:
                    part, extra = 1 << extra, extra + 1
                if found is None:
                    always |= part
                    continue
                _mark(by_factor, found, part)
                if second is None:
                    one_set |= part
                    no_third |= part
                    continue
                _mark(also_by_factor, second, part)
                if third is None:
                    no_third |= part
                    continue
                _mark(third_by_factor, third, part)
        # Each factor also carries the parts of the shorter factors it begins with, so the
        # longest factor starting at a place answers for every factor starting there.
        factors = sorted(by_factor.keys() | also_by_factor.keys() | third_by_factor.keys())
        owners = {f: _or(bits for g, bits in by_factor.items() if f.startswith(g)) for f in factors}
        also = {f: _or(bits for g, bits in also_by_factor.items() if f.startswith(g)) for f in factors}
        third = {f: _or(bits for g, bits in third_by_factor.items() if f.startswith(g)) for f in factors}
        return cls(
            always,
            owners,
            {f: bits for f, bits in also.items() if bits},
            one_set,
            parts=tuple(counts),
            third={f: bits for f, bits in third.items() if bits},
            no_third=no_third,
        )

    def expect_long_run(self) -> None:
        """Many texts follow (a batch): find factors the long-run way from now on. One by one
        pays off only for a short run; the first few thousand characters of a long one would
        cost some tens of milliseconds that way, far more than building the token table."""
        self._budget = -1

    def rules_for(self, text: str, start: int, end: int) -> int:
        return self.combine(*self.parts_for(text, start, end))

    def parts_for(self, text: str, start: int, end: int) -> tuple[int, int, int]:
        """(parts whose first factors are present, whose second are, whose third are)."""
        first = second = third = 0
        if self._walk is None:
            if not self.owners:
                return 0, 0, 0
            self._budget -= end - start
            if self._budget >= 0:  # a short run (one journal entry): no table to build
                span = text[start:end]
                looked_in = marked(span)
                owners, also, thirds = self.owners, self.also, self.third
                for factor in owners:
                    if factor in looked_in or (factor in span and _HAS_SPACE.search(factor)):
                        first |= owners[factor]
                        second |= also.get(factor, 0)
                        third |= thirds.get(factor, 0)
                return first, second, third
            self._walk = self.factor_walk()
        span = text[start:end]
        known = self._tokens
        packed = 0
        for token in span.split():
            parts = known.get(token)
            if parts is None:
                parts = self._token_parts(token)
            packed |= parts
        for factor, parts in self._spaced:
            if factor in span:
                packed |= parts
        width, mask = self._pack, self._pack_mask
        return packed & mask, (packed >> width) & mask, packed >> (2 * width)

    def _packed(self, first: int, second: int, third: int) -> int:
        """The three parts in one int, first lowest, each `_pack` bits wide."""
        return first | (second << self._pack) | (third << (2 * self._pack))

    def _token_parts(self, token: str) -> int:
        """The parts of every factor inside the token, packed (see _pack): from each place, a piece
        grows while it is the beginning of some factor. A factor's parts hold those of its own
        beginnings that are factors (see build), so this ORs what the longest factor at each place
        carries."""
        first = second = third = 0
        walk = self._walk
        text = marked(token)
        size = len(text)
        for start in range(size):
            for end in range(start + 1, size + 1):
                found = walk.get(text[start:end])
                if found is None:
                    break
                first |= found[0]
                second |= found[1]
                third |= found[2]
        if len(self._tokens) >= TOKEN_MEMORY:  # a long run of ever-new tokens stays bounded
            self._tokens.clear()
        found = self._tokens[token] = self._packed(first, second, third)
        return found

    def combine(self, first: int, second: int, third: int = -1) -> int:
        """The rules to run, given parts_for's result (or the OR of several spans' results)."""
        return self.rules_of(self.always | (first & (second | self.one_set) & (third | self.no_third)))

    def rules_of(self, parts: int) -> int:
        """The rules the given part bits belong to."""
        further = parts >> self._width if self.parts is not None else 0
        if not further:
            return parts
        rules = parts & self._rules
        rule_of = self._rule_of
        while further:
            low = further & -further
            rules |= rule_of[low.bit_length() - 1]
            further ^= low
        return rules


_HAS_SPACE = re.compile(r"\s")
TOKEN_MEMORY = 100_000  # tokens whose factors a gate keeps


def _mark(table: dict[str, int], factors, part: int) -> None:
    """Give each factor the rule part's bit."""
    for factor in factors:
        table[factor] = table.get(factor, 0) | part


def _or(values) -> int:
    out = 0
    for v in values:
        out |= v
    return out
