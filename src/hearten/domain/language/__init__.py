"""Rule-based language analysis: harsh self-talk, thinking traps and crisis language.

Pure Python, standard library only, no I/O. `analyze(text)` is the one entry point;
docs/language.md describes what is detected, the JSON shape and the limits.
"""

from __future__ import annotations

from .analyzer import analyze, has_crisis, summarize
from .results import SELF_CRITICAL_THRESHOLD, TRAP_IDS, Analysis, SentenceAnalysis, TrapHit

__all__ = [
    "analyze",
    "summarize",
    "has_crisis",
    "Analysis",
    "SentenceAnalysis",
    "TrapHit",
    "TRAP_IDS",
    "SELF_CRITICAL_THRESHOLD",
]
