"""Trap cues written from what each trap is, in our own sentences, and the everyday look-alikes
they must leave alone."""

from __future__ import annotations

import pytest

from hearten.domain.language import analyze

FOUND = {
    "labeling": [
        "He's so inconsiderate.",
        "My boss is completely unreasonable.",
        "I am manipulative.",
        "She is such a drama queen.",
        "Honestly, I'm a problem.",
        "My ex was heartless.",
        "I'm not very attractive.",
        "My ideas aren't valuable.",
        "Am I not worth her time?",
        "I'm not good at anything.",
    ],
    "mind_reading": [
        "He didn't text back, he must be angry with me.",
        "Everyone at the party could tell I was nervous.",
        "They're all judging my outfit.",
        "I know what they're thinking about me.",
        "My coworkers are making fun of me.",
        "My girlfriend is hiding something from me.",
        "They are just pretending to like me.",
        "Everyone is tired of me by now.",
        "Does he not care what I say?",
        "Would anyone notice if I stopped coming?",
    ],
    "fortune_telling": [
        "Something will go wrong on the trip.",
        "He might leave me for someone else.",
        "The interview is going to go badly.",
        "I would never find another job like that.",
        "I won't get in, I know it.",
    ],
    "personalizing": [
        "She's in a bad mood, I must have upset her.",
        "I am the cause of the breakup.",
        "I made my sister cry.",
        "I failed my kids.",
        "I was the reason the evening went wrong.",
    ],
    "all_or_nothing": [
        "I missed one workout, so I've blown it.",
        "If I can't do it right there's no point doing it.",
        "I made one mistake, so I'm a failure.",
        "I missed a question, therefore it was a waste.",
        "My whole essay is worthless.",
        "This project is a disaster.",
        "My career is over.",
    ],
    "emotional_reasoning": [
        "I feel so anxious about flying, it must be dangerous.",
        "I feel sad, therefore I must be depressed.",
        "I just feel that nobody wants me around.",
        "I'm scared, so this must be a mistake.",
    ],
    "disqualifying_positive": [
        "They only said it was good to be nice.",
        "I passed, but anyone could have.",
        "My boss praised my work but she praises everyone.",
        "Sure I got the promotion, but only because nobody else applied.",
        "Getting an A doesn't mean I'm smart.",
    ],
    "comparing": [
        "Other people find this easy.",
        "All my friends are married and I'm still single.",
    ],
    "catastrophizing": [
        "This headache is probably something serious.",
    ],
    "should_statements": [
        "I must not let anyone see me upset.",
    ],
    "blaming": [
        "If my partner helped more, I wouldn't be so stressed.",
        "If my parents had listened to me, I would be fine now.",
        "My friends are treating me so harshly.",
        "My manager keeps treating me like a child.",
    ],
}


@pytest.mark.parametrize(("trap", "text"), [(t, s) for t, texts in FOUND.items() for s in texts])
def test_trap_cue_is_found(trap, text):
    assert trap in analyze(text).traps, (text, analyze(text).traps)


LOOK_ALIKES = [
    ("labeling", "He's crazy about football."),
    ("labeling", "She was awkward at first, then we laughed."),
    ("labeling", "My plan is crazy but it might work."),
    ("labeling", "I'm not good at chess."),
    ("labeling", "I'm not sure the shop is open."),
    ("labeling", "The dog is weird about the hoover."),
    ("mind_reading", "Does she like the blue one or the green one?"),
    ("mind_reading", "My sister is using the car today."),
    ("fortune_telling", "The train will leave at six."),
    ("fortune_telling", "I will hit the gym after work."),
    ("fortune_telling", "It might rain later."),
    ("fortune_telling", "I wouldn't find it funny either."),
    ("personalizing", "I failed the exam."),
    ("personalizing", "I failed my driving test today."),
    ("personalizing", "I made my sister a birthday cake."),
    ("all_or_nothing", "The film was rubbish, so we left early."),
    ("all_or_nothing", "My work is going well this month."),
    ("all_or_nothing", "My phone is useless in the rain."),
    ("blaming", "My grandmother is treating me to lunch."),
    ("blaming", "If my partner gets home early, we will cook together."),
    ("disqualifying_positive", "My friend likes everyone in her yoga class."),
    ("disqualifying_positive", "They only said it once, so I wrote it down."),
    ("comparing", "Other people find the new bus route handy."),
    ("emotional_reasoning", "I feel that the plan is a good one."),
    ("mind_reading", "The cat is staring at my sandwich."),
    ("mind_reading", "I know what they're planning for her birthday."),
    ("all_or_nothing", "I blew out the candles and we had cake."),
    ("all_or_nothing", "If I can't do it today I'll do it tomorrow."),
]


@pytest.mark.parametrize(("trap", "text"), LOOK_ALIKES)
def test_trap_look_alike_does_not_fire(trap, text):
    assert trap not in analyze(text).traps, (text, analyze(text).traps)


@pytest.mark.parametrize(
    "text",
    [
        "I made a mistake, therefore I'm a failure.",
        "If I don't get top marks, I'm a failure.",
    ],
)
def test_either_or_conclusion_leads_as_all_or_nothing(text):
    assert analyze(text).top_trap == "all_or_nothing", analyze(text).traps
