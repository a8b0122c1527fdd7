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
    # "better off without me" in their lives, not at one event
    "Everyone would be better off without me in their lives.",
    "The team is better off without me on the project and everyone would be better off if I was dead.",
    "They'd all be better off without me for good.",
    "My family would be better off without me around.",
]

LOOK_ALIKES = [
    # a hurt told as an accident
    "Eczema flared so I keep scratching till it bleeds, not on purpose, the dermatologist gave me a new cream.",
    "Cut my hand again tonight dicing onions, deeper than last time, plaster and a cuppa.",
    "Sliced my thumb chopping carrots, bled everywhere, so clumsy.",
    "Burnt my wrist on the oven tray, honestly didn't mean to, just rushing.",
    "Nicked my finger peeling potatoes and it bled through two plasters.",
    # better off without the writer at one event
    "Everyone would be better off without me at that meeting honestly, I'll just send notes, less drama.",
    "The lads are better off without me at the match on Saturday, I'm rubbish at the moment.",
    "The choir is better off without me at tomorrow's rehearsal with this cough.",
    "They'd be better off without me on the call, I only slow it down.",
]

test_crisis_beside_an_accident_is_found, test_an_accident_or_one_event_is_not = crisis_tests(POSITIVES, LOOK_ALIKES)
