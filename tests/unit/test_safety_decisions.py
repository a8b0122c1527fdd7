"""domain.safety's decisions, on their boundaries: the one policy both front ends render."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from hearten.domain import safety
from hearten.domain.language import analyze


@pytest.mark.parametrize("distress, high", [(None, False), (0, False), (7, False), (8, True), (10, True)])
def test_a_checkin_is_high_from_8_everywhere(distress, high):
    decision = safety.after_checkin(distress)
    assert safety.is_high_distress(distress) is high
    assert decision.show_help is high and decision.offer_grounding is high
    assert decision.reason == ("checkin_high" if high else "none")
    assert not decision.help_first and not decision.offer_reframe
    assert all("!" not in words for words in decision.words)


@pytest.mark.parametrize(
    "before, after, too_much, reason",
    [
        (2, 5, False, "rise"),
        (2, 4, False, "none"),
        (None, 8, False, "high"),
        (5, 7, False, "none"),
        (None, None, True, "too_much"),
    ],
)
def test_practice_endings(before, after, too_much, reason):
    decision = safety.after_practice(before, after, too_much=too_much, practice_id="self-talk-30-30")
    assert decision.reason == reason
    assert decision.show_help is (reason != "none") and decision.offer_grounding is (reason != "none")
    if reason == "none":
        assert decision.words == safety.CLOSING
    else:
        assert "one of the lines below" in " ".join(decision.words)


@pytest.mark.parametrize(
    "answer, reason, closing",
    [
        ("Still very upset", "still_upset", None),
        ("About the same", "none", "Thank you for staying with it."),
        ("A little steadier", "none", "Thank you for taking this time."),
        (None, "none", "Thank you for taking this time."),
    ],
)
def test_groundings_closing_words_follow_its_last_answer(answer, reason, closing):
    answers = {"see": "a cup"} | ({"check": answer} if answer else {})
    decision = safety.after_practice(None, None, practice_id="grounding", answers=answers)
    assert decision.reason == reason
    if reason == "still_upset":
        # The lines themselves, straight away; not grounding again, not a thank-you.
        assert decision.show_help and not decision.offer_grounding
        assert "Thank you" not in " ".join(decision.words) and "lines below" in " ".join(decision.words)
    else:
        assert not decision.show_help and decision.words[0] == closing


def test_grounding_ends_on_its_question_so_what_follows_depends_on_the_answer():
    from hearten.content.loaders import load_practices

    grounding = load_practices()["grounding"]
    assert grounding.steps[-1].id == safety.GROUNDING_CHECK_STEP
    assert safety.STILL_UPSET in grounding.steps[-1].options
    closings = {
        answer: safety.closing_words("grounding", {"check": answer} if answer else {})
        for answer in ("A little steadier", "About the same", None)
    }
    assert len(set(closings.values())) == 3
    assert "still very upset" not in " ".join(closings["A little steadier"])
    assert "still very upset" in " ".join(closings[None])


def test_a_country_nobody_listed_is_named_not_silently_replaced():
    from hearten.services.practice_sessions import resource_book

    book = resource_book()
    unknown = safety.help_lines("xx", book)
    assert unknown.unknown == "XX" and unknown.country.code == "ANY"
    assert any("findahelpline" in r.web for r in unknown.lines)
    for known in ("GB", "uk", "IT", "ANY", "", None):
        assert safety.help_lines(known, book).unknown is None


def test_still_upset_only_counts_after_grounding():
    assert safety.after_practice(None, None, practice_id="rain", answers={"check": "Still very upset"}).reason == "none"


def test_grounding_still_upset_is_said_back_even_when_distress_is_high_too():
    """Grounding answered "Still very upset" with distress 8: the person's own words first, and no talk of
    turning towards something painful (grounding does not), the people who can help straight away."""
    decision = safety.after_practice(4, 8, practice_id="grounding", answers={"check": "Still very upset"})
    assert decision.reason == "still_upset" and decision.show_help and not decision.offer_grounding
    assert decision.words == (safety.REASONS["still_upset"], safety.REACH_OUT_NOW)
    high = safety.after_practice(4, 9, practice_id="grounding", answers={"check": "About the same"})
    assert high.reason == "high" and safety.STOP_GENTLY not in high.words and safety.REACH_OUT_NOW in high.words
    assert safety.STOP_GENTLY in safety.after_practice(4, 9, practice_id="rain").words


def test_after_session_reads_a_stored_session():
    session = SimpleNamespace(distress_before=1, distress_after=4, stopped_reason=None, practice_id="rain", answers={})
    assert safety.after_session(session).reason == "rise"


def test_crisis_language_brings_help_first_and_alone():
    decision = safety.after_text(analyze("I'm such an idiot. I want to die."))
    assert decision.show_help and decision.help_first and decision.reason == "crisis"
    assert not decision.offer_reframe
    assert safety.after_text(analyze("I'm such an idiot. I want to die.").to_dict()) == decision


@pytest.mark.parametrize(
    "text, offered",
    [
        ("I feel so sad and tired today.", False),  # a painful feeling on its own is not a trap to argue with
        ("I am so stupid.", True),
        ("I always ruin everything.", True),
        ("Today was a quiet day.", False),
    ],
)
def test_one_rule_for_offering_a_kinder_version(text, offered):
    analysis = analyze(text)
    assert safety.after_text(analysis).offer_reframe is offered
    assert safety.after_text(analysis.to_dict()).offer_reframe is offered
    assert [safety.offers_reframe(s) for s in analysis.sentences] == [
        safety.offers_reframe(s) for s in analysis.to_dict()["sentences"]
    ]


def test_a_feeling_is_not_named_as_noticed():
    sentence = analyze("I feel so sad and tired today.").sentences[0]
    assert [t.id for t in sentence.traps] == ["negative_feeling"] and safety.noticed_traps(sentence) == []


def test_decisions_are_plain_values():
    decision = safety.after_checkin(9)
    assert decision.to_dict()["words"] == list(decision.words)
    assert safety.SafetyDecision(**{**decision.to_dict(), "words": tuple(decision.words)}) == decision


def test_no_good_morning_in_the_middle_of_the_night():
    from hearten.domain.dates import part_of_day

    assert [part_of_day(h) for h in (0, 2, 4, 5, 11, 12, 17, 18, 23)] == [
        "night",
        "night",
        "night",
        "morning",
        "morning",
        "afternoon",
        "afternoon",
        "evening",
        "evening",
    ]


@pytest.mark.parametrize(
    "decision, held",
    [
        (safety.after_today([{"distress": 9}], crisis_written=False), {"assessment", "encryption", "experiment"}),
        (safety.after_today([], crisis_written=True), {"assessment", "encryption", "experiment"}),
        (safety.after_today([{"distress": 7}], crisis_written=False), set()),
        (safety.after_checkin(8), {"assessment", "encryption", "experiment"}),
        (safety.SafetyDecision(), set()),
    ],
)
def test_while_help_shows_no_questionnaire_is_asked_for_beside_it(decision, held):
    from hearten.domain.reminders import TARGETS

    assert safety.held_back(decision) == held
    assert safety.held_back(decision) <= set(TARGETS) | safety.HELD_BACK_OFFERS  # reminders' names, home's offers
    assert safety.HELD_BACK_REMINDERS <= set(TARGETS)
