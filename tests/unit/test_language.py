"""The rule-based language analyzer: self-criticism, thinking traps, crisis language, shapes and speed."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

import hearten
from hearten.domain.language import TRAP_IDS, Analysis, analyze, has_crisis, summarize
from tests.support.crisis_cases import crisis_tests

SELF_CRITICAL = [
    "I'm such an idiot",
    "what is wrong with me",
    "I'm a failure",
    "I hate myself",
    "I always mess everything up",
    "I'm worthless",
    "I'm pathetic",
    "I should have known better, I'm so stupid",
    "im so useless",
    "I AM A TOTAL LOSER",
    "Honestly I am the worst mother.",
    "I'm a terrible friend.",
    "What an idiot I am.",
    "I can't do anything right.",
    "I'm not good enough for anyone.",
    "I feel like such a fraud at work.",
    "Why am I like this?",
    "I ruin everything I touch.",
    "I'm disgusted with myself.",
    "I don't deserve to be happy.",
    "I suck at everything.",
]

NOT_SELF_CRITICAL = [
    "my boss is an idiot",
    "I'm not stupid",
    "I don't think I'm a failure",
    "he said I'm lazy",
    "she told me I was useless",
    "My mom thinks I'm worthless.",
    "I feel sad",
    "I'm tired",
    "I'm dead tired after the hike.",
    "We had pasta for dinner.",
    "They are such losers.",
    "I used to think I was a failure.",
    "Everyone says I'm lazy, but I work hard.",
    "",
]


@pytest.mark.parametrize("text", SELF_CRITICAL)
def test_self_criticism_is_found(text):
    result = analyze(text)
    assert result.self_critical, text
    assert 0.5 <= result.score <= 1.0


@pytest.mark.parametrize("text", NOT_SELF_CRITICAL)
def test_self_criticism_is_not_found(text):
    assert not analyze(text).self_critical, text


CRISIS = [
    "I feel suicidal",
    "having SUCIDAL thoughts again",
    "Suiside is all I think about",
    "i want to kill myself",
    "I want to KILL MY SELF",
    "kms",
    "honestly kms lol",
    "I just want to die",
    "i wanna die",
    "I want to end it all",
    "I'm going to end my life",
    "I dont want to be here anymore",
    "I don't want to be here any more.",
    "everyone would be better off without me",
    "I keep wanting to hurt myself",
    "I cut myself last night",
    "thinking about an overdose",
    "there is no reason to live",
    "i have a plan to end it tonight",
    "I Wish I Was Dead",
]

NOT_CRISIS = [
    "this traffic is killing me",
    "I'm dying to see it",
    "dead tired",
    "I could kill for a coffee",
    "killing it at work",
    "my feet are killing me",
    "My boss is going to kill me if I'm late.",
    "We drove 5 kms to the lake.",
    "I want to succeed this year.",
    "The battery died on my phone.",
    "I have a plan to finish the report by Friday.",
    "I'm tired",
]


test_crisis_language_is_found, test_idioms_are_not_crisis = crisis_tests(CRISIS, NOT_CRISIS)


TRAPS = {
    "all_or_nothing": [
        "I got a C so I'm a complete failure.",
        "I ruined everything at the party.",
        "The whole evening was a total disaster.",
    ],
    "blaming": [
        "My brother is to blame for my bad mood.",
        "It's all her fault that I'm unhappy.",
        "My roommate made me feel awful.",
    ],
    "catastrophizing": [
        "What if I lose my job and end up homeless?",
        "I'm going to get fired for this.",
        "This is the end of the world.",
    ],
    "comparing": [
        "My cousin is so much smarter than me.",
        "Everyone else has a better car.",
        "Compared to my friends I have nothing.",
    ],
    "disqualifying_positive": [
        "She only praised me to be nice, it doesn't count.",
        "Winning was a fluke.",
        "Anyone could have done that.",
    ],
    "emotional_reasoning": [
        "I feel stupid, so I must be stupid.",
        "I feel like a fraud.",
        "I feel guilty, therefore I did something wrong.",
    ],
    "fortune_telling": ["I'll never pass this exam.", "They are going to say no.", "I bet the trip will be a drag."],
    "labeling": ["I'm such a loser.", "My neighbour is a jerk.", "I'm a lousy cook."],
    "mind_reading": ["My teacher thinks I'm lazy.", "She probably hates me.", "They don't like me."],
    "negative_feeling": [
        "I feel so lonely tonight.",
        "I'm really anxious about tomorrow.",
        "I'm completely overwhelmed.",
    ],
    "overgeneralizing": ["I always get it wrong.", "Nobody ever calls me.", "This happens every time."],
    "personalizing": [
        "It's my fault the team lost.",
        "If only I had left earlier, this wouldn't have happened.",
        "He was grumpy because I said something wrong.",
    ],
    "should_statements": [
        "I should be further along by now.",
        "You shouldn't have said that.",
        "I must always be perfect.",
    ],
}


@pytest.mark.parametrize("trap,text", [(t, s) for t, texts in TRAPS.items() for s in texts])
def test_each_trap_is_found(trap, text):
    result = analyze(text)
    assert trap in result.traps, (text, result.traps)


def test_trap_ids_are_the_documented_thirteen():
    assert sorted(TRAP_IDS) == sorted(TRAPS)


def test_ordinary_sentences_have_no_traps():
    for text in ["We had pasta for dinner.", "The bus was on time.", "I walked the dog in the park."]:
        assert analyze(text).traps == [], text


def test_traps_are_ranked_by_score_and_unique():
    result = analyze("I'm such an idiot. I always fail. What if I get fired? I always fail again.")
    scores = {}
    for s in result.sentences:
        for hit in s.traps:
            scores[hit.id] = max(scores.get(hit.id, 0), hit.score)
    assert result.traps == sorted(scores, key=lambda t: -scores[t]) or len(set(scores.values())) < len(scores)
    assert len(result.traps) == len(set(result.traps))
    assert result.top_trap == result.traps[0]


def test_spans_point_at_the_matched_words():
    text = "Lunch was fine.  Then I told myself: I'm such an IDIOT, what is wrong with me?"
    result = analyze(text)
    reasons = {(text[s:e], why) for sentence in result.sentences for s, e, why in sentence.spans}
    assert ("I'm such an IDIOT", "self_criticism") in reasons
    assert ("what is wrong with me", "self_criticism") in reasons
    for sentence in result.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        for hit in sentence.traps:
            for s, e in hit.spans:
                assert sentence.start <= s < e <= len(text)


def test_crisis_span_offsets_survive_curly_quotes_and_case():
    text = "Day one. I don\u2019t want to be here ANYMORE."
    result = analyze(text)
    assert result.crisis
    spans = [text[s:e] for sent in result.sentences for s, e, why in sent.spans if why == "crisis"]
    assert spans == ["don\u2019t want to be here ANYMORE"]


def test_sentence_offsets_and_flags():
    text = "I walked the dog. I'm pathetic.\nTomorrow I will fail."
    result = analyze(text)
    assert [s.text for s in result.sentences] == ["I walked the dog.", "I'm pathetic.", "Tomorrow I will fail."]
    assert [s.self_critical for s in result.sentences] == [False, True, False]
    assert result.score == max(s.score for s in result.sentences)


def test_empty_and_blank_text():
    for text in ["", "   \n\t "]:
        result = analyze(text)
        assert result == Analysis()
        assert result.to_dict() == {
            "self_critical": False,
            "score": 0.0,
            "crisis": False,
            "traps": [],
            "top_trap": None,
            "sentences": [],
        }


def test_to_dict_is_plain_json():
    result = analyze("I'm a failure. I want to die.")
    data = json.loads(json.dumps(result.to_dict()))
    assert data["self_critical"] is True and data["crisis"] is True
    assert set(data) == {"self_critical", "score", "crisis", "traps", "top_trap", "sentences"}
    sentence = data["sentences"][0]
    assert set(sentence) == {"text", "start", "end", "self_critical", "score", "crisis", "crisis_by", "traps", "spans"}
    assert set(sentence["traps"][0]) == {"id", "score", "spans"}
    assert sentence["crisis_by"] is None and data["sentences"][1]["crisis_by"] == "rules"


def test_batch_row_shape():
    row = analyze("I always mess everything up").batch_row("e1")
    assert list(row) == ["id", "self_critical", "score", "traps", "crisis"]
    assert row["id"] == "e1" and row["self_critical"] is True and isinstance(row["traps"], list)


def test_results_are_frozen():
    result = analyze("I'm a failure.")
    with pytest.raises(AttributeError):
        result.crisis = True


def test_top_level_function_is_wired():
    assert hearten.analyze("I hate myself").self_critical


def test_one_megabyte_entry_finishes():
    chunk = "I missed the train again and I'm such an idiot. The weather was nice though. "
    text = chunk * (1_000_000 // len(chunk) + 1)
    start = time.perf_counter()
    result = analyze(text)
    assert time.perf_counter() - start < 60
    assert result.self_critical and len(result.sentences) > 10_000


def test_one_megabyte_without_punctuation_finishes():
    text = "word " * 200_000
    start = time.perf_counter()
    result = analyze(text)
    assert time.perf_counter() - start < 60
    assert not result.self_critical


def test_import_is_light():
    code = (
        "import sys, hearten.domain.language as l; l.analyze('I am a failure');"
        "bad = [m for m in ('pydantic', 'click', 'rich', 'numpy') if m in sys.modules];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize(
    "text",
    [
        "İ It just makes me want to abandon everything and hide from everyone so I lash out anymore.",
        "İstanbul was lovely but İ keep thinking everyone would be better off without me.",
        "İ İ İ",
    ],
)
def test_a_letter_that_grows_when_lower_cased_does_not_break_the_analysis(text):
    """A capital dotted I lower-cases to two characters; the analysis still answers."""
    result = analyze(text)
    assert summarize(text).crisis is result.crisis is has_crisis(text)
