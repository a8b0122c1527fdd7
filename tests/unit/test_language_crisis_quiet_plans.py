"""Crisis language told quietly: a plan hung on another event, preparations passed off as chores, envy
of the dead, a future that stops short, means moved within reach; each beside the everyday sentence
that shares its words. Our own sentences; scripts/data/crisis_dev_7.txt (never trained on) and the
fifteenth held-out file measure the same kinds in other writers' words."""

from __future__ import annotations

from tests.support.crisis_cases import crisis_tests

POSITIVES = [
    # ending it named as when something else is done
    "Writing to my sister tonight before I end it.",
    "I want to see the sea once more before I end things.",
    "Sorting the cat's food for a month, then once I end it someone will have her.",
    # means counted, looked up, moved within reach
    "Counted the blister packs again tonight. Plenty now.",
    "Googled painless ways again when I couldn't sleep.",
    "Took my uncle's old rifle home and put it under my bed.",
    "I checked the shotgun and the cartridges are there too.",
    # envy of the dead; a future that stops short
    "Old Mr Evans died in his sleep last night and I felt jealous of him.",
    "I'm envious of people who get to die.",
    "Honestly I'd be fine if I never made it out of here.",
    "They're booking the reunion for June but there won't be any me by then. There will be no me.",
    "People keep asking about next Christmas and I can't see myself in three weeks.",
    "I don't think I'll get to be twenty.",
    "Everyone's talking about my birthday, but I'm not gonna reach next year.",
    # a height or a road, and not coming back from it
    "On the bridge again at lunch, looking down. Not sure I'll walk back next time.",
    "Third night on the roof of the car park and not for the view.",
    "Driving home I kept thinking about not turning at the bend by the quarry.",
    "Church in the morning, dinner at Mum's, then down to the pier once it's dark.",
    # preparations and goodbyes nobody knows are that
    "Paid the rent ahead and washed everything so nobody has to sort out after me.",
    "Saw my old friends today and they didn't know it was goodbye.",
    "I've picked the spot by the weir.",
    "Gave away my bike and my records on Sunday. Told everyone I was decluttering. I'm not.",
    "When the house sale goes through, that's my date.",
    "Booking the cottage in May so my kids can have one last good holiday with me.",
    # a plan told as errands, a cover story, a favour done by going
    "Been getting dark thoughts about clocking out, not told anyone.",
    "Going through with it after my sister's graduation, I won't spoil her day.",
    "Friday: hand the van back, text Mum, then walk to the place I've chosen.",
    "Sorted the will and the passwords for Jen. Loose ends.",
    "Rehomed the rabbits this morning. Told the kids I was too busy for them. It's not that.",
    "Gave my guitar to Sam and my boots to Leon. They don't need to know why.",
    "My son says I'm no trouble but I'd be doing him a favour.",
    "The kindest thing I could do for my kids is disappear.",
    "These thoughts of finishing myself off won't leave me alone.",
    "Everyone is on about their plans. There is no summer for me.",
    "I know where the farm keeps the weedkiller and I think about it.",
    # fresh harm hidden; means taken away; a height with no fence
    "Hoodie on all day so nobody sees the new ones.",
    "My brother took the pills off me last night. I'd have used them.",
    "The old viaduct has no railings. Walked up there and thought about it again.",
    "Found the key to Dad's gun cabinet today and I know where it is now.",
    # found in review: kept by rules the new guards first narrowed too far
    "I'll gas myself before the kids get home.",
    "I'll take all the pills at fifteen minutes past midnight.",
    "If therapy fails, plan b is the bridge.",
    "Everyone would be better off without me at this point.",
    "This is my final message for a while, maybe forever.",
    "Nobody checks on me until Monday. I've been lying here timing it.",
    "He died in his sleep. I was jealous.",
    # feeling gone already; fresh harm hidden
    "I'm invisible at home anyway, may as well finish the job.",
    "Burnt my arm again and I know how to cover the marks so nobody at work notices.",
]

LOOK_ALIKES = [
    "I'll tell him face to face before I end it, the relationship I mean.",
    "I'll talk to Sam before I end it with him.",
    "Counted out the blister packs into the dosette box for the week.",
    "Looked up painless ways to take off a plaster for my son.",
    "Moved the toy pistol into my drawer so the baby can't chew it.",
    "Grandad died peacefully at ninety-eight and I'm jealous of his garden, honestly.",
    "My gran said she hoped to have one more summer with me.",
    "My parents can have one more holiday with me before I move to Canada.",
    "I can't see myself in five years at this company.",
    "I don't think I'll get to see the match on Saturday.",
    "I won't reach next year's sales target at this rate.",
    "There's no me without you, as the song goes.",
    "Stood on the bridge taking photos of the river, not sure I'll walk back the same way.",
    "Top floor of the car park and not a single space, so I parked on the street.",
    "Took the car out with my instructor and kept the wheel straight through the bend.",
    "We walked down to the pier once it was dark to see the phosphorescence.",
    "I've picked the spot by the river for the picnic on Sunday.",
    "Paid the bills ahead so nobody has to sort things out for me while I'm in hospital.",
    "My nan didn't know it was the last time they'd see the old house.",
    "When the contract's signed, that's my day off sorted.",
    "Everyone would be better off without me on the karaoke mic.",
    "Bought rat poison for the barn, the place is overrun.",
    "The scars from when I cut myself at fifteen are pale now and I hardly notice them.",
    "The dark thoughts are back about quitting my course and moving home.",
    "Sent a goodbye message to the group chat, off for a month, see you when I'm back.",
    "Gave up for Lent: sent a goodbye post and deleted the apps, back on Easter Sunday.",
    "Finished myself a huge plate of pasta and went to bed.",
    "Walking to the place I picked for lunch with the team.",
    "I'd be doing Mum a favour by picking up her shopping.",
    "The best thing I could do for my sore back is go for a swim.",
    "Long sleeves at the barbecue so nobody sees my sunburn.",
    "The new footbridge has no railings yet, the council says they go on next week.",
    "Mum took the car keys off me after the eye operation, I'd have used them to get to work.",
    # found in review: the everyday senses the new rules first took for crisis
    "I finished myself two slices of cake and felt fine about it.",
    "I have to finish myself, nobody else will write this essay.",
    "When I kill myself at the gym tomorrow I'll need a long bath.",
    "Turn that comedy off before I kill myself laughing.",
    "Gave away my old coats to the charity shop. Told Mum I was decluttering. I'm not kidding, it was a huge pile.",
    "Found out where Dad keeps the rat poison so the dog can't get at it, top shelf.",
    "Dad put his old shotgun in my car boot to take it to the gunsmith for repair.",
    "I cover them up so nobody asks, the tattoos are still a bit red.",
    "My savings won't reach next month.",
    "When the landlord finally confirms the move, that's my date.",
    "The character died in the end and I was a bit jealous of him.",
    "Uncle Pete passed away at 92 after a full life on the coast, I'm so jealous.",
    "I don't think I'll get to be 30 before I pay off this loan.",
    "There'll be no me at the party, I've got the flu.",
    "Wore a hoodie so nobody notices the new ones, sunburn is mortifying.",
    "Sent a goodbye message to the group before the retreat, see you all after Easter.",
]

test_quiet_crisis_is_found, test_its_everyday_twin_is_not = crisis_tests(POSITIVES, LOOK_ALIKES)
