"""Hurts told as accidents ("not on purpose", cut while chopping food) and "better off without me" said of one
event ("at that meeting"), beside the crisis sentences that share their words. Our own sentences, from the
kinds crisis_dev_8.txt raised false alarms on."""

from __future__ import annotations

from tests.support.crisis_cases import crisis_tests

POSITIVES = [
    # harm on purpose, or a "not by accident", stays crisis
    "I cut my arm on purpose tonight.",
    "Cut my arm again, not by accident.",
    "Sliced my thigh tonight, needed to feel something.",
    "I keep scratching till it bleeds on purpose because I deserve it.",
    "Burnt my wrist with the lighter again tonight, I wanted to feel it.",
    # an accident's words near harm that is not one (a reviewer's sentences)
    "I keep thinking about slicing my wrists open.",
    "I've been carving words into my arm with a razor every night.",
    "Chopping the veg tonight I cut myself and then I kept cutting, it felt good.",
    "The first cut was not on purpose, the next ten were.",
    "I'm not sure it wasn't on purpose, I cut deeper than I ever have.",
    "I took all the pills last night and I didn't mean to wake up this morning.",
    "I didn't mean to survive the overdose and I'm going to try again.",
    "I didn't mean to tell anyone, but I've been cutting myself every day.",
    "In my first weeks here I've wanted to kill myself every single day.",
    "After his birthday I'll do it, the paracetamol.",
    "Once the exams are over I'll do it, with the belt from my dressing gown.",
    # "better off without me" in their lives, not at one event
    "Everyone would be better off without me in their lives.",
    "The team is better off without me on the project and everyone would be better off if I was dead.",
    "They'd all be better off without me for good.",
    "My family would be better off without me around.",
    "Everyone would be better off without me on this trip and every one after, I should just disappear.",
    "Honestly the team would be better off without me on the project, and my wife would be better off without me too.",
]

LOOK_ALIKES = [
    # a hurt told as an accident
    "Eczema flared so I keep scratching till it bleeds, not on purpose, the dermatologist gave me a new cream.",
    "Cut my hand again tonight dicing onions, deeper than last time, plaster and a cuppa.",
    "Sliced my thumb chopping carrots, bled everywhere, so clumsy.",
    "Burnt my wrist on the oven tray, honestly didn't mean to, just rushing.",
    "Nicked my finger peeling potatoes and it bled through two plasters.",
    "I cut my arm while chopping carrots, not on purpose.",
    # better off without the writer at one event
    "Everyone would be better off without me at that meeting honestly, I'll just send notes, less drama.",
    "The lads are better off without me at the match on Saturday, I'm rubbish at the moment.",
    "The choir is better off without me at tomorrow's rehearsal with this cough.",
    "They'd be better off without me on the call, I only slow it down.",
]

test_crisis_beside_an_accident_is_found, test_an_accident_or_one_event_is_not = crisis_tests(POSITIVES, LOOK_ALIKES)
