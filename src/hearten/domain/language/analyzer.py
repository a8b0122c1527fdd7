"""analyze(): split into sentences; per sentence, a cheap gate picks the few rules worth running."""

from __future__ import annotations

import re
from bisect import bisect_right

from hearten.domain import crisis_reader

from . import crisis, second_opinion, selfcrit, selftalk, traps
from .prefilter import Gate, unmarked
from .results import SELF_CRITICAL_THRESHOLD, Analysis, SentenceAnalysis, TrapHit
from .rules import Match, normalise, whole_pattern
from .sentences import split

# Tie-break between traps of equal score: the more specific trap first. Totalising words
# ("completely", "perfect", "either ... or") mark all-or-nothing thinking more precisely
# than the always/never of overgeneralizing, so it comes early.
TRAP_PRIORITY = (
    "disqualifying_positive",
    "emotional_reasoning",
    "comparing",
    "all_or_nothing",
    "blaming",
    "personalizing",
    "mind_reading",
    "labeling",
    "catastrophizing",
    "should_statements",
    "fortune_telling",
    "overgeneralizing",
    "negative_feeling",
)
_RANK = {trap: i for i, trap in enumerate(TRAP_PRIORITY)}
# Harsh self-talk is also the labeling trap; a little weaker so a clearer trap can still lead.
LABELING_FROM_SELF_CRITICISM = 0.8
REPEAT_BONUS = 0.03


def _score(matches: list[Match]) -> float:
    best = max(m.weight for m in matches)
    return round(min(1.0, best + REPEAT_BONUS * (len(matches) - 1)), 3)


_TRAPS = tuple(traps.DETECTORS.items())
_BREAK = re.compile(r"\s|[.!?][\"')\]]")  # where a sentence break can fall inside a factor
_gate: tuple[Gate, list[tuple[int, int]], bool] | None = None


def _the_gate() -> tuple[Gate, list[tuple[int, int]], bool]:
    """One gate over every rule, each detector's (shift, mask) in it, and whether crisis
    factors can span a sentence break (they hold a space), so crisis needs a whole-text pass."""
    global _gate
    if _gate is None:
        detectors = _detectors()
        places, shift = [], 0
        for d in detectors:
            places.append((shift, d.all_rules))
            shift += len(d.rules)
        gate, first_characters = _load_gate([r.pattern for d in detectors for r in d.rules])
        if first_characters is not None:
            for d, (shift, _) in zip(detectors, places):
                d.use_first_characters(first_characters[shift : shift + len(d.rules)])
        crisis_bits = crisis.DETECTOR.all_rules
        crisis_factors = (
            f
            for f in gate.owners
            if gate.rules_of(gate.owners[f] | gate.also.get(f, 0) | gate.third.get(f, 0)) & crisis_bits
        )
        spans_breaks = any(_BREAK.search(unmarked(f)) for f in crisis_factors)
        _gate = (gate, places, spans_breaks)
    return _gate


def patterns_key(patterns: list[str]) -> int:
    """A fingerprint of every rule's pattern and of the gate algorithm's version, so a prebuilt
    gate made from other rules, or by another version of the algorithm, is never used."""
    import zlib

    from .prefilter import algorithm_version

    return zlib.crc32("\x00".join([f"gate {algorithm_version()}", *patterns]).encode("utf-8"))


def _load_gate(patterns: list[str]) -> tuple[Gate, tuple[str, ...] | None]:
    """The prebuilt gate and each rule's first characters when the table matches the rules (the
    fast path), else the gate built now and no first characters (too dear to work out here)."""
    from . import _gate_table

    if _gate_table.KEY == patterns_key(patterns):
        t = _gate_table
        gate = Gate(t.ALWAYS, t.OWNERS, t.ALSO, t.ONE_SET, parts=t.PARTS, third=t.THIRD, no_third=t.NO_THIRD)
        return gate, t.FIRST_CHARACTERS
    return Gate.build(patterns), None


def _detectors() -> list:
    """Every detector in gate order: crisis, self-criticism, the traps, then the fallback."""
    return [crisis.DETECTOR, selfcrit.DETECTOR, *traps.DETECTORS.values(), traps.FALLBACK]


def all_patterns() -> list[str]:
    return [r.pattern for d in _detectors() for r in d.rules]


def all_first_characters() -> tuple[str, ...]:
    """Each rule's whole regex's first characters, in all_patterns() order (for the prebuilt table)."""
    from .prefilter import first_characters

    return tuple(first_characters(whole_pattern(pattern)) for pattern in all_patterns())


def _bucket(matches: list[Match], starts: list[int]) -> dict[int, list[Match]]:
    """Group matches by the index of the sentence their start falls in."""
    by_sentence: dict[int, list[Match]] = {}
    for m in matches:
        i = bisect_right(starts, m.start) - 1
        if i >= 0:
            by_sentence.setdefault(i, []).append(m)
    return by_sentence


def _crisis_hits(
    norm: str,
    bounds: list[tuple[int, int]],
    parts: list[tuple[int, int, int]],
    any_one: bool = False,
    turned: set[int] | None = None,
) -> dict[int, list[Match]]:
    """Crisis matches by sentence, looked for over the whole text: a plan written across two
    lines is still a plan. `parts` are the gate's (first, second, third) factor parts per sentence,
    pooled so a rule whose two factors fall in different sentences still runs. With `any_one`,
    only whether some sentence is flagged counts: the second opinion stops at its first flag
    and is not asked at all when a rule has flagged one. `turned` is given when `norm` is already
    a self-talk reading: the second opinion weighs only those sentences again."""
    gate, crisis_all, crisis_spans_breaks = _crisis_plan or _the_crisis_plan()
    if crisis_spans_breaks:
        crisis_rules = gate.rules_for(norm, 0, len(norm)) & crisis_all
    else:
        first = second = third = 0
        for f, s, t in parts:
            first |= f
            second |= s
            third |= t
        crisis_rules = gate.combine(first, second, third) & crisis_all
    own = {}
    # A sentence whose rule matches were all read as not the writer's own, now: where the last one ends.
    set_aside: dict[int, int] = {}
    if crisis_rules:
        hits = _bucket(crisis.DETECTOR.scan(norm, rules=crisis_rules), [s for s, _ in bounds])
        for i, matches in hits.items():  # whose crisis, and when: someone else's or a story's is left out
            start, end = bounds[i]
            kept = [m for m in matches if crisis.is_own_now(norm, start, end, m.start, m.end, m.guarded)]
            if not kept:  # a rejected match may hide a later one that is the writer's own
                kept = crisis.hidden_own(norm, start, end, crisis_rules)
            if kept:
                own[i] = kept
            else:
                set_aside[i] = max(m.end for m in matches)
    if len(bounds) > 1 and crisis.tells_of_someones(norm):  # "My best friend wants to die. So do I."
        for i in range(1, len(bounds)):
            if (
                i not in own
                and i - 1 not in own
                and (
                    (crisis.joins_someone_elses(norm, *bounds[i]) and crisis.tells_of_a_crisis(norm, *bounds[i - 1]))
                    or crisis.joins_the_dead(norm, bounds[i - 1], bounds[i])
                    or crisis.that_is_me(norm, bounds[i - 1], bounds[i])
                )
            ):
                own[i] = [Match(bounds[i][0], bounds[i][1], SECOND_OPINION_WEIGHT, False)]
    told_past = [*set_aside, *(i for i in crisis.bare_past_harm(norm, bounds) if i not in own and i not in set_aside)]
    for i in told_past:  # "I used to want to die. It's back.": the past told is here again
        after = i + 1
        if after < len(bounds) and after not in own and crisis.back_again(norm, bounds[i], bounds[after]):
            own[after] = [Match(bounds[after][0], bounds[after][1], SECOND_OPINION_WEIGHT, False)]
    if len(bounds) > 1 and crisis.may_drop_a_cover(norm):
        own.update(_dropped_cover_hits(norm, bounds, own, set_aside))
    if any_one and own:
        return own
    # The second opinion may only add: it looks at the sentences the rules left unflagged.
    for i, (start, end) in enumerate(bounds):
        if i in own or (turned is not None and i not in turned):
            continue
        if second_opinion.flags(norm, start, end, set_aside.get(i), i - 1 in set_aside):
            own[i] = [SecondOpinionMatch(start, end, SECOND_OPINION_WEIGHT, False)]
            if any_one:
                break
    if (
        turned is None
        and not (any_one and own)
        and len(own) < len(bounds)
        and (selftalk.has_reader(norm) or selftalk.describes_the_writer(norm))
    ):
        own.update(_self_talk_hits(norm, bounds, own))
    return own


def _dropped_cover_hits(
    norm: str, bounds: list[tuple[int, int]], own: dict, set_aside: dict[int, int]
) -> dict[int, list[Match]]:
    """Unflagged sentences whose cover story the next short sentence drops ("... for a story. There's no
    story."), flagged when the sentence is read again without the cover. A cover told to someone in a sentence
    of its own ("I asked what happens if someone says they want to die. I said it was for a friend. It wasn't.")
    was the cover of the question or search before it: that one is flagged when its crisis words were set
    aside, or when it tells of a crisis as someone's ("how people kill themselves")."""
    found: dict[int, list[Match]] = {}
    gate = _the_gate()[0]
    for i in range(len(bounds) - 1):
        if i in own or i + 1 in own:
            continue
        uncovered = crisis.without_a_dropped_cover(norm, bounds[i], bounds[i + 1])
        if uncovered is None:
            continue
        start, end = bounds[i]
        piece = uncovered[start:end]  # read alone: the sentences around it were read as they are
        if _crisis_hits(piece, [(0, end - start)], [gate.parts_for(piece, 0, end - start)], any_one=True):
            found[i] = [Match(start, end, SECOND_OPINION_WEIGHT, False)]
        elif (
            i
            and i - 1 not in own
            and crisis.covers_the_search_before(norm, bounds[i - 1], bounds[i])
            and (i - 1 in set_aside or crisis.tells_of_a_crisis(norm, *bounds[i - 1]))
        ):
            found[i - 1] = [Match(bounds[i - 1][0], bounds[i - 1][1], SECOND_OPINION_WEIGHT, False)]
    return found


def _self_talk_hits(norm: str, bounds: list[tuple[int, int]], own: dict) -> dict[int, list[Match]]:
    """Unflagged sentences that talk to the writer as "you", or name the writer by what they are
    ("I'm the girl who's going to kill herself"), flagged when read as "I" would be.

    The whole text is read again with those sentences turned, so a plan told over two of them
    still counts. A turned sentence's words and places differ, so its flag covers it whole."""
    pieces: list[str] = []
    turned_bounds: list[tuple[int, int]] = []
    turned: set[int] = set()
    length = last = 0
    to_someone = None  # whether the writer speaks to someone anywhere: then no "you" in the text is the writer
    for i, (start, end) in enumerate(bounds):
        between = norm[last:start]
        sentence = norm[start:end]
        if i not in own:
            as_i = selftalk.as_first_person(sentence)
            if as_i is not None:
                if to_someone is None:
                    to_someone = selftalk.speaks_to_someone(norm)
                if to_someone:
                    as_i = None
            if as_i is None:
                as_i = selftalk.as_the_one_described(sentence)
            if as_i is not None:
                turned.add(i)
                sentence = as_i
        pieces += (between, sentence)
        length += len(between)
        turned_bounds.append((length, length + len(sentence)))
        length += len(sentence)
        last = end
    if not turned:
        return {}
    text = "".join(pieces) + norm[last:]
    gate = _the_gate()[0]
    parts = [gate.parts_for(text, start, end) for start, end in turned_bounds]
    hits = _crisis_hits(text, turned_bounds, parts, turned=turned)
    found = {}
    for i in turned & hits.keys():
        start, end = bounds[i]
        kind = SecondOpinionMatch if _tier(hits[i]) == "second_opinion" else Match
        found[i] = [kind(start, end, max(m.weight for m in hits[i]), False)]
    return found


def _all_crisis_hits(
    norm: str,
    bounds: list[tuple[int, int]],
    parts: list[tuple[int, int, int]],
    any_one: bool = False,
    whether_only: bool = False,
) -> dict[int, list[Match]]:
    """Crisis matches by sentence from every tier: the rules and the word model (_crisis_hits), then,
    when it is on and they found nothing, the crisis encoder. `any_one` as for _crisis_hits;
    `whether_only`: only whether there is a crisis counts, so the encoder's flag is not placed."""
    hits = _crisis_hits(norm, bounds, parts, any_one=any_one)
    reader = crisis_reader.reader  # read once: another thread may turn it off meanwhile
    if reader is not None and not hits:
        hits = _encoder_hits(norm, bounds, reader, any_one or whether_only)
    return hits


# The encoder's probability at which a passage is flagged. See BENCHMARKS.md, "The crisis encoder".
ENCODER_BAR = 0.8
# A text of this many words or fewer is read whole, as the encoder was trained (a line of one to three
# sentences; what passes its 64 tokens is cut, as it was in training).
ENCODER_WORDS = 48
# A longer text is read in passages of whole sentences of up to this many words, which its 64 tokens hold
# nearly always, so a passage's last sentence is not cut.
PASSAGE_WORDS = 36
# At most this many passages of a text are read (about 2,500 words): a pasted book is read by the rules,
# but the encoder reads its beginning.
MOST_PASSAGES = 128


def _passages(norm: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """What the encoder reads, as (first sentence, last sentence + 1): the whole text when it has at most
    ENCODER_WORDS words, else runs of whole sentences of up to PASSAGE_WORDS (at least one sentence),
    each starting at the sentence that holds the half-way word of the one before, so every sentence is
    read with what follows it ("I asked how many it takes. It was for a story.") and the text about twice."""
    words = [len(norm[start:end].split()) for start, end in bounds]
    if sum(words) <= ENCODER_WORDS:
        return [(0, len(bounds))]
    passages: list[tuple[int, int]] = []
    first = 0
    while len(passages) < MOST_PASSAGES:
        last, total = first + 1, words[first]
        while last < len(bounds) and total + words[last] <= PASSAGE_WORDS:
            total += words[last]
            last += 1
        if not passages or last > passages[-1][1]:  # one held whole in the one before adds nothing
            passages.append((first, last))
        if last == len(bounds):
            break
        half, seen, step = total / 2, 0, first
        while step < last - 1 and seen + words[step] <= half:
            seen += words[step]
            step += 1
        first = max(first + 1, step)
    return passages


def _encoder_hits(norm: str, bounds: list[tuple[int, int]], reader, any_one: bool) -> dict[int, list[Match]]:
    """The encoder's flags where the rules and the word model found none. A passage it flags is marked
    on its sentence the encoder is surest of alone (the passage's own sentence when it has one)."""
    passages = _passages(norm, bounds)
    texts = [norm[bounds[first][0] : bounds[last - 1][1]] for first, last in passages]
    flagged = [p for p, probability in zip(passages, reader(texts)) if probability >= ENCODER_BAR]
    found: dict[int, list[Match]] = {}
    for first, last in flagged:
        if any_one or last - first == 1:
            marked = first
        else:
            alone = reader([norm[start:end] for start, end in bounds[first:last]])
            marked = first + max(range(last - first), key=alone.__getitem__)
        found[marked] = [EncoderMatch(bounds[marked][0], bounds[marked][1], SECOND_OPINION_WEIGHT, False)]
        if any_one:
            break
    return found


_crisis_plan: tuple | None = None


def _the_crisis_plan() -> tuple:
    """(the gate, the crisis rules' place in its mask, whether crisis factors span a break), once."""
    global _crisis_plan
    gate, ((_, crisis_all), *_), spans_breaks = _the_gate()
    _crisis_plan = (gate, crisis_all, spans_breaks)
    return _crisis_plan


SECOND_OPINION_WEIGHT = 0.5


class SecondOpinionMatch(Match):
    """A whole sentence the second opinion flagged (no rule matched in it)."""

    __slots__ = ()


class EncoderMatch(SecondOpinionMatch):
    """A whole sentence the crisis encoder flagged (neither a rule nor the word model did)."""

    __slots__ = ()


def _tier(matches: list[Match]) -> str:
    """Which tier flagged a sentence: "rules", or "second_opinion" when no rule did."""
    return "second_opinion" if all(isinstance(m, SecondOpinionMatch) for m in matches) else "rules"


_placed: list[int] | None = None


def _trap_masks(trap_places: list[tuple[int, int]]) -> list[int]:
    """Each trap's rules in the gate's own bit positions, so a sentence's mask is tested without shifting."""
    global _placed
    if _placed is None:
        _placed = [rules << shift for shift, rules in trap_places]
    return _placed


_placed_union: int | None = None


def _trap_masks_union() -> int:
    """Every trap's rules at once, in the gate's bit positions."""
    global _placed_union
    if _placed_union is None:
        _placed_union = 0
        for placed in _trap_masks(_the_gate()[1][2:-1]):
            _placed_union |= placed
    return _placed_union


def has_crisis(text: str) -> bool:
    """`analyze(text).crisis`, running only the crisis rules: for when nothing else will be shown."""
    if not text or text.isspace():
        return False
    norm = normalise(text)
    bounds = split(norm)
    if not bounds:
        return False
    gate = _the_gate()[0]
    parts = [gate.parts_for(norm, start, end) for start, end in bounds]
    return bool(_all_crisis_hits(norm, bounds, parts, whether_only=True))


def expect_long_run() -> None:
    """Many texts follow (`hearten analyze --batch`): the gate takes its long-run way at once.
    The findings are the same either way; only the time to the first few hundred differs."""
    _the_gate()[0].expect_long_run()


def analyze(text: str) -> Analysis:
    """Find harsh self-talk, thinking traps and crisis language, sentence by sentence."""
    return _analyze(text, True)


def summarize(text: str) -> Analysis:
    """`analyze(text)` without the per-sentence detail (sentences is empty): the same summary
    fields, for callers that show only those, such as `hearten analyze --batch`."""
    if not text or text.isspace():
        return Analysis()
    norm = normalise(text)
    bounds = split(norm)
    if not bounds:
        return Analysis()
    gate, by_bit, labeling, self_shift, self_rules, fallback_shift, fallback_rules, traps_mask = _summary_plan()
    gate_parts = gate.parts_for
    combine = gate.combine
    parts = [gate_parts(norm, start, end) for start, end in bounds]
    any_crisis = bool(_all_crisis_hits(norm, bounds, parts, any_one=True))
    overall: dict[str, float] = {}
    top_score = 0.0
    self_scan = selfcrit.DETECTOR.scan
    guarded = selfcrit.guarded_matches
    for (start, end), part in zip(bounds, parts):
        mask = combine(*part)
        rules = (mask >> self_shift) & self_rules
        kept = guarded(norm, start, self_scan(norm, start, end, rules)) if rules else None
        score = _score(kept) if kept else 0.0
        labeled_anyway = score >= SELF_CRITICAL_THRESHOLD
        hit = False
        todo = mask & traps_mask
        if labeled_anyway and not todo & labeling[4]:
            todo |= labeling[4] & -labeling[4]  # the labeling trap runs, with or without rules of its own
        while todo:  # only the traps with a rule let through, lowest bit (trap order) first
            trap, detector, shift, all_rules, placed, is_labeling, others = by_bit[(todo & -todo).bit_length() - 1]
            todo &= others
            if is_labeling:
                rules = (mask >> shift) & all_rules
                found = guarded(norm, start, detector.scan(norm, start, end, rules)) if rules else None
                trap_score = _score(found) if found else 0.0
                if labeled_anyway:
                    trap_score = max(trap_score, round(score * LABELING_FROM_SELF_CRITICISM, 3))
            else:
                trap_score = detector.score(norm, start, end, (mask >> shift) & all_rules, REPEAT_BONUS)
            if trap_score > 0:
                hit = True
                if trap_score > overall.get(trap, 0.0):
                    overall[trap] = trap_score
        if not hit:
            rules = (mask >> fallback_shift) & fallback_rules
            if rules and traps.FALLBACK.score(norm, start, end, rules, REPEAT_BONUS):
                overall.setdefault(traps.FALLBACK_TRAP, traps.FALLBACK_SCORE)
        if score > top_score:
            top_score = score
    ranked = sorted(overall, key=lambda t: (-overall[t], _RANK[t])) if len(overall) > 1 else list(overall)
    return Analysis(
        sentences=[],
        self_critical=top_score >= SELF_CRITICAL_THRESHOLD,
        score=top_score,
        traps=ranked,
        crisis=any_crisis,
    )


_plan: tuple | None = None


def _summary_plan() -> tuple:
    """What summarize() needs from the gate, worked out once: per trap its detector, its place
    in the gate's mask and whether it is the labeling trap (the one self-criticism feeds)."""
    global _plan
    if _plan is None:
        gate, places, _ = _the_gate()
        _, (self_shift, self_rules), *trap_places, (fallback_shift, fallback_rules) = places
        plan = [
            (trap, detector, shift, all_rules, placed, trap == "labeling", ~placed)
            for (trap, detector), (shift, all_rules), placed in zip(_TRAPS, trap_places, _trap_masks(trap_places))
        ]
        by_bit: list = [None] * fallback_shift  # a gate bit -> the trap whose rule it is
        for entry in plan:
            for bit in range(entry[2], entry[2] + len(entry[1].rules)):
                by_bit[bit] = entry
        labeling = next(entry for entry in plan if entry[5])
        _plan = (gate, by_bit, labeling, self_shift, self_rules, fallback_shift, fallback_rules, _trap_masks_union())
    return _plan


def _analyze(text: str, detail: bool) -> Analysis:
    if not text or text.isspace():
        return Analysis()
    norm = normalise(text)
    bounds = split(norm)
    if not bounds:
        return Analysis()
    gate, places, _ = _the_gate()
    _, (self_shift, self_rules), *trap_places, (fallback_shift, fallback_rules) = places
    trap_masks = _trap_masks(trap_places)
    traps_mask = _trap_masks_union()
    parts = [gate.parts_for(norm, start, end) for start, end in bounds]
    masks = [gate.combine(*part) for part in parts]
    crisis_hits = _all_crisis_hits(norm, bounds, parts)  # crisis first

    sentences = []
    overall: dict[str, float] = {}
    top_score = 0.0
    any_crisis = False
    for index, (start, end) in enumerate(bounds):
        spans: list[tuple[int, int, str]] = []
        in_crisis = index in crisis_hits
        if in_crisis:
            any_crisis = True
            spans += [(m.start, m.end, "crisis") for m in crisis_hits[index]]

        mask = masks[index]
        rules = (mask >> self_shift) & self_rules
        kept = selfcrit.guarded_matches(norm, start, selfcrit.DETECTOR.scan(norm, start, end, rules)) if rules else []
        score = _score(kept) if kept else 0.0
        spans += [(m.start, m.end, "self_criticism") for m in kept]

        hits = []
        labeled_anyway = score >= SELF_CRITICAL_THRESHOLD
        if not mask & traps_mask and not labeled_anyway:  # no trap's rule could match here
            trap_list = ()
        else:
            trap_list = zip(_TRAPS, trap_places, trap_masks)
        for (trap, detector), (shift, all_rules), placed in trap_list:
            if not mask & placed and (trap != "labeling" or not labeled_anyway):  # no rule of this trap could match
                continue
            rules = (mask >> shift) & all_rules
            found = detector.scan(norm, start, end, rules) if rules else None
            if found and trap == "labeling":
                found = selfcrit.guarded_matches(norm, start, found)
            labeled = trap == "labeling" and score >= SELF_CRITICAL_THRESHOLD
            if not found and not labeled:
                continue
            trap_score = _score(found) if found else 0.0
            trap_spans = [(m.start, m.end) for m in found] if found else []
            if labeled:
                trap_score = max(trap_score, round(score * LABELING_FROM_SELF_CRITICISM, 3))
                trap_spans += [(m.start, m.end) for m in kept]
            if trap_score > 0:
                trap_spans = sorted(set(trap_spans))
                hits.append(TrapHit(trap, trap_score, trap_spans))
                spans += [(s, e, f"trap:{trap}") for s, e in trap_spans]
                if trap_score > overall.get(trap, 0.0):
                    overall[trap] = trap_score
        if not hits and (mask >> fallback_shift) & fallback_rules:
            found = traps.FALLBACK.scan(norm, start, end, (mask >> fallback_shift) & fallback_rules)
            if found:
                fallback_spans = sorted({(m.start, m.end) for m in found})
                hits.append(TrapHit(traps.FALLBACK_TRAP, traps.FALLBACK_SCORE, fallback_spans))
                spans += [(s, e, f"trap:{traps.FALLBACK_TRAP}") for s, e in fallback_spans]
                overall.setdefault(traps.FALLBACK_TRAP, traps.FALLBACK_SCORE)
        if score > top_score:
            top_score = score
        if not detail:
            continue
        if len(hits) > 1:
            hits.sort(key=lambda h: (-h.score, _RANK[h.id]))
        spans.sort()
        sentences.append(
            SentenceAnalysis(
                text=text[start:end],
                start=start,
                end=end,
                self_critical=score >= SELF_CRITICAL_THRESHOLD,
                score=score,
                traps=hits,
                crisis=in_crisis,
                spans=spans,
                crisis_by=_tier(crisis_hits[index]) if in_crisis else None,
            )
        )
    ranked = sorted(overall, key=lambda t: (-overall[t], _RANK[t]))
    return Analysis(
        sentences=sentences,
        self_critical=top_score >= SELF_CRITICAL_THRESHOLD,
        score=top_score,
        traps=ranked,
        crisis=any_crisis,
    )
