"""The shapes an analysis returns: frozen, plain, and convertible to JSON-able dicts."""

from __future__ import annotations

from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class TrapHit:
    """One thinking trap found in a sentence, how strongly, and where (offsets into the whole text)."""

    id: str
    score: float
    spans: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "score": self.score, "spans": [list(s) for s in self.spans]}


@dataclass(frozen=True)
class SentenceAnalysis:
    """What the rules found in one sentence; start/end are offsets into the original text."""

    text: str
    start: int
    end: int
    self_critical: bool = False
    score: float = 0.0
    traps: list[TrapHit] = field(default_factory=list)
    crisis: bool = False
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "self_critical": self.self_critical,
            "score": self.score,
            "crisis": self.crisis,
            "traps": [t.to_dict() for t in self.traps],
            "spans": [list(s) for s in self.spans],
        }


@dataclass(frozen=True)
class Analysis:
    """The whole text: per-sentence findings plus a summary (score is the max over sentences)."""

    sentences: list[SentenceAnalysis] = field(default_factory=list)
    self_critical: bool = False
    score: float = 0.0
    traps: list[str] = field(default_factory=list)
    crisis: bool = False

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
