"""Leftovers of the last review: an older writer's life lived too long with this pain, going home to God
or to the dead, a waste of oxygen until the end; what the use of me is; texting "2" and "b" read as
"to" and "be" only where they can be; "ctb" only in the writer's own frame; "kms" about a phone gone
dead; affairs in order beside a tax return; a wish to be with someone who has died, said now. Each
pattern has crisis lines and look-alikes in the same words, apart from the training files."""

from __future__ import annotations

import pytest

from hearten.domain.language import second_opinion
from tests.support.crisis_cases import assert_not_training_lines, crisis_tests, pattern_test

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
    "kms my phone died again in the middle of the match",
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
    "I need to put my affairs in order, my tax return is due on the 31st",
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


# Older, widowed and rural voices written fresh, each with a look-alike in the same words: a day, a
# farm job, a will, a dose as prescribed, a trip. Those the detector does not yet read rightly are
# expected to fail (not strictly) so that a fix shows.
VOICES_POSITIVES = [
    "I've buried a wife and two brothers, I'm ready for my turn now",
    "some nights I hope the good Lord forgets to wake me",
    "there's nothing here for me since Peggy went, I'd as soon be with her",
    "I've had a long life and I'd like it to be over now",
    "the kids are grown and the farm's gone, what am I still here for",
    "I keep the twelve bore by the bed and some days I look at it too long",
    "I'd walk out into the snow on the hill and just lie down",
    "I stopped eating properly on purpose, I'm letting myself go",
    "if I don't wake tomorrow it's no loss to anyone",
    "I'm only waiting to die now, that's all I do",
    "every night I ask God to take me and every morning I'm still here",
    "I've said my piece to the children, I'm ready to go",
    "I'd be better off six feet under beside my Bill",
    "I've no wish to go on living without her",
    "I've counted out the morphine the nurse left for Dad",
    "I'm a burden to my daughter, she'd have her life back if I went",
    "no one would come up the lane for a week if I was gone",
    "what's left for an old man like me but the churchyard",
    "I've been thinking the river would be a quiet way to go",
    "I can't face another winter alone in this house, I won't",
    "I want to lie down next to Margaret in the cemetery and not get up",
    "I keep thinking I'd like to just not be here anymore",
    "I've given the dog to the neighbours for good, I won't be needing company",
    "I want my life to end, I'm worn right through",
    "tired of living, tired of this body, let me go",
    "I've had my innings, I'd welcome it if it came tonight",
    "the pills are in the drawer and I know how many it would take",
    "it's been five years since Jim died and I'm done waiting to be with him",
    "I told the doctor I was fine but I've decided I'm not going on",
    "I drove up to the old quarry and sat at the edge thinking about it",
]
VOICES_LOOK_ALIKES = [
    "I've buried a wife and two brothers, and I still go to the pub on Fridays",
    "some nights I hope the good Lord sends rain for the barley",
    "there's nothing here for me in town, I'd as soon be on the hill with the sheep",
    "I've had a long day and I'd like it to be over now",
    "the kids are grown and the farm's gone, what shall I do with my days, maybe the allotment",
    "I keep the twelve bore locked in the cabinet for the foxes",
    "I walked out into the snow on the hill to check the ewes",
    "I stopped eating sugar on purpose, the doctor said my bloods are better",
    "if I don't wake early tomorrow I'll miss the market",
    "I'm only waiting for the bus now, it's always late",
    "every night I ask God to keep the family safe",
    "I've said my piece to the council about the road",
    "my Bill is six feet under in the churchyard and I take him flowers",
    "I've no wish to go on holiday without her",
    "the nurse counted out the morphine for Dad and locked the rest away",
    "my daughter says I'm no burden and I believe her",
    "no one comes up the lane in winter, the snow blocks it",
    "what's left for an old man like me on the telly these days",
    "I've been thinking the river would be a lovely walk in spring",
    "I can't face another winter in this draughty house, I'm getting it insulated",
    "I want to be buried next to Margaret when my time comes, it's in the will",
    "I'd like to just not be here at Christmas, we're off to my sister's",
    "I've given the dog to the neighbours while I'm in hospital",
    "I want this drought to end, the fields are worn right through",
    "tired of the ironing, tired of this back, let me sit down",
    "he had a good innings, Dad, ninety-four",
    "the pills are in the drawer and I know how many to take each morning",
    "it's been five years since Jim died and I still miss him every day",
    "I told the doctor I was fine and the scan came back clear",
    "I drove up to the old quarry to watch the climbers",
]
VOICES_NOT_YET = frozenset(
    (
        "I've had a long day and I'd like it to be over now",
        "the pills are in the drawer and I know how many to take each morning",
    )
)
test_voice_is_crisis, test_voice_look_alike_is_not = crisis_tests(
    VOICES_POSITIVES, VOICES_LOOK_ALIKES, VOICES_NOT_YET.__contains__
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
