"""Crisis said sideways, from the kinds a blind development set (scripts/data/crisis_dev_9.txt, measured
before it was read: recall 0.713) missed: means kept back, hidden and checked on, or got with a lie; a search
for heights near home; a day settled on while others are out; holding on "till then" for someone; belongings
promised "and I wasn't joking"; a rest "not the kind she thinks"; nothing past a weekday; a calm decision with
no object; others who would "get over it and be better off". Each beside the everyday sentence that shares
its words. Our own sentences, not the set's."""

from __future__ import annotations

from tests.support.crisis_cases import crisis_tests

POSITIVES = [
    # means kept back, hidden, checked on, or got with a lie
    "Been putting aside a couple every week since the summer.",
    "I've got enough put by now. They're in the sock drawer.",
    "Dad found my stash so I made a new one.",
    "Told the pharmacist I'd lost my prescription. I hadn't.",
    "Keeping them in an old shoebox under the bed, still all there, I check most nights.",
    "Cleaned the bathroom, did the washing, checked the box in my wardrobe is still full.",
    "Counted them again last night, all there. Good.",
    "My grandad's rifle is in the loft. I sat looking at it for ages tonight.",
    # a search or a plan said sideways
    "Looked up the highest bridges near me last night. Not for a photo.",
    "Been reading about what happens to the body and what's painless.",
    "Picked Thursday as the day, since the kids will be at their dad's.",
    "I just need to hang on till then for my little sister.",
    "tomorrow at 3 when everyone's asleep. just writing it down here",
    "once christmas is over i'll do it",
    # preparations and a foreshortened future
    "Rehomed my dog with a neighbour, told her it was my hours at work.",
    "Told my cousin he can have my guitar and he laughed, I wasn't joking.",
    "Rang everyone I love this week just to tell them I love them.",
    "I need a rest, just not the kind my husband thinks.",
    "There's no old age for me to save for.",
    "There isn't anything past Sunday for me.",
    "I'm not going to be here to get my results.",
    "Everyone says time heals. I don't intend to give it time.",
    # others' aftermath, passive wishes, heights and trains
    "My kids would get over it in time and be better off, one less mess for them, less worry about me.",
    "I pray every night that I don't have to face another day.",
    "every night i pray i dont have to do another day of this",
    "I wish I could just fade away like a song at the end.",
    "thinking about checking out tbh",
    "Stood on the multi-storey roof and thought about the drop the whole time.",
    "Every lorry that goes past I think about the timing.",
    # a calm decision; a secret; an empty place; the same day; arrangements then done
    "I've made my decision and I feel more peaceful than I have all year.",
    "Decided. Not telling anyone, just writing it down here.",
    "The house will be empty Saturday and nobody expects me until Tuesday.",
    "It seems right to go on the same day he did.",
    "After payday the rent's covered so my flatmate isn't left with it, then I'm gone.",
    "The roof door at the hospital is never locked. Checked it again tonight.",
    "The river was so high today. I stood and looked for an hour and didn't want to go home.",
    "They're throwing a surprise party for me next month and it's not going to happen.",
    "I've made my decision, and I wanted to say goodbye kindly this time.",
    "If my sister felt like this I'd beg her to get help, but I've already picked the date.",
    "I've been hiding how close I am from everyone.",
    "In the book he writes a goodbye to his brother. I copied it for mine. It's ready in the drawer.",
]

LOOK_ALIKES = [
    # the everyday twins: money, presents, medicine as prescribed, collections
    "Been putting aside a couple every week for the Christmas club.",
    "I've got enough put by now for the deposit on the flat.",
    "Mum found my chocolate stash, so I'm eating it all before she does.",
    "Told the pharmacist I'd lost my prescription, then found it in my coat pocket.",
    "Keeping the presents in an old shoebox under the bed so the kids don't find them.",
    "Counted the chickens again last night, all there. The fox didn't get in.",
    "I sat looking at grandad's old rifle for ages tonight, remembering him on the farm.",
    "Looked up the highest bridges near me for my photography project.",
    "Been reading about what happens to the body when you fast and what's safe.",
    "Picked Thursday as the day for the plumber, since the kids will be at their dad's.",
    "I just need to hang on till Friday, then it's half term.",
    "Tomorrow at 3 when everyone's asleep I'm getting up to watch the meteor shower.",
    "Once Christmas is over I'll do it, the big clear-out of the loft.",
    # preparations and plans that are life admin
    "Rehomed the cat with my sister because of my son's allergies.",
    "Told my cousin he can have my old guitar when I move to the flat.",
    "Rang everyone I love on New Year's Eve just to tell them I love them.",
    "I need a rest, a proper holiday with no laptop.",
    "There's no retirement for me at this rate, the pension is a joke.",
    "No point planning past Sunday with this weather, we'll see what the forecast says.",
    "I'm not going to be here to get my results, I'll be at the festival so they're emailing them.",
    "The physio says it gets better with time, so I'll give it time.",
    # others, the past, fiction
    "My parents would get over it and be fine if I moved to Canada.",
    "I pray every night that I don't have to do another day of this commute.",
    "I wish I could fade into the background at parties.",
    "Thinking about checking out the new library this weekend.",
    "The film ends with him driving off the cliff and I still think it's a cop-out ending.",
    "Last year I truly believed my family would be better off without me; this year I'm teaching my son to drive.",
    "Three years ago I wrote a note and gave my things away; I got help and I still have the note as a reminder.",
    # decisions, secrets, empty houses and parties that are everyday
    "I've made my decision: I'm leaving the job, and I feel calmer than I have in months.",
    "Decided: not telling anyone about the promotion until it's official.",
    "The flat will be empty and nobody expects me until Monday, so pyjamas and box sets it is.",
    "We're leaving the same day she did, so we'll share a taxi to the airport.",
    "The roof door at work is never locked, I've reported it to facilities and checked it twice.",
    "The sea was so rough today, we stood and watched the waves for an hour.",
    "They're planning a party for me next month and I'm dreading the speeches.",
    "Got the kids' uniforms sorted, then I'm done.",
    # a reviewer's look-alikes for the same rules
    "I've been putting aside a few every week so I don't run out of the good biscuits.",
    "I've got enough saved now, finally, for the new laptop.",
    "I told the pharmacist I'd lost my prescription, I hadn't, I'd just left it at work.",
    "I keep the lot in an old biscuit tin in the wardrobe, still full of Gran's buttons, I check sometimes.",
    "Searched the highest places around here to watch the meteor shower.",
    "Chose Friday as the date since Mum will be away, to throw her a surprise party.",
    "I can hold on till then for lunch.",
    "Tonight at 11 when everyone is asleep. Just writing it down so I remember to take the bins out.",
    "After Christmas is over I'll do it, I'll finally join the gym.",
    "Gave away my cat to my aunt when I got the new job, told everyone it was temporary.",
    "She can have my room when I go to uni, I meant it.",
    "Texted everyone I love today just to say I love them, because the therapist set it as homework.",
    "I want a break, not the sort my boss means, a real one, two weeks in Spain.",
    "There's nothing past Friday for me, the contract ends and I've no new job.",
    "I've made my decision and I feel calm for the first time in weeks: I'm handing in my notice.",
    "Mum and Dad have gone away so the house is empty, nobody expects me till Sunday.",
    "It seems only fair to leave the same way my brother did, by coach from Victoria.",
    "The roof door at work is never locked, I check it every time on my smoke break.",
    "The river was so high, we stood and looked at it for ages, the kids didn't want to go home.",
    "They're planning a surprise party for me but I told them it's not going to happen.",
    "They would get over it and be better off in the long run if I took the job in Leeds.",
    "I pray every night that I don't have to face another day of chemo without her.",
    "I want to just fade out of the group chat.",
    "Thinking about checking out early, this hotel is awful.",
    "Every train that goes past I think about the timing, my commute depends on it.",
    "Thought about the drop the whole time on the rollercoaster.",
    "Everyone would be better off without me at that meeting, I'll send notes.",
    "I've made my decision about the flat and I wanted to say goodbye to the old place properly.",
    "We've picked the date for the wedding, it's the 12th of June!",
    "I've picked the date for the party.",
    "I've been hiding how close I am to finishing the jumper for her birthday.",
    "Gran wrote a lovely note on her recipe card, so I copied it for mine; the cards are ready for the fair.",
]

test_crisis_said_sideways_is_found, test_its_everyday_twin_is_not = crisis_tests(POSITIVES, LOOK_ALIKES)
