"""Talking to oneself as "you": the same sentence read in the first person.

People in a dark place often write to themselves in the second person, as an inner voice would
("you know you're going through with it", "you could just let go of the wheel, couldn't you").
The crisis rules and the second opinion are written for "I", so such a sentence is read a second
time with the writer's "you" turned into "I", "me", "my" and "myself".

Only a sentence that reads as self-talk is turned: it has no word of the writer ("I", "my", "we"),
no quotation, and nothing that shows it speaks to someone else (a greeting, a question put to
them, "you said", "thank you", "if you feel ..." advice) or is about a lesson, a helpline, a game
or a story, where "you" is anyone. A text where the writer speaks to someone ("I miss you") has no
self-talk at all. Input is lower case with quote marks unified, as rules.normalise() gives it.
"""

from __future__ import annotations

import re

# Cheap first test over a whole text: no word of the reader, nothing to do.
_READER = re.compile(r"(?<![\w'])(?:you|your|yours|yourself|youre|youve|youd|youll|u|ur|urself|ya)(?![\w])")

_WRITER = re.compile(
    r"(?<![\w'])(?:i|me|my|mine|myself|im|i'm|i've|ive|i'd|i'll|we|us|our|ours|ourselves|we're|we've|we'd)(?![\w'])"
)

# Signs that "you" is someone else: a greeting or a question put to them, thanks, what they said,
# a helpline or a lesson where "you" is the caller or the learner, a game's or a story's "you".
_SPOKEN_TO = re.compile(
    r"^(?:are|were|did|do|does|have|had|would)\s+(?:you|u|ya)\s+(?:ok|okay|alright|safe|still|ever|really|thinking"
    r"|feeling|planning|going|want|wanna|need|feel|mean|try|tried|been|had|think|thought|like)\b"
    r"|^(?:how\s+are|hope|may)\s+(?:you|u|ya)\b"
    r"|\b(?:you\s+name\s+it|mind\s+you|you\s+guys|you\s+all|y'all)\b"
    r"|^(?:hey|hi|hello|dear|oi)\b"
    r"|^(?:if|when|whenever)\s+(?:you|u)\b[^,;]*[,;]\s*(?:please\s+)?(?:call|ring|text|talk|reach|hold|try|breathe"
    r"|tell|speak|get|go|contact|remember|know)\b"
    r"|\b(?:thank|thanks|bless)\s+(?:you|u|ya)\b"
    r"|^(?:love|miss|see)\s+(?:you|u|ya)\b"
    r"|\b(?:you|u)\s+(?:said|told|asked|texted|messaged|promised|mentioned|replied|rang|called\s+me)\b"
    r"|\b(?:he|she|they|mum|mom|dad|someone|somebody|people|everyone|everybody|nobody)\s+(?:said|says|told|tells"
    r"|asked|asks|texted|yelled|shouted)\b"
    r"|\b(?:help\s?line|hotline|crisis\s+line|samaritans|lifeline|training|trainees?|course|module|lecture|seminar"
    r"|workshop|class|lesson|volunteer\w*|listeners?|callers?|clients?|patients?|students?|pupils?|customers?"
    r"|game|gaming|players?|level|boss|save\s+file|respawn|characters?|song|lyrics?|film|movie|novel|book|chapter"
    r"|episode|series|podcast|quiz|survey|questionnaire|screening|leaflet|poster|guide|advice|article|blog"
    r"|video|tiktok|youtube|recipe|instructions|manual)\b"
)
# A question put to someone about how they are or what they mean to do, or advice to anyone in a
# crisis ("if you feel like hurting yourself, call ...").
_ASKED = re.compile(
    r"^(?:hey|hi|hello|oi)?[,!\s]*(?:are|were|did|do|does|have|had|would)\s+(?:you|u|ya)\s+(?:ok|okay|alright|safe"
    r"|still|ever|really|thinking|feeling|planning|going|want|wanna|need|feel|mean|try|tried|been|had|think|thought)\b"
    r"|^(?:if|when|whenever)\s+(?:you|u)\b[^,;]*[,;]\s*(?:please\s+)?(?:call|ring|text|talk|reach|hold|try|breathe"
    r"|tell|speak|get|go|contact|remember)\b"
)
# Signs that "you" is anyone: a condition or a time put generally, a definition, our own practice words.
_ANYONE = re.compile(
    r"^(?:if|unless|whenever|when|once)\b"
    r"|\b(?:self-compassion|self-care|self-kindness|self-judge?ment|mindfulness|over-identification"
    r"|common\s+humanity|practice|exercise|tips?|this\s+letter|the\s+letter|every\s+person"
    r"|a\s+person|anyone|someone\s+(?:who|you)|for\s+everyone)\b"
)
_WRITER_OR_ANYONE = re.compile(f"{_WRITER.pattern}|{_ANYONE.pattern}")  # one search for both
# A guide's words to its reader ("notice where it sits", "let yourself rest") start with a verb of
# attending or doing; a question asks the reader. Neither is the writer's inner voice, except "why ...?".
_GUIDING = re.compile(
    r"^(?:choose|let|look|notice|think|imagine|breathe|name|tell|write|take|try|bring|place|end|sign|see"
    r"|remember|picture|put|hold|rest|give|ask|allow|offer|say|read|find|pick|start|begin|turn|close|open"
    r"|feel|listen|stay|come|treat|speak|use|repeat|return|settle|sit|stand|walk|move|set|check|consider"
    r"|reflect|recall|describe|list|note|jot|here\s+is|here's|welcome|please|thank)\b"
)

# The writer speaking to someone anywhere in the text: "I miss you", "we'll call you".
_WRITER_TO_SOMEONE = re.compile(r"(?<![\w'])(?:i|we|i'll|we'll|i'd|i've)\s+(?:\w+\s+){0,2}?(?:you|u|ya)(?![\w'])")

# A tag question at the sentence end ("..., haven't you.") says nothing of its own.
_TAG = re.compile(
    r",?\s*(?:haven't|hasn't|wouldn't|don't|didn't|aren't|won't|can't|isn't|couldn't|shouldn't|weren't|havent"
    r"|wouldnt|dont|didnt|arent|wont|cant|couldnt|shouldnt|do|did|are|have|will|would|right)\s+(?:you|u|ya)"
    r"(?=\s*[.?!]*\s*$)"
)

# Word forms turned whole. "ur" is "you're" before what can follow "I'm", else "your".
_FIXED = {
    "you're": "i'm",
    "youre": "im",
    "you've": "i've",
    "youve": "ive",
    "you'd": "i'd",
    "youd": "id",
    "you'll": "i'll",
    "youll": "i'll",
    "yourself": "myself",
    "urself": "myself",
    "yourselves": "myself",
    "yours": "mine",
    "your": "my",
}
_PAIRS = {
    ("are", "you"): "am i",
    ("you", "are"): "i am",
    ("you", "r"): "i am",
    ("u", "r"): "i am",
    ("were", "you"): "was i",
    ("you", "were"): "i was",
    ("aren't", "you"): "aren't i",
    ("u", "are"): "i am",
    ("u", "were"): "i was",
    ("ya", "are"): "i am",
    ("ya", "were"): "i was",
    ("are", "u"): "am i",
    ("are", "ya"): "am i",
    ("arent", "you"): "arent i",
}
_UR_IS_YOU_ARE = frozenset(
    "a an the so not just never always going gonna nothing such too better done alone only still really "
    "no dead finished useless worthless pathetic weak broken".split()
)
# After these words "you" is who does something ("so you know", "and you keep"), not who has it done to.
_SUBJECT_AFTER = frozenset(
    "and but so or because cos coz cause if when then till until before after while why what how where who "
    "that know knew think thought guess bet reckon mean say feel felt suppose wish hope honestly maybe now "
    "tonight today tomorrow yes no".split()
)
# After these words "you" is the one done to or without ("miss you even", "without you already").
_OBJECT_AFTER = frozenset(
    "without with to for about at from of on in into by like than around near behind against over under beside "
    "miss see love hate help find found hurt kill notice remember forget call ring text hear leave left".split()
)
# Words that start what "you" does: "you know", "you could", "you've got", "you deserve".
_VERBISH = frozenset(
    "can can't cant cannot could couldn't couldnt will won't wont would wouldn't wouldnt should shouldn't "
    "shouldnt must might may do don't dont did didn't didnt does doesn't have haven't havent had hadn't has "
    "need keep kept know knew think thought feel felt want wanted wish wished deserve deserved never always "
    "just only already still really actually literally even also got get gonna wanna go went owe mean said "
    "hate love miss read look looked need needed tried try promised belong belonged matter mattered sit sat "
    "lie lay stand stood drive drove walk walked cut hurt take took make made finally probably definitely "
    "totally simply truly gonna wont cant dont didnt havent wouldnt couldnt shouldnt".split()
)
_TOKEN = re.compile(r"[a-z']+|[^a-z'\s]")


def has_reader(text: str) -> bool:
    """Whether the text has a word of the reader at all (the cheap test before anything else)."""
    if "you" in text:
        return True
    return ("u" in text or "ya" in text) and _READER.search(text) is not None


def speaks_to_someone(text: str) -> bool:
    """Whether the writer speaks to someone else somewhere in the text ("I miss you")."""
    return _WRITER_TO_SOMEONE.search(text) is not None


def asked_of_someone(sentence: str) -> bool:
    """Whether a crisis word with "you" is plainly said to someone else: a question put to them or
    advice given, with no word of the writer anywhere in the sentence. Narrower than
    addresses_someone(): a farewell ("love you all, goodbye forever"), "you" meaning the writer
    ("at this point you just want to die") and quoted abuse the writer answers ("she told me you
    should just kill yourself, so I will") all stay the writer's own."""
    sentence = sentence.strip()
    return _ASKED.search(sentence) is not None and _WRITER.search(sentence) is None


def addresses_someone(sentence: str) -> bool:
    """Whether "you" in the sentence is someone else: spoken to, asked after, thanked or taught."""
    return _SPOKEN_TO.search(sentence.strip()) is not None


def as_first_person(sentence: str) -> str | None:
    """The sentence with the writer's "you" read as "I", or None when it is not self-talk."""
    sentence = sentence.strip()
    if not _READER.search(sentence) or '"' in sentence or "{" in sentence:
        return None  # no "you"; someone's words quoted; a template's placeholder in our own words
    if _WRITER_OR_ANYONE.search(sentence) or _GUIDING.match(sentence):
        return None
    if addresses_someone(sentence):
        return None
    untagged = _TAG.sub("", sentence)
    if "?" in sentence and untagged == sentence and not sentence.startswith("why "):
        return None  # a question asks the reader; a tag question or "why am I still here?" does not
    sentence = untagged
    words = _TOKEN.findall(sentence)
    out: list[str] = []
    speaks = False  # only "you" as the one who does or is something makes it the writer's voice
    i = 0
    while i < len(words):
        word = words[i]
        after = words[i + 1] if i + 1 < len(words) else ""
        if (word, after) in _PAIRS:
            turned = _PAIRS[(word, after)]
            i += 1
        elif word in _FIXED:
            turned = _FIXED[word]
        elif word == "ur":
            turned = "i'm" if after in _UR_IS_YOU_ARE else "my"
        elif word in ("you", "u", "ya"):
            before = out[-1] if out else ""
            doing = before not in _OBJECT_AFTER and (
                after in _VERBISH
                or after.endswith(("ed", "n't"))
                or not before
                or not before[0].isalpha()
                or before in _SUBJECT_AFTER
            )
            turned = "i" if doing else "me"
        else:
            turned = word
        speaks = speaks or turned in _WRITER_DOING
        out.append(turned)
        i += 1
    return _join(out) if speaks else None


_WRITER_DOING = frozenset(
    ("i", "i'm", "im", "i've", "ive", "i'd", "id", "i'll", "am i", "i am", "was i", "i was", "aren't i", "arent i")
)


def _join(words: list[str]) -> str:
    """Words back into a sentence, with punctuation against the word before it."""
    return " ".join(words).replace(" ,", ",").replace(" .", ".").replace(" !", "!").replace(" ?", "?")


# The writer named by what they are, with a clause about them: "i'm the girl who's going to kill herself
# tonight", "i am one of those people that wants to disappear", "i've become the sort of mum who ...". The
# clause is the writer's own, so it is read again as "i ..." ("i am going to kill myself tonight"). Not after
# "not" or "no longer" (only the words listed may stand between "i'm" and the article); not "i'm a bit
# worried that ..." (a degree, not a person); not a helping or teaching role, where the clause is about the
# people helped ("i'm the nurse who sits with patients who want to die"); not "the one who dad says ..." (the
# clause's subject is someone else).
_DESCRIBED = re.compile(
    r"(?<![\w'])(?:i'm|im|i\s+am|(?:i'?ve|i\s+have)\s+(?:become|turned\s+into|been)|i\s+became)\s+"
    r"(?:(?:just|literally|basically|honestly|really|still|now|officially|probably|"
    r"clearly|obviously|simply|always|definitely|actually)\s+)?"
    r"(?:the|a|an|that|this|one\s+of\s+(?:the|those|these)|someone|somebody)\s+"
    r"(?!(?:bit|little|lot|tad|touch|wee|tiny|teeny|lil|fair\s+bit|great\s+deal)\b)"
    r"(?P<noun>(?:[a-z-]+\s+)?(?:(?:kind|type|sort)\s+of\s+)?(?:(?!(?:of|about|in|on|with|for|to|at)\s)[a-z-]+\s+){0,3}?)(?:who|that)(?P<clitic>'s|s|'ll|'d|'ve)?\s+"
    r"(?!(?:he|she|they|we|you|it|i|his|her|their|my|the|a|an|this|mum|mom|dad|everyone|nobody|no\s+one|people)\b)"
    r"(?P<rest>[^.!?\n]*\w[^.!?\n]*)"
)
# A helping, teaching or creative role: the clause is about the people helped or the work ("the nurse who
# sits with patients who want to die", "the author who wrote a novel about a girl who wants to kill herself").
_NOT_THE_WRITERS_CLAUSE = re.compile(
    r"\b(?:volunteers?|nurses?|doctors?|counsel+ors?|therapists?|teachers?|tutors?|lecturers?|researchers?|writers?|"
    r"authors?|journalists?|psychologists?|psychiatrists?|gp|paramedics?|medics?|carers?|listeners?|moderators?|mods?|"
    r"admins?|chaplains?|priests?|vicars?|coaches|coach|trainers?|officers?|police|responders?|workers?|staff|"
    r"pharmacists?|chemists?|supporters?|lifeguards?|firefighters?|actors?|actresses|poets?|novelists?|leaders?|"
    r"samaritans?|helpers?|mentors?|advocates?|campaigners?|speakers?|vets?|surgeons?|midwi(?:fe|ves)|dentists?)\b"
)
_ADVERBS = frozenset(
    "just always never really still only actually already secretly quietly honestly literally basically "
    "constantly sometimes often finally now".split()
)
# The clause's first word after any adverbs is a verb: one agreed with "who" ("wants", "tried", "is"), a
# modal, or a plain verb a crisis is told with ("who want to die", "who wake up every morning wishing ...").
_VERB_FIRST = re.compile(
    rf"(?:(?:{'|'.join(sorted(_ADVERBS | {'genuinely', 'seriously'}))})\s+)*"
    r"(?:[a-z]+(?:s|ed)|is|was|has|had|can|can't|cant|cannot|could|would|will|won't|wont|should|might|must|"
    r"doesn't|doesnt|isn't|isnt|didn't|didnt|want|wanna|wake|feel|think|plan|keep|cut|hurt|burn|hide|need|wish|"
    r"dream|sit|stand|drive|look|search|google|count|save|write|wrote|try|hate|cry|die|take|took|use|drink|"
    r"stay|lie|go|went|got|made|gave|kept|left|bought|sat|hid|ran|swallowed|am|are|were|do|did)\b"
)
# "who would never ...": a trait denied (matched at the clause's start; "who never wants to wake up" stays)
_NEVER = re.compile(r"(?:would|will|could|'d|'ll)\s+never\b|never\s+(?:would|will|could)\b")
# The words that may lead up to the verb whose "herself" or "her pills" is the writer's: "is going to kill
# herself", "keeps burning her arms", "has been saving up his pills". Anything else between (a name, "mum",
# "watch", "stopped") may make the "herself" someone else's ("had to watch mum starve herself").
_LEAD_UP = frozenset(
    "is am was are were 's been be being has have had keeps keep kept wants want wanted going gonna to about of "
    "thinking thinks thought tried tries trying try plans planning planned would will could should might can "
    "just really always still already secretly quietly actually finally seriously ready wishes wish dreams "
    "dreaming dream think needs need decided decides decide started starting start begun begins begin plan "
    "rather can't cant cannot stop wanna "
    "up out down away off all every "
    "counting hoarding saving stockpiling taking take takes took written writing wrote".split()
)
_PARTICLES = frozenset("off from out of into in on onto with through down up at".split())
_REFLEXIVE = re.compile(r"\b(?:himself|herself|themselves|themself)\b")
# The writer's own life, means or body, said as "her": "who's going to take all her sleeping tablets".
_THEIR_OWN = re.compile(
    r"\b(?:his|her|their)(?=\s+(?:own\b|(?:\w+\s+)?(?:life|lives|pills|tablets|meds|medication|medicine|wrists?|arms?|legs?|"
    r"thighs?|skin|stomach|head|body|note|notes|will|rope|belt|razors?|blades?|family|kids|children|wife|husband|partner|"
    r"balcony|window|roof|car|gun|"
    r"parents|mum|mom|dad)\b))"
)
# "who's" before these is "who has": "who's been", "who's written her note".
_HAS_BEFORE = frozenset(
    "been got done gone had made taken written given bought planned decided picked chosen started stopped tried "
    "stockpiled saved hidden researched looked googled".split()
)
_AGREE = {
    "is": "am",
    "are": "am",
    "was": "was",
    "were": "was",
    "has": "have",
    "does": "do",
    "doesn't": "don't",
    "doesnt": "dont",
    "isn't": "am not",
    "isnt": "am not",
    "aren't": "am not",
    "arent": "am not",
    "hasn't": "haven't",
    "hasnt": "havent",
}
_AND = frozenset(("and", "but", "then"))
# Verbs after "and" that go on telling of the one described ("... and thinks about dying every night"); a
# plural noun after "and" ("cats and dogs") is left alone.
_AND_VERBS = frozenset(
    "thinks wants wishes plans keeps hates feels cries dreams hides cuts burns says needs tries is has was "
    "can't cant won't wont doesn't doesnt lies sits stays writes drinks".split()
)


def describes_the_writer(text: str) -> bool:
    """Whether the text names the writer by what they are, with a clause about them (the cheap test)."""
    return ("who" in text or "that" in text) and _DESCRIBED.search(text) is not None


def as_the_one_described(sentence: str) -> str | None:
    """The sentence with "i'm the girl who's ..." read as "i am ...", or None when it holds no such clause."""
    if "who" not in sentence and "that" not in sentence:
        return None
    found = _DESCRIBED.search(sentence)
    if found is None or _NOT_THE_WRITERS_CLAUSE.search(found.group("noun")):
        return None
    words = found.group("rest").split()
    clitic = found.group("clitic")
    if _NEVER.match(found.group("rest")) or (clitic in ("'d", "'ll") and words[0] == "never"):
        return None  # "the kind of person who would never ...": a trait denied, not a clause to read as now
    if not clitic and not _VERB_FIRST.match(found.group("rest")):
        return None  # "the one who sophie told ...", "a believer that suicide is preventable": no verb of the writer's
    if clitic in ("'s", "s"):
        lead = ["i", "have" if words[0] in _HAS_BEFORE else "am"]
    elif clitic:
        lead = ["i" + clitic]
    else:
        lead = ["i"]
        _agree_first(words, 0)
    for n in range(1, len(words) - 2):  # "... in 2019 and now runs a bakery": "and now i run"
        if words[n] in _AND and (words[n + 1] in _ADVERBS or words[n + 1] in _AND_VERBS):
            _agree_first(words, n + 1, with_i=True)
    words = _made_mine(words)
    return sentence[: found.start()] + " ".join(lead + words) + sentence[found.end() :]


def _agree_first(words: list[str], at: int, with_i: bool = False) -> None:
    """Agree the first verb from words[at] (past any adverbs) with "i", in place; with_i, put "i" before
    it when it changed (a verb after "and" whose subject was the one described)."""
    for n in range(at, min(at + 3, len(words))):
        if words[n] in _ADVERBS:
            continue
        agreed = _agree(words[n])
        if agreed != words[n]:
            words[n] = f"i {agreed}" if with_i else agreed
        return


def _made_mine(words: list[str]) -> list[str]:
    """ "herself" -> "myself", "her pills" -> "my pills", where only lead-up words stand before the verb."""
    out = list(words)
    for n, word in enumerate(words):
        is_reflexive = _REFLEXIVE.fullmatch(word) is not None
        is_possessive = word in ("his", "her", "their") and _THEIR_OWN.match(" ".join(words[n:])) is not None
        if not (is_reflexive or is_possessive):
            continue
        verb = n - 1
        while verb > 0 and words[verb] in _PARTICLES:  # "jump off her balcony": the verb is "jump"
            verb -= 1
        if n == 0 or not all(w in _LEAD_UP for w in words[:verb]):
            break  # someone else may be named before it: leave this and the rest as written
        out[n] = "myself" if is_reflexive else "my"
    return out


def _agree(word: str) -> str:
    """A verb after "who" agreed with "i": "wants" -> "want", "tries" -> "try", "is" -> "am"."""
    if word in _AGREE:
        return _AGREE[word]
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return word[:-2]
    if len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
