"""General trap cues, written from what each trap is (our own sentences), and their look-alikes."""

from __future__ import annotations

import pytest

from hearten.domain.language import analyze, traps
from hearten.domain.language.analyzer import TRAP_PRIORITY

FOUND = {
    "all_or_nothing": [
        "My presentation was completely pointless.",
        "Either I get the promotion or my career is finished.",
        "Unless the cake is perfect, there is no point serving it.",
        "None of my drawings turned out well.",
        "The whole weekend was wasted.",
        "I blew the interview completely.",
    ],
    "catastrophizing": [
        "I will never be able to show my face there again.",
        "One bad review will ruin my whole career.",
        "Something terrible is going to happen on the flight.",
        "This headache could be a tumour.",
        "I'm panicking about the bill.",
        "We could lose everything.",
    ],
    "disqualifying_positive": [
        "I passed, but only because the test was easy.",
        "I just got lucky with the interview questions.",
        "He said he liked my song but he didn't mean it.",
        "They only invited me because they felt sorry for me.",
        "Anybody could have managed that project.",
        "Finishing the course is not a real achievement.",
    ],
    "emotional_reasoning": [
        "It feels like nobody would notice if I left.",
        "I feel like everyone is against me.",
        "Deep down I know I'm not meant for this job.",
        "This feels hopeless, so it probably is.",
    ],
    "mind_reading": [
        "My flatmate seemed annoyed when I came in.",
        "The people at the next table were laughing at me.",
        "She wants nothing to do with me.",
        "They must think I'm a fool.",
        "He's not interested in me at all.",
        "She's mad at me, I can tell.",
    ],
    "negative_feeling": [
        "Lately the evenings are lonely.",
        "Dreading the dentist tomorrow.",
        "So much grief this week.",
    ],
    "personalizing": [
        "I let my whole family down.",
        "I upset my sister at lunch.",
        "My friend is angry with me, it must be something I did.",
        "The project slipped, and that's all on me.",
    ],
}


@pytest.mark.parametrize(("trap", "text"), [(t, s) for t, texts in FOUND.items() for s in texts])
def test_general_cue_is_found(trap, text):
    assert trap in analyze(text).traps, (text, analyze(text).traps)


@pytest.mark.parametrize(
    ("trap", "text"),
    [
        ("disqualifying_positive", "I got the job because I prepared for weeks."),
        ("disqualifying_positive", "Luckily the rain stopped before the match."),
        ("emotional_reasoning", "I feel fine today."),
        ("mind_reading", "My neighbour seemed happy with the new fence."),
        ("mind_reading", "I asked her what she thinks about the plan."),
        ("personalizing", "I let the cat out this morning."),
        ("catastrophizing", "I lost my keys but found them in my coat."),
        ("all_or_nothing", "None of us had been to Lisbon before."),
        ("negative_feeling", "I'm not stupid."),
        ("mind_reading", "She's mad about her new bike."),
    ],
)
def test_look_alike_does_not_fire(trap, text):
    assert trap not in analyze(text).traps, (text, analyze(text).traps)


@pytest.mark.parametrize(
    "text",
    [
        "We had pasta for dinner.",
        "I walked the dog in the park.",
        "The meeting moved to Thursday.",
        "My sister called and we laughed about an old holiday.",
        "I finished the book on the train.",
    ],
)
def test_ordinary_sentences_get_no_fallback(text):
    assert analyze(text).traps == [], text


@pytest.mark.parametrize(
    "text",
    ["Work was hard today.", "The interview was difficult and the bus was late.", "My exam results were bad."],
)
def test_painful_words_with_no_trap_fall_back_to_a_weak_feeling(text):
    result = analyze(text)
    assert result.traps == [traps.FALLBACK_TRAP], (text, result.traps)
    hit = result.sentences[0].traps[0]
    assert hit.score == traps.FALLBACK_SCORE
    assert all(text[s:e].strip() for s, e in hit.spans)


def test_fallback_never_outranks_a_real_trap():
    result = analyze("Work was hard today. I'm such an idiot.")
    assert result.top_trap == "labeling"
    assert result.sentences[1].traps[0].id == "labeling"
    # A sentence with a real trap gets no fallback on top of it.
    assert [h.id for h in analyze("I always fail, it's bad.").sentences[0].traps].count("negative_feeling") == 0


def test_fallback_leaves_self_criticism_and_crisis_alone():
    result = analyze("Work was hard today.")
    assert not result.self_critical and result.score == 0.0 and not result.crisis


def test_all_or_nothing_leads_overgeneralizing_on_a_tie():
    assert TRAP_PRIORITY.index("all_or_nothing") < TRAP_PRIORITY.index("overgeneralizing")
