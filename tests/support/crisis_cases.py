"""Crisis test cases named by pattern: each pattern's crisis lines and look-alikes in the same words."""

from __future__ import annotations

import pytest


def crisis_cases(positives: list[str], look_alikes: list[str], pattern: str) -> list:
    """One parametrised case per sentence, named by pattern and the sentence's opening, with whether
    it should be read as crisis."""
    return [
        pytest.param(text, crisis, id=f"{pattern}-{'crisis' if crisis else 'look-alike'}-{text[:40]}")
        for crisis, texts in ((True, positives), (False, look_alikes))
        for text in texts
    ]
