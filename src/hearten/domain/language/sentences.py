"""Sentence splitting with offsets into the original text."""

from __future__ import annotations

import re

# A sentence runs to . ! ? (plus closing quotes or brackets) before a space, or to a line end.
# Plain characters are taken a run at a time, not one by one: the same matches, found faster
# (the repeat never has to give anything back, since its end always ends a sentence).
_SENTENCE = re.compile(r"\S(?:[^.!?\n]+|[.!?]+(?![\s\"')\]]|$))*(?:[.!?]+[\"')\]]*|$)", re.MULTILINE)


def split(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trailing spaces trimmed; empty text gives []."""
    spans = []
    for m in _SENTENCE.finditer(text):
        start, end = m.span()
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    return spans
