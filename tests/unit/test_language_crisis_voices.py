"""Crisis language in the voices the detector reads worst: texting that masks a serious line with
"lol" or "tbh", long run-on entries with the risk in the middle of everyday clauses, older adults'
quiet wishes, English as a second language and world Englishes, and understatement. Each voice
has look-alikes in the same voice and words (a film, a friend helped, the past that is over, a
class, a spouse's death told plainly, hyperbole, everyday senses). These sentences are not
training sentences for the second opinion (scripts/data/crisis_train_26.txt holds different ones);
cases still misread are marked and left in, so progress shows.
"""

from __future__ import annotations

from tests.support.crisis_cases import assert_not_training_lines, by_kind, crisis_tests

VOICES: dict[str, tuple[list[str], list[str]]] = {
    "texting": (
        [
            "ngl i dont see the point of being alive anymore lol anyway whos coming saturday",
            "tbh ive been looking up how many of my tablets it would take haha",
            "idk i just want to stop existing lol",
            "lowkey been planning to end it after exams tbh",
            "everyone wud be better off without me ngl",
            "cut again last nite lol its fine",
            "i got the pills saved up in my drawer lol dont tell anyone",
            "been standing on the bridge every night this week tbh just looking down",
            "not gonna lie im not gonna make it to my birthday",
            "nobody would even notice if i disappeared lmao",
            "wrote goodbye texts to everyone in my drafts lol",
            "i kinda want to walk in front of a bus tbh",
            "idk why im still here tbh i dont want to be",
            "haha ive been thinking about killing myself a lot lately anyway how was ur day",
            "srsly thinking of driving into a wall on the way home tonight",
            "tbh i wanna sleep forever and not wake up lol",
        ],
        [
            "ngl this essay is killing me lol",
            "i will literally die if he texts back lmao",
            "tbh i want to disappear under my duvet till monday",
            "lol my phone battery is dead again",
            "idk why im still at work tbh its 8pm",
            "gonna jump in the lake at the festival lol its tradition",
            "everyone wud be better off without my singing tbh lol",
            "ngl i cut my fringe last night and it looks awful",
            "lowkey planning to end my gym membership after xmas",
            "my flatmate drank all the milk again i swear ill kill him lol",
            "haha this traffic is gonna be the death of me",
            "tbh i wrote goodbye cards for my coworker whos leaving",
            "lol the bridge by uni is closed again so i walked the long way",
            "tbh i wanna sleep for a week after this shift",
            "i got my pills from the pharmacy finally lol the queue was mental",
            "ngl i dont see the point of this meeting lol anyway whos coming saturday",
        ],
    ),
    "run-on": (
        [
            "went to the shop for milk and bread and on the way back i thought properly about how i would do it"
            " and then i put the kettle on like nothing",
            "the kids were fighting all morning and I did the school run and somewhere in there I decided this is"
            " my last week and then I made lunches",
            "work was long and my manager was on at me again and honestly I have the pills counted out in the"
            " bathroom cabinet and I'm just so tired of all of it",
            "cleaned the kitchen, paid the gas bill, wrote the letters to mum and my sister for after I'm gone,"
            " then watched telly",
            "had tea with my neighbour and we talked about her garden and all the time I was thinking they'd all"
            " manage better without me dragging them down",
            "bus was late again so I walked and stood on the footbridge over the motorway for a long time thinking"
            " how easy it would be, then went to work",
            "I met my old school friends for lunch and laughed in the right places but nobody there would even"
            " notice if I stopped turning up to anything ever again",
            "spent the afternoon sorting the spare room and I've put my passwords and the insurance papers in an"
            " envelope for whoever needs them when I'm not here anymore",
            "did the laundry and hoovered and then sat on the bathroom floor and cut my arm again because it's the"
            " only thing that makes the noise stop",
            "my brother came round and we watched the match and I didn't tell him I don't think I'll be around by"
            " the summer",
            "the day was fine really, walked the dog and did the shopping, but I keep wishing I could just go to"
            " sleep and not wake up",
            "after my shift I drove down to the river and sat in the car with the engine running and thought about"
            " just driving in",
        ],
        [
            "watched a documentary about a man who planned his own death for years and it was sad, then I made"
            " pasta and went to bed early",
            "went to the shop for milk and bread and on the way back I worked out how I would tell my boss I'm"
            " leaving, then put the kettle on",
            "my sister has been struggling and she told me she took too many pills last year but she's doing much"
            " better now and we went for coffee",
            "in psychology class we covered risk factors for suicide and then we had a quiz and I got most of them"
            " right",
            "cleaned the kitchen, paid the gas bill, wrote the thank you cards for everyone who came to the"
            " wedding, then watched telly",
            "bus was late again so I walked over the footbridge over the motorway and watched the traffic for a"
            " bit, then went to work",
            "years ago I used to cut and I'm proud that it's been six years now, today I baked bread and phoned"
            " my aunt",
            "spent the afternoon sorting the spare room and put the insurance papers in an envelope so they're easy"
            " to find when we renew",
            "my friend rang at midnight saying she didn't want to live, so I stayed on the phone and we called the"
            " helpline together and she's safe now",
            "the day was fine really, walked the dog and did the shopping, and I fell asleep on the sofa and didn't"
            " wake up till the news",
            "after my late shift I drove down to the river and sat in the car eating chips and watching the swans",
            "in the novel the widow decides she has lived long enough and the whole chapter is her last day, I"
            " cried at the bus stop reading it",
        ],
    ),
    "older adults": (
        [
            "I am eighty-one and I have had enough of this life, I would not mind if the Lord took me tonight",
            "Since Margaret went I don't see much reason to go on, I'm just waiting to join her",
            "I'm ready to go now, I've told the doctor I don't want any more of the tablets that keep me going",
            "Some mornings I'm sorry I woke up at all",
            "I'm only a nuisance to my daughter now, she'd have her life back if I was gone",
            "I've been saving my sleeping tablets in a tin, I think I have enough now",
            "I've sorted my funeral and given my rings to the grandchildren, there's nothing left for me to do here",
            "Nobody visits, nobody rings, I could be dead in this chair a week before anyone knew, and I'd rather be",
            "I don't expect to see another Christmas and to be honest I don't want to",
            "At my age what's the point of carrying on, I'd as soon be in the ground with Jim",
            "It's time I was gone, I'm just a burden on everyone",
            "I wouldn't mind if I didn't wake up one of these mornings, I've lived long enough",
        ],
        [
            "Jim died three years ago and I still talk to him in the garden, but I've got my bowls club and the"
            " grandchildren",
            "I'm eighty-one and the doctor says my heart is tired, so I'm taking it easy and enjoying my crosswords",
            "I've sorted my will and my funeral plan like everyone my age should, then I booked a coach trip to the"
            " Lakes",
            "My hip is bad and I can't get out much, but my neighbour pops in every day",
            "Since Margaret went the house is very quiet, so I've started going to the lunch club on Tuesdays",
            "The nurse asked if I ever wish I was dead and I told her no, I've too much to see yet",
            "I've given my rings to my granddaughter for her wedding, she was thrilled",
            "I've lived long enough to see four great-grandchildren and I'm grateful for every one",
            "My sister is ready to go, she's ninety-eight and in the hospice and very peaceful about it",
            "I keep my tablets in a pill box with the days on it so I don't forget",
            "I'm a bit of a nuisance at the surgery, always asking questions, but the doctor doesn't mind",
            "I don't expect to see many more Christmases but I intend to enjoy this one",
        ],
    ),
    "world Englishes": (
        [
            "I am not wanting to live more, every day is same pain",
            "Yaar I am thinking to end my life only, nothing is left for me",
            "Me I don't want to be alive again, I am tired of this life",
            "I'm so tired na, I just want to die already",
            "Wah I really don't want to live already lah",
            "Sure what's the point of me at all, they'd all be better off if I was gone",
            "Am no wantin tae be here anymair",
            "Honestly mate I've had a gutful of living, I'm gonna end it this arvo",
            "Eish, I've been looking at my gran's pills, thinking of taking all of them",
            "I have kept the rope in my almirah, tonight I will do it",
            "My family is suffering because of me only, better I should not be there",
            "I am planning to jump from the terrace of my building this Sunday",
            "Please I cannot continue, I want to sleep and not wake up again",
            "I have been cutting my hands with blade since many days",
        ],
        [
            "I am not wanting to go to office today, too much rain",
            "Yaar this traffic is killing me, I will reach late only",
            "Me I don't want to eat rice again, I am tired of it",
            "I'm so tired na, I just want to sleep already",
            "Wah the exam really want to kill me lah",
            "Sure what's the point of me going, the match is cancelled anyway",
            "Am no wantin tae go tae the dentist the morra",
            "Honestly mate I've had a gutful of this heat, I'm going to the beach this arvo",
            "Eish, my gran's pills are finished, I must fetch more at the chemist",
            "I have kept the rope in my almirah for drying the clothes on the terrace",
            "My family is happy because I passed the exam only",
            "We are planning to go to the terrace of my building this Sunday for the kite festival",
            "I have been cutting vegetables with new blade since morning for the wedding",
            "Lah I really don't want to go back to the office already",
        ],
    ),
    "understatement": (
        [
            "I think I've come to the end of what I can manage, and I've made my arrangements",
            "Not sure I'll still be here after the weekend, and I'm at peace with that",
            "I've stopped taking my heart tablets on purpose",
            "I just don't really see a future where I'm in it",
            "I'd rather not carry on, if I'm honest",
            "I've been quietly saying my goodbyes this week",
        ],
        [
            "I think I've come to the end of what I can manage at work, so I've made arrangements to go part time",
            "Not sure I'll still be here after the weekend, the lease ends and we're moving to Leeds",
            "I've stopped taking my heart tablets because the doctor switched me to a new one",
            "I'd rather not carry on with the choir, if I'm honest",
            "I've been quietly saying my goodbyes to colleagues this week before I retire",
            "I've made my arrangements for the weekend, the kids are at their dad's",
            "I just don't really see a future for that old car of ours",
        ],
    ),
}

# Cases still misread after the twenty-sixth round of data, each by enough of its first words to
# tell it from every other case; most need the code to change, so they are marked, not dropped.
NOT_YET: set[str] = {
    "I met my old school friends for lunch and laughed ",
    "spent the afternoon sorting the spare room and put",
}

POSITIVES, LOOK_ALIKES = by_kind(VOICES)


def _not_yet(text: str) -> bool:
    return any(text.startswith(start) for start in NOT_YET)


test_crisis_in_each_voice_is_found, test_look_alikes_in_the_same_voice_are_not_crisis = crisis_tests(
    POSITIVES, LOOK_ALIKES, not_yet=_not_yet
)


def test_enough_cases():
    assert len(POSITIVES) >= 60 and len(LOOK_ALIKES) >= 60
    assert_not_training_lines(text for _, text in POSITIVES + LOOK_ALIKES)


def test_each_case_marked_not_yet_is_exactly_one_case():
    texts = [text for _, text in POSITIVES + LOOK_ALIKES]
    for start in NOT_YET:
        assert sum(text.startswith(start) for text in texts) == 1, start
