"""A rule's regex behind its first-character lookahead (rules.hinted, with the prebuilt table's
FIRST_CHARACTERS) finds exactly what the plain regex finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hearten.domain.language import _gate_table, analyzer
from hearten.domain.language.prefilter import first_characters
from hearten.domain.language.rules import hinted, normalise, whole_pattern

ROOT = Path(__file__).resolve().parents[2]
ODD = [
    "",
    " ",
    "I want to\ndie",
    "kms kms",
    "i'm done. i'm DONE!!",
    "İ want to die",
    "don't",
    "'suicide'",
    "self-harm",
    "—end it—",
    "x" * 300 + " kill myself",
]


def _texts() -> list[str]:
    """Our own training and everyday sentences (never the held-out crisis files), and odd strings."""
    paths = sorted((ROOT / "scripts" / "data").glob("crisis_train_*.txt"))[:6]
    paths.append(ROOT / "tests" / "unit" / "data" / "everyday_heldout.txt")
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line.startswith(("+ ", "- ")):
                line = line[2:]
            if line and not line.startswith("#"):
                out.append(normalise(line))
    return out + [normalise(t) for t in ODD]


def _spans(rx: re.Pattern, text: str, start: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text, start)]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = _texts()
    assert len(found) > 500
    return found


def test_the_table_holds_every_rules_first_characters():
    assert _gate_table.FIRST_CHARACTERS == analyzer.all_first_characters()
    assert sum(map(bool, _gate_table.FIRST_CHARACTERS)) > len(_gate_table.FIRST_CHARACTERS) // 2  # in use


def test_every_rule_finds_the_same_behind_its_lookahead(texts):
    sample = texts[::15]
    analyzer._the_gate()  # hands each detector its rules' first characters
    for detector in analyzer._detectors():
        for i, rule in enumerate(detector.rules):
            plain = re.compile(whole_pattern(rule.pattern))
            fast = detector._regex(i)
            for text in sample:
                assert _spans(fast, text) == _spans(plain, text), rule.pattern[:60]
                # from a place inside the text: what comes before is still context
                assert _spans(fast, text, 5) == _spans(plain, text, 5), rule.pattern[:60]


def test_a_detector_compiles_with_the_lookahead_once_the_gate_is_loaded():
    analyzer._the_gate()
    detectors = analyzer._detectors()
    shift = len(detectors[0].rules)  # self-criticism's rules follow crisis's in the table
    selfcrit = detectors[1]
    firsts = _gate_table.FIRST_CHARACTERS[shift : shift + len(selfcrit.rules)]
    i = next(i for i, first in enumerate(firsts) if first)
    assert selfcrit._regex(i).pattern == hinted(whole_pattern(selfcrit.rules[i].pattern), firsts[i])


def test_the_lookahead_is_left_out_where_it_would_not_hold_or_help():
    assert first_characters(r"kill\b") == "k"  # never a rule's whole pattern, which opens with a lookbehind
    assert first_characters(r"(?i)\bkill") == ""  # case folding
    assert first_characters(r"\b(?:a|)") == ""  # may match the empty string
    assert first_characters(r"\b\w+") == ""  # first characters unknown
    assert first_characters(r"\b(?:kill|die)") == "dk"
    assert hinted(r"\bx", "") == r"\bx"
    assert re.findall(hinted(r"\b(?:kill|die)", "dk"), "to die, kill, skill") == ["die", "kill"]
