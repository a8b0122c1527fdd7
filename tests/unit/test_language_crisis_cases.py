"""Crisis language and its look-alikes: our own sentences, written from how people talk, not from a data set.

The analyzer errs towards safety: when a sentence could mean a wish to die, self-harm or a
plan, it is crisis. Idioms, accidents, cooking, games and plain tiredness are not. The
choices for ambiguous cases are recorded in docs/language.md (Crisis language).
"""

from __future__ import annotations

import pytest

from hearten.cli.notice import flagged
from hearten.domain.language import analyze, has_crisis

WANTING_TO_DIE = [
    "I want to die.",
    "i just wanna die tbh",
    "Some nights I really want to die",
    "I wish I were dead",
    "i wish i was never born",
    "I wish I had never been born.",
    "I wish I didn't exist",
    "I don't want to exist anymore.",
    "I just want to stop existing",
    "I hope I don't wake up tomorrow",
    "i want to go to sleep and never wake up",
    "I wish I could fall asleep and not wake up.",
    "I'd rather be dead.",
    "Id be better off dead",
    "I would rather die than live like this",
    "I don't want to live anymore",
    "i dont wanna be alive",
    "I'm so tired of being alive",
    "im tired of living",
    "I'm done with life.",
    "I keep thinking about death",
    "I think about dying every day",
    "I hope I die in my sleep",
    "I wish a bus would hit me",
    "I wouldn't mind if I died tomorrow",
    "I wouldnt care if i died",
    "death would be a relief",
    "Dying would be easier than this",
    "I feel like dying",
    "I'm ready to die",
    "I won't be around much longer",
    "i want it all to end",
    "I'd like to not be here",
    "i want 2 die",
]

SUICIDE = [
    "I feel suicidal again",
    "I'm suisidal",
    "been thinking about suicde a lot",
    "sucide feels like the only option",
    "Suicidal thoughts every night",
    "I tried to kill myself last year and the thoughts are back",
    "i want to kms",
    "might just kms honestly",
    "I want to unalive myself",
    "i keep thinking about unaliving",
    "I want to end it.",
    "I'm going to end it soon",
    "I'm thinking of ending it",
    "I just want to end it all",
    "I'm going to end my life",
    "i'm going to take my own life",
    "I've thought about taking my life",
    "I don't want to be here anymore",
    "I want to not be here anymore",
    "I just want to disappear forever",
    "I want to KILL MYSELF",
    "Want to kil my self",
]

BURDEN = [
    "I'm a burden to everyone",
    "I feel like such a burden on my family",
    "everyone would be better off without me",
    "My kids would be better off if I was gone",
    "the world would be a better place without me",
    "It would be easier for everyone if I wasn't around",
    "nobody would miss me if i was gone",
    "No one would even notice if I disappeared",
    "No one would care if I died",
    "Nobody would miss me.",
    "Would anyone even miss me?",
    "If I died tomorrow nobody would care",
]

SELF_HARM = [
    "I've been cutting again",
    "Ive been cutting again",
    "I started cutting again last week",
    "I cut again last night",
    "I cut myself on purpose",
    "I relapsed",
    "I relapsed last night after 3 months clean",
    "I burned myself with a lighter",
    "I keep burning myself",
    "I want to hurt myself",
    "i've been hurting myself again",
    "I hit myself when I get like this",
    "I punched myself in the face until it hurt",
    "I've been starving myself to punish myself",
    "I deserve pain",
    "I deserve to suffer",
    "the urge to cut is so strong tonight",
    "I've been self harming",
    "I scratched myself until I bled",
    "I cut my wrists",
    "I made myself throw up again",
]

METHODS_AND_PLANS = [
    "I took a whole bottle of pills",
    "I swallowed a handful of pills",
    "I've been saving up my pills",
    "I looked up how many pills it would take to die",
    "what is a lethal dose of paracetamol",
    "I'm going to jump off the bridge",
    "I keep thinking about jumping off the roof",
    "I stood on the ledge for an hour",
    "I want to step in front of a train",
    "The rope is ready",
    "I wrote my goodbye letter",
    "I wrote a note for my family explaining why",
    "I've said goodbye to everyone",
    "I have a plan to kill myself",
    "I have a plan and I'm going to do it tonight",
    "I'm ending it tonight",
    "I've been giving my things away",
    "this is goodbye",
    "I'm going to overdose",
    "I want to put a gun to my head",
]

HOPELESS = [
    "There's no point living anymore",
    "what's the point of living",
    "What is the point in being alive",
    "I have nothing left to live for",
    "life isn't worth living",
    "I can't go on",
    "I can't go on like this anymore",
    "I can't keep living like this",
    "I can't do this anymore, I want to die",
    "I can't do life anymore",
    "the only way out is to die",
    "I've given up on life",
]

# Someone worried about another person, or writing about a death by suicide in a film or the
# news: not the writer's own crisis, so no crisis box (see docs/language.md, whose crisis).
ABOUT_OTHERS = [
    "my friend said she wants to die, how do I help her",
    "My brother told me he's been cutting himself and I'm scared",
    "A man took his own life in the film and it stayed with me",
    "I read about a suicide in the news today",
]

CRISIS = WANTING_TO_DIE + SUICIDE + BURDEN + SELF_HARM + METHODS_AND_PLANS + HOPELESS

NOT_CRISIS = [
    # idioms
    "this traffic is killing me",
    "I'm dying to see it",
    "dead tired after the shift",
    "I'm killing it at work",
    "I could kill for a coffee",
    "I'd kill for a nap right now",
    "killing time at the airport",
    "I was dying of laughter",
    "I nearly died of embarrassment",
    "I wanted to die of embarrassment when I tripped",
    "this chocolate cake is to die for",
    "the suspense is killing me",
    "she looked drop-dead gorgeous",
    "lmao I'm dead",
    "I'm dead 😂 that video",
    "kmsl that meme",
    "my feet are killing me after the hike",
    "that workout nearly killed me",
    "I nearly killed myself laughing",
    "I'm dying of boredom in this meeting",
    "I'd rather die than sing karaoke",
    "I'm dead serious about this",
    "I really shot myself in the foot with that email",
    "I'm drowning myself in work to avoid thinking",
    "we're all going to die someday, so let's eat cake",
    "I overdosed on coffee this morning",
    "my mom is going to kill me",
    # cooking, accidents, everyday cutting and burning
    "cut the onions into thin slices",
    "I cut myself a slice of cake",
    "I cut myself some slack today",
    "I cut myself shaving",
    "I cut my finger while chopping carrots",
    "I burned myself on the stove",
    "I hurt myself at the gym",
    "I've been cutting back on sugar",
    "I've been cutting the grass again",
    "cutting ties with people who drain me",
    "I relapsed on my diet and ate a whole pizza",
    "I want to dye my hair purple",
    # things that died, games, killing other things
    "the battery died",
    "my phone died halfway through the call",
    "my plants died while I was away",
    "I killed the boss on my first try",
    "we killed so many zombies last night",
    "I'm going to kill the weeds in the garden",
    # plans, notes, goodbyes and pills that are ordinary
    "I have a plan for the weekend",
    "I have a plan to finish the report by Friday.",
    "I have a plan to end the meeting early",
    "I wrote a note for the babysitter",
    "I said goodbye to everyone at the party and went home",
    "I'm giving my old clothes away to charity",
    "I forgot to take my pills this morning",
    "I took my vitamins with breakfast",
    "we went bungee jumping off a bridge",
    "I'm going to end it with him tonight",
    "I hope I don't wake up late tomorrow",
    "I don't want to wake up early tomorrow",
    # tired, stressed, sad but not in danger (ambiguous phrases decided in the docs)
    "I can't do this anymore",
    "I can't take it anymore, this job is too much",
    "I can't go on the trip next week",
    "I'm so done with this week",
    "I feel like I'm a bad friend",
    "I don't want to be a burden to my kids when I'm old",
    "nobody would miss me at the office if I took a day off",
    "no one noticed I was gone for an hour",
    "My grandfather passed away last year and I miss him",
    "I'm so hungry I could die",
    "I wish I was taller",
] + ABOUT_OTHERS


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_language_is_found(text):
    result = analyze(text)
    assert result.crisis, text
    assert has_crisis(text), text


@pytest.mark.parametrize("text", [t.upper() for t in CRISIS[::7]] + [t.replace("'", "") for t in CRISIS[3::7]])
def test_crisis_is_found_in_any_casing_and_without_apostrophes(text):
    assert analyze(text).crisis, text


@pytest.mark.parametrize("text", [t.replace("'", "\u2019") for t in CRISIS if "'" in t][::3])
def test_crisis_is_found_with_curly_apostrophes(text):
    assert analyze(text).crisis, text


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_look_alikes_are_not_crisis(text):
    assert not analyze(text).crisis, text
    assert not has_crisis(text), text


def test_enough_cases():
    assert len(CRISIS) >= 80 and len(NOT_CRISIS) >= 60


@pytest.mark.parametrize(
    "text",
    [
        "nobody would miss me if i was gone",
        "I'm a burden to everyone",
        "I've been cutting again",
        "I'm such a failure, I want to die",
    ],
)
def test_crisis_sentence_is_never_offered_for_reframing(text):
    assert not flagged(analyze(text))


def test_other_sentences_in_a_crisis_entry_can_still_be_reframed():
    result = analyze("I'm such an idiot. Nobody would miss me if I was gone.")
    assert result.crisis
    assert [i for i, _ in flagged(result)] == [0]
