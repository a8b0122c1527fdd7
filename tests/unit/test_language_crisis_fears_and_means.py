"""Crisis language found in 2026-12-04's development sets, each beside the everyday sentence that shares
its words: means taken out and counted, a night picked for "it", a height one will not walk away from,
death that sounds restful, notes for the family left in a drawer. And the look-alikes this round keeps
quiet: dying feared rather than wished ("I thought I was going to die on that ladder"), and a sentence
whose rule match was read as the writer's past, which the second opinion no longer overrules unless it
is well above its threshold. Our own sentences; scripts/data/practice_dev_2.txt (never trained on)
measures the same kinds in another writer's words."""

from __future__ import annotations

from tests.support.crisis_cases import crisis_tests

POSITIVES = [
    # means taken out and counted, or noticed the wrong way
    "Came home from the worst shift and took the blister packs out and counted them on the table.",
    "Tipped all my sleeping pills out and lined them up on the duvet.",
    "The sharp stuff in the kitchen keeps catching my eye in the wrong way.",
    "Those tablets in the bathroom cabinet call to me in the wrong way lately.",
    "The knives in the kitchen catch my eye in the wrong way lately.",
    "I keep looking at the razors in the wrong way.",
    # a time picked for it; a height one will not walk away from
    "Picked the evening my flatmate works late to do it.",
    "Set the night when everyone is at the match to do it.",
    "Bridge near work, I stop there every night after my shift. One night I won't walk away.",
    "I go up to the top of the car park most nights; some night I'm not going to come back down.",
    # death that sounds restful; wanting what someone who ended it had
    "Honestly being buried sounds more restful than another shift of being me.",
    "Never waking up sounds like a relief right now.",
    "The woman in the novel ends things so peacefully. I want what she had and I've started the same arrangements.",
    "The girl in the book took all her pills. I want what she had, and I have nearly enough saved.",
    # notes for the family left where they will be found
    "I can't keep doing this. I've written notes for my parents and they're in the desk, I think Friday.",
    "Wrote letters to the kids and put them in the drawer by my bed.",
    # a time chosen for when others are away, then only pointed at; the when known; nobody to worry after
    "saturday, when everyones at the match. thats when",
    "tuesday night while mum's on nights. thats when",
    "I know when now. The last day of the month.",
    "I've decided how and when.",
    "The 3rd. After that nobody has to worry about me again.",
    "Soon nobody will need to worry about me anymore.",
    # dying feared is not dying wished, unless something welcomes it
    "I thought I was dying, and part of me was relieved.",
    "I was scared I was going to die and honestly I wanted to.",
    "I think I'm going to die by my own hand soon.",
    "I'm sure I'm going to die tonight, I have the pills ready.",
    "I'm scared I'm going to die soon and I won't stop it.",
    "I'm afraid I'm going to die this week, I've chosen how.",
    "I felt like I was going to die today and I still feel like I want to.",
    # a rule's match set aside as someone else's, and the writer's own crisis after it
    "My sister says she wants to die but really I'm the one who doesn't want to be here.",
]

LOOK_ALIKES = [
    # the everyday twins of the new rules
    "Took Mum's tablets out and counted them into her weekly organiser.",
    "Tipped the pills out and counted them to make sure the pharmacy got it right.",
    "Took my meds out and counted them, the pharmacy gave me short again.",
    "The knives in the block are stored the wrong way round, blades up.",
    "Picked the weekend the kids are at their dad's to paint the hall.",
    "There's a bridge near work where I stop for the sunset; one day I'll walk away from this job.",
    "Being buried in blankets sounds more restful than another shift.",
    "Being buried under paperwork sounds about right for a Monday.",
    "I want what she had, a garden and a dog, and I've started making plans for the allotment.",
    "Wrote notes for the kids and they're in the drawer for when they go back to school.",
    "Left a letter for my husband, it's under his pillow for our anniversary.",
    "Wrote letters to the grandchildren for their birthdays, they are in the bureau ready for posting.",
    "Saturday, when everyone's at the match, that's when I clean the house properly.",
    "Sunday, while she's at her mum's. That's when I get the bathroom done.",
    "I know when now, the bus timetable finally makes sense.",
    "I know how and when to say no these days, my therapist would be proud.",
    "After this op nobody has to worry about me anymore, the surgeon says I'm fixed.",
    "Passed my driving test! Soon nobody will need to worry about me getting home from work anymore.",
    # found in review
    "We went to the bridge at Clifton. One day I won't come back, because I'll have moved there!",
    "At the bridge club the games run so late, one night I won't come home.",
    "I want what she had. We saved up for ages and finally went to Rome the same way.",
    "I want what she had at her wedding, the same kind of arrangements with the flowers.",
    "I took all my pills out and counted them to pack for the flight to Spain.",
    "The grave looks much better now that we've weeded it and planted primroses.",
    "The pills are fine but the pharmacist looks at me in the wrong way.",
    "The lad selling belts at the market looks at me in the wrong way, it's creepy.",
    "I've written the notes for the kids' teachers, they're in the drawer by the door.",
    "I wrote letters to the kids for Christmas, they're in my desk.",
    "I hate clearing the gutters so I've set a day next month to do it.",
    # dying feared or believed, in a panic, a fall or a flight
    "I honestly thought I was going to die on that ladder.",
    "My chest was so tight I was sure I was having a heart attack and would die.",
    "My panic attack on the bus was the worst in a year. I thought I was dying.",
    "I was terrified I'd die in there when the lift stuck.",
    "During the turbulence I was convinced we were all going to die.",
    # a rule's match read as the writer's past, which the second opinion does not overrule
    "Ninety days sober. Back in spring I used to lie there wishing I wouldn't wake; that's gone now.",
]

test_new_crisis_wording_is_found, test_its_everyday_twin_is_not = crisis_tests(POSITIVES, LOOK_ALIKES)
