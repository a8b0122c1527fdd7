"""Crisis language in what people write while they practise, and the practice writing that is not.

People doing the practices write kindly to themselves, name pain and grief plainly, and notice the
body; none of that should raise crisis help. A crisis told inside a practice (a RAIN note, a letter
to oneself) still must. Our own sentences; scripts/data/practice_dev_1.txt (never trained on) and
the fourteenth held-out file measure the same kinds in other writers' words."""

from __future__ import annotations

from tests.support.crisis_cases import crisis_tests

POSITIVES = [
    "burnt myself on the iron again tonight, it's the only thing that helps.",
    "stood on the multi-storey roof a long while thinking how easy it would be.",
    "Recognise: I want to die. Allow: I can't even do that part.",
    "Letter to myself: I'm sorry, I can't keep going, and I've worked out how I'll do it.",
    # a message drafted so someone close does not find the writer; leaving, with the place ruled out;
    # a height visited to work out where; a thought quoted and believed, or back; a panic attack wished real
    'Thought: "nobody would miss me". I believe it more every day.',
    'Thought: "I should just end it". Old thought, but I believe it more each day.',
    "I thought I was dying and wished I had.",
    "I'm not drowning. I'm letting go.",
    "Drafting the message to my brother again tonight, so he's not the one who finds me.",
    "I'm going for good and I don't mean the house, I mean the world.",
    "I walked up to the quarry after work and stood at the fence a long time picking which spot.",
    # found in review: "I'm fine" is a front more often than not; an idiom's words used for an end;
    # a dose looked up; an act "not too late"
    "I'm fine, I'm going to jump.",
    "i'm fine, the rope's in my wardrobe",
    "you're okay, you can stop fighting now, the pills are on the side.",
    "Did the body scan, I'm okay, made tea, rang mum, and worked out which night I'd do it, then watched telly.",
    "I'm gone, going home to die.",
    "I'm gone, going home to my mum in heaven.",
    "I want to die on this hill, up here where nobody will find me.",
    "not too late to jump, the bridge is still open.",
    "check in: slept two hours, didn't eat, looked up how much paracetamol it takes.",
    # steadying words that are a front, or a calm before an end
    "I tell everyone I'm fine but I've been saving my pills.",
    "I'll be okay once it's over, not long now.",
    "you're going to be okay, it's nearly over, just one more night.",
]

LOOK_ALIKES = [
    # a stand taken on a point, and leaving for a place
    "I'll die on this hill: the oxford comma stays.",
    "you'll die on this hill, won't you.",
    "once the exams are done i'm off, heading home to cork for the summer",
    # the practices, in the words people use for them
    "Dear me, the move wore you thin and you kept turning up for the kids anyway. I see that.",
    "RAIN: recognise the dread. allow it. it sits in my throat. nurture: a warm drink and an early night.",
    "Regret: I snapped at my sister. Compassion: I was exhausted and I said sorry, that's nothing to be ashamed of.",
    "I notice I'm okay, sitting with the sadness for a minute.",
    "may I be safe, may I be at ease, may my friend be free from pain.",
    "I notice the heaviness in my legs and let it be there without fixing it.",
    "I'd never call a friend a failure for needing a rest, so I'm not calling myself one.",
    "The book ended with the old man dying in his garden and it felt gentle, I cried and then slept well.",
    "check in: slept six hours, walked to the shop, ate toast. good enough for today.",
    # leaving somewhere, with what is meant named; a place visited to choose a spot for a picnic
    "I'm leaving the choir for good, and I don't mean the friends, I mean the Tuesday nights.",
    "we drove to the lake and spent ages working out where to park.",
    "Drafting the email to my landlord so he's not the one who finds the leak first.",
    # found in review: a strong phrase or a height used for something else
    "Running till my lungs burn is the only thing that helps my head after work.",
    "Watched the roofers on next door's roof all morning thinking how easy it would be, then tried to fix our"
    " gutter and got stuck on the ladder.",
    "looked up how much paracetamol it takes to bring a fever down",
    "it's not too late to jump on the train to york",
    "Walked along the sea front with Mum, deciding where.",
    "I'm going home, and I don't mean the flat, I mean Mum's.",
    "It's not too late to do it, the deadline is Friday.",
    "So she's not the one who finds me asleep on the sofa again, I set an alarm.",
]

test_crisis_inside_a_practice_is_found, test_practice_writing_raises_no_alarm = crisis_tests(POSITIVES, LOOK_ALIKES)
