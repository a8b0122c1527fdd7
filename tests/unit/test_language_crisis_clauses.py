"""Whose crisis and when, read per clause rather than per sentence: a laugh clears only hyperbole
about a thing, a past or a loss told in one clause does not explain away a wish told as now in
another, and an everyday reason must belong to the match's own clause (or be tied to it), not sit
in a chore a clause or two earlier. Each pattern has crisis lines and look-alikes in the same words.
"""

from __future__ import annotations

import pytest

from tests.support.crisis_cases import pattern_test

# A laugh beside a plain statement about the writer's life, worth, place or future.
LAUGH_POSITIVES = [
    "ngl i dont see the point of being alive anymore lol",
    "honestly everyone would be better off without me haha",
    "lol nobody would even notice if i was gone",
    "i'm such a burden on everyone haha might as well disappear",
    "tbh i don't think i'll be around by christmas lol",
    "haha i just don't want to exist anymore",
    "i'm so tired of being alive tbh lol",
    "my family would honestly be happier without me lol",
    "i hate myself so much haha i wish i could disappear forever",
    "no one would miss me if i vanished lmao",
    "i really don't want to be here anymore haha",
    "there's nothing left for me to live for lol",
    "i can't keep going like this hehe",
    "im worthless and a burden on everyone haha",
    "i wish i could fall asleep and not wake up lol",
    "the world would be a better place without me in it lmao",
    "lol i won't be here next year so it doesn't matter",
    "everybody would be relieved if i just stopped existing lol",
    "hehe honestly i'm done with life",
    "lmao i've got the pills saved up in my drawer",
    "haha what's even the point of me anymore",
]
LAUGH_LOOK_ALIKES = [
    "if I have to sit through one more meeting I'll jump out the window haha",
    "this printer is going to be the end of me lol",
    "kms this wifi is so slow lol",
    "haha the boss fight killed my whole party again",
    "lmao i nearly died laughing at the group chat",
    "lol my phone died and i want to die with it",
    "haha my essay is killing me",
    "the neighbours' music makes me want to walk into the sea lol",
    "lol i'm going to throw my laptop off a bridge if it crashes again",
    "that season finale destroyed me lol",
    "haha i'm so done with this spreadsheet",
    "lol i'm going to scream if autocorrect changes my name again",
    "i'd rather jump off a cliff than do another group presentation haha",
    "lol if my sister borrows my jumper one more time i'll end her",
    "my sourdough starter died and honestly same lol",
    "haha the traffic this morning made me want to drive into a ditch",
    "lol i'm dead, mum found the chocolate wrappers",
    "hehe i'm never going to the gym again after that class",
    "lmao my cooking is a crime, the kitchen would be better off without me",
    "lol another monday, another reason to hide under the duvet",
    "lol i'm going to disappear forever if my mum sees this photo",
    "haha if the bus is late one more time i'm walking into the river",
]

# A loss or a past told in one clause, a wish told as now in another.
PAST_POSITIVES = [
    "my husband passed three years ago and now I want to die",
    "mum died in march and since then I just don't want to be here",
    "I lost my job two years ago and these days I keep thinking about ending it",
    "Dad died when I was a child, and now I want to die too",
    "we split up years ago but now I honestly want to kill myself",
    "my wife passed away last spring and now I can't see any reason to keep living",
    "I was made redundant years ago and since then I've been thinking about suicide",
    "my son died in 2019, and these days I just want to go to sleep and not wake up",
    "back in uni I was fine, but now I want to die",
    "used to love my job, now I want to end my life",
    "Grandma passed at Easter and since then I've been planning how to end it",
    "my brother died in the spring and now I keep thinking about taking all my pills",
    "I was a nurse for thirty years, and now I don't want to live any more",
    "I'm seventy now and I want to die",
    "my husband died last year and now I want to join him",
    "when I was a teenager I was happy, these days I think about killing myself every night",
    "our daughter passed two years ago and since then I have been stockpiling my tablets",
    "I retired years ago and now I feel like a burden and want to die",
    "the divorce was years ago but these days I keep looking up ways to kill myself",
    "long ago I had a family, now I just want it all to end",
    "my partner left months ago and now I'm going to end my life",
]
PAST_LOOK_ALIKES = [
    "mum died last year and now I'm learning to cook",
    "I used to want to die, now I'm doing ok",
    "my husband passed three years ago and now I volunteer at the hospice",
    "years ago I tried to kill myself, and now I'm doing really well",
    "when I was a teenager I wanted to die, but I'm in a good place now",
    "Dad died in March and since then I've been sorting his things",
    "I self-harmed when I was at school, now I run a support group",
    "I used to think about suicide every day, these days I'm busy with the grandkids",
    "my wife died two years ago and now I'm trying the dance classes she loved",
    "back then I wanted to end it all, now I'm grateful I didn't",
    "since my nan passed I think about death a lot",
    "I attempted suicide years ago and now I talk about it at schools",
    "my brother died in 2019 and these days I run a marathon for his charity",
    "I cut myself years ago and the scars have faded",
    "Grandad passed away in the spring, and since then the house has been quiet",
    "I was suicidal in my twenties, and now I'm a mum of three",
    "I took an overdose when I was seventeen and I've been well for years now",
    "mum died in march and since then I have been going to a grief group",
    "my husband passed three years ago and now I want to move closer to my daughter",
    "years ago I wanted to kill myself, these days I mostly want a nap",
    "I used to plan my suicide in my teens, now I plan holidays",
]

# A chore or an everyday clause earlier in a run-on entry, the crisis later in a clause of its own.
EVERYDAY_POSITIVES = [
    "work was long and my manager was on at me again and honestly I have the pills counted out in the"
    " bathroom cabinet and I'm just so tired of all of it",
    "after my shift I drove down to the river and sat in the car with the engine running and thought about"
    " just driving in",
    "did the laundry and fed the cat and then I wrote the letters to everyone for after I'm gone",
    "the office was awful today and I've decided that this weekend is when I end it",
    "booked the dentist for mum, then sat in the car and thought about driving into the wall",
    "finished the washing up and then I counted out all the tablets I've been saving",
    "my manager shouted again in the meeting and I've got the rope in the boot of my car",
    "went to the gym, came home, and I've given away my guitar because I won't need it where I'm going",
    "did the ironing and the school run and somewhere in between I decided this is my last week",
    "hoovered the whole house, then sat on the stairs and cut myself again",
    "the holiday photos came back and I looked at them and I don't think I'll be around by the summer",
    "paid the bills and sorted the kitchen so nobody has to deal with my mess after I'm gone",
    "after the work do I walked home over the bridge and stood there thinking how easy it would be to jump",
    "cooked dinner for the kids, then went upstairs and wrote my note",
    "class ran late and the bus was packed and I just kept thinking I don't want to wake up tomorrow",
    "the meeting dragged on and all I could think about was the pills in my drawer and taking them tonight",
    "did the shopping, put it away, and I've said my goodbyes to everyone now",
    "my shift finished at ten and I sat in the car park planning how I'll do it",
    "after my exams I came home and looked up how many tablets it would take",
    "took the dog out, did the dishes, then gave my sister my passwords and the insurance papers for when I'm gone",
    "the trip to the coast was lovely but since coming back I've been stockpiling my pills",
]
EVERYDAY_LOOK_ALIKES = [
    "getting rid of my things for the move",
    "I've planned it, the trip I mean",
    "giving away all my books before we move to Spain",
    "said goodbye to everyone at the office, new job on monday",
    "I won't be here next week, I'm on holiday",
    "I don't think I'll be around for the summer, I'm working abroad",
    "I'm going to do it this time, I'm signing up for the marathon",
    "sorted my will and my passwords before the trip abroad",
    "I've written goodbye cards for my colleagues, it's my last day at the job",
    "for the move I've been giving all my furniture away",
    "we're moving to Leeds in spring, so I've given my plants to the neighbour",
    "I've counted out my tablets for the week, the dosette box makes it easy",
    "i stood at the edge of the cliff and took a photo",
    "did the laundry and the dishes and then I'm going to do it, I'm finally booking the driving test",
    "I've decided this weekend is the one, the wedding venue is finally booked",
    "I'm leaving for good on friday, the new job starts monday",
    "I've made my mind up and handed my notice in, I'm changing career",
    "I said goodbye to the team today, I retire on friday",
    "I won't be around after June, the contract ends and I'm travelling",
    "cleaned out my wardrobe and gave it all to the charity shop, feels like a fresh start",
    "finished my last shift, said goodbye to everyone, and I'm off to uni next week",
]


test_whose_and_when_is_read_per_clause = pattern_test(
    (LAUGH_POSITIVES, LAUGH_LOOK_ALIKES, "laugh"),
    (PAST_POSITIVES, PAST_LOOK_ALIKES, "past"),
    (EVERYDAY_POSITIVES, EVERYDAY_LOOK_ALIKES, "everyday"),
)


@pytest.mark.parametrize(
    "lists",
    [
        (LAUGH_POSITIVES, LAUGH_LOOK_ALIKES),
        (PAST_POSITIVES, PAST_LOOK_ALIKES),
        (EVERYDAY_POSITIVES, EVERYDAY_LOOK_ALIKES),
    ],
)
def test_each_pattern_has_enough_cases(lists):
    assert all(len(cases) >= 20 and len(set(cases)) == len(cases) for cases in lists)
