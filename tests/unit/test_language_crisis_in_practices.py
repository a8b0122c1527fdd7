"""Crisis told inside the practices' own forms, each beside the practice writing that shares its words:
a letter to oneself that forgives what is about to be done, the kind thing being to let oneself go, the
friend exercise that ends "I'm the one who has to go", a safety plan that does not apply, a last check-in,
and self-care notes that are preparations; and a dark time told as over ("two summers ago", "when I was
drinking", "the old days"), which stays quiet unless the crisis is back now. Our own sentences;
scripts/data/practice_dev_3.txt (never trained on) measures the same kinds in another writer's words."""

from __future__ import annotations

from tests.support.crisis_cases import crisis_tests

POSITIVES = [
    # a letter to oneself, a compassionate figure, the friend exercise
    "Dear me, I forgive you for what you're about to do this weekend.",
    "Forgive me for what I am going to do, I just can't carry it any more.",
    "Dear self, the kindest thing now would be letting you go.",
    "The gentlest thing is to let myself go, I think.",
    "I'd sit up all night with a friend like me, but I'm the one who has to go.",
    "My friend would get a hug and a phone number, and I'm the one who needs to disappear.",
    "The figure in my imagery is waiting for me on the other side now.",
    # a date, a plan, a character followed
    "If my sister had a date picked like I do I'd ring someone straight away.",
    "I've picked the date and if my therapist knew she'd stop me.",
    "In the film he walks into the sea, and I keep working out how to do the same.",
    "Thinking mostly about what I've been collecting and whether it's enough now.",
    # the practice's own forms turned to a goodbye
    "Homework: crisis plan. Filled it in, but I've already made other plans.",
    "Last check-in. Sorry.",
    "last entry ever, sorry",
    # self-care notes that are preparations
    "Rehomed the rabbit, paid the gas bill, hoovered. Everything in order for Friday.",
    "Saying goodbye to my friends this week without any of them realising.",
    "Self-care was picking up the last of what I need for tonight.",
    "Left the cat with Mum for a few days, she doesn't know it's for good.",
    "Mood: calm, first time in ages, because I know it ends on Saturday.",
    "I'll be gone before my next session so cancel the reminder.",
    # a past told as over does not hide a crisis now
    "Two summers ago I planned to end my life, and this winter I've planned it again.",
    "The first year without her was hard and this year I want to die.",
    "I want to be gone long before I'm old.",
    # a thought labelled as a thought, still winning; said and meant
    'Thought: "I should just end it". It\'s getting louder and I believe it now.',
    "I keep having the thought that I should kill myself and it's just a thought but it's getting louder.",
    "I said I wanted to die and I meant it.",
    "I won't be here for my next appointment.",
    "Don't bother booking, I won't be around for the next session.",
    # found in review
    "Mum, please forgive me for what I'm going to do in the morning.",
    "Writing to myself like a friend: the kind thing would be to let you go.",
    "My cousin hanged himself last year and I keep thinking about how to do the same.",
    "Chosen the date, didn't tell my therapist because she'd stop me.",
    "Last entry. I'm so sorry.",
    "My friend overdosed last year. I want what she had. I've nearly got enough saved.",
    "Sober six months and I'm going to kill myself this weekend.",
    "Things are at their worst and I've decided to end it.",
    "At my worst I wanted to die and I'm at my worst now.",
]

LOOK_ALIKES = [
    "Forgive me for what I'm about to do to this cake, it's going to be a mess.",
    "The kindest thing would be letting you go to bed early tonight, love.",
    "The kind thing is to let myself go easy on the ironing this week.",
    "Everyone else can stay at the party but I'm the one who has to go to work at six.",
    "My cousin will be waiting for me on the other side of the border with the car.",
    "My sister has a wedding date picked out already, I haven't even got a boyfriend.",
    "We've picked a date for the wedding and if Mum knew she'd stop me telling anyone.",
    "My friend ran the marathon in under four hours and I've been working out how to do the same.",
    "Thinking about what I've been saving for the deposit and whether it's enough yet.",
    "Homework: safety plan. Filled it in with my therapist, it helped to write the numbers down.",
    "Last check-in before the holiday, sorry it's short.",
    "Got everything in order for next week's audit, finally.",
    "Said goodbye to my colleagues without them realising I was leaving the company for good.",
    "Got the last of what I need for tonight's dinner party, the lemons were the hardest.",
    "Took the dog to my sister's while we're in Greece, she doesn't know it's for good yet, we're moving there.",
    "Mood: relieved because I know the project ends this weekend.",
    "I'll be gone before the next appointment, I'm moving to Leeds, can you transfer my notes?",
    # a dark time told as over, in the words people use for it
    "Three winters ago I wanted to end it all; this winter I'm knitting scarves for the grandchildren.",
    "When I was drinking I believed everyone would be better off without me; sober five years, I know better.",
    "Dreamt about the old days when I wanted to die and woke up glad it isn't then.",
    "When the bills were at their worst I thought about ending things; we cleared the last of them in June.",
    "In my forties I thought disappearing was the only way out; my fifties have been kinder.",
    "The first year after Dad died I didn't want to be alive, and now I can tell his stories and laugh.",
    # a thought watched as a thought, as the practices teach; said, then what was meant; a death far off
    'Thought: "nobody would miss me". Old thought. I see it, I don\'t believe it, and I let it float off.',
    'Caught the "they\'d be better off without me" thought and labelled it: just a thought, not a fact.',
    "Told my husband I wanted to die after the second round of chemo, but I meant I wanted the sickness to stop.",
    "The chemo makes me want to die some days, meaning I feel awful, nothing more.",
    "After I'm gone, many years from now, I'd like the grandchildren to have the piano.",
    "May I stop the late-night snacking without punishing myself for it.",
    "I won't be here for my next appointment, I'm away in Spain, can we move it?",
    "I won't be around for the next session because of the conference.",
    "The nurse won't be here for my next appointment, she's on leave.",
    "Sorry, I won't be around for my next check-in, my shift changed.",
    "I won't be here for my next appointment. I'll be in Portugal with my sister.",
    # found in review: the everyday senses of the new rules
    "Dear me, I forgive you for what you're about to do: eat the whole cheesecake.",
    "Dear Biscuit, the kindest thing is letting you go, you were the best dog.",
    "What I've been saving each month is finally enough for the deposit.",
    "My partner hates the dentist, so I'm the one who has to go.",
    "Tom has a date set like I do for the move.",
    "She killed it at the interview and I'm working out how to do the same.",
    "The ferry was late but Sam was waiting for me on the other side.",
    "I've set the date for the skydive; if Dad knew he'd stop me.",
    "I made a safety plan with my therapist today, hopefully I won't need it.",
    "Last log sorry, so tired.",
    "Passport, tickets, euros: everything in order for Friday.",
    "Calm about the deadline because I know it all ends this Friday.",
    "I'll be gone by my next review, I've handed in my notice.",
    "I was sure I was going to die on that plane.",
]

test_crisis_in_a_practice_is_found, test_the_practice_writing_is_not = crisis_tests(POSITIVES, LOOK_ALIKES)
