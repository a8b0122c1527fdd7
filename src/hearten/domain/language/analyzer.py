"""analyze(): split into sentences, run every detector once over the text, then score each sentence."""

from __future__ import annotations

from bisect import bisect_right

from . import crisis, selfcrit, traps
from .engine import Match, normalise
from .model import SELF_CRITICAL_THRESHOLD, Analysis, SentenceAnalysis, TrapHit
from .sentences import split

# Tie-break between traps of equal score: the more specific trap first.
TRAP_PRIORITY = (
    "disqualifying_positive",
    "emotional_reasoning",
    "comparing",
    "blaming",
    "personalizing",
    "mind_reading",
    "labeling",
    "catastrophizing",
    "should_statements",
    "fortune_telling",
    "all_or_nothing",
    "overgeneralizing",
    "negative_feeling",
)
_RANK = {trap: i for i, trap in enumerate(TRAP_PRIORITY)}
# Harsh self-talk is also the labeling trap; a little weaker so a clearer trap can still lead.
LABELING_FROM_SELF_CRITICISM = 0.8
REPEAT_BONUS = 0.03


def _bucket(matches: list[Match], starts: list[int]) -> dict[int, list[Match]]:
    """Group matches by the index of the sentence their start falls in."""
    by_sentence: dict[int, list[Match]] = {}
    for m in matches:
        i = bisect_right(starts, m.start) - 1
        if i >= 0:
            by_sentence.setdefault(i, []).append(m)
    return by_sentence


def _score(matches: list[Match]) -> float:
    best = max(m.weight for m in matches)
    return round(min(1.0, best + REPEAT_BONUS * (len(matches) - 1)), 3)


def analyze(text: str) -> Analysis:
    """Find harsh self-talk, thinking traps and crisis language, sentence by sentence."""
    if not text or text.isspace():
        return Analysis()
    norm = normalise(text)
    bounds = split(norm)
    if not bounds:
        return Analysis()
    starts = [s for s, _ in bounds]

    # Crisis first: it is the check that matters most, and it never needs a guard.
    crisis_hits = _bucket(crisis.DETECTOR.scan(norm), starts)
    self_hits = _bucket(selfcrit.DETECTOR.scan(norm), starts)
    trap_hits = {trap: _bucket(d.scan(norm), starts) for trap, d in traps.DETECTORS.items()}

    sentences = []
    overall: dict[str, float] = {}
    top_score = 0.0
    any_crisis = False
    for i, (start, end) in enumerate(bounds):
        spans: list[tuple[int, int, str]] = []
        in_crisis = i in crisis_hits
        if in_crisis:
            any_crisis = True
            spans += [(m.start, m.end, "crisis") for m in crisis_hits[i]]

        kept = selfcrit.guarded_matches(norm, start, self_hits.get(i, []))
        score = _score(kept) if kept else 0.0
        spans += [(m.start, m.end, "self_criticism") for m in kept]

        hits = []
        for trap, buckets in trap_hits.items():
            found = buckets.get(i)
            if found and trap == "labeling":
                found = selfcrit.guarded_matches(norm, start, found)
            trap_score = _score(found) if found else 0.0
            trap_spans = [(m.start, m.end) for m in found] if found else []
            if trap == "labeling" and score >= SELF_CRITICAL_THRESHOLD:
                trap_score = max(trap_score, round(score * LABELING_FROM_SELF_CRITICISM, 3))
                trap_spans += [(m.start, m.end) for m in kept]
            if trap_score > 0:
                trap_spans = sorted(set(trap_spans))
                hits.append(TrapHit(trap, trap_score, trap_spans))
                spans += [(s, e, f"trap:{trap}") for s, e in trap_spans]
                if trap_score > overall.get(trap, 0.0):
                    overall[trap] = trap_score
        hits.sort(key=lambda h: (-h.score, _RANK[h.id]))
        spans.sort()
        top_score = max(top_score, score)
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
