"""Whose crisis, and when: a word in a sentence that looks like someone else, a story, a topic,
a joke or the past must not explain away the writer's own wish or plan, now; and everyday
hyperbole ("kms this printer") is not read as a plan. Our own sentences, one list per kind."""

from __future__ import annotations

from tests.support.crisis_cases import assert_not_training_lines, crisis_tests

# A laugh beside a clear plan of the writer's own does not make it a joke.
JOKE_BESIDE_A_PLAN = [
    "lol so i finally worked out how many tablets it would take",
    "lmao ngl i'm ready to go, the pills are on my desk",
    "lol i'm going to kms tonight for real",
    "i'm going to overdose tonight haha",
    "lmao i bought the rope today",
    "haha i've written my goodbye letters",
    "i've been saving up my pills for this weekend lol",
    "haha i'm actually going to slit my wrists tonight",
    "im going to self harm tonight lol",
    "lol i've picked the date",
    "i'm going to hang myself tomorrow lmao",
]
JOKES = [
    "haha the pills are on my desk if anyone wants a paracetamol",
    "lol i'm ready to go, the taxi is outside",
    "if i have to sit through one more meeting I'll jump out the window haha",
    "if this meeting runs over tomorrow i'm jumping off the roof lol",
    "my choir would be better off without me lol, i can't hit a single note",
    "haha the cat knocked my pills off the shelf again",
    "lol i've picked the date for the party",
    "i bought the wrong rope for the washing line haha",
    "lmao i've written my essay in one night",
    "haha i'm going to hide under the duvet all weekend",
]

# "Years ago" inside a wish held now is not the past that is over.
A_WISH_NOW_ABOUT_THE_PAST = [
    "i've wanted to die for years",
    "i've been wanting to die for months and it's getting worse",
    "I should have been gone years ago",
    "i should have died years ago",
    "I should've ended it years ago",
    "i wish i'd died years ago",
    "i should have killed myself years ago",
    "honestly i should have died years ago, i still think it every night",
    "I should have done it years ago and I'm going to finally do it",
    "i wish i had been killed in that crash years ago",
]
THE_PAST_THAT_IS_OVER = [
    "i've been dying for a holiday for months",
    "i'd die for a week in the sun",
    "years ago I wanted to die but I'm fine now",
    "i self-harmed when i was a teenager, it's been years",
    "my gran always said she should have died years ago with grandad",
    "the cat should have died years ago, the vet says she's a miracle",
    "i should have gone to the doctor years ago about my knee",
    "i should have quit that job years ago",
    "i wished i was dead back at school but that passed",
    "i should have ended that friendship years ago",
]

# A game, a story or a class named only to deny it.
A_STORY_DENIED = [
    "log off for good, irl not the game",
    "time to log off for good, irl not the game",
    "this is not a game, i'm going to kill myself",
    "this isn't a story, i really want to die",
    "it's not about a film, i'm writing my goodbye letters tonight",
    "not a joke, i want to end it all",
    "i'm going to kill myself, this isn't a drill",
    "i want to die and it's not for a class",
]
A_STORY = [
    "the character kills himself in the game",
    "in the film he stands on the edge of the bridge",
    "my essay is about suicide prevention in prisons",
    "we watched a documentary about suicide rates in farmers",
    "the game lets your avatar jump off a cliff and respawn",
    "the novel's narrator wants to die in the last chapter",
    "the podcast was about people who survived overdoses",
    "our class is reading a play where the hero takes his own life",
]

# A parent, a partner or a child named as the audience or the cause of the writer's own wish.
A_PERSON_NAMED = [
    "they'd all be happier when i'm gone",
    "my husband deserves better than a wife who wants to die",
    "my sister deserves better than a brother who wants to die every day",
    "texted my mum thanking her for everything, it's the last message she'll get from me",
    "my dad would be better off without me",
    "he'd be relieved if I was gone",
    "my wife would be relieved if i was dead",
    "my parents would be happier if i just disappeared forever",
    "i'm going to write my mum a goodbye letter tonight",
    "wrote my dad a suicide note last night and it's in my drawer",
    "my dad is the reason i want to kill myself",
    "my girlfriend left and now i want to end it all",
    "my son deserves a dad who isn't a burden, he'd be better off if i was gone",
]
SOMEONE_ELSES = [
    "there was a woman standing on the edge of the roof when i walked past",
    "a man stood on the edge of the bridge this morning and the traffic stopped",
    "my grandad was ready to die for years before he went",
    "my friend keeps texting her ex, it's the last message she'll send him, she swears",
    "my dad would be better off with a new car",
    "my brother stood on the edge of the roof and the police talked him down",
    "he stood on the edge of the bridge for an hour last night",
    "she was standing on the ledge when they found her",
    "my mum wrote a goodbye letter to her old job",
    "my friend told me she wants to die and i sat with her all night",
    "my dad took an overdose years ago and he's doing well now",
    "he'd be relieved if I was gone for the weekend so he can have the house",
]

# An exam, a class or work named only as when the writer's own plan falls.
AN_EVENT_AS_WHEN = [
    "i'm not going to be around for my exam results and i'm at peace with that",
    "after my last exam I'm done with everything, for good",
    "after my last exam im going to kill myself",
    "once my shift ends on friday i won't be here anymore",
    "by the end of term i'll be gone for good",
    "after the class tonight i'm going to take all my pills",
    "i'm going to jump off the bridge after work",
    "when work finishes tomorrow i'm done, that's it for me",
    "i've decided to end it after my last exam",
]
AN_EVENT_AS_REASON = [
    "i looked up overdose doses for my pharmacology essay",
    "i won't be here for the class presentation, i'll be at the dentist",
    "after my exams i'm done with revising for good",
    "after the exams are done, that's it for me with chemistry",
    "once the course finishes i'll be gone for good, moving to leeds",
    "by the end of term i'll be gone for good, i've got a job in leeds",
    "after my exams i won't be here, i'm off travelling",
    "after my last shift i'm done with that café forever",
    "i'm logging off for good, going to bed",
    "once the semester ends i'm gone, going home to spain",
]

# Slang for killing oneself beside an everyday annoyance and no other sign of risk is hyperbole;
# with the writer as its object, a plan or another sign of risk, it stands.
SLANG_MEANT = [
    "kms tonight",
    "kms, nobody would even notice",
    "kms i can't do this anymore",
    "i want to kms, the meeting was the last straw",
    "i'm going to unalive myself after this meeting",
    "i just want to kms",
    "im going to kms for real this time",
    "i need to unalive myself, i'm such a burden",
]
SLANG_AS_HYPERBOLE = [
    "kms this printer jammed again",
    "kms if this meeting runs over",
    "the boss fight unalived my whole party lol",
    "the printer unalived my essay lol",
    "kms the bus is late again",
    "ugh kms the wifi is down again",
    "kms my train is delayed for the third time",
    "my laptop crashed and unalived my spreadsheet",
]

OWN = JOKE_BESIDE_A_PLAN + A_WISH_NOW_ABOUT_THE_PAST + A_STORY_DENIED + A_PERSON_NAMED + AN_EVENT_AS_WHEN + SLANG_MEANT
NOT_OWN = JOKES + THE_PAST_THAT_IS_OVER + A_STORY + SOMEONE_ELSES + AN_EVENT_AS_REASON + SLANG_AS_HYPERBOLE


test_the_writers_own_crisis_stands, test_someone_elses_a_story_or_hyperbole_raises_no_alarm = crisis_tests(OWN, NOT_OWN)


def test_each_kind_has_at_least_eight_each_way():
    kinds = [
        (JOKE_BESIDE_A_PLAN, JOKES),
        (A_WISH_NOW_ABOUT_THE_PAST, THE_PAST_THAT_IS_OVER),
        (A_STORY_DENIED, A_STORY),
        (A_PERSON_NAMED, SOMEONE_ELSES),
        (AN_EVENT_AS_WHEN, AN_EVENT_AS_REASON),
        (SLANG_MEANT, SLANG_AS_HYPERBOLE),
    ]
    assert all(len(own) >= 8 and len(not_own) >= 8 for own, not_own in kinds)
    assert_not_training_lines(OWN + NOT_OWN)
