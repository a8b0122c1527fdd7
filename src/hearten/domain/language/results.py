"""The shapes an analysis returns: frozen, plain, and convertible to JSON-able dicts."""

from __future__ import annotations

from hearten.domain.records import Record

TRAP_IDS = (
    "all_or_nothing",
    "blaming",
    "catastrophizing",
    "comparing",
    "disqualifying_positive",
    "emotional_reasoning",
    "fortune_telling",
    "labeling",
    "mind_reading",
    "negative_feeling",
    "overgeneralizing",
    "personalizing",
    "should_statements",
)

SELF_CRITICAL_THRESHOLD = 0.5

# One record base for all of hearten: read-only, compared, hashed and shown field by field.
# These shapes keep their own positional __init__ (the analyzer builds many per entry).


_set = object.__setattr__


class TrapHit(Record):
    """One thinking trap found in a sentence, how strongly, and where (offsets into the whole text)."""

    __slots__ = _fields = ("id", "score", "spans")

    def __init__(self, id: str, score: float, spans: list[tuple[int, int]] | None = None):
        _set(self, "id", id)
        _set(self, "score", score)
        _set(self, "spans", [] if spans is None else spans)

    def to_dict(self) -> dict:
        return {"id": self.id, "score": self.score, "spans": [list(s) for s in self.spans]}


class SentenceAnalysis(Record):
    """What the rules found in one sentence; start/end are offsets into the original text."""

    __slots__ = _fields = ("text", "start", "end", "self_critical", "score", "traps", "crisis", "spans", "crisis_by")

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        self_critical: bool = False,
        score: float = 0.0,
        traps: list[TrapHit] | None = None,
        crisis: bool = False,
        spans: list[tuple[int, int, str]] | None = None,
        crisis_by: str | None = None,
    ):
        _set(self, "text", text)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "self_critical", self_critical)
        _set(self, "score", score)
        _set(self, "traps", [] if traps is None else traps)
        _set(self, "crisis", crisis)
        _set(self, "spans", [] if spans is None else spans)
        # which tier flagged crisis: "rules" or "second_opinion" (None when not crisis)
        _set(self, "crisis_by", crisis_by)

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "self_critical": self.self_critical,
            "score": self.score,
            "crisis": self.crisis,
            "crisis_by": self.crisis_by,
            "traps": [t.to_dict() for t in self.traps],
            "spans": [list(s) for s in self.spans],
        }


class Analysis(Record):
    """The whole text: per-sentence findings plus a summary (score is the max over sentences)."""

    __slots__ = _fields = ("sentences", "self_critical", "score", "traps", "crisis")

    def __init__(
        self,
        sentences: list[SentenceAnalysis] | None = None,
        self_critical: bool = False,
        score: float = 0.0,
        traps: list[str] | None = None,
        crisis: bool = False,
    ):
        _set(self, "sentences", [] if sentences is None else sentences)
        _set(self, "self_critical", self_critical)
        _set(self, "score", score)
        _set(self, "traps", [] if traps is None else traps)
        _set(self, "crisis", crisis)

    @property
    def top_trap(self) -> str | None:
        """The strongest thinking trap, or None when no trap was found."""
        return self.traps[0] if self.traps else None

    def to_dict(self) -> dict:
        """Plain JSON-able data: the `hearten analyze --json` shape (see docs/language.md)."""
        return {
            "self_critical": self.self_critical,
            "score": self.score,
            "crisis": self.crisis,
            "traps": list(self.traps),
            "top_trap": self.top_trap,
            "sentences": [s.to_dict() for s in self.sentences],
        }

    def batch_row(self, id) -> dict:
        """One compact row for batch output (one line per input)."""
        return {
            "id": id,
            "self_critical": self.self_critical,
            "score": self.score,
            "traps": list(self.traps),
            "crisis": self.crisis,
        }
