"""Crisis language by family: each family of the Columbia scale's screening questions, the
interpersonal theory's burdensomeness and thwarted belongingness, self-harm, a foreshortened
future and access to the means, each with our own positives and look-alikes.

A positive is the writer's own wish, thought, plan or act, now. A look-alike uses the same
words about someone else, a story, a class, helping a friend, the writer's own past that is
over, a screening question answered no, or ordinary life. benchmarks/language_bench.py
reports recall and false alarms on these families (and, separately, on the held-out file
tests/unit/data/crisis_heldout.txt, which is never tuned against).
"""

from __future__ import annotations

import pytest

from hearten.domain.language import analyze, has_crisis

FAMILIES: dict[str, tuple[list[str], list[str]]] = {
    "wish_to_be_dead": (
        [
            "I wish I could just not wake up tomorrow.",
            "Sometimes I hope I just don't wake up in the morning.",
            "I wouldn't mind if a car hit me on the way to work.",
            "If I got sick and didn't recover, I'd be fine with that.",
            "I wish I could go to sleep and stay asleep.",
            "I'd like to simply stop being around.",
            "I often wish I wasn't alive.",
            "It would be a relief if I never woke up.",
            "I want to be dead.",
            "I'd be happier not existing at all.",
            "I wish my life would just end.",
            "Part of me hopes the plane goes down with me on it.",
            "I pray every night that I don't see the morning.",
            "Being dead sounds better than this.",
            "I don't want to be alive any more.",
            "Honestly, if I died in an accident I wouldn't be sad about it.",
            "I woke up again and I was gutted that I'm still alive.",
            "Every morning I'm disappointed to still be breathing.",
        ],
        [
            "I wish I could sleep in tomorrow.",
            "I wouldn't mind if it snowed on my birthday.",
            "Annoyed that I woke up late again.",
            "I'm disappointed that I woke up before the alarm.",
            "I hope I don't wake up with a headache again.",
            "My character in the game wants to be dead so she can become a ghost.",
            "In the novel the old king wishes he were dead.",
            "My dad says he'd be fine with dying at ninety in his own bed.",
            "I wish I could disappear into a good book for the weekend.",
            "When the screening asked if I wished I were dead, I answered no.",
            "I'm glad to be alive today.",
            "I'd like to stop being around negative people.",
        ],
    ),
    "active_thoughts": (
        [
            "I keep having thoughts about killing myself.",
            "I've been thinking about ending my life.",
            "The thought of suicide keeps coming back to me.",
            "Lately I think about taking my own life every day.",
            "I can't stop thinking about killing myself.",
            "I have been having suicidal thoughts again.",
            "Thoughts of ending it all fill my head at night.",
            "I think about doing away with myself.",
            "I want to kill myself.",
            "I keep wanting to end my own life.",
            "Suicide is on my mind all the time now.",
            "I have these urges to end my life.",
            "I've been toying with the idea of killing myself.",
            "Ending my life feels like the answer.",
            "I'm considering suicide.",
            "I keep imagining being gone for good and it's a relief.",
            "I want to end my story tonight.",
        ],
        [
            "My brother has been having suicidal thoughts and I'm driving him to his appointment.",
            "The lecture today was about suicidal thoughts in teenagers.",
            "The podcast episode on suicide was really moving.",
            "She wrote her thesis on suicidal ideation in farmers.",
            "I volunteer on a suicide prevention helpline.",
            "In the series, the detective has thoughts of killing himself.",
            "Years ago I had suicidal thoughts, but I've been well for a long time.",
            "My doctor asked if I ever think about suicide and I told her no.",
            "I've been thinking about ending my gym membership.",
            "I keep thinking about ending the project early.",
            "I want to end my story with a twist the reader won't expect.",
        ],
    ),
    "method": (
        [
            "I've been reading about how many paracetamol would be enough.",
            "I searched online for the most painless way to die.",
            "I googled how to kill myself last night.",
            "I've been looking up methods of suicide.",
            "I keep researching which pills would do it.",
            "I looked up how much insulin would kill someone like me.",
            "I've been thinking about how I would do it, maybe pills.",
            "I know exactly how I'd end it.",
            "I've worked out how much of my medication it would take.",
            "I keep thinking about jumping from the car park roof.",
            "I've thought about hanging myself from the banister.",
            "I looked up how far I'd have to fall.",
            "I keep thinking of walking into the river and not coming out.",
            "I've thought about driving my car into a wall.",
            "I want to crash my car on purpose.",
        ],
        [
            "I searched online for the best way to roast a chicken.",
            "I looked up how many painkillers I can take safely with my antibiotics.",
            "My pharmacology course covers lethal doses of common drugs.",
            "The crime novel describes how the killer poisoned his victim.",
            "I googled how to kill the weeds in the patio.",
            "I looked up how far the waterfall drops for our hike.",
            "I walked along the river after work and it was lovely.",
            "My friend crashed his car last winter but he is fine now.",
            "We jumped from the harbour wall into the sea for fun.",
            "I've worked out how much medication to pack for the trip.",
        ],
    ),
    "intent": (
        [
            "I'm going to kill myself.",
            "I'm going to do it this time, I've decided.",
            "I've made up my mind to end my life.",
            "I intend to end things.",
            "I'm really going to go through with it.",
            "I am going to take my own life.",
            "This time I'm actually going to do it.",
            "I've decided I'm not going to be here next week.",
            "I will kill myself if this doesn't change.",
            "I'm ready to end it.",
            "Nothing will stop me from killing myself.",
            "I plan to end my life.",
            "I've decided to die.",
            "I'm going to hurt myself tonight.",
            "I'm going to finish myself off, there's no going back.",
        ],
        [
            "I'm going to do it this time, I'm signing up for the marathon.",
            "I've made up my mind to quit my job.",
            "I'm really going to go through with the move to Spain.",
            "The character says she's going to kill herself, then the episode ends.",
            "My friend said she was going to kill herself, so I helped her call the crisis line.",
            "I'm going to kill it at the interview tomorrow.",
            "I've decided to end my relationship.",
            "I'm ready to end this chapter and start again.",
            "I'm going to finish the marathon no matter what.",
            "I'm going to kill my brother for eating my leftovers.",
        ],
    ),
    "plan": (
        [
            "I've picked the day I'm going to do it.",
            "I've chosen where and when I'm going to end it.",
            "I've set a date to end my life.",
            "Friday is the day I die.",
            "I've planned my suicide for after the exams.",
            "By the end of the month I'll be gone, I've made the plan.",
            "I have a plan for how to end it.",
            "I've planned out how I'm going to kill myself.",
            "After my birthday I'm going to end it.",
            "I've worked out the date and the place.",
            "I'm giving it until Christmas and then I'm done with life.",
            "I've given myself a deadline, if nothing changes by spring I'll end it.",
            "Once my mum is on holiday I'll go through with it.",
            "When everyone is asleep tonight I'm going to end it.",
            "I know where I'm going to do it.",
            "I've given myself a deadline and after that I'm gone.",
            "I've worked out the night nobody will be home and that's when.",
            "I've planned it for when the flat is empty.",
            "Waiting for a night when nobody is around to stop me.",
        ],
        [
            "I've picked the day for the wedding.",
            "I've chosen where and when we're going on holiday.",
            "I've set a date to finish my thesis.",
            "Friday is the day I hand in my notice.",
            "By the end of the month I'll be gone to Canada for a year.",
            "I've given myself a deadline for the novel.",
            "The film is about a woman who plans her own death.",
            "In class we studied how safety plans work.",
            "I have a plan for how to pay off my loan.",
            "When everyone is asleep tonight I'm going to eat the rest of the cake.",
            "I've set myself a deadline for the essay.",
            "I gave myself a date to quit smoking.",
            "I worked out when nobody is home so I can practise the trumpet.",
            "I've planned the surprise party for when the house is empty.",
        ],
    ),
    "preparatory_acts": (
        [
            "I've written goodbye letters to my family.",
            "I wrote my suicide note today.",
            "I've been giving my things away so there's less to sort out when I'm gone.",
            "I gave my dog to my neighbour because I won't be here to look after him.",
            "I made a will and said my goodbyes.",
            "I've been quietly saying goodbye to my friends.",
            "I've sorted my affairs so nobody has to deal with them after I'm gone.",
            "I wrote letters for my kids to read after I'm dead.",
            "I've put my passwords in an envelope for my sister for when I'm gone.",
            "I gave away my favourite things because I won't need them.",
            "I've left a note on my desk for whoever finds me.",
            "I called everyone tonight to say goodbye for the last time.",
            "I deleted all my accounts and wrote my farewell message.",
            "I've planned my funeral music and written the note.",
            "I've tidied everything up so it's easier for them after I'm gone.",
            "said my goodbyes for good tonight and nobody knew",
        ],
        [
            "I wrote farewell letters to my class before I retired.",
            "I made a will after the baby was born.",
            "I gave my old bike to my nephew.",
            "I said goodbye to my friends before moving abroad.",
            "I planned my grandmother's funeral music with my aunt.",
            "I sorted my affairs before the long trip.",
            "I deleted all my social media accounts to focus better.",
            "In the story, the soldier writes a letter to be opened if he dies.",
            "My brother wrote a note before his attempt years ago, and he is well now.",
            "I left a note on the fridge for my flatmate about the bins.",
            "I said goodbye to the team for the last time, I retire on Friday.",
        ],
    ),
    "burdensomeness": (
        [
            "My family would be better off if I weren't around.",
            "Everyone would be relieved if I was gone.",
            "My parents would be happier without me.",
            "I'm nothing but a weight on everyone around me.",
            "They'd all be better off without me dragging them down.",
            "I'm a drain on everyone who loves me.",
            "My partner would have a better life if I wasn't in it.",
            "I cause nothing but trouble, they'd be better off with me dead.",
            "People would be happier if I just disappeared.",
            "I only make things worse for everyone by being alive.",
            "I'm such a burden on my family.",
            "It would be kinder to everyone if I wasn't here.",
            "My friends would be relieved not to have to deal with me any more.",
            "My children deserve better than having me around.",
            "The world is worse with me in it.",
        ],
        [
            "My team would be better off without me as captain, I'm too slow.",
            "My flatmates were relieved when I moved out.",
            "My mum worries she's a burden, so I visit every week.",
            "She feels like a burden after her surgery.",
            "The book is about a man who believes his family would be better off without him.",
            "I used to think my family would be better off without me, but therapy helped me see otherwise.",
            "I don't want to be a burden on anyone when I retire.",
            "The project would be better off without that old code.",
            "My kids are better off at their grandparents' this week while I work.",
            "Everyone was relieved when the exam was over.",
        ],
    ),
    "thwarted_belongingness": (
        [
            "Nobody would even notice if I was gone.",
            "I'm completely alone and no one would care if I died.",
            "There's no one who would miss me if I disappeared for good.",
            "If I died tonight it would be days before anyone noticed.",
            "I don't belong anywhere, so what's the point in living.",
            "No one would come to my funeral.",
            "Nobody would cry at my funeral.",
            "Nobody cares whether I live or die.",
            "No one would care if I stopped existing.",
            "I'm so alone I don't see the point in staying alive.",
            "Nobody wants me here, I should just go for good.",
            "If I disappeared no one would even look for me.",
            "Not a single person would care if I was dead.",
            "Nobody would notice if I never woke up.",
            "I have no one, and there is no reason to keep living.",
        ],
        [
            "Nobody would notice if I left the party early.",
            "I'm alone this weekend and I'm looking forward to the quiet.",
            "I don't belong in this book club, I'll try another.",
            "No one would come to my birthday, so I'm having a quiet one.",
            "In the film the lonely old man dies and nobody notices.",
            "My neighbour died and nobody noticed for a week, which made me sad.",
            "Nobody cares whether I wear a tie to work.",
            "No one would miss my old car.",
            "I feel lonely since I moved, so I joined a choir.",
            "If I disappeared for the weekend no one at work would notice.",
        ],
    ),
    "self_harm": (
        [
            "I've been burning my arms with cigarettes.",
            "I hit myself until I bruise.",
            "I sliced my wrist last night.",
            "I've started picking at my skin until it bleeds on purpose.",
            "I keep hurting myself when I'm upset.",
            "I want to cut again.",
            "I've been punching walls until my knuckles bleed to feel something.",
            "I scratch my arms with a razor.",
            "I took too many pills last night to hurt myself.",
            "I relapsed and cut myself again.",
            "I bang my head on the wall when it gets too much.",
            "I've been self-injuring again.",
            "I want to burn myself.",
            "I hurt myself on purpose last night.",
            "I hide the cuts on my thighs.",
        ],
        [
            "I cut myself on a tin can opening the beans.",
            "I used to self-harm as a teenager, but that was fifteen years ago.",
            "My sister hurt herself at the trampoline park.",
            "The documentary covered self-harm in young people.",
            "I burned my arm on the oven door.",
            "My therapist asked if I hurt myself and I said no, never.",
            "I hit my head on the cupboard door this morning.",
            "I'm training to support young people who self-harm.",
            "I scraped my knee falling off my bike.",
            "My cousin used to cut, and she's been doing well for years.",
        ],
    ),
    "foreshortened_future": (
        [
            "I won't make it to my next birthday.",
            "I don't think I'll be around for the summer.",
            "I won't be here by the time the kids go back to school.",
            "This will be my last Christmas.",
            "I can't see myself being alive next year.",
            "I don't expect to live to see thirty.",
            "I won't be alive much longer.",
            "I don't have a future, I won't be here for it.",
            "There is no next year for me.",
            "I won't see another spring.",
            "This is the last time you'll hear from me.",
            "I won't be around to see my exam results.",
            "I'm not going to be here much longer.",
            "I won't live to see the new year.",
            "By next week I'll be gone for good.",
            "I doubt I'll see my twenty-fifth, honestly.",
            "No point buying a winter coat, I won't be around.",
        ],
        [
            "I won't make it to the party, I have a cold.",
            "I don't think I'll be around for the summer, I'm working abroad.",
            "This will be my last Christmas in this flat before we move.",
            "I won't be here next week, I'm on holiday.",
            "This is the last time you'll hear from me about the bake sale, promise.",
            "I won't be around to see the results, I'm off travelling.",
            "My grandad says he won't see another spring, he's very ill.",
            "In the song, he says he won't live to see thirty.",
            "I won't make it to the gym before it closes.",
            "I'll be gone for good from this job by June.",
            "No point booking the hotel, I won't be there because I'm working.",
            "I don't want to be here at this boring party.",
        ],
    ),
    "means_access": (
        [
            "I bought a rope today.",
            "I've been collecting pills for weeks.",
            "I've got enough tablets saved up now.",
            "I bought razor blades today for myself.",
            "I keep looking at the bottle of pills in my drawer.",
            "I know where my dad's gun is kept.",
            "I got a gun so I can end it.",
            "I filled my prescription early so I'd have more pills.",
            "I have a stash of pills hidden in my room.",
            "I've been holding the knife and thinking about it.",
            "I've bought charcoal and tape for my car.",
            "I went to the bridge and looked over the edge for a long time.",
            "I have everything I need to end it.",
            "I keep my old pills just in case I decide to go.",
            "I've got the means now.",
            "I stand on the bridge and think about the drop.",
        ],
        [
            "I bought a rope for the washing line.",
            "I've been collecting stamps for weeks.",
            "I keep my pills in a box with the days on it.",
            "I bought razor blades for my shaver.",
            "My dad keeps his hunting rifle locked away and I don't know the code.",
            "I filled my prescription early because I'm away next week.",
            "I have a stash of chocolate hidden in my room.",
            "I went to the bridge to take photos of the sunset.",
            "Thinking about the drop in house prices, we might buy.",
            "I have everything I need to bake the cake.",
            "We cleared out the medicine cabinet and took old pills back to the pharmacy.",
        ],
    ),
    "water_and_cars": (
        [
            "I'm going to walk into the river tonight.",
            "i keep thinking about wading out into the lake until i cant stand",
            "I want to swim out into the sea and let the tide have me.",
            "Planning to go into the water at the reservoir and not come out.",
            "I want to drive my car into a wall at full speed.",
            "On the ring road I keep wanting to steer into the barrier.",
            "I'm tempted to crash my car on purpose on the way home.",
            "I sat in the locked garage with the engine running, hoping.",
            "I've run a hose from the exhaust into the car.",
            "I keep thinking about swerving into a lorry on the motorway.",
            "i could just walk out into the waves and keep going",
            "I want to drive off the cliff road at night.",
            "Tonight I'm going to wade into the canal.",
            "Every drive home I think about letting go of the wheel at speed, on purpose.",
            "I want to jump from the bridge into the river.",
            "I'm going to walk into the river by the park where we used to play.",
        ],
        [
            "I'm going to walk into the sea for a paddle with the kids.",
            "We waded out into the lake to cool down after the hike.",
            "I nearly drove into a wall when the brakes failed, terrifying.",
            "I left the engine running in the drive to defrost the windscreen.",
            "The garden hose is tangled around the car again.",
            "In the film the villain drives his car off the pier.",
            "I swerved to miss a fox on the ring road.",
            "Years ago I tried to drive into a tree, and I'm safe and well now.",
            "My friend said she wanted to crash her car, so we called her GP together.",
            "I crashed my car into a bollard reversing, the bumper is wrecked.",
            "I used to walk into the sea to feel something, but not any more.",
        ],
    ),
}

POSITIVES = [(family, text) for family, (pos, _) in FAMILIES.items() for text in pos]
LOOK_ALIKES = [(family, text) for family, (_, neg) in FAMILIES.items() for text in neg]


@pytest.mark.parametrize(("family", "text"), POSITIVES)
def test_each_family_positive_is_crisis(family, text):
    assert analyze(text).crisis, (family, text)
    assert has_crisis(text), (family, text)


@pytest.mark.parametrize(("family", "text"), LOOK_ALIKES)
def test_each_family_look_alike_is_not_crisis(family, text):
    assert not analyze(text).crisis, (family, text)
    assert not has_crisis(text), (family, text)


@pytest.mark.parametrize("family", FAMILIES)
def test_every_family_has_enough_cases(family):
    positives, look_alikes = FAMILIES[family]
    assert len(positives) >= 15 and len(look_alikes) >= 10
    assert len(set(positives)) == len(positives) and len(set(look_alikes)) == len(look_alikes)


def test_the_held_out_file_is_kept_whole():
    """The held-out sentences are scored by benchmarks/language_bench.py --crisis, not asserted
    here: a test that had to pass would invite tuning against them."""
    from pathlib import Path

    lines = (Path(__file__).parent / "data" / "crisis_heldout.txt").read_text(encoding="utf-8").splitlines()
    crisis = [line for line in lines if line.startswith("+ ")]
    look_alikes = [line for line in lines if line.startswith("- ")]
    assert len(crisis) >= 60 and len(look_alikes) >= 60
    assert all(line.startswith(("+ ", "- ", "# ")) for line in lines if line.strip())
    family_texts = {t for pos, neg in FAMILIES.values() for t in pos + neg}
    assert not family_texts & {line[2:] for line in crisis + look_alikes}
