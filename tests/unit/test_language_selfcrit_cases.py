"""Self-criticism and its look-alikes: our own sentences, written from how people talk, not from a data set.

Self-criticism is harsh judgement aimed at oneself. Criticism of others, negation, what
someone else said, plain sadness and neutral self-description are not. The choices for
ambiguous cases are recorded in docs/language.md (Self-criticism).

TUNING_* are the sentences the rules were tuned on: every one must pass. HELD_OUT_* were
written before the rules were changed and never tuned on; they are a measured report.
"""

from __future__ import annotations

import pytest

from hearten.domain.language import analyze

LABELS = [
    "I'm such a loser.",
    "What an idiot I am.",
    "I am pathetic.",
    "I'm a mess.",
    "I'm a terrible mother.",
    "im so dumb",
    "i'm useless at everything",
    "I'm an idiot.",
    "I'm so stupid.",
    "I am a complete failure.",
    "I'm a total disaster.",
    "I'm such a screw-up.",
    "I'm a fraud and everyone will find out.",
    "I'm a horrible friend.",
    "I'm a lousy dad.",
    "I'm the worst sister ever.",
    "I'm a joke.",
    "I'm hopeless.",
    "I'm so incompetent it's embarrassing.",
    "I'm a coward.",
    "I'm an embarrassment.",
    "I'm weak and pathetic.",
    "I'm such a moron sometimes.",
    "I was so stupid to trust him.",
    "I've been such an idiot.",
    "I am a waste of space.",
    "I'm a disappointment to my parents.",
    "I'm a failure as a wife.",
    "I'm a bad person.",
    "I'm broken.",
    "I'm a hot mess.",
    "I'm such a klutz.",
    "I'm unlovable.",
    "I'm a freak.",
    "I'm an absolute idiot.",
    "I'm so lazy, I can't even get out of bed.",
    "I'm a selfish person.",
    "I'm too stupid to understand anything.",
    "I'm dumb as a rock.",
    "I'm an awful partner.",
    "I'm a shitty boyfriend.",
    "I'm the dumbest person in the room.",
    "I'm the most useless person alive.",
    "I'm literally the worst.",
    "I'm stupid stupid stupid.",
    "I'm a pathetic excuse for a human being.",
    "I'm an idiot for forgetting her birthday.",
    "I'm a useless mother.",
    "I'm too lazy to ever get anywhere.",
    "I'm an idiot who can't even boil an egg.",
    "Honestly I'm just a waste of oxygen.",
    "I'm incapable of doing anything right.",
    "I'm a pathetic loser.",
    "I'm the problem.",
    "I'm such a failure.",
    "I'm pathetic, honestly.",
    "I feel like such an idiot.",
    "I feel worthless.",
    "I'm a terrible person for thinking that.",
    "I'm so stupid it hurts.",
    "I'm such an idiot, I locked myself out again.",
    "I can't believe how stupid I am.",
    "I'm ashamed of how lazy I am.",
]

CONTEMPT = [
    "I hate myself.",
    "I can't stand myself.",
    "I disgust myself.",
    "I'm ashamed of who I am.",
    "I hate who I've become.",
    "I despise myself for being so weak.",
    "I'm disgusted with myself.",
    "I'm so ashamed of myself.",
    "I hate everything about myself.",
    "I really hate myself today.",
    "i fucking hate myself",
    "I loathe myself.",
    "I'm sick of myself.",
    "I'm so angry at myself for being so stupid.",
    "I hate the person I am.",
    "I can't forgive myself for being such a failure.",
    "I'm embarrassed of myself.",
    "I hate my body.",
    "I hate being me.",
    "I hate myself for being so lazy.",
]

GLOBAL_FAILURE = [
    "I ruin everything.",
    "I always mess things up.",
    "I can't do anything right.",
    "I never get anything right.",
    "I'm bad at everything.",
    "I mess up everything I touch.",
    "I screw everything up.",
    "I fail at everything.",
    "Everything I touch turns to shit.",
    "I always let everyone down.",
    "I ruin every relationship I have.",
    "I can never do anything right.",
    "I do everything wrong.",
    "I keep screwing up.",
    "I always screw it up.",
    "I'm always messing things up.",
    "I can't do anything properly.",
    "I can't get anything right.",
    "I mess up everything.",
    "Nothing I do is ever good enough.",
    "I suck at everything.",
    "I suck.",
    "I'm a failure at life.",
    "I'm useless.",
    "I make everything worse.",
    "I always ruin it.",
    "It's all my fault, I ruin everything.",
    "I will never be good at anything.",
    "I always say the wrong thing.",
    "I let everyone down.",
    "I ruin things.",
    "I make everyone miserable.",
    "It's always my fault.",
]

WORTHLESSNESS = [
    "I'm worthless.",
    "I don't deserve anything good.",
    "I'm not good enough.",
    "I'm not worth anyone's time.",
    "I don't deserve to be loved.",
    "I'll never be good enough.",
    "I'm not worth it.",
    "I don't deserve my friends.",
    "I'm not good enough for her.",
    "I'll never amount to anything.",
    "I'm nothing.",
    "I'm not worth loving.",
    "Nobody could ever love someone like me.",
    "I am nothing but a failure.",
    "I'm not smart enough for this job.",
    "I have nothing to offer anyone.",
    "I don't deserve to be happy.",
    "I'm never going to be good enough.",
    "No wonder nobody likes me.",
    "I'm not enough.",
    "I'll never be enough.",
    "I'm just not smart.",
]

RHETORICAL = [
    "What is wrong with me?",
    "Why am I like this?",
    "Why can't I do anything right?",
    "How could I be so stupid?",
    "what's wrong with me",
    "Why am I so stupid?",
    "Why do I always mess everything up?",
    "Why am I such a failure?",
    "How can I be this dumb?",
    "Why do I always ruin everything?",
    "Why can't I just be normal?",
    "Why am I so useless?",
    "What is even wrong with me?",
    "How could I have been so careless?",
]

COMPARISONS = [
    "Everyone is better than me.",
    "I'm the worst.",
    "Everyone else is smarter than me.",
    "I'm worse than everyone.",
    "Everybody is so much better at life than me.",
    "I'm worse than useless.",
]

BODY = [
    "I'm disgusting.",
    "I'm so ugly and fat.",
    "I'm hideous.",
    "I look disgusting.",
    "I hate my face.",
    "I'm a fat pig.",
    "i'm so gross",
    "I'm too fat for anyone to love me.",
    "I look so ugly in every photo.",
    "I hate the way I look.",
]

# Talking to oneself in the second person counts when the sentence says it is to oneself.
SELF_ADDRESS = [
    "I told myself I'm an idiot.",
    "I keep telling myself I'm worthless.",
    "I called myself stupid all day.",
    '"You idiot," I said to myself.',
    "You're so pathetic, I thought to myself.",
]

# Joking does not cancel the words: "lol" after a harsh label is still a harsh label.
CASUAL = [
    "i am sooo stupid",
    "I'm such an idiot lol",
    "lol im so dumb",
    "im literally so useless",
    "i'm a mess tbh",
    "ugh i'm so stupid",
    "ugh I'm the worst haha",
    "I'm sooo pathetic",
    "i hate myself lmao",
    "im such a failure",
    "i cant do anything right",
    "whats wrong with me",
    "I am SO stupid.",
    "ugh, stupid me.",
    "That was so stupid of me.",
    "I AM SUCH AN IDIOT",
]

# Someone else's insult becomes self-criticism when the writer agrees with it.
AGREEING = [
    "He said I'm lazy and he's right, I am lazy.",
    "She told me I was useless and she's right.",
    "My dad always said I was a failure, and he was right.",
]

TUNING_POSITIVES = (
    LABELS
    + CONTEMPT
    + GLOBAL_FAILURE
    + WORTHLESSNESS
    + RHETORICAL
    + COMPARISONS
    + BODY
    + SELF_ADDRESS
    + CASUAL
    + AGREEING
)

# "You're an idiot" with no sign it is said to oneself is read as said to someone else.
OTHERS = [
    "My boss is an idiot.",
    "He's so lazy.",
    "You're an idiot.",
    "You're so stupid, why did you do that?",
    "She is such a loser.",
    "They're all useless.",
    "My brother is a failure at everything.",
    "What an idiot he is.",
    "What is wrong with him?",
    "Why is he like this?",
    "My coworker ruins everything.",
    "He can't do anything right.",
    "She hates herself and I don't know how to help.",
    "My sister thinks she's worthless.",
    "My friend says she's ugly but she isn't.",
    "Everyone thinks he's a fraud.",
    "The referee was an idiot.",
    "The team is hopeless this season.",
    "Our manager is a terrible boss.",
    "He's the worst.",
    "my ex is a mess",
    "She's disgusting for saying that.",
    "You idiot, watch where you're going!",
    "Why can't he ever get anything right?",
    "How could you be so careless?",
    "Is he an idiot or what?",
    "He always ruins everything.",
    "She always says the wrong thing.",
    "He let everyone down.",
    "No wonder nobody likes him.",
]

NEGATED = [
    "I'm not stupid.",
    "I don't think I'm a failure.",
    "I'm no longer a mess.",
    "I am not a loser.",
    "I'm not worthless.",
    "I'm not an idiot, I just made a mistake.",
    "I don't hate myself anymore.",
    "I'm not useless, I'm tired.",
    "I don't believe I'm a bad mother.",
    "I'm not a failure, I'm learning.",
    "I used to think I was worthless.",
    "I'm far from hopeless.",
    "I refuse to call myself an idiot anymore.",
    "I stopped thinking I'm a burden.",
    "I'm not bad at everything, I'm good at cooking.",
    "I no longer hate myself.",
    "I don't feel worthless today.",
    "It's not my fault.",
    "I'm not the worst, I'm human.",
    "I'm not a bad person for needing rest.",
    "I don't think I ruin things.",
    "I'm not sure I'm ready.",
]

REPORTED = [
    "He said I'm lazy.",
    "She told me I was useless.",
    "My dad used to call me stupid.",
    "My mom thinks I'm worthless.",
    "Kids at school called me ugly.",
    "My ex kept saying I was a failure.",
    "The teacher told everyone I was hopeless.",
    "They think I'm an idiot, but I know I'm not.",
    "According to my brother, I'm a mess.",
    "He yelled that I'm pathetic.",
    "My boss implied I was incompetent.",
    "People say I'm too sensitive.",
    "My coach called me lazy in front of everyone.",
    "Everyone says I'm lazy, but I work hard.",
    "She said I'm a terrible friend, which isn't true.",
]

SAD_OR_TIRED = [
    "I feel sad.",
    "I'm tired.",
    "I'm stressed.",
    "I'm lonely.",
    "I'm exhausted after work.",
    "I'm so anxious about tomorrow.",
    "I feel down today.",
    "I'm overwhelmed.",
    "I'm heartbroken.",
    "I'm really struggling this week.",
    "I'm so sad I cried all night.",
    "I'm sick today.",
    "I'm bored.",
    "I'm scared.",
    "I hate Mondays.",
    "I hate my job.",
    "I hate my life.",
    "I'm sick of this rain.",
]

# A specific skill named plainly ("bad at chess") is description; harsh words or "everything" make it judgement.
NEUTRAL_SELF = [
    "I'm a teacher.",
    "I'm new here.",
    "I'm bad at chess but I enjoy it.",
    "I'm not great at drawing yet.",
    "I'm a mother of two.",
    "I'm a slow reader.",
    "I'm an introvert.",
    "I'm terrible at remembering names.",
    "I'm shy around new people.",
    "I'm a beginner.",
    "I'm a nurse on night shifts.",
    "I'm learning to cook.",
    "I'm short.",
    "I'm the oldest of five.",
    "I'm a big fan of jazz.",
    "I'm a total beginner at yoga.",
    "I'm bad at math.",
    "I'm bad with money.",
    "I'm the worst at bowling haha",
    "I'm a bad liar.",
    "I'm not enough of a gamer to get that joke.",
]

PAST_MISTAKES = [
    "I made a mistake at work.",
    "I failed my driving test.",
    "I forgot to call my mom.",
    "I messed up the recipe but it was still edible.",
    "I was late again this morning.",
    "I broke a glass.",
    "I lost my keys.",
    "I got a bad grade on the exam.",
    "I said something awkward at lunch.",
    "I failed the exam but I'll retake it.",
    "I ruined the cake, so we bought one.",
    "I made a stupid mistake on the report.",
]

KIND = [
    "I'm doing my best.",
    "I'm learning.",
    "I'm proud of myself.",
    "I'm enough.",
    "I'm good enough as I am.",
    "I deserve kindness.",
    "I forgive myself.",
    "I'm kind to myself today.",
    "It's okay that I made mistakes.",
    "I love myself.",
    "I'm allowed to rest.",
    "I'm worthy of love.",
    "Everyone makes mistakes, including me.",
    "I'm not perfect and that's okay.",
    "I used to hate myself, but now I'm kinder.",
]

OBJECTS = [
    "This code is stupid.",
    "The weather is awful.",
    "This movie is so dumb.",
    "The app is useless.",
    "My phone is a piece of garbage.",
    "The traffic was horrible.",
    "What a mess this kitchen is.",
    "This game is pathetic.",
    "The meeting was a disaster.",
    "What is wrong with my car?",
    "Why is the printer like this?",
]

QUESTIONS = [
    "Are you okay?",
    "Do you think I should call her?",
    "Am I supposed to bring anything?",
    "Why are you so upset?",
    "What's wrong with you? You seem quiet.",
    "Am I late?",
]

TUNING_NEGATIVES = (
    OTHERS + NEGATED + REPORTED + SAD_OR_TIRED + NEUTRAL_SELF + PAST_MISTAKES + KIND + OBJECTS + QUESTIONS
)


def casual(text: str) -> str:
    """How the same sentence is often typed: lowercase, no apostrophes."""
    return text.lower().replace("'", "")


def curly(text: str) -> str:
    return text.replace("'", "\u2019")


def _variants(texts: list[str]) -> list[str]:
    out = []
    for t in texts:
        out += [t, casual(t)] + ([curly(t)] if "'" in t else [])
    return list(dict.fromkeys(out))


@pytest.mark.parametrize("text", _variants(TUNING_POSITIVES))
def test_self_criticism_is_found(text):
    result = analyze(text)
    assert result.self_critical, text
    spans = [
        (s, e) for s, e, kind in (sp for sent in result.sentences for sp in sent.spans) if kind == "self_criticism"
    ]
    assert spans and all(0 <= s < e <= len(text) for s, e in spans), text


@pytest.mark.parametrize("text", _variants(TUNING_NEGATIVES))
def test_look_alikes_are_not_self_criticism(text):
    assert not analyze(text).self_critical, text


@pytest.mark.parametrize(
    ("text", "harsh"),
    [
        ("Well, I'm such an idiot.", "I'm such an idiot"),
        ("Honestly I disgust myself.", "I disgust myself"),
        ("What is wrong with me?", "What is wrong with me"),
        ("im so dumb lol", "im so dumb"),
        ("I'm too stupid to understand anything.", "I'm too stupid"),
        ("Ugh. I can't believe how stupid I am.", "how stupid I am"),
        ("Everything I touch turns to shit.", "Everything I touch turns to shit"),
        ('"You idiot," I said to myself.', "You idiot"),
        ("That was so stupid of me.", "so stupid of me"),
    ],
)
def test_span_is_the_harsh_words(text, harsh):
    result = analyze(text)
    found = [text[s:e] for sent in result.sentences for s, e, kind in sent.spans if kind == "self_criticism"]
    assert harsh in found, (text, found)


# Written before the rules were changed for this set, and never tuned on: a measured report.
HELD_OUT_POSITIVES = [
    "I'm such a pathetic mess.",
    "I am a horrible daughter.",
    "im an idiot",
    "Why am I always so useless?",
    "I hate how weak I am.",
    "I never do anything right.",
    "I'm a loser and I always will be.",
    "I mess everything up.",
    "I'm so disappointed in myself.",
    "I can't stand who I am.",
    "I'm so freaking dumb.",
    "I feel like a complete failure.",
    "I'm a terrible boss.",
    "everyone is smarter than me",
    "I'm such an embarrassment.",
    "I don't deserve her.",
    "I'm not good enough for anyone.",
    "I screwed up again, I always do.",
    "I'm unbearable.",
    "how could i be so dumb",
    "Why do I always fail?",
    "I'm too stupid for this.",
    "I'm a worthless friend.",
    "I'm just a burden.",
    "I ruin everything I touch.",
    "I'm so annoying, no wonder nobody likes me.",
    "I'm an awful human being.",
    "What is wrong with me honestly.",
    "I'm pathetic lol",
    "I despise who I am.",
    "I'm such a failure at everything.",
    "I'm the worst friend ever.",
    "I'm gross and ugly.",
    "I'm so lazy it's pathetic.",
    "I'll always be a failure.",
    "I hate myself so much.",
    "i'm such a dumbass",
    "I'm a mess and I ruin everything.",
    "I can't do anything right, ever.",
    "I'm a fraud.",
]

HELD_OUT_NEGATIVES = [
    "My roommate is so lazy.",
    "I'm not a loser.",
    "She said I was pathetic.",
    "I feel anxious today.",
    "I'm a student.",
    "I failed my exam.",
    "I'm doing okay.",
    "This computer is useless.",
    "Are you feeling better?",
    "He is such an idiot.",
    "My teacher called me lazy.",
    "I'm not worthless, I'm just struggling.",
    "I'm tired of this weather.",
    "I'm bad at tennis.",
    "I made a mess in the kitchen.",
    "I'm proud of what I did.",
    "What's wrong with the wifi?",
    "They're so stupid.",
    "I don't think I'm stupid.",
    "I'm sad about my grandma.",
    "I'm a night owl.",
    "My friend thinks she's ugly.",
    "The food was disgusting.",
    "I'm learning to be kinder to myself.",
    "He told me I'm a failure.",
    "I'm no longer a burden to anyone.",
    "I forgot my umbrella.",
    "I'm nervous about the interview.",
    "I hate this song.",
    "You're the worst, dude.",
    "I lost the game.",
    "I'm grateful for my friends.",
    "Why is my boss like this?",
    "I'm new at this job.",
    "The plan was stupid.",
    "My kids drive me crazy.",
    "I'm sorry I was late.",
    "I'm a vegetarian.",
    "I'm okay with being imperfect.",
    "She's a terrible driver.",
]

HELD_OUT_MIN_RECALL = 0.85
HELD_OUT_MAX_FALSE_POSITIVE_RATE = 0.1


def held_out_scores() -> tuple[float, float]:
    """(recall on HELD_OUT_POSITIVES, false-positive rate on HELD_OUT_NEGATIVES)."""
    caught = sum(analyze(t).self_critical for t in HELD_OUT_POSITIVES)
    false_alarms = sum(analyze(t).self_critical for t in HELD_OUT_NEGATIVES)
    return caught / len(HELD_OUT_POSITIVES), false_alarms / len(HELD_OUT_NEGATIVES)


def test_held_out_set_is_its_own():
    assert len(HELD_OUT_POSITIVES) >= 40 and len(HELD_OUT_NEGATIVES) >= 40
    tuned = set(TUNING_POSITIVES) | set(TUNING_NEGATIVES)
    assert not tuned & (set(HELD_OUT_POSITIVES) | set(HELD_OUT_NEGATIVES))


def test_held_out_score():
    recall, false_positive_rate = held_out_scores()
    assert recall >= HELD_OUT_MIN_RECALL, recall
    assert false_positive_rate <= HELD_OUT_MAX_FALSE_POSITIVE_RATE, false_positive_rate
