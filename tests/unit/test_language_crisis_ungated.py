"""The second opinion's ungated path: a sentence of the writer's own that holds no word its gate
knows is scored too, and flagged only when the model clears its threshold by a margin and the
whose-and-when test, asked at the writer's own word, finds it the writer's, now."""

from __future__ import annotations

import pytest

from hearten.domain.language import analyze, crisis, second_opinion
from hearten.domain.language.rules import normalise

# Crisis wording with no risk word, that no rule catches: only the ungated path finds it.
ONLY_UNGATED = [
    "i feel like i'm just taking up room someone better could use",
    "everyone I know would manage better if I simply wasn't in the picture",
    "honestly everyone around me would manage far better if I simply wasn't in the picture",
]
# The same words in everyday senses, someone else's, a story's, the past's or a screening's "no".
LOOK_ALIKES = [
    "I wish I could switch off my phone for a whole week",
    "everybody in the office would cope fine if I took a day off",
    "I'm so tired of the rain, I want it to stop",
    "I don't want to be saved a seat at the wedding",
    "I wish I had never signed up for this course",
    "I'm taking up room on the sofa with all my laundry",
    "my mum keeps saying she doesn't want to be in this world and I'm frightened",
    "In the novel I'm reading, the girl feels she is taking up room someone better could use",
    "I played a girl who wishes she had never been born in the school play",
    "when I was fifteen I didn't want to be in this world, but I'm doing well now",
    "the questionnaire asked if I feel I'm taking up room someone better could use, and I said no",
]


def _gate_closed(text: str) -> bool:
    scorer = second_opinion._load()
    return scorer.z_if_passes(scorer.words_of(normalise(text))) is None


def _rules_only(text: str) -> bool:
    norm = normalise(text)
    return any(crisis.is_own_now(norm, 0, len(norm), m.start, m.end, m.guarded) for m in crisis.DETECTOR.scan(norm))


@pytest.mark.parametrize("text", ONLY_UNGATED)
def test_the_ungated_path_finds_crisis_wording_without_a_risk_word(text, monkeypatch):
    assert _gate_closed(text)
    assert not _rules_only(text)
    assert analyze(text).crisis
    monkeypatch.setattr(second_opinion, "UNGATED_MARGIN", float("inf"))
    assert not analyze(text).crisis


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_ungated_path_leaves_look_alikes_alone(text):
    assert _gate_closed(text)
    assert not analyze(text).crisis


class _FixedScore:
    """A scorer whose every sentence gets the same log-odds, counting how often it is asked."""

    threshold = 0.0

    def __init__(self, z: float):
        self.log_odds, self.asked = z, 0

    def z(self, words, constructs=None):
        self.asked += 1
        return self.log_odds

    def note_z(self, norm, start, end, z):
        pass


def _ungated(text: str, z: float) -> tuple[bool, int]:
    norm = normalise(text)
    scorer = _FixedScore(z)
    flagged = second_opinion._flags_ungated(norm, 0, len(norm), second_opinion.tokens(norm), scorer)
    return flagged, scorer.asked


def test_only_a_score_past_the_margin_flags():
    text = "I feel like I'm only taking up room"
    margin = second_opinion.UNGATED_MARGIN
    assert _ungated(text, margin + 0.01) == (True, 1)
    assert _ungated(text, margin - 0.01) == (False, 1)
    assert _ungated(text, 0.5) == (False, 1)  # past the threshold but not the margin


def test_sentences_of_too_few_words_or_without_the_writer_are_not_scored():
    assert _ungated("everyone would manage better without them", 10.0) == (False, 0)
    assert _ungated("taking up room", 10.0) == (False, 0)


def test_the_writer_named_only_by_my_is_not_the_one_acting():
    assert not _ungated("my nan says everyone would manage better if she wasn't in the picture", 10.0)[0]


@pytest.mark.parametrize(
    "text",
    [
        "When I was fifteen I felt like I was just taking up room",  # the past
        "I used to feel I was taking up room, but not any more",  # the past, over
        "The form asked if I feel like I am taking up room and I ticked no",  # a screening answered no
    ],
)
def test_the_whose_and_when_test_still_applies_however_sure_the_model_is(text):
    assert _ungated(text, 10.0) == (False, 1)


def test_a_sentence_the_gate_lets_in_never_takes_the_ungated_path(monkeypatch):
    def refuse(*args):
        raise AssertionError("the ungated path was asked about a gated sentence")

    monkeypatch.setattr(second_opinion, "_flags_ungated", refuse)
    analyze("I keep thinking about the tracks near my house.")
