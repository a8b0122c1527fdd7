"""The shipped practices and learn cards: all load, all walk to the end, all read kindly."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from hearten.content.loaders import load_learn_cards, load_practices
from hearten.domain.content_schema import COMPONENTS, ChoiceStep, PromptStep, RatingStep, TimedStep
from hearten.domain.practice_player import Engine
from tests.support.practices import REQUIRED_PRACTICES

PRACTICES = load_practices()
CARDS = load_learn_cards()


class FakeClock:
    def __init__(self):
        self.now = 500.0

    def __call__(self):
        return self.now

    def wall(self):
        return datetime(2026, 11, 27, tzinfo=UTC) + timedelta(seconds=self.now)


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
    assert set(REQUIRED_PRACTICES) <= set(PRACTICES)


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
    else:  # one entry per session, each answer under its heading
        assert len(outcome.entries) == (1 if journal else 0)
        for step in journal:
            assert f"{step.heading}\n\nmy answer to {step.id}" in outcome.entries[0].text
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
    assert "{self_phrases}" in practice.step("self").text
    assert all("{phrases}" in s.text for s in practice.timed_steps[1:]) and practice.phrases


def test_loving_kindness_speaks_to_yourself_in_the_first_person():
    practice = PRACTICES["loving-kindness"]
    run = Engine(practice, clock=FakeClock(), wall_clock=FakeClock().wall)
    run.start()
    while run.current.id != "self":
        run.next()
    to_myself = run.current.text
    assert "May I be safe." in to_myself and "May you" not in to_myself
    assert all(p.startswith("May I ") and not re.search(r"\byou(r|rself)?\b", p) for p in practice.self_phrases)
    run.next()
    assert "May you be safe." in run.current.text and "May I" not in run.current.text  # someone dear


def test_compassionate_imagery_offers_a_presence_that_need_not_be_a_person():
    practice = PRACTICES["compassionate-imagery"]
    ids = [s.id for s in practice.steps]
    imagine = practice.step("imagine").text.lower()
    assert all(word in imagine for word in ("animal", "light", "place", "person"))
    before = " ".join(s.text for s in practice.steps[: ids.index("imagine")]).lower()
    assert "does not have to be a person" in before
    assert "should have cared for you" in before and "hurt you" in before  # a person can be where the threat is


def test_mentalizing_is_never_about_someone_who_has_harmed_you():
    practice = PRACTICES["mentalizing"]
    first = practice.steps[0].text
    assert "has not harmed you" in first
    assert "has not harmed you" in " ".join(practice.steps[0].text.split())  # before any question is asked
    assert (
        practice.steps[0].kind == "instruction"
        and "hurt you badly" in PRACTICES["loving-kindness"].step("difficult").text
    )


def test_mindful_breathing_offers_another_anchor_and_kindness_to_thoughts():
    practice = PRACTICES["mindful-breathing"]
    anchor = practice.step("anchor")
    assert anchor.kind == "choice"
    assert any("sounds" in o for o in anchor.options) and any("feet on the floor" in o for o in anchor.options)
    assert "breath" in anchor.text and ("worry" in anchor.text or "tight" in anchor.text)
    breathe = practice.step("breathe")
    assert breathe.adjustable and "{answer:anchor|" in breathe.text
    words = breathe.text.lower()
    assert "thought" in words and "feeling" in words and "kindly" in words
    run = Engine(practice, clock=FakeClock(), wall_clock=FakeClock().wall, fast=True)
    run.start()
    run.next()
    run.answer("anchor", "your feet on the floor")
    run.next()
    assert "rest on your feet on the floor" in " ".join(run.current.text.split())


def test_reading_reflection_invites_a_book_now_and_turns_towards_yourself():
    practice = PRACTICES["reading-reflection"]
    assert "open it now" in " ".join(practice.steps[0].text.split())
    prompts = [s for s in practice.steps if isinstance(s, PromptStep)]
    last = " ".join(prompts[-1].text.split())
    assert "towards yourself" in last and prompts[-1].journal
    assert [p.id for p in prompts].index("character") < len(prompts) - 1


# Words about food that can sting someone with an eating-disorder history.
STINGING = [
    "diet",
    "diets",
    "dieting",
    "weight",
    "calorie",
    "calories",
    "healthy eating",
    "unhealthy",
    "junk",
    "overeat",
    "overeating",
    "binge",
    "bingeing",
    "portion",
    "portions",
    "clean eating",
    "eat well",
    "eating well",
    "eaten well",
    "good food",
    "bad food",
    "poorly",
    "appetite",
    "greedy",
    "treat yourself",
    "guilty pleasure",
    "fat",
    "thin",
    "control",
    "discipline",
    "should eat",
    "too much",
    "too little",
]


def test_the_self_care_check_asks_about_food_without_stinging_words():
    practice = PRACTICES["self-care-check"]
    food = practice.step("food")
    words = " ".join([food.text, food.low_label, food.high_label, practice.summary, practice.source]).lower()
    assert "food" in words
    for word in STINGING:
        assert not re.search(rf"\b{word}\b", words), word
    assert "skip" in food.text  # it can be left out without a word of explanation


# -- one spelling throughout: hearten writes British English ----------------------------------

import ast  # noqa: E402
import tomllib  # noqa: E402
from pathlib import Path  # noqa: E402

SRC = Path(__file__).resolve().parents[2] / "src" / "hearten"
# (American, British) forms that differ; either column on its own is one spelling.
PAIRS = [
    ("color", "colour"),
    ("colors", "colours"),
    ("colored", "coloured"),
    ("behavior", "behaviour"),
    ("behaviors", "behaviours"),
    ("favorite", "favourite"),
    ("favor", "favour"),
    ("honor", "honour"),
    ("neighbor", "neighbour"),
    ("humor", "humour"),
    ("labeled", "labelled"),
    ("labeling", "labelling"),
    ("counselor", "counsellor"),
    ("counselors", "counsellors"),
    ("counseling", "counselling"),
    ("traveled", "travelled"),
    ("center", "centre"),
    ("judgment", "judgement"),
    ("judgments", "judgements"),
    ("practiced", "practised"),
    ("practicing", "practising"),
    ("gray", "grey"),
    ("mom", "mum"),
    ("analyze", "analyse"),
    ("analyzed", "analysed"),
    ("analyzer", "analyser"),
    ("catalog", "catalogue"),
    ("toward", "towards"),
    ("skillful", "skilful"),
    ("fulfill", "fulfil"),
    ("enroll", "enrol"),
]
IZE = re.compile(r"\b[a-z]{2,}(?:iz|yz)(?:e|es|ed|er|ers|ing|ation|ations)\b", re.I)
ISE = re.compile(
    r"\b(?:recogn|real|organ|priorit|normal|catastroph|overgeneral|personal|mental|apolog|critic|minim|"
    r"memor|summar|visual|emphas|sympath|special|categor|harmon)is(?:e|es|ed|er|ers|ing|ation|ations)\b",
    re.I,
)
# "Authorization" is the name of an HTTP header, spelt as the standard spells it.
NOT_IZE = {"size", "sizes", "sized", "seize", "seized", "prize", "prizes", "citizen", "citizens", "authorization"}
# A verb "practice" after these words is American (British: to practise; a practice is a noun in both).
PRACTICE_VERB = re.compile(r"\b(?:to|you|I|we|they|can|could|might|will|would|should|and|keep|please) practice\b")
SKIP_KEYS = {"id", "kind", "subscale", "subscales", "components", "try", "instrument", "scoring", "source", "web"}
COMMANDS = re.compile(r"hearten [a-z-]+(?: [a-z-]+)?|--[a-z-]+|/[a-z/_{}-]+|\{[a-z_]+\}")


def _toml_words(value, key=""):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _toml_words(v, k)  # table keys are ids, never shown as words
    elif isinstance(value, list):
        for v in value:
            yield from _toml_words(v, key)
    elif isinstance(value, str) and key not in SKIP_KEYS:
        yield value


def _python_words(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and " " in node.value
            and id(node) not in docstrings
        ):
            yield node.value  # a string with a space is words; a single token is an id or a key


def _template_words(path: Path):
    html = path.read_text(encoding="utf-8")
    shown = re.findall(r'(?:aria-label|title|placeholder|alt)="([^"{]*)"', html)
    html = re.sub(r"\{#.*?#\}|\{%.*?%\}|\{\{.*?\}\}|<[^>]*>", " ", html, flags=re.S)
    return [html, *shown]


def _script_words(path: Path):
    js = re.sub(r"//[^\n]*|/\*.*?\*/", " ", path.read_text(encoding="utf-8"), flags=re.S)
    return [m[1] for m in re.findall(r"([\"'])((?:(?!\1).){3,}?)\1", js) if " " in m[1]]


def user_facing_words() -> dict[str, list[str]]:
    """Every shown word hearten ships, by file: content, messages, CLI and web words, templates, scripts."""
    found: dict[str, list[str]] = {}
    for path in sorted((SRC / "content").rglob("*.toml")):
        found[str(path.relative_to(SRC))] = list(_toml_words(tomllib.loads(path.read_text(encoding="utf-8"))))
    for path in [SRC / "messages.py", *sorted((SRC / "cli").glob("*.py")), *sorted((SRC / "web").glob("*.py"))]:
        found[str(path.relative_to(SRC))] = list(_python_words(path))
    for path in sorted((SRC / "web" / "templates").glob("*.html")):
        found[str(path.relative_to(SRC))] = _template_words(path)
    for path in sorted((SRC / "web" / "static").glob("*.js")):
        found[str(path.relative_to(SRC))] = _script_words(path)
    return found


def test_one_spelling_throughout():
    american, british = [], []
    for name, texts in user_facing_words().items():
        for text in texts:
            words = re.findall(r"[A-Za-z][A-Za-z']*", COMMANDS.sub(" ", text))
            joined = " ".join(words)
            for us, gb in PAIRS:
                american += [f"{name}: {w}" for w in words if w.lower() == us]
                british += [f"{name}: {w}" for w in words if w.lower() == gb]
            american += [f"{name}: {w}" for w in IZE.findall(joined) if w.lower() not in NOT_IZE]
            american += [f"{name}: {m}" for m in PRACTICE_VERB.findall(joined)]
            british += [f"{name}: {w}" for w in ISE.findall(joined)]
    assert british, "the check found no British forms at all: is it reading the files?"
    assert not american, f"hearten writes British English; American forms found: {sorted(set(american))}"


def test_rain_has_all_four_parts_and_the_body():
    ids = [s.id for s in PRACTICES["rain"].steps]
    for part in (
        "recognize",
        "allow",
        "investigate-feeling",
        "investigate-body",
        "investigate-need",
        "nurture-message",
    ):
        assert part in ids
    assert "body" in PRACTICES["rain"].step("investigate-body").text


def test_mindful_breathing_can_be_adjusted():
    assert PRACTICES["mindful-breathing"].adjustable


def test_learn_cards_cover_the_topics_and_point_at_real_practices():
    for topic in (
        "what-is-self-compassion",
        "self-esteem",
        "self-pity",
        "barrier-fear-of-feelings",
        "barrier-harshness-motivates",
        "barrier-selfishness",
        "benefits",
        "harsh-self-talk",
        "seeking-help",
    ):
        assert topic in CARDS
    for card in CARDS.values():
        assert card.try_practice is None or card.try_practice in PRACTICES
        assert "!" not in card.body
    body = CARDS["what-is-self-compassion"].body.lower()
    for pair in (
        ("self-kindness", "self-judgement"),
        ("common humanity", "isolation"),
        ("mindfulness", "over-identification"),
    ):
        assert all(word in body for word in pair)
    assert len([line for line in CARDS["benefits"].body.splitlines() if line.startswith("- ")]) == 11
    assert list(CARDS) == sorted(CARDS, key=lambda k: CARDS[k].order)


def test_the_practices_doc_lists_every_practice():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "practices.md").read_text(encoding="utf-8")
    missing = [practice_id for practice_id in PRACTICES if f"`{practice_id}`" not in doc]
    assert not missing, f"docs/practices.md does not list {missing}"
