"""The second opinion's one-pass gate and score give what `passes` and `z` give one by one."""

from __future__ import annotations

from pathlib import Path

from hearten.domain.language import second_opinion

DATA = Path(__file__).parent / "data"


def _sentences() -> list[str]:
    out = []
    for path in sorted(DATA.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line.startswith(("+ ", "- ")):
                line = line[2:]
            if line and not line.startswith("#"):
                out.append(line)
    return out + ["rest a hand on your heart", "I keep clawing at my forearms", "ok", ""]


def test_z_if_passes_is_passes_then_z():
    scorer = second_opinion._load()
    sentences = _sentences()
    assert len(sentences) > 100
    for sentence in sentences:
        words = second_opinion.tokens(sentence)
        expected = scorer.z(words) if scorer.passes(words) else None
        assert scorer.z_if_passes(words) == expected, sentence


def test_constructs_in_finds_a_phrase_at_each_place():
    scorer = second_opinion._load()
    for sentence in _sentences():
        words = second_opinion.tokens(sentence)
        for i in range(len(words)):
            at = bool(second_opinion.constructs_in(words[i:], scorer.phrases, True))
            assert second_opinion._phrase_at(words, i, scorer.phrases) is at, (sentence, i)
