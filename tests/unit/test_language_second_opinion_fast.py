"""The second opinion's one-pass gate and score give what `passes` and `z` give one by one."""

from __future__ import annotations

from pathlib import Path

from hearten.domain.language import second_opinion, slang
from hearten.domain.language.rules import normalise

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


def test_the_gate_hands_on_the_constructs_it_found():
    """`gate` answers as `passes` does, and the constructs it passes on to `z` are the ones `z` would find."""
    scorer = second_opinion._load()
    for sentence in _sentences():
        words = second_opinion.tokens(sentence)
        opens, constructs = scorer.gate(words)
        assert opens is scorer.passes(words), sentence
        if constructs is not None:
            assert constructs == second_opinion.constructs_in(words, scorer.phrases), sentence
        assert scorer.z(words, constructs) == scorer.z(words), sentence


def test_a_gate_shut_on_the_writers_sentence_is_shut_on_each_of_its_clauses():
    """Why `_flags` does not score a sentence clause by clause when the gate shut on it whole: with the
    writer in it and no slang run read across its pieces, no clause gets past the gate either."""
    scorer = second_opinion._load()
    checked = 0
    for sentence in _sentences():
        norm = normalise(sentence)
        pieces = scorer.piece_words(norm)
        words = slang.canon(pieces)
        if words is not pieces or second_opinion._FIRST.isdisjoint(words) or scorer.gate(words)[0]:
            continue
        cuts = [0, *(m.end() for m in second_opinion._CLAUSE_BREAK.finditer(norm)), len(norm)]
        for left, right in zip(cuts, cuts[1:]):
            assert not scorer.gate(scorer.words_of(norm[left:right]))[0], (sentence, norm[left:right])
            checked += 1
    assert checked > 300


def test_a_phrase_of_loneliness_alone_does_not_let_a_sentence_in():
    """Loneliness, hopelessness and entrapment are risk factors that fill ordinary sad writing: their
    phrases weigh a sentence already in, and one with nothing else is scored as any other the gate keeps
    out (at a margin). A phrase of a crisis construct still lets a sentence in by itself."""
    scorer = second_opinion._load()
    for sentence, construct, opens in (
        ("Everyone thinks I'm boring.", "loneliness", False),
        ("nobody thinks about me", "loneliness", False),
        ("i am a burden", "burden", True),
    ):
        words = second_opinion.tokens(sentence)
        assert construct in second_opinion.constructs_in(words, scorer.phrases), sentence
        assert scorer.passes(words) is opens and scorer.gate(words)[0] is opens, sentence


def test_the_constructs_kept_from_opening_the_gate_alone_are_the_lexicons():
    """A name misspelt in NOT_ALONE_CONSTRUCTS would quietly let that construct open the gate again."""
    scorer = second_opinion._load()
    known = {construct for entries in scorer.phrases.values() for _, construct in entries}
    assert second_opinion.NOT_ALONE_CONSTRUCTS <= known
    assert known - second_opinion.NOT_ALONE_CONSTRUCTS >= {"passive", "active", "means", "self_injury", "burden"}
