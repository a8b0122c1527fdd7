"""Whose crisis and when, second pass: a tail that says what serious words were about, a wish or a
means bounded by an ordinary time, place or purpose, a wish to follow the dead told as now after a
grief clause, and "why am I still here" read by what stands beside it. Each pattern has crisis lines
and look-alikes in the same words.
"""

from __future__ import annotations

import pytest

from hearten.domain.language import analyze, has_crisis
from tests.support.crisis_cases import pattern_test

# A clarifying tail naming a thing, an event, a job or a relationship ("..., the subscription I mean").
CLARIFIER_POSITIVES = [
    # A tail that does not say it clarifies may be the plan's own time, reason or person.
    "I've made my plan - for tonight",
    "I've got the rope - for the weekend",
    "I've written the note - for my mum",
    "I'm going to end it all (for my family)",
    "i'm going to end it tonight (my choice)",
    "I'm going to disappear forever - for my parents' sake",
    "i'll end it tonight, my existence i mean",
    "i'll end it tonight, my life i mean",
    "I know exactly how I'd do it, I mean it this time",
    "I've made my plan - to end my life, obviously",
    "ending it all on Friday (my life, not a joke)",
    "I'm going to end it tonight, I mean everything, me",
    "I know how I'd do it, I mean kill myself",
    "i've decided to end it all, i mean myself",
    "going to end it this weekend, my life that is",
    "I've made my plan - the pills, obviously",
    "ending it tonight (all of it, me included)",
    "I know exactly how I'd do it, the bridge I mean",
    "i'll end it tonight, i mean it",
    "I've got it all planned, the rope I mean",
    "end it all tonight, i mean for real this time",
    "i know how i'd end it, i mean the train tracks",
    "I'm ending it on Sunday - my life, I mean",
    "I've decided to end it, the pain I mean",
    "i'll end it tonight, the whole thing i mean",
]
CLARIFIER_LOOK_ALIKES = [
    "i'll end it tonight, the subscription i mean",
    "I know exactly how I'd do it, the kitchen redesign I mean",
    "I've made my plan - for the wedding, obviously",
    "ending it all on Friday (my Netflix account, I mean)",
    "i'll end it tonight, the relationship i mean",
    "I know exactly how I'd do it, the garden I mean",
    "I'm going to end it this weekend, the gym membership I mean",
    "ending it tonight (the group chat, not me)",
    "I've made my plan - for the move, obviously",
    "I know how I'd do it, I mean the loft conversion",
    "i've decided to end it all, i mean the lease on the flat",
    "I'm ending it on Sunday - with Tom, I mean",
    "going to end it tomorrow, the phone contract that is",
    "I've got it all planned, the surprise party I mean",
    "I know exactly how I'd do it, the speech for her retirement obviously",
    "i'll end it tonight - the book club thing i mean",
    "I can't do this anymore, my job I mean",
]

# A wish or a means bounded by an ordinary time, place or purpose ("until Monday", "in Toronto").
BOUNDED_POSITIVES = [
    "I'm ready to join my husband when he's finished waiting for me",
    "I don't want to wake up ever again",
    "saving up my tablets for when I've had enough",
    "ready to go and join my brother",
    "I wouldn't mind not waking up at all",
    "I want to sleep forever",
    "saving my pills for the right moment",
    "ready to go and be with my mum now",
    "I just want to go to sleep and never wake up",
    "I've been keeping my tablets back for when it gets too much",
    "I'm ready to join my wife, it's been too long without her",
    "wouldn't mind not waking up tomorrow",
    "I want to sleep and not wake up until it's all over",
    "ready to be with my husband again, I miss him every day since the funeral",
    "stockpiling my tablets for the end",
    "i want to go and join my dad now",
    "I'm saving up my meds for a holiday from life",
    "ready to join my dad in eternal rest",
    "I can't stay in this flat, I'm going to jump from the balcony",
]
BOUNDED_LOOK_ALIKES = [
    "wouldn't mind not waking up till noon",
    "I want to sleep until Monday",
    "saving up my tablets for the trip abroad",
    "ready to go and join my brother in Toronto",
    "ready to be with my husband again when he's back from the posting",
    "I don't want to wake up before ten on Saturday",
    "I want to sleep for a week after these exams",
    "saving my pills for the flight so I don't run out abroad",
    "ready to go and join my sister in Melbourne next spring",
    "can't wait to be with my wife again once her contract in Dubai ends",
    "i wouldn't mind not waking up until the afternoon tbh",
    "I just want to sleep until the weekend",
    "stocking up on my tablets before the holiday",
    "ready to join my parents at the cottage for Christmas",
    "I want to go and be with my son at uni for his graduation",
    "I don't want to wake up early tomorrow, it's my day off",
]

# A wish to follow, join or be with the dead, told as now after a clause of grief.
GRIEF_POSITIVES = [
    "its been 2 years since he died and i just want to follow him",
    "since mum died I don't want to be here",
    "since dad's funeral all I want is to join him",
    "my brother died last year and I want to follow him now",
    "ever since nan passed away I just want to go where she is",
    "after my husband died I don't want to live anymore",
    "grieving my son and I just want to join him",
    "since my partner died I keep wanting to follow her",
    "my mum passed in march and i want to go be with her",
    "losing him was the worst thing and now I want to die too",
    "since the funeral i don't want to wake up",
    "it's been three years since he passed and I still want to join him",
    "mum's been gone a year now and i just want to join her",
    "since my husband passed i keep thinking i should just follow him",
    "it's been ages since grandad died but i still want to join him",
    "since we buried dad i've been wanting to follow him",
    "after the funeral i just want to be with him wherever he is",
    # a wish to be with the dead said plainly, without "follow" or "join"
    "after losing my twin I just want to be where he is",
    "it's been a year since we lost her and I want to be with her",
    "it's been six months since my wife passed and I want to be with her",
]
GRIEF_LOOK_ALIKES = [
    "its been 2 years since he died and i just want to make him proud",
    "since mum died I don't want to be here in this house alone, so I'm moving",
    "it's been six months since my wife passed and I want to honour her garden",
    "since dad's funeral all I want is to follow his recipes",
    "my brother died last year and I want to follow in his footsteps as a nurse",
    "ever since nan passed away I think about death more, it's normal grief the counsellor said",
    "after my husband died I don't want to live in the big house anymore",
    "it's been a year since we lost her and I want to run the marathon in her name",
    "grieving my son and I just want to keep his memory alive",
    "since my partner died I keep thinking about my own mortality, so I wrote a will",
    "my mum passed in march and i want to visit her grave every week",
    "since the funeral i've been thinking about death a lot and talking to my grief group",
    "it's been three years since he passed and I'm doing ok now",
    "after losing my twin I want to be with my family more",
    "my dad died and I want to follow his wishes about the farm",
]
# "Why am I still here" and "still alive": a place, a time or a reason beside it, or a thing as the subject.
STILL_HERE_POSITIVES = [
    # A late hour, waiting or a worry beside the question places nothing: the small hours are when
    # it is most serious.
    "It's 3am. Why am I still here?",
    "Midnight. Why am I still here?",
    "Another sleepless night, hours of staring at the ceiling. Why am I still here?",
    "I've been waiting for things to get better for years. Why am I still here?",
    "why am i still here, waiting",
    "I'm late on rent again. Why am I still here?",
    "y am i even still alive lol",
    "why am I still alive",
    "why am i even still here, there's no point",
    "why am I still here when nobody would notice I was gone",
    "what am i still alive for",
    "why am i still here, i should have gone years ago",
    "honestly why am I still breathing",
    "why do i keep existing",
    "why am i still here anymore",
    "why am I even alive, I'm useless",
    "why am i still here, what's the point of me",
    "seriously why am i still alive at this point",
    "why am I still here on this earth",
    "why am i still here in this world",
    "why am I still alive tbh",
    "I hate myself. Why am I still here?",
    "Another night on my own, nobody texted. Why am I still here?",
    "Why am I still here? Nobody would even notice if I wasn't.",
    "I've been in my room all day crying. Why am I still here?",
]
STILL_HERE_LOOK_ALIKES = [
    "why am I still here at the office",
    "why am i still here at 9pm",
    "why am I still at work, it's nearly midnight",
    "why am i still here at the party, i hate these people",
    "why am I still here in this queue",
    "why am I still awake lol",
    "why am i still up at 3am",
    "why am I still here at the gym after two hours",
    "why is he still alive in season 5, the writers hate us",
    "why am i still in this group chat lol",
    "why am i still here at my desk on a friday night",
    "why is my houseplant still alive, I never water it",
    "why am I still at the library",
    "why am I still in bed at noon",
    "why am i still here waiting for the bus",
    "Long day at the office. Why am I still here?",
    "Why am I still here? Because the train was cancelled, that's why.",
    "The meeting ran two hours over. Why am I still here?",
]


test_whose_and_when_reads_what_stands_beside_the_words = pattern_test(
    (CLARIFIER_POSITIVES, CLARIFIER_LOOK_ALIKES, "clarifier"),
    (BOUNDED_POSITIVES, BOUNDED_LOOK_ALIKES, "bounded"),
    (GRIEF_POSITIVES, GRIEF_LOOK_ALIKES, "grief"),
    (STILL_HERE_POSITIVES, STILL_HERE_LOOK_ALIKES, "still-here"),
)


EVERY_CASE = [
    *CLARIFIER_POSITIVES,
    *CLARIFIER_LOOK_ALIKES,
    *BOUNDED_POSITIVES,
    *BOUNDED_LOOK_ALIKES,
    *GRIEF_POSITIVES,
    *GRIEF_LOOK_ALIKES,
    *STILL_HERE_POSITIVES,
    *STILL_HERE_LOOK_ALIKES,
]


@pytest.mark.parametrize("text", EVERY_CASE)
def test_has_crisis_agrees_with_analyze(text):
    # Apart from whether the reading is right: a quick path that parts from the full analysis shows
    # here even on a case not yet read rightly.
    assert has_crisis(text) is analyze(text).crisis, text


@pytest.mark.parametrize(
    "lists",
    [
        (CLARIFIER_POSITIVES, CLARIFIER_LOOK_ALIKES),
        (BOUNDED_POSITIVES, BOUNDED_LOOK_ALIKES),
        (GRIEF_POSITIVES, GRIEF_LOOK_ALIKES),
        (STILL_HERE_POSITIVES, STILL_HERE_LOOK_ALIKES),
    ],
)
def test_each_pattern_has_enough_cases(lists):
    assert all(len(cases) >= 15 and len(set(cases)) == len(cases) for cases in lists)
