"""The second opinion reads a sentence alike in every process. Its sum used to run in a set's order, which
changes with each process's string hashing, so a sentence whose score fell exactly on a bar (2.7 at 3.0 over a
threshold of -0.3) was flagged in one run of hearten and not in the next: the web and the terminal could
disagree about the same words."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# Our own sentences, every kind the model reads: plain days, crisis lines, look-alikes, long and short.
SENTENCES = [
    "All I want is one calm day at work, but I doubt I'll get that anytime soon.",
    "I keep thinking everyone would be better off if I wasn't around.",
    "Tired of everyone asking about my future, I just want the exams to be over.",
    "My mind is all over the place today and I can't sleep.",
    "I've written the letters and put them in the drawer by the door.",
    "Why do I even bother revising when I always mess it up?",
    "I just want this week to end so I can sleep for a whole day.",
    "Nobody would notice if I was gone for a week, maybe two.",
]

_PROGRAM = """
import json, sys
from hearten.domain.language import analyze, second_opinion as so
scorer = so._load()
out = []
for text in json.loads(sys.argv[1]):
    words = scorer.words_of(text.lower())
    out.append([repr(scorer.z(words)), analyze(text).crisis])
print(json.dumps(out))
"""


def _read_in_a_process(seed: int) -> list:
    done = subprocess.run(
        [sys.executable, "-c", _PROGRAM, json.dumps(SENTENCES)],
        env={**os.environ, "PYTHONHASHSEED": str(seed)},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(done.stdout)


def test_every_process_scores_and_flags_alike():
    first = _read_in_a_process(0)
    assert len(first) == len(SENTENCES)
    for seed in (1, 2, 3):
        assert _read_in_a_process(seed) == first
