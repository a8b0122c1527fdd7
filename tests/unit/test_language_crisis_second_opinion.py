"""The crisis second opinion: it only adds flags, keeps the rules' whose-and-when test, and its
shipped weights are exactly what scripts/build_crisis_model.py builds from our own sentences."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from hearten.domain.language import analyze, crisis, has_crisis, second_opinion
from hearten.domain.language.rules import normalise
from tests.support.crisis_cases import retrained_marks

ROOT = Path(__file__).resolve().parents[2]

# Wording no rule catches, that the second opinion does (each is in its training sentences).
ADDED = [
    "I'm ready to clock off from everything for good.",
    "I keep thinking about the tracks near my house.",
    "I'm out of reasons to stay alive.",
]
# Ordinary sentences with a risk word: neither tier flags them.
ORDINARY = [
    "A kind note to myself for tomorrow.",
    "I take my blood pressure tablets at night.",
    "I'm going to jump in the pool.",
    "My phone battery is dead.",
    "I'm so tired I can't think.",
]


def _rules_only(text: str) -> bool:
    norm = normalise(text)
    return any(crisis.is_own_now(norm, 0, len(norm), m.start, m.end, m.guarded) for m in crisis.DETECTOR.scan(norm))


@pytest.mark.parametrize("text", ADDED)
def test_the_second_opinion_adds_what_the_rules_miss(text):
    assert not _rules_only(text)
    result = analyze(text)
    assert result.crisis and has_crisis(text)
    assert result.sentences[0].crisis_by == "second_opinion"
    assert result.to_dict()["sentences"][0]["crisis_by"] == "second_opinion"


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentences_stay_unflagged(text):
    assert not analyze(text).crisis and not has_crisis(text)


def test_a_rule_match_is_named_as_the_rules():
    result = analyze("I want to die.")
    assert result.sentences[0].crisis_by == "rules"


def test_it_never_removes_a_rules_flag():
    """Every rule hit stays, whatever the model scores: the model is only asked about the rest."""
    for text in ("I want to kill myself.", "I've been cutting again.", "Everyone would be better off without me."):
        assert _rules_only(text) and analyze(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "My brother said he's ready to check out for good.",
        "In the film she wants out of life.",
        "The nurse asked if I wanted out of life and I said no.",
    ],
)
def test_someone_else_a_story_or_a_screening_answer_stay_unflagged(text):
    assert not analyze(text).crisis


def test_sentences_without_a_risk_word_are_never_scored():
    assert second_opinion.score("I had toast and a cup of tea.") == 0.0
    assert not second_opinion.flags("i had toast and a cup of tea.", 0, 30)


# A rebuild is five fits of the model, 70-145 s of CPU alone; on a busy machine it has run past the
# suite's default per-test limit, so this one test gets more room.
@pytest.mark.timeout(900)
def test_the_shipped_weights_equal_a_rebuild():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_crisis_model.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, "run: .venv/bin/python scripts/build_crisis_model.py"


def test_no_held_out_sentence_is_trained_on():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_crisis_model
    finally:
        sys.path.pop(0)
    trained = {t.strip().lower() for t, _ in build_crisis_model.examples()}
    held_out_files = sorted((ROOT / "tests" / "unit" / "data").glob("crisis_heldout*.txt"))
    assert len(held_out_files) >= 8
    for path in held_out_files:
        lines = path.read_text(encoding="utf-8").splitlines()
        held = {line[2:].strip().lower() for line in lines if line.startswith(("+ ", "- "))}
        # Only a count: a failure must not print held-out sentences to whoever runs the tests.
        overlap = len(trained & held)
        assert overlap == 0, f"{path.name}: {overlap} held-out sentences are in the training data"


@pytest.mark.parametrize(
    ("name", "least"),
    [
        ("crisis_heldout2.txt", 80),
        ("crisis_heldout3.txt", 60),
        ("crisis_heldout4.txt", 110),
        ("crisis_heldout5.txt", 110),
        ("crisis_heldout6.txt", 150),
        ("crisis_heldout7.txt", 150),
        ("crisis_heldout8.txt", 140),
        ("crisis_heldout9.txt", 140),
        ("crisis_heldout10.txt", 140),
        ("crisis_heldout11.txt", 140),
        ("crisis_heldout12.txt", 140),
        ("crisis_heldout13.txt", 140),
        ("crisis_heldout14.txt", 70),
        ("crisis_heldout15.txt", 140),
        ("crisis_heldout16.txt", 130),
    ],
)
def test_the_held_out_files_are_kept_whole(name, least):
    lines = (ROOT / "tests" / "unit" / "data" / name).read_text(encoding="utf-8").splitlines()
    assert sum(line.startswith("+ ") for line in lines) >= least
    assert sum(line.startswith("- ") for line in lines) >= least
    assert all(line.startswith(("+ ", "- ", "# ")) for line in lines if line.strip())


def _weight(model, feature: str) -> float:
    """A feature's weight in the shipped model, word pairs read straight from WORD_PAIRS' JSON texts."""
    if feature.startswith("b:"):
        first, second = feature[2:].split(" ", 1)
        return _all_word_pairs(model).get(first, {}).get(second, 0.0)
    return model.WEIGHTS.get(feature, 0.0)


_PAIRS_READ: dict = {}


def _all_word_pairs(model) -> dict:
    """Every word pair of the model, read once with json alone (not through WordPairs, which is tested)."""
    if not _PAIRS_READ:
        for text in model.WORD_PAIRS.values():
            _PAIRS_READ.update(json.loads(text))
    return _PAIRS_READ


def test_the_quick_score_is_the_sum_over_the_features():
    """The scorer's lookup tables give the same log-odds as summing the weights of features()."""
    from hearten.domain.language import _crisis_model

    scorer = second_opinion._load()
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_crisis_model
    finally:
        sys.path.pop(0)
    for text, _ in build_crisis_model.examples()[::7]:
        words = second_opinion.tokens(text)
        slow = sum(_weight(_crisis_model, f) for f in second_opinion.features(words, scorer.phrases))
        assert scorer.z(words) == pytest.approx(slow, abs=1e-9), text


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("im such a burdon on u", ["im", "such", "a", "burden", "on", "you"]),
        ("I'm gonna do it tmrw", ["im", "going", "do", "it", "tomorrow"]),
    ],
)
def test_texting_short_forms_are_read_as_words(typed, read):
    assert second_opinion.tokens(typed) == read


def test_words_after_a_negation_are_marked():
    found = second_opinion.features(second_opinion.tokens("I don't want to be here"), {})
    assert {"n:want", "n:to", "n:be"} <= found and "n:here" not in found


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("i realy dont want to be alive tommorow", ["i", "really", "dont", "want", "to", "be", "alive", "tomorrow"]),
        ("evry night im sucidal", ["every", "night", "im", "suicidal"]),
        ("i want to dissapear foreverrr", ["i", "want", "to", "disappear", "forever"]),
        ("killin myslf", ["killing", "myself"]),
    ],
)
def test_slips_of_key_words_are_read_as_the_word(typed, read):
    assert second_opinion.tokens(typed) == read


@pytest.mark.parametrize("word", ["very", "down", "round", "tried", "plane", "real", "tables", "needing", "hopes"])
def test_words_of_their_own_are_not_read_as_slips(word):
    assert second_opinion.tokens(word) == [word]


def test_a_pair_of_concepts_opens_the_gate_where_neither_word_does():
    scorer = second_opinion._load()
    assert scorer.passes(second_opinion.tokens("I keep clawing at my forearms"))
    assert not scorer.passes(second_opinion.tokens("I keep clawing at the lawn"))


@pytest.mark.parametrize(
    ("text", "at", "own"),
    [
        ("gave the car keys to my brother, wont be needing them after friday", "wont be needing", True),
        ("already told them all, not needed after the weekend", "not needed", True),
        ("talked to my brother who wont be needing them after friday", "wont be needing", False),
        ("my brother wont be needing them after friday", "wont be needing", False),
    ],
)
def test_someone_told_or_given_something_is_not_whose_crisis_it_is(text, at, own):
    norm = normalise(text)
    start = norm.index(at)
    assert crisis.is_own_now(norm, 0, len(norm), start, start + len(at), False) is own


@pytest.mark.parametrize(
    "text",
    [
        "I spoke to my cousin who wants to kill himself and I'm scared for him.",
        "I won't reach sixty kilos until the spring.",
    ],
)
def test_a_subject_after_the_object_and_amounts_stay_unflagged(text):
    assert not analyze(text).crisis


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("got a new pack of blades today, and it's not for my legs being hairy", "blades"),
        ("read up on lethal doses, not for any assignment", "lethal doses"),
    ],
)
def test_a_denied_reason_does_not_explain_a_match_away(text, at):
    norm = normalise(text)
    start = norm.index(at)
    assert crisis.is_own_now(norm, 0, len(norm), start, start + len(at), True)


def test_a_given_reason_still_does():
    norm = normalise("got a new pack of blades today for shaving")
    start = norm.index("blades")
    assert not crisis.is_own_now(norm, 0, len(norm), start, start + len("blades"), True)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # "I am ready now." alone sits at the threshold since the 33rd round's rebuild; "I'm ready." is below it
        ("Tuesday night. I'm ready.", True),
        ("My cat died on Tuesday. I miss her.", False),
        ("The interview is on Monday. I'm ready.", False),
    ],
)
def test_a_short_sentence_is_also_read_with_the_one_before(text, flagged):
    first, second = text.split(". ", 1)
    assert not analyze(first + ".").crisis and not analyze(second).crisis
    assert analyze(text).crisis is flagged


def test_word_pairs_read_a_share_at_a_time_give_the_same_weights_as_all_read_at_once():
    from hearten.domain.language import _crisis_model as model

    everything = _all_word_pairs(model)
    table = second_opinion.WordPairs(model.WORD_PAIRS)
    first = next(iter(everything))
    assert table[first] == everything[first]
    assert len(table._unread) == len(model.WORD_PAIRS) - 1  # only that word's share was read
    assert all(table[word] == pairs for word, pairs in everything.items())
    assert table["zzqx-not-a-word"] == {} and table["zzqx-not-a-word"].get("anything", 0.0) == 0.0
    assert second_opinion.WordPairs.of(everything)["zzqx-not-a-word"] == {}
    with pytest.raises(TypeError):  # the empty table every such word shares cannot be written to
        table["zzqx-not-a-word"]["anything"] = 1.0


def test_word_pairs_asked_from_many_threads_at_once_all_get_their_weights(monkeypatch):
    from hearten.domain.language import _crisis_model as model

    everything = _all_word_pairs(model)
    share = max(model.WORD_PAIRS, key=lambda k: len(model.WORD_PAIRS[k]))  # the slowest share to read
    words = [w for w in everything if second_opinion.WordPairs.share_of(w) == share]
    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, to make a race likely
    try:
        for _ in range(20):
            table = second_opinion.WordPairs(model.WORD_PAIRS)
            start = threading.Barrier(8)
            wrong = []

            def ask(table=table, start=start, wrong=wrong):
                start.wait()
                wrong.extend(w for w in words if table[w] != everything[w])

            threads = [threading.Thread(target=ask) for _ in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            assert not wrong
    finally:
        sys.setswitchinterval(old_interval)


# A diary drops its "I": the model is sure of these, and the opening verb says whose they are.
DROPPED_I_CRISIS = [
    "Worked out which evening the house will be empty so nobody comes looking.",
    "Picked the place already, somewhere quiet past the reservoir where nobody walks.",
]
# The same openings about an everyday thing, or with a name that looks like a verb as the subject (the
# model is sure of these two: only the name keeps them from being read as the writer's).
DROPPED_I_ORDINARY = [
    "Fred picked the place already, somewhere quiet past the reservoir where nobody walks.",
    "Ahmed worked out which evening the house will be empty so nobody comes looking.",
    "Sam picked the place already, somewhere quiet past the reservoir where nobody walks.",
    "Picked a quiet spot past the reservoir for the picnic on Sunday.",
    "Worked out which evening the house will be empty so we can paint the hall.",
    "Sorted who takes the cat while we're away in Spain.",
]


@pytest.mark.parametrize("text", DROPPED_I_CRISIS)
def test_a_dropped_i_is_the_writer_when_the_gate_is_shut(text):
    words = second_opinion._load().words_of(normalise(text))
    assert not second_opinion._load().gate(words)[0]
    assert has_crisis(text)


@pytest.mark.parametrize("text", DROPPED_I_ORDINARY)
def test_a_dropped_i_with_an_everyday_purpose_is_not_flagged(text):
    assert not has_crisis(text)


def test_reading_two_sentences_as_one_only_adds_flags(monkeypatch):
    from tests.unit.test_language_crisis_families import FAMILIES

    texts = [t for positives, look_alikes in FAMILIES.values() for t in positives + look_alikes]
    texts += [f"{a} {b}" for a, b in zip(texts, texts[1:])]
    with_window = {t: has_crisis(t) for t in texts}
    monkeypatch.setattr(second_opinion, "WINDOW_MARGIN", float("inf"))
    assert all(with_window[t] for t in texts if has_crisis(t))


def test_two_sentences_read_as_one_find_what_neither_says_alone(monkeypatch):
    text = "New marks on my wrist this morning. I made every one of them myself."
    assert not has_crisis("New marks on my wrist this morning.") and not has_crisis("I made every one of them myself.")
    assert has_crisis(text)
    monkeypatch.setattr(second_opinion, "WINDOW_MARGIN", float("inf"))
    assert not has_crisis(text)


def test_sentence_scores_kept_by_one_thread_are_not_seen_by_another():
    scorer = second_opinion._Scorer({}, {}, 0.0)
    text = "one thing. another thing."
    scorer.note_z(text, 0, 10, 1.5)
    seen = []
    other = threading.Thread(target=lambda: seen.append(scorer.best_z_within(text, 0, 25)))
    other.start()
    other.join()
    assert seen == [None] and scorer.best_z_within(text, 0, 25) == 1.5


def test_sentence_scores_are_kept_only_for_the_text_being_read():
    scorer = second_opinion._Scorer({}, {}, 0.0)
    first, second = "one thing. another thing.", "something else entirely."
    scorer.note_z(first, 0, 10, 1.5)
    scorer.note_z(first, 11, 25, -2.0)
    assert scorer.best_z_within(first, 0, 25) == 1.5
    assert scorer.best_z_within(first, 11, 25) == -2.0
    assert scorer.best_z_within(first, 5, 25) == -2.0  # a sentence only partly inside does not count
    assert scorer.best_z_within(second, 0, 25) is None
    scorer.note_z(second, 0, 24, 0.5)
    assert scorer.best_z_within(first, 0, 25) is None  # a new text forgets the last one's scores


# Crisis told and then covered with a cheerful or busy sentence: what follows must not take the flag away.
DEFLECTED = [
    "Nobody would notice if I stopped turning up. Anyway the weather was lovely today and I sat in the garden for an hour with a book.",  # noqa: E501
    "Gave the dog to my sister for good. Then I did the shopping, cleaned the kitchen and watched the news with a cup of tea.",  # noqa: E501
    "I've worked out how many I'd need. The rest of the day was normal, school run, emails, a long phone call with my mum.",  # noqa: E501
    "Wrote letters to the kids and put them in the drawer. Then made dinner, watched two episodes of the baking show and went to bed early.",  # noqa: E501
]


@pytest.mark.parametrize("text", DEFLECTED)
def test_a_cheerful_sentence_after_does_not_hide_it(text):
    assert has_crisis(text)


def test_a_sentence_naming_nobody_is_scored_when_the_gate_is_shut(monkeypatch):
    text = "Take all your pills and end it."
    assert has_crisis(text)
    monkeypatch.setattr(second_opinion, "NO_WRITER_MARGIN", float("inf"))
    assert not has_crisis(text)


@pytest.mark.parametrize(
    "text,is_crisis",
    [
        ("Put the stand-up special on before I kill myself laughing at the ads.", False),
        ("My nephew had me killing myself laughing all through lunch.", False),
        ("Honestly I want to kill myself laughing at nothing like this every night.", True),
        ("i wanna kill myself laughing, at least it would be quick", True),
    ],
)
def test_laughing_is_an_idiom_unless_it_is_wished_for(text, is_crisis):
    assert analyze(text).crisis is is_crisis


# Someone named before the risk words, whom the whose-and-when test takes them for; the model is beyond doubt.
NAMED_BEFORE = [
    "Grandad's shotgun is still in the cabinet at the farm and I keep thinking about where he hides the key.",
    "hugged my brother extra long at the station. he doesn't know it's goodbye",
]


@pytest.mark.parametrize("text", [pytest.param(text, marks=retrained_marks(text)) for text in NAMED_BEFORE])
def test_a_person_named_before_does_not_hide_what_the_model_is_beyond_doubt_of(text, monkeypatch):
    assert has_crisis(text)
    monkeypatch.setattr(second_opinion, "BEYOND_DOUBT_MARGIN", float("inf"))
    assert not has_crisis(text)


def _beyond_doubt(text: str) -> bool:
    scorer = second_opinion._load()
    words = second_opinion.slang.canon(scorer.piece_words(text.lower()))
    return scorer.z(words) >= scorer.threshold + second_opinion.BEYOND_DOUBT_MARGIN


# Sentences the model is beyond doubt of that stay unflagged: a denial, and someone else's preparations
# with the writer nowhere in the sentence (there the person named is the only one it can be about).
STILL_NOT_THE_WRITERS = [
    "I'm not suicidal, I want to say that clearly to myself, I'm just flattened.",
    "the lad next door has the pills saved, notes for everyone, it ends tonight",
    "my flatmate has the pills counted out and the note written for after",
    "my brother wants to die, the pills are counted out and the note written for after",
]


@pytest.mark.parametrize("text", STILL_NOT_THE_WRITERS)
def test_beyond_doubt_leaves_a_denial_and_someone_elses_alone(text):
    assert _beyond_doubt(text)  # else this case no longer reaches the path it is here for
    assert not has_crisis(text)
