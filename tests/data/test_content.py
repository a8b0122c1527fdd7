"""The shipped practices and learn cards: all load, all walk to the end, all read kindly."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from hearten.content.practices import load_learn_cards, load_practices
from hearten.domain.engine import Engine
from hearten.domain.practices import COMPONENTS, ChoiceStep, PromptStep, RatingStep, TimedStep

REQUIRED = [
    "three-components-pause", "loving-kindness", "rain", "compassionate-imagery", "body-monitoring",
    "expressive-journaling", "mentalizing", "friend-perspective", "compassionate-letter",
    "reading-reflection", "mindful-breathing", "self-talk-30-30", "self-care-check",
    "learning-from-mistakes", "grounding",
]
PRACTICES = load_practices()
CARDS = load_learn_cards()


class FakeClock:
    def __init__(self):
        self.now = 500.0

    def __call__(self):
        return self.now

    def wall(self):
        return datetime(2026, 11, 27, tzinfo=timezone.utc) + timedelta(seconds=self.now)


def walk(practice):
    """Go through every step without a person: answer everything, let every timer run out."""
    clock = FakeClock()
    run = Engine(practice, clock=clock, wall_clock=clock.wall, distress_before=3)
    run.start()
    while run.state == "running":
        step = run.current.step
        if isinstance(step, TimedStep):
            clock.now = run.next_deadline()
            run.tick()
            continue
        if isinstance(step, PromptStep):
            run.answer(step.id, f"my answer to {step.id}")
        elif isinstance(step, ChoiceStep):
            run.answer(step.id, step.options[0])
        elif isinstance(step, RatingStep):
            run.answer(step.id, step.high)
        clock.now += 1
        run.next()
    return run, run.finish(distress_after=2, mood=6)


def test_every_required_practice_is_there():
    assert set(REQUIRED) <= set(PRACTICES)


@pytest.mark.parametrize("practice_id", sorted(PRACTICES))
def test_each_practice_walks_to_completion(practice_id):
    practice = PRACTICES[practice_id]
    run, outcome = walk(practice)
    session = outcome.session
    assert session.completed and session.practice_id == practice_id
    assert session.planned_seconds == practice.planned_seconds
    assert set(run.timings.values()) <= {s.seconds for s in practice.timed_steps}  # every timer ran its course
    journal = [s for s in practice.steps if isinstance(s, PromptStep) and s.journal]
    if practice.journal_kind == "letter":
        assert [e.kind for e in outcome.entries] == ["letter"]
    else:
        assert len(outcome.entries) == len(journal)
    assert outcome.advice is None


@pytest.mark.parametrize("practice_id", sorted(PRACTICES))
def test_each_practice_reads_kindly(practice_id):
    practice = PRACTICES[practice_id]
    words = [practice.title, practice.summary, *(s.text for s in practice.steps)]
    words += [o for s in practice.steps if isinstance(s, ChoiceStep) for o in s.options]
    text = "\n".join(words)
    assert "!" not in text  # never cheerful at someone in pain
    assert re.search(r"\byou(r|rself)?\b", text, re.I), "speak to the person directly"
    for clinical in ("patients", "symptoms?", "disorders?", "pathology", "dysfunction\\w*", "must"):
        assert not re.search(rf"\b{clinical}\b", text, re.I), clinical
    assert set(practice.components) <= set(COMPONENTS) and practice.credit and practice.source


def test_the_named_sources_are_credited():
    assert "Kristin Neff" in PRACTICES["three-components-pause"].credit
    assert "Tara Brach" in PRACTICES["rain"].credit
    assert "Rosmarin" in PRACTICES["self-talk-30-30"].credit
    for cft in ("compassionate-imagery", "body-monitoring", "expressive-journaling", "mentalizing"):
        assert "Paul Gilbert (CFT)" in PRACTICES[cft].credit


def test_thirty_thirty_is_thirty_and_thirty_and_fixed():
    timed = PRACTICES["self-talk-30-30"].timed_steps
    assert [s.seconds for s in timed] == [30, 30] and not any(s.adjustable for s in timed)


def test_three_components_pause_touches_each_component_in_order():
    steps = [s.id for s in PRACTICES["three-components-pause"].steps]
    assert steps.index("notice") < steps.index("others") < steps.index("kind-word")


def test_loving_kindness_starts_with_yourself_then_widens():
    practice = PRACTICES["loving-kindness"]
    timed = [s.id for s in practice.timed_steps]
    assert timed == ["self", "dear", "neutral", "difficult", "everyone"]
    assert all("{phrases}" in s.text for s in practice.timed_steps) and practice.phrases


def test_rain_has_all_four_parts_and_the_body():
    ids = [s.id for s in PRACTICES["rain"].steps]
    for part in ("recognize", "allow", "investigate-feeling", "investigate-body", "investigate-need", "nurture-message"):
        assert part in ids
    assert "body" in PRACTICES["rain"].step("investigate-body").text


def test_mindful_breathing_can_be_adjusted():
    assert PRACTICES["mindful-breathing"].adjustable


def test_learn_cards_cover_the_topics_and_point_at_real_practices():
    for topic in (
        "what-is-self-compassion", "self-esteem", "self-pity", "barrier-fear-of-feelings",
        "barrier-harshness-motivates", "barrier-selfishness", "benefits", "harsh-self-talk", "seeking-help",
    ):
        assert topic in CARDS
    for card in CARDS.values():
        assert card.try_practice is None or card.try_practice in PRACTICES
        assert "!" not in card.body
    body = CARDS["what-is-self-compassion"].body.lower()
    for pair in (("self-kindness", "self-judgment"), ("common humanity", "isolation"), ("mindfulness", "over-identification")):
        assert all(word in body for word in pair)
    assert len([line for line in CARDS["benefits"].body.splitlines() if line.startswith("- ")]) == 11
    assert list(CARDS) == sorted(CARDS, key=lambda k: CARDS[k].order)


def test_the_practices_doc_lists_every_practice():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "practices.md").read_text(encoding="utf-8")
    missing = [practice_id for practice_id in PRACTICES if f"`{practice_id}`" not in doc]
    assert not missing, f"docs/practices.md does not list {missing}"
