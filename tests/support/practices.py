"""The practices hearten must always ship, for every test that walks them (content, CLI)."""

from __future__ import annotations

REQUIRED_PRACTICES = (
    "three-components-pause",
    "loving-kindness",
    "rain",
    "compassionate-imagery",
    "body-monitoring",
    "expressive-journaling",
    "mentalizing",
    "friend-perspective",
    "compassionate-letter",
    "reading-reflection",
    "mindful-breathing",
    "self-talk-30-30",
    "self-care-check",
    "learning-from-mistakes",
    "grounding",
)
