"""Leftovers of the last review: an older writer's life lived too long with this pain, going home to God
or to the dead, a waste of oxygen until the end; what the use of me is; texting "2" and "b" read as
"to" and "be" only where they can be; "ctb" only in the writer's own frame; "kms" about a phone gone
dead; affairs in order beside a tax return; a wish to be with someone who has died, said now. Each
pattern has crisis lines and look-alikes in the same words, apart from the training files."""

from __future__ import annotations

import pytest

from hearten.domain.language import second_opinion
from tests.support.crisis_cases import assert_not_training_lines, pattern_test

OLDER_POSITIVES = [
    "I've lived too long with this pain",
    "I have lived too long with this grief, I want to close my eyes for good",
    "I've lived far too long with this loneliness",
    "I'm ready to go home now, Lord",
    "I just want to go home to heaven, I'm so tired",
    "since Mum and Dad died I just want to go home to them",
    "Alf passed in the spring and all I want is to go home to him",
    "I'm a waste of oxygen until",
    "I'm just a waste of oxygen till I die",
    "I feel like a waste of air until the end",
]
OLDER_LOOK_ALIKES = [
    "I've lived too long with this pain in my back, time to see a physio",
    "I've lived too long with my sister, we need our own places",
    "we've lived too long with the broken boiler, the engineer comes Tuesday",
    "I want to go home, this party is dull",
    "I just want to go home, it's been a long shift",
    "I just want to go home to Mum and Dad for Christmas",
    "the ward sister says I can go home tomorrow",
    "I'm a waste of oxygen until I've had my coffee",
    "I'm a waste of space until noon on Sundays",
    "a waste of oxygen till the weekend, this cold is awful",
]

USE_POSITIVES = [
    "what is the use of me, I should just go",
    "whats the use of me now she's gone, I want to die",
    "I am no use being here, they'd be better without me",
    "I'm no use to anyone, I wish I could just disappear for good",
    "what is use of my life, I don't want to wake up",
]
USE_LOOK_ALIKES = [
    "we should make use of the garden this summer",
    "they make use of me at the charity shop every Tuesday",
    "make use of the leftover rice for tomorrow's lunch",
    "no use crying about the rain, we'll go tomorrow",
    "the old tractor is no use to anyone, it's going for scrap",
]

TEXTING_POSITIVES = [
    "i need 2 end it tonight",
    "i just want 2 b gone forever",
    "idw 2 b here nemore",
    "im ready 2 die honestly",
]
TEXTING_LOOK_ALIKES = [
    "I have 2 kids and a full time job",
    "need 2 pills for my migraine and a lie down",
    "we need 2 more players for saturday",
    "train from a to b was late again",
    "i want 2 burgers and chips",
]

CTB_POSITIVES = [
    "i want to ctb tonight",
    "going to ctb after my exams",
    "thinking of ctb again, its every day",
    "i wanna ctb so badly",
]
CTB_LOOK_ALIKES = [
    "ctb",
    "the ctb seminar is cancelled this week",
    "ctb results are out, I passed",
    "meet at the ctb building at 3",
]

KMS_POSITIVES = [
    "kms",
    "kms fr",
    "kms i mean it, i cant do this anymore",
]
KMS_LOOK_ALIKES = [
    "kms my phone died again",
    "kms my battery died mid call",
    "kms my laptop is dead right before the essay is due",
    "kms my phone is dead and the map was on it",
]

AFFAIRS_POSITIVES = [
    "putting my affairs in order, the letters are written",
    "I've put my affairs in order and said what I needed to say",
    "getting my affairs in order so nobody has a mess to sort after",
]
AFFAIRS_LOOK_ALIKES = [
    "I need to put my affairs in order, the tax return is due",
    "getting my affairs in order before the accountant's deadline",
    "putting all my affairs in order for self-assessment this weekend",
]

GRIEF_POSITIVES = [
    "since my wife passed I want to be with her",
    "we buried Mum last spring and I want to be with her",
    "since Ted died I just want to be where he is, that's all",
    "Dad died in May and I just want to be with him again",
    "since my husband passed away I only want to be with him",
]
GRIEF_LOOK_ALIKES = [
    "I want to be with her at the grave on Sunday",
    "I wanted to be with her when she passed",
    "want to be with him for his birthday",
    "since my wife passed I want to be with the grandchildren more",
    "my aunt died and I want to be with her daughter at the funeral",
    "my grandad passed and I want to be with Nan this week, she's on her own",
]

test_leftovers_read_rightly = pattern_test(
    (OLDER_POSITIVES, OLDER_LOOK_ALIKES, "older"),
    (USE_POSITIVES, USE_LOOK_ALIKES, "use-of-me"),
    (TEXTING_POSITIVES, TEXTING_LOOK_ALIKES, "texting-2"),
    (CTB_POSITIVES, CTB_LOOK_ALIKES, "ctb"),
    (KMS_POSITIVES, KMS_LOOK_ALIKES, "kms"),
    (AFFAIRS_POSITIVES, AFFAIRS_LOOK_ALIKES, "affairs"),
    (GRIEF_POSITIVES, GRIEF_LOOK_ALIKES, "grief"),
)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("I have 2 kids", "i have 2 kids"),
        ("need 2 pills", "need 2 pills"),
        ("need 2 sleep", "need to sleep"),
        ("idw 2 b alive nemore", "i dont want to be alive anymore"),
        ("want 2 b rid of me", "want to be rid of me"),
        ("from a to b", "from a to b"),
        ("i want to b alone", "i want to be alone"),
        ("ctb", "ctb"),
        ("the ctb seminar", "the ctb seminar"),
        ("thinking of ctb", "thinking of suicide"),
        ("ctb tonight", "suicide tonight"),
        ("make use of me", "make use of me"),
        ("whats the use of me", "whats the point of me"),
    ],
)
def test_slang_readings(text, read):
    assert " ".join(second_opinion.tokens(text)) == read


def test_make_use_of_does_not_open_the_gate():
    scorer = second_opinion._load()
    assert scorer.z_if_passes(scorer.words_of("we could make use of the spare room")) is None


def test_cases_are_not_training_lines():
    groups = (
        OLDER_POSITIVES
        + OLDER_LOOK_ALIKES
        + USE_POSITIVES
        + USE_LOOK_ALIKES
        + TEXTING_POSITIVES
        + TEXTING_LOOK_ALIKES
        + CTB_POSITIVES
        + CTB_LOOK_ALIKES
        + KMS_POSITIVES
        + KMS_LOOK_ALIKES
        + AFFAIRS_POSITIVES
        + AFFAIRS_LOOK_ALIKES
        + GRIEF_POSITIVES
        + GRIEF_LOOK_ALIKES
    )
    assert len(set(groups)) == len(groups)
    assert_not_training_lines(groups)
