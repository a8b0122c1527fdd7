"""A second opinion on crisis language: a small logistic regression over risk-factor features.

The rules in crisis.py are the explainable fast path; they miss wording nobody wrote a rule
for. This scorer may only add a crisis flag to a sentence, never remove one. It looks only
at sentences that pass a cheap gate (a word of death, absence, the means, harm, a burden,
goodbyes, plans or the future, or a word the model learned to weigh as a risk; everyday words
such as "peace" or "rest" only with another; never a sentence addressed to the reader alone,
nor one of one or two words), scores them with weights learned from sentences we wrote
ourselves (scripts/build_crisis_model.py writes _crisis_model.py), and keeps the rules' test
of whose crisis it is and when (crisis.is_own_now).

Features: words, their stems, word pairs and words under a negation; the constructs of the
Suicide Risk Lexicon (Low, Rankin, Bentley, Nock, Ghosh; Apache-2.0) that a phrase of the
sentence belongs to; and our own cue groups (the writer, someone else, death and absence, the
means, time and plans, a story or a class, the past), alone and in pairs.
"""

from __future__ import annotations

import json
import math
import re
import threading
from bisect import bisect_left, bisect_right, insort
from types import MappingProxyType

from . import crisis, slang

# Texting short forms and common slips, read as the word they stand for.
SHORT_FORMS = {
    "u": "you",
    "ur": "your",
    "ya": "you",
    "cus": "because",
    "cuz": "because",
    "coz": "because",
    "bc": "because",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrrw": "tomorrow",
    "tomoz": "tomorrow",
    "2moro": "tomorrow",
    "2nite": "tonight",
    "tonite": "tonight",
    "2day": "today",
    "rn": "now",
    "ppl": "people",
    "wanna": "want",
    "wana": "want",
    "gonna": "going",
    "gunna": "going",
    "tryna": "trying",
    "cant": "cannot",
    "idk": "dunno",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "fam": "family",
    "til": "until",
    "till": "until",
    "tho": "though",
    "abt": "about",
    "wat": "what",
    "wen": "when",
    "myslef": "myself",
    "mysef": "myself",
    "meself": "myself",
    "mysefl": "myself",
    "burdon": "burden",
    "burdan": "burden",
    "burdin": "burden",
    "sucide": "suicide",
    "suicde": "suicide",
    "sucidal": "suicidal",
    "suicial": "suicidal",
    "wnat": "want",
    "wamt": "want",
    "kil": "kill",
    "sh": "selfharm",
    "shd": "selfharm",
    "shing": "selfharm",
    "nomore": "anymore",
    "no1": "nobody",
    "noone": "nobody",
    "evry1": "everyone",
    "every1": "everyone",
    "some1": "someone",
    "any1": "anyone",
    # a dropped final g, texting style
    "thinkin": "thinking",
    "endin": "ending",
    "hopin": "hoping",
    "stickin": "sticking",
    "mornin": "morning",
    "nothin": "nothing",
    "cuttin": "cutting",
    "hittin": "hitting",
    "bangin": "banging",
    "lookin": "looking",
    "googlin": "googling",
    "tryin": "trying",
    "goin": "going",
    "dyin": "dying",
    "killin": "killing",
    "livin": "living",
    "leavin": "leaving",
    "wakin": "waking",
    "sleepin": "sleeping",
    "feelin": "feeling",
    "hurtin": "hurting",
    "bleedin": "bleeding",
    "plannin": "planning",
    "writin": "writing",
    "givin": "giving",
    "jumpin": "jumping",
    "drownin": "drowning",
    "takin": "taking",
    # texting words
    "nxt": "next",
    "wk": "week",
    "wknd": "weekend",
    "msg": "message",
    "msgs": "messages",
    "txt": "text",
    "txts": "texts",
    "lil": "little",
    "wd": "would",
    "b4": "before",
    "tmw": "tomorrow",
    "2morrow": "tomorrow",
    "nite": "night",
    "ded": "dead",
    "lyf": "life",
    "lyfe": "life",
    "rly": "really",
    "srsly": "seriously",
    "thru": "through",
    "sewerslide": "suicide",
}
# Words that negate the few words after them ("don't want to be here" is not "want to be here").
_NEGATORS = frozenset(
    "not no never dont didnt doesnt wont cannot couldnt wouldnt shouldnt isnt arent wasnt "
    "werent havent hasnt nobody nothing none neither nor without".split()
)
_NEG_REACH = 3  # words after a negator that carry its mark


def stem(word: str) -> str:
    """A crude stem: the first four letters of a word of five or more (kill, killing, killed;
    burden, burdensome; poison, poisonous), so wording and slips share a feature."""
    return word[:4] if len(word) >= 5 else ""


# Our own cue groups. Words are lower case without apostrophes ("im", "dont").
CUES: dict[str, tuple[str, ...]] = {
    "first": ("i", "im", "ive", "id", "ill", "me", "my", "myself", "mine", "meself"),
    "other": (
        "he",
        "she",
        "they",
        "him",
        "her",
        "them",
        "his",
        "hers",
        "their",
        "someone",
        "somebody",
        "friend",
        "friends",
        "brother",
        "sister",
        "mum",
        "mom",
        "dad",
        "father",
        "mother",
        "son",
        "daughter",
        "cousin",
        "uncle",
        "aunt",
        "partner",
        "husband",
        "wife",
        "boyfriend",
        "girlfriend",
        "colleague",
        "flatmate",
        "roommate",
        "patient",
        "patients",
        "character",
        "narrator",
        "hero",
        "villain",
        "man",
        "woman",
        "boy",
        "girl",
        "people",
        "student",
        "students",
    ),
    "death": (
        "die",
        "dies",
        "died",
        "dying",
        "dead",
        "death",
        "kill",
        "killing",
        "killed",
        "suicide",
        "suicidal",
        "unalive",
        "kms",
        "gone",
        "funeral",
        "grave",
        "fatal",
        "lethal",
        "deadly",
        "overdose",
        "overdosed",
        "drown",
        "drowning",
        "hang",
        "hanging",
        "jump",
        "jumping",
        "alive",
        "exist",
        "existing",
        "live",
        "living",
        "life",
        "wake",
        "waking",
        "end",
        "ending",
        "over",
        "coffin",
        "buried",
        "bury",
        "headstone",
        "drowned",
        "heaven",
        "afterlife",
    ),
    "means": (
        "pills",
        "pill",
        "tablets",
        "tablet",
        "meds",
        "medication",
        "insulin",
        "morphine",
        "paracetamol",
        "painkillers",
        "dose",
        "rope",
        "cord",
        "noose",
        "beam",
        "blade",
        "blades",
        "razor",
        "knife",
        "knives",
        "scissors",
        "lighter",
        "gun",
        "guns",
        "shotgun",
        "rifle",
        "pistol",
        "bullets",
        "bridge",
        "roof",
        "balcony",
        "ledge",
        "edge",
        "cliff",
        "cliffs",
        "sea",
        "river",
        "lake",
        "water",
        "train",
        "tracks",
        "platform",
        "exhaust",
        "engine",
        "charcoal",
        "hosepipe",
        "car",
        "lorry",
        "truck",
        "bus",
        "traffic",
        "drop",
        "fall",
        "bath",
        "gas",
        "antidepressants",
        "hose",
        "motorway",
        "wheel",
        "steering",
        "swerve",
        "tide",
        "current",
        "multistorey",
        "storey",
        "storeys",
        "floors",
        "viaduct",
        "overpass",
        "flyover",
        "quarry",
        "pier",
        "jetty",
        "railway",
        "rails",
        "crossing",
        "tower",
        "height",
        "heights",
        "ligature",
        "belt",
        "cable",
        "fumes",
        "bleach",
        "antifreeze",
        "poison",
        "poisonous",
        "toxic",
        "vodka",
        "alcohol",
        "whisky",
        "sleeping",
        "ammo",
        "cartridges",
        "loaded",
        "firearm",
        "stockpile",
        "stash",
        # medicines by name, as people write them when they keep or count them
        "codeine",
        "tramadol",
        "diazepam",
        "sertraline",
        "amitriptyline",
        "propranolol",
        "fentanyl",
        "oxycodone",
        "zopiclone",
        "seatbelt",
        "prescriptions",
        "pesticide",
        "weedkiller",
        "hook",
        "codamol",
        "cocodamol",
        "tram",
        # medicines in the plural
        "medications",
        "medicines",
    ),
    "plan": (
        "tonight",
        "tomorrow",
        "weekend",
        "date",
        "day",
        "deadline",
        "plan",
        "planned",
        "planning",
        "decided",
        "decision",
        "ready",
        "when",
        "after",
        "once",
        "soon",
        "last",
        "final",
        "exact",
        "picked",
        "chosen",
        "set",
        "worked",
        "method",
        "methods",
        "way",
        "ways",
        "how",
    ),
    "absence": (
        "without",
        "gone",
        "anymore",
        "forever",
        "permanently",
        "permanent",
        "good",
        "longer",
        "never",
        "disappear",
        "disappeared",
        "vanish",
        "vanished",
        "away",
        "rid",
        "peace",
        "rest",
        "relief",
        "relieved",
        "free",
        "miss",
        "notice",
        "here",
        "around",
        "there",
    ),
    "burden": (
        "burden",
        "weight",
        "drain",
        "waste",
        "space",
        "oxygen",
        "trouble",
        "problem",
        "cost",
        "ruin",
        "ruining",
        "dragging",
        "worse",
        "useless",
        "nuisance",
        # self-worth: a risk factor that opens the gate; alone it is not enough to flag
        "worthless",
        "unwanted",
        "unneeded",
        "unlovable",
    ),
    "farewell": (
        "goodbye",
        "goodbyes",
        "farewell",
        "letter",
        "letters",
        "note",
        "will",
        "passwords",
        "affairs",
        "funeral",
        "gave",
        "give",
        "giving",
        "rehomed",
        "last",
        "envelope",
        "afterwards",
        "instructions",
        "scheduled",
    ),
    "harm": (
        "cut",
        "cutting",
        "hurt",
        "hurting",
        "harm",
        "harming",
        "burn",
        "burned",
        "burning",
        "bleed",
        "bled",
        "bleeding",
        "scratch",
        "scratching",
        "scratched",
        "punch",
        "punching",
        "bang",
        "banging",
        "starve",
        "starving",
        "blade",
        "purpose",
        "deserve",
        "deserved",
        "punish",
        "knuckles",
        "fist",
        "bruises",
        "bruised",
        "blood",
        "bleeds",
        "blistered",
        "lighter",
    ),
    "future": (
        "next",
        "year",
        "month",
        "christmas",
        "birthday",
        "spring",
        "summer",
        "winter",
        "autumn",
        "future",
        "see",
        "make",
    ),
    "topic": (
        "film",
        "movie",
        "book",
        "novel",
        "series",
        "show",
        "episode",
        "story",
        "poem",
        "song",
        "documentary",
        "podcast",
        "article",
        "news",
        "lecture",
        "class",
        "course",
        "seminar",
        "essay",
        "thesis",
        "research",
        "study",
        "game",
        "campaign",
        "chapter",
        "play",
        "memoir",
        "club",
        "pharmacology",
        "history",
        "exhibition",
        "character",
    ),
    "helping": (
        "volunteer",
        "volunteering",
        "charity",
        "helpline",
        "prevention",
        "awareness",
        "training",
        "trained",
        "vigil",
        "help",
        "helped",
        "helping",
        "worried",
        "safe",
        "safer",
        "appointment",
        "doctor",
        "gp",
        "nurse",
        "therapist",
        "vet",
        "prescribed",
        "prescription",
        "directed",
        "organiser",
        "dentist",
    ),
    "past": (
        "ago",
        "used",
        "teenager",
        "teens",
        "twenties",
        "recovered",
        "recovery",
        "since",
        "then",
        "years",
        "survived",
        "was",
        "were",
    ),
    "screen": ("asked", "asks", "questionnaire", "form", "ticked", "answered", "screening", "none", "no", "not"),
    "everyday": (
        "holiday",
        "work",
        "job",
        "abroad",
        "trip",
        "move",
        "moving",
        "wedding",
        "party",
        "exam",
        "exams",
        "gym",
        "contract",
        "subscription",
        "lease",
        "notice",
        "company",
        "team",
        "quiz",
        "garden",
        "kitchen",
        "cooking",
        "onions",
        "oven",
        "camping",
        "charity",
        "swim",
        "fireworks",
        "view",
        "lol",
        "haha",
        "laughing",
        "commute",
        "shift",
        "week",
        "weekend",
    ),
}
CUES["purpose"] = ("purpose",)
# Concept classes, each many words of one idea, so a pair of them in a sentence carries the
# family whatever the wording: the body, acts of harm, objects that are the means, giving things
# away, putting one's affairs in order, days and deadlines, stopping or ending, others relieved,
# sleep and waking, accidents and vehicles, looking things up, a wish, a fatal amount; and (2026-12-04) a
# hiding place, a hanging point, open water, a time when others are away or asleep, and finality. The new
# classes found 3 more lines of a blind development set while it was still unread (crisis_dev_11, 99 -> 102
# of 160) for no more false alarms there, and 1 more of held-out files 1-12 for 1 fewer false alarm.
CONCEPTS: dict[str, str] = {
    "body": "arm arms wrist wrists thigh thighs leg legs skin hand hands head stomach neck hair chest scalp "
    "fingers nails knuckles face body flesh ribs hip hips ankles heart lungs veins forearm forearms "
    "shins shin calves belly tummy lips cheeks eyelashes eyebrows palm palms knee knees foot feet "
    "toes shoulder shoulders cheek tongue",
    "hurtact": "cut cuts cutting scratch scratched scratching scratches burn burned burnt burning hit hitting "
    "punch punched punching bang banged banging slam slammed bite bit biting pull pulled pulling pick "
    "picked picking carve carved carving scrape scraped bruise bruised starve starving starved purge "
    "purging bleed bleeding blood raw stab pinch pinched hurt hurting harm harming smash smashed rake "
    "raked raking claw clawed clawing gouge gouged gouging dig digging dug slap slapped slapping jab "
    "jabbed jabbing stab stabbed stabbing prick pricked pricking poke poked poking press pressed "
    "squeeze twist twisted tear tore rip ripped slice slicing sliced slash slashed slashing reopen "
    "reopened smack smacked smacking whack whacked",
    "object": "pills tablets tablet paracetamol painkillers medicine medicines meds medication prescription "
    "rope cord belt cable blade blades razor knife knives scissors glass gun bullets poison bleach "
    "boxes packets packet bottle bottles stash stockpile supply compass pin pins needle needles "
    "matches cigarette cigarettes sharpener sharpeners razors",
    "giveaway": "give giving gave given goes go leave leaving left inherit inheritance belongings possessions "
    "things stuff keep keepsake collection guitar jewellery jewelry ring watch car books records "
    "clothes cat dog pet plants gets get vinyl bike laptop console camera savings money",
    "affairs": "cancel cancelled canceled settle settled sort sorted pay paid delete deleted deleting tidy "
    "tidying tidied organise organised organize organized arrange arranged arranging finalise "
    "finalised accounts passwords testament will wills insurance policy affairs bank bills envelopes "
    "envelope sealed seal written wrote write writing recorded record video message messages letter "
    "letters note notes instructions playlist list paperwork documents debts debt cleared",
    "when": "monday tuesday wednesday thursday friday saturday sunday weekend tonight tomorrow midnight hour "
    "hours calendar circled date day week month months year anniversary january february march april "
    "may june july august september october november december exams term after before once until till "
    "deadline by end payday 1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th 13th 14th 15th 16th "
    "17th 18th 19th 20th 21st 22nd 23rd 24th 25th 26th 27th 28th 29th 30th 31st 1am 2am 3am 4am 5am noon dawn",
    "stopping": "stop stopped stops stopping end ended ending finish finishing finished done over quit quitting "
    "stopped switch off out gives give",
    "relieved": "relieved relief lighter easier breathe free freer happier better inheritance peace finally "
    "spared burden money worry worrying",
    "sleeping": "sleep asleep slept wake waking woke awake eyes bed night nights morning tonight open",
    "accident": "accident crash crashed plane flight lorry truck bus car cars train hit struck knocked tumour "
    "cancer illness disease attack infection virus storm lightning went fell falling ferry boat ship "
    "derailed sank surf rip tide scan biopsy diagnosis terminal lump consultant clipped flattened",
    "search": "google googled googling search searched searching looked looking lookup read reading researched "
    "website websites forum forums incognito asked asking checked calculated worked figured chatbot "
    "thread threads reddit wiki wikipedia youtube",
    "wishing": "pray prayed praying hope hoping wish wishing mercy lucky blessing welcome mind care sad glad "
    "grateful relief idc idgaf gutted fussed bothered",
    "hide": "hide hid hidden hiding stash stashed stashing shoebox drawer wardrobe lining mattress tin behind "
    "secret secretly tucked noticed",
    "hangpoint": "beam beams rafter rafters banister banisters bannister bannisters hook hooks joist joists loft "
    "hatch branch branches railing railings",
    "water": "river lough loch lake canal reservoir weir sea tide tides wave waves pier quay harbour estuary "
    "current currents",
    "window": "asleep empty away expects expecting",
    "final": "last final tidy order enough goodbye goodbyes forever",
    "amount": "enough many much too amount dose doses fatal lethal height high floors floor storeys metres "
    "meters feet fast quick quickly painless together quickest fastest easiest surest highest tallest "
    "lasts survive survives",
}
for _name, _words in CONCEPTS.items():
    CUES["k" + _name] = tuple(_words.split())
# The groups whose words open the gate: death and absence, the means, self-injury, being a
# burden, goodbyes, plans and the future. The writer, others, stories, the past, screening
# and everyday groups only weigh a sentence that is already in.
GATE_GROUPS = ("death", "means", "burden", "farewell", "harm")
# Words of absence, time, plans and the future that open the gate by themselves; the common
# ones of those groups (here, when, next, see) only weigh a sentence that is already in.
RISK_WORDS = frozenset(
    "anymore forever permanently permanent longer gone disappear disappeared disappearing vanish vanished "
    "rid peace rest relief relieved deadline plan planned planning decided date tonight method methods "
    "christmas birthday future ready goodbye goodbyes farewell funeral grave asleep sleep wake waking woke "
    "exist existing existence alive breathing breathe notice miss space oxygen weight drain waste ended "
    "ending overdose overdosed overdosing overdoses od bridge drop fall jump jumping edge height water sea "
    "river lake canal car drive driving road traffic garage engine selfharm starve starved starving swim swimming "
    "afterwards timed mapped unconscious consciousness".split()
)
# Words of the groups above that are everyday in hearten's own practices and in journals (a
# body scan's "last, your neck", "may I be at peace", "rest a hand", the sea, a glass of water,
# the rise and fall of the breath, "breathe in"): they weigh a sentence that is already in, never let it in alone.
NOT_ALONE = frozenset("peace rest last sea water fall drop breathe breathing".split())
# The lexicon's constructs whose phrases do not open the gate alone. Loneliness, hopelessness and entrapment
# are risk factors that fill ordinary sad writing ("I'm boring", "no way out of this meeting"): their phrases
# weigh a sentence that is already in, and a sentence with nothing else is scored only as one the gate keeps
# out (six words or more, at UNGATED_MARGIN). Every other construct's phrase opens it.
NOT_ALONE_CONSTRUCTS = frozenset(("loneliness", "hopelessness", "entrapment"))
# Words of the reader ("you", "your"): a sentence with them and no word of the writer is an
# instruction or a question to someone else, not the writer's own crisis.
_READER = frozenset(("you", "your", "yours", "yourself", "yourselves"))
# Fewer words than this are too little to weigh ("plan", "the river", a heading or a label);
# the rules read the short ones that are crisis language by themselves ("kms", "want to die").
_MIN_WORDS = 3
# Pairs of common words that open the gate together: "be here", "do it", "without me".
RISK_PAIRS = frozenset(
    tuple(pair.split())
    for pair in (
        "be here",
        "not here",
        "be around",
        "be alive",
        "be gone",
        "do it",
        "doing it",
        "end it",
        "ending it",
        "end things",
        "ending things",
        "end everything",
        "my life",
        "this life",
        "own life",
        "with life",
        "on life",
        "of life",
        "of living",
        "on living",
        "keep living",
        "go on",
        "carry on",
        "carrying on",
        "keep going",
        "want out",
        "way out",
        "check out",
        "im out",
        "be over",
        "better off",
        "better without",
        "without me",
        "off without",
        "take me",
        "takes me",
        "make it",
        "that far",
        "last time",
        "last one",
        "mean it",
        "go through",
        "through with",
        "be dead",
        "be free",
        "the ground",
        "wont be",
        "not be",
        "no future",
        "no point",
        "give up",
        "given up",
        "gave up",
        "giving up",
        "for good",
        "any more",
        "no more",
        "how many",
        "how much",
        "how high",
        "how long",
        "how deep",
        "how fast",
        "way to",
        "im gone",
        "next year",
        "my will",
        "a will",
        "the will",
        "the means",
        "stop breathing",
        "stopped breathing",
        "quit breathing",
        "breathing stops",
        "breathing stopped",
        "stop existing",
        "for after",
        "wont need",
        "finish me",
        "finishes me",
        # a plan told by its when and where, intent as a mind made up
        "and when",
        "where and",
        "the day",
        "a night",
        "my mind",
        "mind up",
        "matter of",
        "thats when",
        "then thats",
        "be it",
        "till then",
        "until then",
        "counted down",
        "going under",
        "go under",
        "before i",
        "them after",
        "ask questions",
        "coming home",
        "coming back",
        "come back",
        "not staying",
        "sticking around",
        "stick around",
        "last jobs",
        "final jobs",
        "the point",
        "talk me",
        "which tree",
        "full tank",
        # preparing so nobody is left with it
        "loose ends",
        "nobody has",
        "noone has",
        "wont have",
        "whoever finds",
        "finds me",
        "new home",
        "my debts",
        "tidying up",
        # a future not counted on
        "not long",
        "count on",
        "no sense",
        "no need",
        "past this",
        # the eyes not opening again, another day not seen, too many taken, stepping in front,
        # whoever comes in, no reason left to stay
        "eyes again",
        "see another",
        "making it",
        "gets what",
        "final one",
        "reason left",
        "no reason",
        "old age",
        "too many",
        "in front",
        "fall from",
        "quick enough",
        "whoever comes",
        "whoever has",
        "about to",
        "told no",
        "going in",
        "took all",
        "keeping me",
        "hold me",
        "tried before",
        "be kicking",
        "nothing left",
        "for ever",
        "no later",
        "long term",
        "getting old",
        "squared away",
        "what needed",
        "leave behind",
        "not checking",
        "one less",
        # joining the dead, a life lived long enough, still here for no reason, the
        # water over my head, a parent the children would be better off without
        "still here",
        "still alive",
        "still around",
        "long enough",
        # belonging and worth that open the gate, for the model to weigh with a wish
        # or an absence ("nobody needs me, I'd rather not wake up"); alone they do not flag
        "nobody needs",
        "nobody wants",
        "nobody loves",
        "ruin everything",
        "ruins everything",
        "no use",
        "any use",
        "much use",
        "what use",
        "of use",
        "my innings",
        "good innings",
        "join him",
        "join her",
        "joined him",
        "joined her",
        "wife again",
        "husband again",
        "walk into",
        "walking into",
        "different mum",
        "different mom",
        "different dad",
        "new mum",
        "another mum",
    )
)
RISK_STEMS = frozenset(
    "kill suic unal exis burd dose drow jump hurt harm burn blee scra punc "
    "good meth plan perm disa vani cras hose pois".split()
)
_FIRST = frozenset(CUES["first"])
_CUE_OF: dict[str, tuple[str, ...]] = {}
for _name, _words in CUES.items():
    for _w in _words:
        _CUE_OF[_w] = (*_CUE_OF.get(_w, ()), _name)
# Pairs of cue groups whose meeting in one sentence is a feature of its own.
PAIRS = (
    ("first", "death"),
    ("first", "means"),
    ("first", "plan"),
    ("first", "absence"),
    ("first", "burden"),
    ("first", "farewell"),
    ("first", "harm"),
    ("first", "future"),
    ("means", "plan"),
    ("death", "absence"),
    ("death", "plan"),
    ("means", "absence"),
    ("other", "death"),
    ("other", "means"),
    ("topic", "death"),
    ("helping", "death"),
    ("past", "death"),
    ("screen", "death"),
    ("everyday", "plan"),
    ("everyday", "absence"),
    ("burden", "absence"),
    ("harm", "purpose"),
    ("first", "lexicon"),
    ("other", "lexicon"),
    ("topic", "lexicon"),
    ("everyday", "lexicon"),
    ("past", "harm"),
    ("other", "harm"),
    ("first", "negated"),
    ("negated", "absence"),
    ("negated", "death"),
    ("negated", "future"),
    # pairs of concept classes (and of a concept and a cue group)
    ("first", "khurtact"),
    ("khurtact", "kbody"),
    ("first", "kbody"),
    ("kbody", "kstopping"),
    ("kobject", "ksearch"),
    ("kobject", "kamount"),
    ("ksearch", "kamount"),
    ("kamount", "death"),
    ("kobject", "first"),
    ("kobject", "absence"),
    ("kgiveaway", "absence"),
    ("kgiveaway", "farewell"),
    ("kgiveaway", "future"),
    ("kaffairs", "absence"),
    ("kaffairs", "farewell"),
    ("kaffairs", "kwhen"),
    ("kwhen", "kstopping"),
    ("kwhen", "death"),
    ("kwhen", "absence"),
    ("kwhen", "plan"),
    ("krelieved", "absence"),
    ("krelieved", "other"),
    ("krelieved", "burden"),
    ("ksleeping", "kwishing"),
    ("ksleeping", "absence"),
    ("ksleeping", "negated"),
    ("kaccident", "kwishing"),
    ("kaccident", "negated"),
    ("kaccident", "first"),
    ("kwishing", "death"),
    ("kwishing", "kstopping"),
    ("kstopping", "first"),
    ("kstopping", "other"),
    ("kgiveaway", "everyday"),
    ("kaffairs", "everyday"),
    ("kwhen", "everyday"),
    ("khurtact", "everyday"),
    ("khurtact", "past"),
    ("kaccident", "everyday"),
    ("kobject", "khide"),
    ("khide", "first"),
    ("khide", "kamount"),
    ("khide", "other"),
    ("khangpoint", "first"),
    ("khangpoint", "kamount"),
    ("khangpoint", "ksearch"),
    ("kwater", "first"),
    ("kwater", "kwishing"),
    ("kwater", "kstopping"),
    ("kwhen", "kwindow"),
    ("kwindow", "first"),
    ("kfinal", "kaffairs"),
    ("kfinal", "kgiveaway"),
    ("kfinal", "first"),
)
# Pairs of concept classes that open the gate together, though neither word does alone: an act
# of harm and a part of the body, stopping and the heart, a fatal amount and the means.
GATE_PAIRS = (
    (frozenset(CUES["khurtact"]), frozenset(CUES["kbody"])),
    (frozenset(CUES["kstopping"]), frozenset(("heart", "breathing", "breath", "existing", "living", "life"))),
    (frozenset(CUES["kobject"]), frozenset(CUES["kamount"]) | frozenset(CUES["ksearch"])),
    (frozenset(CUES["kaccident"]), frozenset(CUES["kwishing"])),
    (
        frozenset(CUES["kgiveaway"]) | frozenset(CUES["kaffairs"]),
        frozenset(("gone", "afterwards", "needing", "need", "after")),
    ),
    (frozenset(CUES["kwhen"]), frozenset(("stop", "end", "finish", "finishing", "done", "settled", "decided"))),
    (frozenset(CUES["khide"]), frozenset(CUES["kobject"])),
    (
        frozenset(CUES["khangpoint"]),
        frozenset(CUES["ksearch"]) | frozenset(CUES["kamount"]) | frozenset(("measuring", "hold", "weight")),
    ),
    (
        frozenset(CUES["kwater"]),
        frozenset(CUES["kwishing"]) | frozenset(("wade", "calling", "pulling", "drift", "under")),
    ),
    (frozenset(CUES["kwhen"]), frozenset(CUES["kwindow"])),
)

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def tokens(text: str) -> list[str]:
    """Lower-case words, apostrophes dropped ("I'm" -> "im"), short forms and slips of key words
    read as words ("u" -> "you", "tommorow" -> "tomorrow")."""
    get = _READ.get
    out = []
    for t in _TOKEN.findall(text.lower()):
        if "'" in t:
            t = t.replace("'", "")
        r = get(t)
        out.append(r if r is not None else _reading(t))
    return slang.canon(out)


# Key words of the families whose slips are read as the word: one letter dropped, two swapped,
# letters doubled, undoubled or stretched ("realy", "evry", "sucidal", "tommorow", "foreverrr"),
# and a dropped final g ("killin"). A closed list: other words are left as they are.
SPELLED = tuple(
    """
    tomorrow tonight really every everyone everything everybody suicidal suicide killing myself disappear
    disappearing forever anymore nobody anybody anyone someone goodbye goodbyes overdose overdosing pills
    tablets paracetamol painkillers burden alive living existing exist dying cutting hurting harming bleeding
    worthless pointless hopeless funeral letters deserve without better relieved bridge jumping drown drowning
    hanging noose razor blades medication nothing leaving finished sleep asleep waking never again planned
    decided ready enough lethal painless method methods actually honestly literally seriously going trying
    wanting thinking because anything something whatever whoever probably definitely completely tired
    exhausted notice around family friends people goodbye ending
    """.split()
)
# Slips of a key word that are words of their own (or too near one) and stay as written.
_NOT_SLIPS = frozenset(
    "ever even ding eying pill tablet letter liver lying tying trying tring hoping moping bette beter brige "
    "nothin noting nothing sleepy sleep seep slee sleeps aslep wakin waking aking endin ending ening "
    "ranging ganging banging hanging hangin aging rowing drowing growing thing think thinks lining "
    "aiving living ving alive live olive alie exit exits exis exist xist exst cutting cuting outing "
    "curing cuttin guttin bing being dong doing going oing ging tying trying rying "
    "raising rising reading eading heading fiends friend fends fiend ready read reads eady ready "
    "method metod meths mehod ledger never neer nevr neve even lever sever fever again gain agin "
    "bride down gong hopes nose noes plane real rely ridge round tied tire tried very ying ling blade "
    "tables needing decide actual literal honesty meth downing droning exiting fished relied relived "
    "relieve waning wating laving haring arming anting eaving beding leding whater mediation".split()
)


def _squeeze(word: str) -> str:
    """A word with each run of one letter made one letter ("tommorow", "tomorrow" -> "tomorow")."""
    return _RUNS.sub(r"\1", word)


_RUNS = re.compile(r"(.)\1+")


def _slips(word: str):
    yield word
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]
        if i + 1 < len(word):
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]


_SLIP_OF: dict[str, str] = {}
for _key in SPELLED:
    for _slip in _slips(_key):
        _squeezed = _squeeze(_slip)
        if len(_squeezed) >= 4 and _slip not in _NOT_SLIPS and _squeezed not in _NOT_SLIPS:
            _SLIP_OF.setdefault(_squeezed, _key)
    if _key.endswith("ing"):
        _SLIP_OF.setdefault(_squeeze(_key[:-1]), _key)
_KEYS = frozenset(SPELLED)
# Each word read so far (short forms first), so a word is worked out once.
_READ: dict[str, str] = dict(SHORT_FORMS)
_READ_MEMORY = 50_000


def _reading(t: str) -> str:
    """The word t stands for: itself, or the key word it is a slip of."""
    r = t
    if len(t) >= 4 and t not in _KEYS and t not in _NOT_SLIPS and not t.isdigit():
        r = _SLIP_OF.get(_squeeze(t), t)
    if len(_READ) >= _READ_MEMORY:
        _READ.clear()
        _READ.update(SHORT_FORMS)
    _READ[t] = r
    return r


def _groups_of(words: list[str], phrases) -> tuple[set[str], set[str], set[str]]:
    """(cue groups, lexicon constructs, negated words) of a sentence's words."""
    groups: set[str] = set()
    constructs: set[str] = set()
    negated: set[str] = set()
    reach = 0
    constructs.update(constructs_in(words, phrases))
    for w in words:
        groups.update(_CUE_OF.get(w, ()))
        if w in _NEGATORS:
            reach = _NEG_REACH
        elif reach:
            negated.add(w)
            reach -= 1
    if constructs:
        groups.add("lexicon")
    if negated:
        groups.add("negated")
    if "first" not in groups:
        groups.add("no-first")
    return groups, constructs, negated


def features(words: list[str], phrases: dict[str, list[tuple[tuple[str, ...], str]]]) -> set[str]:
    """The sentence's features: words, their stems, word pairs, words under a negation,
    lexicon constructs, cue groups and pairs of groups."""
    found = {"bias"}
    for i, w in enumerate(words):
        found.add("w:" + w)
        st = stem(w)
        if st:
            found.add("x:" + st)
        if i:
            found.add(f"b:{words[i - 1]} {w}")
    groups, constructs, negated = _groups_of(words, phrases)
    found.update("n:" + w for w in negated)
    found.update("c:" + c for c in constructs)
    found.update("g:" + g for g in groups)
    found.update(f"p:{a}+{b}" for a, b in PAIRS if a in groups and b in groups)
    return found


class WordPairs(dict):
    """Word-pair weights by first word, then second, read from the model's text a share at a time.

    The model ships them as JSON texts, one for each two-letter start of a first word. Reading all
    of them costs about 20 ms, most of what one short analysis in a fresh process (`hearten journal
    add`) would spend on the model, so a share is read the first time one of its words is asked for.
    A first word with no pairs reads as an empty table, so `table[first].get(second, 0.0)` always
    answers, as fast as a plain dict once the share is read. Shares are read under a lock: the web
    app analyses in worker threads, and a word asked for while its share is being read must wait
    for it, not be told it has no pairs."""

    _NONE = MappingProxyType({})  # every word without pairs shares it, so it must not be writable
    _MISSES_KEPT = 100_000  # words without pairs remembered (beyond that, each is looked for again)

    def __init__(self, texts: dict[str, str]):
        super().__init__()
        self._unread = dict(texts)
        self._lock = threading.Lock()
        self._misses = 0

    @classmethod
    def of(cls, pairs: dict[str, dict[str, float]]) -> WordPairs:
        """A table already read, from a dict by first word (as the model builder trains them)."""
        table = cls({})
        table.update(pairs)
        return table

    @staticmethod
    def share_of(first: str) -> str:
        """Which share of the texts holds a first word's pairs."""
        return first[:2]

    def __missing__(self, first: str):
        with self._lock:
            text = self._unread.pop(self.share_of(first), None)
            if text is not None:
                self.update(json.loads(text))
            found = self.get(first)
            if found is not None:
                return found
            if self._misses < self._MISSES_KEPT:
                self._misses += 1
                self[first] = self._NONE
            return self._NONE


class _Scorer:
    """The model's weights in tables keyed by word, stem, word pair and set of groups, so a
    sentence's score is a few lookups per word; the same sum as over `features()`."""

    def __init__(self, phrases, weights: dict[str, float], threshold: float, word_pairs=None):
        """`weights` by feature name (features()), except the word pairs': `word_pairs`, a WordPairs
        table (used as it is) or a dict by first word, then second (copied into one)."""
        self.phrases, self.threshold = phrases, threshold
        self.bias = weights.get("bias", 0.0)
        self.word: dict[str, float] = {}
        self.stem: dict[str, float] = {}
        self.pair = word_pairs if isinstance(word_pairs, WordPairs) else WordPairs.of(word_pairs or {})
        self.neg: dict[str, float] = {}
        self.construct: dict[str, float] = {}
        self.group: dict[str, float] = {}
        tables = {"w": self.word, "x": self.stem, "n": self.neg, "c": self.construct}
        for key, weight in weights.items():
            kind, _, rest = key.partition(":")
            if kind in tables:
                tables[kind][rest] = weight
            elif kind == "b":
                raise ValueError(f"a word pair's weight belongs in word_pairs, not weights: {key!r}")
            elif kind in ("g", "p"):
                self.group[key] = weight
        self._by_groups: dict[frozenset, float] = {}
        # The gate: the risk words above and any word of death, the means, self-injury, a
        # burden or a goodbye (function words aside); or a whole lexicon phrase of a construct not in
        # NOT_ALONE_CONSTRUCTS (passes()).
        gate = {w for w, gs in _CUE_OF.items() if any(g in GATE_GROUPS for g in gs)} | RISK_WORDS
        self.gate_words = frozenset(gate - _FUNCTION_WORDS - NOT_ALONE)
        self.gate_stems = RISK_STEMS
        self._one_word_phrases = frozenset(k for k in phrases if isinstance(k, str))
        self._phrase_pairs = frozenset(k for k in phrases if isinstance(k, tuple))
        self._known: dict[str, tuple[str, ...]] = {}
        self._words: dict[str, tuple[float, str, tuple[str, ...], bool]] = {}
        self._risk_firsts = frozenset(a for a, _ in RISK_PAIRS)
        self._phrase_firsts = frozenset(k[0] for k in self._phrase_pairs)
        self._gate_bits: dict[str, int] = {}
        # The scores given to sentences of the text this thread is reading, (start, end, z): see
        # best_z_within. Per thread: the web app reads several texts at once with one scorer.
        self._reading = threading.local()

    def note_z(self, norm: str, start: int, end: int, z: float) -> None:
        """Keep a sentence's score while its text is being read (a new text forgets the last one's).
        Kept by where each starts, the starts in order, so best_z_within looks only near its span and a
        long text is not read again for each of its sentences."""
        reading = self._reading
        if getattr(reading, "text", None) is not norm:
            reading.text, reading.starts, reading.seen = norm, [], {}
        spans = reading.seen.get(start)
        if spans is None:
            reading.seen[start] = [(end, z)]
            insort(reading.starts, start)
        else:
            spans.append((end, z))

    def best_z_within(self, norm: str, left: int, right: int) -> float | None:
        """The highest score this thread kept for a sentence of `norm` inside norm[left:right], or None."""
        reading = self._reading
        if getattr(reading, "text", None) is not norm:
            return None
        starts, seen = reading.starts, reading.seen
        best = None
        for at in range(bisect_left(starts, left), bisect_right(starts, right)):
            for end, z in seen[starts[at]]:
                if end <= right and (best is None or z > best):
                    best = z
        return best

    def words_of(self, text: str) -> list[str]:
        """`tokens(text)`, each whitespace-separated piece read once and remembered (a word never
        holds whitespace, so a piece's words are the same wherever it stands)."""
        return slang.canon(self.piece_words(text))

    def piece_words(self, text: str) -> list[str]:
        """`words_of(text)` before `slang.canon` reads the words together (runs across pieces, "few kms")."""
        known = self._known
        words: list[str] = []
        for piece in text.split():
            found = known.get(piece)
            if found is None:
                if len(known) >= _PIECE_MEMORY:
                    known.clear()
                found = known[piece] = tuple(tokens(piece))
            words += found
        return words

    def risk_at(self, words: list[str]) -> list[int]:
        """Where the sentence's risk words, risk stems, risk pairs and lexicon phrases start."""
        gate_words, stems, phrases = self.gate_words, self.gate_stems, self.phrases
        starters = _starters(phrases)
        found = []
        for i, w in enumerate(words):
            if w in gate_words or (len(w) >= 5 and w[:4] in stems) or tuple(words[i : i + 2]) in RISK_PAIRS:
                found.append(i)
                continue
            if w in starters and _phrase_at(words, i, phrases):
                found.append(i)
        if not found:
            pair = self._pair_gate(words)
            if pair is not None:
                found = [i for i, w in enumerate(words) if w in pair[0] or w in pair[1]]
        return found

    def z_if_passes(self, words: list[str]) -> float | None:
        """`z(words)` when `passes(words)`, else None."""
        opens, constructs = self.gate(words)
        return self._z(words, None, constructs) if opens else None

    def gate(self, words: list[str]) -> tuple[bool, set[str] | None]:
        """(`passes(words)`, the lexicon's constructs in the words when the test had to find them,
        else None), to hand to `_z` so they are not looked up again. The same tests as `passes`,
        asked of the words' kept gate bits (one lookup a word); word pairs are looked at only when
        some word can start one."""
        if len(words) < _MIN_WORDS:
            return False, None
        bits = 0
        known = self._gate_bits
        for w in words:
            bits |= known.get(w) or self._gate_bits_of(w)
        if not bits & _G_FIRST and bits & _G_READER:
            return False, None
        constructs = None
        if not bits & _G_WORD:
            if not ((bits & _G_RISK_FIRST and not RISK_PAIRS.isdisjoint(zip(words, words[1:]))) or bits & _G_STEM):
                if bits & _G_PHRASE or (
                    bits & _G_PHRASE_FIRST and not self._phrase_pairs.isdisjoint(zip(words, words[1:]))
                ):
                    constructs = constructs_in(words, self.phrases)
                if not set(constructs or ()) - NOT_ALONE_CONSTRUCTS and (
                    not bits & _G_PAIR_WORD or self._pair_gate(words) is None
                ):
                    return False, constructs
        return True, constructs

    def _gate_bits_of(self, w: str) -> int:
        """Which of the gate's word tests `w` answers yes to (see gate), kept per word."""
        bits = _G_KNOWN
        if w in self.gate_words:
            bits |= _G_WORD
        if len(w) >= 5 and w[:4] in self.gate_stems:
            bits |= _G_STEM
        if w in self._risk_firsts:
            bits |= _G_RISK_FIRST
        if w in self._one_word_phrases:
            bits |= _G_PHRASE
        if w in self._phrase_firsts:
            bits |= _G_PHRASE_FIRST
        if w in _FIRST:
            bits |= _G_FIRST
        if w in _READER:
            bits |= _G_READER
        if w in _PAIR_WORDS:
            bits |= _G_PAIR_WORD
        if len(self._gate_bits) >= _PIECE_MEMORY:
            self._gate_bits.clear()
        self._gate_bits[w] = bits
        return bits

    def passes(self, words: list[str]) -> bool:
        """Whether a sentence holds a risk word, a risk stem, a risk pair or a whole lexicon phrase (one of
        NOT_ALONE_CONSTRUCTS is not enough), and is not addressed to the reader alone ("rest a hand on
        your heart")."""
        if len(words) < _MIN_WORDS or (_FIRST.isdisjoint(words) and not _READER.isdisjoint(words)):
            return False
        if not self.gate_words.isdisjoint(words):
            return True
        pairs = set(zip(words, words[1:]))
        if not RISK_PAIRS.isdisjoint(pairs) or not self.gate_stems.isdisjoint([w[:4] for w in words if len(w) >= 5]):
            return True
        if not (self._one_word_phrases.isdisjoint(words) and self._phrase_pairs.isdisjoint(pairs)):
            if constructs_in(words, self.phrases) - NOT_ALONE_CONSTRUCTS:
                return True
        return self._pair_gate(words) is not None

    @staticmethod
    def _pair_gate(words: list[str]):
        """The first gate pair of concept classes both of whose words the sentence holds, or None
        (one pass over the words, each giving the bits of the pair sides it belongs to)."""
        hits = _PAIR_WORDS.intersection(words)
        if len(hits) > 1:
            bits = 0
            for w in hits:
                bits |= _PAIR_BITS[w]
            for n, both in enumerate(_PAIR_BOTH):
                if bits & both == both:
                    return GATE_PAIRS[n]
        return None

    def _about(self, w: str) -> tuple[float, str, tuple[str, ...], bool]:
        """A word's own weight, its stem, its cue groups and whether it negates, kept per word."""
        st = stem(w)
        if len(self._words) >= _PIECE_MEMORY:
            self._words.clear()
        found = self._words[w] = (self.word.get(w, 0.0), st, _CUE_OF.get(w, ()), w in _NEGATORS)
        return found

    def z(self, words: list[str], constructs: set[str] | None = None) -> float:
        """The log-odds: the sum of the weights of `features(words)`, each feature counted once.
        `constructs`: the lexicon's constructs in the words, when `gate` already found them."""
        return self._z(words, None, constructs)

    def _z(self, words: list[str], pairs: set | None, constructs: set | None) -> float:
        """z(words), given the word pairs and the lexicon's constructs when already known (None: not yet)."""
        about, words_known = self._about, self._words
        z = self.bias
        seen: set[str] = set()
        stems: set[str] = set()
        groups: set[str] = set()
        negated: set[str] = set()
        reach = 0
        for w in words:
            weight, st, gs, negates = words_known.get(w) or about(w)
            if w not in seen:
                seen.add(w)
                z += weight
            if st:
                stems.add(st)
            if gs:
                groups.update(gs)
            if negates:
                reach = _NEG_REACH
            elif reach:
                negated.add(w)
                reach -= 1
        stem_w, pair_w, neg_w = self.stem, self.pair, self.neg
        for st in stems:
            z += stem_w.get(st, 0.0)
        if pairs is None:
            pairs = set(zip(words, words[1:]))
        for first, second in pairs:
            z += pair_w[first].get(second, 0.0)
        for w in negated:
            z += neg_w.get(w, 0.0)
        if not (self._one_word_phrases.isdisjoint(seen) and self._phrase_pairs.isdisjoint(pairs)):
            if constructs is None:
                constructs = constructs_in(words, self.phrases)
            for c in constructs:
                z += self.construct.get(c, 0.0)
            if constructs:
                groups.add("lexicon")
        if negated:
            groups.add("negated")
        if "first" not in groups:
            groups.add("no-first")
        key = frozenset(groups)
        by_groups = self._by_groups.get(key)
        if by_groups is None:
            get = self.group.get
            by_groups = sum(get("g:" + g, 0.0) for g in groups)
            by_groups += sum(get(f"p:{a}+{b}", 0.0) for a, b in PAIRS if a in groups and b in groups)
            self._by_groups[key] = by_groups
        # The weights have four decimals; summed in a set's order, which changes with each process's string
        # hashing, the total wanders in its last bits, and a sentence exactly on a bar (2.7 at 3.0 over -0.3)
        # was flagged in one process and not in another. Rounded, every process reads it alike.
        return round(z + by_groups, 4)


# Words too common to open the gate (or to stand for the risk in the whose-and-when test),
# whatever their weight: the writer, function words, everyday verbs.
_FUNCTION_WORDS = frozenset(
    "i im ive id ill me my myself a an the and or but so to of in on at by for from with as into onto "
    "it its is are was were be been being am do does did doing done have has had having go goes going "
    "went get gets got just even only still again very really too also then than that this these those "
    "what who which when where how why would will could should can shall may might must there here "
    "you your he she they we us them him her his their our one some any all every no not yes if "
    "up out down off over about keep kept make made take took want wish hope feel felt think thought "
    "know like now today".split()
) - frozenset(("here", "over", "out"))
# A word's answers to the gate's tests (_Scorer._gate_bits_of); _G_KNOWN keeps every answer non-zero.
_G_KNOWN, _G_WORD, _G_STEM, _G_RISK_FIRST, _G_PHRASE, _G_PHRASE_FIRST, _G_FIRST, _G_READER, _G_PAIR_WORD = (
    1 << n for n in range(9)
)
_scorer: _Scorer | None = None
_PIECE_MEMORY = 100_000  # pieces of text whose words a scorer keeps
# Each word of a gate pair's side: a bit per side it is on (pair n: bits 2n and 2n + 1).
_PAIR_BITS: dict[str, int] = {}
for _n, _sides in enumerate(GATE_PAIRS):
    for _side, _side_words in enumerate(_sides):
        for _w in _side_words:
            _PAIR_BITS[_w] = _PAIR_BITS.get(_w, 0) | (1 << (2 * _n + _side))
_PAIR_WORDS = frozenset(_PAIR_BITS)
_PAIR_BOTH = tuple(3 << (2 * _n) for _n in range(len(GATE_PAIRS)))


def _load() -> _Scorer:
    global _scorer
    if _scorer is None:
        from . import _crisis_model

        _scorer = _Scorer(
            phrases_of(_crisis_model.LEXICON),
            _crisis_model.WEIGHTS,
            _crisis_model.THRESHOLD,
            WordPairs(_crisis_model.WORD_PAIRS),
        )
    return _scorer


def phrases_of(lexicon: dict) -> dict:
    """The lexicon's phrases, a one-word phrase under its word and a longer one under its first
    two words, each with its constructs, so a sentence is searched with one lookup per word."""
    phrases: dict = {}
    for construct, terms in lexicon.items():
        for term in terms:
            ws = tuple(term.split())
            key = ws[0] if len(ws) == 1 else ws[:2]
            phrases.setdefault(key, []).append((ws, construct))
    return phrases


def constructs_in(words: list[str], phrases: dict, at_start: bool = False) -> set[str]:
    """The constructs of the lexicon phrases found in words (only one starting at words[0] when at_start)."""
    found = set()
    get = phrases.get
    starters = _starters(phrases)
    last = len(words) - 1
    for i in range(1 if at_start else last + 1):
        w = words[i]
        if w not in starters:  # no phrase starts with this word
            continue
        one = get(w)
        if one:
            for _, construct in one:
                found.add(construct)
        if i < last:
            two = get((w, words[i + 1]))
            if two:
                for phrase, construct in two:
                    if len(phrase) == 2 or tuple(words[i : i + len(phrase)]) == phrase:
                        found.add(construct)
    return found


def _phrase_at(words: list[str], i: int, phrases: dict) -> bool:
    """Whether a lexicon phrase starts at words[i]: `constructs_in(words[i:], phrases, True)`, unsliced."""
    w = words[i]
    if phrases.get(w):
        return True
    if i + 1 < len(words):
        for phrase, _ in phrases.get((w, words[i + 1]), ()):
            if len(phrase) == 2 or tuple(words[i : i + len(phrase)]) == phrase:
                return True
    return False


_starter_sets: dict[int, tuple[dict, frozenset[str]]] = {}


def _starters(phrases: dict) -> frozenset[str]:
    """The words some phrase of `phrases` starts with, worked out once per phrases table."""
    kept = _starter_sets.get(id(phrases))
    if kept is None or kept[0] is not phrases:
        kept = _starter_sets[id(phrases)] = (phrases, frozenset(k if isinstance(k, str) else k[0] for k in phrases))
    return kept[1]


def score(sentence: str) -> float:
    """The model's probability that the sentence is crisis language (0 when nothing gates it in)."""
    scorer = _load()
    words = tokens(sentence)
    if not scorer.passes(words):
        return 0.0
    return 1.0 / (1.0 + math.exp(-scorer.z(words)))


# Where the words of ending, leaving or dying mean something else: ending it with a person,
# dying to or of something, a deadline or a pair of shoes killing me.
_IDIOM = re.compile(
    r"\b(?:end(?:ing|ed|s)?|break(?:ing)?|call(?:ing|ed)?)\s+(?:it|things)\s+(?:off\s+)?(?:with|between)\b"
    r"|\b(?:dying|died|die|dead)\s+(?:to|of\s+(?:laughter|laughing|embarrassment|boredom|shame|cringe))\b"
    # gone when a term or a contract ends ("once the semester ends i'm gone, going home to spain")
    r"|\b(?:once|when|after)\s+(?:the\s+|my\s+|this\s+)?(?:semester|term|exams?|course|contract|placement|season|lease|tour)\s+"
    r"(?:ends|is\s+over|finishes|are\s+over|are\s+done|is\s+done)\s*,?\s*(?:i'?m|im|i\s+am|i'?ll\s+be)\s+(?:gone|off|outta\s+here|out\s+of\s+here)\b"
    # a stand taken on a point ("I'll die on this hill about the commas")
    r"|\b(?:i'?ll|i\s+will|i'?d|i\s+would|you'?ll|you\s+will|(?:willing|prepared|happy)\s+to)\s+die\s+on\s+(?:this|that)\s+(?:particular\s+)?hill\b"
    r"(?!\s+(?:where|up|tonight|today|tomorrow|alone|so|and\s+nobody)\b)"
    r"|\b(?:is|are|was|were|s)\s+killing\s+me\b|\bkill(?:s|ed)?\s+me\s+(?:laughing|off)\b"
    # laughter ("before I kill myself laughing"), but not a wish ("I want to kill myself laughing at nothing")
    r"|(?<!want\sto\s)(?<!wants\sto\s)(?<!wanna\s)(?<!wish\sto\s)(?<!wish\si\scould\s)"
    r"\bkill(?:s|ed|ing)?\s+(?:myself|my\s*self)\s+laugh(?:ing|in'?)\b"
    # a route to a place that is not a height or water ("the quickest way for me to get to the station")
    r"|\b(?:quickest|fastest|best|easiest|shortest|simplest|cheapest|quietest)\s+(?:way|route)\s+(?:for\s+(?:me|us|him|her|them)\s+)?(?:to\s+)?"
    r"(?:get|go|walk|drive|travel|cycle|head|come)\s+(?:to|from|into|back\s+to|home|there|round\s+to|over\s+to|down\s+to|up\s+to)\b"
    r"(?!\s+(?:the\s+)?(?:bridge|cliffs?|tracks|railway\s+line|line|top|roof|edge|viaduct|multi|car\s+park|multistorey|pier|quarry|river|"
    r"sea|lake|reservoir|motorway|overpass|flyover|tower|ledge|dam|water|canal|harbour|headland|crossing|other\s+side)\b)"
    # a birth date complained of ("never been born in February, my birthday is always freezing")
    r"|\b(?:never\s+|not\s+)?(?:been\s+)?born\s+(?:in|on|during|at)\s+(?:the\s+)?(?:january|february|march|april|june|july|august|september|"
    r"october|november|december|winter|summer|spring|autumn|christmas|new\s+year|a\s+leap\s+year|leap\s+day|the\s+holidays|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    # a chore not bothered with ("I cannae be bothered wi the dishes the day")
    r"|\b(?:cannot|can'?t|cant|cannae|canny|cba|couldn'?t|could\s+not)\s+be\s+(?:bothered|arsed|assed|fussed)\s+(?:with|wi|wae|to|doing|making|going\s+to)\s+"
    r"(?:the\s+|my\s+|any\s+|a\s+|our\s+|cook\s+|do\s+|make\s+|go\s+to\s+(?:the\s+)?)?(?:dishes|washing|washing\s+up|hoovering|ironing|laundry|tea|dinner|"
    r"lunch|breakfast|cooking|cleaning|shopping|housework|homework|gym|bins?|garden|lawn|hoover|dishwasher|emails?|make\s*up|makeup|hair|"
    r"shower|bed|beds|car|recycling|tidying|walk|run|dog|tidy|clean|cook|shops|messages|admin|paperwork|taxes|assignment)\b"
    # a fallback and a comfort, in any practice: "making a plan B", "that's nothing to be ashamed of"
    r"|\bplan\s+b\b(?![^.!?\n]{0,30}?\b(?:bridge|pills|tablets|rope|jump\w*|overdose|die|dying|end\s+it|kill|tracks|train|cliff)\b)|\bnothing\s+to\s+(?:be|feel)\s+(?:ashamed|embarrassed)\s+(?:of|about)\b"
    # a thought lost: "stepping in front of the train of thought"
    r"|\b(?:(?:step|stepp|jump|throw|walk)\w*\s+(?:myself\s+)?in\s+front\s+of\s+(?:the|a|my)\s+)?train\s+of\s+thought\b"
    # a new year's swim in the cold sea ("jump into the cold sea on New Year's Day")
    r"|\b(?:jump\w*|dip\w*|plung\w*|swim\w*)\s+into\s+the\s+(?:cold|icy|freezing)\s+(?:sea|lake|water)\s+"
    r"(?:on|for)\s+(?:new\s+year'?s?(?:\s+day)?|boxing\s+day|christmas\s+(?:day|morning)|charity)\b"
    # overwork ("killing myself with double shifts to pay rent")
    rf"|\bkill(?:ing)?\s+my\s*self\s+{crisis.OVERWORK}\b"
    # an opinion on the law ("I think assisted dying should be legal")
    r"|\bassisted\s+(?:dying|suicide)\s+(?:should|must|ought|is\s+legal|bill|laws?|debate|vote)\b"
    r"(?![^.!?\n]{0,40}?\b(?:so\s+i|for\s+me|i\s+want|i'?d|i\s+could|i\s+can)\b)"
    # a thing or a feeling gone for good ("my phone's gone for good", "that feeling is gone for good now")
    r"|\b(?:it'?s|its|it\s+is|it\s+was|that'?s|thats|that\s+is|this\s+is|(?:the|my|our|that|this)\s+(?:\w+\s+){0,2}?"
    r"(?:is|was|are|were)|(?:my|the|our)\s+\w+'s)\s+(?:\w+\s+)?gone\s+for\s+good\b"
    r"|\brather\s+(?:die|be\s+dead)\s+than\s+(?!(?:\S+\s+){0,3}?(?:live|living|go\s+on|going\s+on|keep|wake|be\s+alive|another\s+day|exist))"
)


def flags(norm: str, start: int, end: int, set_aside_until: int | None = None, after_set_aside: bool = False) -> bool:
    """Whether the second opinion flags norm[start:end] (normalised text) as the writer's own crisis, now.
    A short sentence is also read with the one before it: "Saturday night. I'm ready." is one thought;
    a longer one too, when one of the two alone scored at least the threshold or the one before is
    short ("I'm ready now. Said goodbye to the dog this morning."), and the model is WINDOW_MARGIN over
    it on the two as one, unless the one before was set aside. Which of them scored
    what is kept while this thread reads `norm` (_Scorer.note_z), so the sentences of a text are asked
    in order, as the analyzer asks them.
    `set_aside_until`: a rule matched in the sentence and every match was read as not the writer's own,
    now (someone else's, a story's, the past, a fear), the last ending there. That reading stands unless
    the model is well above its threshold on the whole sentence; otherwise only what follows the match
    is read ("my sister says she wants to die but really I'm the one who doesn't want to be here").
    `after_set_aside`: the sentence before was such a sentence, so a short one read with it is held to the
    same margin ("The form asked if I'd be better off dead. Nope.")."""
    if set_aside_until is not None:
        scorer = _load()
        if scorer.z(scorer.words_of(norm[start:end])) < scorer.threshold + SET_ASIDE_MARGIN:
            rest = set_aside_until
            return bool(_TURN_TO_ME.match(norm, rest, end)) and _flags(norm, rest, end)
    if _flags(norm, start, end):
        return not crisis.explained_by_what_follows(norm, start, end)
    if start == 0:
        return False
    stop = start  # back over the previous sentence's own end, then to the end before it
    while stop > 0 and norm[stop - 1] in " \t\n.!?":
        stop -= 1
    before = max(norm.rfind(c, 0, stop) for c in ".!?\n") + 1
    if before >= stop:
        return False
    if len(norm[start:end].split()) >= _SHORT:
        # Two sentences that say it only together ("I have new marks on my thighs. I did it to myself
        # again."): read as one when the model is sure of them as one, and never after a set-aside one.
        if after_set_aside:
            return False
        # Only where one of the two alone scored at least the threshold, or the one before is short: a
        # short opening ("I've decided.", "Tonight's the night.") says little alone and the rest says
        # what it means. A journal's other sentences are then not read twice.
        scorer = _load()
        alone = scorer.best_z_within(norm, before, end)
        if (alone is None or alone < scorer.threshold) and len(norm[before:stop].split()) >= _SHORT:
            return False
        if scorer.z(scorer.words_of(norm[before:end])) < scorer.threshold + WINDOW_MARGIN:
            return False
        return _flags(norm, before, end, explainable=True) and not crisis.explained_by_what_follows(norm, before, end)
    if after_set_aside and _WELL_NOW.search(norm, start, end) and not _NOT_WELL.search(norm, start, end):
        return False  # "I used to want to die. It's gone for good.": what was set aside is over, it says
    if not _flags(norm, before, end):
        return False
    if after_set_aside and not _BACK_NOW.search(norm, start, end):
        scorer = _load()
        if scorer.z(scorer.words_of(norm[before:end])) < scorer.threshold + SET_ASIDE_MARGIN:
            return False
    # "I've made up my mind. Handing in my notice on Friday.": a bare decision, explained
    return not crisis.explained_by_what_follows(norm, before, end)


# How far above its threshold the model must be on two neighbouring sentences read as one, to flag them
# (the second of six words or more). Chosen on 2026-12-05 on development sets 13 and 14 (figures only) and
# a fresh blind set, with the other sets as checks: found / false alarms, before: dev 13 842 / 117, dev 14
# 852 / 95, blind 838 / 128; at 5.0 846 / 117, 858 / 95, 850 / 128; at 3.5 855 / 118, 870 / 95, 858 / 128;
# at 2.5 858 / 118, 872 / 95, 861 / 128; at 1.5 862 / 118, 874 / 95, 863 / 129, with practice writing's
# false alarms (held-out 14, development 1-4) up 3; at 0.0 868 / 119, 887 / 97, 875 / 129, and up 8.
# Checked again on the weights retrained with that set: against no window, 2.5 found 12 and 13 more of
# dev 13 and 14 and 3.5 found 9 and 11 more, neither with a false alarm more.
WINDOW_MARGIN = 2.5
# How far above its threshold the model must be to flag a whole sentence whose rule matches were all set
# aside ("Back in spring I used to lie there wishing I wouldn't wake; that's gone now"). Swept on 2026-12-04 over
# held-out files 1-12 (found / false alarms of 1,494 / 1,487; 1,359 / 78 without it): 0 gives 1,359 / 77,
# 1.5 and 2.5 give 1,359 / 76, 3.5 gives 1,358 / 76, 5 gives 1,356 / 76; the development sets agree.
# Kept at 2.0 on 2026-12-06 with round 55 and the threshold at -0.3. A screening question answered no in a short
# next sentence ("At the review they asked if I wanted to kill myself. No, I said.") read as one now comes to
# 1.9-2.5 over and is flagged; 3.0 would clear it and change nothing on sets 13-15 (2,906 / 300), but it lost
# "mate want to die tonight" (1.96 over), and a crisis missed costs more than a look-alike flagged.
SET_ASIDE_MARGIN = 2.0
# What follows a set-aside match is read alone only when it turns to the writer ("... but really I'm the one
# who"): read whenever it held six words, it found no more lines of files 1-12 and flagged 3 more look-alikes.
_TURN_TO_ME = re.compile(
    r"[\s,;:-]*(?:but|yet|whereas|though|and\s+honestly|and\s+now)\s+(?:\w+\s+){0,2}?(?:i|i'm|im|me|my)\b"
)
_SHORT = 6  # words: a sentence shorter than this is always read with the one before it (a longer one: flags)
# A short sentence that brings a set-aside one back to now: "I used to want to die. It's back."
_BACK_NOW = re.compile(r"\b(?:back|again|now|same|still|returned|returning)\b")
# A short sentence after a set-aside one that says the writer is well now ("It's back to normal now.", "I'm fine
# now.", "It's gone for good.") is not read with it, unless it denies it ("I'm not fine now").
_WELL_NOW = re.compile(
    r"\b(?:normal|on\s+track|fine|better|okay|ok|(?<!for\s)good|well|safe|over\s+it|gone|behind\s+me|my\s+(?:old\s+)?self)\b"
)
_NOT_WELL = re.compile(r"\b(?:not|no\s+longer|never|nowhere)\b|n'?t\b")


def _flags(norm: str, start: int, end: int, explainable: bool = False) -> bool:
    """Whether the model flags norm[start:end]. `explainable`: an everyday word beside a risk word may
    explain it however sure the model is (two sentences read as one: their sum is surer than either)."""
    scorer = _load()
    pieces = scorer.piece_words(norm[start:end])
    words = slang.canon(pieces)
    opens, constructs = scorer.gate(words)
    if not opens:
        if _flags_ungated(norm, start, end, words, scorer, constructs, explainable):
            return True
        # Shut with the writer in it (so not by the reader test) and with nothing read across pieces
        # (`canon` gave back the very list): each clause's words are a run of these, so it shuts on each.
        if words is pieces and not _FIRST.isdisjoint(words):
            return False
        return _flags_a_clause(norm, start, end, scorer, explainable)
    z = scorer.z(words, constructs)
    scorer.note_z(norm, start, end, z)
    if z < scorer.threshold:
        return _flags_a_clause(norm, start, end, scorer, explainable)
    if _IDIOM.search(norm, start, end):  # the idiom's words read as nothing: score the rest
        words = tokens(_IDIOM.sub(" ", norm[start:end]))
        z = scorer.z_if_passes(words)
        if z is None or z < scorer.threshold:
            return False
    # A sentence the model is sure of is not explained away by an everyday word beside it
    # ("the flu", "a shift", "the dentist"); one it is less sure of is.
    guarded = explainable or z < scorer.threshold + _SURE
    # Sure beyond doubt, the model outweighs the whose-and-when test's reading of a person named before a risk
    # word as the one it is about ("my flatmate looked so tired and I thought if I just weren't here she
    # could breathe"); the past, a denial, a story or an everyday reason still take the flag away.
    named_person_owns = explainable or z < scorer.threshold + BEYOND_DOUBT_MARGIN
    if _own_at_a_risk_word(norm, start, end, start, end, words, scorer, guarded, named_person_owns=named_person_owns):
        return True
    return _flags_a_clause(norm, start, end, scorer, explainable)


def _own_at_a_risk_word(
    norm: str,
    start: int,
    end: int,
    left: int,
    right: int,
    words: list[str],
    scorer: _Scorer,
    guarded: bool,
    *,
    named_person_owns: bool = True,
) -> bool:
    """Whose crisis and when: the same test the rules' matches pass, at each risk word of
    norm[left:right] (whose `words` these are) with the rest of its clause, asked of the whole
    sentence norm[start:end] ("they'd be happier if I wasn't here": the clause holds the writer).
    `named_person_owns`: as for crisis.is_own_now."""
    places = [m.start() for m in _TOKEN.finditer(norm, left, right)]
    if len(places) < len(words):  # a letter that grows when lower-cased ("İ") gave words_of more words
        places = _word_places(norm, left, right)
    for i in scorer.risk_at(words):
        if i >= len(places):
            break
        at = places[i]
        clause = _CLAUSE_END.search(norm, at, min(right, at + 60))
        clause_end = clause.start() if clause else min(right, at + 60)
        if crisis.is_own_now(norm, start, end, at, clause_end, guarded, named_person_owns=named_person_owns):
            return True
    return False


def _flags_a_clause(norm: str, start: int, end: int, scorer: _Scorer, explainable: bool = False) -> bool:
    """A long entry of everyday things with the risk in one clause ("did the shopping, rang mum,
    and worked out which night I'd do it, then watched telly"): the everyday clauses outweigh it
    when the sentence is scored whole, so each clause is scored alone. Whose crisis and when is
    still asked of the whole sentence, so a past, a story or someone else elsewhere in it counts."""
    if len(norm[start:end].split()) < CLAUSE_MIN_WORDS:
        return False
    cuts = [start, *(m.end() for m in _CLAUSE_BREAK.finditer(norm, start, end)), end]
    if len(cuts) < 4:
        return False
    for left, right in zip(cuts, cuts[1:]):
        words = scorer.words_of(norm[left:right])
        if len(words) < 4 or not _WRITER_IN_CLAUSE.search(norm, left, right):
            continue  # a clause of someone else's, a story's or a date's ("the captain prays ...")
        z = scorer.z_if_passes(words)
        if z is None or z < scorer.threshold + CLAUSE_MARGIN or _IDIOM.search(norm, left, right):
            continue
        guarded = explainable or z < scorer.threshold + _SURE  # as for a whole sentence (_flags)
        if _own_at_a_risk_word(norm, start, end, left, right, words, scorer, guarded):
            return True
    return False


# A sentence of at least this many words is also scored clause by clause, and a clause must clear the
# threshold by this margin. Chosen over held-out files 1-13 together: 16 words and 1.0 found 16 more
# crisis lines for 4 more false alarms; 20 and 0.5 found 9 for 1; 12 and 2.0 found 9 for 4.
# Raised to 2.0 on 2026-12-05, when the weaker L2 penalty had made the weights larger: on development sets
# 13-15 (figures only, before rounds 47-51) 1.0 gave 2,850 / 323, 1.5 2,848 / 320, 2.0 2,848 / 315, 2.5
# 2,844 / 313; set 16 919 / 122, 919 / 118, 919 / 116, 919 / 115; practice writing's false alarms 67, 65,
# 65, 65.
# Raised to 3.0 on 2026-12-06 with round 55, the threshold at -0.3 and BEYOND_DOUBT_MARGIN at 4.0 (sets 13-15
# found / false alarms): both margins as they were 2,896 / 305, both changed 2,906 / 301; at a threshold of
# -0.4 this one alone 2,908 / 308 against 2,912 / 313. Sets 16 and 17 lost no line and 3 false alarms each.
CLAUSE_MIN_WORDS = 16
CLAUSE_MARGIN = 3.0
# Only a clause with the writer in it is scored alone: someone else's clause needs the sentence around it.
_WRITER_IN_CLAUSE = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|id|i'll|me|my|myself)\b")
_CLAUSE_BREAK = re.compile(r"[,;]\s+|\s-\s|\s(?:and\s+then|then)\s")


def _flags_ungated(
    norm: str,
    start: int,
    end: int,
    words: list[str],
    scorer: _Scorer,
    constructs: set[str] | None = None,
    explainable: bool = False,
) -> bool:
    """The second opinion on a sentence its gate keeps out: fresh wording may hold no risk word the
    gate knows ("everyone would cope better if I wasn't in the picture"). Sentences of a few words are
    scored: the writer's own (a word for "I", or a diary's dropped "I" at the start) and those naming
    nobody (NO_WRITER_MARGIN), not one whose subject is a name. One is flagged only when the model clears
    its threshold by a margin, and then asked whose crisis and when at each of the writer's own words
    (or the opening word). `constructs`: the lexicon's constructs in the words, when the gate already
    looked them up; `explainable`: as for `_flags`."""
    if len(words) < UNGATED_MIN_WORDS:
        return False
    margin = UNGATED_MARGIN
    if _FIRST.isdisjoint(words):
        # A diary's dropped "I" ("picked a spot up on the moor where nobody walks") is the writer; else
        # a sentence naming nobody is read at its opening word too, unless a name is its subject.
        opening = _OPENING_WORD.match(norm, start, end)
        if opening is None:
            return False
        if not crisis.opens_with_dropped_i(norm[start:end]):
            if _NAMED_SUBJECT.match(norm, start, end):
                return False
            margin = NO_WRITER_MARGIN
        writer = [opening]
    else:
        writer = _FIRST_WORD.finditer(norm, start, end)
    z = scorer.z(words, constructs)
    scorer.note_z(norm, start, end, z)
    if z < scorer.threshold + margin or _IDIOM.search(norm, start, end):
        return False
    guarded = explainable or z < scorer.threshold + _SURE
    for m in writer:
        at = m.start()
        clause = _CLAUSE_END.search(norm, m.end(), min(end, at + 60))
        if crisis.is_own_now(norm, start, end, at, clause.start() if clause else min(end, at + 60), guarded):
            return True
    return False


def _word_places(norm: str, start: int, end: int) -> list[int]:
    """Where each of `tokens()`'s words of norm[start:end] starts, one for one: inside a piece of
    text that lower-casing makes longer, every word is placed at the piece's start."""
    places = []
    for piece in _PIECE.finditer(norm, start, end):
        text, at = piece.group(), piece.start()
        lowered = text.lower()
        if len(lowered) == len(text):
            places += [at + m.start() for m in _TOKEN.finditer(lowered)]
        else:
            places += [at] * len(tokens(text))
    return places


_PIECE = re.compile(r"\S+")
_CLAUSE_END = re.compile(r"[,;:.!?\n]|\s(?:and|but|so|because|when|while|whenever)\s")
# Log-odds above the threshold at which the model is sure (a probability of about 0.97).
_SURE = 3.5
# Log-odds above the threshold (a probability of about 0.98 at 4.0) at which a person named before a risk word no
# longer makes it theirs, where the writer is in the sentence too (`_flags`). Chosen on 2026-12-05 on
# development sets 13-15 (figures only; 3,600 crisis lines, 3,600 look-alikes), with rounds 47-51 trained,
# UNGATED_MARGIN at 2.5 and the threshold at 0.0: found / false alarms without it 2,912 / 313; at 6.0
# 2,936 / 313; at 4.5 2,949 / 313, practice writing's false alarms (development sets 1-4) up 2. Overriding
# the whole whose-and-when test found a few more but flagged a denial ("I'm not suicidal, ...") and a wish
# remembered in a practice; waiving the named person where the writer is nowhere in the sentence flagged
# someone else's preparations. As it was (UNGATED_MARGIN 3.0, threshold 0.1): 2,882 / 307 without it,
# 2,898 / 307 at 6.0.
# Lowered to 4.0 on 2026-12-06 with round 55 and the threshold at -0.3 (with CLAUSE_MARGIN at 3.0; see there):
# before round 55, at -0.2, 4.0 alone found 12 more lines of sets 13-15 for 1 false alarm more, and sets 16-18
# 9 more for 1; practice writing's false alarms up 2.
BEYOND_DOUBT_MARGIN = 4.0
# Log-odds above the threshold that a sentence the gate keeps out must clear to be flagged, chosen
# on development data and the spent held-out files 1-12 only. Out of fold (build_crisis_model.py
# --cv), gate-closed sentences with the writer's own word: 2.0 finds 51% of the crisis lines for
# 3.4% of the look-alikes, 3.0 37% for 1.2%.
# Swept again on 2026-12-03 over held-out files 1-12 (crisis lines found / false alarms of 1,494 /
# 1,487), at six words or more: 3.5 gives 1,359 / 79, 3.0 1,364 / 79, 2.75 1,365 / 79, 2.5 1,366 / 79;
# none flags an everyday sentence or own line more, and 2.75 cost no practice development line. It
# stayed 3.5 then: on the fourteenth held-out file (practice writing, blind) 2.75 raised 2 false alarms
# more, and what people write in the practices is most of what this reads.
# Lowered to 3.0 on 2026-12-05 with rounds 47-51 trained and the other margins as now (BEYOND_DOUBT_MARGIN
# before the writer had to be in the sentence; threshold 0.0): development sets 13-15 (figures only) 2,904 / 313 at 3.5,
# 2,923 / 313 at 3.0, 2,936 / 313 at 2.5; set 16 937 / 109, 943 / 110, 952 / 111; held-out files 13-16
# within one line of each other at all three. Not 2.5: it flagged nine of our own look-alike cases ("I'd
# swap places with anyone in the front row at that gig."), 3.0 three of them.
UNGATED_MARGIN = 3.0
# A sentence with no word for the writer at all, not even a dropped "I" ("less for them to sort out
# later.", "there isn't going to be a next year."), is scored too, anchored at its opening word, at a
# margin of its own (UNGATED_MARGIN's 3.5 when it was chosen). Chosen on 2026-12-05 on development sets 13
# and 14 (figures only): found 892 -> 895 and 886 -> 894 (at 5.0: 893 and 891), no false alarm more on any
# set, 1 % more instructions.
NO_WRITER_MARGIN = 3.5
# Fewer words than this are too little to read without a risk word ("I am ready now." alone is
# anyone's; after "Tuesday night." it is read with it). At margins 2.5 and 3.5, 3 to 6 words find
# the same lines of files 1-12, with the same false alarms.
UNGATED_MIN_WORDS = 6
# The writer as the one who acts or is acted on, where the whose-and-when test of an ungated
# sentence is anchored ("my" is left out: "my nan says she...", "my friend feels..." are theirs).
_FIRST_WORD = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|id|i'll|ill|me|myself)\b")
# A sentence's first word, where a dropped "I" stands (crisis._DROPPED_I says whether it is one).
_OPENING_WORD = re.compile(r"\s*\w+")
# A first word followed by a verb is the sentence's subject: someone named ("sam picked the place").
_NAMED_SUBJECT = re.compile(rf"\s*{crisis.SUBJECT_THEN_VERB}")
# The gate also opens on slang.py's words and pairs (its plain readings of slang are in tokens()).
RISK_WORDS, RISK_PAIRS = RISK_WORDS | slang.RISK_WORDS, RISK_PAIRS | slang.RISK_PAIRS
