"""The shortcuts `hearten journal add` takes give exactly what the slow way gives."""

from __future__ import annotations

import json

import pytest

from hearten.content import language as words
from hearten.domain.language import _gate_table, analyze, has_crisis
from hearten.domain.language.prefilter import Gate
from hearten.domain.language.rules import normalise

TEXTS = [
    "I went for a walk after dinner and the air was cool.",
    "Today I noticed how hard I was on myself after the meeting, and tried a kinder word.",
    "I'm such an idiot, I always mess everything up. He said I'm lazy, but I don't think I'm lazy.",
    "She probably thinks I'm boring. Everyone else has a better job than me.",
    "I want to\ndie",
    "i dont want to be here any more",
    "this traffic is killing me",
    "I might o.d. on pills tonight",
    "I keep thinking about killing myself.",
    "What if I fail the exam and lose everything?",
    "",
    "   ",
]


def _table_gate(scan_budget: int) -> Gate:
    t = _gate_table
    return Gate(
        t.ALWAYS,
        t.OWNERS,
        t.ALSO,
        t.ONE_SET,
        scan_budget=scan_budget,
        parts=t.PARTS,
        third=t.THIRD,
        no_third=t.NO_THIRD,
    )


@pytest.mark.parametrize("text", TEXTS)
def test_factors_one_by_one_match_the_token_walk(text):
    norm = normalise(text)
    one_by_one, walked = _table_gate(10**9), _table_gate(0)
    for start in range(0, len(norm), 7):
        for end in (start, start + 9, len(norm)):
            assert one_by_one.rules_for(norm, start, end) == walked.rules_for(norm, start, end), (start, end)
    assert one_by_one._walk is None and (walked._walk is not None or not norm)


def test_gate_builds_its_token_table_once_past_its_budget():
    gate = _table_gate(100)
    gate.rules_for("a" * 60, 0, 60)
    assert gate._walk is None
    gate.rules_for("a" * 60, 0, 60)
    assert gate._walk is not None


def test_a_gate_told_a_long_run_follows_builds_its_token_table_at_once():
    gate = _table_gate(10**9)
    gate.expect_long_run()
    norm = normalise(TEXTS[2])
    assert gate.rules_for(norm, 0, len(norm)) == _table_gate(10**9).rules_for(norm, 0, len(norm))
    assert gate._walk is not None


@pytest.mark.parametrize("text", TEXTS)
def test_has_crisis_agrees_with_analyze(text):
    assert has_crisis(text) is analyze(text).crisis


def test_a_stale_words_cache_is_not_used(tmp_path, monkeypatch):
    stale = json.loads(words.CACHE.read_text(encoding="utf-8"))
    stale["toml_crc32"] += 1
    stale["words"]["crisis"]["message"] = "stale"
    monkeypatch.setattr(words, "CACHE", tmp_path / "language.json")
    words.CACHE.write_text(json.dumps(stale), encoding="utf-8")
    words._load.cache_clear()
    try:
        assert words.crisis_message() != "stale"
        assert words._load() == words._parse(words.SOURCE.read_bytes())
    finally:
        words._load.cache_clear()


def test_summarize_gives_the_same_summary_as_analyze():
    from hearten.domain.language import summarize
    from tests.unit.test_language_crisis_cases import CRISIS, NOT_CRISIS
    from tests.unit.test_language_crisis_families import LOOK_ALIKES, POSITIVES

    texts = (
        CRISIS
        + NOT_CRISIS
        + [t for _, t in POSITIVES + LOOK_ALIKES]
        + [
            "I'm such an idiot. I always ruin everything. Nobody would miss me if I was gone.",
            "I should have known better, and now everyone thinks I'm useless.",
            "",
            "   ",
            "We had soup.",
        ]
    )
    for text in texts:
        full, short = analyze(text), summarize(text)
        assert short.batch_row("x") == full.batch_row("x"), text
        assert short.sentences == []
