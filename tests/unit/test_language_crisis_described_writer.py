"""The writer named by what they are, with a clause about them: "I'm the girl who's going to kill herself
tonight", "I am one of the teenagers who want to kill themselves". The clause is the writer's own even
when it says "she" or "herself", so it is read again as "I ...". Beside them, the same shape when the clause
is about the people the writer helps, someone else's crisis, the past, a trait denied or an idiom. Also: a
short reply that joins someone else's attempt or death ("Wish it had worked for me.", "Tomorrow I follow."),
and the writer's own thoughts after a word of their job ("I'm a nurse and I've been thinking about taking an
overdose myself"). Our own sentences and a reviewer's; none is trained on."""

from __future__ import annotations

from tests.support.crisis_cases import assert_not_training_lines, crisis_tests

POSITIVES = [
    # the clause says "she", "he" or "they" of the writer
    "I'm the girl who's going to kill herself tonight.",
    "I'm the girl who cuts herself in the toilets.",
    "I am one of the teenagers who want to kill themselves.",
    "I'm the kid who cuts himself in the school toilets between lessons.",
    "I'm the teenager who wants to kill herself and I can't tell anyone.",
    "I am the guy who keeps thinking about killing himself every time I'm alone in the car.",
    "I'm the student who burns herself with hot spoons when the panic comes.",
    "im the one whos been hitting her head against the wall til it bleeds",
    # her pills, his family: the writer's own means and people
    "I am the wife who is going to take all her sleeping tablets once he leaves for work.",
    "I'm the guy who's been saving up his pills for weeks.",
    "I'm the son who would be doing his family a favour by dying.",
    "I'm the woman who wrote goodbye letters to her kids last night.",
    "I'm the girl who has her note written and saved on her phone.",
    # no pronoun at all, only the clause
    "I'm the kind of person who would be better off dead.",
    "I am someone who wants to disappear forever.",
    "I'm someone who just wants to go to sleep and never wake up.",
    "I'm one of those people who wake up every morning wishing they hadn't.",
    "I'm the bloke who plans to walk into the sea this weekend and not come back.",
    "I'm the person who just swallowed a load of pills and is waiting.",
    "I'm the pathetic one who still cuts at 34.",
    "i'm the idiot who relapsed and cut again last night",
    "Everyone thinks I'm fine. I'm actually the girl who bought a rope last week.",
    "Nobody gets it. I'm the person who's ready to die and has been for weeks.",
    "I'm literally the kid who hides razors in her pencil case.",
    "I'm the kid who wishes he'd never been born and thinks about dying every night.",
    "I'm the girl who's going to take her pills and kill herself tonight.",
    "I'm that person who's planning her suicide.",
    "I'm the girl that wants to die.",
    "I'm the girl who'll be dead by Friday.",
    "Im the guy whos gonna hang himself in the garage tonight",
    "I'm the lad that's decided to end his life this weekend.",
    "I'm the girl who keeps slicing her thighs open every night.",
    "I'm the teenager who's got a noose hanging in her wardrobe.",
    "I'm the girl who cant stop thinking about killing herself.",
    "I'm the one who'd rather hang herself than go back there.",
    "I'm the girl who never wants to see another morning.",
    "I'm the kind of girl who wants to jump off her balcony tonight.",
    "I'm going to jump off her balcony tonight.",
    # become, turned into, been
    "I became the girl who cuts herself in the school toilets.",
    "I've turned into someone who wants to disappear for good.",
    "Since the layoff I've been the sort of person who drives past the quarry thinking it would be so easy to go over.",
    # joining someone else's attempt or death in a short reply
    "My friend attempted suicide. Wish it had worked for me.",
    "My dad killed himself. Tomorrow I follow.",
    "My brother killed himself last year. I'll follow soon.",
    "My friend tried to kill herself. I wish mine had worked.",
    "My brother died by suicide in March. Wish it had been me instead.",
    "My ex attempted suicide over the weekend. Planning mine for Friday.",
    "My favourite teacher took her own life over the summer. Maybe I should too.",
    "My husband's first wife killed herself. Starting to feel the same.",
    "Chloe says she wishes she were dead. I wish I was too.",
    "my bestie tried to end it on saturday. i'm going to try too",
    "My mate Dave drove into the sea on purpose. I envy him so much.",
    "Our neighbour drowned herself last winter. Tonight's my turn.",
    "He drowned himself in the lake. I'll follow.",
    "My best friend tried to overdose. I'll try too.",
    "My friend jumped off the bridge last night. Tomorrow I follow.",
    "My uncle threw himself in front of a train. Wish it had worked for me.",
    "My best friend died by suicide. Sunday will be my turn.",
    "My cousin overdosed on purpose last week. I will too.",
    "My sister walked into the sea on purpose. I will follow.",
    "My teacher shot himself last week. Maybe I should too.",
    # a friend spoken to is not the one the sentence is about
    "Mate, want to die.",
    "Buddy, want to end it all tonight.",
    "Want to jump out of her window tonight.",
    "mate want to die tonight",
    # an opinion on the law is no wish, but wanting it for oneself is
    "I want assisted dying for myself.",
    "Been like this since 2019 and I want to die more now.",
    # "my" in a phrase that is the writer's own, not where someone is from
    "Mum on my case all day, suicide feels like the only way out.",
    "Kids in my care all day and nobody notices the suicidal thoughts.",
    # a job named, then the writer's own thoughts
    "I'm a nurse and I've been thinking about taking an overdose myself.",
    "I'm a moderator and lately I've been thinking about suicide myself.",
    # still missed: a clause that says "he'll" of the writer, quiet preparations, a helping role
    "I'm a dad who has already picked the tree he'll hang himself from.",
    "I'm the girl who's already put her will in the top drawer and cancelled all her subscriptions.",
    "I'm the guy who's been standing at the platform edge every morning waiting for the courage to step off.",
    "I'm the nurse who's been taking meds home from work so she can swallow them all at once.",
]

LOOK_ALIKES = [
    # the people the writer helps
    "I'm the friend who talked her out of killing herself.",
    "I'm a volunteer who answers calls from people who want to kill themselves.",
    "I'm the counsellor who talks students through suicidal thoughts every week.",
    "I'm the trainer who teaches suicide first aid courses to teachers.",
    "I'm the pharmacist who counts out pills all day, so numbers are basically my life.",
    "I'm the author who wrote a novel about a girl who wants to kill herself.",
    # someone else's crisis inside the clause
    "I'm the one who found him after he hanged himself.",
    "I'm the one who found my uncle after he took his own life, and I still see it when I close my eyes.",
    "I'm the one who has to tell the kids their grandad killed himself.",
    "I'm the mate who drove my best friend to A&E after he hurt himself.",
    "I've become the friend who talks everyone else out of killing themselves.",
    "I'm the daughter who had to watch Mum starve herself for years.",
    "I'm the one who stopped Jake from killing himself.",
    "I'm the youth leader who talked Tom out of hurting himself.",
    "I'm the neighbour who called 999 when Mr Jones tried to hang himself.",
    "I'm the sister who caught Jess cutting herself last night.",
    "I'm the only one who knows Sophie wants to kill herself.",
    "I'm the dad who read Josh's diary about wanting to kill himself.",
    # an opinion on the law, and a past told by its year
    "I'm one of those people who thinks assisted dying should be legal.",
    "I'm the girl who wanted to die in 2019 and now runs a bakery.",
    "I think assisted dying should be legal.",
    "I wanted to die in 2019 and now I run a bakery.",
    "I was suicidal in 2018 but therapy saved me.",
    "In 2019 I wanted to kill myself; today I got engaged.",
    "I'm the one who keeps telling Dan not to hurt himself.",
    "A girl in my halls tried to overdose last night.",
    "Some guy on my route jumped in front of a train this morning.",
    "Someone near my house drowned himself in the canal.",
    "My bestie has been self-harming again.",
    "My mate wants to die and won't talk to anyone.",
    # a fan of a show: no person the clause is about
    "I'm a big fan of that show where she kills herself.",
    "I'm a bit worried that Dad is going to kill himself.",
    "I'm a little scared that Mia will hurt herself again.",
    "I am a little concerned that Grandad wants to end his life.",
    # the past, a trait denied
    "I'm not the girl who wanted to die anymore.",
    "I'm the girl who used to cut herself, but that was years ago.",
    "I'm the guy who tried to kill himself back in 2015, and today I ran my first marathon.",
    "I'm the kind of person who would never hurt herself.",
    "I'm not someone who wants to die, I just want this week to be over.",
    # idioms and everyday things
    "I'm the idiot who cut himself shaving this morning.",
    "I'm the one who's dying to see the new Marvel film this weekend.",
    "I'm the guy who kills it at karaoke every Friday.",
    "I'm the one who's killing herself with overtime this month, my boss owes me a holiday.",
    "I'm killing myself with overtime this month, my boss owes me a holiday.",
    "I'm killing myself with double shifts to pay rent.",
    "Killing myself with revision this week, can't wait for half term.",
    "I'm the bloke who's going to jump into the cold sea on New Year's Day.",
    "I'm the guy who's been cutting his own hair since lockdown, and it shows.",
    "I'm the guy who wrote goodbye cards to everyone at work because I'm moving to Canada.",
    # a short reply to someone else's attempt or death that is not joining it; news that is no such thing
    "My flatmate poisoned himself with dodgy prawns. Same.",
    "He jumped in the puddle on purpose. Me too!",
    "My friend tried to kill herself before her finals. I won't fail.",
    "My friend tried suicide. I'll follow up with her tomorrow.",
    "My mate killed himself. I follow his mum on Instagram now.",
    # someone else's crisis told in one sentence, named by a name, a "from my ..." or a reflexive
    "A girl from my gym died by suicide. Donated to the charity.",
    "A bloke on my commute jumped in front of the train. Trains were cancelled for hours.",
    "my bestie tried to end it on saturday. can't stop crying",
    # still flagged: the words of a job or of someone else's crisis read as the writer's
    "I'm the nurse who sits with patients who want to die.",
    "I'm the paramedic who gets called out to overdoses most weekends.",
    "I'm the peer supporter who checks in on members who've mentioned self-harm.",
    "I'm the moderator who removes posts that encourage self-harm on our forum.",
    "I'm the friend who talked him off the ledge last summer, literally.",
    "I'm the guy who jumped off a bridge for his birthday, on a bungee cord. Best day ever.",
    "I'm the student who has a deadline on Friday and a plan to finish it by Thursday.",
    # read as "I ...", these are false alarms the plain first-person sentence raises too
    "I'm the clumsy one who cuts herself every time she chops onions.",
    "I'm the person who hurt herself playing netball yesterday.",
    "Lucy tried to drown herself in the canal. Anyway, work was long today.",
    "I'm the girl who was sure Ben would kill himself if I left.",
    "Harry tried to jump from his balcony last week. Police talked him down.",
    "I'm the chef who cuts himself at least once a shift.",
    "I'm the stuntman who throws himself off buildings for a living.",
    "I'm a big believer that suicide is preventable.",
    "I'm the man who's going to fall asleep in front of the telly again.",
]

_NOT_YET = (
    "I'm a dad who has already",
    "I'm the moderator",
    "I'm the peer supporter",
    "I'm the nurse who sits",
    "I'm the paramedic",
    "I'm the guy who jumped",
    "I'm the student who has a deadline",
    "I'm the clumsy one",
    "Harry tried",
    "I'm the chef",
    "I'm the stuntman",
    "I'm a big believer",
    "I'm the man who's going to fall asleep",
)

test_the_writer_described_is_found, test_others_and_idioms_are_not_crisis = crisis_tests(
    POSITIVES,
    LOOK_ALIKES,
    not_yet=lambda text: text.startswith(_NOT_YET),
)


def test_none_trained_on():
    assert_not_training_lines(POSITIVES + LOOK_ALIKES)


def test_the_cheap_words_hold_every_news_of_someone_elses_crisis():
    """tells_of_someones skips a text with none of _OTHERS_CRISIS_WORDS: each pattern needs one of them."""
    from pathlib import Path

    from hearten.domain.language import crisis
    from hearten.domain.language.rules import normalise

    data = Path(__file__).resolve().parents[2] / "scripts" / "data"
    lines = [normalise(line[2:]) for f in sorted(data.glob("crisis_*.txt")) for line in f.read_text().splitlines()]
    lines += [normalise(text) for text in POSITIVES + LOOK_ALIKES]
    found = [text for text in lines if crisis._OTHERS_CRISIS._get().search(text)]
    assert len(found) > 100
    for text in found:
        assert any(word in text for word in crisis._OTHERS_CRISIS_WORDS), text
