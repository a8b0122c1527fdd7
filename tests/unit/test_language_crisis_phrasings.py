"""More ways of saying the same crisis families, in plainer and looser words: a second set of our
own, written after the family cases, so rules are tried on wording they were not first built for."""

from __future__ import annotations

import pytest

from hearten.domain.language import analyze

CRISIS = [
    "I've been on forums reading about overdoses.",
    "I checked how much of my sertraline would be fatal.",
    "I asked the internet what the quickest way out is.",
    "I keep working out what dose would do it.",
    "I've been researching how to make it look like an accident.",
    "They'd all cope better if I was out of the way.",
    "My husband would be free to find someone better if I died.",
    "Things would run more smoothly at home without me in it.",
    "My mum wouldn't have to worry any more if I was gone.",
    "Sometimes I hope I just won't wake up.",
    "I'd be okay with not being here tomorrow.",
    "I wouldn't care if a bus hit me.",
    "If I got hit crossing the road I wouldn't mind.",
    "I just want to go to sleep and not come back.",
    "I've been stockpiling my mum's tablets.",
    "I sat in the car holding the bottle of pills for an hour.",
    "I bought some rope and hid it under my bed.",
    "I've got a box of blades in my bag.",
    "I've set the date for next Tuesday.",
    "I know the day and how I'll do it.",
    "If things aren't better by my birthday, that's it for me.",
    "Tonight is the night I end it.",
    "I don't think I'll live past this year.",
    "I'm not going to be around for Christmas.",
    "I don't see myself making it to the end of the year.",
    "I wrote my kids a letter to open when I'm gone.",
    "I've given my cat to my sister so she's looked after when I'm not here.",
    "I'm making sure my bills are paid so nobody is left with a mess after I die.",
    "I told my best friend I love her, because I won't get another chance.",
    "I've started giving my clothes away, I won't need them where I'm going.",
    "I've been biting my arm until it bleeds.",
    "I pressed the hot iron against my leg on purpose.",
    "I keep pulling my hair out to punish myself.",
    "I started scratching myself with a safety pin again.",
    "I want to feel the blade again.",
    "I walked into the lake last night and wanted to keep going.",
    "I keep thinking about driving off the road on the way home.",
    "I thought about veering into the lorry on the motorway.",
    "I want to jump in front of the next train.",
    "I stood at the edge of the platform for a long time.",
    "I'm going to take all my tablets tonight.",
    "I've made up my mind, I'm ending it.",
    "I'm finally going to do it.",
    "I just want it to be over, for good.",
    "Nobody would even show up to my funeral.",
    "If I vanished tomorrow nobody would realise.",
    "I feel like a burden on everyone I know.",
    "Everyone would be better off if I wasn't born.",
    "I keep thinking the world doesn't need me in it.",
    "I looked into how much insulin is lethal.",
    "I'd welcome not waking up.",
    "I wouldn't mind being hit by a car.",
    "I went and bought sleeping pills to take all at once.",
    "I've chosen the spot by the river.",
    "I'm not going to see my next birthday.",
    "I gave my savings to my brother, I won't be needing it.",
    "I nearly walked into the river tonight.",
    "I'll be gone soon and everyone will be better off.",
    "I'm getting rid of my stuff so no one has to later.",
]

LOOK_ALIKES = [
    "I've been on forums reading about gardening.",
    "I checked how much sertraline I'm meant to take with my doctor.",
    "The team would cope better without me this week while I'm off sick.",
    "My husband would be free to go to the match if I stayed home with the kids.",
    "I hope I wake up early enough for the run.",
    "I bought some rope for the climbing wall.",
    "I've set the date for the party.",
    "I wrote my kids a letter for their first day at camp.",
    "I've given my cat to my sister while I'm travelling.",
    "I'm making sure my bills are paid before the holiday.",
    "I'm giving my clothes away to the charity shop.",
    "I bite my nails when I'm nervous.",
    "I burned my leg on the iron while ironing, ouch.",
    "I walked into the lake up to my knees with the kids.",
    "I keep thinking about driving to the coast this weekend.",
    "We stood at the edge of the platform waiting for the train.",
    "I'm going to take all my tablets with food from now on.",
    "I'm finally going to do it: I've booked the driving test.",
    "I just want this week to be over.",
    "Nobody showed up to my book launch, which stung.",
    "In the show, she hides the pills under her bed.",
    "Our club raised money for a mental health charity.",
    "A character in my novel writes a letter before she dies.",
    "My grandmother left a letter for us when she died last year.",
    "My son told me a classmate self-harms and asked how to help.",
    "When I was seventeen I wanted to die, but I've been well for years.",
    "The GP asked whether I'd had any thoughts of suicide and I said no.",
    "She overdosed in the film and the ending was so sad.",
    "I work on a crisis text line, and last night was busy.",
    "I looked up how many calories are in a banana.",
    "I'm getting my affairs in order before the move.",
    "I wrote a goodbye note to my old team.",
    "I bought sleeping pills for the long flight.",
    "I've chosen the spot by the river for our picnic.",
    "In the novel the hero plans his own death.",
    "Our teacher talked about suicide prevention today.",
    "The doctor asked if I want to hurt myself and I said no.",
    "I look forward to the end of term.",
]


@pytest.mark.parametrize("text", CRISIS)
def test_looser_crisis_wording_is_found(text):
    assert analyze(text).crisis, text


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_looser_look_alikes_are_not_crisis(text):
    assert not analyze(text).crisis, text
