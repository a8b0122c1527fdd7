"""Crisis language written around the plain words: internet and gaming euphemisms, self-censored
spellings, texting short forms, talking to oneself as "you", questions of how long and how many,
going home to God, the Englishes people write in, dark humour meant seriously and understatement.
Each kind has look-alikes that share its words. These sentences are our own and separate from the
training sentences (scripts/data/crisis_train_19.txt); the model never sees them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hearten.domain.language import analyze, second_opinion, slang
from tests.support.crisis_cases import retrained_marks

CRISIS: dict[str, list] = {
    "euphemism": [
        "i'm going to unalive myself after everyone's asleep",
        "ready to uninstall myself for real, i've had it",
        "seriously thinking about s*icide again tonight",
        "kinda want to yeet myself off the bridge by the station",
        "been planning to self delete before my birthday",
        "i want to k!ll myself and i mean it",
        "i just want to delete myself from existence",
        "thinking about the sewer slide more and more, it feels close",
        "I want to off myself this week",
        "i keep thinking about su1c1de when i'm alone",
    ],
    "texting": [
        "i wna die so bad rn",
        "idw 2 wake up tmrw",
        "cnt cope nemore, wud rather b dead",
        "every1 wud b happier w/o me around ngl",
        "im gna take all my tablets 2nite",
        "tbh i jus want 2 disappear 4ever",
        "srsly dnt want 2 b alive nemore",
        "im done w life fr",
        "ngl ive got the blade ready",
        "idc anymore, i wna b gone",
    ],
    "second_person": [
        "you should just end it tonight, nobody would care",
        "You know what you need to do, stop being a coward.",
        "why are you still alive, nobody wants you here",
        "you'd be doing everyone a favour if you were dead",
        "no one would miss you if you were gone, so go",
        "Everyone would be better off without you, so just do it.",
        "what are you waiting for, you've got the pills",
        "you useless waste of space, just end it already",
    ],
    "questions": [
        "how many of my pills would it take to not wake up",
        "how long would it take for someone to find my body",
        "would anyone even find me if I went into the woods and didn't come back",
        "which bridge near me is high enough to be sure",
        "how much of my insulin would stop my heart",
        "how long does it take to die from an overdose",
        "what's the quickest way to end it without pain",
        "how high does a drop need to be so I don't survive",
    ],
    "afterlife": [
        "I'm ready to go home to the Lord, I can't do this life anymore",
        "every night I pray God takes me before morning",
        "I want to be with grandad again, there's nothing left for me here",
        "I'm ready to meet my maker, I've decided",
        "please Lord take me tonight, I'm so tired of living",
        "I just want to pass away in my sleep and be at peace",
        "I'd be better off six feet under",
        "let me go be with mum in heaven, I can't stay here",
    ],
    "englishes": [
        "I no fit again, I wan die",
        "mi waan dead, mi cyaan tek dis life nuh more",
        "I cannae go on, I want tae end it all",
        "I am not feeling to live anymore, I will finish myself",
        "I'm finna end it tonight, ion wanna be here no more",
        "i ain't gon be alive by next week",
        "thinking to end my life only, no use living",
        "I'll cark it on purpose this weekend, I've had enough",
    ],
    "dark_humour": [
        "haha i'm going to kill myself tonight, not a joke",
        "lol i genuinely want to die, i'm not kidding",
        "funny how the only plan i've got is to not be alive next month",
        "jk... no actually i want to end it",
        "my bucket list is just not waking up tomorrow, seriously",
    ],
    "understatement": [
        "I probably won't be around much longer, and that's fine",
        "I think it's time I stopped being a problem for everyone for good",
        "I won't be here to see next spring, I've made my peace",
        "Don't think I'll be here next month, it's all sorted",
        "Everything would be easier if I just wasn't here anymore",
        "I've had enough of being alive, honestly",
    ],
}

LOOK_ALIKES: dict[str, list] = {
    "euphemism": [
        "the boss fight unalived my whole party lol",
        "uninstalled the app because it kept crashing",
        "logging off for good from that forum, it's toxic",
        "game over again on level nine, so annoying",
        "rage quit the ranked match after the third loss",
        "our class watched a talk on s*icide prevention",
        "yeeted the ball over the fence by accident",
        "deleted my old account and made a new one",
        "ctrl+z is the best shortcut ever invented",
        "my character died and respawned at the checkpoint",
    ],
    "texting": [
        "i wna sleep for a week after these exams",
        "idw 2 go to the dentist tmrw",
        "cnt wait 2 see u 2nite",
        "every1 wud b happier w/o this heat",
        "im gna take the dog out l8r",
        "tbh i jus want 2 disappear under my duvet with a film",
        "ngl that workout nearly killed me",
        "im done w this essay fr",
        "idc what we eat, u pick",
        "ran 5 kms this morning, legs are dead",
    ],
    "second_person": [
        "you should just end it with her, she's not good for you",
        "You know what you need to do: ring the landlord today.",
        "why are you still up, it's two in the morning",
        "you'd be doing everyone a favour if you brought snacks",
        "what are you waiting for, the bus is here",
        "no one would miss you at the meeting, take the day off",
        "you're not going to make it to the shop before it shuts",
        "you should just rest a hand on your heart and breathe",
    ],
    "questions": [
        "how many of these mints would it take to fill the jar",
        "how long would it take to walk to the next village",
        "would anyone find me in the crowd at the festival",
        "which bridge do we cross to get to the market",
        "how much insulin should my diabetic cat get, the vet said",
        "how long does it take for paint to dry",
        "what's the quickest way to the motorway from here",
        "how high does the shelf need to be for the plants",
    ],
    "afterlife": [
        "Grandad went home to the Lord last winter and we miss him",
        "we prayed for my aunt at her funeral on Friday",
        "I want to be with grandad again at the allotment this summer",
        "the hymn at the service was about meeting our maker",
        "my nan passed away peacefully in her sleep last year",
        "the priest said my uncle is in heaven now",
        "I pray every night for my family's health",
        "the film ends with the hero going to heaven",
    ],
    "englishes": [
        "I no fit again, this heat don tire me",
        "mi waan go market tomorrow",
        "I cannae be bothered wi the dishes the day",
        "I am thinking to end my course only, it is too costly",
        "I'm finna eat, ion want no more chips",
        "I ain't gon be at work tomorrow, got the dentist",
        "the old car's about to cark it, needs a new gearbox",
        "deadass that film was so good",
    ],
    "dark_humour": [
        "haha if this meeting runs over I'll scream",
        "lol my plants are dying again, I'm a terrible plant parent",
        "funny how my only plan for the weekend is the sofa",
        "the comedian joked about death and everyone laughed",
        "dying of laughter at my brother's texts",
    ],
    "understatement": [
        "I probably won't be around the office much longer, I got the new job",
        pytest.param(
            "I think it's time I stopped being a problem for my flatmates and tidied up",
            marks=pytest.mark.xfail(reason="the model reads 'stopped being a problem' as a burden whoever it is for"),
        ),
        "I won't be here next spring, we're moving to Leeds",
        "Don't think I'll be at the club next month, it's all sorted with the coach",
        "Everything would be easier if the trains were on time",
        "I've had enough of being inside, off for a walk",
    ],
}


def _cases(kinds: dict[str, list]) -> list:
    """(kind, sentence) pairs, an expected failure keeping its mark, one the retrain reads wrongly marked too."""
    return [
        pytest.param(k, t.values[0], marks=t.marks)
        if hasattr(t, "marks")
        else pytest.param(k, t, marks=retrained_marks(t))
        for k, ts in kinds.items()
        for t in ts
    ]


@pytest.mark.parametrize("kind,text", _cases(CRISIS))
def test_slang_and_indirect_crisis_wording_is_found(kind, text):
    assert analyze(text).crisis, (kind, text)


@pytest.mark.parametrize("kind,text", _cases(LOOK_ALIKES))
def test_slang_look_alikes_are_not_crisis(kind, text):
    assert not analyze(text).crisis, (kind, text)


@pytest.mark.parametrize(
    "text,plain",
    [
        ("i want to unalive myself", "i want to kill myself"),
        ("s*icide", "suicide"),
        ("i wanna kms", "i want kill myself"),
        ("every1 wud b betr off w/o me", "everyone would be better off without me"),
        ("idw 2 b alive nemore", "i dont want to be alive anymore"),
        ("you know what you have to do", "i know i have to do it"),
        ("mi waan dead", "i want dead"),
        ("i aint gon be here", "i am not going to be here"),
        ("praying god takes me", "praying i die"),
    ],
)
def test_slang_is_read_as_plain_words(text, plain):
    assert second_opinion.tokens(text) == plain.split()


@pytest.mark.parametrize("text", ["ran 5 kms today", "did a few kms on the bike", "a wan smile"])
def test_kilometres_are_not_read_as_slang(text):
    assert "kill" not in second_opinion.tokens(text)


def test_reading_is_the_same_a_piece_at_a_time_and_whole():
    """The second opinion reads a sentence a piece at a time (words_of) and trains on it whole (tokens)."""
    scorer = second_opinion._load()
    for key in slang.PLAIN:
        once = slang.canon(key.split())
        assert slang.canon(once) == once, key
        assert scorer.words_of(key) == second_opinion.tokens(key), key


def test_plain_words_without_slang_are_the_same_list():
    words = ["i", "feel", "tired", "today"]
    assert slang.canon(words) is words


def test_the_gate_takes_slang_words_and_pairs():
    assert slang.RISK_WORDS <= second_opinion.RISK_WORDS
    assert slang.RISK_PAIRS <= second_opinion.RISK_PAIRS


def _runs_read_word_by_word(words: list[str]) -> list[str]:
    """The plain reading canon() must give: at each word, its longest run that follows, else the word."""
    out, i = [], 0
    while i < len(words):
        for rest, plain in slang._RUNS.get(words[i], ()):
            if tuple(words[i + 1 : i + 1 + len(rest)]) == rest:
                out += plain
                i += 1 + len(rest)
                break
        else:
            out.append(words[i])
            i += 1
    return out


# Pieces to build sentences from: whole runs, runs cut short by a word, and words found in runs.
_RUNS_WHOLE = sorted(key.split() for key in slang.PLAIN if " " in key)
_RUN_PIECES = _RUNS_WHOLE + [run[:-1] for run in _RUNS_WHOLE] + [run[1:] for run in _RUNS_WHOLE] + [["i"], ["ok"]]


@settings(deadline=None, max_examples=800)
@given(st.lists(st.sampled_from(_RUN_PIECES), max_size=8))
def test_runs_are_read_wherever_they_stand_and_overlap(pieces):
    """canon() looks for runs only where a run's first two words stand; that finds what reading every
    word in turn finds, with runs back to back, overlapping or cut short."""
    words = [w for piece in pieces for w in piece if w not in slang._SINGLE]  # words read alone: tested above
    assert slang.canon(list(words)) == _runs_read_word_by_word(words)
