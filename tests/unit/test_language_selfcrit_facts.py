"""Harsh self-talk needs judgement (a label, a global verdict on oneself, should or deserve, contempt),
not the fact of a failure: "I failed the exam." is something that happened, "I'm a failure." is a verdict.

Our own sentences. The first two lists were used while writing the rules; the held-out lists were
written before the rules were checked against them and are scored, not listed case by case."""

from __future__ import annotations

import pytest

from hearten.domain.language import analyze

FACTS = [
    "I failed the exam.",
    "I was late twice this week.",
    "I am tired.",
    "I'm tired.",
    "I failed my driving test again.",
    "I failed my first attempt at the bar exam.",
    "I failed at my diet this week.",
    "I made a mistake in the report.",
    "I made a few mistakes on the invoice.",
    "I made a big mistake at work today.",
    "I forgot my mum's birthday.",
    "I forgot to call my sister back.",
    "I lost my job last month.",
    "I missed the deadline.",
    "I missed the bus and was late.",
    "I got a bad grade in chemistry.",
    "I got a C on the essay.",
    "I messed up the presentation.",
    "I messed up the order at work.",
    "I screwed up the recipe.",
    "I broke my mother's vase.",
    "I'm late again.",
    "I'm behind on my work.",
    "I'm behind with the laundry.",
    "I'm so behind on emails.",
    "I'm way behind on my reading.",
    "I did badly in the interview.",
    "I did poorly on the test.",
    "I was wrong about the date.",
    "I got it wrong.",
    "I got the answer wrong.",
    "I let my team down today.",
    "It was my fault that we were late.",
    "It was my fault the milk went off.",
    "The crash was partly my fault.",
    "I'm a mess today.",
    "I'm a wreck after that night.",
    "I'm weak after the flu.",
    "I feel weak today.",
    "I'm exhausted.",
    "I'm sick with a cold.",
    "I am overweight.",
    "I've put on weight.",
    "I'm not good at maths.",
    "I'm bad at chess.",
    "I'm slow at typing.",
    "I keep making mistakes at work.",
    "I keep forgetting my keys.",
    "I keep losing my glasses.",
    "I keep missing the bus.",
    "I didn't get the job.",
    "I didn't finish the essay.",
    "I was rejected from the programme.",
    "I was fired on Friday.",
    "I failed to send the form in time.",
    "I burned the dinner.",
    "I crashed the car.",
    "I fell asleep in the meeting.",
    "I lost the match.",
    "I lost my temper with the kids.",
    "I shouted at my partner.",
    "I haven't exercised in weeks.",
    "I ate too much cake.",
    "I overslept.",
    "I'm unemployed.",
    "I'm single.",
    "I'm in debt.",
    "I'm struggling with the new job.",
    "I'm struggling at school.",
    "I'm failing chemistry.",
    "I'm failing my course.",
    "I am failing at keeping the house tidy.",
    "I fail a lot of exams.",
    "I'm not coping very well this week.",
    "I was useless at the party, I was so tired.",
    "I was a bit lazy this weekend.",
    "I was slow today.",
    "I feel stupid about missing the train.",
    "I had a stupid argument with my brother.",
    "I said something stupid in the meeting.",
    "I made a stupid mistake.",
    "I did something dumb.",
    "That was a dumb thing to do.",
    "I'm hopeless with directions.",
    "I'm useless at cooking.",
    "I'm rubbish at remembering names.",
]

JUDGEMENTS = [
    "I failed the exam because I'm stupid.",
    "I'm a failure.",
    "I'm such a failure.",
    "I failed the exam, I'm useless.",
    "I'm pathetic.",
    "I'm so stupid.",
    "I am an idiot.",
    "I hate myself.",
    "I'm disgusted with myself.",
    "I'm worthless.",
    "I don't deserve to be happy.",
    "I don't deserve my friends.",
    "I should have known better.",
    "I'm a terrible mother.",
    "I'm a bad friend.",
    "What an idiot I am.",
    "I can't do anything right.",
    "I ruin everything.",
    "I always mess everything up.",
    "I'm a waste of space.",
    "Nobody could ever love me.",
    "I'm not good enough.",
    "I'll never amount to anything.",
    "I'm a joke.",
    "What is wrong with me?",
    "I'm a mess.",
    "I'm such a mess, I always fail.",
    "I'm weak.",
    "I'm lazy.",
    "I'm so lazy and useless.",
    "I'm a disappointment to everyone.",
    "I let everyone down, as usual.",
    "I'm pathetic for crying.",
    "I'm the worst.",
    "I'm a loser.",
    "I'm so fat and ugly.",
    "I'm a burden.",
    "It's all my fault.",
    "Everything is my fault.",
    "I'm useless at everything.",
    "I fail at everything.",
    "I'm stupid for failing the exam.",
    "Stupid me.",
    "I'm so behind, I'm such a loser.",
]

HELD_OUT_FACTS = [
    "I flunked the maths test.",
    "I was twenty minutes late for the dentist.",
    "I'm worn out.",
    "I'm exhausted after the night shift.",
    "I dropped a plate at dinner.",
    "I got lost on the way to the venue.",
    "I bombed the audition.",
    "I didn't pass the theory test.",
    "I lost the keys to the shed.",
    "I made an error in the spreadsheet.",
    "I sent the email to the wrong person.",
    "I'm a wreck this morning.",
    "I'm a mess right now, the move was chaos.",
    "I'm behind on the rent.",
    "I keep failing at parallel parking.",
    "I'm useless with computers.",
    "I'm terrible at remembering birthdays.",
    "I'm rubbish with money.",
    "It was my fault the cake burned.",
    "I forgot the meeting again.",
    "I snapped at my son this morning.",
    "I scored badly on the quiz.",
    "I'm slow at learning languages.",
    "I feel stupid about the typo.",
]

HELD_OUT_JUDGEMENTS = [
    "I flunked the test, I'm so pathetic.",
    "I'm a complete idiot.",
    "I'm such a loser for being late.",
    "I can't stand myself.",
    "I'm utterly useless.",
    "I am worthless and lazy.",
    "I ought to be ashamed of myself, I'm disgusting.",
    "I don't deserve anyone's kindness.",
    "I should have known better, how stupid I am.",
    "I'm a hopeless case.",
    "I'm a terrible father.",
    "I'm an idiot with money.",
    "I'm stupid.",
    "I'm a failure at life.",
    "I always ruin everything.",
    "Why am I such a failure?",
    "I'm the stupidest person I know.",
    "I'm a mess, as always.",
]


@pytest.mark.parametrize("text", FACTS)
def test_a_plain_fact_is_not_harsh_self_talk(text):
    result = analyze(text)
    assert not result.self_critical, (text, result.score)


@pytest.mark.parametrize("text", JUDGEMENTS)
def test_a_judgement_of_oneself_is_harsh_self_talk(text):
    assert analyze(text).self_critical, text


def test_held_out_facts_and_judgements():
    false_alarms = [t for t in HELD_OUT_FACTS if analyze(t).self_critical]
    found = [t for t in HELD_OUT_JUDGEMENTS if analyze(t).self_critical]
    assert len(false_alarms) <= 1, false_alarms
    assert len(found) >= 0.9 * len(HELD_OUT_JUDGEMENTS), set(HELD_OUT_JUDGEMENTS) - set(found)


@pytest.mark.parametrize(
    ("fact", "verdict"),
    [
        ("I failed the exam.", "I failed the exam, so I'm a failure."),
        ("I'm useless at cooking.", "I'm useless at everything."),
        ("I'm a wreck after that night.", "I'm a wreck."),
        ("I keep making mistakes at work.", "I keep making mistakes."),
        ("It was my fault that we were late.", "It's all my fault."),
        ("I'm so behind on emails.", "I'm so behind, I'm such a loser."),
    ],
)
def test_the_judgement_not_the_event_tips_it(fact, verdict):
    assert not analyze(fact).self_critical and analyze(verdict).self_critical, (fact, verdict)
