"""Crisis language: thoughts of suicide, self-harm or a plan. Errs towards safety; idioms stay out."""

from __future__ import annotations

import re

from .lexicon import alt
from .rules import Detector, Match, Rule, alternatives, joined_contractions
from .selftalk import asked_of_someone

_A = r"\s*'?\s*"  # an apostrophe that may be missing or spaced
_ME = r"(?:my\s*self|my\s+own\s+self|me\s+self|myslef|mysef|myelf|meself)"
# The writer's own self, or the self they talk to ("just kill yourself"); someone else's
# ("he hurt himself") is a worry about another person, not the writer's crisis.
_SELF = rf"(?:{_ME}|yourself|urself)"
_KILL = r"(?:(?:kill|kil|kll|kilk|klil|unalive)(?:ing|ed|s)?|do(?:ing|ne)?\s+away\s+with)"
_WANT = r"(?:want|wanna|wan|wanted|wnat|wamt|wants|wish|wished|wishing|ready|going|gonna|gunna|planning|plan|need|trying|tryna|deserve|deserved|hope|prefer|rather|would\s+like|i\s*'?\s*d\s+like|id\s+like)"
# Where "die" is an idiom, not a wish: of laughter, than karaoke, someday, the hair-dye slip.
_NOT_IDIOM = (
    r"(?!\s+(?:"
    + "|".join(
        (
            r"of\s+"
            + alt(
                (
                    "embarrassment",
                    "laughter",
                    "laughing",
                    "boredom",
                    "cuteness",
                    "curiosity",
                    "heat",
                    "thirst",
                    "hunger",
                    "envy",
                    "jealousy",
                    "excitement",
                    "happiness",
                    "joy",
                    r"old\s+age",
                    r"natural\s+causes",
                    "anticipation",
                    "suspense",
                    "fright",
                    "cringe",
                    "secondhand",
                    r"second[\s-]hand",
                )
            ),
            r"laughing",
            r"than",
            r"some\s*day",
            r"eventually",
            r"one\s+day",
            r"for\s+(?!nothing|real|(?:years|ages|months|weeks|so\s+long|a\s+long\s+time|a\s+(?:long\s+)?while)\b)",
            r"on\s+(?:this|that)\s+hill",
            r"in\s+(?:the\s+)?game",
            r"my\s",
            r"her\s",
            r"his\s",
            r"their\s",
            r"it\s",
            r"the\s",
            r"them",
            r"with\s+it\b",
            r"some\s",
            r"a\s",
        )
    )
    + r")\b)"
)
# Existing online, on an app or in a chat is a presence there, not a life.
_NOT_ONLINE = r"(?!\s+(?:online|on\s+(?:social|the\s+internet|the\s+group|insta|instagram|tiktok|facebook|twitter|snapchat|whatsapp|linkedin|reddit|discord|any\s+app|apps)|in\s+(?:the\s+)?(?:group\s+chat|chat|feed)))"
# Ending a thing named straight after ("end it, the relationship I mean", "end it, I mean the lease").
_NOT_A_THING_ENDED = (
    r"(?![^.!?\n]{0,16}?\b(?:the|this|that|our|my|it\s*'?\s*s|its|i\s+mean)\s+(?:the\s+|our\s+|my\s+|this\s+)?"
    r"(?:relationship|marriage|friendship|engagement|contract|subscription|lease|job|call|meeting|argument|fight|row|"
    r"conversation|chat|tenancy|membership|affair|situationship|thing\s+with|partnership|deal|diet|streak|project|course|"
    r"degree|business|group\s+chat|band|series|show|account)\b)"
)
# Born at a time of year or on a day ("never been born in February, my birthday is always freezing"):
# a complaint about the date, not a wish not to exist.
_BORN = (
    r"born(?!\s+(?:in|on|during|at|around|near)\s+(?:the\s+)?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|winter|summer|spring|autumn|fall|christmas|new\s+year|a\s+leap\s+year|leap\s+day|the\s+holidays|\d|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+(?:eighties|nineties|seventies|sixties|80s|90s|70s|60s|same\s+(?:week|month|day))|"
    r"a\s+(?:heatwave|snowstorm|heat\s*wave|storm))\b|\s+(?:into\s+(?:money|wealth|a\s+rich)|rich|richer|earlier|later|sooner|somewhere\s+else|elsewhere|a\s+(?:boy|girl)|"
    r"in\s+(?:a|an|another)\s+(?:\w+\s+)?(?:country|place|city|town|era|century|decade|time|climate))\b)"
)
_WAKE = r"wake\s+up(?!\s+(?:late|early|too|before|at|so|with|in\s+time|for\s+(?:work|school|class)|to\s+(?:go|my|the|an?|work)|grumpy|sick|tired|hungover|cranky|in\s+a\s+bad|on\s+time))"
_DIE = rf"(?:(?:die|dye|died){_NOT_IDIOM}|dead|be\s+dead|not\s+(?:exist{_NOT_ONLINE}|be\s+alive|be\s+here|live|{_WAKE})|stop\s+existing|cease\s+to\s+exist|disappear\s+forever|(?:go\s+to\s+)?sleep\s+forever|never\s+{_WAKE}|end\s+it(?!\s+(?:with|between|off|up|here|there|early|on\s+a|for\s+the\s+(?:day|night|week)|all\s+with\s+(?:a|an|the|my)\s+(?:big\s+|huge\s+|little\s+|nice\s+|proper\s+)?(?:party|bang|celebration|meal|feast|dinner|drink|pint|toast|cake|gig|concert|karaoke|song|speech|leaving\s+do))){_NOT_A_THING_ENDED})"
# "if I was gone", "when I'm dead", "if I wasn't around": absence meant as death.
_CLAUSE_END = r"(?=\s*(?:$|[.!?,;:\n)]))"
_SENTENCE_END = r"(?=\s*(?:$|[.!?;\n]))"  # as _CLAUSE_END, but a comma goes on
# "Here" that is a place or an occasion, not life: here at this party, here in this queue, here for the meeting.
_NOT_A_PLACE = (
    r"(?!(?:\s+(?:much\s+longer|any\s*more|any\s+longer|tonight|today|right\s+now))?\s+(?:at\s|for\s+(?:this|the|another|a|an)\s|"
    r"with\s|on\s+(?:this|a|the)\s|in\s+(?:this|the|a|my|our)\s+(?!world\b|life\b|body\b|head\b)))"
)
# An absence for a while (gone for the weekend, disappeared on holiday) is not death.
_NOT_AWHILE = r"(?!\s+(?:for\s+(?:a|an|the|one|two|three|\d+|some|ages|hours|days|weeks|months|now)\b|on\s|to\s|from\s|at\s|in\s+(?:the|a)\s|over\s|all\s|away|abroad|off|during|until|till|into\s|under\s))"
_IF_GONE = rf"(?:if|when|once|after)\s+i\s*(?:{_A}m|{_A}d|was|were|am|had|just|)\s*(?:just\s+|finally\s+|really\s+|ever\s+|suddenly\s+)?(?:(?:gone|dead|died|die|disappeared?|vanished)\b{_NOT_AWHILE}|killed\s+myself|ended\s+it|left\s+(?:this\s+world|for\s+good|forever)|not\s+(?:here|around|alive){_NOT_AWHILE}|(?:wasn|weren|didn){_A}t\s+(?:ever\s+)?(?:here|around|alive|exist|born|in\s+(?:it|their\s+lives?|the\s+picture)){_NOT_AWHILE}|wasnt\s+(?:here|around|alive)|didnt\s+exist|stopped\s+existing|never\s+(?:existed|been\s+born|born|woke\s+up|wake\s+up)|(?:didn{_A}t|didnt|don{_A}t|dont)\s+wake\s+up|(?:was|were|am|{_A}m)\s+out\s+of\s+the\s+(?:picture|way)|went\s+for\s+good|just\s+went{_CLAUSE_END})"
_NOBODY = (
    r"(?:nobody|no\s*one|no-one|no\s+body|not\s+a\s+(?:single\s+)?(?:person|soul)|none\s+of\s+them|not\s+one\s+person)"
)
# Overwork after "killing myself": "with double shifts", "with revision" (the rules' exception here and the
# second opinion's idiom both use it).
OVERWORK = (
    r"with\s+(?:all\s+)?(?:the\s+|this\s+|my\s+|these\s+)?"
    r"(?:overtime|extra\s+shifts|double\s+shifts|revision|coursework|deadlines|work|training)"
)


# An accident said further on excuses a hurt, unless it is what the writer told others or others believe: "cut
# myself and told mum it was by accident" is a cover story.
_TOLD = r"(?:told|tell|tells|telling|said|say|says|saying|claim\w*)"
_NOT_TOLD = (
    rf"(?!(?:{_TOLD}|pretend\w*|blam\w*|lie|lied|lies|lying|excuse\w*|"
    r"story|thinks?|thought|assum\w*|believ\w*|put|made|text\w*)\b)"
)
# Shaving where people shave excuses a cut: "cut myself in the bathroom shaving", "up in my room shaving my legs";
# not "... wasn't shaving", "... with my shaving razor", or shaving as what others were told.
_SHAVING_THERE = (
    r"(?!\s+(?:up\s+)?(?:in|at)\s+(?:the|my)\s+(?:bathroom|bath|shower|room|bedroom|sink|mirror)\s+(?:while\s+|when\s+)?"
    r"shaving\b(?!\s+(?:razor|blade|kit|foam\s+razor)))"
)


def _not_harm(hurt: bool) -> str:
    """After "cut myself", "burned myself", "hurt myself" (`hurt`) or "killing myself": what makes it
    cooking, an accident or an idiom. After a hurt, some of these words are not enough when what follows
    them is the shape self-harm takes ("while my parents were asleep", "out of anger"); "killing myself
    while the kids were asleep, finishing the quilt" is still overwork."""
    return (
        r"(?!\s+(?:"
        + "|".join(
            (
                r"an?\s",
                r"some\s",
                r"slack",
                r"laughing",
                r"trying",
                r"working",
                r"at\s+(?:work|the\s+gym|the\s+office|practice|training)" + (_MEANT_AFTER if hurt else ""),
                r"to\s+(?:meet|finish|get|make|keep|please|sleep)",
                r"over\s+(?:a|the|this|that|some|it|nothing)",
                r"in\s+the\s+foot",
                r"in\s+the\s+(?:kitchen|garden|shed|workshop|garage)",
                r"in\s+(?:work|my\s+work|coffee|tea|paperwork|books|music|netflix|chocolate|ice\s+cream|projects|my\s+studies|study|distractions?|tv)",
                r"shaving",
                r"on\s+(?:a|the|some|an)\s",
                r"while" + (_WHILE_NOT if hurt else ""),
                r"during" + (_PRIVATE_PLACE_NOT if hurt else ""),
                r"playing",
                r"lifting",
                r"running",
                r"skiing",
                r"cooking",
                r"chopping",
                r"ironing",
                r"by\s+accident",
                r"accidentally",
                r"out" + (_OUT_NOT if hurt else ""),
                r"up" + (_PRIVATE_PLACE_NOT if hurt else ""),
                r"down",
                r"off",
                r"together",
                r"free",
                r"loose",
                r"back" + (_BACK_NOT if hurt else ""),
                r"from",
                r"with\s+(?:the\s+)?(?:kettle|iron|oven|pan|stove|hot\s+\w+)",
                OVERWORK,
            )
        )
        + r")\b)(?!(?:\s+\S+){0,7}?\s+(?:ouch|oops|whoops|clumsy|(?:with|on)\s+(?:the|a|my)\s+(?:\w+\s+)?(?:door|cupboard|hairbrush|brush|racket|bat|ball|remote|shelf|branch|tap|boot|lid|drawer|frame|corner)))"
        + rf"(?!(?:\s+{_NOT_TOLD}\S+){{0,7}}?\s+(?:by\s+accident|accidentally))"
        + _SHAVING_THERE
    )


# What is not a hurt's excuse after all: at the gym on purpose, while the house is asleep or the writer
# is alone or crying, out of anger, back in my room.
_MEANT_AFTER = r"(?![^.!?\n]*\b(?:on\s+purpose|deliberately|intentionally)\b)"
_WHILE_NOT = (
    r"(?!\s+(?:(?:my\s+\w+|everyone|everybody|they|he|she|we|mum|mom|dad|the\s+(?:house|kids|family))"
    r"\s+(?:(?:was|were)\s+(?:asleep|sleeping|out|away|gone)|slept)|(?:i\s+was\s+)?(?:alone|crying|sobbing|drunk|numb)))"
)
_OUT_NOT = r"(?!\s+of\s+(?:anger|rage|spite|self-hat\w*|self\s+hat\w*|hatred|desperation))"
_BACK_NOT = r"(?!\s+in\s+(?:my|the)\s+(?:room|bedroom|bathroom))"
# "up in my room", "during break in the toilets": a hurt taken somewhere private is no accident's excuse.
_PRIVATE_PLACE_NOT = r"(?![^.!?,\n]{0,30}?\bin\s+(?:my|the)\s+(?:room|bedroom|bathroom|toilets?|loos?)\b)"
_NOT_HARM = _not_harm(hurt=True)
_NOT_KILLED = _not_harm(hurt=False)
_HARM_VERBS = r"(?:hurt|hurts|hurting|harm|harmed|harming|cut|cuts|cutting|burn|burns|burned|burnt|burning|starve|starved|starving|punish|punished|punishing|hit|hits|hitting|punch|punched|punching|scratch|scratched|scratching|injure|injured|injuring|choke|choked|choking|drown|drowning|hang|hanged|hanging|shoot|shooting|shot|poison|poisoned|poisoning|stab|stabbed|stabbing|bruise|bruised|bruising)"
_PILLS = r"(?:pills|tablets|meds|medications|medication|medicines|medicine|prescriptions|painkillers|paracetamol|tylenol|advil|ibuprofen|aspirin|xanax|insulin|antidepressants|benzos|opioids|sleeping\s+pills|sleeping\s+tablets|sleeping\s+tabs|sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|propranolol|quetiapine|zopiclone|diazepam|valium|codeine|co-codamol|cocodamol|tramadol|oxycodone|oxy|morphine|temazepam|lorazepam|nytol|prozac|zoloft|lexapro|ambien|seroquel)"


# An accident, illness or bad news befalling the writer.
# A height seen for its view: a photo, the sunset, the lights ("stood at the edge of the cliff and took a photo").
_SIGHTSEEING = (
    r"[^.!?\n]{0,60}?\b(?:photos?|pictures?|selfies?|pics?|views?|sunsets?|sunrise|lights|fireworks|scenery|"
    r"dolphins|seals|birds|stars|skyline|watch\w*|admir\w*|enjoy\w*|amazing|beautiful|gorgeous|stunning|breathtaking)\b"
)
# Tablets kept in case of an ailment: a headache, a migraine, a flare ("in case my migraine comes back").
_AILMENT = (
    r"\s+(?:of\s+(?:a\s+)?|my\s+|i\s+(?:get|have|need\s+them\s+for)\s+(?:a\s+)?|the\s+|it\s+|a\s+)?(?:\w+\s+)?"
    r"(?:headaches?|migraines?|pain|period|cramps|allerg\w*|hay\s*fever|flu|colds?|back|toothache|fever|hangovers?|"
    r"flares?|flare-ups?|asthma|attacks?|comes?\s+back|kicks?\s+in|travel|trip|holiday)\b"
)
_MISHAP = (
    r"(?:(?:hit|hits|clipped|clip|ran\s+over|run\s+over|knocked\s+down|mowed\s+down|flattened|squashed|struck)\s+me\b(?!\s+(?:with|up|back|as))"
    r"|(?:got|get|gets|getting|was)\s+(?:hit|run\s+over|knocked\s+down|mowed\s+down|flattened|killed)\s+by\s+(?:a|the|some)\b"
    r"|(?:swept|pulled|dragged|sucked|took|take|takes)\s+me\s+(?:under|out\s+(?:past|to\s+sea|beyond)|away\s+for\s+good|with\s+it)"
    r"|(?:flight|plane|ferry|boat|ship|train|bus|coach|car|lift)\s+(?:\w+\s+){0,3}?(?:(?:went|goes|go)\s+down(?!\s+(?:in\s+price|well|badly|a\s+storm|with))|crash(?:ed|es)?|sank|sinks|derail(?:ed|s)?|blew\s+up|fell)\b"
    r"|bad\s+news|something\s+(?:terminal|serious|incurable|nasty)|(?:it'?s|it\s+was|was|is)\s+(?:cancer|terminal)"
    r"|(?:scan|test|biopsy|results?)\s+(?:\w+\s+){0,2}?(?:showed|shows|came\s+back|comes\s+back)|didn'?t\s+make\s+it\s+back|(?:got|get|gets|came|come)\s+to\s+me\s+too\s+late)"
)
# Not minding it: would not mind, fight it or be upset; a relief; nice even.
_UNBOTHERED = (
    r"(?:(?:i\s+)?(?:wouldn'?t|wouldnt|would\s+not|wudnt|wont|won'?t)\s+(?:even\s+|really\s+)?(?:mind|care|fight\s+it|be\s+(?:gutted|upset|sad|sorry|bothered|fussed))"
    r"|\bidc\b|\bidgaf\b|(?:i\s+)?(?:don'?t|dont)\s+(?:even\s+)?care|(?:it'?d|it\s+would|would|wd)\s+(?:be|b)\s+(?:a\s+|such\s+a\s+)?(?:kinda\s+|kind\s+of\s+|quite\s+|almost\s+)?(?:relief|nice|a\s+mercy|welcome|a\s+blessing)"
    r"|(?:i'?d|id|i\s+would)\s+(?:just\s+|probably\s+|honestly\s+)?(?:feel\s+|be\s+|b\s+)?(?:relieved|let\s+(?:it\s+(?:run|take|happen)|go\b)|count\s+it\s+as\s+(?:luck|a\s+mercy|a\s+blessing))"
    r"|might\s+(?:even\s+)?be\s+a\s+(?:mercy|relief|blessing)|(?:won'?t|wont|will\s+not)\s+fight\s+it|fair\s+enough|so\s+be\s+it"
    r"|(?:i'?m|im|i\s+am|i'?d\s+be|id\s+be)\s+(?:totally\s+|honestly\s+|completely\s+)?(?:fine|ok|okay|alright|at\s+peace)\s+with\s+(?:that|it))"
)
# A last time or a goodbye the others do not know is one.
_SECRET_LAST = (  # (not "I/you didn't know it was the last time": a grief, not a plan)
    r"(?<!\byou\s)(?<!\bi\s)(?:don'?t|dont|doesn'?t|doesnt|didn'?t|didnt|won'?t|wont|never)\s+know\s+(?:that\s+)?(?:it'?s|its|it\s+is|it\s+was|this\s+is|this\s+was|that\s+was)\s+"
    r"(?:really\s+)?(?:(?:the|my)\s+(?:last|final)\s+(?:time|one|goodbye|hug|visit|call|message|msg|text|dinner|lunch|chat|night)|(?:a\s+|my\s+)?(?:goodbye|farewell)(?!\s+(?:party|do|drinks|lunch|dinner|card|present)))"
)
# The same, as it opens a sentence ("wouldn't mind if ..."), each way starting with a letter of its own.
_UNBOTHERED_FIRST = (
    r"(?:(?:wouldn'?t|wouldnt|would\s+not|wudnt|won'?t|wont)\s+(?:even\s+|really\s+)?(?:mind|care|be\s+(?:gutted|upset|sad|sorry|bothered|fussed))"
    r"|idc|idgaf|(?:don'?t|dont)\s+(?:even\s+)?care)"
)
# Euphemisms for death as sleep.
_LONG_SLEEP = r"(?:long|big|eternal|endless|final|forever|last)\s+sleep"

# People close to the writer, as who would find them ("so my husband doesn't have to find me").
_CLOSE = (
    r"(?:kids|children|son|daughter|mum|mom|mam|dad|wife|husband|partner|family|flatmate|parents|boyfriend|girlfriend)"
)
# Found for an errand ("has to find me a lift", "finds me at the station"), not found dead.
_NOT_FOUND_FOR = (
    r"(?!\s+(?:a|an|some|the|at|in|on|when|if|after|before|later|tomorrow|tonight|here|there|work|jobs?|something|asleep|sleeping|"
    r"anything|lunch|dinner|somewhere|online|\w+ing)\b)"
)
# A decision announced for an everyday thing later in the sentence: "not talked out of it, I'm getting a tattoo".
_NOT_AN_ERRAND = (
    r"(?![^.!?\n]{0,40}?(?:[,:;]|\s-)\s*(?:i'?m\s+|i\s+am\s+|we'?re\s+|we\s+are\s+|i'?ll\s+|we'?ll\s+)?(?:getting|buying|booking|selling|"
    r"moving|quitting|leaving|signing|asking|telling|dyeing|ordering|applying|running|joining|starting|changing|having|going\s+to\s+(?!do\s+it|end|die|kill))\b)"
    r"(?![^.!?\n]{0,50}?\b(?:deposit|tickets?|tattoo|divorce|wedding|proposal|interview|job|holiday|trip|flight|house|flat|"
    r"dog|puppy|kitten|course|marathon|diet|gym|haircut|fringe|boss|dress|venue|cake|invit\w*|guests?|party|launch|"
    r"film|book|show|story|episode|game|match)\b)"
)
# Away for a reason: travel, work, a move ("I won't be here for the christening, I'm in Canada then").
_NOT_AWAY = (
    r"(?![^.!?\n]{0,60}?\b(?:away|abroad|travelling|traveling|working|on\s+(?:holiday|leave|tour|shift|call|nights|a\s+course)|"
    r"because|cos|coz|cause|as\s+i|since\s+i|i'?ll\s+be|we'?ll\s+be|i'?m\s+in|then|flight|trip|conference|moving)\b)"
)
# A swerve or a crash told as an accident, a lesson or a scene: "swerved the car into the ditch to avoid a deer".
_NOT_A_MISHAP = (
    r"(?![^.!?\n]{0,50}?\b(?:to\s+avoid|avoid\w*|missed\s+(?:it|him|her)|deer|fox|ice|icy|skid\w*|aquaplan\w*|"
    r"brakes?\s+failed|lesson|instructor|film|movie|game|by\s+accident|accidentally)\b)"
)


def _each(pattern: str, weight: float, guarded: bool = False) -> list[Rule]:
    """One rule per top-level alternative: the prefilter gate then needs only that alternative's
    own words, so a rare phrase is not run because another alternative's common word is there."""
    return [Rule(part, weight, guarded) for part in alternatives(pattern)]


# The named day: "tonight's the night I (finally) do it", "today is the day I die"; not "the day I go to the gym",
# "the day I die my hair" or "the night I end it with him". "todays" is read without its apostrophe only for a day.
_DAY_WORD = r"(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|it|this|that)"
_THE_DAY_I = (
    rf"(?:die{_NOT_IDIOM}|do\s+it{_CLAUSE_END}|go{_SENTENCE_END}|end\s+it(?!\s+(?:with|between|off))|kill\s+myself)"
)


# What can take a life, for "wish the fire had taken me too".
_DEATH_CAUSES = (
    r"fire|blaze|crash|accident|cancer|tumou?r|flood|virus|covid|illness|disease|sickness|sea|tide|storm|wave|bomb|"
    r"blast|explosion|stroke|heart\s+attack|surgery|operation|overdose|od|flu|infection|avalanche|earthquake|quake|"
    r"tornado|hurricane|war|shooting|attack|fall|sepsis|haemorrhage|hemorrhage|bleed"
)


# What a gun is moved or checked for that is no danger: a shoot, a club, a repair, a licence.
_GUN_ERRAND = r"shoot|club|range|season|repair|gunsmith|clay\w*|licen[cs]e"


RULES = [
    # suicide and its common misspellings: suicidal, sucidal, suiside, suicde, suecide ...
    Rule(r"s+u+[eiy]?(?:c|s|sc|cs)[iey]?d+(?:e|es|al|el|ally|ality|ial|ing|ed)", 1.0),
    Rule(r"suacide|soocide|sewercide|suiscide|sucicide|suicid|suicidial|suicidle", 1.0),
    # the filter-dodging words, not when the word itself is what is talked about ("the youtuber
    # says unalive so the video stays up", "the sewerslide meme")
    Rule(
        r"(?<!says\s)(?<!say\s)(?<!said\s)(?<!saying\s)(?<!word\s)(?:sewer\s*slide|un[\s-]?aliv\w*)"
        r"(?!\s+(?:meme|memes|joke|jokes|trend|song|audio|filter|means|instead\s+of|so\s+(?:the|their|his|her)\s+(?:video|clip|post|reel|vid|channel|account)|is\s+(?:a|the)\s+(?:word|meme|trend|filter)|to\s+(?:get|dodge|avoid|beat))\b)",
        1.0,
    ),
    Rule(rf"(?<!accidentally\s){_KILL}\s+{_SELF}{_NOT_KILLED}", 1.0),
    Rule(r"(?<!\d\s)(?<!\d)kms|killmyself|killmyslef|kys\s+myself", 1.0),
    Rule(
        rf"(?:i|just|please|someone|somebody)\s+(?:\w+\s+)?(?:{_KILL})\s+me\s+(?:now|already|please)|(?:someone|somebody|anyone|pls|plz|please)\s+(?:please\s+|pls\s+|just\s+)?{_KILL}\s+me",
        0.9,
    ),
    Rule(rf"{_WANT}\s+(?:to\s+|ta\s+|2\s+)?(?:just\s+|really\s+|simply\s+|finally\s+)?{_DIE}", 1.0),
    # A wish about the past that is held now: "I should have died years ago", "wish I'd been gone long ago".
    Rule(
        r"(?:i\s+(?:should|shoulda|should\s*'?\s*ve)|i\s*(?:'?\s*d|\s+would)\s+(?:rather|sooner)|wish\s+i\s*(?:'?\s*d|\s+had))\s+(?:have\s+|of\s+)?(?:just\s+|really\s+)?"
        r"(?:died|been\s+(?:gone|dead|killed)|ended\s+(?:it|my\s+life|things)|killed\s+myself|taken\s+my\s+(?:own\s+)?life)"
        r"(?=\s+(?:\w+\s+){0,3}?(?:years|months|ages|long|back|a\s+long|when|the\s+first|already))",
        0.9,
    ),
    Rule(
        r"rather\s+(?:be\s+)?(?:die|dead)\s+than\s+(?:\S+\s+){0,3}?(?:live|living|go\s+on|going\s+on|keep\s+(?:going|living)|wake\s+up|another\s+day|face|feel|be\s+alive)",
        1.0,
    ),
    Rule(
        r"(?:rather\s+be|be\s+better(?:\s+off)?|be\s+happier)\s+(?:dead|gone|not\s+(?:here|alive|existing))|better\s+off\s+dead",
        1.0,
    ),
    Rule(
        rf"(?:wish|wished|wishing)\s+(?:that\s+)?(?:i|i{_A}d)\s+(?:just\s+)?(?:(?:was|were|am|{_A}m|could\s+be|would\s+be|had\s+been|had|could|would)\s+(?:just\s+)?(?:be\s+|been\s+)?(?:dead|gone|never\s+{_BORN}|not\s+{_BORN}|not\s+alive|not\s+here|{_BORN}|die|(?:disappear|vanish)(?!\s+(?:into|for|to|from|on|under|off|in\s+(?:a|the)|behind|with|at))|stop\s+existing|not\s+exist|cease\s+to\s+exist|sleep\s+forever|not\s+{_WAKE}|never\s+{_WAKE})|(?:had\s+)?never\s+(?:been\s+{_BORN}|existed|woken\s+up|woke\s+up|{_WAKE}|{_BORN})|(?:wasn|weren|hadn){_A}t\s+(?:been\s+)?(?:{_BORN}|alive|here)|(?:didn{_A}t|didnt|did\s+not)\s+(?:exist|{_WAKE}))",
        1.0,
    ),
    Rule(
        rf"(?:sleep|asleep|go\s+to\s+bed)\s+and\s+(?:never|not|don{_A}t|dont|won{_A}t|wont|do\s+not)\s+(?:ever\s+)?wake(?:\s+up)?",
        1.0,
    ),
    Rule(
        rf"(?:hope|hoping|wish|pray|praying)\s+(?:that\s+)?(?:i|i{_A}ll|i\s+will|i\s+would|i{_A}d)\s+(?:just\s+)?(?:(?:die|drop\s+dead){_NOT_IDIOM}|get\s+(?:hit|killed|run\s+over)|stop\s+breathing|(?:don{_A}t|dont|won{_A}t|wont|do\s+not|wouldn{_A}t|never)\s+(?:make\s+it|{_WAKE}|wake(?=\s*(?:$|[.!?,;:\n]))))",
        1.0,
    ),
    # A wish that what nearly killed the writer, or took someone, had taken the writer too: "wish the fire had taken
    # me with it", "I wish the cancer had taken me instead of her". Only a cause of death, and only "me" at the end:
    # "wish the bus had taken me to town" and "wish my dad had taken me fishing" are not.
    Rule(
        rf"(?:wish|wishing|i\s+wished)\s+(?:that\s+)?(?:the|that|this|a|an|my)\s+(?:[\w-]+\s+)?(?:{_DEATH_CAUSES})\s+"
        rf"(?:had|would\s+have|{_A}d)\s+(?:taken|killed|got|claimed|finished)\s+me"
        r"(?:\s+off)?(?:\s+(?:too|as\s+well|also|instead(?:\s+of\s+\w+)?|with\s+(?:it|her|him|them)|along\s+with\s+(?:it|her|him|them)))?"
        r"(?=\s*(?:$|[.!?,;:\n]))"
        rf"|(?:wish|wishing|i\s+wished)\s+(?:that\s+)?(?:the|that|a)\s+(?:[\w-]+\s+)?(?:car|bus|lorry|truck|van|train|tram)\s+"
        rf"(?:had|would\s+have|{_A}d)\s+(?:hit|killed|run\s+over|flattened)\s+me(?:\s+(?:too|instead|properly))?(?=\s*(?:$|[.!?,;:\n]))",
        1.0,
    ),
    Rule(
        rf"(?:wish|hope|pray|praying|hoping)\s+(?:that\s+)?(?:\S+\s+){{1,3}}?(?:would|will|could|{_A}d)\s+(?:just\s+)?(?:kill|hit|run\s+over|shoot)\s+me(?!\s+(?:laughing|in\s+(?:the\s+)?game))|(?:wish|hope|pray|hoping)\s+(?:that\s+)?(?:it|something|cancer|the\s+\w+)\s+kills\s+me",
        1.0,
    ),
    Rule(
        rf"(?:wouldn{_A}t|wouldnt|would\s+not|won{_A}t|wont|don{_A}t|dont|do\s+not)\s+(?:even\s+|really\s+)?(?:mind|care)\s+(?:if\s+i\s+(?:just\s+)?(?:died|die|was\s+dead|were\s+dead|didn{_A}t\s+wake|didnt\s+wake|never\s+woke|got\s+hit|got\s+killed|disappeared)(?!\s+on\s+(?:this|that)\s+hill)|dying|being\s+dead|not\s+waking\s+up)",
        1.0,
    ),
    Rule(
        r"(?:death|dying|being\s+dead|not\s+existing|not\s+being\s+here)\s+(?:would|will|could|might)?\s*(?:be|is|sounds|seems|feels|looks)\s+(?:like\s+)?(?:such\s+|so\s+|a\s+|the\s+|more\s+|much\s+|really\s+|kind\s+of\s+)*(?:relief|relieving|welcome|peaceful|easier|better|only\s+(?:way|option|answer|escape)|escape|way\s+out|answer|solution|comforting|appealing|release|mercy|blessing|preferable|tempting|freedom)",
        1.0,
    ),
    Rule(
        r"(?:only|best|last|easiest)\s+(?:way\s+out|option|solution|escape|answer|choice|way)\s+(?:left\s+)?(?:is|would\s+be|seems\s+to\s+be|'s|s)\s+(?:to\s+)?(?:die|death|dying|end\s+it|ending\s+it|suicide|kill\s+myself|not\s+exist|not\s+existing|not\s+being\s+here)",
        1.0,
    ),
    Rule(
        r"feel(?:s|ing)?\s+like\s+(?:dying(?!\s+(?:my|her|his|their|the|it|them|some|a|this|that|of)\s)|i\s+(?:want\s+to|wanna|should|need\s+to)\s+die|i\s+should\s+(?:be\s+dead|not\s+be\s+here|not\s+exist)|ending\s+it|giving\s+up\s+on\s+life)",
        1.0,
    ),
    Rule(
        rf"(?:won{_A}t|wont|will\s+not|not\s+going\s+to|not\s+gonna)\s+(?:be\s+)?(?:around|here|alive)\s+(?:for\s+)?(?:much\s+longer|long\s+now|by\s+(?:the\s+)?(?:morning|tomorrow|next\s+week|the\s+weekend)|to\s+see\s+(?:my|next|another|the\s+next|tomorrow)|after\s+tonight)(?!\s+(?:at|in)\s+(?:this|the|my)\s)|(?:won{_A}t|wont|will\s+not)\s+be\s+alive",
        1.0,
    ),
    Rule(
        r"(?:want|wanna|need|wish|would\s+like)\s+(?:for\s+)?(?:it\s+all|everything|my\s+life|life|this\s+life|all\s+of\s+(?:it|this)|my\s+existence)\s+(?:to\s+)?(?:just\s+)?(?:end|be\s+over|stop(?!\s+\w+ing))"
        r"(?![^.!?\n]{0,50}?\b(?:noise|noises|drilling|barking|music|building\s+work|roadworks|construction|rain|snoring|"
        r"notifications|emails|meetings|hiccups|sneez\w*|alarms?|renovation|neighbours?|neighbors?|upstairs|next\s+door|"
        r"fireworks|beeping|buzzing|ringing|itch\w*|hay\s*fever)\b)",
        0.9,
    ),
    Rule(
        r"(?:tired|sick|exhausted|weary)\s+of\s+(?:being\s+alive|living|existing|life|my\s+life|being\s+here)(?!\s+(?:in|with|at|under|on|out\s+of|paycheck|pay\s*check|like\s+a|admin|here))|(?:done|finished)\s+with\s+(?:life|living|being\s+alive|existing|this\s+life)(?!\s+admin)|(?:give|giving|given|gave)\s+up\s+on\s+(?:life|living|being\s+alive)",
        1.0,
    ),
    Rule(
        r"(?:end|ending|ended|take|taking|took)\s+(?:my\s+(?:own\s+)?life(?!\s+(?:back|in|into|seriously|to\s+the\s+next|forward|over|apart|one))|my\s+existence)|(?:end|ending|endin|ended)\s+(?:it\s+all|it\s+(?:tonight|for\s+good|forever|now|today|soon|tomorrow)|everything(?:\s+tonight)?|things\s+(?:tonight|for\s+good))(?!\s+(?:with|between))|(?:took|take|taking|takes|taken)\s+(?:his|her|their|your)\s+own\s+life",
        1.0,
    ),
    Rule(r"end\s+it\s+(?:all|now|today|tonight|soon|for\s+good|forever)(?!\s+(?:with|between))", 1.0),
    Rule(
        rf"(?:don{_A}t|dont|do\s+not|didn{_A}t|no\s+longer|not|never)\s+(?:really\s+|even\s+)?(?:want|wanna|wish|care|feel\s+like\s+i\s+want)\s+(?:to\s+)?(?:be\s+(?:here{_NOT_A_PLACE}|alive|around)|live(?!\s+(?:in|at|on|near|with|here|there|abroad|alone|together|somewhere)\s+(?!this\s+(?:world|life|body)|the\s+world|a\s+world))|exist(?!\s+on\s)|keep\s+living|go\s+on|continue\s+(?:living|with\s+(?:this\s+)?life)|{_WAKE})(?:\s+any\s*more|\s+any\s+longer)?",
        1.0,
    ),
    # a burden; better off without me; nobody would miss me
    Rule(
        rf"(?:i{_A}m|i\s+am|i\s+feel\s+like|i\s+felt\s+like|i{_A}ve\s+become|i\s+have\s+become|i\s+became|i\s+will\s+always\s+be|i{_A}ll\s+always\s+be|am\s+i)\s+(?:just\s+|such\s+|only\s+|nothing\s+but\s+|so\s+much\s+of\s+|really\s+|always\s+|a\s+|an\s+|huge\s+|big\s+|massive\s+|constant\s+|total\s+|enormous\s+|useless\s+)*burden(?!\s+of\s+proof|\s+(?:when|whenever|if)\s+i\s+(?:ask|need\s+(?:a\s+)?(?:lift|lifts|help\s+with))|\s+(?:by\s+|for\s+)?asking\b|\s+to\s+ask\b)|(?:tired|sick)\s+of\s+being\s+(?:such\s+)?a\s+burden",
        1.0,
    ),
    Rule(
        rf"(?:better\s+off|better|happier|easier|simpler|lighter|a\s+better\s+place)\s+(?:for\s+(?:everyone|everybody|them|all|people|my\s+\w+|the\s+\w+)\s+)?(?:without\s+me(?!\s+(?!being\s+(?:alive|around|here|in)\b)\w+ing\b)(?!\s+(?:there|at|on|as|in\s+(?:the|this|my|our|goal|defen[cs]e|midfield|attack)|up\s+front|for\s+(?:the|a|this)|playing|around\s+to|this|next|today|tonight|tomorrow|while|until|till|during))|{_IF_GONE}|with\s+me\s+(?:dead|gone))",
        1.0,
    ),
    Rule(
        rf"{_NOBODY}\s+(?:would|will|{_A}d|is\s+going\s+to|gonna|even)\s+(?:\S+\s+){{0,2}}?(?:miss|notice|care|mourn|cry|grieve)(?:\s+\S+){{0,4}}?\s+{_IF_GONE}|{_NOBODY}\s+(?:would|{_A}d|will)\s+(?:even\s+|really\s+|ever\s+)?(?:miss|mourn)\s+me{_CLAUSE_END}|would\s+(?:anyone|anybody|any\s+one|they|people)\s+(?:even\s+|really\s+|actually\s+)?(?:miss\s+me{_CLAUSE_END}|(?:miss|notice|care)(?:\s+\S+){{0,2}}?\s+{_IF_GONE})|{_IF_GONE}(?:\s+\S+){{0,3}}?\s*,?\s*(?:{_NOBODY}|would\s+anyone|would\s+anybody|who)\s+(?:would|will|{_A}d)?\s*(?:even\s+|really\s+)?(?:care|notice|miss|mourn|cry)",
        1.0,
    ),
    # ...but not without the writer in a role ("without me on the karaoke mic", "without me in goal").
    Rule(
        r"(?:life|world|everyone)\s+(?:would\s+be|is)\s+better\s+(?:off\s+)?without\s+me"
        r"(?!\s+(?:on\s+(?!(?:this|the)\s+(?:planet|earth|world)|earth)|at\s+(?:karaoke|quiz|work|the\s+(?:mic|quiz|match|game|party|"
        r"office|meeting|wheel|barbecue|bbq))|as\s+(?:captain|lead|singer|driver|treasurer|chair|host|dj|goalie|keeper|cook)|up\s+front|"
        r"in\s+(?:goal|charge|the\s+(?:team|band|choir|car|kitchen|office|meeting|group|squad|line-?up))|singing|playing|driving|cooking)\b)",
        1.0,
    ),
    # self-harm
    Rule(rf"(?<!accidentally\s)(?<!without\s){_HARM_VERBS}\s+{_SELF}{_NOT_HARM}", 1.0),
    Rule(
        r"self[\s-]*(?:harm|harming|injury|injure|injuring|mutilat\w*|destruct\w*|hurt)|relapsed\s+(?:on|into)\s+(?:cutting|self)",
        1.0,
    ),
    Rule(
        rf"(?:i|i{_A}ve\s+been|ive\s+been|i\s+have\s+been|been|started|start|starting|stop|stopped|quit|keep|kept|back\s+to|urges?\s+to|want\s+to|wanna|thinking\s+about|thought\s+about|relapsed\s+(?:and|into)|went\s+back\s+to|go\s+back\s+to|going\s+back\s+to|i\s+was)\s+(?:cutting|cut)(?=\s*(?:$|[.!?,;:\n]|again|last\s+night|tonight|today|yesterday|this\s+(?:morning|week|time)|since|when|because|after|for\s+(?:the\s+first|\d+|a\s+(?:while|few|couple|year|month|week)|years|months|weeks)|to\s+(?:cope|feel|punish|numb|deal|calm|get\s+through)|is|was|has|deeper|more|badly))|cutting\s+again",
        1.0,
    ),
    Rule(
        r"cut\w*\s+(?:into\s+)?my\s+(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?|forearms?|ankles?)(?!\s+(?:on|while|when|shaving|by|accidentally|open\s+on|badly\s+on))"
        + _SHAVING_THERE
        + r"|carv\w+\s+(?:\S+\s+){0,3}?into\s+my\s+(?:skin|arms?|legs?|thighs?|wrists?|stomach)",
        1.0,
    ),
    Rule(
        r"(?:i|i\s*'?\s*ve|ive|i\s+have|i\s+just|just|i\s+finally|i\s+think\s+i|i\s+literally|i\s+keep|keep)\s+(?:just\s+|finally\s+|totally\s+|kind\s+of\s+)?(?:relapsed|relapsing)(?!\s+(?:on|into|with|back\s+into)\s+(?:my\s+|the\s+)?(?:diet|sugar|junk|smoking|cigarettes|vaping|nail|chocolate|caffeine|coffee|procrastinat\w*|bad\s+habits|old\s+habits|fast\s+food|social\s+media|tiktok|gaming|phone|doom))",
        1.0,
    ),
    Rule(
        r"i\s+(?:\w+\s+)?deserve[sd]?\s+(?:to\s+(?:feel\s+|be\s+in\s+|be\s+)?)?(?:all\s+)?(?:the\s+|this\s+|my\s+)?(?:pain|hurt|suffer|bleed|hurting|suffering|punished|punishment)(?!\s+(?:relief|management|free|meds|killers?))",
        1.0,
    ),
    Rule(r"(?:made|make|making)\s+myself\s+(?:throw\s+up|puke|vomit|bleed)|(?:until|till|til)\s+i\s+bled", 0.9),
    # methods and plans
    Rule(
        r"(?:over\s*dos\w*|overdos\w*)(?!\s+on\s+(?:coffee|caffeine|sugar|chocolate|candy|sweets|cake|cuteness|netflix|tv|memes|carbs|pizza|sunshine|nostalgia|love|fun|dopamine|screen\s+time|tiktok|social\s+media|work))|take\s+(?:all|every\s+one|the\s+rest)\s+(?:of\s+)?(?:my|the|these|those)\s+(?:\w+\s+)?(?:pills|tablets|meds)(?!\s+(?:with|from|as|on\s+time|properly|every|each|in\s+the\s+morning|at\s+(?:the\s+same|breakfast|night|bedtime)|before|after|regularly|back))|swallow\w*\s+(?:all\s+)?(?:the\s+|my\s+)?pills|swallow\w*\s+(?:the\s+|a\s+)?(?:whole|entire|full)\s+(?:blister\s+)?(?:pack|packet|strip|box|bottle|tub)|slit\w*\s+my\s+wrists?|noose",
        1.0,
    ),
    # "od" on its own line: a two-letter factor is in "today" and "good", so keeping it in
    # the big rule above made that rule compile for most entries.
    Rule(r"od\s+on|o\.d\.?\s+on|od\s*'?\s*d", 1.0),
    Rule(
        rf"(?:took|take|taking|swallow\w*|downed|down|ate|popped|pop|chugged|taken)\s+(?:a\s+|an\s+|the\s+)?(?:whole\s+|entire\s+|full\s+|half\s+a\s+)?(?:bunch|handful|handfuls|lot|lots|load|loads|bottle|bottles|fistful|box|boxes|pack|packs|packet|packets|strip|strips|dozens|heaps|too\s+many|way\s+too\s+many|every\s+one|[1-9]\d+)\s+(?:of\s+)?(?:my\s+|the\s+|those\s+|these\s+|her\s+|his\s+)?(?:\w+\s+)?{_PILLS}|(?:took|take|taking|swallowed)\s+all\s+(?:of\s+)?(?:my|the|these|those)\s+(?:\w+\s+)?{_PILLS}\s+(?:at\s+once|in\s+one\s+go|together|i\s+had)",
        1.0,
    ),
    Rule(
        rf"(?:stockpil\w*|hoard\w*|sav(?:e|ed|ing)\s+up|stash\w*)\s+(?:up\s+)?(?:my\s+|the\s+|some\s+|all\s+(?:my\s+|the\s+)?)?(?:\S+\s+)?(?:{_PILLS}|tablets)|(?:lethal|fatal|deadly)\s+(?:dose|amount|overdose|quantity)|how\s+(?:many|much)\s+(?:\S+\s+){{0,3}}?(?:would|will|does\s+it\s+take\s+to|it\s+takes\s+to|it\s+would\s+take\s+to|to|do\s+i\s+need\s+to|until\s+i)\s+(?:\S+\s+){{0,2}}?(?:die|kill\s+(?:me|myself|a\s+person|someone)|be\s+(?:lethal|fatal)|overdose|od|not\s+wake\s+up|never\s+wake\s+up)",
        1.0,
    ),
    Rule(
        r"(?<!bungee\s)(?<!bungee-)jump\w*\s+(?:off|from)\s+(?:\S+\s+){0,2}?(?:bridge|roof|rooftop|building|cliff|balcony|ledge|tower|overpass|parking\s+garage|multi[\s-]?storey|top\s+floor|skyscraper)|jump\w*\s+out\s+(?:of\s+)?(?:a|the|my|this|that)\s+window|(?<!nearly\s)(?<!almost\s)(?:jump\w*|step\w*|walk\w*|throw\w*\s+myself|lie|lay|lying|laying|run|ran|running)\s+(?:down\s+)?(?:out\s+)?in(?:to)?\s+front\s+of\s+(?:a|the|an|oncoming|moving|some)?\s*(?:\w+\s+)?(?:train|bus|car|truck|lorry|traffic|tram|subway)(?!\s*stop)(?!\s+of\s+thought)|(?<!nearly\s)(?<!almost\s)(?:step|walk|run|jump|throw\s+myself)\w*\s+(?:out\s+)?into\s+(?:the\s+|oncoming\s+|busy\s+)*traffic",
        1.0,
    ),
    Rule(
        r"(?:thoughts?|thinking|thinkin|think|thought|fantasi[sz]\w*|dream\w*)\s+(?:of|about|abt|bout)\s+(?:dying|death|being\s+dead|endin[g\']?\s+(?:it|things|my\s+life|everything)(?!\s+(?:with|between|off))|killing\s+myself|not\s+being\s+(?:here|alive|around)|hurting\s+myself|suicide|unaliving\w*|overdos\w*|taking\s+my\s+(?:own\s+)?life|my\s+(?:own\s+)?death|my\s+funeral|disappearing\s+forever|jump\w*(?=\s*(?:$|[.!?,;:\n]|off|from|in\s+front|out\s+of\s+(?:a|the|my)\s+window|again)))",
        0.9,
    ),
    Rule(
        rf"(?:(?:stood|standing|stand|sat|sitting|climbed|climbing|climb|was|been)\s+(?:on|at|over|onto|up\s+on)\s+(?:the\s+|a\s+)?(?:edge\s+of\s+(?:the\s+|a\s+)?(?:roof|bridge|building|cliff|platform|balcony)|ledge|railing|bridge\s+railing|wrong\s+side\s+of\s+the\s+(?:railing|bridge|fence)))(?!{_SIGHTSEEING})",
        1.0,
    ),
    Rule(
        rf"(?:rope|noose|belt|cord|cable)\s+(?:\S+\s+){{0,3}}?(?:around|round|on)\s+my\s+neck|(?:the|my|a)\s+rope\s+(?:is|{_A}s)\s+(?:\w+\s+)?(?:ready|waiting|tied|set\s+up|hanging)|(?:bought|buy|got|get)\s+(?:a\s+|some\s+|the\s+)?rope\s+(?:to|for)\s+(?:myself|me|hang|end|do\s+it|it)(?![\w'])",
        1.0,
    ),
    Rule(
        rf"(?:gun|pistol|barrel|revolver|rifle)\s+(?:to|against|in|into)\s+my\s+(?:head|mouth|temple|chest|chin)|(?:put|hold|held|holding|point\w*|press\w*)\s+(?:a|the|my|his|dad{_A}s)\s+(?:gun|pistol|knife|blade)\s+(?:to|against|into|at)\s+my\s+(?:head|mouth|temple|chest|throat|wrists?|neck|chin)",
        1.0,
    ),
    Rule(
        rf"(?:i\s+(?:have|{_A}ve\s+got|ve\s+got|got|made|have\s+made|{_A}ve\s+made|ve\s+made|came\s+up\s+with|already\s+have)|there\s+is|i{_A}m\s+making|i\s+am\s+making)\s+(?:a|my|the|an\s+actual|a\s+real)\s+plan\s+(?:to|for|of\s+how\s+to|how\s+to|on\s+how\s+to)\s+(?:\S+\s+){{0,3}}?(?:die|dying|kill\s+myself|killing\s+myself|(?:end|ending)\s+(?:it|my\s+life|things|everything)(?!\s+with)|overdose|od|hang\s+myself|jump|take\s+my\s+(?:own\s+)?life|not\s+be\s+here|disappear\s+forever|leave\s+this\s+world|suicide|unalive|my\s+death|my\s+suicide|do\s+it\s+tonight|go\s+through\s+with\s+it)|plan\w*\s+(?:\S+\s+){{0,6}}?(?:do|doing)\s+it\s+tonight|plann?(?:ed|ing)?\s+(?:\S+\s+){{0,2}}?(?:my\s+(?:own\s+)?(?:death|suicide|exit(?!\s+(?:from|strategy|interview|plan\s+from)))|how\s+(?:to|i{_A}d|i\s+would|i{_A}ll|i\s+will)\s+(?:die|kill\s+myself|end\s+it|do\s+it))",
        1.0,
    ),
    Rule(
        rf"(?:i|i{_A}ve|ive|i\s+have)\s+(?:wrote|written|writing|left|leave)\s+(?:a|my)\s+(?:suicide|goodbye)\s+(?:note|letter)|(?:goodbye|suicide)\s+(?:note|letter)|(?:wrote|written|writing|write|left|leave|leaving|drafted|drafting)\s+(?:a\s+|my\s+|the\s+)?(?:last|final|farewell)\s+(?:note|letter|letters|notes|message|messages)|(?:note|notes|letter|letters|message|messages)\s+(?:\S+\s+){{0,4}}?(?:explaining\s+why{_CLAUSE_END}|saying\s+goodbye|to\s+say\s+goodbye|for\s+when\s+i{_A}m\s+gone|for\s+after\s+i{_A}m\s+gone|in\s+case\s+i\s+(?:don{_A}t|dont)\s+make\s+it)",
        1.0,
        True,
    ),
    Rule(
        rf"(?:said|saying|say|says)\s+(?:my\s+)?(?:last\s+|final\s+)?goodbyes?\s+to\s+(?:everyone|everybody|the\s+world|all\s+of\s+you|you\s+all|my\s+(?:family|kids|children|friends|loved\s+ones|parents))(?=\s*(?:$|[.!?,;:\n]|already|today|tonight|in\s+my\s+(?:head|heart|mind)|just\s+in\s+case|for\s+(?:the\s+last\s+time|good|ever)|without\s+(?:them|telling)|quietly))|this\s+is\s+(?:my\s+)?(?:goodbye|farewell|the\s+end\s+for\s+me)|this\s+is\s+my\s+last\s+(?:post|message|entry|night|day){_CLAUSE_END}|goodbye\s+(?:forever|cruel\s+world|world)|last\s+(?:night|day)\s+(?:alive|on\s+earth){_CLAUSE_END}",
        1.0,
        True,
    ),
    Rule(
        r"(?:giving|gave|give|given|gift\w*)\s+(?:away\s+)?(?:all\s+(?:of\s+)?)?my\s+(?:things|stuff|belongings|possessions|valuables)(?:\s+away)?(?!\s+(?:\S+\s+){0,2}?(?:charity|goodwill|thrift|donation|sale|to\s+make\s+space|to\s+declutter|before\s+(?:the|my|we|i)\s+mov\w*|because\s+(?:we|i)\s*'?\s*(?:re|m|are|am)\s+mov\w*))|(?:put|putting|getting|got)\s+(?:all\s+)?my\s+affairs\s+in\s+order"
        # an everyday admin object named in the same sentence: "the tax return is due"
        r"(?![^.!?\n]*\b(?:tax\s+returns?|tax\s+bill|self[\s-]?assessment|accountant|hmrc|irs|vat\s+return|year[\s-]end|audit|filing\s+deadline|inbox|spreadsheet|receipts|invoices?|before\s+(?:the|my)\s+(?:move|audit|wedding|trip|holiday))\b)",
        1.0,
        True,
    ),
    # hopelessness joined to living or dying
    Rule(
        r"(?:no|nothing|zero|not\s+a\s+single|not\s+any|don\s*'?\s*t\s+have\s+a|dont\s+have\s+a|can\s*'?\s*t\s+find\s+a(?:ny)?|lost\s+my|lost\s+the|not\s+a|see\s+no|there\s+is\s+no)\s+(?:\w+\s+)?(?:reason|point|purpose)s?\s+(?:for\s+(?:me|my\s+\w+)\s+)?(?:(?:to|in|for|of)\s+)?(?:live|living|go\s+on|going\s+on|be\s+alive|being\s+alive|staying\s+alive|stay\s+alive|keep\s+(?:going|living)|existing|exist)(?!\s+(?:a|an|the|with|about|holiday|vacation|trips?|dates?|like|in\s+(?:this|that|a|the)\s+(?:city|town|house|flat|place))\b)|nothing\s+(?:left\s+)?to\s+live\s+for|(?:life|living|my\s+life)\s+(?:is\s*n'?\s*t|is\s+not|isnt|s\s+not|'s\s+not)\s+worth\s+(?:living|it\s+any\s*more)|not\s+worth\s+living",
        1.0,
    ),
    Rule(
        r"(?:what\s*'?\s*s|what\s+is|wats|where\s*'?\s*s|is\s+there\s+(?:a|any|even\s+a)|(?:don\s*'?\s*t|dont|do\s+not|can\s*'?\s*t|cant|cannot|no\s+longer|never)\s+(?:see|find|know))\s+(?:even\s+)?(?:the\s+|any\s+|a\s+)?(?:point|reason|purpose|use)\s+(?:of\s+|in\s+|to\s+)?(?:living|life|being\s+alive|going\s+on|staying\s+alive|existing|keep\s+(?:going|living)|live|trying\s+to\s+live)(?![\w'])",
        1.0,
    ),
    Rule(
        r"(?:can\s*'?\s*t|cannot|cant|can\s+not|couldn\s*'?\s*t)\s+(?:go\s+on|keep\s+(?:living|on\s+living)|live|carry\s+on|continue|bear\s+to\s+(?:live|be\s+alive|go\s+on))(?:\s+(?:living|like\s+this|this\s+way|with\s+(?:this|my)\s+life|with\s+life))?(?:\s+any\s*more|\s+any\s+longer|\s+much\s+longer)?(?=\s*(?:$|[.!?,;:\n]|and|please))|(?:can\s*'?\s*t|cannot|cant)\s+go\s+on\s+(?:living|like\s+this\s+any\s*more|any\s*more|any\s+longer)|(?:can\s*'?\s*t|cannot|cant)\s+do\s+(?:life|living|this\s+life|being\s+alive|existing)(?:\s+any\s*more)?(?![\w'])",
        0.9,
    ),
    Rule(r"(?:i\s+)?(?:want|wanna|wish)\s+(?:to\s+)?(?:disappear|vanish)\s+(?:forever|for\s+good|permanently)", 0.9),
    # The wish to disappear, with nothing after it that makes it an absence for a while ("for a week",
    # "under the duvet", "into a book", "from social media"): the lexicon's passive ideation.
    Rule(
        r"i\s+(?:just\s+|really\s+|honestly\s+|only\s+)?(?:want|wanna|want\s+so\s+badly)\s+(?:to\s+)?(?:just\s+)?"
        r"(?:disappear|vanish|not\s+exist)(?:\s+(?:so\s+(?:badly|much)|completely|entirely|tbh|rn|right\s+now|honestly))?"
        r"(?=\s*(?:$|[.!?;\n:(]|,\s*(?:i|like|that|it|everything|all)\b"
        r"|\s+(?:and\s+(?:never|not)|from\s+(?:everything|everyone|existence|this\s+world|the\s+world|it\s+all|life))\b))",
        0.9,
    ),
    Rule(
        r"cutting\s+(?:is|was|has\s+been)\s+(?:the\s+only|my\s+only|how\s+i|what\s+(?:helps|gets)|the\s+one)|cutting\s+(?:helps|helped|makes\s+me\s+feel)|(?:cut|burn|burnt|burned|scratch|hit|punch|bruis|hurt)\w*\s+my\s+(?:\w+\s+)?(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?|hands?|face|head|body)\s+(?:\S+\s+){0,4}?(?:on\s+purpose|with\s+(?:a\s+)?(?:cigarette|lighter|razor|blade|knife|match|hot\s+\w+)|until\s+i|till\s+i|to\s+(?:feel|punish|cope))",
        1.0,
    ),
    Rule(
        r"(?:life|living|existence)\b[^.!?\n]{0,40}?(?:want|need)\s+out(?=\s*(?:$|[.!?,;:\n)]))|(?:want|need)\s+out\s+of\s+(?:this\s+|my\s+)?(?:life|existence|this\s+world)",
        0.9,
    ),
    Rule(rf"{_KILL}\s+me\s+(?:now\s+)?(?:please|pls|plz)", 0.9),
    Rule(
        rf"(?:don{_A}t|dont|do\s+not|no\s+longer|never)\s+deserve\s+to\s+(?:live|be\s+alive|exist|be\s+here|breathe)|(?:i|maybe\s+i)\s+(?:really\s+)?should\s+(?:just\s+|really\s+|probably\s+)?(?:(?:die){_NOT_IDIOM}|be\s+dead|end\s+it(?!\s+(?:with|between|off|early|there|here|now\s+with))|not\s+(?:exist{_NOT_ONLINE}|be\s+alive|be\s+here))|might\s+as\s+well\s+(?:just\s+)?(?:(?:die){_NOT_IDIOM}|be\s+dead)",
        1.0,
    ),
    Rule(rf"{_PILLS}\s+(?:\w+\s+)?(?:saved\s+up|stockpiled|stashed|hoarded|hidden\s+away|saved\s+away)", 1.0),
    Rule(
        r"(?:tired|sick|exhausted|done)\s+(?:of|with)\s+(?:fighting|trying|struggling)\s+(?:to\s+)?(?:stay\s+alive|live|keep\s+going|exist|keep\s+living)|(?:hate|loathe|despise|can\s*'?\s*t\s+stand|cant\s+stand)\s+(?:being\s+alive|existing|my\s+existence|living(?!\s+(?:in|with|at|on|here|there|near|so|like|paycheck|out|alone|next)\b))",
        1.0,
    ),
    # --- Families added for how people say it indirectly (see docs/language.md, Crisis language). ---
    # Passive wish: not minding an accident or an illness, staying asleep, a life that would just end.
    *_each(
        rf"(?:wouldn{_A}t|wouldnt|would\s+not|don{_A}t|dont|do\s+not|won{_A}t|wont)\s+(?:even\s+|really\s+|honestly\s+)?(?:mind|care|be\s+(?:sad|upset|sorry))\s+if\s+(?:a|an|the|some|this|that|my)\s+(?:\w+\s+){{0,2}}?(?:hit|hits|killed|kills|ran\s+over|runs\s+over|crushed|crashed|took\s+me|takes\s+me|fell\s+on)(?:\s+me)?",
        1.0,
    ),
    *_each(
        rf"if\s+i\s+(?:just\s+|ever\s+)?(?:got\s+(?:sick|ill|cancer|hit|killed)|died|passed\s+away|was\s+killed|got\s+run\s+over|(?:didn{_A}t|didnt|did\s+not|never)\s+(?:recover|survive|make\s+it|wake\s+up)|never\s+woke\s+up)\b[^.!?\n]{{0,50}}?(?:i{_A}d|i\s+would|i\s+wouldn{_A}t|i\s+wouldnt|i\s+would\s+not)\s+(?:honestly\s+|really\s+|actually\s+)?(?:be\s+)?(?:fine|ok|okay|glad|grateful|relieved|happy|at\s+peace|mind|care|sad|upset|sorry|welcome\s+it)",
        1.0,
    ),
    *_each(
        r"(?:go\s+to\s+sleep|fall\s+asleep|sleep|drift\s+off)\s+and\s+(?:just\s+)?(?:stay\s+asleep|not\s+come\s+back|never\s+come\s+back)|(?:stay|fall|be)\s+asleep\s+(?:forever|for\s+good|permanently)|(?:sleep|asleep)\s+(?:forever|for\s+good|permanently)(?!\s+(?:on|in|at|after))",
        1.0,
    ),
    *_each(
        rf"(?:stop|quit)\s+being\s+(?:around|here|alive|in\s+this\s+world){_CLAUSE_END}|(?:stop|quit)\s+being\s+(?:alive|in\s+this\s+world)",
        1.0,
    ),
    *_each(
        rf"(?:relief|relieving|relieved|glad|happy|happier|grateful|freer|lighter|a\s+mercy|a\s+blessing|peaceful|a\s+gift|welcome|kinder|better|easier|simpler|nicer|the\s+best\s+thing)\s+(?:\S+\s+){{0,3}}?{_IF_GONE}",
        1.0,
    ),
    *_each(
        r"(?:wish|wished|wishing|hope|hoped|hoping|pray|prayed|praying)(?:\s+\S+){0,4}?\s+(?:that\s+)?(?:my\s+(?:life|heart|time|existence)|it\s+all|everything)\s+(?:would\s+|will\s+|could\s+|just\s+|to\s+)*(?:end|ends|stop|stops|stopped|be\s+over|give\s+out|gives\s+out)",
        1.0,
    ),
    *_each(
        rf"(?:wish|wished|wishing|hope|hoped|hoping|hopes|pray|prayed|praying|prays)(?:\s+\S+){{0,5}}?\s+(?:that\s+)?i\s+(?:would\s+|will\s+|{_A}ll\s+|just\s+|could\s+)?(?:don{_A}t|do\s+not|won{_A}t|wont|never|not|didn{_A}t|wouldn{_A}t)\s+(?:see\s+(?:the\s+)?(?:morning|tomorrow|another\s+day|the\s+(?:next\s+)?day|daylight|my\s+next\s+birthday)|survive|make\s+it\s+(?:through\s+(?:the\s+night|today|tonight|the\s+surgery|the\s+operation)|to\s+(?:the\s+)?morning)|come\s+(?:back|out\s+of\s+it|home)|wake{_CLAUSE_END})",
        1.0,
    ),
    *_each(
        r"(?:wish|hope|hoping|hopes|pray|praying)\w*(?:\s+\S+){0,4}?\s+(?:that\s+)?(?:the|this|my|our)\s+(?:plane|flight|car|bus|train|boat|ship|taxi|ferry)\s+(?:\w+\s+){0,2}?(?:crash\w*|goes\s+down|sinks|hits|falls)|(?:hope|hoping|wish|pray)\w*(?:\s+\S+){0,3}?\s+(?:that\s+)?(?:this|the|my|it|something|cancer|covid|illness|disease|sickness|\w+)\s+(?:\w+\s+)?(?:takes|kills|finishes)\s+me(?:\s+(?:soon|quickly|already|out|off|away))?(?=\s*(?:$|[.!?,;:\n]))",
        1.0,
    ),
    *_each(
        r"(?:would\s+be|is|feels|sounds)\s+(?:the\s+)?(?:best|perfect|peaceful|a\s+relief|a\s+mercy)\b[^.!?\n]{0,20}?(?:never\s+(?:wake|woke)\s+up|not\s+(?:wake|waking)\s+up|stay(?:ing)?\s+asleep)|(?:never\s+waking\s+up|not\s+waking\s+up|staying\s+asleep(?:\s+forever)?)\s+(?:would\s+be|sounds|seems|feels|is)\s+(?:\w+\s+)?(?:perfect|good|nice|lovely|peaceful|a\s+relief|like\s+(?:a\s+)?relief|best|ideal|a\s+mercy|tempting|appealing)",
        1.0,
    ),
    # Active thoughts in other words: imagining being gone, picturing one's own funeral.
    *_each(
        r"(?:imagin\w+|pictur\w+|dream\w*\s+(?:about|of)|fantasi[sz]\w+\s+about|think\w*\s+(?:about|of|abt|bout)|thought\s+(?:about|of|abt|bout))\s+(?:being\s+)?(?:dead|gone\s+for\s+good|gone\s+forever|not\s+(?:being\s+)?(?:here|alive)\s+any\s*more|my\s+(?:own\s+)?(?:death|funeral|suicide)|killing\s+myself|endin[g']?\s+(?:it|my\s+life|things)(?!\s+(?:with|between|off))|taking\s+my\s+(?:own\s+)?life)",
        1.0,
    ),
    *_each(
        r"(?:thoughts?|urges?|impulses?|ideas?|fantasies)\s+(?:of|about)\s+(?:dying|death|being\s+dead|ending\s+(?:it|things|my\s+life)|not\s+being\s+(?:here|alive)|hurting\s+myself|harming\s+myself|taking\s+my\s+(?:own\s+)?life|killing\s+myself)|(?:consider\w*|contemplat\w*|toying\s+with)\s+(?:the\s+idea\s+of\s+)?(?:suicide|ending\s+(?:it|my\s+life|things)|killing\s+myself|taking\s+my\s+(?:own\s+)?life|dying)",
        1.0,
    ),
    # Method: searching for ways, methods and amounts; how I'd do it.
    *_each(
        r"(?:painless|quickest|quick|easiest|easy|best|surest|fastest|peaceful|cleanest|simplest)\s+(?:way|ways|method|methods)\s+(?:to|of)\s+(?:die|dying|go|going|end\s+(?:it|things|my\s+life)|kill\s+(?:myself|yourself|oneself)|commit\s+suicide|suicide|do\s+it)|(?:ways?|methods?)\s+(?:to|of)\s+(?:kill(?:ing)?\s+(?:myself|yourself|oneself)|end(?:ing)?\s+(?:my|your|one's)\s+life|commit\w*\s+suicide|suicide|dying)|(?:googl\w+|search\w*|look\w*\s+up|looked\s+into|research\w*|read\w*\s+(?:up\s+)?(?:about|on)|ask\w*\s+(?:google|online))\s+(?:online\s+|on\s+\w+\s+)?(?:for\s+)?(?:how\s+to\s+(?:die|kill\s+myself|end\s+(?:it|my\s+life)|hang(?=\s*(?:$|[.!?,;:\n])|\s+(?:myself|yourself|oneself|themselves|himself|herself|my\s*self|from|off|with\s+a|by|properly|quickly|painlessly|without|at\s+home|in\s+(?:the|my)\s+(?:loft|garage|woods|shed))\b)|overdose|od|drown(?!\s+out\b))|suicide|overdos\w*|how\s+long\s+it\s+takes\s+to\s+(?:die|bleed\s+out|drown|suffocate|hang))",
        1.0,
    ),
    *_each(
        rf"how\s+(?:many|much)\s+(?:of\s+)?(?:my\s+|the\s+|these\s+|those\s+|her\s+|his\s+)?(?:\w+\s+){{0,2}}?(?:{_PILLS}|paracetamol|tablets|prescription|pills|medicine|drugs|sleeping\s+tablets)\s+(?:\S+\s+){{0,3}}?(?:it\s+(?:would|will)\s+take|would\s+(?:it\s+take|be\s+enough|do\s+it|kill|stop)|will\s+(?:do\s+it|kill)|(?:is|are)\s+enough\s+to\s+(?:die|kill|not)|to\s+(?:die|not\s+wake|never\s+wake|be\s+(?:fatal|lethal)))|which\s+(?:pills|tablets|medicines?|drugs|chemicals)\s+(?:would|will|could)\s+(?:do\s+it|kill|be\s+(?:fatal|lethal|enough))|(?:chemicals?|pills|tablets)\s+(?:are|is)\s+(?:deadly|lethal|fatal)(?!\s+to\s+(?:dogs|cats|pets|plants|fish))",
        1.0,
    ),
    *_each(
        r"how\s+(?:far|high|long|deep|tall)\s+(?:\S+\s+){0,6}?(?:to\s+(?:die|be\s+fatal|be\s+lethal|kill)|fall\s+(?:to\s+die|would\s+kill)|i{A}d\s+have\s+to\s+(?:fall|jump|drop)|i\s+would\s+have\s+to\s+(?:fall|jump|drop)|(?:it\s+)?takes\s+to\s+(?:bleed\s+out|drown|die|suffocate)|to\s+bleed\s+out|has\s+to\s+be\s+to\s+(?:die|kill))".replace(
            "{A}", _A
        ),
        1.0,
    ),
    *_each(
        rf"(?:how|where|when)\s+i\s*(?:{_A}d|would|will|{_A}ll|could|{_A}m\s+going\s+to|am\s+going\s+to|gonna|want\s+to|plan\s+to|might)\s+(?:do\s+it|end\s+it|end\s+things|go\s+through\s+with\s+it)(?!\s+(?:differently|better|again|right|properly|faster|without|with\s+(?:the|my|a)\s+(?:team|kids|class)|if\s+i\s+(?:ran|was|were|had|owned|managed|could|got)\b|in\s+(?:your|his|her|their)\s+shoes))",
        1.0,
    ),
    *_each(
        rf"(?:hang|hanging|hanged|hung|strangl\w+|suffocat\w+|smother\w*|electrocut\w+|gas|gassing|poison\w*|drown\w*|shoot|shooting|stab|stabbing)\s+{_ME}(?!\s+(?:in\s+the\s+foot|in\s+(?!the\s+(?:river|sea|bath|lake|canal|water))|with\s+(?:work|coffee|tea|paperwork|water|sugar)|out|up|on\s+(?:the|a)\s+(?:sofa|couch|bed)))|set\w*\s+{_ME}\s+(?:on\s+fire|alight|ablaze)|(?:throw|threw|throwing)\s+{_ME}\s+(?:off|in\s+front|under|from)",
        1.0,
    ),
    *_each(
        r"(?:walk|walking|walked|wade|wading|waded|swim|swimming|swam|go|going|went)\s+(?:out\s+)?(?:into|far\s+out\s+into|out\s+to)\s+(?:the\s+)?(?:river|sea|ocean|lake|water|waves|canal|loch|reservoir)(?!\s+(?:up\s+to|to\s+(?:cool|swim|paddle|play|fish)|for\s+a\s+(?:swim|paddle|dip)|with\s+(?:the|my)\s+(?:kids|dog|friends)|on\s+holiday))(?:\s+(?:\S+\s+){0,6}?(?:and\s+not|never|to\s+(?:drown|die|disappear)|(?:keep|kept)\s+(?:going|walking)|only\s+turned\s+back|until|till|let\s+(?:it|the))|(?:\s+(?:tonight|today|last\s+night|again|this\s+(?:morning|evening)))?(?=\s*(?:$|[.!?,\n])))",
        1.0,
    ),
    *_each(
        r"(?<!nearly\s)(?<!almost\s)(?:driv\w+|drove|steer\w*|swerv\w+|veer\w*|crash\w*|ram\w*|wrap\w*|aim\w*)\s+(?:my\s+car\s+|the\s+car\s+|it\s+)?(?:off\s+(?:the|a)\s+(?:road|bridge|cliff|edge|pier)|into\s+(?:a|the)\s+(?:\w+\s+)?(?:wall|tree|lorry|truck|lamppost|river|barrier|railing|pillar|sea|bridge|bus)|into\s+(?:the\s+)?oncoming|in\s+front\s+of\s+(?:a|the)\s+(?:lorry|truck|bus|train)|towards?\s+(?:the|a)\s+(?:\w+\s+)?(?:railing|wall|edge|cliff|barrier|pillar))|(?<!nearly\s)(?<!almost\s)(?:driv\w+|drove|swerv\w+|veer\w*|crash\w*|go|going|went)\s+off\s+the\s+road(?!\s+(?:for|to|at|in\s+the\s+(?:snow|ice)))(?!\s+(?:by\s+accident|accidentally|on\s+the\s+ice|in\s+the\s+(?:snow|rain|fog)))|crash\w*\s+(?:my|the)\s+car\s+(?:on\s+purpose|deliberately|intentionally)|(?:want|wanna|thinking\s+about|thought\s+about|urges?\s+to|tempted\s+to|going\s+to|gonna)\s+(?:to\s+)?(?:crash(?:ing)?|swerv\w+|driv\w+)\s+(?:my|the)\s+car\s+(?:into|off|on\s+purpose)",
        1.0,
    ),
    *_each(
        r"(?<!nearly\s)(?<!almost\s)(?:step|stepping|stepped|walk|walking|walked|jump|jumping|jumped|throw\w*|threw|lie|lying|lay)\s+(?:myself\s+)?(?:in\s+front\s+of|under|onto|on\s+to)\s+(?:a|the|an)\s+(?:\w+\s+)?(?:train|bus|lorry|truck|car|tracks|traffic|tube|tram)(?!\s+of\s+thought)|(?<!bungee\s)(?<!bungy\s)(?:jump|jumping|jumped|leap\w*|throw\w*\s+myself)\s+(?:off|from)\s+(?:the|a|my|that)\s+(?:\w+\s+)?(?:roof|bridge|building|balcony|cliff|ledge|window|tower|car\s+park|multi-storey|platform|flat)(?!\s+(?:into\s+the\s+(?:sea|water|pool|lake|river)|for\s+fun))",
        1.0,
    ),
    # Intent: going to do it, decided, finishing myself off.
    *_each(
        r"(?:going\s+to|gonna|gunna|will|about\s+to|i{A}ll|ready\s+to)\s+(?:actually\s+|really\s+|finally\s+|definitely\s+|just\s+)?go\s+through\s+with\s+it".replace(
            "{A}", _A
        ),
        1.0,
    ),
    *_each(
        r"(?:going\s+to|gonna|gunna|will|about\s+to|i{A}ll)\s+(?:actually\s+|really\s+|finally\s+|definitely\s+|just\s+)?do\s+it(?:\s+(?:this\s+time|tonight|today|tomorrow|soon|now|this\s+(?:week|weekend)|for\s+real|properly|after\s+all))*(?:\s*,?\s*(?:i{A}ve|i\s+have)\s+decided)?(?=\s*(?:$|[.!?,;\n]|:(?!\s*(?:i{A}m|i\s+am|i{A}ll|i\s+will)\s+(?:\w+\s+)?(?:ask|apply|quit|tell|book|sign|call|buy|get|start|chang|mov|try|run|join|learn|enter|propos|confront|dye|cut\s+my\s+hair|shav|leav(?!\w*\s+this\s+(?:world|life)))\w*)))|(?:this\s+time|tonight)\s+i{A}m\s+(?:actually\s+|really\s+|finally\s+)?(?:going\s+to|gonna)\s+do\s+it|finish\w*\s+myself\s+off|(?:no|there{A}s\s+no)\s+going\s+back\s+(?:now|this\s+time)".replace(
            "{A}", _A
        ),
        1.0,
        True,
    ),
    *_each(r"(?:there{A}s|there\s+is)\s+no\s+going\s+back(?=\s*(?:$|[.!?\n]))".replace("{A}", _A), 0.9, True),
    *_each(
        rf"(?:intend|intending|plan|planning|going|gonna|decided|ready|want|wanna|need|about|determined)\s+(?:to\s+)?end\s+(?:things|everything|it\s+all)(?!\s+(?:with|between|off|for\s+the|at\s+work|there))|(?:decided|resolved|made\s+up\s+my\s+mind|determined)\s+(?:to\s+(?:die|end\s+(?:it|things|my\s+life)|kill\s+myself|go\s+through\s+with\s+it|do\s+it)|(?:that\s+)?i{_A}m\s+(?:not\s+going\s+to\s+be\s+(?:here|around|alive)|going\s+to\s+(?:die|do\s+it|end\s+it|kill\s+myself)))",
        1.0,
    ),
    # Plan: a day, a date, a place, a deadline.
    *_each(
        rf"(?:picked|chosen|chose|choosing|set|fixed|decided\s+on|worked\s+out|planned|planning|know|settled\s+on)\s+(?:out\s+)?(?:the|a|my)\s+(?:day|date|time|place|spot|night|method|way|location|bridge)(?:\s+and\s+(?:the\s+)?(?:place|time|day|method|date|location))?\s+(?:when\s+|where\s+|that\s+|for\s+)?(?:i{_A}m\s+|i\s+am\s+|i{_A}ll\s+|i\s+will\s+|i\s+|to\s+|it\s+)?(?:going\s+to\s+|gonna\s+)?(?:do\s+it|die|end\s+it|end\s+things|go|kill\s+myself|end\s+my\s+life|happens|my\s+(?:death|suicide))|(?:worked\s+out|picked|chosen|know|planned|decided)\s+(?:the\s+date\s+and\s+(?:the\s+)?(?:place|time|method)|the\s+(?:time|place|method)\s+and\s+(?:the\s+)?(?:place|date|time|method)|where\s+and\s+when|when\s+and\s+where|when\s+and\s+how|how\s+and\s+when)(?=\s*(?:$|[.!?,;:\n]|i{_A}m|i\s+))",
        1.0,
    ),
    *_each(
        rf"(?:is|will\s+be|\w+'\s*s|{_DAY_WORD}s)\s+(?:the|my)\s+(?:day|night|date)\s+(?:that\s+)?(?:i\s+(?:finally\s+|actually\s+|just\s+)?{_THE_DAY_I}|i{_A}m\s+(?:going\s+to\s+)?(?:{_THE_DAY_I}|going{_SENTENCE_END})|i\s+end\s+(?:it(?!\s+(?:with|between|off))|things|my\s+life))|(?:given|giving|give)\s+(?:myself|it)\s+(?:a\s+deadline|until|till|one\s+more\s+(?:week|month|day))\b[^.!?\n]{{0,60}}?(?:end\s+(?:it|things)|i{_A}ll\s+(?:end|do\s+it|go)|done\s+with\s+life|kill\s+myself|i{_A}m\s+(?:gone|done))|{_IF_GONE}?(?:if|when)\s+nothing\s+(?:changes|gets\s+better|improves)\b[^.!?\n]{{0,30}}?(?:i{_A}ll|i\s+will|i{_A}m\s+going\s+to)\s+(?:end\s+it|end\s+things|kill\s+myself|do\s+it|go|be\s+gone)",
        1.0,
    ),
    *_each(
        rf"i{_A}ll\s+(?:just\s+)?end\s+(?:it|things)(?!\s+(?:with|between|there|here|now\s+with)){_NOT_A_THING_ENDED}|(?:by|before)\s+(?:the\s+end\s+of\s+(?:the|this|next)\s+(?:month|week|year)|next\s+(?:week|month)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight)\s*,?\s+i{_A}ll\s+be\s+(?:gone|dead)(?:\s+for\s+good)?(?!\s+(?:to|on|for\s+(?:a|the|two|\d)|from|abroad|away))|i{_A}ll\s+be\s+(?:gone|dead)\s+(?:for\s+good|forever)(?!\s+from)"
        # the same deadline after the words: "I'll be dead by Friday", unless it is the workload or a cold talking
        rf"|(?:i{_A}ll|i\s+will)\s+(?:probably\s+|definitely\s+|surely\s+)?be\s+dead\s+(?:by|before)\s+(?:the\s+end\s+of\s+(?:the|this|next)\s+(?:month|week|year)|next\s+(?:week|month)|(?:this\s+|next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|the\s+weekend|christmas|my\s+birthday)\b(?![^.!?\n]{{0,30}}?\b(?:if|unless|at\s+this\s+rate|the\s+way|lol|haha|lmao|with\s+(?:this|that|all|the)|from\s+(?:this|the|all|exhaustion|stress|work|tiredness)|of\s+(?:boredom|exhaustion|embarrassment|shame|stress))\b)",
        1.0,
        True,
    ),
    # Preparation: notes, letters, goodbyes, a will, giving things away, sorting things for after.
    *_each(
        r"(?:goodbye|farewell|suicide|last|final)\s+(?:letters?|notes?|messages?|msgs?|texts?|txts?|emails?|videos?|vids?|voice\s+notes?|posts?)"
        r"(?!(?![^.!?\n]*?\b(?:forever|for\s+good|won\s*'?\s*t\s+be\s+around|gone\s+for\s+good)\b)"
        r"[^.!?\n]{0,60}?\b(?:see\s+(?:you|ya|u|yous|you\s+all)\s+(?:at|on|in|after|next|soon|tomorrow|when)|back\s+(?:on|in|after|at|next)\s+\w+|"
        r"for\s+(?:lent|a\s+(?:week|month|while|bit)|the\s+(?:summer|month|week|holidays?)))\b)|(?:written|wrote|write|writing|left|leave|leaving)\s+(?:the|my|a)\s+(?:\w+\s+)?note(?:s)?\s+(?:for\s+whoever|for\s+(?:them|my\s+\w+)\s+to\s+find|explaining)|(?:written|wrote|left|leaving)\s+(?:the|my|a)\s+note(?=\s*(?:$|[.!?,;:\n]))|for\s+whoever\s+finds\s+me|(?:find|finds|found)\s+me\s+(?:afterwards|after\s+(?:i{A}m|i\s+am)\s+gone)".replace(
            "{A}", _A
        ),
        1.0,
        True,
    ),
    *_each(
        rf"(?:for|after|when|once|before)\s+(?:after\s+|when\s+)?i(?:{_A}m|\s+am)\s+(?:gone|dead|no\s+longer\s+(?:here|around|alive)|not\s+(?:around|here)(?:\s+any\s*more)?)(?!\s+(?:on|for|to|away|abroad|travelling|traveling|at|from|in|over|all|off|during|until|till|next|this|tomorrow))|(?:after|when)\s+i\s+(?:die|kill\s+myself|do\s+it)(?!\s+(?:my|the|her|his)\s+hair)(?=\s*(?:$|[.!?,;:\n]|so|and))",
        1.0,
        True,
    ),
    # Ending it named as when something else is done ("drafting the message to my mum before I end it").
    Rule(
        r"(?:before|after|once|when)\s+i\s+(?:finally\s+|just\s+|actually\s+)?(?:end\s+(?:it|things)(?:\s+all)?"
        r"(?!\s+(?:with|between|off|up|here|there|early|on\s+a|for\s+the|properly|nicely|politely|face\s+to\s+face|in\s+person))"
        + _NOT_A_THING_ENDED
        + r"|kill\s+myself(?!\s+(?:laugh\w*|at|in|on|with|doing|working|training)\b)|end\s+my\s+(?:own\s+)?life|take\s+my\s+(?:own\s+)?life(?!\s+back))",
        1.0,
        True,
    ),
    *_each(
        r"(?:said|say|saying|says)\s+my\s+(?:last\s+|final\s+)?goodbyes(?![^.!?\n]{0,60}?\b(?:fly|flies|flying|flight|airport|train\s+home|drive\s+home|go\s+home|head\s+home|leave\s+for|leaving\s+for|moving|term\s+starts|holiday)\b)|(?:quietly|secretly|silently)\s+(?:been\s+)?saying\s+goodbye|(?:say|said|saying)\s+goodbye\s+(?:\S+\s+){0,4}?(?:for\s+the\s+last\s+time|without\s+(?:them|anyone|telling|letting)|one\s+last\s+time|for\s+good|forever)|goodbye\s+for\s+the\s+last\s+time|(?:final|last)\s+goodbyes?",
        1.0,
        True,
    ),
    *_each(
        rf"(?:gave|giving|give|given)\s+(?:away\s+)?(?:\w+\s+){{0,5}}?(?:because|since|as|so)\s+i\s+(?:won{_A}t|will\s+not|wont|don{_A}t|dont)\s+(?:need|be\s+(?:here|around|using)|have\s+(?:any\s+)?use)|(?:won{_A}t|wont|will\s+not)\s+(?:need|be\s+needing)\s+(?:them|it|anything|any\s+of\s+(?:it|this|them)|my\s+\w+)\s+(?:any\s*more|where\s+i{_A}m\s+going|soon|after\s+(?:tonight|this\s+week))|(?:sorted|sorting|put)\s+(?:out\s+)?my\s+(?:affairs|things)\s+in\s+order\s+(?:for|so)|(?:plan\w*|chose|chosen|picked)\s+(?:out\s+)?my\s+(?:own\s+)?funeral(?![^.!?\n]{{0,80}}?\b(?:ahead\s+of\s+time|in\s+advance|years\s+ahead|pre-?paid|pre-?pay\w*|hymns?|life\s+admin|like\s+(?:mum|mom|dad|gran|nan|my\s+\w+)\s+did|insurance|policy|funeral\s+plan|at\s+(?:6|7|8|9)\d|when\s+the\s+time\s+comes|one\s+day)\b)|(?:my|the)\s+(?:passwords?|bank\s+details|pin\s+numbers?)\s+(?:\S+\s+){{0,6}}?(?:for\s+when|after)\s+i{_A}m\s+gone",
        1.0,
        True,
    ),
    # Burdensomeness in other words: relieved, free of me, a weight, a drain, by being alive.
    *_each(
        rf"(?:relieved|glad|happier|freer|lighter|calmer|better\s+off|better|easier|kinder|grateful|happy)\s+(?:for\s+(?:\w+\s+){{1,2}})?(?:not\s+to\s+have\s+to\s+(?:deal\s+with|see|look\s+after|put\s+up\s+with|worry\s+about)\s+me(?:\s+any\s*more)?|with\s+me\s+(?:gone|dead|out\s+of\s+the\s+(?:way|picture))|once\s+i{_A}m\s+(?:gone|dead|out\s+of\s+the\s+(?:way|picture)))|(?:free|rid)\s+of\s+me(?:\s+(?:for\s+good|forever|at\s+last))?(?=\s*(?:$|[.!?,;:\n]|if|once|when))",
        1.0,
    ),
    *_each(
        rf"(?:i{_A}m|i\s+am|i\s+feel\s+like|i{_A}ve\s+become|i\s+have\s+become)\s+(?:\w+\s+){{0,3}}?(?:weight|drain|dead\s+weight|liability|millstone|burden|curse|plague)\s+(?:on|to|for|around)\s+(?:everyone|everybody|my\s+\w+|them|people|the\s+people|all|anyone|those)",
        1.0,
    ),
    *_each(
        r"(?:worse|harder|ruin\w*|burden\w*|hurt\w*|drag\w*\s+(?:\w+\s+)?down)\b[^.!?\n]{0,40}?\bby\s+(?:being\s+alive|existing|being\s+born|still\s+being\s+(?:here|alive)|staying\s+alive)|sorry\s+(?:for|that\s+i{A}m)\s+(?:existing|being\s+alive|being\s+born|still\s+(?:being\s+)?(?:here|alive))|worse\s+(?:off\s+)?with\s+me\s+(?:in\s+it|around|alive|still\s+here|in\s+(?:their|his|her|your)\s+lives?)|deserve\s+(?:so\s+much\s+|much\s+|far\s+)?better\s+than\s+(?:having\s+)?me(?:\s+(?:around|alive|in\s+their\s+lives?))?(?=\s*(?:$|[.!?,;:\n]))|better\s+life\s+(?:if\s+i\s+(?:wasn{A}t|weren{A}t|was\s+not)\s+(?:in\s+it|around|here)|without\s+me(?=\s*(?:$|[.!?,;:\n])))".replace(
            "{A}", _A
        ),
        1.0,
    ),
    # Thwarted belongingness joined to death or absence.
    *_each(
        rf"{_NOBODY}\s+(?:who|that)\s+(?:would|will|{_A}d)\s+(?:even\s+|really\s+)?(?:miss|notice|care|mourn|cry|grieve)|{_IF_GONE}[^.!?\n]{{0,40}}?(?:before|until|till)\s+(?:anyone|anybody|someone|somebody)\s+(?:even\s+)?(?:noticed|found|would\s+notice|notices|realised|realized)|{_IF_GONE}[^.!?\n]{{0,20}}?{_NOBODY}\s+would\s+(?:even\s+|ever\s+)?(?:look|search|come\s+looking|know|realise|realize|find\s+out)",
        1.0,
    ),
    *_each(
        rf"{_NOBODY}\s+(?:would|will|{_A}d)\s+(?:even\s+|really\s+|bother\s+to\s+)?(?:come|go|turn\s+up|show\s+up|cry|be\s+sad|care)\s+(?:to|at|about)\s+my\s+funeral|(?:empty|nobody\s+at|no\s+one\s+at)\s+my\s+funeral|(?:care|cares|cared|matter|matters|mind|minds)\s+(?:whether|if)\s+i\s+(?:live|die|am\s+alive|{_A}m\s+alive|exist|am\s+dead|{_A}m\s+dead)(?:\s+or\s+(?:die|not|live))?",
        1.0,
    ),
    *_each(
        r"i\s+(?:should|want\s+to|wanna|need\s+to|might\s+as\s+well|may\s+as\s+well|ought\s+to)\s+(?:just\s+)?(?:go|disappear|vanish|leave\s+this\s+world)\s+(?:for\s+good|forever|permanently)",
        1.0,
    ),
    # Self-harm by any means: burning, slicing, picking, punching walls, banging my head, hiding cuts.
    *_each(
        r"(?:cut|burn|burnt|burned|scratch|hit|punch|bruis|hurt|slic|slash|carv)\w*\s+(?:\w+\s+){0,2}?(?:my\s+)?(?:\w+\s+)?(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?|hands?|face|head|body|knuckles)\s+(?:\S+\s+){0,4}?with\s+(?:a\s+|the\s+)?(?:cigarettes?|lighters?|razors?|blades?|knife|knives|matches|match|scissors|compass|glass|lit\s+\w+)",
        1.0,
    ),
    *_each(r"(?:slic|slash|slit|open)\w*\s+(?:open\s+)?my\s+(?:wrists?|veins?|arms?|thighs?|throat)", 1.0),
    *_each(
        r"(?:my\s+(?:\w+\s+)?(?:skin|arms?|legs?|wrists?|thighs?|knuckles|hands?|head|face|body|stomach|hips?|scabs?|nails)|myself|walls?)\b[^.!?\n]{0,40}?\b(?:until|till|til)\s+(?:it|they|i|my\s+\w+)\s+(?:bleeds?|bled|bleed|bruised?|bruises|blistered|broke|felt\s+something|feel\s+something|could\s+feel|can\s+feel|went\s+numb)|(?:punch\w*|hit\w*|kick\w*)\s+(?:the\s+)?walls?\s+(?:\S+\s+){0,3}?(?:until|till|to\s+feel|to\s+punish|so\s+hard)|(?:pick\w*|scratch\w*|tear\w*|tore|pull\w*)\s+(?:at\s+)?my\s+(?:skin|scabs|hair\s+out)\s+(?:\S+\s+){0,4}?(?:on\s+purpose|until|till|to\s+(?:feel|punish))",
        1.0,
    ),
    *_each(
        r"(?:bang|banging|banged|bangs|hit|hitting|hits|smash\w*|slam\w*)\s+my\s+head\s+(?:on|against|into)\s+(?:the\s+)?(?:wall|floor|door|desk|table|mirror)(?:\s+(?:\S+\s+){0,4}?(?:until|till|when|whenever|on\s+purpose|to\s+(?:feel|punish|stop)|because|again|so\s+hard))",
        1.0,
    ),
    *_each(
        r"(?:hid\w*|hiding|cover\w*|conceal\w*)\s+(?:up\s+)?(?:the\s+|my\s+)?(?:fresh\s+|new\s+)?(?:cuts|burns|marks|scars|wounds)\s+(?:on\s+my\s+\w+|under|with|from\s+(?:my|everyone|people|them))|(?:fresh|new)\s+(?:cuts|burns)\s+on\s+my|(?:urge|urges|itch|craving)\s+to\s+(?:cut(?!\s+(?:my\s+)?(?:own\s+)?(?:hair|fringe|bangs|nails|losses|ties|back|down|out|corners|class|carbs|sugar|the|a|it|them|myself\s+a))|burn(?!\s+(?:the|a|an|some|this|that|these|those|off|down|calories|bridges|incense|candles?|rubbish|money|cash|toast)\b)|hurt|harm|hit(?!\s+(?:the|a|an|send|snooze|reply|back|him|her|them|someone|somebody|it|up)\b)|punish)\b|want\s+to\s+(?:cut|burn)(?:\s+(?:myself\s+)?again)?(?=\s*(?:$|[.!?,;:\n]|so|again|tonight))|(?:took|take|taking)\s+(?:too\s+many|a\s+lot\s+of|loads\s+of)\s+(?:\w+\s+)?(?:pills|tablets|meds)\s+(?:\S+\s+){0,4}?to\s+(?:hurt|harm|punish|feel|die|sleep\s+forever)|self[\s-]*injur\w*|self[\s-]*harm\w*",
        1.0,
    ),
    # Foreshortened future: won't make it to, my last Christmas, no next year for me.
    *_each(
        r"(?:won{A}t|wont|will\s+not|not\s+going\s+to|never\s+going\s+to|don{A}t\s+think\s+i{A}ll|don{A}t\s+think\s+i\s+will|doubt\s+i{A}ll|i\s+won{A}t)\s+(?:\w+\s+)?(?:make\s+it|live|survive|last|be\s+(?:alive|here|around))\s+(?:to\s+see\s+|to\s+|until\s+|till\s+|through\s+|past\s+|for\s+|by\s+)?(?:(?:my\s+|next\s+|the\s+|another\s+|this\s+)*(?:birthday|christmas|summer|spring|winter|autumn|fall|year|new\s+year|month|easter|holidays?|graduation|thirty|forty|twenty|fifty|anniversary)|(?:the\s+)?end\s+of\s+the\s+(?:year|month|week|summer)|the\s+time\s+(?:the|my|you)|\d+|much\s+longer|long\s+enough|the\s+weekend|next\s+week|tomorrow)".replace(
            "{A}", _A
        ),
        1.0,
        True,
    ),
    *_each(
        rf"(?:this|that|it|next\s+(?:week|month|year))\s+(?:will\s+be|is|{_A}s|{_A}ll\s+be|is\s+going\s+to\s+be)\s+my\s+(?:very\s+)?last\s+(?:christmas|birthday|summer|year|day|night|week|new\s+year|spring|winter|autumn|easter|weekend|month)(?!\s+(?:in|at|with|before|as|of|working|here\s+before))|(?:won{_A}t|wont|will\s+not|never|not\s+going\s+to|not\s+gonna)\s+(?:live\s+to\s+)?see\s+(?:my\s+|another\s+|next\s+|the\s+|a\s+new\s+)+(?:spring|summer|winter|autumn|year|christmas|birthday|day|month)|(?:can{_A}t|cannot|don{_A}t|do\s+not)\s+(?:see|imagine|picture)\s+(?:myself\s+)?(?:being\s+)?(?:alive|here|around|still\s+here)\s+(?:next|in|by|at|for)|(?:don{_A}t|do\s+not|won{_A}t)\s+(?:expect|think\s+i{_A}ll|plan|intend)\s+to\s+(?:live|be\s+alive|be\s+around|make\s+it)\s+(?:to|until|past|till|much|long|another|for|beyond)|(?:i\s+)?(?:don{_A}t|do\s+not)\s+have\s+a\s+future(?!\s+(?:in|at|with|as|here|there))|there\s+is\s+no\s+(?:next\s+\w+|future|tomorrow|summer|christmas|spring|autumn|winter|birthday)\s+for\s+me(?!\s*,?\s*(?:this\s+year|until|till|just|except)\b)|no\s+(?:next\s+\w+|future|tomorrow)\s+for\s+me|last\s+time\s+(?:you{_A}ll|you\s+will|anyone\s+will|anybody\s+will|you)\s+(?:hear\s+from|see)\s+me(?!\s+(?:about|on|for|until|till|before|this|complain|say|talk|moan|mention))",
        1.0,
        True,
    ),
    *_each(
        rf"(?:won{_A}t|wont|will\s+not|not\s+going\s+to)\s+be\s+(?:here|around|alive)\s+(?:to\s+|for\s+|by\s+|when\s+|after\s+|next\s+|any\s*more|any\s+longer|much\s+longer|in\s+(?:a|the)\s+(?:week|month|year))",
        1.0,
        True,
    ),
    # Getting, keeping or looking at the means.
    *_each(
        r"(?:bought|buy|buying|got|get|getting|ordered|order|ordering|picked\s+up)\s+(?:myself\s+)?(?:a\s+|some\s+|the\s+|more\s+)?(?:rope|noose|razor\s+blades|razor\s+blade|blades|razors|gun|rifle|pistol|firearm|shotgun|charcoal|helium|poison|rat\s+poison|weed\s*killer|antifreeze|exit\s+bag)(?![^.!?\n]{0,60}?\b(?:overrun|infest\w*|for\s+the\s+(?:rats|mice|slugs|weeds|vermin|pests|moles|wasps|rodents)|(?<!n't\s)(?<!not\s)got\s+(?:rats|mice|slugs|wasps|moles))\b)(?!\s+(?:\S+\s+){0,5}?(?:for\s+(?:the|my|our|a|an|his|her|work|camping|climbing|cooking|the\s+\w+)\b(?!\s*(?:self|myself|me\b))|to\s+(?:cook|cut|fix|tie|hang\s+(?:the|a|up|some)|climb|shave|clean|hunt|sell|return|barbecue|bbq)))",
        1.0,
        True,
    ),
    *_each(
        rf"(?:collect\w*|sav\w+\s+up|stockpil\w*|hoard\w*|stash\w*|gather\w*|hid\w*|hiding|keep\w*|kept|squirrel\w*\s+away|put\w*\s+aside)\s+(?:all\s+)?(?:up\s+)?(?:my\s+|the\s+|some\s+|extra\s+|enough\s+|old\s+)?(?:\w+\s+)?(?:{_PILLS}|prescriptions?|tablets|medicines?|blades|razors)(?:\s+\S+){{0,6}}?\s+(?:for\s+(?:weeks|months|when|later|the\s+right|one\s+day)|(?:just\s+)?in\s+case(?!{_AILMENT})|instead\s+of\s+taking|without\s+taking|so\s+i\s+(?:can|could|have)|until\s+i)|(?:stash|hoard|stockpile|collection)\s+of\s+(?:\w+\s+)?(?:{_PILLS}|tablets|blades|razors)|(?:enough|extra|more)\s+(?:\w+\s+)?(?:{_PILLS}|tablets)\s+(?:saved|stored|hidden|put\s+away|to\s+(?:do\s+it|die|end\s+it|not\s+wake\s+up))|so\s+(?:that\s+)?i{_A}d\s+have\s+(?:more|enough|extra)\s+(?:\w+\s+)?(?:{_PILLS}|tablets)",
        1.0,
    ),
    *_each(
        rf"(?:staring|stare|stared|looking|look|looked|gazing|holding|held|hold|touching|counting|counted|lined\s+up|lining\s+up|laid\s+out|laying\s+out)\s+(?:at\s+|up\s+|out\s+)?(?:the\s+|my\s+|a\s+|all\s+(?:the\s+|my\s+)?)?(?:bottle\s+of\s+|box\s+of\s+|packet\s+of\s+)?(?:\w+\s+)?(?:{_PILLS}|tablets|knife|knives|blade|blades|razor|razors|rope|noose|gun|rifle|pistol|belt)\b(?!\s+(?:sharpener|block\s+for|set|drawer\s+for|shop))(?!\s+(?:\S+\s+){{0,4}}?(?:for\s+(?:dinner|cooking|the\s+(?:kitchen|recipe|veg\w*|onions|meat|bread))|to\s+(?:cut|cook|chop|slice|take\s+(?:one|two)|sort)))|(?:pills|tablets)\s+(?:lined\s+up|laid\s+out|counted\s+out)",
        1.0,
        True,
    ),
    *_each(
        rf"(?:know\w*|found\s+out|find\s+out|figured\s+out)\s+where\s+(?:\w+\s+){{0,4}}?(?:keeps?|kept|hides?|hid|stores?|are|is)\s+(?:\w+\s+){{0,2}}?(?:gun|guns|rifle|pistol|shotgun|firearm|pills|tablets|medication|sleeping\s+pills|key\s+to\s+(?:\w+\s+){{0,2}}?(?:gun|cabinet|safe))|where\s+(?:\S+\s+){{0,3}}?(?:gun|guns|rifle|pistol|shotgun|firearm|pills|sleeping\s+pills)\s+(?:is|are)\s+(?:kept|hidden|stored|locked)|(?:got|have|found|get)\s+(?:hold\s+of\s+)?the\s+means(?:\s+to\s+(?:do\s+it|end\s+it|die))?(?=\s*(?:$|[.!?,;:\n]|now|to\s+(?:do|end)))|(?:just\s+)?in\s+case\s+i\s+(?:decide|need|want|choose)\s+to\s+(?:go|do\s+it|end\s+it|use\s+them|die)|charcoal\s+and\s+(?:tape|a\s+tent|duct\s+tape)|(?:tape|hose|hosepipe|tubing)\s+(?:for|to|into)\s+(?:my|the)\s+(?:car|exhaust)|(?:look\w*\s+(?:over|down\s+from|off)\s+the\s+(?:edge|railing|railings|side|ledge|parapet)|stood\s+(?:on|at)\s+the\s+(?:edge|ledge|railing|parapet|roof(?!\s+(?:terrace|garden|bar|deck))))(?!{_SIGHTSEEING})",
        1.0,
    ),
    # Looser wording of the same families.
    *_each(
        rf"(?:wouldn{_A}t|would\s+not|won{_A}t|wont|never)\s+have\s+to\s+(?:\w+\s+){{0,4}}?{_IF_GONE}|{_IF_GONE}(?=\s*(?:$|[.!?;:\n]|,\s*(?:who|would|nobody|no\s+one|everyone|they|it)))",
        1.0,
        True,
    ),
    *_each(
        r"(?:better|easier|smoother|smoothly|happier|lighter|calmer|simpler|fine|okay|quieter|nicer)\b[^.!?\n]{0,30}?without\s+me(?:\s+(?:in\s+(?:it|the\s+picture|their\s+lives?|the\s+world)|around|alive|here))?(?=\s*(?:$|[.!?;:\n]))|(?:doesn{A}t|does\s+not|don{A}t|do\s+not)\s+need\s+me\s+(?:in\s+it|around|here|alive|any\s*more|to\s+exist)|(?:world|everyone|everybody|nobody|no\s+one)\s+(?:\w+\s+)?need\w*\s+me\s+(?:in\s+it|alive|to\s+exist)".replace(
            "{A}", _A
        ),
        1.0,
    ),
    *_each(
        r"(?:okay|ok|fine|happy|at\s+peace|alright|all\s+right|content)\s+with\s+(?:not\s+being\s+(?:here|alive|around)|dying|being\s+dead|not\s+waking\s+up|never\s+waking\s+up|not\s+existing)",
        1.0,
        True,
    ),
    *_each(
        r"(?:quickest|quick|easiest|easy|painless|best|fastest|surest|simplest)\s+way\s+out(?!\s+of\s+(?:the|this|a)\s+(?:building|car\s+park|city|town|traffic|meeting|deal|contract|maze|station|airport|mess|debt))|(?:what|which|how\s+much|how\s+big\s+a)\s+(?:\w+\s+)?(?:dose|amount|quantity)\s+(?:would|will|could|it\s+would\s+take\s+to|is\s+needed\s+to)\s+(?:do\s+it|kill|be\s+(?:fatal|lethal|enough))|make\s+it\s+look\s+like\s+an\s+accident",
        1.0,
    ),
    *_each(
        rf"i{_A}ve\s+(?:set|picked|chosen|fixed)\s+(?:the|a)\s+(?:date|day)(?:\s+for\s+(?:next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|\s+for\s+(?:tomorrow|tonight|next\s+week|the\s+\d+\w*))?(?=\s*(?:$|[.!?;:\n]))|(?:that{_A}s|that\s+is|then\s+that{_A}s)\s+it\s+for\s+me(?!\s+(?:with|and\s+(?:my|the)|on\s+the|at\s+the|as\s+(?:a|an)|tonight|today|for\s+today|this\s+(?:week|year)|,?\s+(?:off|going|i{_A}m\s+off)))|(?:see|imagine|picture)\s+myself\s+(?:making\s+it|being\s+(?:here|alive|around)|living|surviving|still\s+(?:here|alive))\s+(?:to|until|till|past|through|in|next|by)|(?:won{_A}t|will\s+not|never)\s+(?:get|have)\s+(?:another|a\s+second|one\s+more)\s+chance(?=\s*(?:$|[.!?;:\n]))",
        1.0,
        True,
    ),
    *_each(
        rf"(?:for|after|when|once)\s+i{_A}m\s+not\s+(?:here|around)(?:\s+any\s*more)?(?=\s*(?:$|[.!?;:\n]))|i{_A}m\s+(?:just\s+|finally\s+)?ending\s+(?:it|things|it\s+all)(?!\s+(?:with|between|here\s+with|off))|(?:want|need|wish)\s+(?:it|this|everything|it\s+all)\s+to\s+(?:just\s+)?(?:be\s+over|end|stop)\s*,?\s*(?:for\s+good|forever|permanently)",
        1.0,
        True,
    ),
    *_each(
        r"(?:hurt|harm|burn|burnt|burned|cut|hit|punch|scratch|bit|bite|biting|press\w*|held|hold\w*|stub\w*)\w*\s+(?:\S+\s+){0,6}?(?:my|myself)\b(?:\s+\S+){0,3}?\s+(?:on\s+purpose|deliberately|to\s+punish\s+myself|to\s+feel\s+(?:something|pain|better|real))|(?:bit|bite|biting|chew\w*)\s+my\s+(?:arm|arms|hand|hands|lip|lips|skin|wrist)\s+(?:\S+\s+){0,2}?(?:until|till)\s+(?:it|they)\s+(?:bleeds?|bled)|(?:feel|use|press|hold)\s+the\s+(?:blade|razor|knife|lighter)\s+(?:again|on\s+my|against\s+my)|pull\w*\s+my\s+hair\s+out\s+(?:\S+\s+){0,2}?to\s+(?:punish|hurt|feel)|(?:got|have|carry|carrying|keep|keeping)\s+(?:a\s+)?(?:box|pack|packet|bag|stash|supply)\s+of\s+(?:razor\s+)?blades",
        1.0,
        True,
    ),
    # Lethal amounts asked after, death longed for or welcomed, pills all at once, a chosen spot by
    # water or a height, things given away as no longer needed.
    *_each(
        r"how\s+(?:many|much)\s+(?:\S+\s+){0,3}?(?:is|are|would\s+be|counts\s+as)\s+(?:a\s+)?(?:lethal|fatal|deadly|an\s+overdose|too\s+much\s+to\s+survive)|(?:welcome|welcoming|long\s+for|longing\s+for|crave|craving|yearn\w*\s+for)\s+(?:not\s+waking\s+up|never\s+waking\s+up|death|dying|being\s+dead|not\s+being\s+here|not\s+existing|the\s+end(?!\s+of))|(?:wouldn{A}t|would\s+not|don{A}t|won{A}t|wouldnt|dont)\s+(?:even\s+|really\s+)?(?:mind|care\s+about)\s+(?:being|getting)\s+(?:hit|run\s+over|killed|struck)".replace(
            "{A}", _A
        ),
        1.0,
    ),
    *_each(
        rf"(?:{_PILLS}|tablets)\b[^.!?\n]{{0,30}}?(?:all\s+at\s+once|in\s+one\s+go)|(?:chosen|chose|picked|found)\s+(?:the|a|my)\s+(?:spot|place|bridge|cliff|building|ledge)\s+(?:by|on|at|near|off)\s+(?:the\s+)?(?:river|bridge|cliff|sea|tracks|railway|roof|motorway|quarry|lake|canal)|(?:gave|giving|give|given)\b[^.!?\n]{{0,40}}?(?:won{_A}t|will\s+not|wont)\s+(?:need|be\s+needing)\s+(?:it|them|any\s+of\s+it)(?!\s+(?:in|at|for|on|when|with)\s+(?:the\s+|my\s+)?(?:new|next|uni|university|college|school|job|flat|house|work|trip|holiday|move)\b)|i{_A}ll\s+be\s+gone\s+soon(?!\s+(?:for|to|on|from))|so\s+(?:that\s+)?(?:no\s+one|nobody|they|my\s+\w+)\s+(?:has|have|won{_A}t\s+have|doesn{_A}t\s+have|don{_A}t\s+have)\s+to\s+(?:\w+\s+){{0,3}}?(?:later|afterwards|after\s+i{_A}m\s+gone|when\s+i{_A}m\s+gone)",
        1.0,
        True,
    ),
    # Slang for killing oneself, water and cars with intent,
    # exhaust fumes, ages and dates one won't see, methods that hurt least, lethal amounts.
    *_each(
        rf"{_WANT}\s+(?:to\s+|ta\s+)?(?:just\s+)?(?:do\s+{_ME}\s+in|top\s+{_ME}|off\s+{_ME})(?!\s+(?:up|out|with|from|at|over))|(?:offing|offed|topping|topped)\s+{_ME}(?!\s+(?:up|out|with|from|at|over))|(?:think\w*|thought)\s+(?:about|of)\s+doing\s+{_ME}\s+in",
        1.0,
    ),
    *_each(
        r"(?:going\s+to|gonna|gunna|want\s+to|wanna|i{A}ll|i\s+will|planning\s+to|plan\s+to|thinking\s+(?:about|of)|tempted\s+to|urges?\s+to|keep\s+(?:thinking\s+about|wanting\s+to)|could\s+just)\s+(?:just\s+)?(?:walk\w*|wad\w+|swim\w*|go|going)\s+(?:out\s+)?(?:into|far\s+out\s+into|out\s+(?:to|into))\s+(?:the\s+)?(?:river|sea|ocean|lake|water|waves|canal|loch|reservoir|tide)(?!\s+(?:up\s+to|to\s+(?:cool|swim|paddle|play|fish|get)|for\s+a\s+(?:swim|paddle|dip)|with\s+(?:the|my)\s+(?:kids|dog|friends)|on\s+holiday))".replace(
            "{A}", _A
        ),
        1.0,
        True,
    ),
    *_each(
        r"(?:sat|sit|sitting|lay|lie|lying|stayed|stay|waited|wait)\s+[^.!?\n]{0,40}?\bgarage\b[^.!?\n]{0,40}?\bengine\s+(?:\w+\s+)?running|\bengine\s+running\s+(?:\w+\s+){0,3}?(?:in\s+the\s+(?:closed\s+|shut\s+)?garage|with\s+the\s+garage\s+(?:door\s+)?(?:shut|closed|down))|hose\w*\s+(?:\w+\s+){0,4}?(?:to|from|on|onto|into|over)\s+(?:the|my)\s+exhaust|exhaust\s+(?:fumes\s+)?(?:pipe\s+)?(?:into|inside)\s+(?:the|my)\s+car",
        1.0,
        True,
    ),
    *_each(
        rf"(?:won{_A}t|wont|will\s+not|don{_A}t\s+think\s+i{_A}ll|dont\s+think\s+ill|doubt\s+i{_A}ll|doubt\s+ill|never\s+going\s+to|not\s+going\s+to)\s+(?:get\s+to\s+|live\s+to\s+)?(?:see|reach|make\s+it\s+to|turn)\s+(?:my\s+)?(?:\d+(?:st|nd|rd|th)?(?:\s+birthday)?|next\s+birthday|another\s+birthday|(?:twenty|thirty|forty|fifty|sixty)\w*|(?:twenties|thirties|forties|fifties))(?!\s+(?:birthday\s+)?(?:again\b|party|parties|drinks|dinner|do|cousin|episode|game|match|floor|attempt|try|time|place|day\s+of|"
        r"kilos?|kg|pounds|lbs|stone|miles|km|kilometres|kilometers|metres|meters|percent|per\s+cent|followers|subscribers|"
        r"points|pages|words|steps|reps|minutes|seconds|sales|likes|views|grand|quid|dollars|euros|k\b))",
        1.0,
        True,
    ),
    *_each(
        rf"no\s+point\s+(?:in\s+)?\w+ing\b[^.!?\n]{{0,50}}?\bi\s*(?:{_A}ll\s+|will\s+)?(?:won{_A}t|wont|will\s+not|not\s+going\s+to|(?:{_A}m|am)\s+not\s+going\s+to)\s+(?:be\s+(?:there|here|around|alive)|make\s+it|need\s+(?:it|them|any)|last|live)(?!\s+(?:because|as|since|cos|cause|coz|i{_A}m|im|i\s+am|i{_A}ll\s+be|we{_A}re|we\s+are)\s+(?:\S+\s+){{0,3}}?(?:away|abroad|working|in\s|at\s|on\s+(?:holiday|a|the)|travelling|traveling|moving|busy))",
        1.0,
    ),
    *_each(
        r"(?:which|what|the)\s+(?:\w+\s+)?(?:method|way)\s+(?:\w+\s+)?(?:hurts\s+(?:the\s+)?least|would\s+hurt\s+(?:the\s+)?least|is\s+(?:the\s+)?(?:least\s+painful|most\s+painless|surest|most\s+certain))|(?:least\s+painful|most\s+painless|painless)\s+(?:method|way)\s+(?:to\s+(?:go|die|do\s+it|end\s+it)|of\s+(?:going|dying|doing\s+it))|(?:lethal|fatal|deadly)\s+(?:dose|doses|amount|amounts|quantity|quantities)\s+(?:of|for)\s+(?:my|me|the\s+pills|these)",
        1.0,
        True,
    ),
    *_each(
        r"(?:voices?|something|someone)\s+(?:in\s+my\s+head\s+)?(?:keeps?\s+|kept\s+|is\s+|are\s+)?(?:telling|tells|told|ordering|orders|urging|urges)\s+me\s+to\s+(?:jump|die|kill\s+myself|end\s+it|hurt\s+myself|cut\s+myself|do\s+it|step\s+in\s+front)",
        1.0,
    ),
    # Goodbyes meant as the last, waking up and wishing one hadn't, the drop, ending one's story.
    *_each(
        r"(?:said|say|saying)\s+(?:a\s+|my\s+)?(?:proper\s+|final\s+|quiet\s+|last\s+)?goodbyes?\b[^.!?\n]{0,60}?\b(?:(?:was|is|be|it{A}s|its)\s+the\s+last\s+(?:one|time)|for\s+the\s+(?:very\s+)?last\s+time|one\s+(?:final|last)\s+time|for\s+good|forever)(?=\s*(?:$|[.!?,;:\n]))".replace(
            "{A}", _A
        ),
        1.0,
        True,
    ),
    *_each(
        rf"(?:disappointed|gutted|annoyed|angry|upset|sad|cheated|furious|devastated)\s+(?:again\s+)?(?:that\s+)?(?:i\s+(?:woke\s+up|wake\s+up|opened\s+my\s+eyes|open\s+my\s+eyes)(?!\s+(?:late|early|too|at|in|on|to|before|after|with|so|this|and\s+(?:missed|forgot)))|i{_A}m\s+still\s+(?:here|alive|breathing)|i\s+am\s+still\s+(?:here|alive|breathing)|to\s+(?:wake\s+up|still\s+be\s+(?:here|alive)|be\s+(?:alive|breathing)\s+still)(?!\s+(?:late|early|at|in|on|to|before|with)))",
        1.0,
        True,
    ),
    *_each(
        r"(?:think|thinking|thought)\s+(?:about|of)\s+(?:the\s+)?(?:drop|fall|height|water\s+below|long\s+way\s+down)(?!\s+(?:in|of|from\s+\w+\s+to|at\s+the\s+(?:end|start))\b)(?=\s*(?:$|[.!?,;:\n]|and|every|each|when|whenever))",
        1.0,
        True,
    ),
    *_each(
        r"(?:end|ending|close|closing)\s+my\s+(?:own\s+)?(?:story|chapter|last\s+chapter)(?!\s+(?:with|on|by|there|here|before|after|in|at|for|about))",
        1.0,
    ),
    # A date or deadline set for oneself; a time chosen for when nobody will be there.
    *_each(
        r"(?:set|setting|given|give|gave|giving)\s+myself\s+(?:a\s+|the\s+|an\s+)?(?:date|deadline|day|end\s+date|final\s+date)(?!\s+(?:for|of|by|on\s+which\s+to\s+(?!die|end|go\b)|to\s+(?!die|end|go\b|do\s+it|kill)))",
        1.0,
        True,
    ),
    *_each(
        rf"(?:worked\s+out|figured\s+out|planned|picked|chosen|chose|timed|waiting\s+(?:for|until|till)|wait\s+(?:for|until|till))\b[^.!?\n]{{0,40}}?\b(?:when|while|once|time|night|day|hours?)\s+(?:\w+\s+){{0,2}}?(?:nobody|no\s*one|no-one)\s+(?:is|will\s+be|would\s+be|{_A}s|is\s+going\s+to\s+be)\s+(?:home|in|around|here|about|there)(?!\s*,?\s*(?:so\s+(?:i|we)\s+can|because|cos|as\s|to\s+(?!do\s+it|stop\s+me|find\s+me|notice|interrupt|check)))|(?:worked\s+out|figured\s+out|planned|picked|chosen|timed|waiting|wait|ready)\b[^.!?\n]{{0,40}}?\b(?:when|while|once)\s+(?:the\s+|my\s+)?(?:house|flat|place|home)\s+(?:is|will\s+be|{_A}s|gets|goes)\s+(?:empty|quiet)(?!\s*,?\s*(?:so\s+(?:i|we)\s+can|because|cos|as\s|to\s+(?!do\s+it|stop\s+me|find\s+me|notice|interrupt|check)))",
        1.0,
        True,
    ),
    # One's own exit or death as a thing planned; a keepsake given with "remember me".
    *_each(
        r"my\s+(?:own\s+)?(?:exit|death|suicide|ending|last\s+day|final\s+day)\s+(?:is|has\s+been|{A}s)\s+(?:all\s+|already\s+|now\s+)?(?:planned|set|booked|arranged|scheduled|decided|sorted|fixed)(?!\s+(?:from|at\s+(?:work|the\s+(?:office|company|firm))|with\s+(?:hr|my\s+(?:boss|manager))))".replace(
            "{A}", _A
        ),
        1.0,
        True,
    ),
    *_each(
        r"(?:told|tell|telling|asked|ask|asking)\s+(?:\w+\s+){1,2}?to\s+(?:always\s+)?remember\s+me(?!\s+(?:to|when|for\s+(?:the|my|a)\s|as\s+(?:the|a)\s|at\s|in\s+(?:the|his|her|their)\s+(?:speech|prayers|will)))(?=\s*(?:$|[.!?,;:\n]|and|by|when\s+i{A}m\s+gone|after))".replace(
            "{A}", _A
        ),
        1.0,
        True,
    ),
    # Not being here given as the reason, and nothing after it ("... since I won't be around.").
    *_each(
        rf"(?:since|because|as|cos|coz|cause|cuz)\s+i\s*(?:{_A}ll\s+|will\s+)?(?:won{_A}t|wont|will\s+not)\s+be\s+(?:here|around|alive)(?:\s+any\s*more|\s+any\s+longer|\s+for\s+(?:it|them|that|long))?(?=\s*(?:$|[.!;\n]))",
        1.0,
        True,
    ),
    # Passive wish through an accident, illness or bad news the writer would not mind: "if a lorry
    # clipped me I wouldn't mind", "if the scan showed something I'd be relieved", "idc if my flight went down".
    *_each(
        rf"(?:if|when)\s+(?:\S+\s+){{0,5}}?{_MISHAP}[^.!?\n]{{0,50}}?{_UNBOTHERED}|{_UNBOTHERED_FIRST}\s+(?:\S+\s+){{0,2}}?(?:if|when)\s+(?:\S+\s+){{0,5}}?{_MISHAP}",
        1.0,
    ),
    # Praying the plane does not land, the bus takes me out.
    *_each(
        r"(?:pray|praying|prayin|hope|hoping|hopin|wish|wishing)\s+(?:that\s+)?(?:the|my|a|this|some)\s+(?:\w+\s+)?(?:plane|flight|ferry|boat|ship|train|bus|car|lorry|truck|van)\s+"
        r"(?:(?:doesn'?t|doesnt|won'?t|wont|never)\s+(?:land|arrive|make\s+it)|(?:goes|go|went)\s+down(?!\s+(?:in\s+price|well))|crash(?:es)?|sinks?|hits\s+me|takes\s+me\s+out)",
        1.0,
    ),
    # Not opening my eyes again; the long sleep welcomed or searched for.
    *_each(
        r"(?:hope|hoping|hopin|pray|praying|prayin|wish|wishing|wishin)\s+(?:that\s+)?i\s+(?:just\s+)?(?:don'?t|dont|do\s+not|never|won'?t|wont|will\s+not|wouldn'?t)\s+(?:ever\s+)?open\s+my\s+eyes(?!\s+(?:to|till|til|until|before|at|early|on\s+time)\b)"
        rf"|(?:welcome|want|wanting|crave|craving|long\s+for|longing\s+for|ready\s+for|wish\s+for|need|yearn\w*\s+for|how\s+of)\s+(?:the\s+|a\s+)?{_LONG_SLEEP}",
        1.0,
    ),
    # Leaving this life or this world; taking myself out of the picture; not in this world.
    *_each(
        r"(?:leav(?:e|ing|in)|left|exit(?:ing)?|quit(?:ting)?|depart(?:ing)?|check(?:ing)?\s+out\s+of|log(?:ging)?\s+(?:off|out\s+of)|gone\s+from)\s+(?:this\s+)(?:life|world|earth|planet|mortal\s+coil|existence)(?!\s+(?:behind|of|for\s+(?:a|the)\s|to\s+(?:go|move|start|live|work)))"
        rf"|(?:tak(?:e|ing|in)|took|remov(?:e|ing|in)|removed|get(?:ting)?|got)\s+{_ME}\s+out\s+of\s+(?:the\s+)?(?:picture|equation|world|game\s+for\s+good)(?!\s+(?:at|for\s+(?:a|the|this)|on|while|until|till|this\s+(?:week|weekend|time)))"
        rf"|(?:better|best|easier|kinder|simpler|lighter)\s+(?:for\s+(?:everyone|all|them)\s+)?(?:if|when|that|once)\s+i\s*(?:(?:{_A}m|am|was|were|{_A}d\s+be)\s+(?:not|no\s+longer|gone\s+from)|wasn{_A}t|wasnt|weren{_A}t)\s+(?:in\s+|on\s+)?this\s+(?:world|earth|planet|life)",
        1.0,
    ),
    # Sticking around, staying on this planet, as what has no point.
    *_each(
        r"(?:what'?s|whats|wats|what\s+is|there'?s\s+no|no|see\s+no|don'?t\s+see\s+the|dont\s+see\s+the)\s+(?:even\s+)?(?:the\s+|any\s+|a\s+)?point\s+(?:of|in)\s+(?:me\s+)?(?:stick(?:ing|in'?)?\s+around(?!\s+(?:at|for|in\s+(?:this|the|here)|till|until|after|to)\b)|stay(?:ing|in'?)?\s+(?:alive|around|on\s+this\s+(?:planet|earth))|hang(?:ing|in'?)\s+(?:around|on)(?=\s*(?:$|[.!?,;:\n]|any|on\s+this|here))|being\s+(?:here|around)(?=\s*(?:$|[.!?,;:\n]|any|on\s+this))|wak(?:ing|in'?)\s+up(?=\s*(?:$|[.!?,;:\n]|any|every|each)))",
        1.0,
    ),
    # Wanting to be gone, properly gone; disappearing for good as the kind thing; already a ghost.
    *_each(
        r"(?:want|wanna|wish|need|ready)\s+(?:to\s+)?(?:just\s+)?be\s+gone(?:\s+gone)?(?=\s*(?:$|[.!?,;:\n]|for\s+good|forever|properly|permanently|from\s+(?:this|here)))"
        r"|(?:kindest|best|only|right|decent|fairest)\s+thing\s+(?:\w+\s+){0,6}?(?:is|would\s+be|'s)\s+(?:to\s+)?(?:just\s+)?(?:disappear|vanish|go|leave)\s+(?:for\s+good|forever|permanently|for\s+ever)"
        r"|(?:ghost|dead(?:\s+inside)?|gone|half\s+dead|a\s+corpse)\s+already\b[^.!?\n]{0,40}?\b(?:finish|complete|end)\s+(?:the\s+job|it\s+off|what)|already\s+(?:a\s+ghost|dead|a\s+corpse)\b[^.!?\n]{0,40}?\b(?:finish\s+the\s+job|make\s+it\s+official|end\s+it)",
        1.0,
    ),
    # A deadline of change: "if nothing's changed by my birthday, I'm going for good".
    *_each(
        rf"if\s+(?:nothing|things|it|life|stuff)\s*(?:{_A}s|has|have|is|are|hasn{_A}t|haven{_A}t|isn{_A}t|doesn{_A}t|don{_A}t)?\s*(?:not\s+)?(?:changed?|better|improved?|got\s+better|gotten\s+better|different|lifted|shifted)\s+(?:by|before|come|after)\b[^.!?\n]{{0,40}}?i\s*(?:{_A}m|am|{_A}ll|will)\s+(?:going|gone|out|checking\s+out|leaving\s+(?:for\s+good|this)|done(?=\s*(?:$|[.!?,\n]))|ending|finishing|be\s+gone)",
        1.0,
        True,
    ),
    # Checking or clocking out as dying, with a time: "3am is when I check out".
    *_each(
        r"(?:is\s+when|that'?s\s+when|then|the\s+day|the\s+night|time\s+for\s+me\s+to|ready\s+to|want\s+to|wanna|gonna|going\s+to|i'?ll|i\s+will|planning\s+to|plan\s+to|i'?m|im|i\s+am)\s+(?:i\s+)?(?:just\s+|properly\s+|finally\s+|really\s+)?(?:(?:check|clock|cash|sign)(?:ing|in)?\s+(?:myself\s+)?out|(?:bowing|tapping)\s+out)(?=\s*(?:$|[.!?,;:\n]|for\s+good|permanently|of\s+(?:life|this\s+(?:life|world))|(?:this|next)\s+(?:weekend|week|month|friday|saturday|sunday)(?=\s*(?:$|[.!?,;:\n]|and\s|but\s))|tonight(?=\s*(?:$|[.!?,;:\n]))))",
        1.0,
        True,
    ),
    # A place chosen, and nothing after it: "picked the bridge already".
    *_each(
        r"(?:picked|chosen|chose|scouted|settled\s+on)\s+(?:out\s+)?(?:the|a|my)\s+(?:bridge|cliff|tree|ledge|car\s+park|multi[\s-]?storey|rooftop)\s*(?:already|now|out)?(?=\s*(?:$|[.!?,;:\n]))",
        1.0,
        True,
    ),
    # Going off somewhere and not coming back; at peace with going; the problem that removes itself;
    # one step from the tracks or the edge.
    *_each(
        r"(?:go|going|goin|walk|walking|drive|driving|head|heading|swim|swimming|wander|wandering|disappear)\s+(?:\w+\s+){0,5}?and\s+(?:just\s+)?(?:not|never)\s+(?:come|coming)\s+back(?!\s+(?:to|here|until|till|for|with)\b)"
        r"|(?:at\s+peace|made\s+(?:my\s+)?peace|okay|ok|fine|comfortable)\s+with\s+(?:(?:going|leaving)(?=\s*(?:$|[.!?,;:\n]|now|soon|when|whenever|for\s+good))|dying|death|not\s+being\s+here|it\s+all\s+ending)(?!\s+(?:back|to|home|in|out|on|for|abroad|away|of|through)\b)"
        r"|i'?m\s+the\s+(?:problem|burden|issue)\b[^.!?\n]{0,40}?(?:remove|solve|sort\s+out|take\s+care\s+of|get\s+rid\s+of)\s+(?:itself|myself)"
        r"|(?:tracks|edge|ledge|platform|drop|railing|bridge|cliff)\b[^.!?\n]{0,40}?(?:thinking|think|thought|wondering)\s+(?:just\s+)?(?:one|a|a\s+single)\s+(?:step|jump|leap|push|lean)",
        1.0,
        True,
    ),
    # Being with the dead again; my time is up, decided; at rest soon; the means kept for when I'm brave enough.
    *_each(
        r"(?:want|wanna|ready|going|time|wish|long|longing|need)\s+(?:to\s+)?(?:go\s+(?:and\s+)?)?(?:be\s+with|join|see)\s+(?:my\s+)?(?:late\s+)?(?:nan|nana|nanna|gran|granny|grandma|grandad|grandpa|mum|mom|mam|dad|husband|wife|son|daughter|brother|sister|partner|baby|best\s+friend)\b"
        r"[^.!?\n]{0,40}?(?:wherever\s+(?:she|he|they)\s+(?:is|are)|in\s+heaven|on\s+the\s+other\s+side|up\s+there|who\s+(?:died|passed)|(?:she|he|they)\s*(?:'s|'re|\s+is|\s+are)\s+(?:gone|dead)|can'?t\s+(?:do\s+this|go\s+on|live)\s+without)"
        r"|(?:be\s+with|join)\s+my\s+late\s+(?:\w+\s+)?(?:husband|wife|partner|son|daughter|mum|mom|dad|brother|sister|nan|gran|grandma|grandad|friend)\b"
        r"|my\s+time\s*(?:'s|is|has\s+come)\s*(?:up|come)?\b[^.!?\n]{0,30}?(?:made\s+(?:up\s+)?my\s+mind|decided|i'?m\s+ready|accepted\s+it)"
        r"|i'?ll\s+(?:soon\s+)?be\s+at\s+(?:rest|peace)(?=\s*(?:$|[.!?,;:\n]|soon|and\s+(?:nobody|no\s+one|everyone|they|it)))"
        r"|(?:knife|blade|razor|pills|tablets|rope|gun|meds|stash)\b[^.!?\n]{0,50}?(?:(?:brave|strong|ready)\s+enough|(?:have|get|find|work\s+up)\s+the\s+(?:guts|nerve|courage))(?=\s*(?:$|[.!?,;:\n]|to\s+(?:use|do)))",
        1.0,
        True,
    ),
    # Death as six feet under, pushing up daisies, worm food, an early grave (not "rather be ... than").
    *_each(
        r"(?<!rather\s)(?<!rather\sbe\s)(?:i'?ll\s+be|i\s+will\s+be|i\s+want\s+to\s+be|i\s+wanna\s+be|i'?d\s+be\s+better|i\s+belong|i\s+should\s+be|ready\s+to\s+be)\s+(?:\w+\s+)?(?:six\s+feet\s+under|pushing\s+up\s+(?:the\s+)?daisies|worm\s+food|in\s+(?:an\s+early|my|the)\s+grave|in\s+the\s+ground|in\s+a\s+box)",
        1.0,
    ),
    # Trading places with the dead; a day that is when I stop; finished for good after payday.
    *_each(
        r"(?:trade|swap|switch)\s+places\s+with\s+(?:anyone|anybody|someone|somebody|the\s+\w+|a\s+\w+)\s+(?:in\s+(?:a|the)\s+(?:coffin|grave|ground|morgue|cemetery|graveyard)|who\s+(?:died|is\s+dead|'s\s+dead|passed))"
        r"|(?:is\s+when|that'?s\s+when)\s+i\s+(?:stop|end\s+(?:it|things)|finish\s+(?:it|things)|go)(?=\s*(?:$|[.!?,;:\n]|for\s+good))"
        r"|(?:then|after\s+that)\s+i'?m\s+(?:finished|done|gone|out)\s+for\s+good(?=\s*(?:$|[.!?,;:\n]))",
        1.0,
        True,
    ),
    # Pills put by; a hose and tape; swimming out past coming back; leaning further; means by the bed.
    *_each(
        rf"(?:a\s+month|weeks?|months?|a\s+stash|a\s+supply|loads|dozens|a\s+bag|a\s+tin|a\s+box)\s+(?:of|worth\s+of)\s+(?:my\s+)?(?:(?!vitamin|multivitamin|iron|cod|fish|cough|throat|allergy|hay|contraceptive|birth)\w+\s+)?(?:{_PILLS}|antidepressants|tablets)\s+(?:saved|hidden|stashed|put\s+(?:away|by)|tucked\s+away|kept\s+back|hoarded)"
        r"|(?:bought|got|buying|getting|ordered)\s+(?:a\s+(?:length|bit)\s+of\s+|some\s+)?(?:hose|hosepipe|tubing)\b[^.!?\n]{0,40}?(?:tape|exhaust|boot|garage)"
        r"|(?:swim|swimming|swam|walk|walking|paddle|paddling|wade|wading)\s+out\b[^.!?\n]{0,40}?(?:until|till|til)\s+i\s+(?:can'?t|cant|cannot|couldn'?t)\s+(?:swim|get|make\s+it|come|walk)\s+back"
        r"|(?:(?:foot)?bridge|overpass|flyover|ledge|edge|railing|balcony|platform|cliff|parapet)\b[^.!?\n]{0,40}?\b(?:lean|leaning|leant|step|stepping|inch|inching)\s+(?:a\s+(?:bit|little)\s+|that\s+bit\s+)?(?:further|closer)"
        r"|(?:sleep|sleeping|slept)\s+with\s+(?:the|my|a)\s+(?:blade|razor|knife|rope|gun)\s+(?:beside|next\s+to|under|by)\s+(?:my|the)\s+(?:bed|pillow)"
        r"|how\s+(?:much|many)\s+(?:of\s+)?(?:my\s+)?(?:\w+\s+)?(?:tablets|pills|meds|medication|paracetamol|insulin)\s+(?:would|will|is|are)\s+(?:be\s+)?too\s+(?:many|much)",
        1.0,
        True,
    ),
    # Not being here for it, and fine with that; the kindest thing is for me to go.
    *_each(
        r"(?:won'?t|wont|not\s+going\s+to|not\s+gonna)\s+be\s+(?:here|around|alive)\s+for\s+[^.!?\n]{0,40}?(?:and\s+)?i'?m\s+(?:okay|ok|fine|at\s+peace|alright|glad)\s+(?:with\s+that|about\s+that)"
        r"|(?:kindest|best|only|right|decent|fairest)\s+thing\s+(?:\w+\s+){0,6}?(?:is|would\s+be|'s)\s+(?:for\s+me\s+to\s+(?:go|leave|disappear|vanish|not\s+be\s+here)(?=\s*(?:$|[.!?,;:\n]|for\s+good|forever))|(?:a|an)\s+\w+\s+who\s+(?:isn'?t|wasn'?t|is\s+not)\s+(?:around|here|alive))",
        1.0,
    ),
    # Affairs left ready for afterwards: a will, passwords, logins for whoever sorts things out.
    *_each(
        r"(?:will|passwords?|logins?|bank\s+details|pin\s+numbers?|account\s+details|funeral\s+(?:wishes|plan))\b[^.!?\n]{0,60}?\bfor\s+(?:afterwards|after(?=\s*(?:$|[.!?,;:\n]))|whoever\s+(?:finds|sorts|deals|has\s+to|needs))",
        1.0,
        True,
    ),
    # A note that is written, in a list of things made ready.
    *_each(
        r"(?:the\s+|my\s+)?note(?:'?s|\s+is|\s+has\s+been)\s+(?:written|done|ready|finished|signed)(?=\s*(?:$|[.!?,;:\n]))",
        1.0,
        True,
    ),
    # Privacy for the act: nobody walks in on me while I do it.
    *_each(
        r"(?:so|where|somewhere)\s+(?:that\s+)?(?:nobody|no\s*one|no-one|nobody'?ll|no\s+one'?ll)\s+(?:can\s+|will\s+|would\s+|could\s+)?(?:walks?\s+in\s+on|finds?|stops?|interrupts?|sees?|disturbs?)\s+me\s+(?:while|when|before|until|till|as)\s+i\s+(?:do\s+it|go\s+through\s+with\s+it|end\s+it|take\s+(?:them|the\s+pills))",
        1.0,
    ),
    # Not needing things after a near date, not coming back for the children, gone before a refill runs out.
    *_each(
        rf"(?:won{_A}t|wont|will\s+not|shan{_A}t|don{_A}t|dont)\s+(?:be\s+)?need(?:ing)?\s+(?:it|them|this|that|these|those|any\s+of\s+(?:it|them|this))\s+(?:after|past|beyond)\s+(?:this|next|the\s+end\s+of\s+(?:this|the))\s+(?:month|week|weekend|year|friday|saturday|sunday|monday)(?=\s*(?:$|[.!?;\n]|,\s*(?:i'?ll|i\s+will|i\s+won'?t|not|nobody|no\s+one|i'?m\s+(?:done|out|gone))))"
        rf"|i{_A}?m\s+not\s+coming\s+back\s+(?:for|to)\s+(?:them|the\s+kids|my\s+(?:kids|children|babies|son|daughter|boys|girls))(?=\s*(?:$|[.!?,;:\n]))"
        rf"|(?:why|no\s+sense|no\s+point)\s+(?:bother\s+)?(?:in\s+)?(?:renew|refill|book|buy|sav|plan|get|fix|pay|start|sign)\w*\b[^.!?\n]{{0,40}}?(?:i{_A}ll\s+(?:be\s+gone|be\s+dead|not\s+be\s+(?:here|around))|i\s+(?:won{_A}t|wont|will\s+not)\s+be\s+(?:here|around|alive))(?!\s+(?:on|to|for\s+(?:a|an|the|two|three|\d)|until|till|in\s|abroad|away|over))",
        1.0,
    ),
    # A last time the others do not know is the last: "she doesn't know it was the last time".
    *_each(_SECRET_LAST, 1.0, True),
    # Searching for how: methods read at night, the quickest way, how long a person lasts, whether people survive.
    *_each(
        r"(?:forum|thread|threads|site|sites|pages?|posts?|videos?|articles?)\s+(?:\w+\s+){0,2}?(?:on|about|of|listing|comparing|ranking)\s+(?:suicide\s+)?methods(?=\s*(?:$|[.!?,;:\n]|at\s+\d|at\s+night|all\s+night|last\s+night|tonight|again|till|until))"
        r"|(?:wats|what'?s|whats|what\s+is)\s+(?:the\s+)?(?:quickest|fastest|easiest|least\s+painful|most\s+painless|surest|cleanest)\s+way(?=\s*(?:$|[.!?;:\n]|,(?![^.!?\n]{0,40}?\b(?:bus|buses|tube|tram|metro|subway|taxi|uber|coach|cycl\w*|bike|route|motorway|shortcut|by\s+(?:car|train|bus)|on\s+foot)\b)|tbh|honestly|ngl|out|to\s+go))"
        r"|(?:how\s+long|how\s+many\s+minutes)\s+(?:a\s+person|someone|people|a\s+body|you|one)\s+(?:lasts?|survives?|can\s+last|can\s+survive|takes?\s+to\s+(?:die|go\s+under|drown|freeze))"
        r"|(?:whether|if)\s+(?:people|anyone|you|someone|a\s+person)\s+(?:ever\s+)?survives?\s+(?:the\s+|a\s+)?(?:fall|jump|drop)"
        r"|which\s+(?:bridge|building|cliff|car\s+park|multi[\s-]?storey|tower|roof)\b[^.!?\n]{0,30}?\b(?:highest|tallest|is\s+high\s+enough|is\s+tall\s+enough)",
        1.0,
    ),
    # Self-harm in slang and metaphor: the urge to slice, old marks opened back up, head against
    # the wall when it gets bad, food withheld as a punishment.
    *_each(
        r"(?:urges?|itch|craving|need)\s+to\s+(?:slice|slash|carve|bleed|open\s+(?:myself|my\s+\w+)\s+up|do\s+(?:sh|self[\s-]?harm))"
        r"|(?:open(?:ed|ing|in)?|reopen(?:ed|ing|in)?|split|tore|tear(?:ing)?)\s+(?:up\s+)?(?:\w+\s+)?(?:old\s+|fresh\s+|healed\s+)?(?:marks|scars|cuts|lines)\s+(?:back\s+up|again|open|up)|reopen\w*\s+(?:the\s+|my\s+|those\s+|some\s+)?(?:old\s+)?(?:marks|scars|cuts|lines)\s+(?:on\s+my|again|back|last|tonight|today)"
        r"|(?:hit|hitting|hittin|bang|banging|bangin|banged|slam\w*|smash\w*|smack\w*|whack\w*|knock\w*)\s+my\s+head\s+(?:on|against|off|into)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:wall|walls|floor|door|desk|table|tiles|mirror|radiator|cupboard|headboard|steering\s+wheel)\b[^.!?\n]{0,30}?(?:when\s+(?:it|things|i)\s+(?:gets?|got)\s+(?:bad|too\s+much|overwhelming)|did\s+it|twice|(?:\d+|three|four|five|few)\s+times|to\s+(?:make|stop|quiet|shut|punish|feel|drown)|so\s+(?:the|my|it)\s+(?:\w+\s+)?(?:stops?|goes?|go|quiet))"
        r"|(?:don'?t|dont|do\s+not|never)\s+deserve\s+(?:to\s+eat|food|meals?|dinner|lunch|breakfast|to\s+be\s+fed|to\s+have\s+food)"
        r"|(?:meals?|food|eating|eat|dinner|lunch|breakfast)\b[^.!?\n]{0,40}?(?:haven'?t|havent|have\s+not|didn'?t|don'?t|dont)\s+(?:earned|deserved?)\s+(?:them|it|to\s+eat|any)",
        1.0,
    ),
    # The passive wish, non-specific thoughts, burdensomeness, belonging and self-harm in
    # fresh words: switched off for good, envying the dead, an illness left to finish the job, not
    # seeing another morning, more trouble than I'm worth, trouble brought to everyone, dead weight,
    # nobody feeling a thing, done trying to stay, a clean streak broken, a hand held on the hob.
    *_each(
        r"(?:wish|want|wanna|hope|pray)\w*\s+(?:\w+\s+){0,4}?(?:switch|turn|shut)\w*\s+(?:me|myself)\s+off\b(?!\s+(?:at|after|for\s+the|from\s+(?:work|the))\b)"
        r"|(?:switch|turn|shut)\w*\s+(?:me|myself)\s+off\s+(?:for\s+good|permanently|forever)"
        r"|(?:wish|want|wanna|hope|pray)\w*\s+(?:\w+\s+){0,4}?be\s+(?:switched|turned|shut)\s+off(?=\s*(?:$|[.!?,;:\n]|like\s+a\s+(?:machine|light|robot)|for\s+good|permanently|forever))"
        r"|(?:jealous|envious|envy)\s+(?:of\s+)?(?:the\s+)?(?:people|those|anyone|everyone|ones|folk)\s+(?:who|that)\s+(?:\w+\s+)?(?:get\s+to\s+|got\s+to\s+)?(?:die|died|are\s+dead|pass(?:ed)?\s+away|(?:don'?t|didn'?t|never)\s+wake\s+up)\b"
        r"|\benvy\s+the\s+dead\b"
        r"|(?:hope|hoping|wish|pray)\w*\s+(?:\w+\s+){0,6}?finish(?:es)?\s+(?:me\s+off|the\s+job|me)(?=\s*(?:$|[.!?,;:\n]|off|for\s+good|this\s+time))"
        rf"|(?:takes?|took|get|gets|got)\s+me\b[^.!?\n]{{0,20}}?(?:won{_A}t|wont|wouldn{_A}t|wouldnt|not\s+going\s+to|will\s+not)\s+(?:even\s+)?fight\s+(?:it|back)"
        rf"|if\s+(?:anything|something)\s+(?:bad\s+)?(?:happened|happens|were\s+to\s+happen)\s+to\s+me\b[^.!?\n]{{0,30}}?{_UNBOTHERED}"
        rf"|(?:pray|praying|prayed|hope|hoping|wish|wishing)\s+(?:\w+\s+){{0,2}}?(?:that\s+)?i\s+(?:won{_A}t|wont|don{_A}t|dont|never|will\s+not|do\s+not)\s+(?:see|reach|get\s+to)\s+(?:another|the\s+next|one\s+more)\s+(?:morning|day|sunrise|week|birthday)"
        rf"|(?:if|when)\s+i\s+(?:just\s+)?(?:didn{_A}t|didnt|don{_A}t|dont|did\s+not|never)\s+(?:open\s+my\s+eyes|wake\s+up)(?!\s+(?:till|until|til|before|for|on\s+time|early|in\s+time|at\s+\d|to\s+(?:my|the|an?)\s+alarm))\b[^.!?\n]{{0,40}}?(?:win|fine|ok|okay|relief|blessing|mercy|best|grateful|glad)\b"
        rf"|(?:annoyed|disappointed|gutted|upset|angry|sad|sorry)\s+(?:that\s+)?i\s+(?:woke|wake|still\s+woke)\s+up\s+at\s+all",
        1.0,
    ),
    *_each(
        rf"(?:i{_A}m|im|i\s+am)\s+(?:just\s+|always\s+|only\s+)?more\s+trouble\s+than\s+i{_A}m\s+worth(?!\s+(?:at|in|on|when|with|during)\b)"
        r"|(?:i|all\s+i\s+(?:ever\s+)?do\s+is)\s+(?:only\s+|ever\s+|just\s+|always\s+)*(?:bring|cause|create|make)s?\s+(?:\w+\s+)?(?:trouble|problems|pain|misery|grief|worry|hassle|heartache)\s+(?:for|to)\s+(?:everyone|everybody|the\s+people|people|my\s+(?:\w+\s+)?(?:family|parents|partner|kids|children|friends|mum|mom|dad|husband|wife)|them|all|those)\b(?!\s+(?:at|in|on|when|with|during|by)\b)"
        rf"|(?:i\s+(?:just\s+|only\s+)?make|all\s+i\s+(?:ever\s+)?do\s+is\s+make|my\s+(?:being\s+alive|existence|being\s+here)\s+makes?)\s+(?:everything|everyone{_A}s\s+lives?|their\s+lives?|life|my\s+\w+{_A}s\s+life)\s+(?:so\s+much\s+|much\s+|a\s+lot\s+)?(?:harder|worse)(?:\s+for\s+(?:everyone|everybody|them|all|the\s+people\s+(?:i\s+love|around\s+me)))?(?=\s*(?:$|[.!?,;:\n]|for\s+(?:everyone|everybody|them|all|the\s+people)))"
        + rf"|(?:i{_A}m|im|i\s+am|i\s+feel\s+like|i{_A}ve\s+become|feel\s+like)\s+(?:just\s+|such\s+|like\s+|a\s+)*(?:parasite|leech|freeloader|waste\s+of\s+(?:oxygen|air|a\s+life))(?!\s+(?:at|in|on|when|before|until|till|without\s+(?:my\s+)?(?:coffee|tea|caffeine|breakfast))\b)"
        + rf"|(?:simpler|easier|better|kinder|lighter|calmer)\s+(?:for\s+(?:everyone|everybody|them|all)\s+)?if\s+i\s*(?:wasn{_A}t|weren{_A}t|was\s+not|were\s+not)(?=\s*(?:$|[.!?;:\n]))"
        + rf"|(?:move\s+on|be\s+happier|cope\s+better|do\s+better|find\s+someone\s+(?:better|else|new))\s+(?:\S+\s+){{0,2}}?{_IF_GONE}"
        + r"|(?:(?<=[.!?\n]\s)|(?<=[.!?\n])|^)relaps(?:ed|ing)(?:\s+again)?(?=\s*(?:$|[.!?,;:\n]|last\s+night|tonight|today))"
        + rf"|(?:i{_A}m|im|i\s+am|i\s+feel\s+like|i{_A}ve\s+become|feel\s+like)\s+(?:just\s+|such\s+|a\s+)*dead\s+weight(?!\s+(?:at|in|on)\s+(?:the\s+)?(?:gym|pub\s+quiz|quiz|team|match))",
        1.0,
    ),
    *_each(
        rf"{_IF_GONE}[^.!?\n]{{0,20}}?{_NOBODY}\s+would\s+(?:even\s+|really\s+)?(?:feel\s+(?:a\s+thing|anything|it)|bat\s+an\s+eye\w*|blink|shed\s+a\s+(?:single\s+)?tear)"
        r"|done\s+trying\s+to\s+(?:stay(?=\s*(?:$|[.!?,;:\n]|alive|here|around|in\s+this\s+world))|stay\s+alive|live|keep\s+(?:going|living)|survive|exist)",
        1.0,
    ),
    *_each(
        rf"(?:more\s+happy|happier|better|better\s+off|relieved|easier|more\s+peaceful)\s+(?:\S+\s+){{0,3}}?if\s+i\s*(?:am|was|were|{_A}m)\s+not\s+(?:there|here|around|alive)(?!\s+(?:at|for|on|in\s+(?:the|this|a)|to\s+\w+)\b)"
        rf"|(?:wish|wished|wishing)\s+(?:\w+\s+){{0,2}}?i\s+(?:was|were|had)\s+(?:never|not)\s+(?:been\s+)?(?:here|{_BORN}|alive|existed)(?!\s+(?:at|for|in\s+(?:this|the|a)(?!\s+first\s+place)|on|with|today|tonight|tomorrow|this|when|during)\b)"
        r"|(?:go\s+to\s+(?:bed|sleep)|fall\s+asleep|lie\s+down|close\s+my\s+eyes)\s+and\s+never\s+(?:have\s+to\s+)?(?:get\s+up|wake\s+up|wake|open\s+(?:them|my\s+eyes))(?:\s+again)?(?=\s*(?:$|[.!?,;:\n]))"
        r"|(?:given|give|brought|bring|caused|cause)\s+(?:them|everyone|everybody|my\s+(?:\w+\s+)?(?:family|parents|partner|kids|children|friends|mum|mom|dad|husband|wife))\s+nothing\s+but\s+(?:grief|trouble|pain|problems|heartache|misery|worry|stress)(?!\s+(?:over|about|with|at|in|on|when|this|today|lately)\b)"
        r"|(?:hope|hoping|wish|pray)\w*\s+(?:that\s+)?(?:it'?s|this\s+is|today\s+is|tonight\s+is|today'?s|tonight'?s)\s+my\s+last(?:\s+(?:day|night|one))?(?=\s*(?:$|[.!?,;:\n]))"
        rf"|(?:when|once|if|after)\s+i\s*(?:am|{_A}m|was|were)\s+(?:no\s+(?:longer|more)\s+in|not\s+in|gone\s+from|out\s+of)\s+this\s+world"
        r"|long\s+sleeves\b[^.!?\n]{0,40}?\b(?:hide|hiding|cover|covering|so\s+(?:nobody|no\s+one|people|they|my\s+\w+))\b[^.!?\n]{0,30}?(?:what\s+i|my\s+(?:arms|wrists|cuts|scars|marks|burns|thighs)|the\s+(?:cuts|scars|marks|burns))"
        r"|(?:they|everyone|everybody|people|my\s+\w+)\s*(?:'?d|would)\s+be\s+sad\s+for\s+(?:a\s+(?:bit|while|little\s+while|day|week|month)|a\s+few\s+\w+)[^.!?\n]{0,30}?(?:better\s+off|relieved|forget\s+(?:about\s+)?me|get\s+over\s+me|move\s+on\s+without\s+me)",
        1.0,
    ),
    # Not going on considered; a life with nobody in it as the reason not to stay; the others'
    # lives held back by having me to look after.
    *_each(
        r"(?:consider\w*|contemplat\w*|think\w*\s+(?:about|of)|thought\s+(?:about|of))\s+(?:just\s+|simply\s+)?not\s+(?:going\s+on|carrying\s+on|living|staying\s+alive|being\s+(?:here|alive|around)|waking\s+up)(?=\s*(?:$|[.!?,;:\n]|any\s*more|at\s+all|with\s+(?:life|it\s+all)))"
        rf"|if\s+(?:they|he|she|my\s+\w+|everyone|everybody)\s+(?:didn{_A}t|did\s+not|never|wouldn{_A}t)\s+(?:have\s+to\s+)?(?:have|look\s+after|deal\s+with|worry\s+about|support|care\s+for|carry)\s+me(?:\s+to\s+(?:look\s+after|worry\s+about|support|deal\s+with|care\s+for|carry))?(?=\s*(?:$|[.!?,;:\n]|around|any\s*more|any\s+longer))",
        1.0,
    ),
    *_each(
        r"why\s+(?:would|should)\s+i\s+(?:even\s+)?(?:stay|keep\s+(?:going|living)|bother\s+(?:living|staying\s+alive)|be\s+(?:here|alive))(?=\s*(?:$|[.!?;:\n]|around|alive|on\s+this))",
        1.0,
        True,
    ),
    # Going for good named as when: "tidying up before I go for good" (a move or a new job named after it explains it away).
    *_each(
        r"(?:before|once|when|after)\s+i\s+(?:go|leave|disappear|vanish)\s+(?:for\s+good|forever|permanently)(?!\s+(?:to|from|at|in|on)\b)"
        r"(?![^.!?\n]*\b(?:mov\w+|job|abroad|emigrat\w*|relocat\w*|flight|visa|new\s+(?:flat|house|home|city|country|place)|to\s+[a-z]+)\b)",
        1.0,
    ),
    *_each(
        r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple\s+of|several)\s+(?:days?|weeks?|months?|years?)\s+clean\b(?!\s+(?:from|off|of)\b)[^.!?\n]{0,40}?\b(?:threw|blew|ruined|messed|broke|lost|gone|relapsed|slipped|did\s+it\s+again|went\s+back|back\s+to\s+(?:square|day)\s+(?:one|zero|0|1))"
        r"|clean\s+for\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple\s+of|several)\s+(?:days?|weeks?|months?|years?)\b(?!\s+(?:from|off|of)\b)[^.!?\n]{0,40}?\b(?:threw|blew|ruined|messed|broke|lost|gone|relapsed|slipped|did\s+it\s+again|went\s+back)"
        r"|streak\b[^.!?\n]{0,40}?\b(?:razor|blade|cutting|cut\s+again|burn(?:ing|ed|t)\s+(?:myself|again)|hurt\w*\s+myself|self[\s-]?harm\w*)"
        r"|(?:razor|blade|cutting|self[\s-]?harm\w*)\b[^.!?\n]{0,40}?\b(?:broke|lost|ruined|reset)\s+(?:my\s+)?(?:\w+\s+)?streak"
        r"|(?:hold|held|holding|press\w*|put|putting)\s+my\s+(?:hand|arm|fingers?|wrist|palm|skin)\s+(?:on|against|under|over|in)\s+(?:the\s+|a\s+)?(?:hob|iron|stove|kettle|flame|lighter|candle|hot\s+\w+|radiator|cooker|boiling\s+water)\s+(?:\S+\s+){0,3}?(?:until|till|til|on\s+purpose|to\s+(?:feel|punish|hurt))"
        r"|my\s+(?:arms?|wrists?|thighs?|legs?|stomach|hips?)\s+(?:are|is)\s+(?:\w+\s+)?(?:covered\s+in|full\s+of)\s+(?:new|fresh)\s+(?:cuts|burns|marks)",
        1.0,
    ),
    # Preparatory acts, means and method in everyday wording: affairs left so nobody is left with
    # them, who gets what, a letter that explains everything; the means put aside, hidden, found,
    # tried for strength or looked over; the surest or least painful way, the amount, height or time.
    *_each(
        r"(?:nobody|no\s*one|no-one|they|mum|dad|my\s+\w+)\s+(?:inherits?|(?:is|gets?|will\s+be|won'?t\s+be|isn'?t)\s+left\s+with|ends?\s+up\s+with|(?:has|have)\s+to\s+(?:pay|clear|deal\s+with))\s+(?:my\s+)?(?:debts?|a\s+mess|the\s+mess|my\s+mess|bills|overdraft|loans?)"
        r"|(?:sorted|sorting|decided|deciding|worked\s+out|wrote\s+down|written\s+down|writing\s+down|listed|list\s+of|made\s+a\s+list\s+of)\s+(?:out\s+)?who\s+(?:gets|should\s+get|will\s+get|is\s+getting|can\s+have|has)\s+(?:my|what|which\s+of\s+my)\b(?![^.!?\n]*\b(?:santa|presents?|gifts?|rota|room|bed|seat|turn|chores|shift|prize|raffle|lift|front)\b)"
        r"|letters?\s+(?:to|for)\s+(?:my\s+\w+|each\s+of\s+(?:them|my\s+\w+)|everyone|every\s+one\s+of\s+them|them\s+all)\b[^.!?\n]{0,30}?\b(?:explain\w*\s+(?:everything|it\s+all|why\s+i)|says?\s+(?:sorry\s+for\s+everything|goodbye|everything)|to\s+(?:read|open)\s+(?:after|afterwards|later))"
        r"|(?:nothing|less)\s+(?:\w+\s+)?for\s+(?:them|anyone|people|my\s+\w+|mum|dad)\s+to\s+(?:find|go\s+through|sort\s+out|clear\s+up|deal\s+with)\b(?![^.!?\n]*\b(?:presents?|gifts?|surprise|easter|eggs|treasure|hunt)\b)"
        r"|(?:insurance|policy)\s+(?:\w+\s+){0,3}?(?:pays?\s+out|covers?|still\s+pays)\s+(?:\w+\s+){0,2}?(?:suicide|if\s+i\s+(?:die|kill|take|end|do\s+it))"
        r"|(?:what\s+(?:to\s+do|happens)\s+with|where\s+to\s+(?:scatter|put|spread))\s+my\s+(?:body|ashes)"
        r"|(?:saw|see|seen|seeing|visited|visit|visiting|hugged|hug|hugging|called|rang|texted|held)\s+(?:\w+\s+){0,3}?(?:one\s+(?:last|final)\s+time|for\s+(?:the|a)\s+(?:last|final)\s+time)(?!\s+before\b)(?=\s*(?:$|[.!?,;:\n]|and\s+(?:they|he|she|nobody|no\s+one)|without|today|tonight|this\s+week))"
        r"|(?:(?:my|our)\s+\w+|she|he|they)\s+(?:is|are|'s|s|will\s+be|'ll\s+be)\s+(?:having|taking|getting|keeping)\s+(?:the|my)\s+(?:cat|dog|cats|dogs|kitten|puppy|rabbits?|bunny|guinea\s+pigs?|hamster|budgie|parrot|tortoise|fish|horse|pony)\b[^.!?\n]{0,30}?\b(?:for\s+good|for\s+keeps|permanently|from\s+now\s+on)\b[^.!?\n]{0,30}?\b(?:doesn'?t|don'?t|didn'?t|does\s+not|won'?t)\s+know\s+why"
        r"|(?:having|take|taking|took|have|keep|keeping|rehom\w+|found\s+a\s+home\s+for)\s+(?:the|my)\s+(?:cat|dog|cats|dogs|kitten|puppy|rabbits?|bunny|guinea\s+pigs?|hamster|budgie|parrot|tortoise|fish|horse|pony)\b[^.!?\n]{0,40}?\b(?:for\s+good|for\s+keeps|permanently|from\s+now\s+on|after\s+i'?m)",
        1.0,
        True,
    ),
    *_each(
        rf"(?:hid|hidden|hide|hides|hiding|stash\w*|tucked|tuck|stuffed|squirrelled|squirreled|secreted)\s+(?:away\s+)?(?:(?:the|my|a|some|all\s+the|all\s+my|those|these)\s+(?:\w+\s+)?(?:{_PILLS}|tablets|blades?|razors?|razor\s+blades|rope|cord|knife|gun|charcoal|ligature))\b[^.!?\n]{{0,40}}?\b(?:under|in|behind|inside|at\s+the\s+back|with\s+the\s+others|where)\b(?![^.!?\n]*\b(?:toddler|kids?|baby|children|grandchildren|nephew|niece|dog|puppy|cat|burglars?|flatmates?|childproof|safe\s+from|out\s+of\s+reach|vitamin\w*|supplements?|sale|offer|bulk)\b)"
        rf"|(?:{_PILLS}|tablets|blades?|razors?|razor\s+blades|rope|cord|knife|gun|charcoal|ligature)\s+(?:\w+\s+){{0,4}}?(?:hid|hidden|stashed|tucked\s+away|squirrelled\s+away|squirreled\s+away)\s+(?:them\s+)?(?:under|in|behind|inside|at\s+the\s+back|with|where)\b(?![^.!?\n]*\b(?:toddler|kids?|baby|children|grandchildren|nephew|niece|dog|puppy|cat|burglars?|childproof|out\s+of\s+reach|vitamin\w*|supplements?|sale|offer|bulk)\b)"
        rf"|(?:put|putting|set|setting|keep|keeping|kept|hold|holding|held|tuck\w*|slip\w*|squirrel\w*|pocket\w*|palm\w*|sav(?:e|ed|ing))\s+(?:a\s+few\s+|some\s+|one\s+|two\s+|a\s+couple\s+(?:of\s+)?|\w+\s+)?(?:of\s+)?(?:my\s+|the\s+|his\s+|her\s+)?(?:\w+\s+)?(?:{_PILLS}|tablets)\s+(?:aside|by(?!\s+(?:the|my|a|his|her|their|your|each|every|\w+'s)\b))"
        r"|(?:collected|collecting|gathered|gathering|put|got|pulled|emptied)\s+(?:all\s+)?(?:the\s+|my\s+)?(?:old\s+|leftover\s+|spare\s+)?(?:\w+\s+)?(?:pills|tablets|meds|medication|medicines|prescriptions|painkillers)\b[^.!?\n]{0,40}?\b(?:into|in)\s+(?:one|a\s+single)\s+(?:bag|box|place|pile|drawer|tub|jar|tin)\b(?![^.!?\n]*\b(?:pharmacy|chemist|dispos\w*|recycl\w*|take\s+(?:them\s+)?back|return\w*|bin)\b)"
        r"|(?:found|find|finding|noticed|saw|seen|know|knew|worked\s+out|figured\s+out)\s+(?:out\s+)?where\s+(?:\w+\s+){0,4}?(?:keeps?|kept|hides?|hid|stores?|leaves?|puts?|locks?\s+up)\s+(?:\w+\s+){0,3}?(?:gun|guns|rifle|pistol|shotgun|firearm|ammo|bullets|cartridges|key\s+to\s+(?:the\s+)?(?:gun|cabinet|safe|medicine)|(?:gun|medicine)\s+(?:cabinet|safe)\s+key)"
        r"|(?:beam|beams|banister|bannister|banisters|hook|hooks|loft\s+hatch|door\s+frame|light\s+fitting|rafters?|joists?|clothes\s+rail|wardrobe\s+rail)\b[^.!?\n]{0,50}?\b(?:would|'d|will|could|can)\s+(?:hold\s+(?:me|my\s+weight)|take\s+my\s+weight|bear\s+my\s+weight|hold(?=\s*(?:$|[.!?,;:\n])))(?![^.!?\n]*\b(?:hammock|swing|shelf|shelves|mirror|picture|curtain|tv|boxes|storage|pull-?ups?)\b)"
        r"|(?:test|tested|testing|tried)\s+(?:whether|if|how\s+well)\s+(?:the\s+|my\s+)?(?:belt|cord|rope|scarf|cable|dressing\s+gown\s+cord|banister|beam|hook|rail)\s+(?:would|could|can|will)\s+(?:hold\s+(?:me|my\s+weight)|take\s+my\s+weight)",
        1.0,
        True,
    ),
    *_each(
        r"(?:railway|railway\s+line|tracks|train\s+line|level\s+crossing|bridge|cliffs?|car\s+park|multi[\s-]?storey|roof|quarry|viaduct|motorway\s+bridge|tower\s+block)\b[^.!?\n]{0,60}?\b(?:looking\s+for|look\s+for|found|find|picked|checking|checked|scoping\s+out|scoped\s+out)\s+(?:the\s+|a\s+)?(?:best|right|good|perfect|quiet|quietest|highest|darkest|easiest)\s+(?:spot|place|bit|point|section|stretch|part|angle|gap)(?![^.!?\n]*\b(?:picnic|photo\w*|pictures?|watch\w*|film\w*|spotting|fish\w*|sit\s+and|eat|lunch|park(?:ing)?\s+(?:the\s+)?car|view|sunset|fireworks|paint\w*|sketch\w*|camp\w*)\b)"
        r"|(?:top\s+(?:floor\s+)?of|edge\s+of|on)\s+(?:the\s+|a\s+)?(?:car\s+park|multi[\s-]?storey|bridge|roof|cliff|tower|building|viaduct|quarry|balcony)\b[^.!?\n]{0,50}?\blook\w*\s+(?:down|over)\b[^.!?\n]{0,30}?\b(?:for\s+(?:a\s+long\s+time|ages|an\s+hour|hours|a\s+while|ever\s+so\s+long)|wondering|thinking\s+(?:about|how)|how\s+(?:far|high|easy|long|quick))(?![^.!?\n]*\b(?:photos?|pictures?|selfies?|views?|sunsets?|lights|fireworks|people\s+below|tiny|ants|skyline)\b)"
        r"|(?:roof|rooftop)\s+(?:door|access|hatch)\s+(?:is|was|'s|gets)\s+(?:left\s+|always\s+|often\s+)?(?:unlocked|open)(?![^.!?\n]*\b(?:lunch|smok\w*|party|drinks|fix\w*|repair\w*|maintenance|caretaker|landlord|leak\w*|complain\w*|security|report\w*|sunbath\w*|stars|view|sunset)\b)"
        r"|(?:measured|measure|checked|check|worked\s+out|googled|looked\s+up|calculated)\s+(?:the\s+)?(?:drop|height|fall)\s+(?:from|off|of)\s+(?:the\s+|my\s+|our\s+)?(?:bridge|roof|balcony|cliff|car\s+park|tower|window|viaduct|flat|building)(?!\s+for\b)(?![^.!?\n]*\b(?:railing|fence|netting|scaffold\w*|survey\w*|plans?|builder|ladder|safety\s+rail)\b)"
        r"|(?:checked|check|checking|looked\s+up|know|found\s+out|timed|wrote\s+down|memorised|memorized)\s+(?:\w+\s+){0,3}?(?:when|which|what\s+time)\s+(?:the\s+)?(?:fast|express|non-?stop|freight|through)\s+(?:trains?|ones)\s+(?:come|comes|pass|passes|go\s+through|goes\s+through|run|runs|don'?t\s+stop)(?![^.!?\n]*\b(?:photo\w*|film\w*|watch\w*|spott\w*|catch|get\s+on|board|commute|work|late|tickets?|kids)\b)",
        1.0,
        True,
    ),
    *_each(
        r"(?:hose|hosepipe|tube|tubing|pipe)\b[^.!?\n]{0,40}?\b(?:reach(?:es)?|fits?|fitted|taped?|into|onto|to)\s+(?:\w+\s+){0,2}?(?:the\s+|my\s+)?exhaust|exhaust\b[^.!?\n]{0,40}?\b(?:hose|hosepipe|tubing|into\s+the\s+car|through\s+the\s+window)"
        r"|garage\b[^.!?\n]{0,40}?\bengine\s+(?:running|on)\b[^.!?\n]{0,30}?\b(?:door|doors)\s+(?:shut|closed|down)|engine\s+(?:running|on)\b[^.!?\n]{0,40}?\bgarage\s+door\s+(?:shut|closed|down)"
        r"|(?:loaded|load|loading|took\s+out|got\s+out|take\s+out|held|holding|sat\s+with|sitting\s+with)\s+(?:my|the|dad'?s|his|grandad'?s|granddad'?s|uncle'?s)\s+(?:gun|shotgun|rifle|pistol|revolver)\b[^.!?\n]{0,40}?\b(?:sat|sitting|staring|for\s+(?:ages|a\s+long\s+time|hours|an\s+hour|a\s+while)|alone|in\s+my\s+(?:room|lap)|on\s+my\s+lap|at\s+night|tonight|thinking)(?![^.!?\n]*\b(?:fox\w*|rabbits?|pigeons?|crows?|rats?|vermin|clays?|range|hunt\w*|deer|season|licen[cs]e|farm|lambs?|sheep|chickens?)\b)"
        r"|(?:carry|carrying|carried|keep|keeping|kept)\s+(?:a|the|my)\s+(?:blade|razor\s+blade|razor|sharpener\s+blade)\s+(?:\w+\s+){0,3}?(?:with\s+me|on\s+me|in\s+my\s+(?:bag|pocket|purse|wallet|pencil\s+case|phone\s+case|bra|sock|shoe|locker))(?![^.!?\n]*\b(?:opening|boxes|parcels|packages|work|box\s+cutter|crafts?|shaving)\b)",
        1.0,
        True,
    ),
    *_each(
        r"(?:which|what)\s+(?:method|methods|one|way)\s+(?:is|would\s+be|works|'s|s)\s+(?:the\s+)?(?:surest|most\s+certain|least\s+painful|most\s+painless|most\s+reliable|most\s+peaceful|least\s+messy|most\s+lethal|deadliest)"
        r"|(?:surest|most\s+certain|most\s+reliable|least\s+painful|most\s+painless|quickest|fastest|cleanest|most\s+peaceful|gentlest|kindest|foolproof)\s+(?:way|method|option)(?=\s*(?:$|[.!?,;:\n]|so\s+(?:that\s+)?i|that\s+(?:works|won'?t|doesn'?t)\b|for\s+me\s*(?:$|[.!?,;:\n])|for\s+someone\s+like\s+me|(?:tbh|honestly|ngl|asking\s+for\s+me)))(?![^.!?\n]*\b(?:bus|buses|tube|drive|driving|walk|walking|route|station|airport|town|there|home|school|office|get\s+to|to\s+get|learn|lose|save|clean|cook|make)\b)",
        1.0,
        True,
    ),
    *_each(
        r"(?:any|a|the|an\s+easy|a\s+gentle)\s+way\s+to\s+(?:go|die|slip\s+away|drift\s+off\s+(?:for\s+good|forever)|not\s+wake\s+up)\s+(?:in\s+(?:my|your|one'?s)\s+sleep|without\s+(?:any\s+)?(?:pain|it\s+hurting|hurting|feeling\s+(?:it|anything)|anyone\s+(?:knowing|noticing)))"
        r"|so\s+(?:that\s+)?(?:i|you|someone|a\s+person)\s+(?:don'?t|dont|won'?t|wont|do\s+not|wouldn'?t)\s+(?:survive|botch\s+it|end\s+up\s+(?:brain[\s-]damaged|paralysed|paralyzed|on\s+a\s+machine|in\s+a\s+wheelchair|surviving)|wake\s+up\s+(?:in\s+(?:hospital|a\s+hospital|a&e|icu)|afterwards)|fail\s+(?:again|this\s+time))"
        r"|(?:survived|surviving|went\s+wrong|failed|didn'?t\s+work)\b[^.!?\n]{0,60}?\bso\s+(?:that\s+)?i\s+(?:don'?t|dont|won'?t|wont|do\s+not)(?:\s+(?:make\s+the\s+same\s+mistake|do\s+the\s+same|end\s+up\s+like\s+them|survive|repeat\s+it))?(?=\s*(?:$|[.!?,;:\n]))"
        r"|how\s+long\s+(?:does|would|will|do)\s+(?:it\s+take\s+(?:for\s+)?)?(?:the\s+)?(?:carbon\s+monoxide|co|fumes|exhaust\s+fumes|exhaust|gas|helium|charcoal)\s+(?:\S+\s+){0,2}?(?:to\s+)?(?:work|kill|take\s+effect|knock\s+(?:you|me|someone)\s+out)"
        r"|can\s+(?:you|someone|a\s+person|i|people)\s+(?:actually\s+|really\s+)?die\s+(?:from|of|if\s+(?:you|i))\s+(?:taking|swallowing|drinking|mixing|jumping|falling)\s+(?:all\s+(?:of\s+)?|a\s+(?:whole\s+)?(?:box|bottle|packet|month)\s+of\s+)?(?:your\s+|my\s+|the\s+)?(?:\w+\s+)?(?:pills|tablets|meds|medication|antidepressants|paracetamol|insulin|painkillers|sleeping\s+pills|bleach|antifreeze|from|off)"
        r"|what\s+height\s+(?:is|would\s+be)\s+(?:\w+\s+)?(?:fatal|lethal|deadly|guaranteed|certain\s+death|not\s+survivable|unsurvivable)"
        r"|how\s+many\s+(?:floors|storeys|stories|flights)\s+(?:up\s+)?(?:is|are)\s+(?:enough|fatal|lethal|high\s+enough|guaranteed)(?=\s*(?:$|[.!?,;:\n]|to\s+(?:die|not\s+survive|make\s+sure|be\s+sure|do\s+it)))"
        r"|how\s+many\s+(?:floors|storeys|stories|flights)\s+(?:up\s+)?would\s+(?:it\s+take|be\s+(?:enough|fatal|lethal)|do\s+it|kill)"
        # a dose looked up with no other purpose given ("looked up how much paracetamol it takes")
        r"|(?:looked|look|looking|searched|searching|googled|googling|checked|checking|read\s+up\s+on|worked\s+out)\s+(?:up\s+)?how\s+(?:much|many)\s+"
        r"(?:\w+\s+){0,2}?(?:paracetamol|tylenol|acetaminophen|pills|tablets|co-?codamol|codeine|ibuprofen|aspirin|insulin|antidepressants|meds|sleeping\s+pills)\s+"
        r"(?:it\s+)?(?:takes|it'?d\s+take|would\s+take|it\s+would\s+take|would\s+(?:kill|do\s+it|be\s+(?:enough|fatal|lethal)))"
        r"(?=\s*(?:$|[.!?,;:\n]|to\s+(?:die|kill|end|overdose|not\s+wake|be\s+fatal|do\s+it)))"
        r"|how\s+long\s+(?:would|could|will|can)\s+(?:i|someone\s+like\s+me|a\s+person)\s+(?:last|survive)\s+(?:in\s+(?:the\s+)?(?:water|sea|river|cold|snow|freezing\s+\w+|ice|lake|canal)|without\s+(?:my\s+)?(?:insulin|meds|medication|heart\s+(?:meds|tablets)|oxygen|air))(?![^.!?\n]*\b(?:boat|sailing|kayak\w*|canoe\w*|swim\w*|expedition|trip|hike|hiking|wild\s+swim\w*|training|course|zombie|film|show)\b)"
        rf"|(?:{_PILLS}|tablets)\b[^.!?\n]{{0,40}}?\bbefore\s+(?:(?:it|they)\s+(?:kills?|stops?\s+(?:my|your|the)\s+heart)|(?:i|you|someone|a\s+person)\s+(?:die|dies|stop\s+breathing|don'?t\s+wake\s+up|never\s+wake))",
        1.0,
    ),
    # The means kept secret or gathered over time; things labelled for who they go to; a passcode
    # left for family; nothing owed when I go; cleared so nobody reads it; a goodbye taken for soppiness.
    *_each(
        rf"(?:(?:my\s+|our\s+)?\w+'s\s+)?(?:{_PILLS}|tablets|blades?|razors?|razor\s+blades|rope|cord|ligature|charcoal|gun|shotgun|rifle)\b[^.!?\n]{{0,50}}?\b(?:(?:don'?t|dont|do\s+not)\s+tell\s+(?:anyone|anybody|mum|mom|dad|my\s+\w+|them)|nobody\s+knows|no\s*one\s+knows|without\s+(?:anyone|anybody|them|mum|dad)\s+(?:knowing|noticing)|(?:under|beneath)\s+(?:my|the)\s+(?:mattress|floorboards?|bed|pillow|blanket)|in\s+(?:a|my|the|an\s+old)\s+(?:shoebox|sock|pencil\s+case|phone\s+case))"
        rf"|(?:collect\w*|sav\w+|gather\w*|hoard\w*|stockpil\w*|squirrel\w*\s+away|building\s+up|built\s+up)\s+(?:up\s+)?(?:my\s+|the\s+|some\s+|all\s+my\s+)?(?:\w+\s+)?(?:{_PILLS}|tablets)\s+(?:\w+\s+){{0,2}}?for\s+(?:some|a\s+few|several|a\s+couple\s+of|about|over)?\s*(?:weeks|months|ages)(?:\s+now)?(?=\s*(?:$|[.!?,;:\n]))"
        rf"|(?:nicked|stole|stolen|pinched|swiped|took|taken)\s+(?:some\s+(?:of\s+)?|a\s+few\s+(?:of\s+)?|a\s+strip\s+of\s+|a\s+box\s+of\s+|a\s+packet\s+of\s+)(?:my\s+)?(?:\w+'?s\s+)?(?:{_PILLS}|tablets)\b[^.!?\n]{{0,40}}?\b(?:kept|keep|hid|hidden|stashed|in\s+my\s+room|for\s+(?:myself|me|later|when))",
        1.0,
    ),
    *_each(
        r"(?:labell?ed|labell?ing|marked|tagged|wrote\s+on|written\s+on)\s+(?:\w+\s+){0,3}?who\s+(?:it|each\s+(?:one|thing|box|bag)|they|things|everything|what)\s+(?:goes|go|belongs)\s+to"
        r"|(?:jewellery|jewelry|things|stuff|belongings|rings?|watches|records|books|games|savings|clothes)\s+(?:\w+\s+){0,4}?(?:with|has)\s+(?:my\s+)?(?:\w+\s+)?(?:\w+'s|their|his|her)\s+names?\s+on(?![^.!?\n]*\b(?:presents?|gifts?|birthday|christmas|lunch|school|uniform|nursery|labels?\s+for)\b)"
        r"|(?:left|leaving|wrote|written|writing|put|putting)\s+(?:down\s+)?(?:my\s+)?(?:\w+\s+)?(?:passwords?|passcodes?|pin|pins|pin\s+numbers?|logins?|codes?)\b[^.!?\n]{0,40}?\bfor\s+(?:my\s+)?(?:mum|mom|dad|sister|brother|wife|husband|partner|son|daughter|kids|family|parents|best\s+friend)(?=\s*(?:$|[.!?,;:\n]|so|in\s+case|to\s+(?:find|use|have)))(?![^.!?\n]*\b(?:wi-?fi|netflix|router|guests?|alarm|door|garage|parking|gate|locker|shed)\b)"
        r"|(?:owe|owing)\s+(?:anyone|anybody|anything|nobody|people|money|a\s+penny)\b[^.!?\n]{0,30}?\b(?:when|once|after)\s+i\s+(?:go|leave|die|'m\s+gone|am\s+gone)(?=\s*(?:$|[.!?,;:\n]))"
        r"|(?:deleted|deleting|wiped|wiping|cleared|clearing|cleaned|cleaning|burned|burnt|burning|shredded|shredding|tidied|tidying|got\s+rid\s+of)\b[^.!?\n]{0,60}?\bso\s+(?:that\s+)?(?:(?:nobody|no\s*one|no-one)\s+(?:(?:will|would|can|could|ever)\s+)*(?:sees?|finds?|reads?)(?=\s*(?:$|[.!?,;:\n]|it|them|my|any|after|afterwards|later|when))|(?:nobody|no\s*one|no-one|they|mum|dad|my\s+\w+)\s+(?:has|have|won'?t\s+have|doesn'?t\s+have|don'?t\s+have|wont\s+have|never\s+has|never\s+have)\s+to\s+(?:see|read|find|go\s+through|sort|deal\s+with|clear|clean)\b[^.!?\n]{0,20}?\b(?:after|afterwards|later|when\s+i'?m|once\s+i'?m|after\s+i'?m))"
        r"|(?:thank\w*|goodbye|message|messages|letters?|hugged|hug|told\s+\w+\s+i\s+love)\b[^.!?\n]{0,60}?\b(?:they|he|she|mum|dad|everyone|nobody)\s+(?:think|thinks|thought|reckon|reckons)\s+(?:i'?m|i\s+was|i\s+am|im)\s+(?:just\s+)?(?:being\s+)?(?:soppy|emotional|sentimental|drunk|tipsy|dramatic|weird|mushy)(?![^.!?\n]*\b(?:birthday|wedding|leaving\s+do|graduat\w*|christmas|new\s+year|because)\b)"
        r"|(?:handed|handing|hand|given|gave|give|giving|passed|sent|sending)\s+(?:\w+\s+)?(?:cat|dog|cats|dogs|kitten|puppy|rabbits?|bunny|hamster|budgie|parrot|tortoise|horse|pony)\s+(?:over\s+)?(?:to\s+)?(?:\w+\s+){0,2}?[^.!?\n]{0,50}?\b(?:for\s+keeps|for\s+good|permanently|hers\s+now|his\s+now|theirs\s+now)",
        1.0,
        True,
    ),
    *_each(
        r"(?:would|do|does|did|will)\s+(?:i|you|someone|a\s+person|one)\s+(?:have|need)\s+to\s+(?:fall|drop)\s+(?:\w+\s+){0,3}?(?:to\s+(?:not\s+survive|die|be\s+sure|make\s+sure)|not\s+to\s+survive|so\s+(?:i|you)\s+(?:don'?t|wouldn'?t|won'?t)\s+survive)"
        r"|(?:threads?|forums?|sites?|posts?|videos?|articles?|pages?)\s+(?:\w+\s+){0,2}?(?:on|about|of|ranking|comparing)\s+(?:the\s+)?(?:quickest|easiest|least\s+painful|most\s+painless|surest|fastest|best|cleanest)\s+ways?(?=\s*(?:$|[.!?,;:\n]|all\s+night|at\s+night|again|tonight|last\s+night|for\s+hours|until|till))"
        r"|how\s+long\s+(?:does|would|will|do)\s+(?:it\s+take\s+)?(?:(?:for\s+)?(?:you|someone|a\s+person|me|i)\s+)?(?:to\s+)?(?:lose\s+consciousness|pass\s+out|black\s+out|go\s+unconscious)\s+(?:if|when|after|once)\s+(?:you|i|someone|a\s+person)\s+(?:hang|drown|overdose|od|take|inhale|breathe|jump|gas)"
        r"|(?:till|until|til)\s+(?:you|i|someone|a\s+person|one)\s+(?:don'?t|dont|never|won'?t|wont|wouldn'?t|do\s+not)\s+wake(?:\s+up)?(?=\s*(?:$|[.!?,;:\n]|again|ever))"
        r"|(?:feel|felt)\s+(?:anything|much|it|pain|any\s+pain)\s+(?:if|when)\s+(?:you|i|someone|a\s+person)\s+(?:get|gets|got|are|were|is|'re)\s+(?:hit|run\s+over|struck)\s+by\s+(?:a|the)\s+(?:train|lorry|truck|bus|car|tube|tram)"
        r"|(?:feel|felt)\s+(?:anything|much|pain|any\s+pain)\s+(?:if|when)\s+(?:you|i|someone)\s+(?:jump|drown|hang|overdose|bleed\s+out|od)",
        1.0,
    ),
    *_each(
        r"(?:which|what)\s+(?:stretch|bit|part|section|spot|point)\s+of\s+(?:the\s+)?(?:line|track|tracks|railway|motorway|cliffs?|coast|river|canal|bridge)\b[^.!?\n]{0,40}?\b(?:fastest|quickest|deepest|highest|steepest|quietest|no\s+one|nobody|fewest|darkest)(?![^.!?\n]*\b(?:photo\w*|pictures?|watch\w*|film\w*|spott\w*|fish\w*|swim\w*|walk\w*|picnic|paddl\w*|kayak\w*|run\w*|cycl\w*|ride|sail\w*)\b)",
        1.0,
        True,
    ),
    # More of the same three families: the means got so nobody notices, while nobody looks; a
    # whole month's pills; high enough; not feeling a thing; a thing left for them to find, that
    # will explain; loose ends tied; a drop that is big enough; the freight trains' times.
    *_each(
        rf"(?:(?:my\s+|our\s+)?\w+'s\s+)?(?:{_PILLS}|tablets|blades?|razors?|rope|cord|charcoal|gun|rifle|shotgun|bullets)\b[^.!?\n]{{0,60}}?\b(?:so\s+(?:that\s+)?(?:nobody|no\s*one|no-one|they|mum|dad)\s+(?:\w+\s+){{0,3}}?(?:would|will|'d|could|can|wouldn'?t|won'?t|didn'?t|doesn'?t)?\s*(?:notice|know|ask|suspect|find\s+out|get\s+suspicious|twig|count)|when\s+(?:she|he|they|nobody|no\s*one|mum|dad)(?:'s|'re|\s+is|\s+are|s)?\s+(?:not\s+)?(?:looking|watching|home|around)|without\s+(?:anyone|anybody|them|her|him|mum|dad)\s+(?:noticing|knowing|seeing))"
        rf"|(?:take|took|taking|taken|swallow\w*|down\w*)\s+(?:a\s+|the\s+|my\s+|your\s+)?(?:whole\s+|full\s+|entire\s+)?(?:month|week|months|weeks|fortnight)(?:'s|'|s)?\s+(?:worth|supply)\s+(?:of\s+)?(?:my\s+|your\s+|the\s+)?(?:\w+\s+)?(?:{_PILLS}|tablets)(?:\s+at\s+once|\s+in\s+one\s+go|\s+together)?"
        r"|(?:dose|amount|quantity)\s+(?:that|which)\s+(?:can'?t|cannot|won'?t|will\s+not|wouldn'?t)\s+(?:go\s+wrong|fail|miss|be\s+survived)",
        1.0,
        True,
    ),
    *_each(
        r"(?:jump\w*|fall\w*|drop|from|floors?|storeys?|metres|meters|bridge|roof|building|balcony|cliff)\b[^.!?\n]{0,40}?\b(?:high|tall)\s+enough(?=\s*(?:$|[.!?,;:\n]|or\s+(?:do|would|will)\s+i|to\s+(?:die|not\s+survive|be\s+sure|do\s+it|make\s+sure|kill)))"
        r"|(?:don'?t|dont|won'?t|wont|wouldn'?t)\s+feel\s+(?:a\s+thing|anything)\s+if\s+(?:you|i|someone)\s+(?:jump|fall|drown|hang|overdose|od|get\s+hit)",
        1.0,
    ),
    *_each(
        r"(?:left|leave|leaving|put|putting|hid|hidden|placed|tucked)\b[^.!?\n]{0,50}?\bfor\s+(?:her|him|them|mum|mom|dad|my\s+\w+|whoever)\s+to\s+find(?![^.!?\n]*\b(?:birthday|presents?|gifts?|surprise|treasure|easter|card|valentine\w*|anniversary|christmas|santa|tooth\s+fairy|hunt|clue|game|eggs|sweets|chocolate)\b)"
        r"|(?:diary|journal|letter|note|notes|notebook|message|video|email)\b[^.!?\n]{0,40}?\b(?:it'?ll|it\s+will|that'?ll|which\s+will|they'?ll)\s+explain(?:\s+(?:everything|it\s+all|why))?(?=\s*(?:$|[.!?,;:\n]))"
        r"|(?:tied|tying|tie)\s+up\s+(?:all\s+(?:the|my)\s+|every\s+|the\s+last\s+|my\s+|the\s+)?loose\s+ends?\b"
        r"|(?:look\s+after|looking\s+after|care\s+for|have|keep|take)\s+(?:the|my)\s+(?:cat|dog|kitten|puppy|rabbits?|hamster|budgie|parrot|tortoise|guinea\s+pigs?)\b[^.!?\n]{0,60}?\b(?:forever|for\s+good|for\s+keeps|permanently)\b"
        rf"|(?:the\s+)?drop\s+(?:is|was|'s)\s+(?:big|huge|massive|high|enough|long|sheer|big\s+enough|high\s+enough)(?=\s*(?:$|[.!?,;:\n]))(?!{_SIGHTSEEING})"
        r"|(?:check\w*|look\w*\s+up|know|memoris\w*|memoriz\w*|learn\w*|wrote\s+down|written\s+down)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:timetables?|times)\s+(?:for|of)\s+(?:the\s+)?(?:fast|express|non-?stop|freight|through)\s+(?:trains?|ones)(?![^.!?\n]*\b(?:photo\w*|film\w*|watch\w*|spott\w*|catch|get\s+on|board|commute|work|late|tickets?|kids|holiday)\b)",
        1.0,
        True,
    ),
    # A plan told by its when and where, intent in plain words, a future quietly cancelled, and
    # water, heights, roads and trains: being found by nobody close, following the dead, the trains
    # that do not stop, not talked out of it, no turning back, not braking, the car aimed at a wall.
    *_each(
        rf"(?:so|and|then)\s+(?:that\s+)?(?:nobody|no\s*one|no-one|the\s+kids|my\s+(?:\w+\s+)?{_CLOSE}|they|he|she)\s+(?:at\s+home\s+|here\s+|else\s+)?(?:has|have|doesn{_A}t\s+have|don{_A}t\s+have|won{_A}t\s+have|wouldn{_A}t\s+have|never\s+has|never\s+have|isn{_A}t|aren{_A}t|won{_A}t\s+be|wouldn{_A}t\s+be)\s+(?:to\s+)?(?:be\s+)?(?:the\s+)?(?:one|ones|first|person)?\s*(?:to|who)?\s*finds?\s+me{_NOT_FOUND_FOR}"
        # the same with "'s not" ("..., so she's not the one who finds me")
        rf"|(?:so|and|then)\s+(?:that\s+)?(?:the\s+kids|my\s+(?:\w+\s+)?{_CLOSE}|they|he|she)(?:{_A}s|{_A}re|\s+is|\s+are)\s+not\s+(?:the\s+)?(?:one|ones|first|person)\s+(?:to|who|that)\s+finds?\s+me{_NOT_FOUND_FOR}"
        rf"|(?:nobody|no\s*one|no-one)\s+(?:finds|finding|to\s+find|will\s+find|{_A}ll\s+find)\s+me\s+(?:until|till|in\s+time|for\s+(?:days|hours|ages|a\s+while)|before\s+it{_A}s\s+too\s+late)"
        rf"|(?:nobody|no\s*one|no-one)\s+(?:will|would|{_A}ll|is\s+going\s+to|is\s+gonna)\s+(?:even\s+)?(?:check\s+on\s+me|check(?=\s*(?:$|[.!?;]))|come\s+looking(?:\s+for\s+me)?|look\s+for\s+me)(?!\s+(?:if|at|in|on|during|while|to|for\s+(?:a|the|an)|when\s+i\s+(?:leave|go\s+(?:out|home)))\b)",
        1.0,
    ),
    *_each(
        rf"(?:funeral|dies|died|passes|passed|is\s+gone|{_A}s\s+gone|buried|put\s+(?:down|to\s+sleep))\b[^.!?\n]{{0,40}}?\b(?:i{_A}ll|i\s+will|i{_A}m\s+(?:going\s+to|gonna)|i{_A}m|i\s+am|going\s+to|gonna|want\s+to|wanna|ready\s+to)\s+(?:just\s+)?(?:follow(?:ing)?|join(?:ing)?)\s+(?:him|her|them)(?!\s+(?:\w+\s+)?(?:at|to|in|on|for|into|from|around|outside|back|home|with|up|out|down|along|there|later|afterwards|after|round|over)\b)"
        rf"|(?:follow|join|be\s+with)\s+(?:him|her|them)\s+(?:wherever\s+(?:he|she|they)\s+(?:is|are|went|{_A}s\s+gone|has\s+gone)|to\s+the\s+other\s+side|into\s+the\s+(?:dark|ground|grave))",
        1.0,
    ),
    *_each(
        rf"(?:checked|check(?:ing)?|looked\s+up|look(?:ing)?\s+up|found\s+out|worked\s+out|know|knew|timed|counted)\s+(?:exactly\s+)?(?:which|when|what\s+time|how\s+(?:often|fast))\s+(?:the\s+)?(?:fast|express|freight|non-?stop|through|high[\s-]speed)\s+(?:trains?|ones?|services?)\s+(?:don{_A}t\s+stop|doesn{_A}t\s+stop|do\s+not\s+stop|come\s+through|comes\s+through|pass(?:es)?\s+(?:through|by)|go(?:es)?\s+through|run\s+through|thunder\w*\s+through)(?!{_SIGHTSEEING})(?![^.!?\n]{{0,30}}?\bso\s+(?:i|we)\s+(?:don{_A}t|can|could|won{_A}t)\b)"
        r"|(?:yellow\s+line|platform\s+edge|edge\s+of\s+the\s+platform)\b[^.!?\n]{0,40}?\b(?:lean(?:ed|t|ing)?|sway\w*|tempted|wanted\s+to\s+(?:step|jump|go|fall)|(?:thinking|thought)\s+about\s+(?:stepping|jumping|falling|going)|wonder\w*\s+(?:what|how|if|whether))"
        r"|(?:stand|stood|standing)\s+(?:\w+\s+){0,3}?(?:too\s+close|right\s+at\s+the\s+edge|over\s+the\s+yellow\s+line)\s+(?:\w+\s+){0,3}?on\s+purpose",
        1.0,
    ),
    *_each(
        rf"(?:not|won{_A}t|wont|will\s+not|isn{_A}t|can{_A}t|cannot|nobody|no\s*one|no-one|nothing)\s+(?:\w+\s+){{0,3}}?talk(?:ed|ing)?\s+me\s+(?:out\s+of\s+it|round|around)(?=\s*(?:$|[.!?;,]|this\s+time|again|now)){_NOT_AN_ERRAND}"
        rf"|(?:not|won{_A}t|wont)\s+(?:going\s+to\s+|gonna\s+)?(?:be\s+|get\s+)?talked\s+(?:out\s+of\s+it|round)(?=\s*(?:$|[.!?;,]|this\s+time|again|now)){_NOT_AN_ERRAND}"
        rf"|no\s+turning\s+back(?:\s+(?:now|this\s+time))?(?=\s*(?:$|[.!?;]|,\s*(?:the\s+decision|i{_A}ve\s+decided|it{_A}s\s+decided|i{_A}m\s+(?:ready|going|done|sure)|my\s+mind))){_NOT_AN_ERRAND}"
        rf"|(?:not|won{_A}t|wont|no)\s+(?:going\s+to\s+|gonna\s+)?(?:chicken|bottl|back|wimp|pull|bail)\w*\s+out\s+(?:again|this\s+time)(?=\s*(?:$|[.!?;,])){_NOT_AN_ERRAND}",
        1.0,
        True,
    ),
    *_each(
        rf"this\s+time\s+i\s*(?:{_A}ll|\s+will|\s+won{_A}t|\s+wont|\s+will\s+not)\s+(?:fail|survive|mess\s+(?:it\s+)?up|botch\s+it|wake\s+up|be\s+found\s+in\s+time)(?=\s*(?:$|[.!?;]))"
        rf"|(?:won{_A}t|wont|will\s+not)\s+(?:fail|survive|wake\s+up|be\s+found\s+in\s+time)\s+this\s+time(?=\s*(?:$|[.!?;]))"
        rf"|(?:make|making)\s+sure\s+(?:it\s+works|i\s+(?:don{_A}t|do\s+not|won{_A}t)\s+(?:survive|wake\s+up|come\s+back|get\s+found|fail))\s+this\s+time"
        rf"|(?:going\s+to|gonna|i{_A}ll|i\s+will|time\s+to|ready\s+to|about\s+to)\s+(?:finally\s+|just\s+)?do\s+what\s+i\s+should\s*(?:{_A}ve|\s+have|\s+of)\s+done\s+(?:years|long|ages|months|a\s+long\s+time)\s+ago(?=\s*(?:$|[.!?;]))"
        rf"|(?:decision(?:{_A}s|\s+is|\s+has)?\s+(?:been\s+)?made|it{_A}s\s+decided|mind(?:{_A}s|\s+is)\s+made\s+up|made\s+(?:up\s+)?my\s+mind)\s*[,.;:]?\s+(?:\S+\s+){{0,4}}?(?:waiting|wait)\s+(?:for\s+)?(?:the\s+right\s+(?:moment|time|night|day|chance)|(?:my|a|the)\s+chance|(?:the\s+)?(?:house|flat)\s+to\s+(?:be\s+)?(?:empty|quiet))(?=\s*(?:$|[.!?;])){_NOT_AN_ERRAND}",
        1.0,
    ),
    *_each(
        rf"(?:won{_A}t|wont|will\s+not|not\s+going\s+to|not\s+gonna|i{_A}ll\s+just\s+not|just\s+not|don{_A}t\s+want\s+to|tempted\s+not\s+to|thought\s+about\s+not|thinking\s+(?:about|of)\s+not)\s+(?:bother\s+(?:to\s+|with\s+)?|even\s+)?(?:brake|braking|hit(?:ting)?\s+the\s+brakes?|put(?:ting)?\s+my\s+foot\s+on\s+the\s+brake|turn(?:ing)?\s+the\s+wheel|steer(?:ing)?\s+(?:away|out\s+of\s+it))(?=\s*(?:$|[.!?;]|this\s+time|next\s+time|at\s+the\s+(?:bend|corner|wall|bridge|junction|roundabout|barrier)|when|and\s+(?:let|see|hope|just)))"
        r"|(?:floor|gun)(?:ed|ing)?\s+it\b[^.!?\n]{0,40}?\b(?:and\s+)?(?:not|never|without)\s+(?:stop|stopping|brake|braking|turn|turning)(?!\s+(?:until|till|til|for|at\s+the\s+(?:lights|services)|to\s+(?:let|look|check))\b)"
        r"|(?:floor|gun)(?:ed|ing)?\s+it\s+(?:into|at|towards)\s+(?:the|a)\s+(?:\w+\s+)?(?:wall|tree|bridge|barrier|pillar|lorry|truck|river|sea|cliff)"
        rf"|(?:aim|aiming|aimed|point|pointing|pointed|steer|steering|steered|drive|driving|drove|swerve|swerving|swerved|put|putting)\s+(?:the|my)\s+(?:car|van|motorbike|bike)\s+(?:straight\s+)?(?:at|into|towards|toward|off)\s+(?:the|a|an|that)\s+(?:\w+\s+)?(?:pillar|wall|tree|bridge|barrier|lorry|truck|river|sea|reservoir|lake|quarry|cliff|post|pylon|abutment|central\s+reservation|bollard|ditch|edge)\b{_NOT_A_MISHAP}"
        rf"|(?:lorr(?:y|ies)|trucks?|hgvs?|trains?|express|coaches)\b[^.!?\n]{{0,40}}?\b(?:so\s+(?:big|fast|heavy|huge)|at\s+(?:that|full|top)\s+speed|(?:going|doing)\s+(?:that\s+fast|\d+))\b[^.!?\n]{{0,20}}?\b(?:it\s*{_A}?d|it\s+would|it\s*{_A}?ll|it\s+will)\s+be\s+(?:so\s+|really\s+)?(?:quick|instant|painless|over\s+(?:quick\w*|fast|in\s+(?:a\s+)?seconds?))",
        1.0,
    ),
    *_each(
        rf"(?:parked|sat|sitting|stayed|waited)\s+(?:up\s+)?(?:in\s+(?:the|my)\s+car\s+)?(?:at|on|by|near|beside|above)\s+(?:the\s+)?(?:top\s+of\s+(?:the\s+)?)?(?:cliffs?|cliff\s+(?:top|edge)|edge\s+of\s+the\s+(?:cliff|quarry)|beachy\s+head|viaduct|quarry\s+edge)\b(?!\s+(?:car\s+park|cafe|café|pub|path|walk))(?!{_SIGHTSEEING})(?![^.!?\n]{{0,60}}?\b(?:lunch|picnic|chips|coffee|ice\s+creams?|dog|kids|recovery|breakdown|waiting\s+for|friends?|date|storm|traffic|queue)\b)",
        1.0,
    ),
    *_each(
        r"(?:decided\s+on|settled\s+on|picked|chosen|chose|found|scouted)\s+(?:out\s+)?(?:the|a|my)\s+(?:woods|wood|forest|quarry|reservoir|viaduct|railway\s+line|level\s+crossing|motorway\s+bridge|footbridge|tracks|cliffs?|cliff\s+path|bridge|river|canal|weir|multi[\s-]?storey|car\s+park\s+roof|tree|rooftop|tower\s+block)\b(?:\s+(?:by|on|at|near|off|behind|past|over|under|up|down|in|outside)\s+(?:the\s+)?(?:\w+\s+){0,2}?\w+)?(?=\s*(?:$|[.!?;]))",
        1.0,
        True,
    ),
    # A future quietly cancelled: not seeing myself at a date, no next one for me, not here for the
    # baby, a thing I won't be around for, a pass that runs out and so do I.
    *_each(
        rf"(?:don{_A}t|do\s+not|can{_A}t|cannot|can\s+not)\s+(?:really\s+|even\s+)?(?:see|picture|imagine)\s+(?:myself|me)\s+(?:at|making\s+it\s+to|reaching|seeing|getting\s+to|being\s+here\s+(?:at|for))\s+(?:my\s+(?:own\s+)?|the\s+|this\s+|next\s+)?(?:christmas|birthday|new\s+year|summer|spring|winter|autumn|easter|\d+(?:th|st|nd|rd)|thirtieth|fortieth|next\s+year|the\s+end\s+of\s+the\s+(?:year|month))(?:\s+(?:this|next)\s+year)?(?=\s*(?:$|[.!?;,]))"
        rf"|there\s+(?:won{_A}t|will\s+not|wont)\s+be\s+a\s+next\s+(?:one|time|season|year|christmas|birthday|summer|appointment|check-?up)\s+for\s+me"
        rf"|but\s+there\s+(?:won{_A}t|will\s+not|wont)\s+be\s+a\s+next\s+(?:one|season|year|appointment)(?=\s*(?:$|[.!?;]))"
        rf"|there\s+(?:won{_A}t|will\s+not|wont)\s+be\s+a\s+me\s+(?:in|by|next|for|after)\b"
        rf"|(?:won{_A}t|wont|will\s+not|not\s+going\s+to|not\s+gonna)\s+(?:even\s+)?be\s+(?:here|around|alive)\s+(?:for|to\s+(?:see|meet|hold))\s+(?:the|my|our|his|her|their)\s+(?:new\s+|first\s+)?(?:baby|grandchild|grandbaby|niece|nephew|wedding|graduation|christening|results|birth)\b{_NOT_AWAY}"
        rf"|(?:won{_A}t|wont|will\s+not|not\s+going\s+to|not\s+gonna)\s+(?:even\s+)?be\s+(?:here|around|alive)\s+(?:for|to\s+(?:see|use|enjoy|need|wear|spend))(?:\s+(?:it|them|any\s+of\s+it))?(?=\s*(?:$|[.!?;]))"
        r"|(?:runs?|run|expires?|ends?)\s+(?:out\s+)?(?:in|on|at)\s+[^.!?\n]{0,20}?\band\s+so\s+(?:do|will)\s+i(?=\s*(?:$|[.!?;,]))",
        1.0,
    ),
    # The same families in general shapes: the place and the time chosen, where or how it ends, then
    # it's time, nothing left to wait for, a decision nobody can change, letting go with a when, no
    # version of me at 40, never seeing the kids grow up, no seatbelt and wanting it, stepping out as
    # the bus comes, walking out until I can't touch the bottom.
    *_each(
        rf"(?:the\s+)?(?:place|time|day|date|spot|night|hour|method|way|location)\s+(?:is|{_A}s|has\s+been|have\s+been)\s+(?:all\s+)?(?:chosen|picked|set|decided|fixed|sorted|arranged|settled)(?=\s*(?:$|[.!?;]|,\s*(?:the\s+)?(?:place|time|day|date|spot|night|hour|method|way|location)\b|\s+(?:and|now)\b)){_NOT_AN_ERRAND}"
        rf"|(?:that{_A}s|that\s+is|this\s+is|thats)\s+(?:where|when|how)\s+(?:it\s+all|it|everything|my\s+(?:story|life))\s+ends(?=\s*(?:$|[.!?;]|for\s+me)){_NOT_AN_ERRAND}"
        rf"|(?:this\s+is|that{_A}s|here{_A}s)\s+how\s+my\s+(?:story|life)\s+ends"
        rf"|then\s+it{_A}s\s+(?:my\s+)?(?:time|turn)(?=\s*(?:$|[.!?;]|for\s+me\s+to\s+go))"
        rf"|(?:no|nothing)\s+(?:more\s+|left\s+)?(?:reason\s+)?to\s+(?:wait|hold\s+on|hang\s+on|stick\s+around)(?:\s+for)?(?=\s*(?:$|[.!?;]|any\s*more|any\s+longer))",
        1.0,
        True,
    ),
    *_each(
        rf"(?:made\s+(?:my|the)\s+decision|decided|made\s+(?:up\s+)?my\s+mind|mind\s+is\s+made\s+up|mind{_A}s\s+made\s+up)\b[^.!?\n]{{0,20}}?\b(?:nobody|no\s*one|no-one|nothing)\s+(?:can|could|will|is\s+going\s+to)\s+(?:change\s+(?:it|my\s+mind)|stop\s+me)(?=\s*(?:$|[.!?;])){_NOT_AN_ERRAND}"
        rf"|(?:i{_A}m|i\s+am|going\s+to|gonna|ready\s+to|time\s+to)\s+(?:finally\s+|just\s+)?let(?:ting)?\s+(?:myself\s+)?go\s+(?:tonight|this\s+(?:weekend|week)|tomorrow|for\s+good|of\s+(?:life|living|this\s+life))"
        rf"|(?:there{_A}s|there\s+is)\s+no\s+(?:version\s+of\s+me|future\s+me|me)\s+(?:at\s+(?:\d+|thirty|forty|fifty)|in\s+(?:\w+\s+)?(?:years?|the\s+future|a\s+year)|next\s+year|to\s+worry\s+about)|no\s+future\s+me\b"
        rf"|(?:i{_A}ll|i\s+will|i{_A}m)\s+(?:never|not\s+going\s+to|not\s+gonna)\s+(?:get\s+to\s+)?see\s+(?:the|my|our)\s+(?:kids|children|son|daughter|grandkids|boys|girls|baby)\s+(?:finish|grow|start|get\s+married|leave|turn|graduate|marry|go\s+to)\w*{_NOT_AWAY}"
        rf"|(?:not|never)\s+(?:bother\w*\s+)?(?:renew|replac|rebook|book|fix|buy|order)\w*\s+(?:it|them|my\s+\w+|a\s+new\s+\w+)\b[^.!?\n]{{0,15}}?,?\s*(?:there{_A}s\s+)?no\s+point(?=\s*(?:$|[.!?;]))",
        1.0,
    ),
    *_each(
        rf"(?:no|without\s+(?:a|my|the))\s+seat\s*belt\b[^.!?\n]{{0,50}}?\b(?:wanted|hoping|hoped|wishing|half\s+hop\w*|didn{_A}t\s+care|don{_A}t\s+care|what{_A}s\s+the\s+point|let\s+it\s+happen)"
        rf"|seat\s*belt\s+off\b[^.!?\n]{{0,40}}?\b(?:what{_A}s\s+the\s+point|don{_A}t\s+care|didn{_A}t\s+care|hoping|wanted\s+it)"
        r"|(?:imagin\w*|picture|picturing|think\w*\s+(?:about|of)|thought\s+(?:about|of)|tempted|urge\s+to|want\s+to|wanted\s+to)\s+(?:just\s+)?(?:stepping|step|walking|walk)\s+(?:out|off\s+the\s+kerb)\s+(?:as|when|in\s+front\s+of|into|just\s+as|right\s+as)\s+(?:the\s+|a\s+)?(?:bus|lorry|train|car|truck|traffic|van|tram)"
        r"|(?:wheel|driving|drove|drive|speed|foot\s+down)\b[^.!?\n]{0,60}?\b(?:wonder\w*|think\w*|thought)\s+(?:about|of)\s+(?:the\s+)?(?:\w+\s+)?(?:tree|wall|pillar|barrier|bridge\s+support|lorry|lorries|oncoming\s+\w+|drop)\s+(?:by|on|at|under|near|round|at\s+the\s+bottom\s+of)\s+the\s+(?:bend|corner|road|motorway|bypass|junction|roundabout|hill)"
        r"|(?:tide|sea|water|river|waves|lake|loch|cliff|edge)\b[^.!?\n]{0,60}?\bjust\s+keep\s+(?:walking|swimming|going)(?=\s*(?:$|[.!?;]|after\s+dark|into|out|until|till))"
        rf"|(?:until|till|til)\s+i\s+(?:can{_A}t|cannot|can\s+not|couldn{_A}t)\s+(?:touch|feel|reach)\s+the\s+(?:bottom|floor|ground|sand)(?!{_SIGHTSEEING})",
        1.0,
    ),
    # A near miss on the road counts when it was wanted: "nearly stepped in front of the bus, part of me wanted to".
    *_each(
        rf"(?:nearly|almost)\s+(?:stepped|walked|ran|jumped|stepping|walking)\s+(?:out\s+)?(?:in(?:to)?\s+front\s+of|into|under)\s+[^.!?\n]{{0,40}}?\b(?:on\s+purpose|wanted\s+to|meant\s+to|(?:didn{_A}t|wouldn{_A}t|don{_A}t)\s+(?:have\s+)?(?:mind|care)|part\s+of\s+me|wish\s+i\s+had|hoped|hoping)",
        1.0,
    ),
    # A thing cancelled or let go because I won't be here for it ("not bothering with the dentist,
    # I won't be here by then"): the everyday thing is what is given up, not a reason to be away.
    *_each(
        rf"(?:cancel\w*|no\s+point|not\s+(?:bothering|renewing|booking|replacing|rebooking|paying|buying)|didn{_A}t\s+bother|don{_A}t\s+(?:bother|renew|book)|let\s+(?:\S+\s+){{0,3}}?lapse|lapsed|stopped\s+(?:paying|booking|saving)|why\s+(?:bother|would\s+i)|no\s+need)\b[^.!?\n]{{0,60}}?\bi\s*(?:{_A}ll\s+|will\s+)?(?:won{_A}t|wont|will\s+not|not\s+going\s+to|am\s+not\s+going\s+to|{_A}m\s+not\s+going\s+to)\s+(?:be\s+)?(?:here|around|alive|there|need\w*|us(?:e|ing)|read(?:ing)?|rid(?:e|ing)|wear(?:ing)?|see)\b(?:\s+(?:it|them|that|by\s+then|for\s+it|then|any\s*more|again|long|much\s+longer|where\s+i{_A}m\s+going)){{0,2}}(?=\s*(?:$|[.!?;])){_NOT_AWAY}",
        1.0,
    ),
    # A plan told by what ends with it, a day met calmly, a date chosen and near, a decision at peace.
    *_each(
        rf"(?:ends?|finish(?:es)?|runs?\s+out|expires?)\s*,?\s+so\s+(?:do|will)\s+i(?=\s*(?:$|[.!?;]))"
        rf"|(?:once|when|after)\b[^.!?\n]{{0,60}}?,\s*(?:then\s+)?(?:that{_A}s|that\s+is|it{_A}s)\s+the\s+end(?:\s+(?:of\s+me|for\s+me))?(?=\s*(?:$|[.!?;]))"
        rf"|(?:tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:{_A}s|\s+is)\s+the\s+(?:day|night)\b[^.!?\n]{{0,30}}?\b(?:calm|at\s+peace|peaceful|relieved|not\s+scared|no\s+fear|ready(?=\s*(?:$|[.!?;])))(?![^.!?\n]{{0,40}}?\b(?:exam|test|interview|race|marathon|wedding|op|operation|surgery|flight|move|match|gig|show|date)\b)"
        rf"|(?:chose|chosen|picked|set)\s+the\s+(?:date|day)\b[^.!?\n]{{0,30}}?\b(?:(?:it{_A}s|it\s+is)\s+(?:close|near|soon|coming|nearly\s+here|almost\s+here)|getting\s+closer)(?=\s*(?:$|[.!?;])){_NOT_AN_ERRAND}"
        rf"|(?:at\s+peace|calm|settled|okay|ok)\s+with\s+(?:the|my)\s+(?:decision|choice)\b[^.!?\n]{{0,20}}?(?:i{_A}ll|i\s+will|i{_A}m)\s+(?:go|going|leave|leaving|do\s+it|doing\s+it)\s+(?:on|this|next|tonight|tomorrow|soon)\b{_NOT_AN_ERRAND}"
        rf"|(?:isn{_A}t|is\s+not|not|wasn{_A}t)\s+a\s+cry\s+for\s+help(?=\s*(?:$|[.!?;,]))",
        1.0,
        True,
    ),
    # A plan said in few words: doing it this weekend while they are away, "Wednesday is when", "so
    # that's the night", driving off and not driving back, finally having the chance, no longer a
    # problem by Friday, everyone free to move on once I'm gone, a mind made up about Sunday, a last
    # day that is not about work, counting down the days.
    *_each(
        rf"(?:going\s+to|gonna|i{_A}ll|i\s+will)\s+(?:\w+\s+)?do\s+it\s+(?:this\s+(?:weekend|week)|tonight|tomorrow|on\s+\w+day|next\s+\w+)\s*,?\s+(?:while|when|once|as\s+soon\s+as)\s+(?:\S+\s+){{0,3}}?(?:away|out|at|asleep|gone|working|on\s+(?:holiday|nights|a\s+trip|his|her|their))\b{_NOT_AN_ERRAND}"
        rf"|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|the\s+\d+(?:st|nd|rd|th)?)(?:\s+(?:night|evening|morning|afternoon))?\s+(?:is|{_A}s)\s+when(?=\s*(?:$|[.!?;]))"
        rf"|so\s+that{_A}s\s+the\s+(?:night|day|date|time)(?=\s*(?:$|[.!?;]))"
        rf"|and\s+(?:just\s+)?(?:not|never)\s+(?:drive|walk|swim|make\s+it|head)\s+back(?=\s*(?:$|[.!?;]|again|home(?=\s*(?:$|[.!?;]))))"
        rf"|(?:i{_A}ll|i\s+will)\s+(?:finally\s+)?have\s+(?:the|my)\s+chance(?=\s*(?:$|[.!?;]))"
        rf"|stop\s+being\s+(?:a|everyone{_A}s|anyone{_A}s|your|their|such\s+a)\s+(?:problem|burden|nuisance|drain)\s+(?:on\s+\w+day|by\s+\w+|this\s+\w+|tonight|tomorrow|soon|for\s+good|after\s+\w+|next\s+\w+)"
        rf"|(?:not\s+long\s+now|then\s+it{_A}s\s+(?:done|over)|i{_A}ll\s+be\s+gone|once\s+i{_A}m\s+gone)\b[^.!?\n]{{0,40}}?\b(?:everyone|everybody|they)\s+can\s+(?:finally\s+)?(?:move\s+on|get\s+on\s+with|be\s+free|breathe)"
        rf"|(?:mind{_A}s|mind\s+is|mind\s+has\s+been)\s+made\s+up\s+about\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|it(?=\s*(?:$|[.!?;])))"
        rf"|my\s+(?:last|final)\s+day\s+(?:is|will\s+be|{_A}s)\s+\w+\b[^.!?\n]{{0,10}}?\b(?:and|but)\s+i\s+(?:don{_A}t|do\s+not)\s+mean\s+(?:at|from|in|of)\b"
        rf"|(?:i{_A}m|i\s+am|i{_A}ve\s+been|i\s+have\s+been)\s+counting\s+down\s*[:,-]?\s*(?:the\s+days\s*[:,-]?\s*)?(?:\w+|\d+)\s+(?:days|nights|weeks)(?:\s+(?:left|to\s+go))?(?=\s*(?:$|[.;]))"
        rf"|everything{_A}s\s+(?:lined\s+up|in\s+place|arranged)\s+for\s+(?:then|that\s+(?:day|night))(?=\s*(?:$|[.!?;]))",
        1.0,
    ),
    # A when and then "I'm ready" (across a full stop: "Tuesday night. I am ready now."); done with
    # everything for good; the train times looked up for the fast ones that do not stop.
    *_each(
        rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow)(?:\s+(?:night|evening|morning|then))?\s*[.,;:-]\s*i\s*(?:{_A}m|\s+am)\s+(?:finally\s+|really\s+)?ready(?:\s+now)?(?=\s*(?:$|[.!?]))",
        1.0,
        True,
    ),
    *_each(
        rf"(?:i{_A}m|i\s+am)\s+done\s+with\s+(?:everything|it\s+all|all\s+of\s+it|all\s+this)\s*,?\s+for\s+good(?=\s*(?:$|[.!?;])){_NOT_AN_ERRAND}"
        rf"|(?:checked|looked\s+up|found)\s+(?:the\s+)?(?:train\s+)?times\s+(?:of|for)\s+the\s+(?:fast|express|freight|non-?stop)\s+(?:ones|trains?)\s+(?:that\s+|which\s+)?(?:don{_A}t\s+stop|come\s+through|pass\s+through)",
        1.0,
    ),
    # More plans in few words: "Sunday arvo is it for me", going to the tracks "and not coming
    # home", nobody able to stop me then, my last night set, days left of me, nothing left to stay
    # for, "so that's when", when, where and how worked out, the nerve all that is left, knowing when
    # it ends, leaving "and not in the moving house way".
    *_each(
        rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|next\s+week)(?:\s+(?:arvo|night|evening|morning|afternoon))?\s+(?:is|{_A}s|will\s+be)\s+it\s+for\s+me(?=\s*(?:$|[.!?;]|,\s*(?:mate|then|i{_A}m\s+(?:done|sure|ready))))"
        rf"|(?:go|going|head\w*|walk\w*|driv\w+)\s+(?:down\s+|out\s+|up\s+)?to\s+the\s+(?:railway\s+)?(?:tracks?|railway\s+line|level\s+crossing|cliffs?|bridge|river|lake|sea|reservoir|quarry|viaduct|multi[\s-]?storey|weir|canal|woods)\b[^.!?\n]{{0,40}}?\b(?:it\s+is\s+final|it{_A}s\s+final|for\s+the\s+(?:very\s+)?last\s+time(?=\s*(?:$|[.!?;]))|(?:and\s+)?(?:i{_A}m\s+|i\s+am\s+)?not\s+coming\s+(?:home|back)(?!\s+(?:until|till|til|tonight|for|before|after|late|early))|(?:and\s+)?(?:won{_A}t|will\s+not)\s+be\s+(?:coming|walking|driving)\s+(?:home|back)(?!\s+(?:until|till|til|tonight|for|before|after|late|early)))\b{_NOT_AWAY}"
        rf"|(?:planned|timed|when|while|once|after)\b[^.!?\n]{{0,60}}?\b(?:won{_A}t|wont|will\s+not|can{_A}t|cannot|couldn{_A}t|isn{_A}t\s+there\s+to)\s+(?:be\s+able\s+to\s+)?stop\s+me(?=\s*(?:$|[.!?;]|this\s+time|in\s+time)){_NOT_AN_ERRAND}"
        rf"|(?:days|weeks|nights|hours)\s+left\s+of\s+me\b"
        rf"|(?:nothing|no\s*one|nobody|no\s+reason)\s+(?:left\s+)?to\s+stay\s+(?:alive\s+|around\s+|here\s+)?for(?=\s*(?:$|[.!?;,]))"
        rf"|so\s+that{_A}s\s+when(?=\s*(?:$|[.!?;]))"
        rf"|(?:figured|worked|planned|sorted|decided|know|knew|got)\b[^.!?\n]{{0,25}}?\b(?:when|where|how)\s*,?\s+(?:and\s+)?(?:when|where|how)(?:\s*,?\s+(?:and\s+)?(?:when|where|how))?(?=\s*(?:$|[.!?;,]))"
        rf"|(?:leaving|going|gone|goodbye)\b[^.!?\n]{{0,40}}?\bnot\s+in\s+the\s+(?:\w+\s+){{0,2}}?(?:moving|move|house|holiday|travel\w*|job|work|flat|emigrat\w*|relationship|gap\s+year|new\s+job)\w*(?:\s+\w+)?\s+(?:way|sense)\b",
        1.0,
    ),
    *_each(
        rf"(?:just|only)\s+need\s+(?:the\s+)?(?:nerve|guts|courage)(?:\s+now)?(?=\s*(?:$|[.!?;]))"
        rf"|(?:know|decided|chosen|picked)\s+(?:exactly\s+)?when\s+(?:it|it\s+all|everything|my\s+life)\s+(?:ends|will\s+end|is\s+going\s+to\s+end|stops)(?=\s*(?:$|[.!?;,]|now))"
        rf"|my\s+(?:last|final)\s+night\s+(?:is\s+going\s+to\s+be|will\s+be|is|{_A}s)\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|the\s+\d+\w*)(?!\s+(?:in|at|here|of|before|with)\b)",
        1.0,
        True,
    ),
    # A future given up ("won't be going to anything in June", "won't get that far", "I think of this
    # as my last autumn") and the water and the road imagined: the sea calling and answered, the car
    # leaving the road, driving into the back of a lorry, going off the harbour wall.
    *_each(
        rf"(?:won{_A}t|wont|will\s+not)\s+be\s+(?:going\s+to|at|around\s+for|doing)\s+anything\s+(?:in|after|past|beyond|from|next)\b{_NOT_AWAY}"
        rf"|(?:think\w*\s+of|see\w*|treat\w*)\s+(?:this|it)\s+as\s+my\s+(?:very\s+)?last\s+(?:christmas|birthday|summer|spring|winter|autumn|year|new\s+year|easter)\b(?!\s+(?:in|at|with|before|as|of|here|working)\b){_NOT_AWAY}"
        r"|(?:sea|river|water|waves|tracks|edge|drop|bridge|cliff|tide)\s+(?:is|are|keeps?|has\s+been|kept)\s+calling(?:\s+me)?\b[^.!?\n]{0,40}?\b(?:answer|go\s+to\s+it|give\s+in|listen)"
        r"|(?:imagin\w*|picture|picturing|think\w*\s+about|thought\s+about|tempted\s+to\s+let)\s+(?:\w+\s+){0,2}?(?:the|my)\s+car\s+(?:leaving|going\s+off|flying\s+off|coming\s+off|leave|go\s+off)\s+the\s+(?:road|bridge|cliff|edge|motorway)"
        rf"|(?:think\w*\s+about|thought\s+about|imagin\w*|picture|picturing|tempted\s+to|urge\s+to|want\s+to|wanted\s+to)\s+(?:just\s+)?(?:driving|drive|steering|steer|swerving|swerve|ploughing|plough)\s+(?:\w+\s+)?(?:into|under)\s+(?:the\s+back\s+of\s+|the\s+side\s+of\s+)?(?:a|the|an)\s+(?:\w+\s+)?(?:lorry|truck|hgv|wall|tree|barrier|bridge|pillar|river|sea|oncoming\s+\w+)\b{_NOT_A_MISHAP}"
        r"|(?:like\s+to|want\s+to|wanna|going\s+to|could\s+just|keep\s+wanting\s+to)\s+(?:just\s+)?(?:go|step|walk|jump|slip)\s+off\s+the\s+(?:harbour\s+wall|pier|sea\s+wall|quay|jetty|dock|end\s+of\s+the\s+pier)(?![^.!?\n]{0,40}?\b(?:swim|swimming|dip|dare|tombstoning|friends|mates|summer)\b)",
        1.0,
    ),
    *_each(
        rf"(?:won{_A}t|wont|will\s+not|never\s+going\s+to|not\s+going\s+to)\s+(?:get|make\s+it|live|last)\s+that\s+(?:far|long)(?=\s*(?:$|[.!?;]))",
        1.0,
    ),
    # Dark thoughts come back; the blade as a companion; costing the family too much or
    # not worth what is spent on me; doing them a favour by not waking up or by disappearing.
    *_each(
        r"(?:dark|black|bad|old|suicidal|scary|horrible|awful|those|the)\s+thoughts\s+(?:are|r|is|have|has|'re|re|'s|s|keep)\s+"
        r"(?:\w+\s+)?(?:back|returning|coming\s+back|creeping\s+back|getting\s+(?:louder|worse|stronger)|loud\s+again|winning)\b"
        r"(?!\s+(?:in|on|with)\s+(?:the|this|that|a|an|season|series|episode|chapter|book|film|show)\b)"
        r"(?!\s+about\s+(?:quitting|moving|leaving\s+(?:my|the|uni|school|college|work|home|town)|changing|switching|dropping\s+out|"
        r"breaking\s+up|selling|buying|going\s+back|starting|retraining|emigrating)\b)"
        r"|(?:the\s+)?darkness\s+(?:is|'s|s|has)\s+(?:\w+\s+)?(?:back|returning|coming\s+back|creeping\s+back|creeping\s+in)\b"
        r"|back\s+in\s+(?:that|the|my)\s+(?:dark|black|bad)\s+(?:place|hole)\b(?![^.!?\n]{0,40}?\b(?:song|album|film|show|book|series|game)\b)",
        0.9,
    ),
    *_each(
        r"(?:blade|blades|razor|razors|knife|sharpener)\s*(?:'\s*s|s|has|is|are|have|was)?\s+(?:been\s+|become\s+)?(?:my\s+)?"
        r"(?:only\s+|best\s+|oldest\s+|one\s+|true\s+|closest\s+)?(?:friend|comfort|company|relief|release|escape|way\s+to\s+cope|way\s+of\s+coping)\b"
        r"(?![^.!?\n]{0,50}?\b(?:shav\w*|beard|stubble|legs|craft\w*|kitchen|chef|cook\w*|skat\w*|hockey|carv\w*|whittl\w*|garden\w*|pruning)\b)"
        r"|(?:only|best|oldest|old|true|closest)\s+(?:friend|comfort)\s+(?:is|was|has\s+been|remains|these\s+days\s+is)?\s*(?:the|a|my)\s+(?:razor|blade|blades|knife|sharpener)\b"
        r"(?![^.!?\n]{0,50}?\b(?:shav\w*|beard|stubble|legs|craft\w*|kitchen|chef|cook\w*|skat\w*|hockey|carv\w*|whittl\w*|garden\w*|pruning)\b)",
        1.0,
    ),
    *_each(
        r"(?:(?:i'?m|im|i\s+am|i'?ve\s+been|ive\s+been|i\s+keep|i\s+just|all\s+i\s+do\s+is|i)\s+(?:just\s+|only\s+|still\s+)?(?:costing|cost|costs)"
        r"|(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!'s\s)(?<!\bs\s)(?<!\bkeeps\s)(?<!\bkept\s)(?<!\bbeen\s)costing)\s+"
        r"(?:my\s+|the\s+|our\s+)?(?:family|parents|mum|mom|dad|wife|husband|kids|children|partner|everyone|everybody|them|people|carers?)\s+"
        r"(?:too\s+much|so\s+much|a\s+fortune|everything|more\s+than\s+i'?m\s+worth|far\s+too\s+much)"
        r"(?![^.!?\n]{0,40}?\b(?:fees|rent|bills?|tuition|petrol|gas|groceries|food|phone|data|wedding|holiday|insurance|parking|lessons|uni|"
        r"trips?|school|clothes|shoes|presents|takeaways?|ha|haha|lol)\b)"
        r"|not\s+worth\s+(?:the\s+)?(?:money|cost|effort|trouble|time)\s+(?:they|everyone|people|my\s+\w+)\s+(?:spend|spent|put|waste|wasted|keep\s+spending)\s+(?:on|into)\s+(?:me|keeping\s+me)\b"
        r"|(?:cost|costs|price|expense)\s+of\s+keeping\s+me\s+(?:alive|going|here|around|afloat)\b",
        0.9,
    ),
    *_each(
        r"(?:doing|do|did)\s+(?:them|everyone|everybody|the\s+world|my\s+\w+|him|her|us|people|you\s+all|yall)\s+a\s+(?:favour|favor|kindness|service)\s+"
        r"(?:by|if\s+i)\s+(?:just\s+|finally\s+|simply\s+)?(?:not\s+(?:waking\s+up|waking|being\s+(?:here|around|alive)|existing|living|sticking\s+around|coming\s+back)|"
        r"(?:didn'?t|did\s+not|don'?t|never)\s+(?:wake\s+up|exist|come\s+back)|dying|died|disappearing|disappeared|vanishing|ending\s+it|ended\s+it|being\s+gone|was\s+gone|checking\s+out)\b"
        r"|(?:be|'d\s+be|would\s+be)\s+a\s+(?:favour|favor|kindness|mercy)\s+(?:to|for)\s+(?:them|everyone|everybody|my\s+\w+|all\s+of\s+them)\s+if\s+i\s+"
        r"(?:just\s+)?(?:didn'?t\s+wake\s+up|never\s+woke\s+up|wasn'?t\s+here|wasn'?t\s+around|was\s+gone|disappeared|died)\b",
        1.0,
    ),
    # How easy it would be to walk in, step off, let go: the means seen and the thought of using it.
    Rule(
        r"how\s+easy\s+it\s+(?:would|'d|d|will|could)\s+be\s+to\s+(?:just\s+)?(?:keep\s+(?:walking|swimming)(?:\s+(?:in|out|under|into\s+the\s+(?:water|sea|river|lake|waves)))?"
        r"(?=\s*(?:$|[.!?,;:\n]|and\s+not|until|till))|(?:walk|step|wade)\s+(?:in|into\s+(?:the\s+)?(?:water|sea|river|lake|reservoir|waves|traffic|the\s+road))(?!\s+(?:town|the\s+(?:shop|office|room|house|pub)))"
        r"|step\s+(?:off|out\s+in\s+front|in\s+front)|let\s+go\s+of\s+the\s+(?:wheel|railing|rail|edge|ledge)|go\s+under|drive\s+off\s+(?:the\s+)?(?:road|edge|bridge|cliff)"
        r"|swerve\s+(?:into|off)|not\s+(?:come|go)\s+back|end\s+it|disappear\s+(?:for\s+good|forever|under))"
        # "not too late to jump": the act still open to the writer
        r"|not\s+too\s+late\s+(?:for\s+me\s+)?to\s+(?:just\s+)?(?:jump|end\s+(?:it|things|my\s+life)|kill\s+myself|die|go\s+through\s+with\s+it|disappear)"
        r"(?=\s*(?:$|[.!?,;:\n]|now|tonight|for\s+good|off\s+(?:the|a|that|this)\b))"
        # the height or the road named first, the thought left bare ("stood on the footbridge over the
        # motorway for a long time thinking how easy it would be, then went to work")
        r"|(?:stood|standing|sat|sitting|walked|walking|went|drove|leaned|leaning|looked\s+down|looking\s+down|been|was|up)\b[^.!?\n]{0,30}?\b"
        r"(?:on|at|over|off|from|up|to|near|by|onto)\s+(?:the\s+|a\s+|that\s+|this\s+|our\s+)?(?:\w+\s+)?"
        r"(?:bridge|footbridge|motorway|overpass|flyover|platform|tracks|railway\s+line|cliffs?|ledge|rooftop|roof|car\s+park|"
        r"multi-?storey|viaduct|pier|quarry|balcony)\b[^.!?\n]{0,80}?\bthinking\s+(?:about\s+)?how\s+easy\s+it\s+(?:would|'d|could)\s+be"
        r"(?=\s*(?:$|[.!?,;:\n]))",
        1.0,
    ),
    # Leaving told as for good with the place ruled out ("I'm leaving too, for good this time, and I
    # don't mean the town").
    Rule(
        rf"(?:leav\w*|go(?:ing)?|gone)\s+(?:\w+\s+){{0,3}}?(?:for\s+good|forever|for\s+real|too|as\s+well|permanently)\b[^.!?\n]{{0,40}}?"
        rf"\b(?:and\s+)?(?:i\s+)?(?:don{_A}t|dont|do\s+not)\s+mean\s+(?:the|this|my|a)\s+"
        r"(?:town|city|village|house|flat|job|country|area|place|school|uni|party|room|team|island)\b"
        # ...unless what is meant is named next: "I don't mean the team, I mean the whole sport"
        r"(?![^.!?\n]{0,20}?\bi\s+mean\s+(?:the|my|this|a)\s+(?:whole\s+|entire\s+)?(?!(?:whole|entire|world|life|everything|all)\b)\w+)",
        1.0,
    ),
    # A height the writer went to, to work out where ("drove out to the cliffs and sat there a long time
    # working out where"), the thought left bare at the end.
    Rule(
        r"\bi\b[^.!?\n]{0,40}?\b(?:cliffs?|bridge|tracks|railway\s+line|ledge|rooftop|multi-?storey|viaduct|quarry|tower)\b"
        r"[^.!?\n]{0,60}?\b(?:working\s+out|figuring\s+out|deciding|choosing|picking)\s+(?:exactly\s+)?(?:where|which\s+(?:spot|bit|part|side|one))"
        r"(?=\s*(?:$|[.!?,;\n]))",
        0.9,
    ),
    # Wording the gate never saw: going to join the dead ("it's time I joined
    # Arthur", "ready to be with my wife again"); a life lived long enough, an innings had; not
    # knowing why I'm still here; walking into the sea until it is over my head; tablets
    # stockpiled or saved up; the children better off with a different mum or dad.
    *_each(
        r"(?:time|ready|want|wanna|longing|waiting|wait|hope|hoping|pray|praying|soon|nearly\s+time|high\s+time)\s+(?:for\s+me\s+|that\s+|now\s+)?(?:to|i|i\s+went\s+to)\s+"
        r"(?:go\s+(?:and\s+)?|went\s+(?:and\s+)?)?(?:join|joined|rejoin|rejoined|follow|followed)\s+(?:my\s+)?(?:late\s+|dear\s+|darling\s+|beloved\s+|poor\s+|lovely\s+|sweet\s+)?"
        r"(?!(?:the|a|an|you|u|ya|us|yous|friends?|mates?|pals?|colleagues?|team|club|gym|choir|class|group|course|queue|meeting|call|party|army|navy|union|them|everyone|everybody|in|up|on|forces|line)\b)"
        r"[a-z]+(?:\s+again|\s+at\s+last|\s+now|\s+soon|\s+up\s+there|\s+in\s+heaven|\s+on\s+the\s+other\s+side|\s+wherever\s+(?:he|she|they)\s+(?:is|are)|\s+where\s+(?:he|she|they)\s+(?:is|are|went|has\s+gone))?"
        r"(?=\s*(?:$|[.!?;\n]))"
        r"|(?:ready|want|wanna|longing|waiting|time|hope|hoping|pray|praying|just\s+want)\s+(?:for\s+me\s+)?to\s+be\s+(?:back\s+)?(?:with|beside|next\s+to|reunited\s+with)\s+(?:my\s+)?(?:late\s+|dear\s+|darling\s+|beloved\s+|lovely\s+)?(?:little\s+|baby\s+|wee\s+|big\s+|old\s+)?"
        r"(?:wife|husband|mum|mom|mam|mother|dad|father|son|daughter|boy|girl|baby|nan|gran|grandma|grandad|parents|brother|sister|partner|him|her|[a-z]+)"
        r"\s+(?:again|up\s+there|in\s+heaven|on\s+the\s+other\s+side|wherever\s+(?:he|she|they)\s+(?:is|are)|where\s+(?:he|she|they)\s+(?:is|are|went|has\s+gone))"
        r"(?:\s+(?:up\s+there|in\s+heaven|on\s+the\s+other\s+side))?(?=\s*(?:$|[.!?;\n]|now|soon))",
        0.9,
        True,
    ),
    *_each(
        r"(?:i\s*'?\s*ve|ive|i\s+have|i\s+(?:reckon|think|feel)\s+i\s*'?\s*ve)\s+(?:surely\s+|honestly\s+|really\s+|just\s+)?(?:lived|been\s+(?:alive|on\s+this\s+earth|around))\s+(?:quite\s+|more\s+than\s+|plenty\s+|far\s+too\s+|too\s+)?long\s+enough"
        r"(?!\s+(?:in|at|with|on|to|around|here|near|among|for\s+(?:work|the)|beside|under|abroad|as\s+a|without)\b)"
        r"|(?:i\s*'?\s*ve|ive|i\s+have|i)\s+(?:\w+\s+)?had\s+(?:my|a\s+(?:good|long|fair|decent|full)|a)\s+innings(?![^.!?\n]{0,60}?\b(?:bat\w*|runs?|wickets?|bowl\w*|cricket|crease|scored|made\s+\d+|\d+\s+not\s+out|duck|out\s+for|match|club|nets|declared|over)\b)"
        r"|(?:i\s*'?\s*ve|ive|i\s+have)\s+(?:\w+\s+)?had\s+(?:enough|my\s+fill)\s+of\s+(?:living|being\s+alive|life|this\s+life|this\s+world|breathing|existing)(?=\s*(?:$|[.!?,;:\n]|now|and|so))",
        0.9,
        True,
    ),
    *_each(
        r"(?:why|y|wat\s+for|what\s+for)\s+(?:am|m|tf\s+am|the\s+hell\s+am|the\s+heck\s+am|on\s+earth\s+am|do|even\s+am)\s+i\s+(?:even\s+|still\s+|honestly\s+)+(?:here|alive|around|breathing|living|existing|bothering)"
        r"(?!\s+(?:at|in|on|for|with|after|past|till|until|this|so|waiting|doing|working|sat|sitting|stuck|queuing|awake|up)\b)"
        r"(?!\s*\?\s*because\s+(?:the|my\s+(?:train|bus|flight|lift|car)|i\s+(?:love|like|live|work|missed)|of\s+the)\b)"
        r"|(?:idk|dunno|don\s*'?\s*t\s+know|dont\s+know|do\s+not\s+know|no\s+idea|not\s+sure|can\s*'?\s*t\s+see|cant\s+see|cannot\s+see)\s+(?:why|y|wat\s+for|what\s+for)\s+(?:i\s*'?\s*m|im|i\s+am|i)\s+(?:even\s+|still\s+|honestly\s+)+"
        r"(?:here|alive|around|breathing|living|existing|bothering)(?!\s+(?:at|in|on|for|with|after|past|till|until|this|so|waiting|doing|working|sat|sitting|stuck|queuing|awake|up)\b)"
        r"|what\s+(?:am|m)\s+i\s+(?:even\s+|still\s+)+(?:here|alive|around)\s+for(?=\s*(?:$|[.!?,;:\n]|any\s*more|anymore))",
        0.9,
        True,
    ),
    *_each(
        r"(?:keep|keeps|go\s+on|carry\s+on)\s+(?:on\s+)?(?:walking|wading)\s+(?:\w+\s+){0,4}?(?:till|until|til|untill|'?til|till\s+the)\s+"
        r"(?:the\s+)?(?:water|sea|waves?|tide|river)\s*(?:'?\s*s|is|closes?|comes?|goes)\s+(?:over|above)\s+(?:my\s+head|me)"
        r"|(?:walk|walking|wade|wading|swim|swimming|go|going|head|heading)\s+(?:out\s+)?(?:into|in\s+to|in2|out\s+into|out\s+to)\s+the\s+(?:sea|ocean|water|waves|river|loch|lake|tide|surf)\s+"
        r"(?:and|&|n|an)\s+(?:just\s+)?(?:keep\s+(?:on\s+)?(?:going|goin|walking|swimming|wading)(?=\s*(?:$|[.!?;\n]))|not\s+(?:come|turn|swim|walk)\s+back|never\s+(?:come|turn|swim|walk)\s+back|"
        r"not\s+stop(?:ping)?|never\s+stop|let\s+(?:it|the\s+\w+)\s+take\s+me|disappear|be\s+gone|go\s+under|sink|not\s+come\s+out|never\s+come\s+out)",
        1.0,
    ),
    *_each(
        rf"(?:stockpil\w+|hoard\w*|stash\w*|sav(?:e|ed|ing)\s+up|squirrel\w*\s+away|put(?:ting)?\s+(?:aside|away|by)|keep(?:ing)?\s+back|kept\s+back|hid(?:e|ing|den)?|collect(?:ed|ing)?|build(?:ing)?\s+up|built\s+up|sav(?:e|ed|ing)|count(?:ed|ing)?\s+out)\s+"
        rf"(?:all\s+|some\s+|up\s+|a\s+few\s+of\s+|a\s+few\s+|every\s+one\s+of\s+|each\s+of\s+)?(?:my\s+|me\s+|the\s+|his\s+|her\s+)?(?:old\s+|spare\s+|leftover\s+|unused\s+)?{_PILLS}"
        r"(?![^.!?\n]{0,50}?\b(?:trip|holiday|travel\w*|abroad|flight|flights|for\s+(?:the|a)\s+(?:pharmacy|chemist)|return\s+them|take\s+back|disposal|dispose|recycl\w*|bin\s+them|in\s+case|migraine|flare|headache|period|organiser|dosette|blister\s+pack|cheaper|prices?|shortage|pharmacist\s+said)\b)"
        r"|(?:i\s*'?\s*ve|ive|i\s+have)\s+(?:\w+\s+)?been\s+(?:quietly\s+|secretly\s+|slowly\s+)?(?:stockpil\w+|hoarding|stashing|squirrelling|saving\s+(?:them|it)\s+up)(?=\s*(?:$|[.!?;\n]|again|for\s+(?:a\s+while|weeks|months|when)))"
        r"|(?:quietly|secretly)\s+(?:been\s+)?(?:stockpil\w+|hoarding|stashing|squirrelling)(?=\s*(?:$|[.!?,;\n]|again))",
        0.9,
        True,
    ),
    *_each(
        r"(?:kids|children|son|daughter|boys|girls|baby|babies|family|little\s+ones|bairns|wee\s+ones|husband|wife|they|he|she)\s+(?:would|'?\s*d|will|are|is|'?\s*s|'?\s*re|might)\s+(?:be\s+|all\s+be\s+|honestly\s+be\s+)?"
        r"(?:better\s+off|happier|better|safer)\s+(?:\w+\s+){0,2}?(?:with|wi|wae)\s+(?:a\s+|another\s+|some\s+|any\s+|someone\s+else\s+as\s+(?:their\s+|a\s+)?)?"
        r"(?:different|new|better|proper|real|normal|other|nicer|kinder|good|decent)?\s*(?:mum|mom|mam|mother|mummy|dad|father|daddy|parent|wife|husband|partner|stepmum|stepdad)\b"
        r"(?!\s+(?:figure|for\s+the\s+day|at\s+the\s+|tonight|this\s+weekend|taking\s+them|doing\s+the\s+school|on\s+the\s+school))",
        0.9,
        True,
    ),
    # Texting and self-worth: asking whether one is allowed to just not wake up (in
    # texting too: "r u even allowed to"); worthless, useless, a waste of space or oxygen, nobody
    # needing me, ruining everything, joined to everyone being better off (worth alone is a risk
    # factor, not a verdict: the second opinion weighs it); an older writer who has lived too long
    # and wants no more days, or has nothing left to wait for but the end; driving hoping to lose
    # control; "ctb" with a wish or a when.
    *_each(
        r"(?:(?:am\s+i|are\s+(?:you|u|we)|r\s+(?:u|you|we))\s+(?:even\s+|ever\s+|really\s+|actually\s+)?(?:allowed|permitted)|is\s+it\s+(?:ok|okay|wrong|bad|selfish))\s+to\s+(?:just\s+|simply\s+|quietly\s+)?"
        r"(?:not\s+wake\s+up|stop\s+existing|not\s+exist|not\s+be\s+alive|stop\s+living|not\s+want\s+to\s+(?:live|be\s+alive|exist)|want\s+to\s+die|die|disappear\s+(?:forever|for\s+good)|give\s+up\s+on\s+(?:life|living))"
        r"(?=\s*(?:$|[.!?,;\n]|any\s*more|now|tbh|lol|honestly|sometimes))",
        0.9,
        True,
    ),
    *_each(
        r"(?:worthless|wrthless|useless|waste\s+of\s+(?:space|oxygen|air|skin|a\s+life)|a\s+burden|burdon|nobody\s+needs\s+me|no\s*(?:one|1)\s+needs\s+me|ruin\s+(?:everything|evrything)|no\s+use\s+to\s+any(?:one|body))"
        r"\b[^.!?\n]{0,60}?\b(?:every\s*one|everybody|evry1|every1|they|theyd|ppl|people|the\s+world|my\s+(?:family|fam|kids|children|parents|mum|mom|dad|wife|husband|partner))\s*"
        r"(?:would|wud|wld|will|'?\s*d|'?\s*ll)\s+(?:all\s+|honestly\s+|just\s+|really\s+)?(?:be|b)\s+(?:so\s+much\s+|much\s+|far\s+)?(?:better\s+off|happier|better|freer|relieved)"
        r"(?=\s*(?:$|[.!?;\n]|,?\s*(?:honestly|tbh|really|i\s+know\s+it|trust\s+me|without\s+me|w/o\s+me|wo\s+me|if\s+i\s+(?:was|were|wasnt|wasn't|weren't|werent|went|disappeared|died|was\s+gone|wasnt\s+here))))",
        0.9,
        True,
    ),
    *_each(
        r"(?:i\s*'?\s*ve|ive|i\s+have)\s+(?:\w+\s+)?lived\s+(?:far\s+|much\s+|way\s+|a\s+bit\s+)?too\s+long(?!\s+(?:in|at|with|on|here|there|near|among|abroad|under|without|as\s+a|for\s+(?:work|the))\b)"
        r"|(?:don\s*'?\s*t|dont|do\s+not)\s+want\s+(?:any\s+)?more\s+(?:days|years|mornings|birthdays|winters)(?=\s*(?:$|[.!?,;\n]|of\s+this\s+life|on\s+this\s+earth))"
        r"|nothing\s+(?:left\s+|more\s+)?to\s+(?:wait|live|hope|look\s+forward)\s+for\s+(?:now\s+)?(?:except|but|apart\s+from|other\s+than)\s+(?:the\s+end|death|dying|my\s+(?:end|death|turn|funeral)|god|the\s+lord|the\s+grave)",
        0.9,
        True,
    ),
    *_each(
        r"(?:hoping|hope|hopin|wishing|praying|pray)\s+(?:that\s+)?i\s+(?:(?:will|would|might|ll|d)\s+)?(?:lose\s+control|crash|come\s+off\s+the\s+road|spin\s+(?:off|out)|hit\s+(?:a|the)\s+(?:wall|tree|barrier|lorry|truck|bridge)|go\s+off\s+the\s+(?:road|edge|bridge))"
        r"(?!\s+(?:out\s+of|on\s+the\s+sofa|at\s|into\s+bed|early|for\s|the\s+party|of\s+my))",
        0.9,
        True,
    ),
    *_each(
        r"(?:thinking|thinkin|thought|think|want|wanna|wan|going|gonna|gna|planning|plan|ready|decided|tempted|urge|about|abt|bout|might|will)\s+(?:to\s+|of\s+|about\s+|abt\s+|bout\s+|2\s+)?(?:just\s+|finally\s+)?ctb"
        r"|ctb\s+(?:tonight|2nite|tonite|tmrw|tomorrow|2moro|soon|this\s+(?:weekend|week)|again)",
        0.9,
        True,
    ),
    # Older and widowed writers: a life lived too long with this pain; going home to God, or to the
    # dead named as dead in the same sentence; a waste of oxygen until the end; a wish to be with a
    # husband, wife or parent who has died, said now ("since my wife passed I want to be with her").
    *_each(
        r"(?:i\s*'?\s*ve|ive|i\s+have)\s+(?:\w+\s+)?lived\s+(?:far\s+|much\s+|way\s+|a\s+bit\s+)?too\s+long\s+with\s+(?:this|the|all\s+this|my|such)\s+(?:\w+\s+)?"
        r"(?:pain|grief|illness|sickness|loneliness|misery|suffering|body|heart|cancer|disease|sadness|emptiness|aches?|agony|darkness)"
        r"(?![^.!?\n]*\b(?:physio\w*|doctor|gp|surgeon|surgery|operation|treatment|appointment|referral|specialist|see\s+(?:a|the|someone)|get\s+it\s+(?:seen|looked|fixed)|sort\w*\s+it)\b)"
        r"|(?:want|wanna|ready|longing|long|waiting|wish|time\s+for\s+me)\s+(?:\w+\s+)?to\s+go\s+home\s*,?\s*(?:now\s*,?\s*)?(?:to\s+(?:heaven|glory|my\s+(?:maker|saviour|savior|creator))|(?:dear\s+)?(?:lord|jesus|father\s+in\s+heaven))(?=\s*(?:$|[.!?,;\n]))"
        r"|(?:passed|died|gone|lost|buried|funeral)\b[^.!?\n]{0,60}?\b(?:i\s+(?:just\s+|only\s+|really\s+)?(?:want|wanna|long|need|am\s+ready)|all\s+i\s+want\s+is|ready)\s+(?:is\s+)?to\s+go\s+home\s*,?\s*(?:to\s+(?:them|him|her)|and\s+be\s+with\s+(?:them|him|her))(?=\s*(?:$|[.!?;\n]|again|now))"
        rf"|(?:i{_A}m|im|i\s+am|i\s+feel\s+like|feel\s+like)\s+(?:just\s+|such\s+|like\s+|a\s+)*waste\s+of\s+(?:oxygen|air|space)\s+(?:until|till|til)(?=\s*(?:$|[.!?\n]|i\s+(?:die|go|drop|finally\s+die)|i{_A}m\s+(?:dead|gone)|the\s+(?:end|grave)|death|it{_A}s\s+over))"
        rf"|(?:passed|died|gone|lost\s+(?:her|him|them|my\s+\w+)|losing\s+(?:her|him|them|my\s+\w+)|buried|funeral|widow\w*)\b[^.!?\n]{{0,60}}?\b(?:i|and\s+i|i\s+just|i\s+only|i\s+really|i{_A}m|im|i\s+am)\s*(?:just\s+|only\s+|really\s+)?(?:(?:want|wanna|long|need)\s+to|(?:done|tired\s+of)\s+waiting\s+to|can{_A}t\s+wait\s+to)\s+be\s+(?:with\s+(?:her|him|them)|where\s+(?:she|he|they)\s+(?:is|are))(?:\s+again)?(?=\s*(?:$|[.!?;\n]|,?\s*(?:again|now|so\s+(?:much|badly)|wherever|in\s+heaven|that{_A}s\s+all|is\s+all)))",
        0.9,
        True,
    ),
    # Older and country voices, plainly put: ready for my turn after burying the others; nothing left
    # for me but the churchyard; lying down and not getting up, out in the snow or beside the dead;
    # decided I'm not going on.
    *_each(
        r"(?:buried|died|passed\s+(?:away|on)|(?:have|has|had|all)\s+(?:passed|gone)(?!\s+(?:in|out|home|back|off|to|for|on|ahead|inside|through|by))|funeral|lost)\b[^.!?\n]{0,60}?\b(?:ready|waiting)\s+for\s+my\s+turn(?=\s*(?:$|[.!?;\n]|now|,?\s*lord))"
        r"|(?:left|ahead|waiting)\s+for\s+(?:\w+\s+){0,6}?(?:but|except|apart\s+from|other\s+than)\s+(?:the\s+|my\s+)?(?:churchyard|graveyard|grave|cemetery|crematorium|coffin|box|wooden\s+box|end|death)(?=\s*(?:$|[.!?,;\n]))"
        r"|(?:walk|go|wander|head)\s+out\s+into\s+the\s+(?:snow|cold|frost|sea|night|bog|moor)\b(?:(?!home|back|inside|indoors|bed)[^.!?\n]){0,30}?\band\s+(?:just\s+)?lie\s+down(?=\s*(?:$|[.!?;\n]|and\s+(?:not|never|sleep)|for\s+good))"
        r"|lie\s+down\s+(?:next\s+to|beside|with)\s+\w+\s+(?:\w+\s+){0,4}?and\s+(?:not|never)\s+(?:get|wake)\s+up(?=\s*(?:$|[.!?,;\n]|again))"
        rf"|(?:decided|made\s+up\s+my\s+mind)\s+(?:that\s+)?(?:i{_A}m|im|i\s+am)\s+not\s+(?:going\s+on|carrying\s+on|going\s+to\s+go\s+on)(?=\s*(?:$|[.!?;\n]|any\s*more|like\s+this))",
        0.9,
        True,
    ),
    # Envy of the dead: someone died, and the writer was jealous of them (not of a full life or travels).
    *_each(
        r"(?<!character\s)(?<!hero\s)(?<!heroine\s)(?<!villain\s)(?:died|passed\s+away|passed\s+on|dead)\b(?![^.!?\n]{0,100}?\b(?:full\s+life|long\s+life|got\s+to\s+(?!die\b|go\b)\w+|travel\w*|garden|house|car|character|film|book|novel|show|series|game|story)\b)"
        rf".{{0,80}}?\b(?:i\s+(?:was|am|felt|feel|caught\s+myself)|i{_A}m)\s+(?:\w+\s+){{0,2}}?(?:jealous|envious)(?:\s+of\s+(?:her|him|them))?(?=\s*(?:$|[.!?\n]))"
        r"|(?:died|passed\s+away|passed\s+on)\b[^.!?\n]{0,60}?\bi\s+(?:\w+\s+)?envied\s+(?:her|him|them)(?=\s*(?:$|[.!?\n]))"
        r"|(?:jealous|envious)\s+of\s+(?:my\s+)?\w+\s*,\s*(?:he|she|they)\s+got\s+to\s+(?:die|go)(?=\s*(?:$|[.!?,;\n]))"
        r"|(?:jealous|envious)\s+of\s+(?:the\s+dead|people\s+who\s+(?:die|died|get\s+to\s+die)|(?:her|him|them)\s+for\s+(?:dying|being\s+dead|getting\s+to\s+go|going\s+first))",
        1.0,
    ),
    # A wish or plan in which the writer does not come out, or is no more.
    *_each(
        r"(?:fine|okay|ok|happy|glad|relieved|alright|all\s+right)\s+if\s+i\s+never\s+(?:made|got)\s+(?:it\s+)?out(?:\s+of\s+(?:here|this\s+place|this\s+cell|this\s+ward|alive))?(?=\s*(?:$|[.!?,;:\n]|to\s+be\s+honest|honestly|either))"
        rf"|(?:there{_A}ll|there\s+will|there{_A}s|there\s+is|there\s+would|there{_A}d|if\s+there{_A}s|if\s+there\s+is|if\s+there\s+was)\s+(?:be\s+)?no\s+(?:more\s+)?me\b(?!\s*(?:in|without|and|time|either|at|left|to\s+give|for\s+(?:my|the|them|you)|,\s*there))"
        rf"|(?:can{_A}t|cannot|don{_A}t|do\s+not)\s+(?:see|imagine|picture)\s+myself\s+(?:(?:being\s+)?(?:alive|here|around)\s+)?in\s+(?:a|an|one|two|three|four|five|six|a\s+few|\d+)\s+(?:weeks?|months?|days?)(?!\s*,?\s*(?:at|in|working|doing|as|with|without|having|no\s+idea|still\s+(?:at|in|doing|working))\b)"
        rf"|(?:don{_A}t|do\s+not)\s+think\s+i\s*(?:'?\s*ll|will)?\s+(?:get\s+to|make\s+it\s+to|live\s+to|ever\s+get\s+to)\s+(?:be|see|turn)\s+(?:\d+|eighteen|nineteen|twenty\w*|thirty|forty|fifty|old|older|another\s+birthday)\b(?!\s+(?:enough|before\s+i)\b)"
        rf"|(?:(?:i|mi|me)\s+(?:nah|won{_A}t|will\s+not|am\s+not\s+(?:gonna|going\s+to)|am\s+never\s+going\s+to)|i{_A}m\s+(?:not\s+(?:gonna|going\s+to)|never\s+going\s+to))\s+reach\s+(?:the\s+new\s+year|next\s+(?:year|month|week|christmas|summer|winter|spring|birthday)|(?:my\s+)?(?:\d+|eighteen|twenty|thirty|forty|fifty|sixty)(?:th)?(?:\s+birthday)?)(?=\s*(?:$|[.!?,;:\n]))",
        1.0,
    ),
    # Looking up ways that would not hurt; when nobody would look in, timed.
    *_each(
        r"(?:googl\w*|search\w*|look\w*\s+up|research\w*|read\w*\s+(?:up\s+)?(?:about|on))\s+(?:\w+\s+)?painless\s+(?:ways?|methods?|options?)(?!\s+(?:to|of|for)\s+(?!(?:die|go|end|do\s+it|kill|not\s+wake))\w)"
        rf"|(?:nobody|no\s*one|no-one)\s+(?:checks|comes|looks\s+in|will\s+check|would\s+check|checks\s+in)\s+(?:on\s+me\s+)?(?:again\s+)?(?:till|until|til|between)\b[^.!?\n]{{0,30}}[.!?;,]\s*(?:i{_A}ve\s+been|i{_A}m|i\s+am|been)\s+(?:lying\s+here\s+|sitting\s+here\s+)?(?:timing|counting|watching|planning|working\s+out)",
        1.0,
    ),
    # Means moved within reach, or a poison's place known: not for a shoot, a repair or keeping it safe.
    *_each(
        rf"(?:moved|took|taken|hid|hidden|put|brought|keeping|kept)\s+(?:\w+{_A}s\s+|my\s+\w+{_A}s\s+|the\s+|his\s+|her\s+|my\s+)?(?:old\s+|army\s+|service\s+)*(?:gun|shotgun|rifle|pistol|revolver|firearm)\s+(?:\w+\s+){{0,5}}?(?:up\s+to|into|in|under)\s+my\s+(?:drawer|room|bedroom|bag|car|wardrobe|bedside|pillow|bed|flat|locker|glovebox|boot)\b"
        rf"(?![^.!?\n]{{0,60}}?\b(?:{_GUN_ERRAND}|take\s+it\s+to|safe\s+keeping|lock\w*)\b)"
        rf"|(?:shotgun|gun|rifle|pistol|revolver)\b(?![^.!?\n]{{0,60}}?\b(?:{_GUN_ERRAND})\b).{{0,60}}?\b(?:checked|check)\b.{{0,40}}?\b(?:cartridges|bullets|ammo|ammunition|shells|rounds)\s+(?:are|is)\s+(?:there|still\s+there|in\s+there|with\s+it)",
        1.0,
    ),
    *_each(
        r"(?:know\w*|found\s+out|find\s+out|figured\s+out)\s+where\s+(?:\w+\s+){0,4}?(?:keeps?|kept|hides?|hid|stores?)\s+(?:\w+\s+){0,2}?(?:paraquat|weed\s*killer|rat\s+poison|poison|antifreeze|pesticides?)\b"
        r"(?![^.!?\n]{0,60}?\b(?:so\s+(?:the\s+)?(?:dog|dogs|kids?|cat|children|baby)|safely|get\s+rid|dispose|out\s+of\s+the\s+house|away\s+from|locked|chemical\s+store|contractor|spraying)\b)",
        1.0,
        True,
    ),
    # Driving, walking or standing where it ends: not turning at the bend, not sure of walking back.
    *_each(
        r"(?:think\w*\s+(?:about|of)|tempted\s+to|(?:could|might)\s+just|want\s+to|wanted\s+to)\s+(?:just\s+)?(?:not\s+(?:turn|turning|brake|braking|steer|steering)(?:\s+the\s+wheel)?\s+(?:at|into|on|round|for)\s+the\s+(?:\w+\s+)?(?:bend|corner|curve|turn)|keep\w*\s+the\s+wheel\s+straight\s+(?:at|into|round|through)\s+the\s+(?:bend|corner|curve))"
        r"(?![^.!?\n]{0,60}?\b(?:lesson|instructor|test|examiner)\b)"
        rf"|(?:bridge|cliffs?|edge|ledge|pier|viaduct|tracks|parapet)\b(?![^.!?\n]{{0,120}}?\b(?:sore|tired|knees|legs|feet|taxi|bus|lift|pricey|expensive|garden|terrace)\b).{{0,120}}?\b(?:not|no|nae)\s+sure\s+(?:i{_A}(?:ll|d)|i\s+(?:will|would))\s+(?:walk|climb|step)\s+back(?!\s+(?:to|for|there|here|again|down|in|up|over|across)\b)"
        r"|(?:top\s+(?:floor|deck|level|storey)\s+of\s+the\s+(?:\w+\s+)?(?:car\s*park|multi[\s-]?storey|building|tower|block)|rooftop|on\s+the\s+roof|on\s+the\s+bridge)\b.{0,80}?\b(?:and\s+)?not\s+(?:to|for)\s+(?:study|studying|revise|revising|the\s+views?|a\s+smoke|fresh\s+air|the\s+stars|parking|park|work|the\s+sunset|photos?)(?!\s*,?\s*(?:just|but|only)\s+(?:for|to)\b)(?=\s*(?:$|[.!?,;:\n]))",
        1.0,
    ),
    Rule(
        r"(?:then\s+)?(?:down|off|out|up)\s+(?:to\s+)?the\s+(?:pier|bridge|cliffs?|tracks|quarry|viaduct|multi[\s-]?storey|harbour\s+wall)\s+(?:once|when|after)\s+"
        rf"(?:it{_A}s|it\s+is|it\s+gets)\s+dark(?=\s*(?:$|[.!?\n]))(?!\W{{0,3}}(?:fireworks|stars|the\s+stars|astronomy|bioluminescence|meteor|aurora))",
        1.0,
        True,
    ),
    # Preparing so that nobody must deal with what is left, goodbyes nobody knew were goodbyes, a spot chosen.
    *_each(
        rf"so\s+(?:that\s+)?(?:nobody|no\s*one|no-one|they|my\s+(?!flat|house|room)\w+)\s+(?:haffi|hafta|(?:has|have|will\s+have|won{_A}t\s+have|doesn{_A}t\s+have|don{_A}t\s+have|needs?|won{_A}t\s+need)\s+to)\s+(?:fuss|sort|clean|deal\s+with|tidy|sort\s+out|clear)\s+(?:\w+\s+)?(?:after|up\s+after|for)\s+me(?!\s+(?:while|when|whilst|during|on|at|in\s+the)\b)"
        rf"|(?:said\s+goodbye\s+to|saw|visited|hugged|rang|called|met\s+up\s+with|met|had\s+(?:lunch|dinner|tea|coffee|a\s+pint|drinks)\s+with|went\s+to\s+see)\s+(?:\w+\s+){{1,4}}?(?:today|tonight|yesterday|this\s+\w+)?\s*,?\s*(?:but\s+|and\s+)?(?:they|he|she|none\s+of\s+them)\s+(?:(?:didn{_A}t|did\s+not|don{_A}t|do\s+not|won{_A}t|will\s+not)\s+know|(?:had|have|has)\s+no\s+idea)\s+(?:it\s+was|it{_A}s|it\s+is|that\s+it\s+was|it\s+would\s+be|it\s+will\s+be)\s+(?:a\s+|my\s+|our\s+)?(?:goodbye|the\s+last\s+time)(?!\s+(?:they|he|she|we|i{_A}d\s+be)\b)"
        r"|(?:picked|chosen|chose|choose|found|scouted)\s+(?:out\s+)?(?:the|a|my)\s+(?:spot|place)\s+(?:by|at|on|near|under|off|above)\s+(?:the\s+)?(?:reservoir|river|bridge|cliffs?|quarry|railway|tracks|viaduct|lake|sea|pier|canal|weir|car\s+park|multi[\s-]?storey|motorway)\b(?![^.!?\n]{0,40}?\b(?:for|picnic|wedding|party|barbecue|bbq|photos?|fishing|camp\w*|swim\w*|lunch|reunion|proposal)\b)",
        1.0,
        True,
    ),
    # A date set by another event ("when Mum's place at the home is confirmed, that's my date"); a last
    # good time the writer means others to have with them ("so my parents can have one more good holiday with me").
    *_each(
        rf"(?:when|once|after|as\s+soon\s+as)\s+(?![^.!?\n]{{0,80}}?\b(?:move|moving|exams?|results|visa|contract|landlord|flight|tenancy|lease|wedding)\b)[^.!?\n]{{3,80}}?,\s*(?:that{_A}s|that\s+is|that\s+will\s+be|that{_A}ll\s+be)\s+my\s+date(?=\s*(?:$|[.!?;:\n]))"
        r"|(?:so\s+(?:that\s+)?(?:\w+\s+){1,3}?(?:can|could|will|get\s+to)|let\s+(?:them|him|her|my\s+\w+))\s+(?:have|get|enjoy)\s+(?:one\s+(?:more|last)|a\s+(?:last|final))\s+(?:good\s+|nice\s+|proper\s+|happy\s+)?(?:christmas|holiday|birthday|summer|new\s+year|easter|diwali|eid|weekend)\s+with\s+me\b"
        r"(?![^.!?\n]{0,60}?\b(?:before\s+i\s+(?:move|leave|fly|go\s+(?:to|back|abroad|away)|emigrate|start|deploy)|abroad|uni|university|deploy\w*|posting|flying|fly|home|visit\w*|moving|new\s+job)\b)",
        1.0,
    ),
    # Hiding fresh harm well: "I know how to dress it so nobody on the ward asks" (not a tattoo, a rash or an accident).
    Rule(
        r"(?:dress|hide|cover|bandage|patch\s+up)\s+(?:it|them|the\s+(?:cuts?|marks?|burns?|wounds?))\s+(?:up\s+)?so\s+(?:that\s+)?"
        rf"(?:nobody|no\s*one|no-one|they\s+don{_A}t|people\s+don{_A}t)\b(?:\s+\w+){{0,3}}?\s+(?:asks?|sees?|notices?|knows?|finds?\s+out)"
        r"(?![^.!?\n]{0,80}?\b(?:tattoos?|eczema|acne|spots|accident|sunburn|psoriasis|rash|bites|bruises?|piercings?)\b)",
        1.0,
    ),
    # A plan and its timing told as errands: dark thoughts of checking out, going through with it after a
    # family day, going to the spot already picked, loose ends tied with a will, a cover story for a pet
    # rehomed or things given away, doing others a favour by going, the kindest thing being to disappear.
    *_each(
        r"(?:dark|bad|scary|heavy|black)\s+(?:ideas|thoughts)\s+(?:about|of)\s+(?:checking\s+out(?!\s+of)|clocking\s+out(?!\s+(?:early|of))|ending\s+(?:it|things)(?!\s+with)|not\s+being\s+(?:here|around)|going\s+for\s+good|leaving\s+for\s+good(?![^.!?\n]{0,40}?\b(?:moving|emigrat\w*|canada|australia|abroad)\b)|disappearing(?!\s+(?:into|to|for\s+a|off))|finishing\s+(?:it|myself))"
        rf"|go(?:ing)?\s+through\s+with\s+it\s+(?:\w+\s+){{0,3}}?(?:after|once)\s+(?:my\s+|the\s+|her\s+|his\s+|our\s+)?(?:\w+{_A}s\s+)?(?:wedding|christening|birthday|graduation|christmas|party|baptism|anniversary|big\s+day)(?![^.!?\n]{{0,40}}?\b(?:nose|surgery|op|operation|tattoo|piercing|divorce|move|i\s+mean)\b)"
        rf"|(?:do|doing)\s+it\s+(?:\w+\s+){{0,2}}?(?:after|once)\s+(?:my\s+|the\s+|her\s+|his\s+|our\s+)?(?:\w+{_A}s\s+)?(?:wedding|christening|birthday|graduation|baptism|anniversary)\s+so\s+(?:that\s+)?(?:at\s+least\s+)?(?:she|he|they|the\s+\w+)\s*(?:'?\s*s|'?\s*ve|\s+has|\s+have|\s+will\s+have)\s+(?:got\s+)?(?:photos|pictures|memories|a\s+photo)"
        r"|(?:go|going|head|heading|drive|driving|walk|walking)\s+(?:up\s+|down\s+)?to\s+the\s+(?:spot|place)\s+i\s*(?:'?\s*ve\s+|\s+have\s+)?(?:picked|chosen|chose|found)(?!\s+(?:for|out\s+for)\b)(?=\s*(?:$|[.!?,;:\n]|on|tonight|tomorrow|this|next|when|once|after))"
        r"|(?:my|a|the)\s+will\b(?![^.!?\n]{0,80}?\b(?:new\s+bank|switch\w*|inbox|work|holiday)\b).{0,120}?\bloose\s+ends(?=\s*(?:$|[.!?]))"
        rf"|(?:rehom\w+|gave\s+away|given\s+away|sold|gave)\s+(?:the|my|our)\s+(?:\w+\s+){{0,2}}?[^.!?\n]{{0,30}}[.!?,;]?\s*(?:and\s+)?(?:told|telling)\s+(?:\w+\s+){{0,2}}?(?:i\s+was|i{_A}m|i\s+am|it\s+was|it{_A}s)\s+[^.!?\n]{{1,40}}[.!?,;]\s*(?:i{_A}m|i\s+am|it{_A}s|it\s+is|it\s+isn{_A}t)\s+not\b(?!\s+(?:kidding|joking|lying|even|sure|exaggerating|a\s+lie|wrong))"
        rf"|(?:gave|given|giving|give)\s+(?:away\s+)?my\s+[^.!?\n]{{0,80}}?[.!?,;]?\s*(?:they|he|she|nobody|no\s+one)\s+(?:don{_A}t|doesn{_A}t|do\s+not|does\s+not|won{_A}t)\s+(?:need\s+to\s+)?know\s+why(?=\s*(?:$|[.!?;\n]))(?![^.!?\n]{{0,60}}?\b(?:surprise|birthday|present|loved)\b)"
        rf"|(?:i{_A}d|i\s+would)\s+be\s+doing\s+(?:them(?:\s+all)?|everyone|everybody|him|her|my\s+\w+|the\s+world|us\s+all)\s+a\s+favou?r(?:\s+(?:by\s+)?(?:going|leaving|disappearing|not\s+being\s+here)\s+(?:for\s+good|forever))?(?=\s*(?:$|[.!?;:\n]))"
        r"|(?:kindest|best|nicest|most\s+loving)\s+thing\s+i\s+(?:could|can)\s+do\s+for\s+(?:\w+\s+){1,2}?(?:is|would\s+be)\s+(?:to\s+)?(?:disappear|dissapear|dissappear|disapear|go|leave|die|vanish|not\s+be\s+(?:here|around)(?:\s+any\s*more)?|be\s+gone|stop\s+existing|end\s+it)(?=\s*(?:$|[.!?,;:\n]|for\s+good|forever))",
        1.0,
    ),
    # Fresh harm hidden; means taken away that would have been used; a height with no fence, thought about.
    *_each(
        r"(?:long\s+sleeves|sleeves\s+down|plasters?|bracelets?|hoodie|jumper)\b[^.!?\n]{0,40}?\bso\s+(?:nobody|no\s*one|no-one)\s+(?:sees?|notices?|asks?\s+about)\s+(?:the\s+)?(?:new\s+ones|fresh\s+ones|new\s+cuts|fresh\s+cuts|cuts|new\s+marks|burns)"
        r"(?![^.!?\n]{0,60}?\b(?:sunburn\w*|blisters?|tattoos?|bites|heels?|eczema|rash|piercings?)\b)"
        r"|(?:took|taken|hid|hidden|locked\s+away|locked\s+up)\s+(?:the\s+|my\s+)?(?:car\s+keys|keys|pills|tablets|meds|gun|rifle|knives|belts?|rope)\s+(?:off|from|away\s+from)\s+me\b.{0,30}?\bi\s*(?:'?\s*d|\s+would)\s+have\s+(?:used|taken)\s+(?:them|it)(?:\s+all)?(?=\s*(?:$|[.!?,;:\n]))"
        r"|(?:no|without\s+a|without\s+any)\s+(?:fence|railings?|barrier|rail|guard\s*rail|netting)\b(?![^.!?\n]{0,80}?\b(?:landlord|fix\w*|safety|council|complain\w*|lawsuit|we)\b).{0,80}?\b(?:thought|thinking)\s+about\s+it(?:\s+a\s+lot|\s+again|\s+all\s+night|\s+for\s+ages)?(?=\s*(?:$|[.!?,;:\n]))"
        rf"|key\s+(?:to|for)\s+(?:\w+{_A}s\s+|the\s+|my\s+\w+{_A}s\s+)?(?:gun|rifle|shotgun)\s+(?:safe|cabinet|cupboard|locker)\b[^.!?\n]{{0,40}}?[.!?,;]?\s*(?:and\s+)?i\s+know\s+(?:that|it|where)",
        1.0,
    ),
    # Feeling already gone, and wanting to finish it: "I'm disappearing anyway, I'd like to finish the job".
    *_each(
        rf"(?:i{_A}m|i\s+am|i\s+feel|i{_A}ve\s+been)\s+(?:\w+\s+){{0,2}}?(?:disappearing|fading\s+away|vanishing|invisible|half\s+gone|gone|a\s+ghost)\b[^.!?\n]{{0,50}}?\b(?:finish\s+the\s+job|make\s+it\s+official|finish\s+it\s+off)(?=\s*(?:$|[.!?,;:\n]))",
        1.0,
    ),
    # Counting out blister packs, or finishing oneself off, said plainly.
    *_each(
        r"(?:count\w*|lined\s+up|lining\s+up|laid\s+out|laying\s+out|popp\w*\s+out)\s+(?:out\s+)?(?:all\s+)?(?:the\s+|my\s+)?blister\s+(?:packs?|packets?|strips?)(?!\s+(?:into|in\s+(?:the|my)\s+(?:organiser|dosette)|for\s+the\s+week|to\s+(?:see|check|work\s+out)))"
        rf"|finish(?:ing|ed)?\s+{_ME}(?:\s+off)?(?=\s*(?:$|[.!?;:\n]|tonight|now|for\s+good|soon))"
        rf"|(?:thoughts?|ideas?|urges?)\s+(?:of|about)\s+finishing\s+{_ME}(?:\s+off)?",
        1.0,
    ),
    # Pills out and counted; a time others are away picked "to do it"; a height one will not walk away from; being dead
    # sounding restful; means that catch the eye "in the wrong way"; wanting what someone had, told beside
    # a death or the means, with the same arrangements; notes for the family left in a drawer.
    *_each(
        r"(?:took|got|tipped|emptied|poured|laid)\s+(?:all\s+)?(?:the\s+|my\s+)?(?:blister\s+packs?|pills|tablets|meds|painkillers|sleeping\s+pills)\s+out\b[^.!?\n]{0,30}?\band\s+(?:counted\s+them|lined\s+them\s+up)"
        r"(?!\s+(?:into|for|by\s+day|out\s+for|to\s+(?:check|see|make\s+sure)))(?![^.!?\n]{0,60}?\b(?:pharmacy|pharmacist|short|missing|prescription|refill|dosette|organiser|chemist|vet|nurse|carer|doctor|gp|dose|log|pack\w*|holiday|trip|flight|travel\w*|audit)\b)"
        r"|(?:picked|chose|chosen|choosing|planned|set|worked\s+out)\s+(?:the|a|an)\s+(?:day|night|evening|weekend|morning|afternoon|time|date|week|hour)\s+(?:when\s+|while\s+|that\s+)?"
        r"(?:my\s+\w+|everyone|everybody|nobody|no\s*one|they|he|she|mum|mom|dad)\s+(?:\w+\s+){0,2}?(?:works?|is\s+out|are\s+out|goes\s+out|is\s+away|are\s+away|is\s+asleep|are\s+asleep|on\s+nights|(?:is|are)\s+at)\b"
        r"[^.!?\n]{0,30}?\bto\s+do\s+it(?=\s*(?:$|[.!?\n]))"
        rf"|(?:bridge|cliffs?|ledge|pier|viaduct|tracks|platform|rooftop|roof|car\s*park|quarry|weir)\b(?!\s+(?:club|game|bar|terrace|garden|restaurant|pool|party))[^\n]{{0,120}}?\b(?:one|some)\s+(?:night|day|time|evening|morning)\s*,?\s*i\s*(?:won{_A}t|wont|will\s+not|{_A}m\s+not\s+going\s+to|am\s+not\s+going\s+to)\s+(?:walk|come|step|climb)\s+(?:away|back|down)(?=\s*(?:$|[.!?,;:\n]))(?![,;:]?\s*(?:i{_A}ll|i\s+will|i{_A}d|because|cause))"
        r"|(?:being\s+(?:dead|buried|six\s+feet\s+under)|not\s+existing|the\s+grave(?=\s+(?:honestly\s+|just\s+|really\s+)?(?:sounds?|seems?)\s+(?:so\s+|more\s+|much\s+|really\s+|quite\s+)?(?:restful|peaceful|appealing|tempting|inviting|like))|oblivion|never\s+waking\s+up)\s+(?:honestly\s+|just\s+|really\s+)?(?:sounds?|seems?|feels?|looks?)\s+(?:so\s+|more\s+|much\s+|really\s+|quite\s+)?(?:restful|peaceful|appealing|tempting|inviting|nice|nicer|better|easier|kinder|like\s+(?:a\s+)?(?:relief|rest|peace|bliss))\b(?![^.!?\n]{0,60}?\b(?:reading|book|novel|song|poem|film|story|article|podcast|teaching|buddhis\w*|philosoph\w*|epicurus|stoic\w*|essay|lecture|class)\b)"
        r"|(?:knives|knife|blades?|razors?|sharp\s+(?:stuff|things|ones)|pills|tablets|meds|rope|belts?|gun|rifle|shotgun)(?:\s+(?:in|on|under|by)\s+(?:the|my)\s+(?:\w+\s+)?\w+)?\s+(?:(?:keeps?|kept|have\s+been|has\s+been|are|is|started)\s+)?(?:catch\w*\s+my\s+eye|look\w*\s+at\s+me|call\w*\s+(?:to\s+)?me)\s+in\s+the\s+wrong\s+way|i\s+(?:keep\s+|kept\s+|have\s+been\s+|started\s+)?(?:look\w*|star\w*|glanc\w*)\s+at\s+(?:the\s+|my\s+)?(?:knives|knife|blades?|razors?|sharp\s+(?:stuff|things|ones)|pills|tablets|meds|rope|belts?|gun|rifle|shotgun)\b[^.!?\n]{0,30}?\bin\s+the\s+wrong\s+way"
        r"|(?:pills|tablets|overdos\w*|end\s+(?:it|things)|ended\s+(?:it|things)|ends\s+(?:it|things)|took\s+(?:her|his|their)\s+own\s+life|died|dead)\b[^\n]{0,200}?\b(?:i\s+want|i\s+wish\s+i\s+had|i\s+envy|i\s+envied)\s+what\s+(?:she|he|they|the\s+\w+)\s+(?:had|has|got|did|found)\b"
        r"[^\n]{0,80}?\b(?:arrangements|enough\s+(?:saved|pills|tablets)|nearly\s+enough|saved\s+up|saving\s+up|same\s+(?:way|plan|pills|kind\s+of\s+arrangements))"
        r"|(?:i\s+want|i\s+wish\s+i\s+had|i\s+envy|i\s+envied)\s+what\s+(?:she|he|they|the\s+\w+)\s+(?:had|has|got|did|found)\b[^\n]{0,80}?\b(?:enough\s+(?:saved|pills|tablets)|nearly\s+enough\s+(?:saved|pills|tablets))"
        r"|(?:i\s+want|i\s+wish\s+i\s+had|i\s+envy|i\s+envied)\s+what\s+(?:she|he|they|the\s+\w+)\s+(?:had|has|got|did|found)\b(?=[^.!?\n]{0,200}?\b(?:pills|tablets|meds|overdose|ended|end\s+it|dead|died|peace|sleep|rope|gone|goodbye|for\s+good)\b)[^.!?\n]{0,80}?\b(?:arrangements|enough\s+(?:saved|pills|tablets)|nearly\s+enough|saved\s+up|saving\s+up|same\s+(?:way|plan|pills|kind\s+of\s+arrangements))",
        1.0,
    ),
    # A time told and then only pointed at ("saturday, when everyone's at the match. that's when"); the when
    # known now; nobody having to worry about the writer after a time named.
    *_each(
        rf"(?:when|while|whilst|once)\s+(?:everyone|everyones|everybody|they|he|she|mum|mom|dad|my\s+\w+|the\s+\w+)\s*(?:{_A}s|{_A}re|is|are|{_A}ll\s+be|will\s+be)?\s*"
        r"(?:all\s+)?(?:at|out|away|asleep|on\s+(?:nights|shift|holiday)|gone|working)\b[^.!?\n]{0,40}[.!,;]\s*"
        rf"(?:that{_A}s|that\s+is|thats)\s+when(?=\s*(?:$|[.!?\n]))"
        rf"|i\s+(?:know|{_A}ve\s+decided|have\s+decided|{_A}ve\s+worked\s+out|have\s+worked\s+out)\s+(?:how\s+and\s+when|when\s+and\s+how|when\s+now)(?=\s*(?:$|[.!?\n]))"
        rf"|(?:after\s+(?:that|then|tonight|tomorrow|this\s+week(?:end)?|\w+day)|soon|then)\s*,?\s*(?:nobody|no\s*one|no-one|they|you)\s+"
        rf"(?:has|have|will\s+have|needs?|will\s+need|won{_A}t\s+have|won{_A}t\s+need)\s+to\s+worry\s+about\s+me\s+(?:again|anymore|any\s+more|ever\s+again)",
        1.0,
        True,
    ),
    # Crisis inside the practices' own forms: a letter forgiving what is about to be done, the kind thing
    # being to let oneself go, a friend's exercise that ends "I'm the one who has to go", a date picked
    # "like I do", doing the same as a character who died, the other side welcoming, a safety plan that
    # does not apply, a last check-in.
    *_each(
        rf"(?<!said\s)(?<!says\s)forgive\s+(?:you|me|myself|yourself)\s+for\s+what\s+(?:you|i)\s*(?:are|{_A}re|am|{_A}m)\s+(?:going\s+to|about\s+to|gonna)\s+do\b"
        rf"(?=(?:\s+(?:to\s+(?:you|all\s+of\s+you|everyone|you\s+all)|this\s+\w+|tonight|tomorrow(?:\s+\w+)?|soon|later|on\s+\w+|in\s+the\s+(?:morning|night)|at\s+the\s+weekend))?\s*(?:$|[.!?\n]|[,;:]?\s*(?:i{_A}m\s+sorry|sorry|i\s+(?:just\s+)?can|i\s+know\s+(?:you|i)|it{_A}s\s+not\s+(?:your|anyone)|i\s+love\s+you|please|there{_A}s\s+no)))"
        r"|(?:compassionate|kindest|kind|loving|merciful|gentlest)\s+thing\s+(?:now\s+|to\s+do\s+)?(?:would\s+be|is|will\s+be)\s+(?:letting|to\s+let)\s+(?:me|myself)\s+go\b(?=\s*(?:$|[.!?,;\n]|now\b|for\s+good|forever))"
        r"|(?:dear\s+(?:me|self|myself|future\s+me|younger\s+me|little\s+me)|to\s+myself|note\s+to\s+self)\b[^.!?\n]{0,60}?(?:compassionate|kindest|kind|loving|merciful|gentlest)\s+thing\s+(?:now\s+|to\s+do\s+)?(?:would\s+be|is|will\s+be)\s+(?:letting|to\s+let)\s+(?:you|yourself)\s+go\b(?=\s*(?:$|[.!?,;\n]|now\b|for\s+good|forever))"
        r"|(?:what|the\s+stuff|the\s+ones|them)\s+i(?:'?ve|\s+have)\s+been\s+(?:saving|collecting|keeping|stockpiling|hoarding)(?:\s+up)?\b(?!\s+(?:for|towards|to\s+buy))[^.!?\n]{0,40}?\b(?:enough|is\s+it\s+enough)\b(?=\s*(?:now|yet|already)?\s*(?:$|[.!?,;\n]))"
        r"|(?:(?:but|and|so)\s+|(?<=,\s))(?:i'?m|i\s+am)\s+the\s+one\s+(?:who|that)\s+(?:has|needs|should|ought)\s+to\s+(?:die|disappear)(?=\s*(?:$|[.!?,;\n]))"
        r"|(?:friend|better\s+off|deserves?|without\s+me|burden|miss\s+me)\b[^.!?\n]{0,80}?(?:(?:but|and|so)\s+|,\s+)(?:i'?m|i\s+am)\s+the\s+one\s+(?:who|that)\s+(?:has|needs|should|ought)\s+to\s+(?:go|leave)(?=\s*(?:$|[.!?,;\n]))"
        r"|(?:a|the)\s+date\s+(?:picked|chosen|set)(?:\s+out)?\s+like\s+i\s+(?:do|have)\b(?!\s+(?:for|to|with|at|on)\b)"
        r"|(?:suicide\s+note|(?:a|the|her|his|their)\s+note\s+(?:to|for)\s+(?:her|his|their)\s+\w+|into\s+the\s+(?:sea|river|water)|jump\w*\s+(?:off|from|in\s+front)|pills|overdos\w*|hanged|hung\s+(?:him|her|them)sel\w+|drown\w*|died(?!\s+(?:at\s+\d|peacefully|in\s+(?:her|his)\s+sleep|of\s+old))|dies|killed\s+(?:him|her|them)sel\w+|killed\s+(?:him|her)\b|took\s+(?:his|her|their)\s+own\s+life|ends?\s+(?:it|things)|ended\s+(?:it|things))\b[^\n]{0,200}?\b(?:working\s+out|figuring\s+out|planning|looking\s+up|researching|thinking\s+(?:about|of)|wondering)\s+how\s+(?:to|i\s+could|i\s+can)\s+do\s+the\s+same\b"
        r"|(?<!was\s)(?<!were\s)(?:welcom\w+|waiting\s+for|waiting\s+to\s+welcome)\s+me\s+(?:to|on|at)\s+the\s+other\s+side\b(?=\s*(?:$|[.!?;\n]|,?\s*(?:and|now|soon|already|i\b|so\b)))"
        r"|(?:picked|chosen|chose|set)\s+(?:a|the)\s+date\b(?!\s+(?:for|to|of)\s+(?!do\s+it\b))[^.!?\n]{0,50}?\b(?:she|he|they|you)\s*(?:'?d|would)\s+(?:stop|try\s+to\s+stop)\s+me\b"
        r"|(?:safety|crisis)\s+plan\b[^\n]{0,120}?\b(?:(?:i\s*'?\s*ve|i\s+have|i\s*'?\s*d|i)\s+(?:already\s+)?made\s+other\s+plans(?!\s+(?:for|with|to)\b)|none\s+of\s+it\s+applies(?!\s+to\s+(?:my\s+(?:role|job|work)|us|them|work))|(?<!hope\si\s)(?<!hopefully\si\s)(?<!hoping\si\s)won'?t\s+need\s+it)"
        r"|last\s+(?:check[\s-]?in|entry|post|log)\b\W{0,3}(?:ever\W{0,3})?(?:i\s*'?\s*m\s+(?:so\s+)?)?sorry\b(?=\s*(?:$|[.!?\n])|\s+(?:to\s+)?(?:everyone|all\s+of\s+you|for\s+everything)\s*(?:$|[.!?\n]))",
        1.0,
    ),
    # Preparations told as a checklist or a mood: everything in order for a time, goodbyes without them
    # realising, the last of what is needed for tonight, a pet left "for good" without its keeper knowing,
    # a mood calm because it ends, gone before the next appointment.
    Rule(
        r"(?:rehom\w*|(?:(?:someone|somebody)\s+to\s+(?:take|have)|(?:a\s+)?new\s+home\s+for)\s+(?:the|my)\s+(?:dog|cat|budgie|bird|rabbit|hamster|pets?|horse|parrot|fish)|(?:my|the)\s+will|wills?\s+(?:done|signed|written)|notes?\s+(?:written|done)|letters?\s+(?:written|done)|goodbyes?|passwords?|funeral|life\s+insurance|gave\s+(?:away|the\s+\w+\s+away))\b[^\n]{0,150}?\beverything(?:'?s|\s+is)?\s+in\s+order\s+for\s+(?:next\s+week|this\s+weekend|the\s+weekend|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?=\s*(?:$|[.!?\n]))",
        1.0,
    ),
    *_each(
        r"(?:said|saying)\s+(?:my\s+)?goodbyes?\s+to\s+(?:\w+\s+){0,4}?without\s+(?:them|him|her|anyone|anybody|any\s+of\s+them)\s+(?:realising|realizing|knowing|noticing)(?![^.!?\n]{0,60}?\b(?:leaving|moving|retir\w*|job|company|surprise|emigrat\w*)\b)"
        r"|(?:getting|got|buying|bought|picking\s+up|picked\s+up)\s+the\s+last\s+(?:of\s+)?(?:what|the\s+things?)\s+i\s+need\s+for\s+tonight(?=\s*(?:$|[.!?\n]))"
        r"|(?:took|dropped|left|gave|handed)\s+(?:the|my)\s+(?:dog|cat|budgie|bird|rabbit|hamster|pets?|horse|parrot)\b[^\n]{0,60}?"
        r"(?:doesn'?t|don'?t|does\s+not|do\s+not|didn'?t)\s+know\s+(?:that\s+)?(?:it'?s|it\s+is|it\s+was)\s+for\s+good(?![^.!?\n]{0,60}?\b(?:moving|emigrat\w*|abroad|new\s+job|spain|australia|canada|relocat\w*)\b)"
        r"|(?:peaceful|calm|relieved|relief|lighter|at\s+peace)\b(?!\s+(?:about|with|that|over)\b)[^.!?\n]{0,60}?\bbecause\s+i\s+know\s+it\s+(?:all\s+)?ends\s+(?:this|on|tonight|tomorrow|soon|next|friday|saturday|sunday)"
        r"|(?:i'?ll|i\s+will)\s+be\s+gone\s+(?:before|by)\s+(?:the\s+|my\s+)?next\s+(?:appointment|session|check[\s-]?in|visit|review)\b(?![^\n]{0,80}?\b(?:mov\w+|holiday|trip|away|abroad|travel\w*|relocat\w*|uni|university|leeds|london|notice|new\s+(?:job|role)|job|maternity|paternity|baby|due|leave|contract|placement|rotation|discharged)\b)",
        1.0,
        True,
    ),
    # Not here for the next appointment or session, with no trip, move or clash named.
    Rule(
        rf"(?:won{_A}t|wont|will\s+not)\s+be\s+(?:here|around)\s+(?:for|by|at)\s+(?:my|the)\s+next\s+(?:appointment|session|review|check[\s-]?in|visit|scan)\b"
        r"(?![^\n]{0,80}?\b(?:holiday|away|abroad|trip|travel\w*|mov\w+|relocat\w*|leave|conference|wedding|uni|work|job|course|placement|"
        r"hospital|surgery|op|operation|spain|france|visiting|busy|clash\w*|rearrange|reschedul\w*|move\s+it|change\s+it|graduation|"
        r"shift|rota|party|exam|exams|school|childcare|kids?|daughter|son|dentist|funeral|christening|ill|sick|flu|covid|"
        r"i'?ll\s+be\s+(?:in|at|on|away|off|out))\b)",
        1.0,
    ),
    Rule(
        r"(?:written|wrote|finished|left|writing)\s+(?:the\s+|my\s+|some\s+)?(?:notes?|letters?)\s+(?:for|to)\s+(?:my\s+|the\s+)?(?:parents|mum|mom|dad|kids|children|family|husband|wife|partner|sister|brother|everyone|each\s+of\s+them|both\s+of\s+them)\b(?!')"
        rf"(?:(?!about\b|christmas|birthday|anniversar|teacher|school)[^.!?\n]){{0,40}}?\b(?:they{_A}re|they\s+are|it{_A}s|it\s+is|left\s+them|put\s+them|hid\s+them|tucked\s+them)\s+(?:\w+\s+)?(?:in|under|inside|behind)\s+(?:the|my)\s+(?:desk|drawer|bureau|pillow|mattress|bedside|wardrobe|cupboard|glovebox|safe)\b"
        r"(?![^.!?\n]{0,60}?\b(?:birthdays?|christmas|posting|post|sent|send|surprise|anniversary|thank\w*|holiday|trip|school|graduat\w*|wedding)\b)",
        1.0,
        True,
    ),
    # Means kept back, hidden and checked on, or got with a lie; a gun or a rope looked at for a long time.
    *_each(
        r"(?:kept|keeping|saved|saving|put|putting|held|holding)\s+(?:back|aside|by)\s+(?:a\s+few|one|two|some|a\s+couple)\s+(?:every|each|a)\s+(?:week|day|night|month|time)\b"
        r"(?![^.!?\n]{0,60}?\b(?:for|towards|to\s+(?:buy|pay|spend)|so\s+(?:i|we)\s+(?:don'?t|can|have|won'?t)|run\s+out|biscuits?|sweets|chocolate|treats|coins?|quid|pounds|money|cash|savings|christmas|holiday|stamps|cards|stickers)\b)"
        rf"|(?:i{_A}ve|i\s+have|ive|i)\s+(?:got|have)\s+enough\s+(?:saved|stored|put\s+(?:by|away)|kept\s+back)(?:\s+up)?\s+now(?=\s*(?:$|[.!?\n]))"
        rf"|(?:mum|mom|dad|my\s+\w+|she|he|they)\s+found\s+(?:my|one|the)\s+(?:first\s+)?stash\b(?!\s+of\b)[^.!?\n]{{0,30}}?\b(?:so\s+i|and\s+i)\s+(?:made|started|hid|have|got)\s+(?:another|a\s+new\s+one|a\s+second)"
        rf"|(?:said|told\s+(?:her|him|them|the\s+\w+))\s+(?:that\s+)?(?:i{_A}d|i\s+had|i)\s+lost\s+(?:them|it|my\s+(?:pills|tablets|meds|prescription))\W+(?:i\s+)?(?:hadn{_A}t|had\s+not|didn{_A}t|did\s+not)\b"
        r"(?![^.!?\n]{0,30}?\b(?:just\s+)?(?:left|forgot|found|misplaced|mislaid)\b)"
        rf"|(?:hid|hidden|hide|stashed|keep|keeping|kept)\s+(?:the\s+stuff|them|it\s+all|the\s+lot)\s+(?:in|under|inside|behind)\s+(?:the|my|an?)\s+(?:\w+\s+){{0,4}}?(?:lining|mattress|shoebox|shoe\s+box|tin|wardrobe|floorboards?|vitamin\s+bottle|old\s+bottle|sock\s+drawer)\b"
        rf"(?![^\n]{{0,60}}?\b(?:buttons|biscuits|sewing|photos|letters|recipes|cards|coins|keepsakes|money|cash|receipts|presents|gifts|sweets|chocolate|jewellery|jewelry)\b)"
        rf"[^\n]{{0,60}}?\b(?:still\s+(?:there|full)(?!\s+of\b)|all\s+there|i\s+check\b|checked\s+(?:it|them)|count\w*\s+them)"
        r"|checked\s+(?:that\s+)?the\s+(?:tin|box|shoebox|bottle|bag)\s+(?:on|in|under|behind)\s+(?:top\s+of\s+)?(?:the|my)\s+\w+\s+(?:is|was)\s+still\s+full(?!\s+of\b)"
        r"|(?:counted|checked)\s+them\s+again\s+(?:tonight|today|this\s+morning|last\s+night)\W+(?:still\s+)?(?:the\s+same\s+number|all\s+there|enough)\W+(?:good|fine|ok|okay)\b"
        r"|(?:gun|shotgun|rifle|pistol|rope|noose|blade|razor|pills|tablets)\b[^\n]{0,60}?\bi\s+(?:looked|stared|sat\s+looking)\s+at\s+(?:it|them)\s+for\s+(?:a\s+(?:long|good)\s+(?:time|while)|ages|hours|an\s+hour|so\s+long)\b"
        r"(?![^.!?\n]{0,60}?\b(?:remember\w*|memor\w*|miss\w*|clean\w*|sell|sold|licen[cs]e|valu\w*|auction|histor\w*|old\s+times|stor(?:y|ies)|used\s+to)\b)",
        1.0,
    ),
    # A search or a plan said sideways: heights near home searched, what is quick for the body, a day settled
    # on while others are out, holding on "till then" for someone, a time with everyone asleep and written down.
    *_each(
        r"(?:googl\w*|search\w*|looked\s+up|looking\s+up)\s+(?:the\s+)?(?:tallest|highest)\s+(?:car\s*parks?|buildings?|bridges?|cliffs?|towers?|places?|blocks?)\s+(?:in\s+(?:town|the\s+city|my\s+area|the\s+area)|near\s+(?:me|here|home)|around\s+here)\b"
        r"(?![^.!?\n]{0,60}?\b(?:photo\w*|project|trip|visit\w*|class|homework|quiz|view|views|watch|see|meteor\w*|stars?|sunset|sunrise|fireworks|drone|kite|picnic|walk\w*|hik\w*)\b)"
        r"|(?:reading|read|looked\s+up|looking\s+up|googl\w*|search\w*)\s+(?:about\s+)?what\s+happens\s+to\s+(?:your|the|a)\s+body\b[^.!?\n]{0,40}?\bwhat\s*'?\s*s\s+(?:quick|quickest|painless|fastest)\b"
        rf"|search\w*\s+(?:for\s+)?[\"']?painless[\"']?\s+(?:and|then)\b[^.!?\n]{{0,60}}?\b(?:words|things|stuff)\s+i\s+(?:won{_A}t|wont|can{_A}t|cant|will\s+not|cannot)\s+(?:write|say|type)"
        r"|(?:settled\s+on|picked|chose|chosen|decided\s+on)\s+(?:\w+\s+){0,2}?as\s+the\s+(?:day|date|night)\b\s*,?\s*(?:since|as|because|when|while)\s+(?:\w+\s+){0,3}?(?:will\s+be|are|is|'re|'ll\s+be)\s+(?:at|away|out|asleep|on\s+nights|working)\b"
        r"(?![^.!?\n]{0,80}?\b(?:to\s+(?:throw|paint|clean|fix|have|host|plan|bake|decorate|do\s+(?:the|some))|party|surprise|decorat\w*|paint\w*|plumber|builders?|clear\w*|tidy\w*|deliver\w*)\b)"
        rf"|(?:i\s+can|i{_A}ll|i\s+will|i\s+just\s+(?:have|need)\s+to|i\s+need\s+to|i\s+have\s+to)\s+(?:hold|hang)\s+on\s+(?:till|until|til)\s+then\s+for\s+(?:my\s+)?(?:little\s+|baby\s+|big\s+)?"
        r"(?:brother|sister|mum|mom|dad|kids?|son|daughter|nan|gran|family|parents|boys|girls|wife|husband|partner|dog|cat)\b"
        r"(?![^.!?\n]{0,60}?\b(?:party|birthday|wedding|visit\w*|match|game|concert|show|holiday|trip|home|back|arriv\w*|gets?\s+here|comes?\s+(?:home|back|over))\b)"
        r"|(?:(?:tonight|tomorrow(?:\s+night)?)\s+at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?|(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+tonight)\s+(?:when|while|once)\s+(?:everyone|everybody|they|the\s+house)\s*(?:'?s|\s+is|\s+are|'re)\s+(?:all\s+)?asleep\s*[.!]\s+"
        r"(?:i\s*'?m\s+)?(?:just\s+)?writ\w*\s+it\s+(?:down|here)(?:\s+here)?(?=\s*(?:$|[.!?\n])|\s+so\s+(?:it'?s|its|it\s+is)\s+real|\s+so\s+(?:something|someone|somebody)\s+knows)"
        r"|(?:once|after|when)\s+(?:the\s+|my\s+)?(?:exams?|finals|results|christmas|the\s+wedding|his\s+birthday|her\s+birthday)\s+(?:are|is)\s+over\s*,?\s*(?:i\s*'?\s*ll|i\s+will|i\s*'?\s*m\s+(?:going\s+to|gonna))\s+do\s+it\b"
        r"(?=\s*(?:$|[.!?\n])|\s*,\s*(?:i\s+(?:don'?t|dont|do\s+not)\s+want|nobody|no\s+one|so\s+(?:nobody|no\s+one|they|mum|dad)|(?:that\s*'?s|thats)\s+(?:when|the\s+plan)|the\s+\w+|with\s+(?:the|my|a|an|some)\s))",
        1.0,
    ),
    # Preparations and a foreshortened future said sideways: a pet rehomed with a cover story, belongings
    # promised "and I wasn't joking", everyone loved contacted "just to say", a rest "not the kind she
    # thinks", no retirement to plan for, nothing past a day, not here to get the results, no time given.
    *_each(
        rf"(?:rehom\w*|gave\s+away|found\s+a\s+(?:new\s+)?home\s+for)\s+(?:the|my|our)\s+(?:dog|cat|budgie|bird|rabbit|hamster|pets?|horse|parrot|kitten|puppy)\b"
        r"(?![^.!?\n]{0,80}?\b(?:when\s+i\s+(?:got|moved|started|went)|new\s+job|moving|moved|allerg\w*|temporar\w*|landlord\s+found|baby)\b)"
        rf"[^.!?\n]{{0,60}}?\btold\s+(?:her|him|them|everyone|people|my\s+\w+)\s+(?:it\s+was|it{_A}s|that\s+it\s+was)\b"
        rf"|(?:she|he|they|you)\s+can\s+have\s+my\s+(?:clothes|things|stuff|guitar|records|books|room|car|bike|jewellery|jewelry|games|console|shoes)\b"
        r"(?![^.!?\n]{0,60}?\b(?:when\s+i\s+(?:go|move|leave)|uni|moving|move\s+out|leave\s+home|grow\s+out|upgrade|new\s+one)\b)"
        rf"[^\n]{{0,60}}?\b(?:i\s+(?:wasn{_A}t|wasnt|was\s+not|am\s+not|{_A}m\s+not|m\s+not)\s+(?:joking|kidding)|i\s+meant\s+it)"
        r"|(?:texted|messaged|called|rang|phoned|wrote\s+to|told)\s+(?:everyone|everybody|all\s+the\s+people|every\s+person)\s+i\s+love\s+(?:today|tonight|this\s+week)?\s*(?:just\s+)?to\s+(?:say|tell\s+them)\s+(?:that\s+)?i\s+love\s+them\b"
        r"(?![^.!?\n]{0,60}?\b(?:new\s+year|christmas|birthday|valentine|thanksgiving|eid|diwali|homework|therapist|exercise|challenge|gratitude|practice)\b)"
        rf"|(?:need|needed|want|wanted)\s+(?:a\s+)?(?:rest|break|sleep|peace)\b[^\n]{{0,40}}?\b(?:just\s+)?not\s+the\s+(?:kind|sort|way)\s+(?:she|he|they|you|mum|mom|dad|anyone|everyone|people|my\s+\w+)\s+(?:thinks?|means?|imagines?|expects?)\b"
        r"(?![^.!?\n]{0,60}?\b(?:holiday|trip|spa|away|weekend|spain|weeks?|a\s+real\s+one|proper|beach|retreat|hotel|off\s+work)\b)"
        r"|(?:there\s*'?\s*s|there\s+is)\s+no\s+(?:retirement|old\s+age|future|later|growing\s+old)\s+for\s+me\s+to\s+(?:plan|save|think|worry)\b"
        r"(?![^.!?\n]{0,60}?\b(?:pension|scheme|money|savings|afford|work\s+till|collapsed|broke|wages?|economy|rent)\b)"
        rf"|(?:isn{_A}t|is\s+not|there{_A}s\s+nothing|there\s+is\s+nothing)\s+(?:anything\s+)?(?:past|after|beyond)\s+(?:next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+for\s+me\b"
        r"(?![^.!?\n]{0,60}?\b(?:contract|job|work|rota|shifts?|booked|diary|calendar|plans?|term|leave|visa|lease)\b)"
        r"|(?:stopped|stop|no\s+point\s+in|no\s+point)\s+planning\s+(?:anything\s+)?(?:past|beyond|after)\s+(?:next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
        r"(?![^.!?\n]{0,40}?\b(?:because|cos|cause|as|since|till|until|with|weather|forecast|rota|schedule|shifts?|work|job|results|news|hear|know|plans?|we'?ll|see)\b)"
        rf"|(?:i{_A}m|im|i\s+am)\s+not\s+(?:going\s+to|gonna)\s+be\s+(?:here|around|alive)\s+to\s+(?:get|see|collect|hear|open)\s+(?:the|my)\s+results\b"
        rf"(?![^\n]{{0,60}}?\b(?:holiday|away|abroad|trip|travel\w*|festival|camp\w*|spain|greece|visiting|post\s+them|open\s+them|email\w*|online)\b)"
        rf"|(?:gets?\s+better|time\s+heals|heals?\s+with\s+time|with\s+time|in\s+time|will\s+pass|it\s+passes)\b[^\n]{{0,80}}?\bi\s+(?:don{_A}t|do\s+not|dont)\s+(?:intend|plan|mean)\s+to\s+give\s+it\s+(?:time|that\s+long|long|the\s+time)\b",
        1.0,
    ),
    # A decision with no object that brings calm or a goodbye; a date picked, said bare; hiding how close; a
    # place empty and nobody expected until later; the same day as someone who died; others not left with the
    # bills, "then I'm done"; a roof door checked; high water looked at, not wanting to come home; a party for
    # me that won't happen.
    *_each(
        rf"(?:i{_A}ve|i\s+have|ive)\s+made\s+(?:my|the)\s+decision\b(?!\s+(?:about|on|to|re|regarding|for|that|which|over|between)\b)"
        r"(?![^.!?\n]{0,100}?\b(?:job|move|moving|leav\w+|quit\w*|divorce|house|uni|course|offer|school|break\s*up|him|her|them|it\s+was\s+time\s+to|notice|resign\w*|adopt\w*|hand\w*\s+in|retir\w*|sell\w*|buy\w*|operation|surgery|treatment|chemo|wedding|marry|baby|pregnan\w*)\b)"
        r"[^.!?\n]{0,40}?\b(?:calm\w*|peace\w*|relie\w*|lighter|at\s+ease|settled|(?:say|said|saying)\s+(?:my\s+)?goodbyes?)\b"
        rf"|(?:i{_A}ve|i\s+have|ive)\s+(?:already\s+)?(?:picked|chosen|set)\s+(?:a|the)\s+date(?=\s*(?:$|[.!?\n]))"
        rf"|decided\W+(?:i{_A}m\s+|i\s+am\s+)?not\s+(?:telling|going\s+to\s+tell)\s+anyone\b(?!\s+(?:about|until|till|yet|before|what)\b)[^.!?\n]{{0,40}}?\bwrit\w+\s+it\s+(?:down\s+)?here\b(?![^.!?\n]{{0,40}}?\b(?:pregnan\w*|engaged|promotion|job|offer|surprise)\b)"
        r"|hiding\s+how\s+(?:close|near|far\s+gone)\s+i\s*(?:'?m|\s+am|\s+was|\s+came)\b(?!\s+to\s+(?:finish\w*|quit\w*|the\s+end\s+of\s+the))"
        r"|(?:goodbye|farewell|suicide\s+note|last\s+letter)\b[^\n]{0,120}?\bfor\s+mine\b[^\n]{0,40}?\b(?:ready|done|finished|sealed|written)\b"
        r"|(?<!so\sthe\s)(?<!so\smy\s)(?<!so\sour\s)(?:flat|house|place|home)\s+(?:will\s+be|is|'ll\s+be)\s+empty\b[^.!?\n]{0,30}?\b(?:nobody|no\s*one|no-one)\s+(?:expects|will\s+expect|is\s+expecting|will\s+(?:miss|notice|check\s+on|look\s+for|find))\s+me\s+(?:until|till|til|before)\s+\w+(?=\s*(?:$|[.!?\n]))"
        r"|(?:seems|feels|it\s*'?\s*s|would\s+be|is)\s+(?:only\s+)?(?:right|fitting|fair)\s+to\s+(?:go|die|do\s+it|end\s+it)\s+(?:on\s+)?the\s+same\s+(?:day|date|night)\s+(?:as\s+)?(?:she|he|they|my\s+\w+)\s+did\b"
        r"|(?:isn'?t|is\s+not|won'?t\s+be|aren'?t|not)\s+(?:stuck|left)\s+with\s+(?:it|the\s+\w+|anything)\b[^.!?\n]{0,40}?,?\s*(?:then|and\s+then|after\s+that)\s+i\s*'?\s*m\s+(?:done|gone)(?=\s*(?:$|[.!?\n]))"
        r"|(?:roof|rooftop)\s+(?:access|door|hatch|stairs)\b(?![^.!?\n]{0,120}?\b(?:report\w*|facilities|security|health\s+and\s+safety|landlord|caretaker|manager|complain\w*|smok\w*|cigarettes?|vap\w*|fresh\s+air|lunch|break)\b)"
        r"[^.!?\n]{0,50}?\b(?:never|isn'?t|is\s+not|always)\s+(?:locked|left\s+open|open|unlocked)\b[^\n]{0,40}?\bcheck\w*\s+(?:it\s+)?(?:again|twice|every|most|each)\b"
        r"(?![^\n]{0,60}?\b(?:report\w*|facilities|security|health\s+and\s+safety|landlord|caretaker|manager|complain\w*|smok\w*|cigarettes?|vap\w*|fresh\s+air|lunch|break)\b)"
        r"|(?:river|canal|reservoir|weir|tide|sea)\s+(?:is|was|'s)\s+(?:so\s+|really\s+|very\s+)?(?:high|full|fast|wild|rough)\b[^\n]{0,80}?\bi\s+(?:\w+\s+){0,3}?(?:looked|stared|stood|sat)\b[^\n]{0,40}?\bi?\s*(?:didn'?t|did\s+not|don'?t)\s+want\s+to\s+(?:come|go)\s+(?:home|back)\b"
        r"|(?:planning|throwing|booked|organising|organizing)\s+(?:a|my|the)\s+(?:\w+\s+)?(?:party|birthday|celebration|do)\s+for\s+me\b(?![^.!?\n]{0,80}?\b(?:told|said|asked|warned)\s+(?:them|her|him|everyone)\b)[^\n]{0,60}?\b(?:it'?s|its|that'?s|thats)\s+not\s+(?:gonna|going\s+to)\s+happen(?=\s*(?:$|[.!?\n]))",
        1.0,
    ),
    # Others' aftermath weighed and passive wishes said sideways: they would "get over it and be better off",
    # praying not to do another day, fading out, checking out, the drop thought about, trains and the timing.
    *_each(
        rf"(?:(?:they|she|he|we|everyone|everybody){_A}d|would|will|could)\s+(?:\w+\s+)?get\s+over\s+(?:it|me)\s+(?:and|eventually\s+and|in\s+time\s+and)\s+(?:\w+\s+)?(?:be\s+)?(?:better\s+off|happier|relieved|fine|freer)\b"
        rf"(?![^\n]{{0,60}}?\b(?:mov\w+|emigrat\w*|abroad|left\s+home|leave\s+home|came\s+out|come\s+out|told\s+them|quit\w*|dropped\s+out|married|divorc\w*|job|uni|school|course|(?:if|once|when)\s+(?:i|she|he|they)\s+(?:took|take|moved|move|left|leave|went|go|got|quit|chose|stay\w*|sees?|saw|told|started|finished|changed))\b)"
        rf"[^\n]{{0,60}}?\b(?:me|my|i)\b"
        rf"|pray\w*\s+(?:every\s+night\s+|each\s+night\s+|at\s+night\s+|every\s+day\s+)?(?:that\s+)?i\s+(?:don{_A}t|dont|do\s+not|won{_A}t|wont|never)\s+(?:have\s+to\s+)?(?:do|face|live|see|get\s+through|wake\s+up\s+to)\s+another\s+day\b"
        r"(?!\s+(?:at|in|like|without|with)\b|\s+of\s+(?!this\s*(?:$|[.!?,;\n])))"
        r"|(?:wish\w*|want\w*|long\w*)\s+(?:that\s+)?(?:i\s+could|to|i'?d|i\s+would)\s+(?:just\s+)?(?:fade|fizzle|dissolve|evaporate)\s+(?:out|away)\b(?!\s+(?:of|from|into|at|during|in)\b)"
        r"|(?:thinking|thought|think|thinkin)\s+(?:about|of|abt)\s+checking\s+out(?=\s*(?:$|[.!?,;\n]|for\s+(?:a\s+while|good|real|ever)|tbh|honestly|permanently|of\s+(?:life|this\s+(?:life|world))|early\s*,?\s*(?:tbh|honestly|now)?\s*(?:$|[.!?\n])))(?!,\s*(?:this|the|that|our|my)\s+(?:hotel|place|room|b&b|airbnb))"
        r"|(?:thought|thinking|think)\s+(?:about|of)\s+the\s+(?:drop|fall|way\s+down)\s+(?:the\s+whole\s+time|all\s+(?:day|night|the\s+time)|again|a\s+lot|constantly)\b"
        r"(?![^.!?\n]{0,60}?\b(?:rollercoaster|roller\s+coaster|ride|flume|plane|flight|abseil\w*|zip\s*line|bungee|climb\w*|hik\w*|scared|terrified|afraid|vertigo)\b)"
        r"|(?:every|each)\s+(?:train|lorry|bus|truck)\s+(?:that\s+)?(?:goes|passes|comes)\s+(?:past|by)\b[^.!?\n]{0,20}?\bi\s+(?:think|thought)\s+about\s+(?:the\s+)?timing\b(?!\s+of\b)"
        r"(?![^.!?\n]{0,40}?\b(?:commute|timetable|schedule|late|delays?|connection|depends|catch)\b)",
        1.0,
    ),
    # From a second blind development set's misses (crisis_dev_10), each in a general form kept narrow: a
    # purpose the writer knows but does not name, beside the means; a hanging point tested for my weight;
    # doses worked out; "really done this time"; nothing will change what I'm going to do; a note so they
    # know it is not their fault; whoever comes first warned not to go up.
    *_each(
        rf"(?:tablets?|pills|meds|medication|insulin|paracetamol|dose\w*|beam|rope|belt|bridge|drop|height|tracks|chemist|pharmacist)\b[^\n]{{0,100}}?\bi\s+know\s+what\s+i\s+(?:was|am|{_A}m)\s+"
        r"(?:really\s+(?:asking|doing|looking\s+for|checking|buying)|(?:measuring|asking|checking|buying|counting|saving)\s+(?:it\s+|them\s+)?for)(?=\s*(?:$|[.!?\n]))"
        r"|(?:sized\s+up|measured|checked|tested|eyed\s+up)\s+the\s+(?:beam|rafters?|banisters?|bannisters?|loft\s+hatch|hook|branch|railing|joists?|door\s+frame)\b(?![^.!?\n]{0,120}?\b(?:light|fitting|wiring|shel(?:f|ves)|swing|hammock|punch\w*\s+bag|pull-?ups?|climb\w*|stand\w*\s+on|ladder|stair\s+gate|boards?|insulation|sofa|tv|mirror|plant)\b)[^\n]{0,80}?\b(?:(?:would|could|'d)\s+(?:hold|take)\s+(?:me|my\s+weight)|i\s+know\s+what\s+i\s+was\s+measuring)"
        r"|(?:insulin|tablets|pills|paracetamol|meds|units)\b[^.!?\n]{0,40}?\b(?:worked|working|did|doing|ran|running)\s+(?:out\s+)?the\s+(?:numbers|maths|math|sums)\b"
        r"(?![^.!?\n]{0,60}?\b(?:trip|holiday|travel\w*|week|pharmacy|refill|dosette|prescription|carbs?|meals?|dinner|dietitian|nurse|clinic|pump|sick\s+day|correction)\b)"
        rf"|(?:i{_A}m|im|i\s+am)\s+done\W+(?:actually|really|properly|truly)\s+done\s+this\s+time(?=\s*(?:$|[.!?,;\n]))(?!,?\s*(?:with|from)\b)"
        rf"|nothing\s+(?:anyone|anybody|you|they|he|she|my\s+\w+)\s+(?:says?|does|can\s+(?:say|do))\s+(?:now\s+)?(?:will|can|could|is\s+going\s+to)\s+(?:change|stop)\s+what\s+i{_A}m\s+(?:going\s+to|about\s+to|gonna)\s+do(?=\s*(?:$|[.!?\n]))"
        rf"|(?:note|letter|message|wrote|written)\b[^.!?\n]{{0,60}}?\b(?:so|and)\s+(?:she|he|they|mum|mom|dad|my\s+\w+)\s+knows?\s+(?:that\s+)?(?:it{_A}s\s+not|it\s+is\s+not|it\s+was\s+not|it\s+isn{_A}t|it\s+wasn{_A}t|it\s+was\s+never)\s+(?:her|his|their|anyone{_A}s|your)\s+fault\b"
        r"|(?:telling|tell|warning|asking)\s+whoever\s+(?:comes|finds|gets\s+here|comes\s+in|arrives)\b[^.!?\n]{0,40}?\bnot\s+to\s+(?:go|come)\s+(?:up|upstairs|in\s+the\s+(?:garage|shed|bathroom|bedroom))\b",
        1.0,
    ),
    # Burden and belonging said sideways, kept narrow: the children better raised by someone else; better off
    # if I were nowhere; the insurance and they'd be fine; nobody calls, "might as well end it"; nobody would
    # come, "which makes it easier to go".
    *_each(
        r"(?:they|the\s+kids|the\s+children|my\s+(?:kids|children|son|daughter|boys|girls))\s*(?:'?d|would)\s+(?:do|be)\s+better\s+with\s+(?:someone|somebody|anyone)\s+else\s+(?:raising\s+them|bringing\s+them\s+up)\b"
        r"|better\s+off\s+if\s+i\s+(?:was|were)\s+(?:nowhere|never\s+born|not\s+anywhere)\b(?!\s+near)"
        r"|(?:(?:they|she|he|we)\s*'?\s*d|would|will)\s+get\s+(?:the|my)\s+(?:insurance|life\s+insurance|payout|pension|death\s+in\s+service)\s+(?:money\s+)?(?:and|then)\s+(?:be\s+)?(?:fine|better\s+off|ok|okay|sorted|set)\b"
        r"|(?:no\s*one|nobody|not\s+one\s+of\s+them)\s+(?:\w+\s+){0,2}?(?:calls?|called|rings?|rang|visits?|visited|comes?|came|cares?|notices?)\b[^\n]{0,80}?\bmight\s+as\s+well\s+(?:finish|end)\s+it(?:\s+(?:all|now))?(?=\s*(?:$|[.!?\n]))"
        r"|(?:nobody|no\s*one)\b[^\n]{0,60}?\b(?:which|that|it)\s+makes?\s+it\s+easier\s+to\s+(?:go|leave)(?=\s*(?:$|[.!?\n]))",
        1.0,
    ),
    # Water, traffic and means said sideways, kept narrow: trains let pass and "the next one I nearly didn't";
    # by the water, only having to wade out; over the side and nobody would hear; a wave taking me "no bad
    # thing"; hoping the ceiling falls in on me; helping myself along; a few kept back from the pill box; a
    # prescription "lost" to get another lot; enough now, counted twice; the gun cabinet's key known now.
    *_each(
        r"(?:trains?|lorries|lorry|buses|cars)\s+(?:\w+\s+){0,2}?(?:pass|go\s+(?:by|past))\b[^\n]{0,20}?\b(?:the\s+(?:next|third|fourth|last|other)\s+one|one\s+of\s+them)\s+i\s+(?:nearly|almost)\s+didn'?t(?=\s*(?:$|[.!?\n]))"
        rf"|(?:sea|water|river|lake|loch|lough|reservoir|canal|tide|waves?|deep)\b[^\n]{{0,80}}?\b(?:i{_A}d|i\s+would|i)\s+only\s+(?:have|need)\s+to\s+(?:wade|walk|step|swim)\s+(?:out|in)(?=\s*(?:$|[.!?\n]))"
        r"|if\s+i\s+(?:went|jumped|stepped|slipped)\s+(?:over\s+the\s+side|off\s+the\s+(?:bridge|pier|cliff|boat|edge|roof|harbour\s+wall))\b[^.!?\n]{0,60}?\b(?:nobody|no\s*one|no-one)(?:\s+\w+){0,3}?\s+(?:would|'d|will)\s+(?:hear|notice|see|know)"
        r"|(?:wave|sea|water|current|tide|ceiling)\s+(?:\w+\s+)?(?:taking|take|took|sweeping|carrying|washing|hitting|falling\s+on)\s+me\s+(?:away\s+|off\s+|under\s+|out\s+)?(?:would|'d)\s+be\s+(?:no\s+bad\s+thing|a\s+relief|a\s+mercy|a\s+blessing|welcome)\b"
        r"|(?:hop|wish|pray)\w*\s+(?:that\s+)?(?:the|a|some)\s+\w+\s+(?:would|will|might|could)\s+(?:fall\s+in|collapse|come\s+down|cave\s+in|crash\s+down)\s+on\s+me\b"
        r"|help(?:ing)?\s+myself\s+along\b(?!\s+(?:with\s+(?:a|my|the)\s+(?:\w+\s+)?(?:stick|frame|walker|crutch\w*|rail)|the\s+(?:road|path|corridor)))"
        r"|(?:kept|keeping|held|holding|saved|saving|put|putting)\s+(?:a\s+few|some|one|two|a\s+couple)\s+back\s+from\s+(?:the|my|each|every)\s+(?:\w+\s+)?(?:dosette|pill\s+box|pillbox|blister\s+packs?|prescriptions?|scripts?)\b"
        r"|lost\s+my\s+(?:prescription|pills|tablets|meds|script)\b[^.!?\n]{0,40}?\bso\s+i\s*'?\s*d\s+get\s+(?:another|more|extra|a\s+new)\s+(?:lot|box|batch|supply|prescription|month|packet|load)"
        rf"|(?:i{_A}ve|i\s+have)\s+(?:got\s+)?enough\s+now\W+(?:counted|checked)\s+(?:them\s+)?(?:twice|again|three\s+times)(?=\s*(?:$|[.!?\n]))"
        r"|i\s+know\s+where\s+(?:the|dad'?s|mum'?s|mom'?s|his|her)\s+(?:key|keys)\s+(?:to|for)\s+the\s+(?:gun\s+|medicine\s+|drugs?\s+)?(?:cabinet|safe|cupboard|locker|box)\s+(?:is|are)\s+now(?=\s*(?:$|[.!?\n]))",
        1.0,
    ),
]

DETECTOR = Detector("crisis", RULES)


# Context: whose crisis, and when. A crisis rule's match stands unless its sentence shows it is
# about someone else, a story, a class or a piece of work, the writer's own past that is over,
# or a screening question answered no. These run only on sentences a rule matched, so they
# cost nothing on ordinary text. Recall matters more than precision: when unsure, it stands.


class _Lazy:
    """A regex compiled on first use, so importing the analyzer stays cheap."""

    __slots__ = ("args", "rx")

    def __init__(self, *args):
        self.args, self.rx = args, None

    def _get(self) -> re.Pattern:
        if self.rx is None:  # "it\s+(?:is|{_A}s)" should read "it's" too, as the rules do
            pattern, *flags = self.args
            self.rx = re.compile(joined_contractions(pattern), *flags)
        return self.rx

    def search(self, text: str):
        return self._get().search(text)

    def finditer(self, text: str):
        return self._get().finditer(text)


_FIRST = r"(?:i|i'm|im|i'd|id|i've|ive|i'll|me|myself|my\s+own|mine)"
_KIN = (
    r"(?:friend|friends|best\s+friend|brother|sister|mum|mom|mother|dad|father|son|daughter|cousin|uncle|aunt|"
    r"auntie|nan|gran|grandma|grandmother|grandad|grandpa|grandfather|grandparents?|partner|wife|husband|"
    r"boyfriend|girlfriend|ex|colleague|coworker|co-worker|boss|client|patient|neighbour|neighbor|flatmate|"
    r"roommate|kid|kids|child|children|student|students|teammate|classmate|parents?|family\s+member|niece|nephew|"
    r"mate|bestie|bff|pal|buddy|teacher|teachers|tutor|coach|mentor|manager|landlord|landlady|teenager|teen|"
    r"character|avatar|dog|cat|pet|team|choir|band|squad|orchestra|cast|crew|quiz\s+team)"
)
# A relative named as the owner of a thing ("my dad's pills", "my mum's sleeping tablets") is not
# who the clause is about; "my dad's been", "my friend's cutting" (a contraction) is.
_OWNER = (
    rf"(?!\s*'\s*s\s+(?=\w)(?!(?:\w+\s+)?{_KIN}\b)(?!(?:been|got|gone|not|just|always|never|still|really|so|very|a|an|the|in|at|on|out|back|off|"
    r"up|down|had|told|said|made|also|now|finally|already|constantly|probably|self|suicidal|depressed|dead|okay|ok|fine|"
    r"better|worse|worried|scared|sad|unwell|ill|sick)\b)(?!(?!sleeping|hunting|shaving|walking)\w+(?:ing|ed)\b)"
    r"(?!(?:\w+\s+)?(?:thoughts|moods?|depression|anxiety|mind|head|mental\s+health|urges|feelings|demons|darkness|struggles?)\b))"
)
# "I'm a student who...", "just a friend who...": the writer, named by what they are.
_NOT_ME_AS = r"(?<!\bi'm\s)(?<!\bim\s)(?<!\bam\s)(?<!\bjust\s)(?<!\bas\s)(?<!\bbeing\s)"
# Who a clause is about: the nearest person before the match.
_PERSON = _Lazy(
    rf"\b(?:(?P<other>^\s*{_KIN}(?:'?s)?(?!\s*[,!]|\s+(?:want|wanna|need|gonna|cant|can't|i|im|i'm|ill|i'll)\b)|(?<![\w'])(?!(?:i|it|that|there|what|who|he|she|here|let|one)')[a-z]+(?:'s|s')\s+(?:\w+\s+)?{_KIN}\b|he|she|they|him|her|them|we|us|his|hers|their|theirs|someone|somebody|people|(?<!a\s)person|anyone\s+who|"
    rf"(?:my|our|{_NOT_ME_AS}a|his|her|their|your)\s+(?:\w+\s+)?{_KIN}{_OWNER}|the\s+(?:\w+(?:'s)?\s+)?(?:man|woman|boy|girl|king|queen|hero|villain|killer|poet|"
    rf"heroine|character|soldier|narrator|protagonist|detective|author|singer|actor|father|mother|teenager|patient|"
    rf"victim|guy|lady|couple)|a\s+(?:man|woman|boy|girl|teenager|guy|lady|character|soldier|father|mother)|(?:some|the|a|this|that)\s+(?:idiot|bloke|lad|chap|guy|driver|cyclist|biker|stranger|passenger|pedestrian|fool|numpty|eejit))"
    rf"|(?P<me>{_FIRST}|my))\b"
)
_FIRST_IN = _Lazy(rf"\b{_FIRST}\b|\bmy\b(?!\s+(?:\w+\s+)?{_KIN}\b)")
# A person just after a verb of telling or giving, or after "for" or "to", is its object ("already
# told them", "wrote down my login for my brother"), not the one the clause is about...
_AS_OBJECT = _Lazy(
    r"\b(?:told|tell|telling|gave|give|giving|asked|showed|sent|texted|messaged|called|rang|thanked|hugged|"
    r"kissed|paid|left|leave|leaving|write|writing|wrote|written|post|posting|thanking|texting|messaging|calling|ringing|hugging|visiting|love|loved|hug|miss|missed|visit|visited|phone|phoned|thank|for|to|with|set|let|spare|free|save|relieve|release|burden|carry|carrying|drag|dragging|fail|failing|disappoint)\s+(?:all\s+)?$"
)
# The writer named by a role, set against someone: "my husband deserves better than a wife who wants to die".
_ME_BY_ROLE = _Lazy(r"\b(?:better\s+than|more\s+than|instead\s+of)\s+(?:me\s*,?\s*)?$")
# ...unless what follows makes it the subject ("to my friend who wants to die", "told her she").
_SUBJECT_AFTER = _Lazy(r"\s*,?\s*(?:who|that|which|he|she|they|is|was|has|had|wants|said|says|keeps|kept)\b")
# A match that starts with a verb in -ing right after the person makes them its doer: "the film ends with
# him driving off the cliff", "a story about her taking the pills".
_ING_FIRST = _Lazy(
    r"(?!(?:some|no|any|every)?thing\b|morning\b|evening\b|during\b|ceiling\b|wedding\b|building\b|sibling\b|king\b|ring\b|spring\b)\w+ing\b"
)
# Words about suicide as a subject (a topic of talk), rather than what the writer says of themself.
_TOPIC_WORD = _Lazy(
    r"suicid|self[\s-]*(?:harm|injur|mutilat)|overdos|lethal|fatal|deadly|take\s+(?:his|her|their)\s+own"
)
# A story, a class, a piece of work or a cause: the sentence talks about the subject.
_TOPIC_CUE = _Lazy(
    r"\b(?:film|films|movie|movies|novel|novels|book|books|book\s+club|series|tv|show|episode|season|character|"
    r"characters|story|stories|plot|play|poem|poems|poetry|song|songs|lyrics|documentary|podcast|podcasts|article|"
    r"articles|(?<!bad\s)(?<!good\s)(?<!worst\s)(?<!best\s)(?<!awful\s)(?<!terrible\s)news|headline|report|lecture|lectures|class|classes|course|module|seminar|workshop|thesis|essay|"
    r"dissertation|textbook|paper|study|research|researching\s+(?:for|on)|statistics|rates|risk\s+factors|exam|"
    r"training|trained|volunteer|volunteers|volunteering|prevention|awareness|charity|campaign|fundraiser|"
    r"hotline|helpline|crisis\s+line|counsellor|counselor|counselling|counseling|nurse|nursing|pharmacology|"
    r"history|opera|scene|game|fiction|museum|exhibition|title|titled|thriller|horror|sitcom|trailer|album|lyrics?|chorus|karaoke|quiz|trivia|homework|coursework|assignment|talk\s+about|teach|teaches|teaching|taught)\b"
)
# The match is what the writer says of themself: "I feel suicidal", "my suicide note", "I've been self-harming".
_OWN_BEFORE = _Lazy(
    r"(?:\b(?:i|i'm|im|i\s+am|i've|ive|i\s+have|i\s+feel|i\s+felt|i'm\s+feeling|feeling|i\s+was|i've\s+been|"
    r"ive\s+been|i\s+have\s+been|been|my|i\s+keep|i\s+want\s+to|i\s+wanna|i\s+attempted|i\s+tried)\s+(?:\w+\s+)?"
    # a question put to the writer: "asked whether I'd thought about self harm", "if I had ever had thoughts of"
    r"|\b(?:asked|asks|asking|wanted\s+to\s+know|wants\s+to\s+know|checked)\s+(?:me\s+)?(?:if|whether)\s+"
    r"(?:i'd|id|i\s+had|i\s+have|i've|ive)\s+(?:ever\s+|recently\s+|lately\s+)?(?:had\s+)?(?:any\s+)?"
    r"(?:thought|thoughts|been\s+thinking)\s+(?:about|of)\s+)$"
)
# ...or "myself" after it: "I'm a nurse and I've been thinking about taking an overdose myself" (the job is no
# topic when the writer turns to themself).
_MYSELF_AFTER = _Lazy(r"\s+(?:myself|my\s*self)\b")
# The writer's own past, over now ("years ago", "used to", "but I'm well now").
_PAST = _Lazy(
    r"\b(?:(?:back\s+)?in\s+(?:19\d\d|20[01]\d|202[0-4])\b|years?\s+ago|months\s+ago|long\s+ago|a\s+long\s+time\s+ago|when\s+i\s+was\s+(?:a\s+|in\s+|at\s+)?(?:teen\w*|younger|"
    r"kid|child|little|student|school|college|uni|university|\d+|fifteen|sixteen|seventeen|fourteen|thirteen|twelve|eleven|eighteen|nineteen|twenty\w*|"
    r"drinking|using|depressed|at\s+my\s+worst)|(?:summers?|winters?|springs?|autumns?)\s+ago|the\s+old\s+days|an?\s+old\s+memory|"
    r"the\s+first\s+(?:year|months|winter|christmas)\b(?![^.!?\n]{0,40}?\b(?:is|has\s+been)\b)|years\s+(?:spent|of)\s+(?:believing|thinking|feeling|wanting)|"
    r"(?:was|were)\s+at\s+(?:its|their|my)\s+worst|last\s+(?:year|winter|summer|spring|autumn)\s+i\s+(?:truly\s+|really\s+|honestly\s+|genuinely\s+)?(?:believed|was\s+sure|was\s+convinced)|this\s+time\s+last\s+(?:year|winter|summer|spring|autumn)|(?:back\s+)?in\s+the\s+(?:bad|dark|worst)\s+(?:years|days|times|months)|last\s+(?:winter|summer|spring|autumn|year)\s+(?:you|i)\s+(?:did\s+not|didn'?t|felt|wanted|couldn'?t|could\s+not)\b|the\s+old\s+(?:wish|urge|thought)|came\s+back\s+as\s+a\s+memory|in\s+my\s+first\s+(?:years?|months|weeks)\s+(?:here|in\s+\w+)\s*,?\s*i\s+(?:felt|was|thought|believed|wanted|used|had|didn'?t|couldn'?t)\b|(?:sober|clean)\s+(?:for\s+)?(?:\w+\s+)?(?:years|months)|(?:safe|well|better)\s+and\s+(?:safe|well|better|happy)\s+now|"
    r"(?:i'?m|im|i\s+am)\s+(?:\d+|thirty\w*|forty\w*|fifty\w*|sixty\w*)\s+now|the\s+last\s+time\s+i\s+(?:\w+\s+){1,4}?was\s+(?:in\s+|back\s+in\s+)?(?:\d{4}|years\s+ago|ages\s+ago|a\s+long\s+time\s+ago|at\s+(?:school|uni|college))|how\s+far\s+i\s*'?\s*ve\s+come|"
    r"as\s+a\s+(?:teen\w*|kid|child|student)|at\s+(?:the\s+age\s+of\s+\d+|age\s+\d+|(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b(?!\s*(?:minutes|mins|past|to\b|o'?\s*clock|tonight|today|tomorrow|this|am\b|pm\b|sharp|:)))|(?<!\bwe\s)(?<!\bthey\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\byou\s)used\s+to|in\s+the\s+past|back\s+then|in\s+my\s+(?:teens|twenties|thirties|forties|fifties|youth)|"
    r"(?:have|has)n'?t\s+(?:since|for|in)|have\s+not\s+(?:since|for|in)|not\s+(?:since|for\s+(?:years|ages|a\s+long))|"
    r"(?:haven'?t|havent|have\s+not|hasn'?t|hasnt)\s+(?:(?:self[\s-]?harmed|harmed\s+myself|hurt\s+myself|cut|cut\s+myself|burned\s+myself|burnt\s+myself|"
    r"relapsed|attempted|tried\s+again|been\s+suicidal|felt\s+(?:like\s+)?that|had\s+(?:those|the|any)\s+(?:thoughts|urges)|thought\s+about\s+it)\s+)(?:in|for)\s+(?:over\s+|nearly\s+|almost\s+|about\s+|more\s+than\s+)?(?:a\s+year|[\w-]+\s+(?:years|months)|years|ages|a\s+long\s+time)|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?:years?|months)\s+(?:clean|free|harm[\s-]free|self[\s-]harm[\s-]free|without\s+(?:cutting|self[\s-]harm\w*|hurting\s+myself))|"
    r"(?:doing|been|am|i'm|im|is|are|she'?s|he'?s|they'?re|we'?re)\s+(?:so\s+|much\s+|a\s+lot\s+|really\s+)?(?:better|well|fine|safe|safer|"
    r"okay|ok|good)\s+(?:now|for|since|these\s+days)|that\s+passed|it\s+passed|(?:recovered|recovery)|helped\s+me\s+(?:see|through)|"
    r"(?:survived|got\s+through)\s+(?:it|that)|back\s+(?:at|in)\s+(?:uni|school|college|university|high\s+school|sixth\s+form|the\s+day|\d{4})|it\'?s\s+been\s+(?:\w+\s+)?(?:years|months)|in\s+a\s+(?:\w+\s+)?(?:good|better|great|much\s+better)\s+place\s+now)\b"
)
# Words one of which each way of telling the past over holds: a cheap test before the regex.
_PAST_HINT = _Lazy(
    r"ago|when|now|last|19\d\d|20[0-2]\d|far|teen|kid|child|student|used|past|back|twenties|youth|n't|not|havent|hasnt|year|month|"
    r"ok|good|well|fine|safe|better|passed|recover|helped|survived|through|place|summer|winter|spring|autumn|old|worst|"
    r"sober|clean|thirties|forties|fifties|drinking|using|depressed|first|spent|memory|bad|dark"
)
# ...unless it is back: the past is not over when it happens again or still does, or when "years
# ago" sits inside a wish held now ("I should have been gone years ago") or beside a plan now.
_NOW = _Lazy(
    r"\b(?:again|lately|these\s+days|still(?!\s+(?:here|alive|around|standing|breathing|with\s+us|surprises|amazes|shocks|astonishes|(?:have|keep|carry)\s+(?:the|that|a)\s+(?:note|letter|card)))|tonight|right\s+now|relaps\w*|coming\s+back|came\s+back(?!\s+as\s+a\s+memory)|"
    r"(?:is|are|'s|s)\s+back|returned|started|starting|this\s+(?:week|morning|evening)|tempted|urges?\s+(?:is|are|'s|s|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:back|strong|bad|loud)|but\s+i\s+(?:want|wanna|need)\s+to|"
    r"(?:should|shoulda)(?:\s+have|\s*'?\s*ve|\s+of)?\s+(?:\w+\s+){0,2}?(?:been\s+(?:gone|dead)|died|killed|ended|done\s+it|gone\s+through)|"
    r"wish\s+i\s*(?:'?\s*d|\s+had)\s+(?:\w+\s+)?(?:died|been\s+(?:gone|dead)|done\s+it|killed|ended)|"
    r"(?:i'?m|im|i\s+am)\s+(?:\w+\s+)?(?:going|gonna)\s+(?:to\s+)?(?:finally\s+|actually\s+)?(?:do\s+it|end|kill|die|take|jump|hang|overdose)|do\s+what\s+i\s+should\s*(?:'?\s*ve|\s+have|\s+of)\s+done)\b"
)
# A screening question answered no.
_SCREEN_NO = _Lazy(
    r"\b(?:asked|asks|asking|screening|questionnaire|form|survey|question|checks?\s+in|checked\s+in|session)\b[^.!?\n]*?"
    r"(?:\b(?<!n't\s)(?<!nt\s)(?<!not\s)(?:said|say|answered|answer|told\s+(?:her|him|them|the\s+\w+)|replied|ticked|circled|wrote)\s*,?\s*(?:that\s+)?(?:honestly\s+|truthfully\s+|just\s+|simply\s+|straight\s+away\s+|firmly\s+)?"
    r"(?:no\b|never\b|not\b|none\b|i\s+(?:don't|dont|do\s+not|haven't|havent|have\s+not|never|had\s+not|hadn't))"
    r"|\b(?:i\s+(?:have|had)\s+none|i(?:'ve|ve|\s+have)\s+had\s+none|honestly\s+say\s+(?:no|i\s+(?:have|had)\s+none|i\s+(?:don't|haven't|never))))"
    # the same told the other way round: "I answered no when the nurse asked if ..."
    r"|\b(?:said|say|answered|answer|replied|ticked|circled)\s+(?:a\s+)?(?:firm\s+|straight\s+|honest\s+)?(?:no|never|not\s+at\s+all)\b[^.!?\n]{0,30}?"
    r"\b(?:when|as|after|because)\s+(?:the\s+\w+|she|he|they|my\s+\w+(?:\s+\w+)?)\s+(?:asked|asks|checked|wanted\s+to\s+know)\b"
)
# ...unless the writer takes the no back: "I said no but I lied".
_NO_TAKEN_BACK = _Lazy(
    r"\b(?:but\s+i\s+(?:lied|was\s+lying|do|did|have|am|was)|i\s+lied|lying|(?:was|is)\s+a\s+lie|(?:wasn'?t|isn'?t|not)\s+true|truth\s+is"
    # a no given for what it gets the writer, which is why people say it when it is not true: "so she'd let me go",
    # "because a yes means they keep you in"
    r"|no\s*,?\s+(?:just\s+)?(?:so|to\s+make\s+sure)\s+(?:that\s+)?(?:she|he|they|the\s+\w+|nobody|no\s+one|everyone)\s*(?:'d|d|would|'ll|will)?\s*"
    r"(?:let\s+me\s+(?:go|leave|out|home)|leave\s+me\s+(?:alone|be)|stop\s+asking|(?:not|wouldn'?t|won'?t|didn'?t)\s+(?:worry|call|ring|tell|panic|section|keep|admit|phone))"
    r"|because\s+(?:a\s+|saying\s+|ticking\s+|answering\s+)?yes\s+(?:means|would\s+mean|gets|and\s+they)"
    r"|(?:but|and)\s+i(?:'ve|\s+have)?\s+(?:think|thought)\s+(?:of|about)\s+nothing\s+else(?=\s*(?:$|[.!?;]|since\b|lately\b|for\s+weeks\b)))\b"
)
# Words one of which each way of answering a screening question no holds: a cheap test before the regex.
_SCREEN_HINT = _Lazy(r"ask|screen|question|form|survey|check|session|wanted")
# An everyday reason in the same sentence cancels the soft (guarded) rules: a plan, a goodbye,
# being away or giving things away for a trip, a move, a job or a wedding.
# Where no one moves to live: "moving to the viaduct", "moving to a better world", "moving on to the other side".
_DARK_PLACE = (
    r"(?:a\s+|the\s+|my\s+)?(?:heaven|paradise|better\s+(?:place|world)|other\s+side(?!\s+of)|hereafter|afterlife|eternal\s+\w+|eternity|"
    r"void|oblivion|nothingness|grave|cemetery|churchyard|crematorium|sky|stars|bottom\s+of|river|bridge|viaduct|edge(?!\s+of)|tracks|railway\s+line|"
    r"roof|car\s+park|multi-?storey|canal|motorway|cliffs?|pier|quarry|place\s+(?:nobody|no\s+one)|next\s+(?:life|world)|six\s+feet|"
    r"final\s+\w+)\b(?!\s+(?:road|street|lane|hill|lodge|house|avenue|close|drive|way|terrace|gardens|park|view|estate|cottage|farm|village))"
)
_EVERYDAY = _Lazy(
    r"\b(?:holiday|holidays|vacation|trip|travel\w*|abroad|away\s+(?:for|on|at|next|this)|conference|business|"
    rf"work(?:ing|ed)?(?!\s+(?:myself\s+)?up\s+(?:to|the|my)|\s+out\s+(?:the|how|which|what|when|where|whether|if|a|my)\b)|job|shift|office|retir\w*|(?:moving|move|moved)(?!\s+(?:on\s+|over\s+|out\s+)?to\s+{_DARK_PLACE})|new\s+(?:flat|house|home(?!\s+for\s+(?:the|my|our|her|his)\s+(?:cat|dog|pet|kitten|puppy|rabbit|bird|budgie|hamster))|city|job)|in-?laws|(?:christmas|work|office|staff|leaving)\s+do|admin|brambles|thorns|nettles|blackberr\w*|rose\s*bush\w*|won'?t\s+fit|fit\s+under|upgrad\w+|replac\w+|new\s+(?:one|model|phone|laptop|console)|tow\w*|trailer|hammock|oven|tray|hob|stove|kettle|baking|boxing|kickboxing|sparring|punch\w*\s*bag|hotel|spa|phone\s+off|offline|detox|pay\s+rise|raise|promotion|salary|errands?|chores|off\s+to\s+(?:uni|university|college)|dishes|washing\s+up|laundry|ironing|hoover\w*|karaoke|quiz|standup|stand-up|meetings?|excuse\s+to|wedding|"
    r"honeymoon|party|birthday\s+party|choir|club|society|band|league|orchestra|first\s+date|date\s+night|proposal|anniversary|reunion|surprise|career|industry|retrain\w*|profession|festival|camping|exchange|semester|term|course|visit\w*|"
    r"on\s+leave|leave\s+from|dentist|doctor's|appointment|(?:a|my|this|got\s+a|have\s+a|caught\s+a|with\s+a)\s+cold(?!\s+(?:water|sea|lake|river|ground))|flu|sick\b|exams?\b|gym|class|"
    r"charity|charity\s+shop|donat\w+|declutter\w*|clear\w*\s+out|spring\s+clean\w*|baby|mortgage|"
    r"shaver|shaving|washing\s+line|tent|garden|kitchen|cooking|dinner|recipe|diy|climbing|sailing|boat|"
    r"pharmacy|pharmacist|prescribed|collect\w*\s+(?:stamps|coins)|promise|marathon|race|interview|sign\w*\s+up|"
    r"applied|apply|application|diet|booked|booking|test|lesson|lessons|team|colleagues|coworkers|students|"
    r"picnic|photos?|fishing|flight|surgery|operation|organi[sz]er|dosette|pill\s*box|weekly|for\s+the\s+week|as\s+directed|prescription|"
    r"(?:adviser|advisor|solicitor|lawyer|accountant|notary|hr|unit|regiment|bank|employer)\s+(?:said|says|told|tells|insisted|recommended|recommends|advised|suggested)|"
    r"(?:insisted|recommended|advised|suggested)\s+(?:we|us|everyone|all\s+of\s+us)|every\s+(?:couple|adult|parent|grown-?up|household|family)\s+should|"
    r"sanding|sand\w*\s+the\s+floors|ask\s+(?:him|her|them)\s+out|(?:re)?(?:paint|decorat|wallpaper|tid|clean|carpet|til)\w*\s+the\s+"
    r"(?:hallway|hall|lounge|living\s+room|kitchen|bathroom|bedroom|spare\s+room|landing|stairs|ceiling|walls|skirting|floors|oven)|"
    r"(?:until|till|til)\s+(?:next\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|the\s+weekend|the\s+holidays|summer|spring|autumn|"
    r"winter|christmas))\b"
)

# A reason denied or pretended is none: "not for shaving", "not for any class", "pretending it's
# for a story", "telling them it's for work".
_NOT_THE_REASON = _Lazy(
    r"(?:[,;]\s*|\b(?:and|but|though|and\s+it'?s|it'?s|its|i'?m|i\s+am|me)\s+)(?:not|isn't|isnt|wasn't|wasnt|nothing\s+to\s+do\s+with)\s+(?:really\s+|actually\s+|just\s+)?(?:for|about|because\s+of|on(?!\s+purpose)|talking\s+about|meaning)"
    r"\s+(?:a\s+|an\s+|any\s+|the\s+|my\s+|some\s+)?\w+(?:\s+\w+)?"
    r"|\b(?:pretend\w*|say(?:ing)?|said|told\s+\w+|tell(?:ing)?\s+\w+|claim\w*)\s+(?:that\s+)?(?:it'?s|it\s+is|it\s+was|they'?re|they\s+are)"
    r"\s+(?:for|about)\s+(?:a\s+|an\s+|the\s+|my\s+)?\w+(?:\s+\w+)?"
    r"|\b(?:it\s+|it'?s\s+|its\s+|this\s+)?(?:isn'?t|isnt|is\s+not|wasn'?t|wasnt|not)\s+(?:a|an|some)\s+(?:holiday|trip|vacation|break|getaway|move|work\s+thing)\b"
    r"|\b(?:don'?t|dont|do\s+not)\s+mean\s+(?:from\s+|at\s+|on\s+|for\s+|in\s+)?(?:a\s+|an\s+|the\s+|my\s+)?\w+"
    r"|\b(?:don'?t|dont|do\s+not|didn'?t|won'?t)\s+need\s+(?:it\s+|them\s+)?for\s+(?:a\s+|an\s+|the\s+|my\s+|any\s+)?\w+"
    r"|\b(?:not|isn'?t|isnt|is\s+not|wasn'?t|wasnt|ain'?t)\s+(?:in\s+|about\s+)?(?:a|an|the|some|my|this)\s+(?:video\s+)?(?:game|story|film|movie|book|show|novel|joke|bit|drill|class|essay|role\s*play)\b"
)
# Words one of which each way of denying or pretending a reason holds: a cheap test before the regex.
_REASON_HINTS = ("not", "n't", "nt ", "pretend", "say", "said", "told", "tell", "claim")
# Words no everyday reason explains away.
_STRONG = _Lazy(
    r"suicid|kill|unaliv|\bkms\b|\bkys\b|\bdie\b|\bdead\b|end\s+(?:it|my\s+life)|take\s+my\s+(?:own\s+)?life"
    # harm told as the way the writer copes ("burnt myself on the hob again, it's the only thing that helps")
    r"|only\s+thing\s+that\s+(?:helps|works|calms\s+me|stops\s+(?:it|the\s+noise)|numbs\s+it|makes\s+(?:it|the\s+noise|me)\b)"
    r"(?=\s*(?:$|[.!?,;:\n]|now|any\s*more|anymore|these\s+days))"
)
# The writer's own wish or act beside the work named: "I want to die, not for a class" is removed above;
# "I keep thinking of killing myself while writing my essay" stands.
_STRONG_OWN = _Lazy(
    r"\b(?:i|i'm|im|i've|ive)\s+(?:\w+\s+){0,2}?(?:want(?:ed)?\s+to\s+die|kill(?:ing)?\s+myself|wanna\s+die|suicidal|hurt(?:ing)?\s+myself|self[\s-]?harm)"
)
# A joke marker: "if I have to sit through one more meeting I'll jump out the window haha".
# It clears a match only when no word of death or suicide is there ("I want to die lol" stands).
_JOKE = _Lazy(r"\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|just\s+kidding|only\s+joking|kidding)\b")
# Words one of which each joke marker holds: a cheap test before the regex.
_JOKE_HINT = _Lazy(r"lol|lm|rofl|haha|hehe|jk|kidding|joking")
# ...unless the sentence says the laugh is a cover: "they think I'm joking, they don't know it's the last one".
_NO_JOKE = _Lazy(
    r"\b(?:don'?t|dont|doesn'?t|didn'?t|won'?t|wont|never)\s+know\s+(?:it'?s|its|it\s+is|it\s+was|that|this\s+is|this\s+was)\s+"
    r"(?:really\s+)?(?:the\s+|my\s+)?(?:last|final|goodbye|for\s+real|for\s+good)|\bnot\s+(?:joking|kidding)|\bfor\s+real\b"
)
# Words that a quotation is someone else's: a song sung, a title, a line spoken in a story.
# A clear plan of the writer's own, which no joke marker beside it explains away: "lol I've bought
# the rope", "i'm going to take all my pills tonight haha". A plan hung on "if" is still hyperbole.
_OWN_PLAN = _Lazy(
    r"\b(?:i|i'm|im|i've|ive|i\s+have|i\s+am)\s+(?:\w+\s+){0,3}?(?:written|wrote|bought|got|saved|saving|stockpil\w*|picked|set|chose|chosen|decided|planned|planning|said\s+goodbye|worked\s+out|figured\s+out|ready\s+to\s+go)\b"
    r"|\b(?:the|my)\s+(?:pills|tablets|meds|rope|gun|blade|razor|note|letters?)\s+(?:is|are)\s+(?:ready|on|in|by|under|next\s+to|beside)\b"
    r"|\b(?:tonight|tomorrow|today|this\s+(?:weekend|week|evening|morning)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+date)\b"
)
# Slang for killing oneself that people also use for an everyday annoyance: "kms this printer jammed again".
_SLANG_ONLY = _Lazy(r"(?:kms|un[\s-]?aliv\w*)\b")
_SELF_NEXT = _Lazy(r"\s*(?:my\s*self|me|meself)\b")
# ...which reads as hyperbole beside an everyday thing gone wrong and no other sign of risk.
_ANNOYANCE_WORDS = (
    r"\b(?:printer|printers|meeting|meetings|wi-?fi|internet|laptop|computer|pc|phone|app|update|train|bus|tube|traffic|"
    r"queue|delay\w*|late|jammed|crash\w*|lag\w*|broke|broken|runs?\s+over|spreadsheet|emails?|inbox|alarm|monday|"
    # a device gone flat or dead: "kms my phone died again", "battery on 1%"
    r"battery|batteries|charger|charging|airpods|earbuds|headphones|controller|ipad|iphone|macbook|kindle|signal|power\s+cut|"
    r"game|boss\s+fight|boss|level|raid|respawn\w*|party|team|match|ref|referee|essay|homework|deadline|exam|quiz|song|"
    r"weather|rain|neighbours?|noise|cringe|embarrass\w*|awkward|autocorrect|typo|spoiler\w*|episode|season\s+finale)\b"
)
_ANNOYANCE = _Lazy(_ANNOYANCE_WORDS)
_OTHER_RISK = _Lazy(
    r"\b(?:tonight|tomorrow|for\s+real|fr|not\s+(?:joking|kidding)|seriously|actually|really|going\s+to|gonna|want|wanna|"
    r"need|plan\w*|ready|anymore|any\s+more|can'?t\s+(?:do|take|cope|go\s+on)|done\s+with|nobody|no\s+one|burden|hate\s+(?:myself|me|my\s+life)|"
    r"die|dying|(?<!phone\s)(?<!phone's\s)(?<!phone\sis\s)(?<!battery\s)(?<!battery's\s)(?<!battery\sis\s)(?<!laptop\s)(?<!laptop\sis\s)dead|"
    r"suicid\w*|end\s+it|goodbye|pills|rope|bridge|worthless|hopeless|alone)\b"
)
_QUOTE_SOURCE = _Lazy(
    r"\b(?:song|songs|sing|sings|singing|sang|belt\w*|humm\w*|stuck\s+in\s+my\s+head|lyrics?|chorus|title|titled|villain|hero|"
    r"heroine|character|narrator|whisper\w*|line\s+(?:from|in)|quote|quoted|film|movie|episode|show|book|poem|album|track|"
    r"playlist|karaoke|radio|theatre|theater|stage|credits|puppet|cartoon|anime|manga|comic|musical|panto|pantomime|"
    r"(?:says|said|screams|screamed|shouts|shouted|yells|yelled|mutters|muttered|cries|cried)\s+(?:the|a|an|my|his|her|he|she|they))\b"
    r"|\"\s*,?\s*(?!i\s)(?:\w+\s+){1,2}?(?:says|said|sobs|sobbed|growls|growled|whispers|whispered|hisses|hissed|snarls|snarled|sighs|sighed|"
    r"announces|announced|declares|declared|mutters|muttered|screams|screamed|shouts|shouted|yells|yelled|wails|wailed|sings|sang)\b"
)


_SECRET_LAST_RX = _Lazy(_SECRET_LAST)

# A habit given up and taken up again is not self-harm: "relapsed and had a cigarette", "47 days
# clean off the drink and I had a pint", "broke my streak on the running app"...
_HABIT_MATCH = _Lazy(r"\b(?:relaps\w*|clean|streak|sober|sobriety)\b")
_HABIT = _Lazy(
    r"\b(?:alcohol|drink\w*|drunk|booze|pints?|beers?|wine|vodka|gin|smok\w*|cigs?|cigarettes?|fags?|vap\w*|nicotine|"
    r"weed|heroin|coke|cocaine|drugs?|rehab|gambl\w*|betting|sugar|crisps|chocolate|snacks?|junk\s+food|takeaways?|caffeine|"
    r"coffee|porn|social\s+media|duolingo|app|diet|gym|running|nails?|biting)\b"
)
# ...unless a sign of harm is in the same sentence ("relapsed with the razor after a month sober").
_HARM_SIGN = _Lazy(
    r"\b(?:cut\w*|blades?|razors?|burn\w*|self[\s-]?harm\w*|hurt\w*\s+myself|bleed\w*|bled|scars?|suicid\w*|overdos\w*|pills|tablets|die|kill\w*)\b"
)
# Death thought of in grief, after someone's death, is not a wish of one's own: "thinking about
# death a lot since my nan passed"; wanting to join them is.
_DEATH_ONLY = _Lazy(r"\b(?:death|dying|mortality)\b")
_GRIEF = _Lazy(
    r"\b(?:since|after|because)\s+(?:my|our|a|her|his|their)\s+(?:\w+\s+){0,2}?(?:passed|died|death|funeral)|"
    r"\b(?:grie(?:f|ving|ve)|bereave\w*|mourning|passed\s+away|funeral)\b"
)
# A burden of a practical kind, with nothing of death or absence beside it: asking for lifts,
# being off sick, the team covering shifts ("I feel like such a burden, going to get my licence").
_BURDEN_MATCH = _Lazy(r"\bburden")
_PRACTICAL = _Lazy(
    r"\b(?:lifts?|driving|licen[cs]e|favours?|favors?|off\s+sick|sick\s+(?:note|leave|day)|shifts?|the\s+team|colleagues|"
    r"coworkers|workmates|rota|babysit\w*|crutches|a\s+cast|broken\s+(?:leg|arm|ankle|wrist|foot)|"
    r"surgery|op|operation|recover\w*|the\s+move|moving|childcare|school\s+run|nhs|physio\w*|knee|hip|injur\w*|waiting\s+list)\b"
)
_ABSENCE = _Lazy(
    r"\b(?:better\s+off|without\s+me|gone|dead|die|disappear\w*|not\s+(?:here|around|alive)|wasn'?t\s+(?:here|around)|"
    r"relieved|kill\w*|suicid\w*|overdos\w*|attempt\w*|pills|end\s+it|any\s*more|anymore|exist\w*|alive)\b"
)
# A near miss told as an accident: "stepped out in front of a bus by mistake, scared myself".
_ACCIDENT = _Lazy(
    r"\b(?:by\s+(?:mistake|accident)|accidentally|without\s+looking|wasn'?t\s+looking|"
    r"(?:didn'?t|did\s+not)\s+(?:see|spot|notice)\s+(?:the|a|that)\s+(?:car|bus|van|lorry|truck|bike|cyclist|train|tram|kerb|curb|step|edge|lights?|ice)|"
    r"(?:didn'?t|did\s+not)\s+look\s+(?:both\s+ways|properly|left|right|where)|"
    r"near\s+miss|close\s+call|scared\s+(?:myself|me|the\s+life)|gave\s+myself\s+a\s+fright|nearly\s+got\s+(?:hit|run\s+over|knocked)|"
    r"(?:not|wasn'?t|wasnt|never)\s+on\s+purpose(?=\s*(?:$|[.!?,;\n]))|(?:didn'?t|did\s+not)\s+mean\s+to\s+(?:cut|burn|hurt|scratch|nick|hit|bang|do\s+that)\b(?!\s+(?:myself\s+)?(?:so\s+|that\s+|this\s+)?(?:deep|much|many|bad|hard))|"
    r"(?:dicing|chopping|slicing|peeling|carving|grating|whittling)\s+(?:up\s+)?(?:the\s+|some\s+|a\s+|an\s+)?(?:\w+\s+)?(?:onions?|carrots?|potato\w*|veg\w*|garlic|tomato\w*|peppers?|bread|meat|chicken|apples?|cheese|herbs?|wood|sticks?|pumpkins?|turkey|roast|fruit|salad|lemons?|limes?|ham|beef|lamb|fish|chillies|chilli|ginger|cabbage|squash|parsnips?|spuds|mango|pineapple|melon|leeks?))\b"
)
# Words one of which each way of helping or of an accident holds: a cheap test before the regex.
_HELPING_HINTS = ("driv", "drove", "took", "tak", "walk", "went", "stayed", "sat ", "helped")
_ACCIDENT_HINTS = (
    "mistake",
    "accident",
    "looking",
    "look ",
    "miss",
    "call",
    "scared",
    "fright",
    "nearly",
    "didn",
    "did not",
    "purpose",
    "mean to",
    "dicing",
    "chopping",
    "slicing",
    "peeling",
    "carving",
    "grating",
    "whittling",
)
_ON_PURPOSE = _Lazy(
    r"\b(?:(?<!not\s)(?<!n't\s)(?<!nt\s)(?<!never\s)on\s+purpose|deliberately|not\s+sure|the\s+(?:next|rest|others?|second)|kept\s+\w+ing|felt\s+(?:good|better|right)|(?<!didn't\s)(?<!didnt\s)(?<!not\s)meant\s+(?:to|it)|want\w*|wish\w*|hop\w*|not\s+(?:by\s+)?(?:an?\s+)?(?:accident|mistake)|"
    r"wasn'?t\s+(?:by\s+)?(?:an?\s+)?(?:accident|mistake)|pretend\w*|"
    rf"{_TOLD}\s+(?:\w+\s+){{0,3}}?(?:(?:that\s+)?it\s+was\s+)?(?:by\s+)?(?:an?\s+)?(?:accident|mistake)|"
    r"look(?:ed)?\s+like|care|cared|point|any\s*more|part\s+of\s+me|"
    r"how\s+close|came\s+close|almost|nearly\s+(?:did|went|jumped|let|stepped)|urges?|tempt\w*|thought\s+about)\b"
)
# The writer helping someone else through theirs: driving him to A&E, sitting with her while she rang the line.
_HELPING = _Lazy(
    r"\b(?:driv\w*|drove|took|taking|take|walk\w*|went\s+with)\s+(?:him|her|them|my\s+\w+)\s+(?:to|into)\s+(?:a&e|a\s+and\s+e|the\s+er|er|hospital|the\s+hospital|the\s+gp|the\s+doctor|(?:his|her|their)\s+appointment|the\s+crisis\s+(?:team|centre|center))"
    r"|\b(?:stayed|sat|stayed\s+on\s+the\s+(?:phone|line))\s+with\s+(?:him|her|them)\s+(?:while|until|till|as)"
    r"|\bhelped\s+(?:him|her|them|my\s+\w+)\s+(?:to\s+)?(?:call|ring|phone|text|contact|reach)\b"
)
# Not being at work, at school or on the train is an everyday wish: "how peaceful it would be to not be at work".
_NOT_THERE = _Lazy(
    r"\bnot\s+(?:to\s+)?(?:be|being)\s+(?:at|in|on|stuck\s+(?:at|in|on))\s+(?:the\s+|this\s+|my\s+|a\s+)?(?:work|school|office|class|uni|college|"
    r"meeting|gym|shop|queue|traffic|train|bus|tube|commute|job|shift|call|zoom)\b"
)
_OWN_WISH = _Lazy(
    r"\b(?:want\w*|wish\w*|wanna|join|follow|be\s+where|go\s+where|be\s+with|with\s+(?:him|her|them)\s+again|myself|my\s+own|my\s+life|i\s+should|welcome|hope|pray\w*)\b"
)
# Killing oneself promised on a condition, with a laugh and an everyday annoyance: "lol i'm gonna
# kill myself if this printer jams again". A real sign of risk beside it keeps the match.
_HYPERBOLE_IF = _Lazy(
    r"\b(?:kill\s+myself|kms|jump\s+(?:off|out\s+of)|throw\s+myself\s+(?:off|out\s+of|under|in\s+front))\b[^.!?\n]{0,40}?\bif\b"
    r"|\bif\b[^.!?\n]{0,60}?\b(?:kill\s+myself|kms|jump\s+(?:off|out\s+of)|throw\s+myself)\b"
)
_REAL_RISK = _Lazy(
    r"\b(?:tonight|for\s+real|fr|not\s+(?:joking|kidding)|seriously|anymore|any\s+more|can'?t\s+(?:do|take|cope|go\s+on)|"
    r"nobody|no\s+one|burden|hate\s+(?:myself|my\s+life)|suicid\w*|pills|rope|goodbye|worthless|hopeless|alone|plan\w*|note)\b"
)


# Hyperbole about a skill: "the choir would be better off without me, I can't hit a note".
_SKILL = _Lazy(
    r"(?:my\s+(?:singing|playing|cooking|dancing|acting|driving|spelling|aim|serve|batting|bowling|tackling|karaoke)"
    r"(?!\s+(?:lessons?|tests?|licen[cs]e|instructor|theory|exams?|teacher|coach|class(?:es)?|course))|"
    r"can'?t\s+(?:sing|dance|act|cook|kick|catch|spell|hit\s+a\s+(?:single\s+)?(?:high\s+)?note|play\s+(?:for\s+toffee|to\s+save))|"
    r"own\s+goals?|tone[\s-]deaf|two\s+left\s+feet|every\s+(?:answer|question)\s+wrong|"
    r"(?:slowest|worst|weakest)\s+(?:\w+\s+)?(?:player|runner|singer|swimmer|dancer|cook|driver|link|striker|keeper|goalie|batter|bowler)|"
    r"(?:rubbish|useless|terrible|hopeless|awful)\s+at\s+(?!life\b|everything\b|living\b|being\b|existing\b)(?:\w+ing|maths|football|netball|cricket|tennis|quizzes|pub\s+quizzes|karaoke|darts|pool))"
)
# Work for a class or a project named as the reason: "for my sociology class", "for my physics homework".
# A piece of work or study something is read, looked up or asked "for": also what a cover story names.
_WORK_NOUNS = (
    r"homework|coursework|assignment|essay|dissertation|thesis|class|module|exam|quiz|lecture|project|research|paper|"
    r"presentation|article|novel|book|script|story|podcast|seminar|course"
)
_FOR_WORK = _Lazy(rf"for\s+(?:(?:my|a|the|our|an)\s+)?(?:\w+\s+)?(?:{_WORK_NOUNS})\b")
# Being there for an event names when, not what the words are for: "I won't be here for the exam results".
_HERE_FOR = _Lazy(r"\b(?:be|being|been|am|'m|m|is|'s)\s+(?:still\s+)?(?:here|around|alive|there|gone)\s+$")
# Verbs in the past, as a diary opens on them with its "I" dropped ("went at my arm", "picked a spot").
PAST_VERBS = (
    r"[a-z]+ed|sent|gave|took|told|went|got|made|wrote|left|bought|sold|found|kept|said|did|had|spent|put|hugged|"
    r"read|sat|ran|stood|lay|drove|ate|slept|woke"
)
# More of a diary's irregular past verbs, read as a dropped "I" when they open a sentence ("rang mum", "hid
# the box"), but not as the verb after a subject: "the thought", "it felt" are no names.
_DIARY_VERBS = (
    r"rang|thought|felt|saw|drank|threw|broke|brought|caught|chose|fell|fought|forgot|hid|held|knew|lost|met|paid|rode|"
    r"shook|spoke|stole|swore|taught|tore|wore|began|swam|sang|dug|hung|lit|meant|heard"
)
# A verb after the first word makes that word its subject: a name, however it ends ("fred picked").
SUBJECT_THEN_VERB = (
    rf"\w+\s+(?:{PAST_VERBS}|was|is|has|says|thinks|wants|keeps|will|would|can|could|should|might|must|"
    r"seems|feels|looks)\b"
)
# A first-person sentence in texting style, its "I" dropped: "hugged mum today", "sent everyone a message".
_DROPPED_I = _Lazy(
    r"^\s*(?:just\s+|finally\s+|already\s+|so\s+|honestly\s+|tbh\s+|ngl\s+)?(?!(?:he|she|they|we|it|mum|dad)\b)"
    rf"(?![a-z]+ed\s+(?:{PAST_VERBS}|was|is|has|says|will|would|can|could)\b)"  # "fred picked", "ahmed went": a name
    rf"(?:{PAST_VERBS}|{_DIARY_VERBS}|"
    r"been|feel|feeling|keep|want|wanna|cant|can't|dont|don't|need|thinking|gonna|going|gotta|wouldn'?t|wouldnt|won'?t|wont|"
    r"couldn'?t|couldnt|hoping|praying|wishing|might|should)\b"
)


def opens_with_dropped_i(sentence: str) -> bool:
    """Whether a (normalised) sentence opens on a verb whose "I" was dropped ("picked a spot ...")."""
    return _DROPPED_I.search(sentence) is not None


# An everyday event named only as when, beside a plan: "after my exams are done, that's it for me, set the date".
_WHEN_BEFORE = _Lazy(r"\b(?:after|once|by|until|till|til|when|before)\s+(?:\w+\s+){0,3}?$")
_PLAN_MARK = _Lazy(
    r"\b(?:(?:set|picked|chose|chosen|fixed)\s+(?:the|a)\s+(?:date|day)|that'?s\s+it\s+for\s+me(?!\s+(?:with|and|on|at|as)\b)|thats\s+it\s+for\s+me(?!\s+(?:with|and|on|at|as)\b)|"
    r"i'?m\s+(?:done|gone|out)(?=\s*(?:$|[.!?,]))|i'?ll\s+be\s+gone|no\s+more\s+me|it\s+ends)"
)


# Events that mark a time and explain no absence: "once my shift ends on friday I won't be here".
_GONE = _Lazy(r"\b(?:(?:won'?t|wont|will\s+not)\s+be\s+(?:here|around|alive)|gone\s+(?:for\s+good|forever))")
_I_SUBJECT = _Lazy(r"\b(?:i|i'm|im|i'll|i\s+will|i\s+won'?t|i\s+wont)\b")
_WHEN_EVENT = _Lazy(r"(?:exams?|class|shift|work|term|semester|course|lesson|lessons|test|interview|meeting|meetings)$")


def _only_when(sentence: str, matched: str) -> bool:
    """Whether every everyday word of a planning sentence only says when ("after my exams"); the
    writer's own "I won't be here" or "I'll be gone for good" is a plan too when those words are events."""
    planned = bool(_PLAN_MARK.search(sentence))
    if not planned and not (_I_SUBJECT.search(sentence) and _GONE.search(matched)):
        return False
    rx, event = _WHEN_BEFORE._get(), _WHEN_EVENT._get()
    return all(
        rx.search(sentence, 0, m.start()) and (planned or event.match(m.group())) for m in _EVERYDAY.finditer(sentence)
    )


# Means a relative may own and the writer reach for.
_MEANS_FIRST = _Lazy(
    rf"(?:{_PILLS}|tablet|pill|gun|guns|shotgun|rifle|pistol|revolver|rope|knife|knives|razors?|blades?|morphine|patches|"
    r"car|keys|garage|prescriptions?|stash|supply|box|boxes|packets?|bottle)\b"
)
# An object pronoun after the writer's own verb is who the act is for, not who acts: "I'd be
# doing them a favour", "I'll spare them"; not after seeing or hearing ("I saw him jump").
_OBJECT_PRONOUNS = frozenset(("him", "them", "us", "her"))
_ME_ACTING = _Lazy(
    r"\b(?:i|i'd|id|i'll|i'm|im|i've|ive|i\s+would|i\s+will)\s+(?!(?:saw|see|seen|watch\w*|heard|hear|found|find|caught|"
    r"notic\w*|help\w*|stop\w*|let|made|make|remember\w*|knew|know|think|thought|believe|reckon|want|wanted|need|needed|"
    r"hope|wish|worry|worried|told|tell|asked|ask|got|get|beg\w*|love|hate|swear)\b)(?:\w+\s+){0,4}$"
)
# Someone else named only in a clause saying when: "the night my flatmate flies home is the night".
_WHEN_OTHER_BEFORE = _Lazy(
    r"\b(?:the\s+(?:night|day|evening|morning|weekend|week|moment|minute)|when|once|after|as\s+soon\s+as|while)\s+$"
)
_MAIN_AFTER = _Lazy(
    r"\b(?:is|'s|will\s+be|'ll\s+be)\s+(?:the\s+(?:night|day|time|weekend|moment|one)|when|it)\b|,\s*(?:that'?s\s+(?:when|the|it)|then)\b"
)
# A thing that died (a phone, a battery) and wanting to die with it, laughed at: hyperbole.
_THING_DIED = _Lazy(
    r"\b(?:phone|laptop|battery|computer|pc|tv|telly|wifi|internet|router|plant|plants|console|controller|charger|headphones|"
    r"airpods|kindle|ipad|printer|fridge|boiler|kettle|hoover|torch|watch|fitbit|car|sourdough\s+starter)\s+(?:\w+\s+)?"
    r"(?:died|dies|is\s+dying|was\s+dying|is\s+dead|went\s+dead|just\s+died|finally\s+died)\b"
)
# The quickest way somewhere: a route by bus, train or on foot, not a method.
_ROUTE = _Lazy(
    r"\b(?:quickest|fastest|easiest|best|shortest|cheapest)\s+(?:way|route)\s+(?:for\s+(?:me|us|you|him|her|them)\s+)?(?:to\s+(?:get\s+)?|into\s+|from\s+|back\s+)(?:\w+\s+){0,3}?"
    r"(?:town|the\s+(?:station|airport|city|centre|center|office|stadium|venue|coast|beach|shops)|work|school|uni|home|there)\b"
    r"|\b(?:quickest|fastest|easiest|best|shortest|cheapest)\s+(?:way|route)\b[^.!?\n]{0,50}?\b(?:bus|buses|train|trains|tube|tram|metro|coach|bike|taxi)\s+or\s+"
    r"(?:the\s+|a\s+)?(?:bus|buses|train|trains|tube|tram|metro|coach|bike|taxi|walk\w*|driv\w*|cycl\w*)\b"
)
_METHOD_NEAR = _Lazy(
    r"\b(?:pills|tablets|overdose|rope|hang\w*|jump\w*|bridge|cliff|tracks|edge|roof|painless|die|dying|dead|end\s+it|kill\w*|"
    r"suicid\w*|drown\w*|blades?|gun|never\s+come\s+back|not\s+come\s+back|not\s+coming\s+back|for\s+good)\b"
)
# Water or a height admired for its beauty, with nothing of being drawn in: "drove past the river and
# thought how beautiful it looked".
_ADMIRED = _Lazy(
    r"\b(?:river|sea|lake|loch|canal|bridge|cliffs?|beach|water|reservoir|harbour|harbor|waterfall|ocean|waves|quarry|estuary|bay)\b"
    r"[^.!?\n]{0,60}?\b(?:beautiful|gorgeous|lovely|stunning|breathtaking|sparkl\w*|glisten\w*|photos?|pictures?|pics?|"
    r"selfies?|sunset|sunrise|scenery|postcard)\b"
)
# Words one of which each sight admired holds: a cheap test before the regex.
_SIGHT_HINT = _Lazy(
    r"river|sea|lake|loch|canal|bridge|cliff|beach|water|reservoir|harbo|ocean|waves|quarry|estuary|bay"
)
_DRAWN = _Lazy(
    r"\b(?:(?:walk|step|wade|wading|go|went|jump|fall|fell|slip|slid)\w*\s+(?:in|into|under|off|over)|under|jump\w*|drown\w*|sink\w*|swim\w*\s+out|edge|end|"
    r"disappear\w*|calling|call\s+me|pull\w*|tempt\w*|want\w*|wish\w*|urge|peace|peaceful|quiet|forever|for\s+good|"
    r"never|gone|cold|deep|how\s+(?:far|high|deep|long)|survive|die|dead|end\s+it)\b"
)
# Someone who needs the writer: a protective thought ("my dog would be lost without me").
_NEEDED = _Lazy(
    r"\b(?:would|'d|d|will|'ll|ll|could)\s+(?:\w+\s+)?(?:be\s+(?:lost|heartbroken|devastated|miserable|helpless|stuck|"
    r"a\s+mess|in\s+a\s+state)|fall\s+apart|struggle|never\s+cope|not\s+cope|(?:not|never|n't|nt)\s+(?:cope|manage|survive)|"
    r"pine|starve|go\s+to\s+pieces)\s+without\s+me\b"
    r"|\b(?:can'?t|cannot|couldn'?t|could\s+not)\s+(?:cope|manage|function|do\s+(?:it|anything))\s+without\s+me\b"
)
_STILL_DRAWN = _Lazy(
    r"\b(?:only\s+(?:thing|reason|one)|(?:stopping|keeping|holding)\s+me|why\s+i'?m\s+still|reason\s+i'?m\s+(?:still|here)|"
    r"otherwise|if\s+it\s+(?:wasn'?t|weren'?t)|but\s+(?:i|still)|anyway|end\s+it|better\s+off|die|dead|gone)\b"
)
# A thing given up for want of a future: the everyday word is what is cancelled ("cancelled my
# course, there won't be a next term for me"), so it explains nothing away.
_GIVEN_UP_BEFORE = _Lazy(
    r"\b(?:cancel\w*|skipp\w*|skip|quit|quitting|dropp\w*(?:\s+out\s+of)?|binned|call\w*\s+off|"
    r"not\s+(?:bothering\s+with|renewing|booking|rebooking|replacing|buying|going\s+to|starting|paying\s+for)|"
    r"(?:didn'?t|don'?t|won'?t)\s+(?:renew|book|bother\s+with|need|start|buy)|no\s+point\s+(?:in\s+)?(?:booking|renewing|going\s+to|"
    r"starting|planning|buying|paying\s+for|saving\s+for)|stopped\s+(?:paying\s+(?:into|for)|going\s+to|saving\s+for)|"
    r"(?:won'?t|wont|will\s+not)\s+be\s+(?:a|any)\s+(?:next\s+)?|there'?s\s+no\s+(?:next\s+)?)\s*(?:\w+\s+){0,3}?$"
)
_NO_FUTURE = _Lazy(
    r"\bno\s+point\b(?!\s+(?:in\s+)?(?:when|if|as|because|cos|since|while|in\s+this|with\s+this|till|until|now\s+that))"
    r"|\b(?:won'?t|wont|will\s+not)\s+(?:need\s+(?:it|them|one|that)|see\s+it|get\s+old|be\s+(?:here|around)|make\s+it)"
    r"|\b(?:won'?t|wont|will\s+not)\s+be\s+(?:a|any)\s+next|\bno\s+next\b|where\s+i'?m\s+going|what'?s\s+the\s+point|\bpointless\b|why\s+bother"
)


# A decision said alone ("I have decided."), whose object is the next sentence: "Blue for the
# bathroom." explains it; "It's tonight." or nothing after it does not.
_BARE_DECISION = _Lazy(
    r"^\s*(?:i(?:'ve|ve|\s+have)?\s+(?:finally\s+|now\s+|just\s+)?(?:decided|made\s+up\s+my\s+mind|made\s+my\s+(?:mind\s+up|decision|choice))"
    r"|my\s+mind(?:'s|s|\s+is)\s+made\s+up|(?:it'?s|its)\s+decided)\s*[.!]*\s*$"
)
_DECISION_AFTER = _Lazy(
    r"suicid|kill|unaliv|\bdie\b|\bdead\b|\bend\b|\bover\b|\btonight\b|\btomorrow\b|\btime\b|\bready\b|goodbye|sorry|\bdone\b|"
    r"enough|\bsoon\b|\bdate\b|\bwhen\b|bridge|pills|tablets|rope|\bnote\b|\bgone\b|\bleav\w*|\bgo\b|\bgoing\b|\bplan\b|"
    r"no\s+more|nobody|no\s+one|can'?t|\bit\b|\bthis\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|\bnight\b|\bnow\b|\bme\b|\bmyself\b|"
    r"river|\bsea\b|woods|forest|cliff|train|tracks|rope|\bcar\b|garage|roof|water|edge|jump|\blast\b|final|forever|peace|family|"
    r"everyone|them|they|letter|knife|\bgun\b|bottle|overdose|drive|motorway|\btree\b|bridge|quiet|alone|way\s+out"
)


def _decision_explained(text: str, sent_end: int) -> bool:
    """Whether the sentence after a bare decision names an everyday thing it is about."""
    after = text[sent_end : sent_end + 120].lstrip(" \t.!?")
    if not after or after[0] == "\n":
        return False
    stop = min((i for i in (after.find(c) for c in ".!?\n") if i >= 0), default=len(after))
    nxt = after[:stop]
    return bool(nxt.strip()) and not _DECISION_AFTER.search(nxt)


# A bare sentence of deciding, planning or readiness ("I've made up my mind.", "I'm not scared
# anymore.", "picked the date.", "I'm going to do it this time.") is explained by what follows when a
# following sentence names the everyday thing it is about ("Handing in my notice on Friday.", "Paid
# the bills, fed the dog, now booking that trip"). A short fragment between ("the 9th.", "Where, when,
# how.") is read past; a word of death, a means, a farewell or being alone in any of them stops it,
# and an everyday word that only says when ("when everyone's at the match") explains nothing.
_BARE_PLAN = _Lazy(
    r"^\s*(?:ok(?:ay)?\s*,?\s*|right\s*,?\s*|so\s+|and\s+)?(?:"
    r"i(?:'ve|ve|\s+have)?\s+(?:finally\s+|now\s+|just\s+|all\s+)?(?:decided|made\s+up\s+my\s+mind|made\s+my\s+(?:mind\s+up|decision|choice)|"
    r"planned\s+it(?:\s+all)?(?:\s+out)?|picked\s+the\s+(?:date|day|time)|set\s+the\s+(?:date|day)|chosen\s+the\s+(?:date|day)|"
    r"wrote\s+out\s+the\s+steps|worked\s+it\s+(?:all\s+)?out)"
    r"|my\s+mind(?:'s|s|\s+is)\s+made\s+up|(?:it'?s|its)\s+(?:decided|all\s+planned|planned|all\s+sorted)"
    r"|(?:i'?m|im|i\s+am)\s+(?:going\s+to|gonna)\s+do\s+it(?:\s+this\s+time|\s+now|\s+today|\s+for\s+real|\s+properly)?"
    r"|(?:i'?m|im|i\s+am)\s+(?:so\s+|finally\s+|totally\s+)?ready(?:\s+now)?|(?:i'?m|im|i\s+am)\s+not\s+(?:scared|afraid)\s+any\s*more"
    r"|(?:picked|set|chose|chosen)\s+the\s+(?:date|day|time)|planned\s+it(?:\s+all)?(?:\s+out)?|wrote\s+out\s+the\s+steps|"
    r"(?:it'?s|its)\s+happening|no\s+going\s+back\s+now)\s*[.!]*\s*$"
)
_BARE_RISK = _Lazy(
    r"suicid|kill|unaliv|\bdie\b|\bdead\b|death|\bend\b|\bover\b|goodbye|sorry|\bdone\b|enough|pills|tablets|rope|bridge|\bnote\b|"
    r"letters?|\bgone\b|forever|for\s+good|nobody|no\s+one|miss\s+me|better\s+off|without\s+me|myself|way\s+out|peace|\blast\b|"
    r"\bfinal\b|tonight|can'?t\s+(?:go|cope|do|take)|knife|\bgun\b|blade|razor|bottle|overdos|river|\bsea\b|cliff|tracks|roof|garage|"
    r"woods|jump|water|edge|alone|funeral|insurance|\bwill\s+(?:is|sorted|done|written)|my\s+will\b|any\s*more|never|"
    r"not\s+coming\s+back|empty|on\s+my\s+own|quiet|hurt|harm|burn|\bcut\b|hang|motorway|drive|ready|the\s+end|hospital|"
    r"\bgave\b|\bgive\b|giv\w+\s+away|given\s+away|belongings|my\s+things|charity|clear\w*\s+out|cancel\w*|passwords?|keys|"
    r"one\s+last|one[\s-]way|(?:won'?t|don'?t|no)\s+need|return\s+ticket|wrote|written|affairs|paperwork|last\s+time|"
    # putting things in order is a warning sign, not an errand: bills paid, a pet rehomed or left with someone
    r"bills?\s+(?:are\s+|all\s+)?paid|paid\s+(?:the|all\s+the|my|off\s+the)\s+(?:bills?|debts?)|rehom\w*|"
    r"(?:dog|cat|pets?|puppy|kitten)\s+(?:is|are)\s+(?:at|with)\b"
)
# An everyday word told only as when, not as what: "when everyone's at the match", "after the party".
_ONLY_AS_WHEN = _Lazy(r"\b(?:when|while|once|after|before|until|till|til|during)\s+(?:\S+\s+){0,3}?$")


# Everyday things a following sentence may name, beside the everyday reasons above: the house, a
# haircut, a test, a do, a caller at the door.
_NEXT_EVERYDAY = _Lazy(
    r"\b(?:painting|decorat\w*|wallpaper\w*|sofa|tiles|floors|oven|hen\s+do|stag\s+do|registry\s+office|zip\s*line|board\s+game|"
    r"driving\s+test|haircut|hair|notice|bin\s+day|plumber|electrician|builders?|rota|shops?|bread|milk|groceries|supermarket|"
    r"tooth|teeth|dentist|bills|tattoo|piercing|puppy|kitten|gig|concert|match|hike|walk|run|swim|bake|cake|rollercoaster|"
    r"theme\s+park|funfair|zip\s*wire|abseil\w*|skydiv\w*|rides?)\b"
)


def _names_everyday(sentence: str) -> bool:
    """Whether a sentence names an everyday thing as what it is about, not only as when."""
    rx = _ONLY_AS_WHEN._get()
    return any(
        not rx.search(sentence, 0, m.start())
        for found in (_EVERYDAY.finditer(sentence), _NEXT_EVERYDAY.finditer(sentence))
        for m in found
    )


def explained_by_what_follows(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], bare sentences of deciding or readiness with at most a short fragment
    beside them, is explained by a following sentence that names an everyday thing."""
    pieces = [p for p in re.split(r"[.!?]+", text[start:end]) if p.strip()]
    bare = [i for i, p in enumerate(pieces) if _BARE_PLAN.search(p)]
    if not bare or any(
        i not in bare and (len(p.split()) > 4 or _BARE_RISK.search(p)) for i, p in enumerate(pieces[: bare[-1]])
    ):
        return False
    for p in pieces[bare[-1] + 1 :]:  # read with the one before: what follows the bare sentence is in the span
        if _BARE_RISK.search(p):
            return False
        if _names_everyday(p):
            return True
        if len(p.split()) > 4:
            return False
    pos = end
    for _ in range(3):  # the next sentence, or one or two past short fragments
        after = text[pos : pos + 200]
        rest = after.lstrip(" \t.!?\"')")
        if not rest or rest[0] == "\n":
            return False
        stop = min((i for i in (rest.find(c) for c in ".!?\n") if i >= 0), default=len(rest))
        nxt = rest[:stop]
        if _BARE_RISK.search(nxt):
            return False
        if _names_everyday(nxt):
            return True
        if len(nxt.split()) > 4:
            return False
        pos += len(after) - len(rest) + stop
    return False


def _given_up(sentence: str) -> bool:
    """Whether every everyday word of a sentence that gives up on the future is the thing given up."""
    if not _NO_FUTURE.search(sentence):
        return False
    rx = _GIVEN_UP_BEFORE._get()
    return all(rx.search(sentence, 0, m.start()) for m in _EVERYDAY.finditer(sentence))


def _quoted(sentence: str, at: int) -> bool:
    """Whether position at of sentence lies inside a pair of double quotes."""
    return sentence.count('"', 0, at) % 2 == 1 and '"' in sentence[at:]


# Where one clause of a sentence ends and the next begins: a stop inside it, a dash, a joining word, or
# a word that moves the time on ("and now", "since then"), which opens a clause of its own.
_CLAUSE_BREAK = _Lazy(
    r"[,;:()\n]|\s[-\u2013\u2014]+\s|\.\.+|\b(?:and|but|so|then|because|cos|coz|cuz|while|whereas|though|although|yet|"
    r"anyway|now|nowadays|since\s+then|ever\s+since|these\s+days|after\s+that)\b"
)
# A clause told as now: the time said outright ("and now", "since then", "these days") or the writer's
# own present ("I want", "I can't", "I'm").
_PRESENT_CLAUSE = _Lazy(
    r"\b(?:now|nowadays|these\s+days|since\s+then|ever\s+since|lately|today|tonight|any\s*more|still|again|"
    r"i'?m|im|i\s+am|i(?:'?ve|\s+have)\s+been|(?:i|i\s+just|i\s+really|i\s+honestly|i\s+still)\s+"
    r"(?:want|wanna|need|feel|can'?t|cant|don'?t|dont|keep|wish|think|hate|see\s+no|have\s+no|won'?t|wont))\b"
)
# A clause told as now that says the writer came through: "..., and now I'm glad I survived".
_DOING_WELL = _Lazy(
    r"\b(?:glad|grateful|thankful|proud|happy|happier|okay|ok|fine|well|better|safe|survived|recovered|healed|stable|"
    r"strong|stronger|free|volunteer\w*|support\w*|help(?:ing)?\s+(?:others|people)|talk\s+about\s+it|didn'?t|did\s+not)\b"
)
# A clause that gives the reason for the one after it: "for the move, ...", "because we're moving, ...".
_REASON_FIRST = _Lazy(
    r"\W*(?:for|because|cos|coz|cuz|since|as|with|what\s+with|ahead\s+of|before|due\s+to|getting\s+ready\s+for)\b"
)
# ...or the clause holding the match says it follows from the one before: "..., so I've given my things away".
_SO_AFTER = _Lazy(r"\W*(?:so|which\s+is\s+why|that'?s\s+why|thats\s+why)\b")


def _clause_at(text: str, sent_start: int, sent_end: int, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause of text[sent_start:sent_end] that holds the match text[start:end];
    a word that moves the time on ("now", "since then") belongs to the clause it opens."""
    rx = _CLAUSE_BREAK._get()
    left = sent_start
    for m in rx.finditer(text, sent_start, start):
        left = m.start() if m.group()[0].isalpha() else m.end()
    after = rx.search(text, end, sent_end)
    return left, after.start() if after else sent_end


def _present_apart(text: str, sent_start: int, sent_end: int, start: int, end: int) -> bool:
    """Whether the match's own clause is told as now while the past is told in another: "my husband
    passed three years ago and now I want to die"; "I used to want to die, now I'm well" is not."""
    left, right = _clause_at(text, sent_start, sent_end, start, end)
    if _told_as_now(text[left:right]):
        return True
    # a match that runs on into a later clause: "since he died and i just want to follow him"
    last_left, last_right = _clause_at(text, sent_start, sent_end, max(start, end - 1), end)
    return last_left > left and _told_as_now(text[last_left:last_right])


def _told_as_now(clause: str) -> bool:
    """Whether a clause is told as now and not as the past, nor as having come through."""
    return not _PAST.search(clause) and bool(_PRESENT_CLAUSE.search(clause)) and not _DOING_WELL.search(clause)


# Words that only say when, which belong to the clause they stand in: "these days I'm busy".
_NOW_TIME = _Lazy(r"\b(?:lately|these\s+days|right\s+now|tonight|this\s+(?:week|morning|evening))\b")


def _now_elsewhere(text: str, sent_start: int, sent_end: int, start: int, end: int) -> bool:
    """Whether the match's clause tells the writer's past while every sign of now in the sentence is
    a time word in another clause ("I used to want to die, these days I'm busy with the grandkids")."""
    left, right = _clause_at(text, sent_start, sent_end, start, end)
    clause = text[left:right]
    if not _PAST.search(clause) or _NOW.search(clause):
        return False
    rest = text[sent_start:left] + " . " + text[right:sent_end]
    return not _NOW.search(_NOW_TIME._get().sub(" ", rest))


def _everyday_tied(text: str, sent_start: int, sent_end: int, start: int, end: int) -> bool:
    """Whether an everyday reason belongs to the match: in its clause or after it, where a reason or
    what was meant is told ("getting rid of my things for the move", "I've planned it, the trip I
    mean"), or in the clause just before, set beside it ("new job in Leeds, said my goodbyes") or
    given as the reason ("for the move, ...", "..., so"). A chore a clause or more before, or one
    the writer moved on from ("did the laundry and then ..."), explains nothing."""
    left, _ = _clause_at(text, sent_start, sent_end, start, end)
    everyday = _EVERYDAY._get()
    if everyday.search(text, left, sent_end):
        return True
    # the clause before: back over the breaks (", and then") between it and the match's own
    link_start = left
    breaks = list(_CLAUSE_BREAK._get().finditer(text, sent_start, left))
    while breaks and not text[breaks[-1].end() : link_start].strip():
        link_start = breaks.pop().start()
    prev_left = breaks[-1].end() if breaks else sent_start
    if prev_left >= link_start or not everyday.search(text, prev_left, link_start):
        return False
    link = text[link_start : left + 12]
    if _REASON_FIRST._get().match(text, prev_left) or _SO_AFTER._get().match(text, left):
        return True
    return _prev_set_beside(link, text[prev_left:link_start])


def _prev_set_beside(link: str, prev: str) -> bool:
    """A clause just before is set beside the match when joined by a stop or a plain "and"/"but",
    not by a word of moving on ("then") nor as a time ("after my shift ...")."""
    return (
        not _MOVED_ON._get().search(link) and not _WHEN_FIRST._get().match(prev) and not _HARD_DAY._get().search(prev)
    )


# An everyday clause that tells a hard time is what the writer is going through, not a reason:
# "my manager shouted again in the meeting and I've got the rope in the car".
_HARD_DAY = _Lazy(
    r"\b(?:shout\w*|yell\w*|scream\w*|awful|horrible|terrible|rough|hard|hell|stressful|stress\w*|crap|shit\w*|bad|worst|"
    r"(?:was|been|so|such\s+a|a)\s+long|long\s+(?:day|shift|week|night)|on\s+at\s+me|again|sacked|fired|laid\s+off|redundan\w*|"
    r"failed|fail\w*|lost|humiliat\w*|cried|crying|alone|ignored|nobody|no\s+one|dragged|exhaust\w*|tired|miserable|"
    r"empty|pointless)\b"
)
_MOVED_ON = _Lazy(r"\b(?:then|after\s+that|afterwards|later|anyway|now|since\s+then|these\s+days)\b")
_WHEN_FIRST = _Lazy(r"\W*(?:after|when|once|while|on\s+the\s+way|on\s+my\s+way)\b")
# What a laugh can be about: an everyday annoyance, or a thing, a chore or a condition ("if I have to ...").
_LAUGH_THING = _Lazy(
    _ANNOYANCE_WORDS
    + r"|\b(?:if\s+(?:i\s+(?:have|hafta|gotta)\s+to|i\s+hear|i\s+see|(?:this|that|the|my|one|another|he|she|they|it|anyone|someone)\b)|one\s+more|another|plants?|cat|dog|goldfish|hamster|pet|kitchen|cooking|baking|food|dinner|lunch|cake|"
    r"group\s+chat|chat|class|lesson|teacher|maths|coursework|assignment|presentation|report|"
    r"dentist|commute|weekend|holiday|shopping|diet|hangover|haircut|fringe|outfit|photo|selfie|video|"
    r"tiktok|post|text|message|reply|crush|date|ex|mum|dad|sister|brother|friends?|ikea|flatpack|furniture|"
    r"bread|sourdough|car|parking|keys|hoover|washing|laundry|dishes|ironing|taxes|tax\s+return|budget|bills?|"
    r"barbecue|bbq|burgers?|buffet|roast|curry|brunch|feast|duvet\s+cover|costume|cyclists?)\b"
)
# A plain statement, now, about the writer's own life, worth, place or future, which no laugh explains
# away: "i dont see the point of being alive anymore lol", "everyone would be better off without me haha".
_LIFE_STATEMENT = _Lazy(
    r"\b(?:point\s+(?:of|in)\s+(?:being\s+alive|living|life|me|existing|going\s+on|anything|it\s+all|trying)|"
    r"(?:everyone|everybody|every1|the\s+world|my\s+family|my\s+kids|they|people)\s+(?:would|wud|wd|'d|d)\s+(?:\w+\s+)?be\s+"
    r"(?:better\s+off|happier|fine|relieved)|better\s+place\s+without\s+me|"
    r"(?:no\s*one|nobody|no\s+body)\s+(?:would|wud|wd|'d|will|'ll)\s+(?:\w+\s+)?(?:miss|notice|care)|"
    r"(?:hate|loathe)\s+(?:myself|my\s+life|being\s+alive)|worthless|burden|"
    r"(?:don'?t|dont|do\s+not)\s+(?:\w+\s+)?(?:want|wanna)\s+(?:to\s+)?(?:be\s+here|be\s+alive|exist|live|wake\s+up|be\s+around|go\s+on)|"
    r"stop\s+existing|no\s+future|nothing\s+(?:left\s+)?to\s+live\s+for|can'?t\s+(?:go\s+on|keep\s+going|do\s+this\s+any)|"
    r"tired\s+of\s+(?:living|life|being\s+alive|existing|being\s+me)|done\s+with\s+(?:life|living|everything|it\s+all)|"
    r"disappear\s+(?:forever|for\s+good)(?!\s+if\b)|(?:won'?t|wont)\s+be\s+(?:here|around)|not\s+(?:be\s+)?(?:here|around)\s+(?:by|next|for)|"
    r"wish\s+i\s+(?:wasn'?t|was\s+never|had\s+never\s+been|didn'?t)\s+(?:here|born|alive|exist))"
)


# A clarifying tail at the end of a sentence that names what the serious words were about: a thing,
# an event, a job or a relationship ("i'll end it tonight, the subscription i mean", "I've made my
# plan - for the wedding, obviously"). It must say it clarifies ("I mean", "that is", "obviously"): a
# bare "(for my family)" or "- for tonight" is as likely to be the plan's own reason or time.
_CLARIFY_HINTS = ("mean", "that is", "obvious", "of course", "not me", "not myself")
_CLARIFIER = _Lazy(
    r"(?P<open>[,;(]|\s[-\u2013\u2014]+)\s*(?P<pre>(?:i\s+mean|that\s+is)\s*,?\s*)?"
    r"(?P<what>(?:(?:for|with|about)\s+)?(?:the|my|our|this|that|his|her|their|a|an)\s+[\w'-]+(?:\s+[\w'-]+){0,5}?"
    r"|(?:for|with|about)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?)"
    r"\s*,?\s*(?P<mark>i\s+mean|that\s+is|obviously|of\s+course|not\s+me|not\s+myself)?\s*\)?\s*[.!?]*\s*$"
)
# ...unless what it names is the writer, their life, a means or a word of death, or says it is meant.
_CLARIFIED_SELF = _Lazy(
    r"\b(?:paracetamol|belts?|canal|quarry|railway|plans?|way|same|how|method|ligature|cord|cable|car|charcoal|bleach|insulin|drop|ledge|"
    r"water|lake|pier|line|building|tower|balcony|window|stuff|lot|bottle|packets?|box|stash|"
    r"me|myself|life|living|everything|it|all|whole|pain|suffering|misery|torment|hurt\w*|everyone|everybody|world|pills?|tablets?|meds|overdose|rope|noose|"
    r"bridges?|cliffs?|trains?|tracks|roof|gun|knife|blades?|razors?|river|sea|motorway|garage|exhaust|die|dying|"
    r"dead|death|kill\w*|suicid\w*|hang\w*|jump\w*|real|good|time|forever|properly|serious\w*|joke|joking|kidding|"
    r"goodbye|notes?|letters?|ones?|funeral|final|last|end|over|is|are|was|were|i|i'm|im|would|will|can'?t|cant|nobody|no\s+one|anymore|"
    r"existence|exist\w*|choice|decision|sake|famil\w*|mum|mom|mam|dad|parents?|kids?|children|husband|wife|partner|"
    r"tonight|today|tomorrow|weekend|week|night|morning|soon|now|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
_MATCH_SELF = _Lazy(r"kill|suicid|unaliv|\bdie\b|\bdead\b|my\s+(?:own\s+)?life|myself")


def _clarified_as_a_thing(text: str, sent_start: int, sent_end: int) -> bool:
    """Whether the sentence ends by saying its serious words were about a thing, an event, a job or
    a relationship, and the tail says that is what it does ("I mean", "that is", "obviously")."""
    found = _CLARIFIER._get().search(text, sent_start, sent_end)  # ends at the sentence's end: the tail
    if found is None or _CLARIFIED_SELF.search(found.group("what")):
        return False
    return bool(found.group("pre") or found.group("mark"))


# A wish or a means bounded by an ordinary time, place or purpose: sleeping until Monday, not waking
# up till noon, tablets saved for a trip abroad, joining a brother in Toronto or a husband when he is
# back from a posting. An open wish ("not wake up ever again", "for when I've had enough") has none.
# Words one of which each kind of bound needs: a cheap test before its regex.
_WAKE_HINTS = ("wak", "woke", "sleep", "slept", "lie in", "stay in bed")
_JOIN_HINTS = ("join", "be with", "visit", "see my", "see our")
_MEANS_HINTS = ("pill", "tablet", "meds", "medic", "prescription", "painkiller")
_PURPOSE_HINTS = ("for ", "before", "ahead of", "to take", "to bring")
_WAKE_BOUND = _Lazy(
    r"\b(?:wak\w*|woke|sleep\w*|slept|lie\s+in|stay\s+in\s+bed)\s+(?:up\s+)?(?:\w+\s+){0,2}?"
    r"(?:(?:till|until|til|before|past)\s+(?:at\s+least\s+|about\s+|like\s+|around\s+|gone\s+)?(?:noon|midday|lunch\w*|"
    r"(?:the\s+)?(?:afternoon|evening)|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|o'?clock)?|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|(?:next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:the\s+)?weekend|the\s+holidays|"
    r"christmas|new\s+year|spring|summer|payday|my\s+(?:alarm|birthday|holiday|day\s+off))|early|at\s+\d|on\s+(?:a\s+)?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|for\s+(?:a\s+|an\s+|the\s+)?(?:(?:whole|entire|full)\s+)?(?:week|day|hours?|weekend|"
    r"few\s+(?:hours|days)|couple\s+of\s+(?:hours|days)|rest\s+of\s+the\s+(?:day|week|weekend)))\b"
)
_MEANS_BOUND = _Lazy(
    rf"\b{_PILLS}\b\s+(?:\w+\s+){{0,2}}?(?:for|before|ahead\s+of|to\s+(?:take|bring)\s+(?:on|with|abroad))\s+"
    r"(?:(?:when|while)\s+i'?m\s+|(?:when|while)\s+i\s+am\s+)?(?:\w+\s+){0,3}?"
)
_JOIN_BOUND = _Lazy(
    rf"\b(?:join|joining|be\s+with|visit|visiting|see)\s+(?:my\s+|our\s+)?(?:\w+\s+)?{_KIN}\s+(?:again\s+)?"
    r"(?:(?:in|at|out\s+in|over\s+in|up\s+in|down\s+in)\s+(?!heaven|paradise|peace|spirit|death|eternal|eternity|rest|glory|the\s+(?:other|next|ground|grave|"
    r"cemetery|churchyard|afterlife|sky|stars|clouds|end)|a\s+better)\w+"
    r"|(?:when|once|after|as\s+soon\s+as)\s+(?:he|she|they|he'?s|she'?s|they'?re|his|her|their)\s+(?:\w+\s+){0,3}?"
    r"(?:back|home|returns?|lands?|gets\s+in)"
    r"|for\s+(?:christmas|easter|diwali|eid|new\s+year|the\s+(?:holidays|weekend|summer|wedding|birth)|(?:his|her|their)\s+\w+)"
    r"|next\s+(?:week|month|year|spring|summer|autumn|winter)|this\s+(?:weekend|summer|christmas))\b"
)
# ...unless the sentence holds death, the dead or an open end beside it.
_BOUND_UNDONE = _Lazy(
    r"\b(?:ever|forever|never|again(?!\s+(?:in|at|when|once|after|for|next|this))|for\s+good|all\s+over|had\s+enough|too\s+much|"
    r"the\s+end|right\s+(?:time|moment)|died|dies|dead|death|passed|gone|funeral|grave|heaven|buried|miss\s+(?:him|her|them)|waiting|for\s+me|"
    r"suicid\w*|kill\w*|overdos\w*|end\s+it|life|everything|it\s+all|permanent\w*)\b"
)


def _reach(text: str, sent_start: int, sent_end: int, start: int, end: int) -> tuple[int, int]:
    """Where the match's clause starts, and how far a phrase that qualifies the match may start:
    within its clause or the one after ("ready to go | and join my brother in Toronto")."""
    left, right = _clause_at(text, sent_start, sent_end, start, start)
    after = _CLAUSE_BREAK._get().search(text, right + 1, sent_end)
    return left, max(end, after.start() if after else sent_end)


def _bounded(text: str, sent_start: int, sent_end: int, sentence: str, start: int, end: int) -> bool:
    """Whether the match's wish or means is bounded by an ordinary time, place or purpose that
    starts in its clause or the one after ("ready to go and join my brother in Toronto")."""
    found = None
    for hints, rx in ((_WAKE_HINTS, _WAKE_BOUND), (_JOIN_HINTS, _JOIN_BOUND), (_MEANS_HINTS, _MEANS_BOUND)):
        if rx is _MEANS_BOUND and not any(h in sentence for h in _PURPOSE_HINTS):
            break  # tablets with no purpose named: the costly search over every drug's name is not needed
        if any(h in sentence for h in hints) and (found := rx._get().search(text, sent_start, sent_end)):
            break
    if found is None:
        return False
    left, reach = _reach(text, sent_start, sent_end, start, end)
    if found.start() < left:  # an earlier clause's: look again from the match's own
        found = rx._get().search(text, left, sent_end)
    if found is None or found.start() > reach or _BOUND_UNDONE.search(sentence):
        return False
    if rx is _MEANS_BOUND:  # tablets saved "for the trip abroad": the purpose must be an everyday one
        return bool(_EVERYDAY._get().search(text, found.end(), min(sent_end, found.end() + 40)))
    return True


# After a loss, following or joining what the dead left rather than the dead themself: "follow his
# recipes", "follow in her footsteps", "join his old regiment"; and living somewhere ("I don't want to
# live in the big house anymore"): a wish about a place, not about living.
_FOLLOW_THING = _Lazy(r"\b(?:follow\w*|join\w*)\s+(?:in\s+)?(?:his|her|their)\s+(?!own\b)\w+")
_LIVE_PLACE = _Lazy(
    r"\b(?:live|living|stay|staying|be)\s+(?:in|at)\s+(?:the|this|that|my|our|his|her|their|a|an)\s+(?:\w+\s+)?"
    r"(?:house|flat|apartment|home|town|city|village|country|area|street|road|room|bungalow|cottage|estate|suburb|"
    r"neighbourhood|neighborhood|building|job|place\s+on\s+my\s+own)\b"
)
_PLACE_HINTS = (
    "live in",
    "live at",
    "living in",
    "living at",
    "stay in",
    "stay at",
    "staying in",
    "staying at",
    "be in",
    "be at",
)
_LEFT_HINTS = ("follow", "join", *_PLACE_HINTS)
_STILL_OWN = _Lazy(
    r"\b(?:suicid\w*|kill\w*|die|dead|end\s+it|overdos\w*|my\s+life|be\s+with\s+(?:him|her|them)|join\s+(?:him|her|them)|"
    r"follow\s+(?:him|her|them)|any\s+more\s+at\s+all|exist\w*|alive|wake\s+up|be\s+here|be\s+around|go\s+on|jump\w*|"
    r"hang\w*|pills|tablets|rope|bridge|disappear\w*|gone|goodbye|end\s+(?:things|my))\b"
)


def _about_what_was_left(text: str, sent_start: int, sent_end: int, start: int, end: int) -> bool:
    """Whether the match's wish is about what the dead left or a place to live, said in its clause
    or the one after, with nothing of the writer's own death in the sentence."""
    sentence = text[sent_start:sent_end]
    found = None
    if "follow" in sentence or "join" in sentence:
        found = _FOLLOW_THING._get().search(text, sent_start, sent_end)
    if found is None and any(h in sentence for h in _PLACE_HINTS):
        found = _LIVE_PLACE._get().search(text, sent_start, sent_end)
    if found is None:
        return False
    left, reach = _reach(text, sent_start, sent_end, start, end)
    return (
        left <= found.start() <= reach
        and not _STILL_OWN.search(sentence)
        and not _LIFE_STATEMENT.search(_LIVE_PLACE._get().sub(" ", sentence))
    )


# "Why am I still here?" is read as the writer's own unless a place, a time or an everyday reason
# says where "here" is, in the sentence or the one beside it ("Long day at the office. Why am I still
# here?"); a word of existence keeps it ("why am I even still here"). "Still alive" is always read as
# the writer's life, unless a thing is what is still alive ("why is my houseplant still alive").
_STILL_HERE = _Lazy(r"\bstill\s+(?:here|around)\b")
_EXISTENTIAL = _Lazy(
    r"\b(?:even|anymore|any\s+more|at\s+all|point|earth|world|alive|breathing|exist\w*|nobody|no\s*one|burden|should|"
    r"gone|tired\s+of\s+(?:it|everything|life|living|being)|hate\s+(?:myself|me|my\s+life|being)|worthless|useless|life|living|"
    r"die|dead|suicid\w*|kill\w*|wake\s+up|miss\s+me|notice|cares?|alone|lonely|empty|numb|hopeless|pointless|cry\w*|"
    r"cried|tears|can'?t\s+(?:cope|go\s+on|do\s+this|take))\b"
)
_HERE_AT = _Lazy(r"\b(?:at|in|on)\s+(?:the|this|my|work|school|uni|college|a)\b")
# A named place or a hold-up says where "here" is; a late hour, waiting or lateness does not: the
# small hours are when such a question is most serious.
_HERE_IS_SOMEWHERE = _Lazy(
    r"\b(?:train|bus|tube|queue|station|airport|platform|party|pub|bar|club|office|desk|work|shift|meeting|lecture|library|"
    r"hospital|waiting\s+room|traffic|cancel\w*|delay\w*|overtime)\b"
)
_THING_STILL_ALIVE = _Lazy(
    r"\b(?:why|how)\s+(?:is|are|'s|s)\s+(?:my|the|this|that|our|these|those)\s+(?!(?:\w+\s+)?(?:body|heart|soul|self|ass|arse|life|existence|mind|brain|lungs)\b)"
    r"(?:\w+\s+){1,2}?still\s+(?:alive|here|going|around|breathing|standing)\b"
)


def _still_here_explained(text: str, sent_start: int, sent_end: int, sentence: str) -> bool:
    """Whether "still here" is placed by a place, a time or an everyday reason in its sentence or
    the one just before or after it, with no word of existence in any of them."""
    before = text[max(0, sent_start - 160) : sent_start]
    stops = [before.rfind(c) for c in ".!?\n"]
    cut = max((i for i in stops if i < len(before.rstrip(" .!?\n")) - 1), default=-1)
    previous = before[cut + 1 :]
    after = text[sent_end : sent_end + 160].lstrip(" \t.!?")
    if after.startswith("\n"):
        after = ""
    stop = min((i for i in (after.find(c) for c in ".!?\n") if i >= 0), default=len(after))
    nearby = (sentence, previous, after[:stop])
    if any(_EXISTENTIAL.search(part) for part in nearby):
        return False
    if _HERE_AT.search(sentence):  # "still here at the office"; beside it, "in my room" places nothing
        return True
    if _EVERYDAY.search(sentence):  # an everyday reason counts only in the question's own sentence
        return True
    return any(_HERE_IS_SOMEWHERE.search(part) for part in nearby if part.strip())


def _joked(sentence: str) -> bool:
    """Whether the sentence holds a joke marker ("lol", "haha", "jk")."""
    return bool(_JOKE_HINT.search(sentence) and _JOKE.search(sentence))


def _laughed_at_a_thing(sentence: str) -> bool:
    """Whether a laugh is about a thing or an annoyance rather than the writer's own life, worth,
    place or future: only hyperbole about something is cleared by a laugh."""
    if _LIFE_STATEMENT.search(sentence):
        return False
    return bool(_LAUGH_THING.search(sentence))


# Serious words said of everyday things. Each way below clears a match only when nothing else in the
# sentence names the writer's body, a means with intent or a wish to die: a missed crisis costs more.
#
# A thing (not the writer, a person, life or a loss) named as what is "suicidal" (reckless) or what
# makes the writer want to end it all, said with a laugh or moved on from: "this bus route is
# suicidal lol", "the printer makes me want to end it all, right, tea time".
_BLAME_HINTS = ("suicidal", " me ", "end it all")
_THING_CAUSE = _Lazy(
    r"\b(?:is|are|was|were|'s|would\s+be|will\s+be)\s+(?:(?:actually|literally|honestly|genuinely|basically|so|just|pure|proper|"
    r"a\s+bit|kinda|tbh|lowkey|borderline)\s+)*(?P<reckless>suicidal)\b(?!\s+(?:thoughts|ideation|feelings|urges))"
    r"|\b(?:giv\w*|gave|makes?|made|making|driv\w*|drove)\s+me\s+(?:\w+\s+){0,2}?(?:suicidal|want\s+to\s+(?:end\s+it(?:\s+all)?|die|kill\s+myself)|"
    r"wanna\s+(?:die|end\s+it(?:\s+all)?|kill\s+myself))\b"
    r"|(?:[,;]|\band\b)\s*(?:i\s+)?(?:just\s+)?(?:want|wanna)\s+(?:to\s+)?end\s+it\s+all\b"
)
# What no laugh makes a mere thing: the writer, people, life, the mind, a loss or a heavy part of life.
_NOT_A_THING = _Lazy(
    r"\b(?:i|i'm|im|i've|ive|i'd|id|me|myself|life|living|lives|existence|exist\w*|everything|everyone|everybody|nobody|no\s+one|"
    r"world|people|pain|hurt\w*|thoughts?|mind|head|brain|feelings?|moods?|depression|anxiety|loneliness|lonely|grief|alone|being|"
    r"he|she|they|him|her|them|you|someone|somebody|job|career|marriage|relationship|family|debts?|money|school|uni|illness|"
    r"diagnosis|body|weight|loss|exams?|failed|failing\s+(?:my|all|every)|dumped|broke\s+up|fired|sacked|redundan\w*|today|tonight|"
    r"week|day|days|month|year|lately|abus\w*|bull(?:y|ied|ying)|friends?|brother|sister|mum|mom|mother|dad|father|son|daughter|"
    r"partner|wife|husband|boyfriend|girlfriend|ex|boss|teacher|parents?|kids?|children|nan|gran|grandma|grandad|mates?|pal|bestie|"
    r"bff|cousin|uncle|aunt\w*|niece|nephew|flatmate|roommate|colleague|client|patient|student|all|nothing|stuff|things|situation|"
    r"state|mess|home|house|nights?|voices?|memories|past|future)\b"
)
_POSSESSOR = re.compile(r"\b\w+(?:'s|s')\s+(?=\w)")
_A_THING = _Lazy(r"\b(?:this|that|the|these|those|my|our|your|his|her|their|a|an)\s+\w|\b\w+ing\b|\b\w+ed\b")
_CONTENT_WORD = _Lazy(
    r"\b(?!(?:this|that|these|those|it|its|the|and|just|honestly|literally|lol|omg|okay|but|god|tbh|ngl|like|some|new|old)\b)[a-z]{3,}"
)
# A tail that moves on to the next thing: "..., right, tea time", "..., anyway back to work".
_MOVE_ON_AFTER = _Lazy(
    r"(?:[,;.!]|\s-+)\s*(?:anyway|anyways|right|ok(?:ay)?|oh\s+well|never\s+mind|nvm|back\s+to|off\s+to|kettle|tea\s+time|time\s+for|"
    r"pizza|headphones|called|booked|finally|still|going\s+for|send\s+help|podcast|we\s+move|moving\s+on|onwards|lesson\s+learned|ask|"
    r"(?:\w+\s+){0,2}?(?:tea|lunch|nap|bath|bed|snack|biscuit|pub|gin|wine|lolly)\s+time)\b"
)
# What, beside such a laugh, says it is not only a laugh.
_NOT_LIGHT = _Lazy(
    r"\b(?:tonight|for\s+real|fr|not\s+(?:joking|kidding)|seriously|not\s+in\s+a\s+funny\s+way|proper\s+ones|real\s+ones|any\s*more|"
    r"can'?t\s+(?:go\s+on|cope|do\s+this|take)|nobody|no\s+one|burden|hate\s+(?:myself|me|my\s+life)|my\s+life|pills|tablets|rope|"
    r"bridge|goodbye|worthless|hopeless|plan\w*|note|myself|die|dead|kill\w*|suicid\w*|end\s+it|lately|always|every\s+day|again\s+and\s+again)\b"
)


def _thing_blamed_lightly(sentence: str) -> bool:
    """Whether a thing is what is called suicidal or what makes the writer want to end it all, with
    a laugh or a move on to the next thing (a reckless thing needs neither), and nothing else of risk."""
    found = _THING_CAUSE._get().search(sentence)
    if found is None:
        return False
    subject = _POSSESSOR.sub(" ", sentence[: found.start()])  # "the kids' party playlist": the playlist
    if not _CONTENT_WORD.search(subject) or not _A_THING.search(subject) or _NOT_A_THING.search(subject):
        return False
    rest = subject + " . " + sentence[found.end() :]
    if _NOT_LIGHT.search(rest):
        return False
    if found.group("reckless"):
        return True
    return _joked(sentence) or bool(_MOVE_ON_AFTER._get().match(sentence, found.end()))


# Serious words in quotes that a listener laughed at, or put in everyone's mouth ("..., said every
# cyclist on that hill lol"): a joke told as one, unless the writer says they meant it.
_QUOTE_LAUGH = _Lazy(
    r"\b(?:laugh\w*|cracked\s+up|in\s+stitches|howl\w*|hilarious|fell\s+about|giggl\w*|joked|joking|as\s+a\s+joke|"
    r"laughing\s+(?:faces?|emojis?))\b"
)
# ...said at or about a thing, or when something happened: "at the parking fine", "when his team lost".
_SAID_AT = _Lazy(r"\b(?:at|about|over|when|after)\s+(?:the|my|a|an|his|her|their|our|this|that)\s+\w+")
_MEANT_IT = _Lazy(
    r"\b(?:meant\s+it|mean\s+it|wasn'?t\s+(?:a\s+)?(?:joke|joking|kidding)|not\s+(?:a\s+)?(?:joke|joking|kidding)|for\s+real|"
    r"but\s+i\s+(?:do|did|meant|mean|want|wasn'?t)|(?:nobody|no\s+one)\s+(?:listens|listened|took|takes|believes|believed)|"
    r"(?:didn'?t|don'?t|doesn'?t)\s+(?:realise|realize|know|get|take\s+me|listen|notice|care)|half\s+(?:meant|joking)|only\s+half|"
    r"laughed\s+it\s+off|brushed|ignored|(?:nobody|no\s+one)\s+cares|alone|seriously)\b"
)
_SAID_EVERY = _Lazy(r"(?:[,;]|\s-+)\s*(?:said|says)\s+(?:every|each|all|no)\s+\w+")


def _joke_told_as_one(sentence: str, at: int) -> bool:
    """Whether the match at `at` is a joke told as one: quoted and laughed at, or said by everyone."""
    if '"' in sentence and _quoted(sentence, at):
        outside = re.sub(r'"[^"]*"', " ", sentence)
        return bool(
            _QUOTE_LAUGH.search(outside)
            and _SAID_AT.search(outside)
            and not _MEANT_IT.search(sentence)
            and not _NOT_LIGHT.search(outside)
        )
    said = _SAID_EVERY._get().search(sentence, at)
    return bool(
        said and _joked(sentence) and not _MEANT_IT.search(sentence) and not _NOT_LIGHT.search(sentence[said.end() :])
    )


# A screening question answered no in the writer's own words, just after the question: "..., none,
# I was there for my knee", "..., nope, not me", "..., answer is always no". A "but" or a lie after it
# takes the no back.
_SCREEN_ASKED = _Lazy(
    r"\b(?:(?<!don't\s)(?<!dont\s)(?:asked|asks|asking)|screening|questionnaire|survey|checked\s+(?:in|if|whether|on)|phq\w*|gad\w*|"
    r"assessment|(?:the|a)\s+form|(?:the|a|that)\s+question\s+(?:about|on|asking|of))\b"
)
_SCREEN_ANSWER = _Lazy(
    r"[^.!?\n]{0,40}?(?:[,;:]|\s-+)\s*(?:and\s+|so\s+)?(?:honestly\s+|truthfully\s+|thankfully\s+|happily\s+|genuinely\s+)?"
    r"(?:(?:i\s+)?(?:told|tell)\s+(?:her|him|them|the\s+\w+)\s+(?:there\s+(?:were|was|are|is)\s+|i\s+(?:had|have)\s+)?(?:none|no|nothing)"
    r"|(?:the\s+|my\s+)?answer(?:ed)?\s+(?:is\s+|was\s+|'s\s+)?(?:always\s+|still\s+|just\s+)?(?:no|never|none|zero)"
    r"|none|nope|nah|no|never|not\s+once|not\s+at\s+all|not\s+me|zero|nil|i\s+(?:haven'?t|havent|have\s+not|don'?t|dont|do\s+not|never))"
    r"\b(?!\s+(?:longer|more|one|way|matter|idea|choice|point|future|reason|hope|energy))"
)
_ANSWER_TAKEN_BACK = _Lazy(
    r"\b(?:but|though|lied|lie|lying|actually|yes|truth\s+is|not\s+true|wasn'?t\s+true|told\s+any\w*|admit\w*|"
    r"(?:is|was)\s+a\s+lie)\b"
)


# The answer as the next sentence, a bare no ("No." "Nope." "I haven't."), set aside only when all that
# follows it says it was meant ("Ticked no and meant it.", "Not for years."): a no on its own, a ticked box
# or "I told her so" may be the lie a form gets, and any word after it may take it back.
_NEXT_SENTENCE_NO = _Lazy(
    r"[\s\"')]*(?:no|nope|nah|never|none|not\s+at\s+all|i\s+(?:haven'?t|havent|have\s+not|don'?t|dont|do\s+not))"
    r"(?:\s*,\s*i\s+(?:said|told\s+(?:her|him|them)))?\s*[.!]"
)
_NO_MEANT = _Lazy(
    r"\s*(?:(?:ticked|circled)\s+(?:no|zero|0)\s+and\s+|and\s+|i\s+|not\s+now\s*,?\s*)?(?:meant\s+it|not\s+for\s+(?:years|ages|a\s+long\s+time)|not\s+in\s+years)"
    r"(?:\s+now)?(?:,?\s+and\s+i\s+meant\s+it)?\s*[.!]*\s*$"
)


# The answer as the next sentence in the writer's words, said or ticked: "I said no and meant it.",
# "Honest answer: no.", "Ticked no, and it was true.", "Honestly no, just shattered."
_NEXT_SENTENCE_SAID_NO = _Lazy(
    r"[\s\"')]*(?:(?:i\s+)?(?:said|answered|replied|ticked|circled|checked|told\s+(?:her|him|them|the\s+\w+))\s+"
    r"(?:a\s+|an\s+)?(?:firm\s+|straight\s+|honest\s+|plain\s+)?[\"']?(?:no|nope|not\s+at\s+all|never|none)\b"
    r"|(?:honest(?:ly)?|truthfully|genuinely)\s*(?:answer\s*)?[:,]?\s*(?:no|nope|not\s+at\s+all|none)\b"
    r"|(?:no|nope|not\s+at\s+all)\s*[,.]\s*(?:honest(?:ly)?|truthfully|genuinely)\b)"
)
# Words next to the no that say it was meant.
_SAID_SINCERELY = _Lazy(r"honest|truthful|genuine")
_SINCERE_NEXT = _Lazy(
    r"\s*,?\s*(?:and\s+)?(?:i\s+)?(?:meant\s+it|honestly|truthfully|genuinely|(?:it|that)\s*(?:'s|\s+is|\s+was)\s+(?:true|the\s+truth)|"
    r"because\s+(?:it'?s\s+)?no)\b"
)
# What may follow a no said as meant, to the end of what was written: nothing, or how the writer feels
# instead in a word or two ("just shattered", "tired and skint"). Anything else keeps the flag: a list of
# words that take a no back can never be complete ("I said no, honestly. Friday's sorted."). Each repeat
# below has one way to match, so no input makes the search backtrack without end.
_FEELING = (
    r"(?:tired|exhausted|knackered|shattered|wrecked|stressed|sad|busy|swamped|sore|skint|anxious|homesick|"
    r"wiped\s+out|worn\s+out|burnt\s+out|run\s+down|grumpy|cross|furious|bored)"
)
_ONLY_A_FEELING_AFTER = _Lazy(
    rf"(?:[\s.,;:!-]*(?:(?:i'?m|i\s+am|just|only|mostly|simply|very|really|so)\s+){{0,3}}{_FEELING}"
    rf"(?:\s*(?:,|and|&)\s*(?:(?:just|very|really|so)\s+)?{_FEELING})?(?:\s*,?\s*(?:that'?s\s+all|is\s+all|nothing\s+more))?)?"
    r"[\s.!]*$"
)


def _screened_no(text: str, sent_start: int, sent_end: int, start: int, end: int) -> bool:
    """Whether a screening question holds the match and is answered no just after it, in its own
    sentence or as the next one."""
    if not _SCREEN_ASKED.search(text[sent_start:start]):
        return False
    answer = _SCREEN_ANSWER._get().match(text, end, sent_end)
    if answer:
        return not _ANSWER_TAKEN_BACK.search(text[answer.end() : sent_end])
    if sent_end - end > 30 or " but " in text[end:sent_end]:
        return False
    # Answered in the next sentence, the question must open what was written: what comes before may take
    # the no back as well as what follows ("Friday's sorted. The GP asked ... No. Not for years.").
    if text[:sent_start].strip():
        return False
    reply = _NEXT_SENTENCE_NO._get().match(text, sent_end)
    if reply:
        after = text[reply.end() : reply.end() + 120]
        return bool(_NO_MEANT._get().match(after))
    said = _NEXT_SENTENCE_SAID_NO._get().match(text, sent_end)
    if not said:
        return False
    # A no said as meant ("I said no and meant it", "Honest answer: no."), then nothing but a feeling.
    after = said.end()
    if not _SAID_SINCERELY.search(said.group()):
        sincere = _SINCERE_NEXT._get().match(text, after)
        if not sincere:
            return False
        after = sincere.end()
    return bool(_ONLY_A_FEELING_AFTER._get().match(text, after))


# A burden felt once and resolved in the same sentence: "I felt like a burden when I lost my job, so
# we made a budget together"; a burden still felt, or one beside absence or death, stands.
_BURDEN_FELT = _Lazy(r"\bfelt\b")
_BURDEN_RESOLVED = _Lazy(
    r"(?:[,;]|\s)\s*(?:so|but|then|and\s+then|and\s+so|now|in\s+the\s+end)\s+(?:we|i|he|she|they|my\s+\w+|it)\s+(?:\w+\s+)?"
    r"(?:made|booked|bought|cooked|sorted|paid|treated|found|ordered|talked|planned|set\s+up|asked|helped|built|did|got\s+(?:a|my|the)|"
    r"said\s+(?:she|he|they|it)|'?m\s+(?:training|fine|ok|okay|back)|was\s+fine|'?ve\s+got\s+a)\b"
    r"|[,;]\s*(?:found|got|sorted|moved\s+into|started|paid\s+(?:her|him|them)\s+back)\s+(?:my|a|the|our)\b"
)
_BURDEN_STILL = _Lazy(
    r"\b(?:still|any\s*more|always|again|every\s+day|better\s+off|without\s+me|gone|dead|die|can'?t|nobody|no\s+one|hate|"
    r"worthless|end|shake\s+it|do\s+now|suicid\w*|kill\w*|disappear\w*|not\s+(?:here|around)|pills|tablets|rope|overdos\w*|cut|"
    r"hurt|harm|leave|left|note|goodbye)\b"
)
# Away, not gone: somewhere else to be, or being around less often ("won't be around for my birthday,
# I'll be in Crete", "not being around the flat so much, so I joined a choir").
_AWAY_MATCH = _Lazy(r"\b(?:around|here|about|there)\b")
_ELSEWHERE = _Lazy(
    r"(?:\b(?:i'?ll\s+be|i\s+will\s+be|we'?ll\s+be)\s+(?:(?:away|off|over|up|down|out|back|late|staying|working|busy)\s+)?(?:in|at|on)"
    r"|\b(?:i'?m|im|i\s+am|we'?re)\s+(?:away|off|over|going|heading|staying|working|back|late)\s+(?:in|at|to|on)"
    r"|\b(?:i'?m|im|i\s+am)\s+(?:at|in)(?=\s+my\s+\w+'s\b)|\bso\s+i(?:'?m)?\s+(?:\w+\s+){0,2}?(?:go|going|went|joined|started|booked)\s+(?:to|a|the|on|in)"
    r"|\b(?:moving|relocating|emigrating)\s+(?:back\s+|out\s+|over\s+|home\s+)?to(?=\s+(?:\w+\s+){1,3}?(?:in|for|next|this|on|at|with|by|after)\s+"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|"
    r"the\s+new\s+year|(?:a|the|my)\s+(?:new\s+)?(?:job|work|course|degree|post)|work|uni|university|college|my\s+\w+|our\s+\w+|"
    r"(?:next|this|a)\s+(?:week|month|year|term)|the\s+(?:week|month|year|end\s+of\s+the\s+\w+))\b))\s+"
    r"(?!(?:a\s+)?(?:heaven|paradise|peace|rest|better\s+place|box|coffin|urn|morgue|pieces|pain|agony|tears|despair)\b|"
    r"(?:my|the|a)\s+(?:grave|ground|other|next|cemetery|churchyard|afterlife|sky|stars|end|bottom|river|sea|bridge|edge|tracks|railway|"
    r"station|roof|top|car\s+park|woods|forest|lake|canal|motorway|cliffs?|pier|quarry|beach|garage|shed|loft|attic|water|train|hospital|"
    r"dark|bad|better|way\s+out)\b)\w+"
    r"|\b(?:so|as|too)\s+(?:much|often)(?=\s*(?:[,.;!?]|$|so|and|but|these|lately|because))|\b(?:the\s+\w+|it)\s+needs\s+me\b"
)
_ABSENT = _Lazy(
    r"\b(?:won'?t|wont|will\s+not|not\s+going\s+to|not|wasn'?t|weren'?t|isn'?t)\s+(?:\w+\s+){0,2}?(?:be\s+|being\s+)?(?:around|here|about|there)\b"
)
# Others eased by the absence is told as a bounded time only: "relieved if I wasn't around during the
# building work", not "relieved if I wasn't around".
_OTHERS_EASED = _Lazy(r"\b(?:relieved|happier|better\s+off|easier|glad|fine)\b")
_ABSENCE_BOUND = _Lazy(r"\s+(?:while|during|when|whenever)\b")
_GONE_FOR_GOOD = _Lazy(
    r"\b(?:forever|for\s+good|any\s*more|ever\s+again|better\s+off|nobody|no\s+one|notice|miss\s+me|much\s+longer|long|soon|"
    r"easier|for\s+me|anyway|die|dead|kill\w*|suicid\w*|end\s+it|gone|never|wake|sleep|pills|tablets|rope|goodbye|sorry|"
    r"cope|burden)\b"
)
# A method or a means given an everyday purpose in its sentence: "which tablets would do it for my
# hay fever", "charcoal and tape in the car for the barbecue", "because I start my lifeguard course".
_PURPOSE_HINTS_AFTER = ("for ", "because", "borrow", "uses them", "needs them")
_MEANS_OR_METHOD = _Lazy(
    rf"\b(?:{_PILLS}|pills?|tablets?|dose|overdos\w*|lethal|fatal|rope|charcoal|tape|hose\w*|knife|knives|blades?|razors?|drown\w*|"
    r"carbon\s+monoxide|gas|poison\w*|jump\w*|drop|bridge|do\s+it|would\s+it\s+take|how\s+(?:long|many|much|far))\b"
)
_EVERYDAY_PURPOSE = _Lazy(
    r"\b(?:for|because(?:\s+of)?)\s+(?:\w+\s+){0,3}?(?:hay\s*fever|allerg\w*|cold|flu|headaches?|migraines?|toothache|cramps|"
    r"period|back\s+pain|knee|eczema|acne|cough|sinus\w*|infection|sore\s+throat|hangovers?|arthritis|dogs?|cats?|pets?|puppy|"
    r"kitten|vet|barbecue|bbq|camping|picnic|garden|lawn|allotment|course|class|lifeguard|training|first\s+aid|bungee|hike|hiking|"
    r"costume|models?|cosplay|party|trip|holiday|recipe|cooking|baking|shed|decorating|diy|tarp|woodpile|fishing|tent)\b"
    r"|\b(?:borrows?|uses?|needs?)\s+them\s+for\s+(?:his|her|their|the|a|my)\s+\w+"
)
_PURPOSE_UNDONE = _Lazy(
    r"\b(?:myself|my\s+(?:own\s+)?life|die|dead|dying|suicid\w*|kill\s+me|not\s+wake|never\s+wake|enough\s+to|whole\s+box|"
    r"all\s+of\s+them|end\s+it|overdos\w*|not\s+coming\s+(?:home|back)|for\s+good|for\s+me|know\s+what\s+it'?s\s+for|"
    r"life|living|everything|it\s+all|the\s+world|saving\s+up|stockpil\w*|hoard\w*|collect\w*\s+(?:them|enough)|tonight|"
    r"take\s+(?:them\s+)?all|all\s+at\s+once|the\s+lot|whole\s+(?:packet|bottle|lot)|every\s+(?:last\s+)?one|taking\s+them|"
    r"took\s+them|swallow\w*|sleep\s+forever|wake|never|hurt|harm|gone|(?:don'?t|do\s+not|didn'?t|won'?t)\s+need|not\s+for|"
    r"(?:isn'?t|wasn'?t)\s+for|pretend\w*|(?:told|tell)\s+\w+\s+(?:it'?s|it\s+was|they'?re)|forever|got\s+\d+|"
    r"\d+\s+now|only\s+thing\s+that\s+helps|nobody\s+knows|no\s+one\s+knows)\b"
)
# A harm verb whose object is a thing, named after it ("cut again last night, my fringe this time"),
# or a hurt got on a thing by mishap ("burnt myself on the glue gun").
_HARM_THING = _Lazy(
    r"\b(?:my|the|his|her|our)\s+(?:own\s+)?(?:fringe|hair|bangs|beard|nails|toenails|grass|lawn|hedges?|roses|pastry|toast|dinner|"
    r"rice|pan|sauce|cake|bread|veg\w*|fabric|pattern|paper|card|costume|models?|pizza|steak|onions?|carpet|lino|skirting)\b"
)
_HARM_VERB = _Lazy(r"cut|burn|scratch|hit|bruis|punch|starv|shav|chop|sing|scald")
_HURT_ON_A_THING = _Lazy(
    r"\b(?:burn[te]d?|scalded|cut|scratched|bruised|hurt|bashed|banged|stubbed|trapped)\s+(?:myself|my\s+(?:\w+\s+)?\w+)\s+on\s+"
    r"(?:the|a|an|some|my)\s+(?!(?:\w+\s+)?(?:lighter|cigarettes?|razors?|blades?|knife|match|matches|compass|scissors|glass|walls?|floor|door)\b)\w+"
)
_BODY_OR_INTENT = _Lazy(
    r"\b(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?|body|deep\w*|blood|bleed\w*|bled|scars?|blades?|razors?|again\s+and\s+again|"
    r"on\s+purpose|deliberately|meant\s+to|wanted\s+to|to\s+feel|punish\w*|urge\w*|relaps\w*|clean|suicid\w*|die|dead|"
    r"too\s+much|when\s+it\s+gets|to\s+cope|can'?t\s+cope|again\s+tonight|deserv\w*|till|until|fists?|knuckles|split|"
    r"only\s+thing\s+that\s+helps|helps|nobody\s+knows|no\s+one\s+knows|hide|hiding|hid|secret)\b"
)
# Water entered for a swim: "walk into the sea till I can't touch the bottom, wild swimming at last".
_WATER_MATCH = _Lazy(r"\b(?:sea|water|lake|river|waves|ocean|loch|reservoir)\b")
_WATER_ACTIVITY = _Lazy(
    r"\b(?:wild\s+swim\w*|swim\w*|dip|paddl\w*|surf\w*|kayak\w*|snorkel\w*|bodyboard\w*|lifeguard\w*|wetsuit|swimming\s+costume)\b"
)
_WATER_DRAWN = _Lazy(
    r"\b(?:not\s+come\s+back|never\s+come\s+back|not\s+coming\s+back|forever|for\s+good|disappear\w*|drown\w*|end\s+it|die|dead|"
    r"sink\w*|under|let\s+go|peace|keep\s+(?:going|walking)|never\s+return|want\s+to\s+be\s+gone|let\s+the|have\s+me|take\s+me|"
    r"far\s+out|out\s+(?:into|to|past|beyond)|tides?|currents?|carry|drift\w*|float\w*\s+away|away|gone|end|over|tired|enough|"
    r"(?:not|never|no)\s+(?:\w+\s+)?back|stop\s+swimming)\b"
)
# Better off without an act of the writer's, not without the writer: "the plants would be better off
# without me forgetting to water them", "the team is better off without me taking the penalties".
_WITHOUT_MY_ACT = _Lazy(
    r"\bwithout\s+me\s+(?!(?:being|living|existing|breathing|staying|sticking|hanging|dragging|ruining|getting\s+in)\b)\w+ing\b"
)
# Better off without the writer at one event, not in their lives: "everyone would be better off without me at
# that meeting, I'll send notes".
_WITHOUT_ME_AT = _Lazy(
    r"\bwithout\s+me\s+(?:at|on|for)\s+(?:the|that|this|tomorrow'?s|today'?s|friday'?s|monday'?s|next\s+week'?s)\s+"
    r"(?:\w+\s+)?(?:meeting|call|trip|shift|party|match|game|gig|rehearsal|project|presentation|pitch|quiz|dinner|meal|outing|"
    r"away\s+day|session|training|launch|wedding|do|night\s+out|holiday|review)\b"
    r"(?![^.!?\n]*\b(?:lives|life|world|around|for\s+good|forever|full\s+stop|period|altogether|anywhere|in\s+general|gone|every\w*|at\s+all|too|as\s+well|either|at\s+home|disappear\w*|should\s+just)\b)"
)
# A thing wished dead: "the phone battery is dead, I wish it would just die for good".
_THING_WISHED_DEAD = _Lazy(
    r"\b(?:wish|want|hope)\w*\s+(?:it|them|they|this\s+\w+|that\s+\w+|the\s+\w+)\s+(?:would\s+|to\s+|will\s+|could\s+)?"
    r"(?:just\s+|finally\s+|all\s+)?(?:die|be\s+dead)\b"
)
_THING_NAMED = _Lazy(
    r"\b(?:phone|laptop|battery|computer|tv|telly|wifi|router|plants?|houseplants?|console|controller|charger|headphones|printer|"
    r"fridge|boiler|kettle|hoover|car|van|bike|scooter|watch|app|website|server|show|series|trend|meme)\b"
)
_ME_DEAD = _Lazy(r"\b(?:myself|me|(?:i|i'd|id)\s+(?:\w+\s+){0,2}?(?:die|dead))\b|\bmy\s+(?:own\s+)?life\b")
# A route given by a map: "I'll just let the satnav take me on the motorway".
_CRASH = _Lazy(r"\b(?:crash\w*|swerv\w*|off\s+the|into\s+(?:a|the)|wall|tree|lorry|never|forever|end)\b")
_DIRECTIONS = _Lazy(r"\b(?:satnav|sat\s+nav|gps|google\s+maps|waze|the\s+maps?\s+app)\b")
# A writing project's plot: "my crime novel's method is an overdose", "the victim in my short story".
_WRITING = _Lazy(
    r"\b(?:my|our|this)\s+(?:\w+\s+){0,2}?(?:novel(?:'?s)?|story(?:'?s)?|screenplay|script|play|fanfic|fan\s?fiction|"
    r"book(?:'?s)?|thriller|whodunn?it|murder\s+mystery|short\s+film|drama|manuscript|chapter|writing\s+group|detective\s+story)\b"
    # (drafting a message to someone is no writing project: "drafting the text to my sister")
    r"|\b(?:plotting|drafting)\s+(?:my|the|a|this)\b(?!\s+(?:\w+\s+)?(?:texts?|messages?|notes?|emails?|e-mails?|letters?|goodbyes?|will)\b)"
)
# ...and a word of the craft beside it: a plot, a character, whether it is believable.
_WRITING_CUE = _Lazy(
    r"\b(?:plausible|believable|realistic|characters?|victim|villain|detective|protagonist|killer|plot\w*|scene|chapter|"
    r"act\s+(?:one|two|three|\d)|murder\w*|readers?|draft\w*|writ\w*|forensic|whodunn?it|crime|heir|butler|shot\s+list|monologue)\b"
)
_WRITER_OWN = _Lazy(
    r"\b(?:myself|my\s+(?:own\s+)?life|for\s+me|i\s+(?:want|wanna|need)\s+to\s+(?:die|end|kill)|not\s+(?:a|my)\s+(?:story|novel|book)|"
    r"pretend\w*|i'?ve\s+(?:got|saved|bought|collected)|so\s+will\s+i|me\s+too|forever|nobody\s+knows|"
    r"only\s+thing\s+that\s+helps|saving\s+(?:up\s+)?my\s+(?:tablets|pills|meds|medication))\b"
)


def _an_everyday_sense(text: str, sent_start: int, sent_end: int, start: int, end: int, sentence: str) -> bool:
    """Whether the match's serious words are used in an everyday sense its sentence makes plain: a
    thing blamed lightly, a joke told as one, a screening no, a burden resolved, an absence with
    somewhere to be, a method's everyday purpose, harm to a thing, a swim, a thing wished dead, a
    satnav's route or a writing project's plot."""
    matched = text[start:end]
    at = start - sent_start
    if ("suicidal" in sentence or " me " in sentence or "end it all" in sentence) and _thing_blamed_lightly(sentence):
        return True
    if ('"' in sentence or "said" in sentence or "says" in sentence) and _joke_told_as_one(sentence, at):
        return True
    if _SCREEN_HINT.search(sentence) and _screened_no(text, sent_start, sent_end, start, end):
        return True
    if (
        _BURDEN_MATCH.search(matched)
        and _BURDEN_FELT.search(matched)
        and _BURDEN_RESOLVED._get().search(text, end, sent_end)
        and not _BURDEN_STILL.search(sentence)
    ):
        return True
    if (
        _AWAY_MATCH.search(sentence)
        and (absent := _ABSENT.search(sentence))
        and (away := _ELSEWHERE._get().search(sentence, absent.end()))
        and not _STRONG.search(sentence)
        and not _GONE_FOR_GOOD.search(sentence[: away.start()] + " " + sentence[away.end() :])
        and (not _OTHERS_EASED.search(sentence) or _ABSENCE_BOUND._get().match(sentence, absent.end()))
    ):
        return True
    if (
        any(h in sentence for h in _PURPOSE_HINTS_AFTER)
        and (means := _MEANS_OR_METHOD.search(sentence))
        and _EVERYDAY_PURPOSE._get().search(sentence, means.start())
        and not _PURPOSE_UNDONE.search(sentence)
        and not _STRONG_OWN.search(sentence)
    ):
        return True
    if (
        (
            (_HARM_VERB.search(matched) and _HARM_THING._get().search(text, end, sent_end) and "myself" not in sentence)
            or _HURT_ON_A_THING.search(sentence)
        )
        and not _BODY_OR_INTENT.search(sentence)
        and not _STRONG.search(sentence)
    ):
        return True
    if (
        _WATER_MATCH.search(sentence)
        and _WATER_ACTIVITY.search(sentence)
        and not _WATER_DRAWN.search(sentence)
        and not _STRONG.search(sentence)
    ):
        return True
    if _THING_WISHED_DEAD.search(sentence) and _THING_NAMED.search(sentence) and not _ME_DEAD.search(sentence):
        return True
    if (
        "without me" in sentence
        and (act := _WITHOUT_MY_ACT.search(sentence))
        and not _NOT_A_THING.search(sentence[: act.start()])
        and not _STRONG.search(sentence)
    ):
        return True
    if sentence.count("without me") == 1 and _WITHOUT_ME_AT.search(sentence) and not _STRONG.search(sentence):
        return True
    if (
        _DIRECTIONS.search(sentence)
        and not _METHOD_NEAR.search(sentence)
        and not _CRASH.search(sentence)
        and not _STRONG.search(sentence)
    ):
        return True
    return bool(
        _WRITING.search(sentence)
        and _WRITING_CUE.search(sentence)
        and not _WRITER_OWN.search(sentence)
        and not _STRONG_OWN.search(sentence)
    )


# Dying feared or believed, not wished: the frame just before the words of dying, in the same clause
# ("I was sure I was having a heart attack and would die", "thought we were all going to die").
_FEARED_HINT = _Lazy(r"\b(?:die|dying|dead)\b")
_FEARED_FRAME = _Lazy(
    r"\b(?:thought|was\s+sure|were\s+sure|was\s+convinced|were\s+convinced|was\s+certain|scared|afraid|terrified|frightened|petrified|worried|panicked|"
    r"panicking|feared|fear|felt\s+like|felt\s+as\s+if|genuinely\s+believed|believed)\s+(?:that\s+)?"
    r"(?:i|we|i'?m|im|we'?re|everyone|all\s+of\s+us)\s*(?:was|were|am|are|'m|'re|would|'d|might|could|will|'ll|m)?\s*"
    r"(?:all\s+)?(?:(?:having\s+a\s+heart\s+attack|choking|drowning|crashing|falling)\s+and\s+(?:would|'d|was\s+going\s+to|might)\s+)?"
    r"(?:going\s+to\s+|gonna\s+|about\s+to\s+|actually\s+|really\s+)?$"
)
# ... unless the fear is met with relief, a hope or not caring ("and part of me was relieved").
_FEARED_YET_WISHED = _Lazy(
    r"\b(?:relieved|relief|glad|hoped|hoping|hope|wanted|wish|wished|wishing|didn'?t\s+care|don'?t\s+care|"
    r"part\s+of\s+me|bit\s+of\s+me|wants?\s+(?:to|it)(?=\s*(?:$|[.!?,;\n]|(?:to\s+)?(?:die|end|happen|be\s+over)\b))|"
    r"(?:okay|ok|fine)\s+with\s+(?:dying|that|it\s+happening)|won'?t\s+stop|not\s+going\s+to\s+stop|chosen\s+(?:how|when|the\s+(?:day|date|way|method|pills))|decided|plan(?:s|ned|ning)?|urges?\s+(?:to\s+(?:die|end|do\s+it|act)|(?:are|is)\s+back)|(?:suicidal\s+)?thoughts\s+(?:of|about)\s+(?:it|dying|ending|killing)|disappointed|let\s+(?:it|go)|welcome|peaceful|ready|by\s+my\s+own\s+hand|on\s+purpose)\b"
)


# Said, and then said what was meant: an illness or a feeling, not a wish ("but I meant I wanted the
# nausea to stop", "meaning I feel awful").
_SAID_NOT_MEANT = _Lazy(
    r"\b(?:i\s+)?meant\s+(?:that\s+)?(?:i\s+wanted\s+)?(?:the|my|it|this)\s+(?:\w+\s+){0,3}?to\s+(?:stop|end|go\s+away|be\s+over)\b"
    r"|\bmeaning\s+i\s+(?:feel|felt)\s+(?:so\s+)?(?:awful|terrible|rough|rubbish|dreadful|ill|sick|bad)\b"
)
# A natural death far off ("after I'm gone, many years from now").
_FAR_OFF = _Lazy(
    r"\b(?:(?:many|some|a\s+lot\s+of|fifty|forty|thirty)\s+years\s+from\s+now|when\s+i'?m\s+(?:old|very\s+old|ninety|a\s+hundred)"
    r"|when\s+i\s+(?:die|go)\s+of\s+old\s+age|in\s+the\s+far\s+future)\b"
)
# A thought watched as a thought, the way the practices teach: labelled ('Thought: "..."', the "..."
# thought, an old thought) and then not believed, let go or named, in the same sentence or just after.
_DEFUSED = _Lazy(
    r"\bthought\s*:\s*[\"\u201c']|\bthe\s+[\"\u201c'][^\"\u201d\n]{3,80}[\"\u201d']\s+thought\b|\bhaving\s+the\s+thought\b"
    r"|\bnotic\w*\s+the\s+thought\b|\b(?:old|familiar|same\s+old)\s+thought\b"
    r"|\b(?:free\s+from|let\s+go\s+of|letting\s+go\s+of|quiet\w*|soften\w*|notic\w*|hear\w*)\s+the\s+(?:\w+\s+)?(?:voice|thought|story|critic)\s+(?:that|which)\s+(?:says|tells\s+me|whispers)\b"
)
_DISBELIEVED = _Lazy(
    r"\b(?:(?:don'?t|do\s+not|didn'?t|no\s+longer)\s+(?:\w+\s+)?believ\w*\s+(?:it|that|them|this)|(?:it'?s|its|just)\s+a\s+thought"
    r"|not\s+a\s+fact|(?:let|letting)\s+it\s+(?:go|drift|pass|float)|label+(?:ed|ing)?\s+it|named\s+it"
    r"|(?:may|let)\s+(?:i|me)\s+be\s+free\s+from|(?:it'?s|its)\s+(?:quieter|softer|less\s+loud)|used\s+to\s+be\s+(?:so\s+)?loud(?:er)?)\b"
)
# ...unless it is winning: louder, believed now, won't go.
_DEFUSION_UNDONE = _Lazy(
    r"\b(?:louder|stronger|more\s+often|can'?t\s+shake|starting\s+to\s+believe|believe\s+it\s+now|won'?t\s+(?:go|stop|leave))\b"
)


def _defused(text: str, sent_start: int, sent_end: int) -> bool:
    """Whether the sentence labels a thought and it, or the next few words, do not believe it."""
    if not _DEFUSED._get().search(text, sent_start, sent_end):
        return False
    after = min(len(text), sent_end + 200)
    disbelieved = _DISBELIEVED._get().search(text, sent_start, after)
    return bool(disbelieved) and not _DEFUSION_UNDONE._get().search(text, sent_start, after)


# A crisis word the writer says is not theirs, right before it: "I'm not suicidal", "I don't want to die" ...
_NEGATED_OWN = _Lazy(
    r"(?:\b(?:i'?m|im|i\s+am)\s+(?:not|never)\s+(?:actually\s+|really\s+|feeling\s+|being\s+)?|\bi\s+(?:don'?t|do\s+not|dont)\s+(?:actually\s+|really\s+)?)$"
)
# ...when the match is a wish to die or to hurt oneself, or being suicidal (never "want to live": not wanting
# to live is the crisis)...
_NEGATABLE = _Lazy(
    r"suicid|(?:want|wanna|wanted)\s+to\s+(?:die|be\s+dead|kill|end\s+(?:it|my)|hurt|harm)|kill|hurt|harm"
)
# ...and nothing after it in the sentence turns back: "but", "yet", "part of me", "some days", "tonight".
_NEGATION_UNDONE = _Lazy(
    r"\b(?:but|yet|though|although|except|part\s+of\s+me|some\s+days|sometimes|lately|right\s+now|tonight|sure|i\s+think)\b|\?"
)
# A safety plan made, with the hope of never needing it.
_PLAN_KEPT_IN_HOPE = _Lazy(
    r"\b(?:hope|hoping|hopefully)\s+(?:that\s+)?i\s+(?:won'?t|wont|will\s+not|never|don'?t)\s+(?:ever\s+)?(?:need|have\s+to\s+use|use)\s+it\b"
)
# Someone else telling the writer to die: "a boy at school told me to go kill myself", "they said I should kill myself".
_TOLD_TO = _Lazy(
    r"\b(?:told|tell|tells|telling|said|says|saying|texted|messaged|wrote|commented|posted|shouted|yelled|keep\s+telling|kept\s+telling)\s+"
    r"(?:me\s+to|me\s+i\s+should|i\s+should|me\s+that\s+i\s+should|me\s+to\s+just)\s+(?:just\s+)?(?:go\s+(?:and\s+)?)?$"
)
# ...and told on, blocked or answered "I don't want to" (said alone, it is read as the writer's own).
_TOLD_AND_HANDLED = _Lazy(
    r"\b(?:told\s+(?:my\s+\w+|the\s+(?:school|teacher|police|mods?)|a\s+teacher|someone|an?\s+adult)|reported|blocked|screenshot\w*|"
    r"i\s+(?:don'?t|do\s+not|dont)\s+want\s+to\b(?!\s+(?:live|be\s+here|wake|go\s+on))|(?:it|that)\s+hurt\b)"
)
# ...unless the writer agrees with it: "maybe they're right", "and I might".
_TOLD_AND_AGREED = _Lazy(
    r"\b(?:maybe\s+(?:i\s+)?(?:should|will|they'?re|he'?s|she'?s|theyre|hes|shes)|(?:they|he|she)\s*(?:'?re|'?s|\s+is|\s+are)\s+(?:right|not\s+wrong)|"
    r"i\s+(?:might|will|just\s+might|am\s+going\s+to|'?m\s+going\s+to|want\s+to|wanna|think\s+i\s+(?:will|should|might))(?!\s+not)|(?:and|so)\s+i\s+(?:did|tried|nearly|almost))\b"
)


def _feared_not_wished(sentence: str, before: str, matched: str) -> bool:
    """Whether the match's dying is what the writer feared or believed was happening, and nothing in
    the sentence welcomes it."""
    dying = _FEARED_HINT.search(matched)
    if dying is None:
        return False
    return bool(_FEARED_FRAME.search(before + matched[: dying.start()])) and not _FEARED_YET_WISHED.search(sentence)


# Words that name someone else as the one whose life or self it is: "his own life", "hanged herself".
_THIRD_OWN = _Lazy(
    r"\b(?:took|take|takes|taking|ended|end|ends|ending)\s+(?:his|her|their)\s+(?:own\s+)?li(?:fe|ves)\b|"
    r"\b(?:killed|kill|kills|killing|hanged|hang|hangs|hanging|hung|drown|drowned|drowning|shoot|shot|shooting|poison|poisoned|"
    r"poisoning|gas|gassed|throw|threw|throwing|cut|cuts|cutting|hurt|hurts|hurting|harm|harmed|harming|burn|burned|burnt|burning|"
    r"starve|starved|starving)\s+(?:him|her|them)sel(?:f|ves)\b"
)
# An "I" before them does not make them the writer's ("I was sure Ben would kill himself"); "I'm the girl who's
# going to kill herself" is read again as "I am going to kill myself" (selftalk.as_the_one_described).


# Where someone is from, said with "my" ("a girl from my gym", "a bloke on my commute"): the "my" is not the
# writer acting.
_WHERE_FROM = _Lazy(
    r"\s+(?:from|at|in|on|near|across|down|up|round|along)\s+(?:my|our)\s+(?:(?:old|new|local|last)\s+)?"
    r"(?:gym|class|school|uni|college|course|year|work|office|team|group|street|road|estate|block|building|floor|ward|"
    r"church|village|town|commute|bus|train|route|choir|club|squad|unit|company|firm|department|dept|halls|flat|house)\b"
)


def _past_where_from(before: str, at: int) -> int:
    """Where to look for the writer after someone named at `at`: past a "from my gym" that only says who they are."""
    found = _WHERE_FROM._get().match(before, at)
    return found.end() if found else at


# A hurt told as an accident, in the words that say how it happened: the activity right after it ("hurt
# myself falling off my bike", "moving the sofa", "playing netball"), or a fall over a thing just before
# ("slipped on the ice and hurt myself"). Only these tight forms: the same words are as common in writing
# about self-harm when they stand apart ("slipped into old habits and cut myself", "ran into the bathroom
# and cut myself", "fell down the stairs drunk and then cut myself in my room").
_HURT_AS_ACCIDENT = _Lazy(
    rf"(?:{_HARM_VERBS}|grazed)\s+(?:myself|my\s+self)\s+(?:"
    r"(?:playing|skiing|snowboarding|skateboarding|skating|surfing|climbing|cycling|hiking|running|jogging|"
    r"sparring|tackling|dancing|gardening|decorating|falling|tripping|slipping)\b(?!\s+(?:with|on\s+purpose|into))"
    r"|(?:lifting|carrying|moving|shifting|opening|assembling)\s+(?:the|a|an|some|those|these|our|heavy)\s+"
    r"(?:\w+\s+)?(?:sofa|couch|boxe?s?|furniture|wardrobe|bed|fridge|shopping|bags?|tins?|cans?|table|desk|"
    r"weights?|ladder|piano|suitcase|crates?|chairs?|drawers|shelf|shelves)\b)"
    r"|(?:fell|slipped|tripped|stumbled)\s+(?:off|over|on|down)\s+(?:my|the|a|an|some)\s+(?:\w+\s+)?"
    r"(?:bike|stairs|steps?|ice|kerb|curb|pavement|ladder|horse|skateboard|scooter|trampoline|rug|cat|dog|toy|"
    r"lego|hose|cable|floor|path|pitch|court|track|hill|slope)\s+and\s+(?:\w+\s+)?"
    rf"(?:{_HARM_VERBS}|grazed)\s+(?:myself|my\s+self)\b"
    # a kitchen mishap: "dropped the pan and burned myself"
    r"|(?:dropped|spilled|spilt|knocked\s+over|tipped\s+over)\s+(?:my|the|a|an|some)\s+(?:\w+\s+)?"
    r"(?:pan|pans|kettle|pot|tray|baking\s+tray|tea|coffee|soup|water|oil|dish|casserole|mug|cup|glass|plate|jar)"
    r"\s+and\s+(?:\w+\s+)?(?:burn|burned|burnt|cut)\s+(?:myself|my\s+self)\b"
    r"(?=\s*(?:$|[.!?,;\n]|(?:on|with|in)\s+(?:the\s+|it|some\s+)?(?:hot\s+|boiling\s+)?(?:oil|water|tea|coffee|soup|steam|shards?|glass|bits?|it)\b|(?:picking|clearing|cleaning|sweeping)\s+(?:it|them|that)\s+up\b))"
)
# What makes it no accident, anywhere in the entry: meant, hidden, kept up, the usual tools, a relapse's
# words, a wish, or a cover story ("That's what I told mum anyway.").
_HURT_MEANT = _Lazy(
    r"\b(?:on\s+purpose|deliberately|intentionally|meant\s+to|wanted\s+to|want\s+to|need(?:ed)?\s+to|because|"
    r"deserve\w*|punish\w*|to\s+feel|urges?|relapsed?|blades?|razors?|lighter|matches|scissors|compass|secret\w*|"
    r"hide|hid|hiding|sleeves|can'?t\s+stop|couldn'?t\s+stop|until|till|numb|clean|scars?|again\s+and\s+again|"
    r"every\s+(?:night|day|time)|on\s+my\s+(?:arms?|thighs?|wrists?|legs?|stomach|hips?)|wish\w*|die|dead|"
    r"kill\w*|suicid\w*|end\s+it|held\s+it|holding|said|told|tell|telling|say|saying|story|excuse|cover|lie|"
    r"lied|lying|apparently|really\s+it|wasn'?t\s+the|blam\w*|truth|anyway|sure\.|felt\s+good|wanted\s+the\s+pain|"
    r"(?:third|second|fourth)\s+time)(?![\w'])"
)


def _hurt_by_accident(text: str, sent_start: int, sent_end: int, start: int, matched: str) -> bool:
    """Whether a match of hurting oneself, at text[start:], is an accident told as how it happened ("hurt
    myself moving the sofa", "slipped on the ice and hurt myself"), with nothing in the entry saying it was
    meant. The accident's words must hold the match: another hurt in the sentence is read on its own."""
    if "self" not in matched:
        return False
    for told in _HURT_AS_ACCIDENT._get().finditer(text, sent_start, sent_end):
        if told.start() <= start < told.end():
            return _HURT_MEANT._get().search(text) is None
    return False


# After a person: they are the one kept from knowing about a thing, so the thing is the writer's secret, not
# theirs. Only "about" a thing: "she didn't know it was the last time" leaves whose last time open.
_KEPT_IN_THE_DARK = _Lazy(
    r"(?:'?ll|\s+will)?\s+(?:(?:still\s+)?(?:doesn'?t|doesnt|don'?t|dont|didn'?t|didnt|does\s+not|do\s+not|did\s+not|won'?t|wont|will\s+never|"
    r"would\s+never|can'?t|cant|never)\s+(?:know|knows|find\s+out|notice|guess|suspect|realise|realize)|"
    r"(?:has|have|had)\s+no\s+idea)\s+(?:about|of)\b"
)


def is_own_now(
    text: str, sent_start: int, sent_end: int, start: int, end: int, guarded: bool, *, named_person_owns: bool = True
) -> bool:
    """Whether a crisis match at text[start:end] is the writer's own, now (else it is left out: someone
    else's, a story's, the past, a fear, an idiom, or a hurt told as an accident). `named_person_owns`: False
    when the second opinion is beyond doubt, so a person named before the match does not make it theirs
    where the writer is in the sentence too ("my flatmate ... if I just weren't here she could breathe")."""
    sentence = text[sent_start:sent_end]
    before = text[sent_start:start]
    matched = text[start:end]
    if ("you" in sentence or "ur" in sentence) and asked_of_someone(sentence):
        return False  # "are you thinking of hurting yourself?": asked of someone else, the writer nowhere in it
    if (
        ("li" in matched or "sel" in matched)
        and _THIRD_OWN.search(matched)
        and not _FIRST_IN.search(matched)
        and not _DROPPED_I.search(sentence)
    ):
        return False  # "Our manager took his own life.", "drown herself": whose life or self it is, not the writer's
    if _hurt_by_accident(text, sent_start, sent_end, start, matched):
        return False  # "Hurt myself moving the sofa, my shoulder is sore": an accident, told as one
    if any(h in sentence for h in _REASON_HINTS) and _NOT_THE_REASON.search(
        sentence
    ):  # "not for shaving": no reason at all
        sentence = _NOT_THE_REASON._get().sub(" ", sentence)
    if _SCREEN_HINT.search(sentence) and _SCREEN_NO.search(sentence) and not _NO_TAKEN_BACK.search(sentence):
        return False
    if _PAST_HINT.search(sentence) and _PAST.search(sentence):
        if not _NOW.search(sentence):
            if not _present_apart(text, sent_start, sent_end, start, end):
                return False  # the writer's own past, over; a wish told as now in a clause of its own stands
        elif _now_elsewhere(text, sent_start, sent_end, start, end):
            return False  # "I used to cut, these days I'm doing ok": the now is another clause's
    if _feared_not_wished(sentence, before, matched):
        return False  # "I honestly thought I was going to die on that ladder": a fear, not a wish
    if (
        ("not" in before or "n't" in before or "dont" in before)
        and _NEGATED_OWN._get().search(before)
        and _NEGATABLE._get().match(matched)
        and not _NEGATION_UNDONE._get().search(text, end, sent_end)
    ):
        return False  # "I'm not suicidal, I'm just flattened", "I don't want to die, I want a holiday from me"
    if "safety plan" in sentence and _PLAN_KEPT_IN_HOPE._get().search(sentence) and not _STRONG.search(sentence):
        return False  # "I made a safety plan with my therapist today, hopefully I won't need it"
    if (
        _TOLD_TO._get().search(before)
        and _TOLD_AND_HANDLED._get().search(text, sent_start, min(len(text), sent_end + 200))
        and not _TOLD_AND_AGREED._get().search(sentence)
    ):
        return False  # "a boy at school told me to go kill myself. I told my mum": someone else's words, reported
    if "mean" in text[end:sent_end] and _SAID_NOT_MEANT._get().search(text, end, sent_end):
        return False  # "I moaned that I wanted to die, but I meant I wanted the nausea to stop"
    if "from now" in sentence or "old" in sentence:
        if _FAR_OFF._get().search(sentence):
            return False  # "even long after I'm gone, many years from now": a natural death, far off
    if ("thought" in sentence or "voice" in sentence or "critic" in sentence) and _defused(text, sent_start, sent_end):
        return False  # 'Thought: "everyone is better off without me". I notice it, I don't believe it'
    if '"' in sentence:
        said = sentence + text[sent_end : sent_end + 80]  # "...!" my son yelled: the speaker may follow the break
        if _QUOTE_SOURCE.search(said) and (_quoted(said, start - sent_start) or not _STRONG.search(matched)):
            return False  # a line of a song, a title or a character's words, quoted
    own_in_match = bool(_FIRST_IN.search(matched)) or bool(
        _SECRET_LAST_RX._get().match(matched) and (_FIRST_IN.search(sentence) or _DROPPED_I.search(sentence))
    )
    if not own_in_match:
        nearest = None
        # A relative's means just before the match ("my mum's tablets") are the writer's access to them:
        # read on into the match so the possessive is seen as one. Their funeral or their illness is theirs.
        for m in _PERSON.finditer(text[sent_start : end if _MEANS_FIRST._get().match(matched) else start]):
            if m.start() >= len(before):
                break
            if m.group("other") and (
                (
                    _AS_OBJECT._get().search(before, 0, m.start())
                    and not _SUBJECT_AFTER._get().match(before, m.end())
                    and not (m.end() >= len(before.rstrip()) and _ING_FIRST._get().match(matched))
                )
                or (m.group() in _OBJECT_PRONOUNS and _ME_ACTING._get().search(before, 0, m.start()))
                or (
                    _WHEN_OTHER_BEFORE._get().search(before, 0, m.start())
                    and _MAIN_AFTER._get().search(text, sent_start + m.end(), sent_end)
                )
            ):
                continue  # "told them", "for my brother", "I'd be doing them a favour": who is given or told, not who acts
            if m.group("other") and _KEPT_IN_THE_DARK._get().match(before, m.end()):
                continue  # "She doesn't know about the pills in the drawer": who is not told, not whose they are
            if (
                nearest is not None
                and nearest.group("other")
                and m.group("me")
                and m.end() <= _past_where_from(before, nearest.end())
            ):
                continue  # "a girl from my gym": the "my" says who she is
            nearest = m
        if (
            (named_person_owns or not (_FIRST_IN.search(sentence) or _DROPPED_I.search(sentence)))
            and nearest is not None
            and nearest.group("other")
            and not _FIRST_IN._get().search(before, _past_where_from(before, nearest.end()))
            and not _ME_BY_ROLE._get().search(before, 0, nearest.start())
        ):
            return False
        if nearest is None and not _FIRST_IN.search(sentence) and not _DROPPED_I.search(sentence):
            # no person at all: a subject talked about ("suicide rates rose"), unless it reads as a cry
            if _TOPIC_CUE.search(sentence):
                return False
    if (
        _TOPIC_WORD.search(matched)
        and _TOPIC_CUE.search(sentence)
        and not _OWN_BEFORE.search(before)
        and not _MYSELF_AFTER._get().match(text, end, sent_end)
    ):
        return False
    if (
        "for" in sentence
        and (work := _FOR_WORK.search(sentence))
        and not _STRONG_OWN.search(sentence)
        and not _HERE_FOR._get().search(sentence, 0, work.start())
    ):
        return False  # read, looked up or asked for a class or a project
    if (
        guarded
        and _EVERYDAY.search(sentence)
        and not _STRONG.search(sentence)
        and not _only_when(sentence, matched)
        and not _given_up(sentence)
        and _everyday_tied(text, sent_start, sent_end, start, end)
    ):
        return False  # an everyday reason for the match, in its clause or tied to it
    if (
        any(h in sentence for h in _CLARIFY_HINTS)
        and not _MATCH_SELF.search(matched)
        and _clarified_as_a_thing(text, sent_start, sent_end)
    ):
        return False  # "i'll end it tonight, the subscription i mean": the tail names what was meant
    if (
        matched.endswith("do it")
        and (named := _CLARIFIER._get().match(text, end, sent_end))
        and not _CLARIFIED_SELF.search(named.group("what"))
    ):
        return False  # "once Christmas is over I'll do it, the big clear-out of the loft": the "it", named
    if "still" in sentence:
        if ("here" in sentence or "around" in sentence) and _STILL_HERE.search(matched):
            if _still_here_explained(text, sent_start, sent_end, sentence):
                return False  # "Long day at the office. Why am I still here?"
        if _THING_STILL_ALIVE.search(sentence) and not _FIRST_IN.search(matched):
            return False  # "why is my houseplant still alive"
    if any(h in sentence for h in _LEFT_HINTS) and _about_what_was_left(text, sent_start, sent_end, start, end):
        return False  # "since dad's funeral all I want is to follow his recipes", "live in the big house"
    if _bounded(text, sent_start, sent_end, sentence, start, end):
        return False  # "wouldn't mind not waking up till noon", "join my brother in Toronto"
    if "died" in sentence or "dies" in sentence or "dying" in sentence or "dead" in sentence:
        if (
            _THING_DIED.search(sentence)
            and not _REAL_RISK.search(sentence)
            and (_joked(sentence) or "with it" in sentence)
        ):
            return False  # "my phone died and I wanted to die with it lol"
    if " way" in sentence and _ROUTE.search(sentence) and not _METHOD_NEAR.search(sentence):
        return False  # the quickest way by bus or train
    if (
        _SIGHT_HINT.search(sentence)
        and _ADMIRED.search(sentence)
        and not _DRAWN.search(sentence)
        and not _STRONG.search(sentence)
    ):
        return False  # water or a height admired for its view
    if "decid" in sentence or "mind" in sentence:
        if _BARE_DECISION.search(sentence) and _decision_explained(text, sent_end):
            return False  # "I have decided. Blue for the bathroom tiles."
    if _BARE_PLAN.search(sentence) and explained_by_what_follows(text, sent_start, sent_end):
        return False  # "I'm going to do it this time. Paid the bills, fed the dog, now booking that trip"
    if "without me" in sentence and _NEEDED.search(sentence) and not _STILL_DRAWN.search(sentence):
        return False  # someone who needs the writer: a reason to stay, said as one
    if (
        (slang := _SLANG_ONLY._get().match(matched))
        and _ANNOYANCE.search(sentence)
        and not _OTHER_RISK.search(sentence)
        and not _SELF_NEXT._get().match(text, start + slang.end())  # "unalive myself"
    ):
        return False  # hyperbole: "kms this printer jammed again", "the boss fight unalived my party"
    if _HABIT_MATCH.search(matched) and _HABIT.search(sentence) and not _HARM_SIGN.search(sentence):
        return False  # a habit taken up again: a cigarette, a drink, a streak on an app
    if (
        any(h in sentence for h in _HELPING_HINTS)
        and _HELPING.search(sentence)
        and not _STRONG_OWN.search(sentence)
        and not _FIRST_IN.search(matched)
    ):
        return False  # someone else's crisis, the writer at their side
    if "not" in sentence and _NOT_THERE.search(sentence) and not _STRONG.search(sentence):
        return False  # not being at work or on the train: a wish for a day off
    if _BURDEN_MATCH.search(matched) and _PRACTICAL.search(sentence) and not _ABSENCE.search(sentence):
        return False  # a practical burden: lifts, sick days, the team's shifts
    if (
        any(h in sentence for h in _ACCIDENT_HINTS)
        and _ACCIDENT.search(sentence)
        and not _ON_PURPOSE.search(sentence)
        and not _STRONG.search(sentence)
    ):
        return False  # an accident or a near miss, told as one
    if (
        _DEATH_ONLY.search(matched)
        and _GRIEF.search(sentence)
        and not _FIRST_IN.search(matched)
        and not _OWN_WISH.search(sentence)
    ):
        return False  # death on the mind after someone else's
    if (
        _joked(sentence)
        and _HYPERBOLE_IF.search(sentence)
        and _ANNOYANCE.search(sentence)
        and not _REAL_RISK.search(sentence)
        and not _NO_JOKE.search(sentence)
    ):
        return False  # a laugh, an annoyance and an "if": hyperbole
    if (
        (_SKILL.search(sentence) or (_joked(sentence) and _laughed_at_a_thing(sentence)))
        and not _STRONG.search(sentence)
        and not _NO_JOKE.search(sentence)
        and not (_FIRST_IN.search(sentence) and " if " not in f" {sentence} " and _OWN_PLAN.search(sentence))
    ):
        return False  # hyperbole about a thing or a skill, laughed at
    if _an_everyday_sense(text, sent_start, sent_end, start, end, sentence):
        return False  # "this bus route is suicidal lol", "cut again last night, my fringe this time"
    return True


# A short sentence that puts the writer beside someone else's crisis told just before it: "My best friend
# wants to die. So do I.", "My dad killed himself. Soon it's my turn.", "... I'm taking mine tonight."
_JOINS = _Lazy(
    r"^[\W_]*(?:and\s+|but\s+|honestly\s*,?\s+|literally\s+)?(?:"
    # an agreement stands alone or with a word of when: "Me too, I cried." agrees with something else
    r"me\s+(?:too|as\s+well|also)|same(?:\s+(?:here|for\s+me|with\s+me|tbh))?|likewise|i\s+feel\s+the\s+same|so\s+(?:do|am|will|would)\s+i|"
    r"i\s+(?:do|am|will|want\s+to|wanna)\s+(?:too|as\s+well)|(?:i'?m|im|i\s+am|i'?ll\s+be|me)\s+next|(?:soon\s+|now\s+)?(?:it'?s|its)\s+my\s+turn|"
    r"my\s+turn(?:\s+next)?|"
    r"i(?:'?ll|\s+will|\s+want\s+to|\s+wanna|'?m\s+going\s+to|'?m\s+gonna|\s+am\s+going\s+to)\s+do\s+(?:the\s+same|it\s+too|mine)|"
    r"(?:i'?m\s+|im\s+)?(?:taking|doing|planning|writing)\s+mine|wish\s+(?:it\s+was|it\s+had\s+been)\s+me|i\s+wish\s+i\s+had\s+too)"
    r"(?=[\s,.!]*(?:(?:soon|tonight|tomorrow|now|honestly|really|sometimes|lately|always|every\s+day|tbh|too|bro|bruh|mate|ngl|fr|instead)[\s,.!]*)?$)"
)
_JOIN_WORDS = 9  # words: longer sentences are read on their own
# Someone else's death by suicide, told in the third person, which no first-person rule matches...
_OTHERS_DEATH = (
    r"(?:killed|hanged|hung|drowned)\s+(?:him|her|them)sel(?:f|ves)|shot\s+(?:him|her|them)sel(?:f|ves)(?!\s+in\s+the\s+(?:foot|leg))|took\s+(?:his|her|their)\s+(?:own\s+)?li(?:fe|ves)|"
    r"threw\s+(?:him|her|them)sel(?:f|ves)\s+(?:off|under|in\s+front\s+of|from)|"
    r"(?:died\s+by|committed)\s+suicide|"
    r"jumped\s+(?:off|from|in\s+front\s+of)\s+(?:a|the)\s+(?:bridge|cliff|train|roof|building|car\s+park|multi-?storey|tower)\w*"
)
# ...and their attempt or wish to die.
_OTHERS_CRISIS = _Lazy(
    rf"\b(?:{_OTHERS_DEATH}|(?:kills?|hangs?)\s+(?:him|her|them)sel(?:f|ves)|"
    r"(?:attempted|tried)\s+suicide|(?:is|was|are|were|been|feels?|felt)\s+suicidal|"
    r"(?:tried|attempted|wants?|wanted|plann\w+)\s+to\s+(?:die\b(?!\s+(?:his|her|their)\s+hair|\s+(?:of|on|for|from|laughing|when|whenever|every|if)\b)|"
    r"end\s+(?:his|her|their)\s+(?:own\s+)?life|kill\s+(?:him|her|them)sel\w+)|(?:tried|attempted)\s+to\s+end\s+it(?!\s+with)\b|"
    r"(?:tried|attempted)\s+to\s+(?:(?:hang|drown|shoot)\s+(?:him|her|them)sel\w+|overdose)|overdosed\s+on\s+purpose|"
    r"(?:he|she|they)\s+(?:\w+\s+){0,2}?(?:wishes|wished)\s+(?:he|she|they)\s+(?:was|were)\s+dead|"
    r"(?:drove|walked|swam|jumped|stepped)\s+(?:off|into|in\s+front\s+of|under|from)\s+(?:\w+\s+){0,2}?"
    r"(?:sea|river|lake|canal|traffic|train|bridge|cliff|roof|water|reservoir|quarry)\s+on\s+purpose|"
    r"(?:took|taken|had)\s+an\s+overdose(?![^.!?\n]{0,40}?\b(?:by\s+(?:mistake|accident)|accidentally))|"
    # a wish to be dead or a burden, a note, a means used: "he'd be better off dead", "posted her suicide note"
    r"(?:he|she|they)(?:'d|\s+would)\s+be\s+better\s+off\s+dead|(?:is|was|'s|are|were)\s+ready\s+to\s+die\b|suicide\s+note|"
    r"(?:gassed|starved)\s+(?:him|her|them)sel(?:f|ves)(?:\s+to\s+death)?|walked\s+into\s+the\s+(?:sea|river|lake|canal)|"
    r"(?:been\s+)?(?:cutting|burning|burns|cuts)\s+(?:(?:him|her|them)sel(?:f|ves)|(?:his|her|their)\s+(?:arms?|legs?|wrists?|thighs?))|"
    r"attempted(?=\s*(?:$|[.,!;]|\s+(?:last|this|yesterday|again|twice|once)\b)))"
)


# ...or says the writer is ready, has decided, wants it too, or names a day for it ("I'm ready now.", "Me this
# weekend.", "It should be me.", "Mine's written.", "Tonight."), when no word of grief, care, recovery or a
# laugh says it is a reply to the news ("Me too, I cried.", "I'm ready to support her.").
_END = r"(?=[\s,.!]*(?:(?:too|now|soon|tonight|honestly|really|as\s+well|i\s+(?:reckon|think|guess|bet))[\s,.!]*)?$)"
_JOIN_MORE = _Lazy(
    rf"(?:^|\b)(?:(?:i'?m|im|i\s+am|i\s+feel)\s+(?:so\s+)?(?:ready|done|next){_END}|(?:i'?ve|ive|i\s+have)\s+decided{_END}|"
    rf"made\s+up\s+my\s+mind{_END}|i(?:'ll|\s+will|'?m\s+going\s+to|\s+want\s+to|\s+wanna)(?:\s+do\s+it|\s+try)?{_END}|"
    rf"i\s+(?:envy|am\s+jealous\s+of)\s+(?:him|her|them)|i'?m\s+jealous\s+of\s+(?:him|her|them)(?:\s+so\s+much)?{_END}|"
    rf"i\s+want\s+(?:that|it)(?:\s+too)?[\s,.!]*$|i'?d\s+like\s+that{_END}|(?:i|me|mine)\s+(?:too|as\s+well|also){_END}|"
    rf"(?:ready|want\s+to|going\s+to|thinking\s+(?:of|about)\s+(?:it|doing\s+it))\s+(?:too|as\s+well){_END}|"
    rf"(?:thinking\s+(?:of|about)\s+)?(?:doing|do)\s+the\s+same{_END}|(?:going|go)\s+the\s+same\s+way{_END}|same\s+(?:way|end|plan|method)(?:\s*,\s*same\s+\w+)?{_END}|"
    rf"(?:it\s+)?should\s+(?:be|have\s+been)\s+me{_END}|i'?m\s+the\s+one\s+who\s+should{_END}|"
    rf"wish\s+(?:it\s+(?:was|were|had\s+been)\s+me|i\s+had\s+(?:the|his|her|their)\s+(?:guts|nerve|courage|bravery)|i\s+could\s+too|i'?d\s+(?:succeeded|done\s+it)|"
    rf"(?:it\s+(?:had|'d)\s+worked|it\s+worked)\s+for\s+me|mine\s+(?:had|'d)\s+worked){_END}|"
    rf"(?:^|[,.]\s*)(?:(?:tomorrow|tonight|soon|next\s+week|this\s+weekend)\s*,?\s*)?i(?:'ll|\s+will|'?m\s+going\s+to|\s+want\s+to|\s+wanna)?\s+follow{_END}|"
    # "Maybe I should too.", "I wish I was too.", "Neither do I.", "Starting to feel the same.", "Tonight's my turn."
    rf"(?:maybe\s+)?i\s+(?:should|could|might)\s+too{_END}|i\s+wish\s+i\s+(?:was|were|could|had|did)\s+too{_END}|"
    rf"neither\s+(?:do|can|will|would)\s+i{_END}|(?:starting\s+to\s+|beginning\s+to\s+)?feel(?:ing)?\s+the\s+same(?:\s+way)?{_END}|"
    rf"(?:tonight|tomorrow|today|this\s+weekend|friday|saturday|sunday)(?:'s|\s+is|\s+will\s+be)\s+my\s+turn{_END}|"
    # "So would I.", "Same, every single day.", "I do that too, nightly.", "I keep wishing it was me.", "I tried last
    # night.", "My note's in my desk.", "I've picked my beach."
    rf"^[\W_]*(?:so|neither|nor)\s+(?:do|am|have|would|will|did|can|could)\s+i{_END}|"
    r"^[\W_]*same\s*,?\s*(?:every\s+(?:single\s+)?(?:day|night)|all\s+the\s+time|constantly)[\s,.!]*$|"
    r"i\s+do\s+(?:that|it|the\s+same)\s+too(?:\s*,?\s*(?:nightly|daily|every\s+(?:day|night)))?[\s,.!]*$|"
    rf"(?:keep\s+)?wishing\s+it\s+(?:was|were|had\s+been)\s+me{_END}|i\s+tried\s+(?:last\s+night|yesterday|this\s+morning|again){_END}|"
    rf"i'?m\s+close\s+to\s+(?:trying|doing\s+it)(?:\s+(?:too|myself))?{_END}|my\s+note(?:'s|\s+is)\s+(?:in|written|ready|done)\b|"
    rf"i'?ve\s+(?:picked|chosen)\s+my\s+(?:beach|bridge|spot|place|day|date|river|cliff|tree|way){_END}|"
    rf"i'?ll\s+finish\s+what\s+(?:he|she|they)\s+started{_END}|"
    rf"mine(?:'s|\s+is)\s+(?:done|written|ready|sorted|next|planned){_END}|(?:stockpiling|saving|hoarding|writing|planning|taking|doing)\s+mine(?:\s+for\s+\w+)?{_END}|"
    r"now\s+(?:i\s+do|me){_END}|^[\W_]*(?:me\s*,?\s*)?(?:tonight|tomorrow|soon|this\s+weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    rf"(?:\s+it'?s\s+me)?[\s,.!]*$|\bme\s+(?:tonight|tomorrow|soon|this\s+weekend|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day){_END})"
)
_JOIN_NOT = _Lazy(
    r"\b(?:cried|cries|crying|cry|sad|sadly|sorry|shock\w*|heartbroken|gutted|devastated|pray\w*|help\w*|support\w*|talk\w*|funeral|"
    r"speak\w*|visit\w*|call\w*|ring\w*|text\w*|lol|haha\w*|lmao|grie\w*|card|cards|flowers|service|memorial|hug\w*|check\w*|"
    r"look\s+after|worried|scared\s+for|angry|furious|believe|numb|fundrais\w*|charity|marathon|donat\w*|there\s+for|for\s+(?:him|her|them)|"
    r"(?:his|her|their)\s+(?:mum|mom|mother|dad|father|family|wife|husband|partner|kids|children|son|daughter)|queue|shift|exam|"
    r"lesson|meeting|book|books|novel|film|episode|reading|reads|watch\w*|glad|happy|proud|grateful|thankful|survived|recover\w*|"
    r"story|hung\s+on|got\s+through|safe\s+now|doing\s+(?:well|better|ok|okay|fine))\b"
)


# Wanting to be with someone who has died by suicide: "My best friend killed herself. I want to be with her."
_OTHERS_DIED = _Lazy(rf"\b(?:{_OTHERS_DEATH})")
_JOIN_THE_DEAD = _Lazy(
    rf"\b(?:joining|join|follow|be\s+with|going\s+with|go\s+with)\s+(?P<who>him|her|them)(?:\s+(?:again|soon))?{_END}"
)
# The one who died, by the words that tell of it: "killed himself" -> him.
_DIED_WHO = _Lazy(r"\b(?:him|his|her|them|their)(?=self|selves|\s+own\s+li|\s+li(?:fe|ves))")
# Someone's relative died ("my friend's brother killed himself"): "her" may be the one left behind.
_BEREAVED = _Lazy(
    r"\w'?s\s+(?:\w+\s+)?(?:son|daughter|brother|sister|wife|husband|dad|mum|mom|father|mother|boyfriend|girlfriend|partner|friend|child|kid)\b"
)
# The news told as a scene, a story or a task, not as the writer's own news: a waiting room, a presentation,
# a book, a clause about someone ("the singer who killed himself was a genius").
_JOIN_SCENE = _Lazy(
    r"\b(?:gp|waiting|queue|paged|on[\s-]call|ward|rota|presentation|coursework|essay|poem|poet|novelist|author|singer|actor|actress|"
    r"celebrity|famous|news|headline|documentary|book|novel|film|movie|episode|series|show|chapter|character|play|story|lecture|"
    r"read|reading|studied|study|course|who|which|when|ago|and|so|but|because|now)\b"
)


def joins_someone_elses(text: str, sent_start: int, sent_end: int) -> bool:
    """Whether text[sent_start:sent_end] is a short sentence that puts the writer beside a crisis (asked of one
    said just after someone else's)."""
    sentence = text[sent_start:sent_end]
    if len(sentence.split()) > _JOIN_WORDS:
        return False
    return bool(_JOINS.search(sentence) or _JOIN_MORE.search(sentence)) and not _JOIN_NOT.search(sentence)


# "Nobody notices a pupil who wants to kill herself. That's me.": the one told of is the writer.
_THATS_ME = _Lazy(
    r"[\W_]*(?:and\s+)?(?:(?:that'?s|thats|that\s+is)\s+me|(?:i'?m|im|i\s+am)\s+(?:that\s+\w+|one\s+of\s+them))(?:\s+too)?[\s,.!]*$"
)


def that_is_me(text: str, before: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether a sentence says the one whose crisis the sentence before tells of is the writer: a wish or an
    attempt, not a death ("A friend whose mum died by suicide needs to hear it. I am that friend.")."""
    return bool(
        _THATS_ME._get().match(text, *sentence)
        and _OTHERS_CRISIS._get().search(text, *before)
        and not _OTHERS_DIED._get().search(text, *before)
    )


# A short sentence that says a crisis the writer told as past is here again: "I used to want to die. It's back.",
# "Back in uni I cut. The urges are back now.", "... and it's started again."
_BACK_AGAIN = _Lazy(
    r"[\W_]*(?:and\s+|but\s+|now\s+|honestly\s*,?\s+)*"
    r"(?:(?:it'?s|its|it\s+is|it\s+has|they'?re|theyre|they\s+are|they'?ve|they\s+have|"
    r"(?:the|those|these|that|this|my)\s+(?:thoughts?|urges?|feelings?|wish|wishes|voices?|habit|one)\s+(?:is|are|has|have|'s))\s+"
    r"(?:back|come\s+back|coming\s+back|returned|returning|started\s+(?:up\s+)?again|starting\s+(?:up\s+)?again|"
    r"happening\s+again|here\s+again|getting\s+(?:worse|louder|stronger)\s+again)|"
    r"(?:it|they|the\s+(?:thoughts?|urges?|feelings?))\s+(?:came|come|comes)\s+back|(?:it|they)\s+started\s+(?:up\s+)?again|"
    r"(?:same|again)\s+now|(?:i'?m|im|i\s+am)\s+(?:back\s+there|there\s+again|back\s+to\s+(?:it|that))|(?:i'?ve|ive|i\s+have)\s+started\s+again|"
    r"(?:i\s+)?still\s+(?:do|am|feel\s+(?:it|that|the\s+same|like\s+that)|want\s+to|think\s+about\s+it))"
    r"(?:\s+(?:again|now|lately|this\s+(?:week|month)|tonight|too|sometimes|most\s+days|every\s+day|for\s+good))*[\s,.!]*$"
)
# The one the sentence before tells of is the writer: a word for "I", and nobody else and no story in it.
_WRITER_TOLD = _Lazy(r"\b(?:i|i'm|im|i've|ive|i'd|id|me|my|myself)\b")
_SOMEONE_ELSE_TOLD = _Lazy(
    r"\b(?:he|she|they|him|her|them|his|their|hers|himself|herself|themselves|he's|she's|they're|"
    r"brother|sister|mum|mom|dad|father|mother|friend|mate|son|daughter|husband|wife|partner|boyfriend|girlfriend|"
    r"cousin|aunt|uncle|nan|gran|grandad|grandma|character|book|film|show|story|song|novel|patient|client)\b"
)


# A short sentence telling of the writer's own past self-harm with a bare verb ("I used to cut.", "Back in school
# I'd burn."). No rule reads that alone, since people also cut hair; a back-again sentence after it is the crisis.
# It opens the sentence: "used to", or "would" only after a time in the past ("Without sunscreen I'd burn." is no
# past), and the verbs are the ones self-harm is told with ("scratch" and "starve" are everyday too often).
_PAST_TIME = (
    r"(?:back\s+(?:in|at|when)\s+[^,.!?\n]{1,30}?|as\s+a\s+(?:teen|teenager|kid|student)|when\s+i\s+was\s+[^,.!?\n]{1,30}?|"
    r"years\s+ago|in\s+(?:school|uni|college|sixth\s+form|my\s+teens|my\s+twenties))"
)
_BARE_PAST_HARM = _Lazy(
    rf"[\W_]*(?:{_PAST_TIME}\s*,?\s+(?:i\s+(?:used\s+to|would|did)|i'd|id)|i\s+used\s+to)\s+(?:cut|burn|self[-\s]?harm|sh|purge)"
    r"(?:\s+(?:a\s+lot|all\s+the\s+time|every\s+(?:day|night|week)|for\s+(?:years|months|ages|a\s+while)|too|"
    rf"{_PAST_TIME}))*[\s.!,]*$"
)
_BARE_PAST_WORDS = ("used to", "would", "i'd", "id ", "did")


def bare_past_harm(text: str, bounds: list[tuple[int, int]]) -> list[int]:
    """The sentences (all but the last) that tell of the writer's own self-harm as past with a bare verb."""
    if len(bounds) < 2 or not any(word in text for word in _BARE_PAST_WORDS):
        return []
    found = _BARE_PAST_HARM._get()
    return [
        i
        for i, (start, end) in enumerate(bounds[:-1])
        if found.match(text, start, end) and len(text[start:end].split()) <= _JOIN_WORDS
    ]


def back_again(text: str, before: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether a short sentence says the writer's own crisis, which the sentence before (its rule matches set
    aside) told as past, is back now. Someone else's told before is not the writer's ("My brother used to want
    to die. It's back." is his)."""
    if len(text[sentence[0] : sentence[1]].split()) > _JOIN_WORDS or not _BACK_AGAIN._get().match(text, *sentence):
        return False
    return bool(_WRITER_TOLD._get().search(text, *before)) and not _SOMEONE_ELSE_TOLD._get().search(text, *before)


# A cover story dropped in the next short sentence: "Looked up lethal doses for a story I'm writing. There's no
# story.", "Asked the chemist how many is too many, said it was for my nan. There is no nan." The cover is what
# the rules read as not the writer's own (a story, a class, someone else); without it the sentence is read again.
# A thing (a story, a class) may be dropped by "It isn't." or "I lied."; a person only by naming them ("There's
# no friend."), since "about my brother ... He isn't." tells of the brother, or when the cover was a thing said
# ("I said it was for a friend. It wasn't.")
_COVER_THINGS = rf"{_WORK_NOUNS}|stories|screenplay|character|play|poem|game|blog|video|zine"
_COVER_PEOPLE = (
    r"friend|mate|patient|client|nan|gran|grandma|grandad|mum|mom|dad|sister|brother|cousin|neighbou?r|colleague"
)
# The cover itself, "for a story", "for my nan": what may_drop_a_cover looks for, far faster alone.
_COVER_ITSELF = (
    r"\b(?:(?:for|about|in)\s+(?:a|an|the|my|our|this)\s+(?:\w+\s+){0,2}?"
    rf"(?P<thing>{_COVER_THINGS})|for\s+(?:a|the|my|our)\s+(?P<person>{_COVER_PEOPLE}))\b"
)
_COVER_ONLY = _Lazy(_COVER_ITSELF)
_COVER = _Lazy(
    r"\s*[,;:(\"'\u201c\u2018-]*\s*(?P<told>(?:i\s+)?(?:said|told\s+(?:him|her|them|the\s+\w+)|claimed|pretending|pretended|saying)"
    r"\s+(?:that\s+)?(?:it\s+was|it'?s|its)\s+)?"
    + _COVER_ITSELF
    + r"(?:\s+(?:i'?m|im|i\s+am|i\s+was|i'?ve\s+been)\s+(?:writing|doing|working\s+on|making|reading|planning))?"
    r"[\"')\u201d\u2019]*"
)
_COVER_DROPPED = _Lazy(
    r"[\W_]*(?:but\s+|and\s+|honestly\s*,?\s+|truth\s+is\s*,?\s+)*(?:"
    r"(?:there'?s|theres|there\s+is|there\s+was|there\s+are|there\s+were)\s+no\s+(?P<noun>\w+)|"
    r"(?:there\s+isn'?t|there\s+is\s+not|there\s+wasn'?t|there\s+was\s+not)\s+(?:a|an|any)\s+(?P<noun2>\w+)|"
    r"(?:i'?m|im|i\s+am)\s+not\s+writing\s+(?:a|an|any)\s+(?P<noun3>\w+)|"
    r"(?:i\s+)?(?:don'?t|dont|do\s+not)\s+(?:even\s+)?have\s+(?:a|an|any)\s+(?P<noun4>\w+)|"
    r"(?P<unnamed>(?:it|that)\s+(?:isn'?t|is\s+not|wasn'?t|was\s+not)|(?:it'?s|its|that'?s|thats)\s+not|"
    r"(?:that|it)\s+was\s+(?:a\s+)?lie|i\s+lied))"
    r"(?:\s+(?:really|true|at\s+all|either|though|obviously|of\s+course))*[\s,.!]*$"
)


def _one(noun: str) -> str:
    """A noun's singular, near enough to tell "stories" is "story"."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") else noun


def without_a_dropped_cover(text: str, before: tuple[int, int], sentence: tuple[int, int]) -> str | None:
    """When the short `sentence` drops a cover story told in the sentence `before` it, the text with that cover
    blanked (the same length, so every place in it stays); else None."""
    dropped = _COVER_DROPPED._get().match(text, *sentence)
    if not dropped or len(text[sentence[0] : sentence[1]].split()) > _JOIN_WORDS:
        return None
    named = next((dropped.group(g) for g in ("noun", "noun2", "noun3", "noun4") if dropped.group(g)), None)
    for cover in _COVER._get().finditer(text, *before):
        noun = cover.group("thing") or cover.group("person")
        if (named is not None and _one(named) == _one(noun)) or (
            dropped.group("unnamed") and (cover.group("thing") or cover.group("told"))  # "said it was for a friend"
        ):
            return text[: cover.start()] + " " * (cover.end() - cover.start()) + text[cover.end() :]
    return None


# A question or a search, whose cover may be told in the sentence after it.
_ASKED_OR_SEARCHED = _Lazy(
    r"\b(?:ask\w*|googl\w*|search\w*|look\w*\s+up|looked\s+into|read\s+(?:up|about)|research\w*|check\w*|"
    r"enquir\w*|inquir\w*)\b"
)


def covers_the_search_before(text: str, search: tuple[int, int], cover: tuple[int, int]) -> bool:
    """Whether the sentence `cover` is only a cover told to someone ("I said it was for a friend.") and the
    sentence `search` before it asked or searched ("I asked what happens if someone says they want to die.")."""
    told = _COVER._get().match(text, *cover)
    return (
        told is not None
        and told.group("told") is not None
        and not text[told.end() : cover[1]].strip(" \t\n.!,;")
        and _ASKED_OR_SEARCHED._get().search(text, *search) is not None
    )


def may_drop_a_cover(text: str) -> bool:
    """A cheap test before without_a_dropped_cover: whether a cover is told anywhere at all."""
    return bool(_COVER_ONLY._get().search(text))


def tells_of_a_crisis(text: str, sent_start: int, sent_end: int) -> bool:
    """Whether text[sent_start:sent_end] tells plainly of someone's suicide, attempt or wish to die."""
    found = _OTHERS_CRISIS._get().search(text, sent_start, sent_end)
    return bool(found) and _told_plainly(text, (sent_start, sent_end), found)


# A word every pattern of _OTHERS_CRISIS holds one of ("himself" holds "mself", "herself" "rself"): a text with
# none of them is not searched. Keep it in step with the patterns above.
_OTHERS_CRISIS_WORDS = (
    "mself", "rself", "mselv", "suicid", "life", "lives", "jumped", "die", "tried", "attempted", "overdos",
    "dead", "purpose", "walked", "cut", "burn",
)  # fmt: skip


def tells_of_someones(text: str) -> bool:
    """Whether the text tells anywhere of someone's suicide, attempt or wish to die (which holds every
    death _OTHERS_DIED finds): a cheap test before its sentences are read in pairs."""
    return any(word in text for word in _OTHERS_CRISIS_WORDS) and bool(_OTHERS_CRISIS._get().search(text))


def joins_the_dead(text: str, before: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether a short sentence wants to be with the one whose suicide the sentence before tells of."""
    if len(text[sentence[0] : sentence[1]].split()) > _JOIN_WORDS:
        return False
    wish = _JOIN_THE_DEAD._get().search(text, *sentence)
    if not wish or _JOIN_NOT._get().search(text, *sentence) or _BEREAVED._get().search(text, *before):
        return False
    died = _OTHERS_DIED._get().search(text, *before)
    if not died or not _told_plainly(text, before, died):
        return False
    who = _DIED_WHO._get().search(text, died.start(), before[1])
    return who is None or who.group(0)[:2] == wish.group("who")[:2]


def _told_plainly(text: str, before: tuple[int, int], found: re.Match) -> bool:
    """Whether the sentence before tells of the crisis plainly, as the writer's news: no scene, story, task
    or opinion before it, and at most a few words of when after it ("My friend killed herself in March.")."""
    if _JOIN_SCENE._get().search(text, before[0], found.start()) or _JOIN_NOT._get().search(text, *before):
        return False
    tail = text[found.end() : before[1]].strip(" .!?")
    return len(tail.split()) <= 3 and not _JOIN_SCENE._get().search(tail)


def hidden_own(text: str, sent_start: int, sent_end: int, rules: int) -> list[Match]:
    """A match of the writer's own, now, that a rejected one hid: the scan keeps the leftmost match
    and skips those overlapping it, so when that one is someone else's ("my friend said ...") a
    later rule over the same words may still be the writer's. Asked only of a sentence whose every
    match was rejected; each rule the gate let in is searched inside the sentence alone."""
    detector = DETECTOR
    while rules:
        low = rules & -rules
        rules ^= low
        i = low.bit_length() - 1
        rx = detector._regex(i)
        weight, guarded = detector._weights[i]
        for m in rx.finditer(text, sent_start, sent_end):
            if is_own_now(text, sent_start, sent_end, m.start(), m.end(), guarded):
                return [Match(m.start(), m.end(), weight, guarded)]
    return []
