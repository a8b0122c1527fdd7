"""The shapes an analysis returns: frozen, plain, and convertible to JSON-able dicts."""

from __future__ import annotations

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


class _Shape:
    """Read-only, compared and shown field by field, like a frozen dataclass.

    Hand-written rather than @dataclass: importing dataclasses and generating these costs
    about 3 ms, and `hearten journal add` analyses every entry it saves.
    """

    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __delattr__(self, name):
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self.__slots__)

    def __hash__(self):
        return hash(tuple(getattr(self, f) for f in self.__slots__))

    def __repr__(self) -> str:
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.__slots__)
        return f"{type(self).__name__}({inner})"

    def __reduce__(self):  # copy and pickle go through __init__, since setting attributes is refused
        return type(self), tuple(getattr(self, f) for f in self.__slots__)


_set = object.__setattr__


class TrapHit(_Shape):
    """One thinking trap found in a sentence, how strongly, and where (offsets into the whole text)."""

    __slots__ = ("id", "score", "spans")

    def __init__(self, id: str, score: float, spans: list[tuple[int, int]] | None = None):
        _set(self, "id", id)
        _set(self, "score", score)
        _set(self, "spans", [] if spans is None else spans)

    def to_dict(self) -> dict:
        return {"id": self.id, "score": self.score, "spans": [list(s) for s in self.spans]}


class SentenceAnalysis(_Shape):
    """What the rules found in one sentence; start/end are offsets into the original text."""

    __slots__ = ("text", "start", "end", "self_critical", "score", "traps", "crisis", "spans", "crisis_by")

    def __init__(self, text: str, start: int, end: int, self_critical: bool = False, score: float = 0.0,
                 traps: list[TrapHit] | None = None, crisis: bool = False,
                 spans: list[tuple[int, int, str]] | None = None, crisis_by: str | None = None):
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


class Analysis(_Shape):
    """The whole text: per-sentence findings plus a summary (score is the max over sentences)."""

    __slots__ = ("sentences", "self_critical", "score", "traps", "crisis")

    def __init__(self, sentences: list[SentenceAnalysis] | None = None, self_critical: bool = False,
                 score: float = 0.0, traps: list[str] | None = None, crisis: bool = False):
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
