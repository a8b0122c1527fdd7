"""Everyday wording of the families that were weakest on fresh wording: a plan told by its when
and where, preparing so nobody has to, a future not counted on, the means kept or gathered, intent,
method asked in plain words, water, heights and roads; each with look-alikes in the same words (a
party once the parents fly out, a pet rehomed for a landlord, a cliff photo, a lonely-but-coping
week). These cases are not training sentences for the second opinion
(scripts/data/crisis_train_20.txt holds different ones).
"""

from __future__ import annotations

import pytest

from hearten.domain.language import analyze

KINDS: dict[str, tuple[list[str], list[str]]] = {
    "plan": (
        [
            "once my parents fly out on thursday i'm going to end it",
            "i've worked out the day, it'll be the night before my birthday",
            "after the exams finish i won't be here, that's the plan",
            "when everyone's asleep tonight i'm going to do it",
            "i've chosen the place and the time, saturday by the canal",
            "the kids go to their nan's next weekend and that's when i'll go",
            "thursday night when he's on a late, i'll have the house and i'll do it then",
            "it'll be after the funeral, once everyone's gone home",
            "when the clocks go back, that's my date",
            "i'm holding on till my birthday and then it's over",
            "i've picked the motorway bridge near junction 9 and a time",
            "there's a spot in the forest nobody goes, i'm going there saturday and not coming home",
            "i've booked a hotel room for friday, just for me, and i won't be checking out",
            "after my last shift on sunday i'm going to go to the cliffs",
            "the plan's for when she takes the kids to her mum's at half term",
            "i know the time, i know the place, i just have to wait now",
            "going to wait until after the funeral so nobody has two to deal with",
        ],
        [
            "once my parents fly out on thursday i'm having a party",
            "after the exams finish i'm going to sleep for a week",
            "i've chosen the place and the time for the first date, saturday by the canal",
            "the kids go to their nan's next weekend so we're going to paris",
            "thursday night when he's on a late, i'll have the house to myself for a bath",
            "when the clocks go back, that's my date to start running in the mornings",
            "there's a spot in the forest nobody goes, we camp there every summer",
            "i'm holding on till my birthday to open the present",
            "booked a hotel room for friday just for me, a spa night",
            "after my last shift on sunday i'm going to the cliffs for a walk",
            "the plan's for when she takes the kids to her mum's, we'll redo the bathroom",
        ],
    ),
    "preparatory_acts": (
        [
            "sorting out all my accounts so nobody has to after i'm gone",
            "i've written goodbye notes to my mum and my sister",
            "been giving my records away to mates, won't need them where i'm going",
            "rehomed my dog today so she's looked after when i'm not around",
            "paid off my overdraft so my family aren't left with anything after",
            "cancelled my phone contract, i won't need it after this week",
            "i've rehomed the rabbits and cancelled the vet plan, there's nothing left to sort",
            "left my bank details and a note for my dad in the kitchen drawer, for after",
            "put everything in order this week so it's simple for them when i'm gone",
            "i've returned my library books and paid every bill, last jobs done",
            "given my plants to the neighbour and told her i won't be back",
            "i've recorded a video for my kids to watch when they're older, without me",
            "emptied my savings into my sister's account, she'll need it more",
            "finished writing the letters tonight, one for each of them",
            "spent the evening writing everyone a card, they'll get them after",
            "i've put a note on the fridge with the vet's number and who to call, just in case i'm not here",
            "cleared my browser, shredded my journals, left the flat spotless",
            "i've handed my notice in and given away my work stuff, i won't need any of it where i'm going",
            "signed the car over to my brother today, told him i won't be driving again",
            "let my landlord know the room will be free from the first, i won't be moving anywhere",
            "finally made a will and wrote the goodbye, it feels settled now",
        ],
        [
            "sorting out all my accounts before the new tax year",
            "rehomed my dog today because the landlord won't allow pets",
            "cancelled my phone contract, switching to a cheaper one",
            "been giving my records away to mates, i'm going digital",
            "rehomed the rabbits because my daughter lost interest",
            "left my bank details for my dad so he can pay in my birthday money",
            "put everything in order for the audit next week",
            "returned my library books and paid the fine",
            "given my plants to the neighbour while we're on holiday",
            "recorded a video for my kids' school assembly",
            "finished writing the wedding invitations tonight",
            "spent the evening writing everyone christmas cards",
            "put a note on the fridge with the vet's number for the cat sitter",
            "signed the car over to my brother today, i've bought a new one",
            "made a will at last, the solicitor was lovely",
            "shredded my old bank statements and tidied the office",
        ],
    ),
    "foreshortened_future": (
        [
            "no point planning the summer, i won't be alive for it",
            "don't bother saving me a seat at christmas, i won't be there",
            "i won't need new shoes for winter, i won't be here",
            "i can't see myself making it to thirty, not even close",
            "i'm not going to be around for the results, so whatever",
            "everyone keeps talking about the holiday next year and i just know i won't be on it",
            "i won't need my winter clothes, i'm not making it that far",
            "stopped renewing things, what's the point, i'm not staying",
            "i don't see a future with me in it",
            "there's no point me starting anything new, i'm not going to be around",
            "i've told them to give my place on the course to someone who'll finish it",
            "they can have my summer shifts, i won't be here to work them",
        ],
        [
            "no point planning the summer, the weather here is so unpredictable",
            "i won't need new shoes, these are still fine",
            "can't see myself making it to the gym before work tomorrow",
            "i won't be around for the results, i'll be in spain",
            "everyone keeps talking about the holiday next year and i can't afford it",
            "stopped renewing my magazine, never read it",
            "i don't see a future with him in it",
            "there's no point me starting a new series, i'm too busy",
            "they can have my summer shifts, i'm off to canada",
        ],
    ),
    "means_access": (
        [
            "i've been hoarding my pills in a box under the bed",
            "kept back a month of my tablets, just in case i need them for that",
            "bought a rope today and hid it in my wardrobe",
            "i have enough tablets now to make sure i don't wake up",
            "i've got my insulin pens and i know how much it'd take",
            "there's enough in the medicine cabinet to do it and i keep checking it's still there",
            "i bought a length of hose and some tape today, it's in the garage",
            "i've had the blade in my pencil case for weeks now, ready",
            "i've kept the pills from my last prescription, they're in my bag right now",
            "i've checked the train times for the fast ones that don't stop",
            "the bridge near work has a low railing, i've looked",
            "i have a full box of razor blades and nothing stopping me",
        ],
        [
            "hoarding tins and candles in case the power goes in the storm",
            "bought a rope today for the climbing wall",
            "i keep spare tablets in my bag in case my migraine comes back",
            "i've got my insulin pens and a snack in case my sugar drops",
            "there's enough in the medicine cabinet for a first aid course",
            "bought a length of hose for the garden and some tape for the leak",
            "i've checked the train times, the fast ones don't stop at our station",
            "the bridge near work has a low railing, someone should report it",
            "bought a full box of razor blades for shaving my head",
        ],
    ),
    "intent": (
        [
            "i've decided, i'm ending my life this weekend",
            "tonight's the night, i'm not waking up tomorrow",
            "i'm gonna do it this time, im done with living",
            "i'm definitely going to kill myself, i've made my mind up",
            "not long now. i'm going and i've stopped being scared of it",
            "i'm leaving this world tonight and i'm calm about it",
            "it's decided, i'm gonna end it after work tomorrow",
            "i'll be gone by sunrise, i just wanted someone to know",
        ],
        [
            "i've decided, i'm ending my subscription this weekend",
            "tonight's the night, the finale is on",
            "i'm gonna do it this time, i'm applying for that job",
            "i'm leaving this job tonight and i'm calm about it",
            "i'll be gone by sunrise, early flight to malaga",
        ],
    ),
    "method": (
        [
            "how many tablets would it take to not wake up",
            "been googling how to end my life without it hurting",
            "what's the quickest way for me to die",
            "looking up how high a bridge has to be to die from a fall",
            "how long does it take to bleed out",
            "would jumping off the bridge in town kill me or just hurt me",
            "can i overdose on my mum's heart pills",
            "what would happen if i took all my lithium at once",
            "how long would i have to stay under the water",
            "i've been reading about which medications shut your organs down",
            "is jumping from the fourth floor enough to die",
        ],
        [
            "how many tablets of ibuprofen can i take in a day",
            "been googling how to end my lease early",
            "what's the quickest way for me to get to the station",
            "how long does it take to bleed the radiators",
            "would jumping off the wall hurt my ankle",
            "what would happen if i took my lithium with ibuprofen",
            "i've been reading about which medications interact with grapefruit",
            "is the fourth floor high enough for a view of the river",
        ],
    ),
    "water_heights_traffic": (
        [
            "i think about driving my car into the river on the way home",
            "keep wanting to step in front of a train on my commute",
            "i stood at the edge of the cliff and wanted to jump",
            "i want to walk into the sea and let it take me",
            "i want to drive into the sea at the end of the slipway and let the tide take the car",
            "the level crossing near me, i keep thinking about just waiting on it",
            "i almost didn't brake at the lights today, on purpose",
            "i want to walk under a bus so i don't have to be here",
        ],
        [
            "i think about driving to the river on the way home, it's so calm",
            "the train was cancelled again on my commute",
            "i stood at the edge of the cliff and took a photo",
            "we walked into the sea for a charity dip on boxing day",
            "the level crossing near me is always down when i'm late",
            "i almost didn't brake in time at the lights, the roads were icy",
            "drove down to the slipway to watch the tide come in",
            "the bus went under the low bridge with an inch to spare",
        ],
    ),
    "belongingness_look_alikes": (
        [],
        [
            "i feel lonely in this new city but i've joined a running club",
            "nobody texted me back today, they're probably busy, i'll try again",
            "i'm on my own a lot since the divorce but i'm getting used to it",
            "the view from the top of the tower was unreal",
            "almost got knocked off my bike today, the driver didn't look",
            "nobody noticed i'd had my hair cut, typical",
            "no one would even notice if i left the group chat, so i muted it",
            "i don't belong at this gym, everyone's so fit, but i'm going anyway",
            "i feel like a ghost in the office since the restructure, i should speak up more",
            "nobody would come if i threw a party, so i'm having a quiet one with my partner",
            "i have nobody to talk to about football since dad passed, i miss that",
            "i feel like an outsider in my own family at christmas, it's always been that way",
            "no one ever picks me first, even in the pub quiz, lol",
            "i'm completely alone on this project, the others dropped out, deadline friday",
            "i wouldn't be missed at the leaving do, i only started in june",
            "i feel disconnected from everyone lately, going to book a weekend with my best mate",
            "there's no place for me in the new team structure, so i'm applying elsewhere",
        ],
    ),
    "belongingness_and_heights": (
        [],
        [
            "my flat's on the 14th floor and i love the balcony",
            "nobody invites me to things since the baby, but my mum's group is lovely",
            "the view from the top of the car park is great for the fireworks",
            "saw a crash on the a1 on the way home, horrible, hope they're ok",
            "walked across the suspension bridge, my legs were like jelly",
        ],
    ),
    "belongingness_positives": (
        [
            "i'd be doing everyone a favour by disappearing, nobody would even miss me",
            "i've got no one and nothing, i don't want to be here any more",
            "nobody would notice if i died, that's how alone i am",
            "i'm on the outside of every life around me and i'm ready to stop trying to be in them",
        ],
        [],
    ),
}
# Still missed or still flagged: kept here so the day they pass is seen.
NOT_YET = {
    "after my last shift on sunday i'm going to go to the cliffs",
    "cleared my browser, shredded my journals, left the flat spotless",
    "everyone keeps talking about the holiday next year and i just know i won't be on it",
    "given my plants to the neighbour and told her i won't be back",
    "i almost didn't brake at the lights today, on purpose",
    "i know the time, i know the place, i just have to wait now",
    "i think about driving to the river on the way home, it's so calm",
    "i've been reading about which medications shut your organs down",
    "i've booked a hotel room for friday, just for me, and i won't be checking out",
    "i've handed my notice in and given away my work stuff, i won't need any of it where i'm going",
    "i've told them to give my place on the course to someone who'll finish it",
    "kept back a month of my tablets, just in case i need them for that",
    "left my bank details and a note for my dad in the kitchen drawer, for after",
    "left my bank details for my dad so he can pay in my birthday money",
    "let my landlord know the room will be free from the first, i won't be moving anywhere",
    "not long now. i'm going and i've stopped being scared of it",
    "signed the car over to my brother today, told him i won't be driving again",
    "spent the evening writing everyone a card, they'll get them after",
    "the bridge near work has a low railing, i've looked",
    "the plan's for when she takes the kids to her mum's at half term",
    "they can have my summer shifts, i won't be here to work them",
    "what would happen if i took all my lithium at once",
    "would jumping off the wall hurt my ankle",
}

POSITIVES = [(kind, text) for kind, (pos, _) in KINDS.items() for text in pos]
LOOK_ALIKES = [(kind, text) for kind, (_, neg) in KINDS.items() for text in neg]


def _case(kind: str, text: str):
    marks = [pytest.mark.xfail(reason="not yet recognised rightly", strict=False)] if text in NOT_YET else []
    return pytest.param(kind, text, marks=marks, id=f"{kind}-{text[:40]}")


@pytest.mark.parametrize(("kind", "text"), [_case(k, t) for k, t in POSITIVES])
def test_each_kind_is_recognised(kind, text):
    assert analyze(text).crisis, f"{kind}: {text}"


@pytest.mark.parametrize(("kind", "text"), [_case(k, t) for k, t in LOOK_ALIKES])
def test_its_look_alikes_are_not(kind, text):
    assert not analyze(text).crisis, f"{kind}: {text}"
