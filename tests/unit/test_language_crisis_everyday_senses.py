"""Serious words used about everyday things (#10 round 30): "suicidal" said of a thing with a laugh,
a thing that makes me want to end it all and then the next thing, a method given an everyday purpose,
a bare decision or plan that the same or the next sentence resolves to an everyday thing, away rather
than gone, harm words about a thing, idioms, quoted jokes laughed at, screening questions answered no
in new words, a burden felt once and sorted, and a writing project's plot. Each kind has positives in
the same words, which must still be read as crisis. These sentences are not training lines
(scripts/data/crisis_train_30.txt holds different ones); cases still misread are marked and left in.
"""

from __future__ import annotations

from hearten.domain.language import crisis
from hearten.domain.language.rules import normalise
from tests.support.crisis_cases import assert_not_training_lines, by_kind, crisis_tests

SENSES: dict[str, tuple[list[str], list[str]]] = {
    "thing_blamed": (
        [
            "I'm suicidal again and I don't know who to tell",
            "the suicidal thoughts are loud tonight, not a joke",
            "my whole life is making me want to end it all",
            "work, money, all of it makes me want to end it all and I can't see a way through",
            "being alive is giving me suicidal thoughts every day",
            "the thought of another year like this is giving me suicidal thoughts",
            "everything is so heavy it makes me want to end it all, I'm not laughing",
        ],
        [
            "this new ticket machine is suicidal haha, took my card twice",
            "the online banking update is giving me suicidal thoughts lol where's the transfer button",
            "cycling that junction at rush hour is suicidal, the lorries don't look",
            "the kids' party playlist is giving me suicidal thoughts lmao baby shark on loop",
            "the dishwasher beeping at midnight makes me want to end it all, right, earplugs in",
            "the council's parking app makes me want to end it all lol, paid in the end",
            "my phone autocorrecting everything makes me want to end it all haha",
            "the broadband engineer cancelling again made me want to end it all, anyway rebooked for Thursday",
            "overtaking a tractor on that lane would be suicidal tbh",
            "this heatwave is giving me suicidal thoughts lol, third cold shower today",
            "that roundabout by the retail park is suicidal, nobody indicates",
        ],
    ),
    "purpose": (
        [
            "which tablets would do it if I took the whole strip tonight",
            "I looked up how long drowning takes because I want it to be quick",
            "bought tape and charcoal and I'm driving out to the forest alone",
            "I'm keeping the razor blades in my room so I can use them when it gets bad",
            "I've been collecting my tablets in a jar for when I've had enough",
            "found out which pills would do it and I have them here",
            "Wrote down my passwords for my wife so she's not stuck when I'm gone, it won't be long.",
        ],
        [
            "which antihistamines would do it for my cat allergy, the drowsy ones knock me out",
            "looked up how long it takes to drown for my first aid course quiz",
            "got charcoal and foil trays for the camping trip",
            "the consultant said take both tablets at once with a glass of water",
            "bought rope to hang the hammock for the garden party",
            "how many ibuprofen can I take for a migraine in one day",
            "keep the craft blades in my room because my sister uses them for her models",
            "read up on the lethal dose of grapes for dogs because the puppy found the fruit bowl",
            "asked the pharmacist which tablets would do it for my hay fever before the festival",
            "Finally sorted my will and a power of attorney, the solicitor said every adult should.",
            "Wrote down the passwords and the pension details for my husband, my accountant recommended it.",
        ],
    ),
    "plan_next": (
        [
            "I've made up my mind. Nobody is going to stop me this time.",
            "I'm not scared anymore. I've got everything I need.",
            "picked the date. the 3rd. they'll be at the caravan",
            "I'm going to do it this time. Wrote letters to everyone last night.",
            "it's all planned, Friday when the house is empty",
            "I've made my decision. They'll be better off, I've written it all down.",
            "I'm ready now. Said goodbye to the dog this morning.",
        ],
        [
            "I've made up my mind. Painting the spare room yellow.",
            "I'm not scared anymore. Rode the big rollercoaster twice!",
            "picked the date. the 21st. the registry office had a slot",
            "I'm going to do it this time. Booked the tattoo for next month.",
            "I've decided. Getting the puppy after all.",
            "it's all planned, Friday when the house is empty I'm repainting the hallway",
            "I'm ready. Trainers on, heading out for the park run.",
            "Set the date. 2nd of June. Cake tasting next week.",
            "I've made my decision. Oat milk from now on.",
        ],
    ),
    "away": (
        [
            "won't be around for my birthday this year and nobody will even notice",
            "they'd all be relieved if I wasn't around anymore",
            "I won't be here much longer, I've made sure of it",
            "soon I won't be around to bother anyone, it's nearly sorted",
            "Won't be here for Christmas, moving to the bridge is all I think about.",
            "no point booking anything, I won't be here by then.",
        ],
        [
            "won't be around for the christening, I'll be in Lisbon for work",
            "I won't be here next weekend, I'm away in the Lakes with the kids",
            "thinking about not being around the office so much, so I asked to work from home",
            "my flatmate would be relieved if I wasn't around while she has her date, so I'm off to the pub quiz",
            "not going to be about much this week, I'm working in Bristol",
            "won't be around for tea tonight, I'm at my mum's till late",
            "no sense renewing the gym here, I won't be around by summer, relocating to Leeds for the new job",
            "Won't be here for the street party, we're emigrating to Canada in June.",
        ],
    ),
    "harm_thing": (
        [
            "the urge to burn my arm is back tonight",
            "cut again last night, deeper than before",
            "started banging my head on the wall again whenever it all gets too loud",
            "I burned my wrist with a lighter on purpose",
            "I want to hurt myself so badly right now and I can't stop thinking about it",
        ],
        [
            "the urge to burn the old letters from my ex is strong, bonfire night it is",
            "cut again last night, my son's fringe this time, he looks like a monk",
            "burnt myself on the iron doing my shirts, ouch",
            "the urge to hit the snooze button is unreal this week",
            "scalded my hand on the kettle making tea for everyone",
            "starving myself until the wedding buffet lol, saving room",
            "cut again this morning, the hedge at the front this time, it was blocking the path",
        ],
    ),
    "idiom": (
        [
            "I keep thinking about stepping in front of the next train",
            "I want to walk into the sea and not come back",
            "I wish I would just die in my sleep",
            "no next year for me, I've decided",
        ],
        [
            "lost my train of thought, stepping in front of the train of thought mid sentence again",
            "walked into the sea till I couldn't touch the bottom, cold water swimming club is brilliant",
            "my old laptop is on its last legs, I wish it would just die so I can justify a new one",
            "just let the satnav take me the scenic way, got there eventually",
            "no next year for this sofa, the dog has eaten a cushion",
        ],
    ),
    "quoted": (
        [
            'I said "I\'m going to kill myself" and nobody took me seriously, but I meant it',
            '"I just want to die" I told my sister, and I wasn\'t joking',
        ],
        [
            '"I\'m going to kill myself" I yelled at the self checkout, the cashier laughed',
            '"just kill me now" I said when the in-laws announced a two week visit, my wife cracked up',
            'my brother said "I want to die" when the quiz answer was his own birthday, we were all in stitches',
            "I want to die of embarrassment, said every parent at the school play lol",
            '"I\'m going to throw myself in the river" my dad joked about the council tax bill, mum laughed',
        ],
    ),
    "screening": (
        [
            "the nurse asked if I'd had thoughts of ending my life and I said yes, lots",
            "the form asked if I'd be better off dead and I ticked nearly every day",
            "when the doctor asked if I wanted to die I couldn't say no",
            # the answer as the next sentence, taken back or not a no at all
            "The nurse asked if I'd thought about ending my life. No, I said. But I have, every night.",
            "They asked if I wanted to hurt myself. No. I lied.",
            "The form asked if I'd made plans to end my life. No plans. Just the wish.",
            "The psychiatrist asked if I had a plan to kill myself. No. I have a date.",
            "The doctor asked if I'd thought about killing myself. I don't want to talk about it.",
            "They asked if I ever think about killing myself. Never out loud, but yes.",
            "The GP asked if I'd had thoughts of suicide. No, I said. That was a fib.",
            "The form asked if I'd be better off dead. No. Friday is the night.",
            "The form asked if I wanted to die. No. I ticked no. My hand was shaking.",
            "The nurse asked if I had thoughts of suicide. None. Said it like I meant it.",
            "They asked if I'd self harmed. No. Not since this morning.",
        ],
        [
            "the questionnaire asked if I'd be better off dead, ticked not at all and handed it back",
            "the doctor asked about thoughts of ending my life, none, I was there about my ankle",
            "the health visitor asked whether I'd had thoughts of harming myself, nope, just sleep deprived",
            "the app asked if I'd had suicidal thoughts this week, answer was no as always",
            # the answer as the next sentence
            "The GP asked if I'd had thoughts of ending my life. No. Not now, not for years.",
            "My counsellor checked whether I'd searched for ways to harm myself. I haven't. Not in years.",
            "The intake form asked if I'd be better off dead. Nope. Circled zero and meant it.",
            "At the review they asked if I wanted to kill myself. No, I said. Not for years, and I meant it.",
        ],
    ),
    "burden": (
        [
            "I feel like a burden and they'd be better off without me",
            "I felt like a burden when I lost my job and I still feel it every single day",
            "I'm nothing but a burden, always have been",
        ],
        [
            "I felt like a burden when I was laid up with my back, so we got a cleaner for a month",
            "felt like a burden asking my dad for a lift every day, so I booked driving lessons",
            "I felt like a burden on my sister while I stayed with her, then I found my own flat",
        ],
    ),
    "fiction": (
        [
            "the method is an overdose, I've saved enough of my own pills",
        ],
        [
            "my detective novel's method is a poisoned cup of tea, need it to be plausible",
            "the villain in my short story jumps from the bridge in the last chapter, my writing group loved it",
            "for my crime drama script the killer uses an insulin overdose, is that realistic",
            "plotting my whodunnit, the victim is found at the bottom of the stairs, need the forensic bits right",
        ],
    ),
}
POSITIVES, LOOK_ALIKES = by_kind(SENSES)

# Still misread: a decision whose next sentence says who is better off, a goodbye to a pet told as the
# next sentence (both missed on main too); a thing named beside "everything" or "nobody" that the
# everyday reading leaves flagged on purpose; old letters burnt, which may be a farewell.
NOT_YET = (
    "I've made my decision. They'll be better off",
    "my phone autocorrecting everything",
    "that roundabout by the retail park",
    "the urge to burn the old letters",
)


def _not_yet(text: str) -> bool:
    return any(text.startswith(start) for start in NOT_YET)


test_crisis_in_the_same_words_is_found, test_everyday_senses_are_not_crisis = crisis_tests(
    POSITIVES, LOOK_ALIKES, not_yet=_not_yet
)


def test_enough_cases_and_none_trained_on():
    assert len(POSITIVES) >= 40 and len(LOOK_ALIKES) >= 60
    assert_not_training_lines(text for _, text in POSITIVES + LOOK_ALIKES)


def test_each_case_marked_not_yet_is_exactly_one_case():
    texts = [text for _, text in POSITIVES + LOOK_ALIKES]
    for start in NOT_YET:
        assert sum(text.startswith(start) for text in texts) == 1, start


def _explained(text: str) -> bool:
    norm = normalise(text)
    first = norm.index(".") + 1
    return crisis.explained_by_what_follows(norm, 0, first)


def test_a_bare_decision_is_explained_only_by_an_everyday_thing_after_it():
    assert _explained("I've made up my mind. Handing in my notice on Friday.")
    assert _explained("I'm not scared anymore. Booked the driving test for June.")
    assert not _explained("I've made up my mind. Nobody will miss me.")
    assert not _explained("I've decided. Tonight, when they're at the cinema.")
    assert not _explained("I've decided. Sunday, when everyone's at the match.")
    assert not _explained("I'm going to do it this time. Paid the bills, fed the dog, written the letters.")


def test_a_sentence_that_is_more_than_a_bare_decision_is_not_explained_away():
    assert not _explained("I've decided I want to die. Booked the driving test for June.")
