"""Slang, euphemism and dialect read as the plain words the crisis second opinion knows.

People in pain often write around the words: "unalive", "s*icide", "uninstall myself", texting
short forms ("idw 2 b alive nemore"), talking to themselves as "you" ("you know what you have to
do"), going home to the Lord, and the Englishes they grew up with ("mi waan dead", "I cannae",
"cark it", "finna", "ion"). The second opinion's model only knows the words it was trained on, and
its gate lets a sentence in only by a risk word, so such a sentence is never weighed at all.

`canon()` rewrites a sentence's words (already lower case, apostrophes dropped, as
second_opinion.tokens() gives them) into plain words: "unalive" -> "kill", "kms" -> "kill myself",
"wan" -> "want". It costs two set tests for a sentence with none of the words (about a
microsecond), and a dict lookup per word otherwise. The rules in crisis.py never see it: it can
only help the second opinion add a flag. `RISK_WORDS` and `RISK_PAIRS` widen the second
opinion's gate for wording that stays as it is.
"""

from __future__ import annotations

# A word (or a run of words, written with spaces) and the plain words it is read as. Words are
# read alone first, then runs, longest first; so a run is written in the words it reads as alone
# ("mi waan" as "me want", "w/o" as "with o"). Keys are as tokens() gives them: "s*icide" is
# "s icide", "k!ll" is "k ll", "you're" is "youre".
PLAIN: dict[str, str] = {
    # internet and gaming euphemisms, self-censored spellings
    "unalive": "kill",
    "unalives": "kills",
    "unaliving": "killing",
    "unalived": "killed",
    "s icide": "suicide",
    "su icide": "suicide",
    "s cide": "suicide",
    "su cide": "suicide",
    "sui ide": "suicide",
    "suic de": "suicide",
    "s icidal": "suicidal",
    "su cidal": "suicidal",
    "su1c1de": "suicide",
    "su1cide": "suicide",
    "suic1de": "suicide",
    "suicid3": "suicide",
    "5uicide": "suicide",
    "su1c1dal": "suicidal",
    "su1cidal": "suicidal",
    "suic1dal": "suicidal",
    "sewerslide": "suicide",
    "sewer slide": "suicide",
    "sewercide": "suicide",
    "sooicide": "suicide",
    "suey": "suicide",
    "k ll": "kill",
    "k1ll": "kill",
    "ki11": "kill",
    "k ll myself": "kill myself",
    "d e": "die",
    "d1e": "die",
    "de ad": "dead",
    "d3ad": "dead",
    "kms": "kill myself",
    "kmself": "kill myself",
    "uninstall myself": "kill myself",
    "uninstall me": "kill me",
    "delete myself": "kill myself",
    "deleting myself": "killing myself",
    "self delete": "kill myself",
    "self deleting": "killing myself",
    "yeet myself": "kill myself",
    "yeeting myself": "killing myself",
    "off myself": "kill myself",
    "offing myself": "killing myself",
    "top myself": "kill myself",
    "topping myself": "killing myself",
    "neck myself": "kill myself",
    "end myself": "kill myself",
    "finish myself": "kill myself",
    "do myself in": "kill myself",
    "ctrl z my existence": "erase my existence",
    "ctrl z my life": "erase my existence",
    "game over for me": "over for me",
    "rage quit life": "quit life",
    "rage quit living": "quit living",
    "log off from life": "die",
    "log out of life": "die",
    "unsub from life": "quit life",
    "unsubscribe from life": "quit life",
    # texting short forms and slips
    "wna": "want",
    "wnna": "want",
    "wanan": "want",
    "wnt": "want",
    "wan": "want",
    "gna": "going",
    "gnna": "going",
    "imma": "im going",
    "ima": "im going",
    "dnt": "dont",
    "cnt": "cannot",
    "nemore": "anymore",
    "nymore": "anymore",
    "anymor": "anymore",
    "nomo": "anymore",
    "nvr": "never",
    "nevr": "never",
    "wud": "would",
    "wld": "would",
    "cud": "could",
    "shud": "should",
    "betr": "better",
    "wo me": "without me",
    "jus": "just",
    "jst": "just",
    "hv": "have",
    "l8r": "later",
    "4ever": "forever",
    "4eva": "forever",
    "foreva": "forever",
    "ded": "dead",
    "lyf": "life",
    "lyfe": "life",
    "idw": "i dont want",
    "idwt": "i dont want",
    "idc": "i dont care",
    "idgaf": "i dont care",
    "idek": "i dont even know",
    "cba": "cannot be bothered",
    "ngl": "honestly",
    "tbh": "honestly",
    "tbf": "honestly",
    "fr": "seriously",
    "frfr": "seriously",
    "srsly": "seriously",
    "rly": "really",
    "rlly": "really",
    "smth": "something",
    "nthn": "nothing",
    "nth": "nothing",
    "b4": "before",
    "w": "with",
    "with o": "without",
    "bein": "being",
    "bout": "about",
    "b alive": "be alive",
    "b here": "be here",
    "b gone": "be gone",
    "b dead": "be dead",
    "b better": "be better",
    "b around": "be around",
    "b happier": "be happier",
    "b free": "be free",
    "b over": "be over",
    # texting spellings of the words around a wish, read as the standard words so the gate and the
    # model weigh them as they weigh standard spelling ("y am i even still alive", "u would all b
    # better off w/o me", "cant do this n e more", "wanna disapear", "im dun")
    "y am i": "why am i",
    "y do i": "why do i",
    "y should i": "why should i",
    "y bother": "why bother",
    "y even": "why even",
    "y cannot i": "why cannot i",
    "y wont": "why wont",
    "r you": "are you",
    "r we": "are we",
    "r they": "are they",
    "you r": "you are",
    "they r": "they are",
    "we r": "we are",
    "all b": "all be",
    "would b": "would be",
    "will b": "will be",
    "could b": "could be",
    "should b": "should be",
    "wont b": "wont be",
    "not b": "not be",
    "n e more": "anymore",
    "ne more": "anymore",
    "n e 1": "anyone",
    "ne1": "anyone",
    "sum1": "someone",
    "nobdy": "nobody",
    "dun": "done",
    "disapear": "disappear",
    "dissapear": "disappear",
    "dissappear": "disappear",
    "disapper": "disappear",
    "disappeer": "disappear",
    "disapeared": "disappeared",
    "dissapeared": "disappeared",
    "disapearing": "disappearing",
    "dissapearing": "disappearing",
    "aliv": "alive",
    "alyve": "alive",
    "alyv": "alive",
    "wrthless": "worthless",
    "worthles": "worthless",
    "wothless": "worthless",
    "worthlss": "worthless",
    "useles": "useless",
    "h8": "hate",
    "w8": "wait",
    "bttr": "better",
    "betta": "better",
    "bettr": "better",
    "witout": "without",
    "wthout": "without",
    "with out": "without",
    "shld": "should",
    "cld": "could",
    "wudnt": "wouldnt",
    "cudnt": "couldnt",
    "thnk": "think",
    "boutta": "about to",
    "4 good": "for good",
    "4 ever": "forever",
    "wakeup": "wake up",
    "kys": "kill yourself",
    "kill yourself myself": "kill myself",
    # talking to oneself as "you": only in runs that are the writer speaking to themself
    "you should just": "i should just",
    "you know what you have to do": "i know i have to do it",
    "you know what you need to do": "i know i need to do it",
    "why are you still here": "why am i still here",
    "why are you still alive": "why am i still alive",
    "what are you waiting for": "what am i waiting for",
    "nobody wants you": "nobody wants me",
    "nobody needs you": "nobody needs me",
    "no one wants you": "nobody wants me",
    "no one needs you": "nobody needs me",
    "nobody would miss you": "nobody would miss me",
    "no one would miss you": "nobody would miss me",
    "nobody would notice youre": "nobody would notice im",
    "no one would notice youre": "nobody would notice im",
    "youd be doing everyone a favour": "id be doing everyone a favour",
    "youd be doing everyone a favor": "id be doing everyone a favour",
    "you wont feel a thing": "i wont feel a thing",
    "you dont want to be alive": "i dont want to be alive",
    "you dont deserve to live": "i dont deserve to live",
    "you useless": "im useless",
    "you worthless": "im worthless",
    "you waste of space": "im a waste of space",
    "you pathetic": "im pathetic",
    "better off without you": "better off without me",
    "happier without you": "happier without me",
    # questions of ways, amounts and time
    "would anyone find me": "would anyone find my body",
    "would anyone even find me": "would anyone find my body",
    # going home to God, the afterlife
    "go home to the lord": "die",
    "go home to god": "die",
    "go home to jesus": "die",
    "going home to the lord": "dying",
    "going home to god": "dying",
    "went home to the lord": "died",
    "went home to god": "died",
    "gone home to the lord": "died",
    "meet my maker": "die",
    "meet my creator": "die",
    "met her maker": "died",
    "met his maker": "died",
    "god take me": "me die",
    "god takes me": "i die",
    "god would take me": "i would die",
    "god to take me": "me to die",
    "god should take me": "me die",
    "god should just take me": "me die",
    "god can take me": "me die",
    "god can just take me": "me die",
    "god may take me": "me die",
    "god please take me": "me die",
    "god just take me": "me die",
    "god come and take me": "me die",
    "lord please take me": "me die",
    "lord should take me": "me die",
    "lord can take me": "me die",
    "lord take me": "me die",
    "lord takes me": "i die",
    "lord to take me": "me to die",
    "allah take me": "me die",
    "allah to take me": "me to die",
    "take my soul": "let me die",
    "call me home": "let me die",
    "pass away": "die",
    "passed away": "died",
    "passing away": "dying",
    "six feet under": "dead",
    "off in the ground": "off dead",
    "kick the bucket": "die",
    "pop my clogs": "die",
    "snuff it": "die",
    # Englishes and dialects
    "no fit again": "cannot go on",
    "don tire me": "is too much",
    "make i just die": "i want to die",
    "make i die": "i want to die",
    "waan": "want",
    "wah": "want",
    "cyaan": "cannot",
    "caan": "cannot",
    "tek": "take",
    "nuh": "no",
    "mi": "me",
    "me want": "i want",
    "me cannot": "i cannot",
    "me no": "i dont",
    "me a go": "i am going to",
    "everyting": "everything",
    "cannae": "cannot",
    "cannot be arsed": "cannot be bothered",
    "canny": "cannot",
    "dinnae": "dont",
    "dinna": "dont",
    "wi": "with",
    "tae": "to",
    "im away to": "im going to",
    "the nicht": "tonight",
    "feeling to live": "want to live",
    "feeling to die": "want to die",
    "thinking to end": "thinking of ending",
    "thinking to die": "thinking of dying",
    "cark it": "die",
    "carked it": "died",
    "carking it": "dying",
    "finna": "going to",
    "ion want": "i dont want",
    "ion care": "i dont care",
    "ion even": "i dont even",
    "ion know": "i dont know",
    "ion feel": "i dont feel",
    "ion need": "i dont need",
    "ion see": "i dont see",
    "ion think": "i dont think",
    "gon": "going to",
    "aint going": "am not going",
    "aint trying": "am not trying",
    "deadass": "seriously",
}

# "2" is "to" only before a verb ("want 2 go", "need 2 sleep"); "have 2 kids" and "need 2 pills" are the
# number. "b" after it is "be" ("want 2 b alive"), and "to b" / "2 b" is "to be" only before a word that
# can follow "be" ("to b alone"), never "from a to b" or "go to b and q".
_TO_VERBS = (
    "be b go do die live stay exist wake sleep end stop keep get leave say see take kill hurt cut disappear "
    "vanish give quit carry face deal cope explain pretend try feel think tell make start fight eat talk "
    "move run hide jump drown hang overdose od breathe wait come put find write finish let sort tidy rest "
    "lie forget tie swallow drink crash drive walk step fall drop throw shoot slit bleed starve burn climb buy "
    "save text message call sign lose ask beg scream cry wake live escape vanish rot suffer pray join follow "
    "fade unplug overdo swim float sink crawl hold"
).split()
_AFTER_BE = (
    "alive here gone dead better around happier free over alone with without done able honest ok okay fine "
    "sad happy loved missed forgotten left remembered normal there back home safe a an the myself me in "
    "at on so more less anymore nothing no someone somebody anyone anybody finished allowed heard seen "
    "enough worth asleep awake rid buried born put by six 6 taken away out under numb tired sick part like "
    "nobody real 4 forever honestly"
).split()
for _frame in ("want", "going", "have", "need", "how", "ready", "trying", "got", "wish"):
    for _verb in _TO_VERBS:
        PLAIN[f"{_frame} 2 {_verb}"] = f"{_frame} to {'be' if _verb == 'b' else _verb}"
PLAIN["going 2 the"] = "going to the"
PLAIN["going 2 my"] = "going to my"
for _word in _AFTER_BE:
    PLAIN[f"to b {_word}"] = f"to be {_word}"
    PLAIN[f"2 b {_word}"] = f"to be {_word}"
# "ctb" is suicide only as the writer's own wish, plan or when ("want to ctb", "thinking of ctb",
# "ctb tonight"); alone it is as likely a course code or a username, so it opens nothing.
for _frame in (
    "want wanna going gonna gon planning plan ready decided tempted thinking think thought about might "
    "will urge considering contemplating consider tried try trying attempt attempted need have time wants "
    "wanted wanting planned plans should ill well close scared afraid"
).split():
    for _link in ("", "to ", "2 ", "of ", "about ", "abt ", "bout "):
        for _soon in ("", "just ", "finally "):
            PLAIN[f"{_frame} {_link}{_soon}ctb"] = f"{_frame} {_link.replace('2 ', 'to ')}{_soon}suicide"
for _when in (
    "tonight tomorrow soon again 2nite tonite tmrw 2moro thoughts urges urge plan plans feelings is feels"
).split():
    PLAIN[f"ctb {_when}"] = f"suicide {_when}"
# "what's the use of me" asks what "what's the point of me" asks; "make use of me" stays as it is.
PLAIN.update(
    {
        "the use of me": "the point of me",
        "is use of me": "is point of me",
        "the use of my life": "the point of my life",
        "is use of my life": "is point of my life",
        "the use of living": "the point of living",
        "the use of going on": "the point of going on",
        "the use of carrying on": "the point of carrying on",
        "the use of it all": "the point of it all",
        "the use of trying": "the point of trying",
        "the use of being here": "the point of being here",
    }
)

# Means whose possessive or "is" form loses its apostrophe on the way in ("the shotgun's in the
# loft" reads "shotguns"), read as the word itself so the gate still sees it. Only nouns of the
# means whose plural is not a risk word already; roads, rivers and trains stay as written.
_MEANS_NOUNS = (
    "shotgun rifle pistol firearm rope noose knife razor belt cable cord ligature insulin poison bleach hose "
    "exhaust ledge roof balcony bridge hosepipe weedkiller antifreeze charcoal"
).split()
PLAIN.update({noun + "s": noun for noun in _MEANS_NOUNS})

# Words that open the second opinion's gate as they stand (its other risk words are in
# second_opinion.RISK_WORDS): a game's word for coming back.
RISK_WORDS = frozenset("respawn".split())
# Pairs of words that open the gate together, for understatement and going to God.
RISK_PAIRS = frozenset(
    tuple(pair.split())
    for pair in (
        "being around",
        "being here",
        "had enough",
        "my arrangements",
        "stop fighting",
        "stopped fighting",
        "quit life",
        "quit living",
        "my existence",
        "my maker",
        "the lord",
        "with nan",
        "with grandad",
        "with grandma",
        "with grandpa",
        "in heaven",
        "find my",
        "many would",
        "long would",
        "long till",
        "quickest way",
        "high enough",
        "step out",
        "lose consciousness",
        "losing consciousness",
    )
)

# Words read only after a word that is not one of these: "5 kms" and "a few kms" are kilometres
# (a word first in its piece of text is left as it is, since what comes before it is not known).
_NOT_AFTER: dict[str, frozenset[str]] = {
    "kms": frozenset("few many several some more extra hundred thousand of the a".split()),
}
# A word read alone, and the runs, each keyed by its first word: (its other words, what it reads as),
# longest first. A run is written as it reads once its words are read alone ("me want" is "mi waan"),
# so a sentence read a piece at a time and then whole reads as the whole sentence does.
_WORD: dict[str, list[str]] = {k: v.split() for k, v in PLAIN.items() if " " not in k}
_RUNS: dict[str, tuple[tuple[tuple[str, ...], list[str]], ...]] = {}
for _key, _plain in PLAIN.items():
    if " " in _key:
        _first, *_rest = _key.split()
        _RUNS[_first] = (*_RUNS.get(_first, ()), (tuple(_rest), _plain.split()))
_RUNS = {w: tuple(sorted(runs, key=lambda r: -len(r[0]))) for w, runs in _RUNS.items()}
_SINGLE = frozenset(_WORD)
# The runs by their first two words, longest first: a sentence without any of these pairs holds no run,
# and where a pair stands only its own runs are tried (a word such as "going" begins over a hundred).
_BY_START: dict[tuple[str, str], tuple[tuple[tuple[str, ...], list[str]], ...]] = {}
for _first, _runs in _RUNS.items():
    for _rest, _plain in _runs:
        _BY_START[(_first, _rest[0])] = (*_BY_START.get((_first, _rest[0]), ()), (_rest, _plain))
_STARTS = frozenset(_BY_START)


def canon(words: list[str]) -> list[str]:
    """The words with slang, euphemism and dialect read as plain words (the same list when none is there)."""
    if not _SINGLE.isdisjoint(words):
        read: list[str] = []
        get = _WORD.get
        for i, w in enumerate(words):
            plain = get(w)
            if plain is None or (
                w in _NOT_AFTER and (not i or words[i - 1] in _NOT_AFTER[w] or words[i - 1].isdigit())
            ):
                read.append(w)
            else:
                read += plain
        words = read
    if _STARTS.isdisjoint(zip(words, words[1:])):
        return words
    pairs = list(zip(words, words[1:]))
    starts = [i for i, pair in enumerate(pairs) if pair in _STARTS]
    # Only where a run's first two words stand can one begin; the words between are copied.
    out: list[str] = []
    i = 0
    for at in starts:
        if at < i:  # inside a run already read
            continue
        out += words[i:at]
        for rest, plain in _BY_START[pairs[at]]:
            k = len(rest)
            if tuple(words[at + 1 : at + 1 + k]) == rest:
                out += plain
                i = at + 1 + k
                break
        else:
            out.append(words[at])
            i = at + 1
    out += words[i:]
    return out
