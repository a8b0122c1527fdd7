"""Practice writing that names crisis words to say they are not the writer's, now: "I'm not suicidal", "I don't
want to die, I want a holiday", a bully's "go kill yourself" told to a parent, the critic's voice let go of,
"this time last year", an old wish that came back as a memory, a funeral planned ahead like Mum did. Beside
each, the crisis sentence that shares its words. Our own sentences, from the kinds
scripts/data/practice_dev_4.txt (written blind, never trained on) raised false alarms on."""

from __future__ import annotations

from tests.support.crisis_cases import crisis_tests

POSITIVES = [
    # a denial that turns back, or a wish not to live
    "I don't want to die but I can't do this anymore.",
    "I'm not suicidal but I wish I could disappear.",
    "I'm not suicidal right now, but tonight is different.",
    "I don't want to live anymore.",
    "I'm not going to kill myself, I promise.",
    # someone else's words that the writer agrees with, or says alone
    "People keep telling me to kill myself and maybe they're right.",
    "people keep telling me to kill myself",
    "He told me to go kill myself and I think I will.",
    # the critic's voice winning, the past back now
    "The voice that says I'm a burden is winning this week.",
    "This time last year I took an overdose, and tonight I want to do it again.",
    "The old wish to not wake up is back, and it's not just a memory this time.",
    "Planning my own funeral this week, it won't be long now.",
    # the writer named by what they are, and "moving" to no place a person moves to
    "I'm a student who wants to die.",
    "I'm a pupil who's going to take an overdose tonight.",
    "Not going to be around after tonight, moving to the multi-storey.",
    "I won't be here by spring, moving to six feet under.",
    # someone else's crisis, then the writer beside it
    "My best friend wants to die. So do I.",
    "My dad killed himself. Soon it's my turn.",
    "My friend took an overdose. I'm taking mine tonight.",
    "A pupil in my class hanged himself. I'll do the same.",
]

LOOK_ALIKES = [
    "I'm not suicidal, I want to say that clearly to myself, I'm just flattened.",
    "I don't want to die, I want a holiday from being me.",
    "A boy at school told me to go kill myself. I told my mum and the school.",
    "Someone in the group chat said I should kill myself, I screenshotted it and blocked them.",
    "May I be free from the voice that says I'm a burden. It's quieter this week, it was so loud in the bad years.",
    "This time last year I was on the psych ward after an overdose. Today I took my niece to the zoo.",
    "Recognise: the old wish to not wake up came back as a memory when I smelled the hospital soap.",
    "Dearest me, last winter you did not want to be here and you told nobody. Today you told your sister.",
    "Planning my own funeral ahead of time, like Mum did, so the kids aren't left guessing hymns.",
    "The head teacher wrote to parents about a pupil who ended his own life over half term.",
    "My friend told me she wants to kill herself. I'm next in the queue at the GP though, so I'll ask there.",
    "The character takes an overdose in the last episode. Me too, I cried.",
    "Well, I won't see 25 again, my knees told me so on the stairs.",
]

test_crisis_near_a_denial_is_found, test_a_denial_or_a_report_is_not = crisis_tests(
    POSITIVES, LOOK_ALIKES, not_yet=lambda text: text.startswith("Planning my own funeral ahead")
)
