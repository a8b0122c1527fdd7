"""The words shown with language analysis: every trap has a name, an explanation and a kind question."""

from __future__ import annotations

from hearten.content.language import crisis_message, kind_questions, trap_names
from hearten.domain.language import TRAP_IDS


def test_every_trap_has_words():
    names = trap_names()
    questions = kind_questions()
    assert sorted(names) == sorted(TRAP_IDS)
    assert set(questions) == set(TRAP_IDS) | {"self_criticism"}
    for trap in TRAP_IDS:
        assert names[trap]["name"] and names[trap]["explain"]


def test_questions_are_warm_questions_not_diagnoses():
    for key, question in kind_questions().items():
        assert question.endswith("?"), key
        assert "!" not in question, key
        for word in ("disorder", "diagnos", "symptom", "you have", "therapist"):
            assert word not in question.lower(), (key, word)


def test_crisis_message_is_plain():
    message = crisis_message()
    assert message and "!" not in message
