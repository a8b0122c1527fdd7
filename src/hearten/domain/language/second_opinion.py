"""A second opinion on crisis language: a small logistic regression over risk-factor features.

The rules in crisis.py are the explainable fast path; they miss wording nobody wrote a rule
for. This scorer may only add a crisis flag to a sentence, never remove one. It looks only
at sentences that pass a cheap gate (a risk word), scores them with weights learned from
sentences we wrote ourselves (scripts/build_crisis_model.py writes _crisis_model.py), and
keeps the rules' test of whose crisis it is and when (crisis.is_own_now).

Features: words and word pairs; the constructs of the Suicide Risk Lexicon (Low, Rankin,
Bentley, Nock, Ghosh; Apache-2.0) that a phrase of the sentence belongs to; and our own cue
groups (the writer, someone else, death and absence, the means, time and plans, a story or a
class, the past), alone and in pairs.
"""

from __future__ import annotations

import math
import re

from . import crisis

# A sentence is scored only when one of these is in it: death, ending and absence, the means,
# self-injury, being a burden, goodbyes and plans. Everything else never reaches the model.
_GATE_WORDS = (
    r"die|dies|died|dying|dead|death|deadly|kill\w*|suicid\w*|unaliv\w*|kms|end|ending|ended|(?:be|it'?s|is|all)\s+over|"
    r"gone|alive|live|living|exist\w*|wake|waking|woke|sleep|asleep|burden\w*|without\s+me|pills?|tablets?|meds|"
    r"medication|medicine|insulin|morphine|paracetamol|dose\w*|overdos\w*|lethal|fatal|rope|cord|noose|beam|"
    r"blade|blades|razor|knife|knives|scissors|lighter|guns?|shotgun|rifle|pistol|bullets|bridge|roof|"
    r"balcony|ledge|edge|drop|fall|jump\w*|train|tracks|platform|cliffs?|sea|river|lake|water|bath|drown\w*|"
    r"exhaust|engine|charcoal|hose\w*|crash\w*|swerve|lorry|truck|bus|traffic|cut|cuts|cutting|hurt\w*|"
    r"harm\w*|burn\w*|bleed\w*|bled|scratch\w*|punch\w*|bang\w*|starv\w*|goodbye\w*|farewell|letters?|note|"
    r"(?:my|a|the)\s+will|funeral|affairs|passwords|method\w*|ways?\s+(?:out|to\s+(?:do|end|die|go))|"
    r"how\s+(?:many|much|long|high|far|to\s+(?:do|end|die|go|make\s+it))|plan\w*|deadline|decided|ready|"
    r"last\s+(?:time|one|goodbye|winter|summer|christmas|birthday|day|night\s+i)|permanent\w*|forever|"
    r"for\s+good|any\s*more|longer|disappear\w*|vanish\w*|peace|rest|relief|relieved|better\s+off|happier|"
    r"easier|lighter|free|miss|notice|space|oxygen|waste|dead\s+weight|take\s+my\s+weight|future|next\s+year|"
    r"spring|winter|summer|christmas|birthday|takes?\s+me|took\s+me|"
    r"stop\s+(?:existing|living|breathing|waking|it\s+all|taking)|(?:want|wanna|get)\s+out|check\w*\s+out|"
    r"out\s+of\s+(?:here|reasons|life|this\s+world)"
)
_GATE_RX: re.Pattern | None = None


# A quicker first look than the gate's regex: a sentence none of whose words is one of these
# (or starts with one of the stems) cannot pass the gate, so the regex is not run on it.
_QUICK_WORDS = frozenset(
    "die dies died dying dead death deadly kms end ending ended over gone alive live living wake "
    "waking woke sleep asleep without pill pills tablet tablets meds medication medicine insulin morphine "
    "paracetamol lethal fatal rope cord noose beam blade blades razor knife knives scissors lighter gun guns "
    "shotgun rifle pistol bullets bridge roof balcony ledge edge drop fall train tracks platform cliff cliffs "
    "sea river lake water bath exhaust engine charcoal swerve lorry truck bus traffic cut cuts cutting bled "
    "letter letters note will funeral affairs passwords ways way how deadline decided ready last forever "
    "good more anymore longer peace rest relief relieved better happier easier lighter free miss notice space "
    "oxygen waste weight future next spring winter summer christmas birthday take takes took stop out "
    "farewell".split()
)
_QUICK_STEMS = re.compile(r"\b(?:kill|suicid|unaliv|exist|burden|overdos|dose|drown|jump|hurt|harm|burn|bleed|"
                          r"scratch|punch|bang|starv|goodbye|method|plan|permanent|disappear|vanish|crash|hose)")
_WORDS = re.compile(r"[a-z]+")


def _may_pass(sentence: str) -> bool:
    return not _QUICK_WORDS.isdisjoint(_WORDS.findall(sentence)) or _QUICK_STEMS.search(sentence) is not None


def _gate() -> re.Pattern:
    global _GATE_RX
    if _GATE_RX is None:
        _GATE_RX = re.compile(rf"(?<![\w'])(?:{_GATE_WORDS})(?![\w'])")
    return _GATE_RX


# Our own cue groups. Words are lower case without apostrophes ("im", "dont").
CUES: dict[str, tuple[str, ...]] = {
    "first": ("i", "im", "ive", "id", "ill", "me", "my", "myself", "mine", "meself"),
    "other": ("he", "she", "they", "him", "her", "them", "his", "hers", "their", "someone", "somebody",
              "friend", "friends", "brother", "sister", "mum", "mom", "dad", "father", "mother", "son",
              "daughter", "cousin", "uncle", "aunt", "partner", "husband", "wife", "boyfriend", "girlfriend",
              "colleague", "flatmate", "roommate", "patient", "patients", "character", "narrator", "hero",
              "villain", "man", "woman", "boy", "girl", "people", "student", "students"),
    "death": ("die", "dies", "died", "dying", "dead", "death", "kill", "killing", "killed", "suicide",
              "suicidal", "unalive", "kms", "gone", "funeral", "grave", "fatal", "lethal", "deadly",
              "overdose", "overdosed", "drown", "drowning", "hang", "hanging", "jump", "jumping", "alive",
              "exist", "existing", "live", "living", "life", "wake", "waking", "end", "ending", "over"),
    "means": ("pills", "pill", "tablets", "tablet", "meds", "medication", "insulin", "morphine",
              "paracetamol", "painkillers", "dose", "rope", "cord", "noose", "beam", "blade", "blades",
              "razor", "knife", "knives", "scissors", "lighter", "gun", "guns", "shotgun", "rifle", "pistol",
              "bullets", "bridge", "roof", "balcony", "ledge", "edge", "cliff", "cliffs", "sea", "river",
              "lake", "water", "train", "tracks", "platform", "exhaust", "engine", "charcoal", "hosepipe",
              "car", "lorry", "truck", "bus", "traffic", "drop", "fall", "bath", "gas"),
    "plan": ("tonight", "tomorrow", "weekend", "date", "day", "deadline", "plan", "planned", "planning",
             "decided", "decision", "ready", "when", "after", "once", "soon", "last", "final", "exact",
             "picked", "chosen", "set", "worked", "method", "methods", "way", "ways", "how"),
    "absence": ("without", "gone", "anymore", "forever", "permanently", "permanent", "good", "longer",
                "never", "disappear", "disappeared", "vanish", "vanished", "away", "rid", "peace", "rest",
                "relief", "relieved", "free", "miss", "notice", "here", "around", "there"),
    "burden": ("burden", "weight", "drain", "waste", "space", "oxygen", "trouble", "problem", "cost",
               "ruin", "ruining", "dragging", "worse", "useless", "nuisance"),
    "farewell": ("goodbye", "goodbyes", "farewell", "letter", "letters", "note", "will", "passwords",
                 "affairs", "funeral", "gave", "give", "giving", "rehomed", "last"),
    "harm": ("cut", "cutting", "hurt", "hurting", "harm", "harming", "burn", "burned", "burning", "bleed",
             "bled", "bleeding", "scratch", "scratching", "scratched", "punch", "punching", "bang",
             "banging", "starve", "starving", "blade", "purpose", "deserve", "deserved", "punish"),
    "future": ("next", "year", "month", "christmas", "birthday", "spring", "summer", "winter", "autumn",
               "future", "see", "make"),
    "topic": ("film", "movie", "book", "novel", "series", "show", "episode", "story", "poem", "song",
              "documentary", "podcast", "article", "news", "lecture", "class", "course", "seminar",
              "essay", "thesis", "research", "study", "game", "campaign", "chapter", "play", "memoir",
              "club", "pharmacology", "history", "exhibition", "character"),
    "helping": ("volunteer", "volunteering", "charity", "helpline", "prevention", "awareness",
                "training", "trained", "vigil", "help", "helped", "helping", "worried", "safe", "safer",
                "appointment", "doctor", "gp", "nurse", "therapist", "vet", "prescribed", "prescription",
                "directed", "organiser", "dentist"),
    "past": ("ago", "used", "teenager", "teens", "twenties", "recovered", "recovery", "since", "then",
             "years", "survived", "was", "were"),
    "screen": ("asked", "asks", "questionnaire", "form", "ticked", "answered", "screening", "none", "no",
               "not"),
    "everyday": ("holiday", "work", "job", "abroad", "trip", "move", "moving", "wedding", "party", "exam",
                 "exams", "gym", "contract", "subscription", "lease", "notice", "company", "team", "quiz",
                 "garden", "kitchen", "cooking", "onions", "oven", "camping", "charity", "swim", "fireworks",
                 "view", "lol", "haha", "laughing", "commute", "shift", "week", "weekend"),
}
_CUE_OF: dict[str, tuple[str, ...]] = {}
for _name, _words in CUES.items():
    for _w in _words:
        _CUE_OF[_w] = (*_CUE_OF.get(_w, ()), _name)
# Pairs of cue groups whose meeting in one sentence is a feature of its own.
PAIRS = (
    ("first", "death"), ("first", "means"), ("first", "plan"), ("first", "absence"), ("first", "burden"),
    ("first", "farewell"), ("first", "harm"), ("first", "future"), ("means", "plan"), ("death", "absence"),
    ("death", "plan"), ("means", "absence"), ("other", "death"), ("other", "means"), ("topic", "death"),
    ("helping", "death"), ("past", "death"), ("screen", "death"), ("everyday", "plan"), ("everyday", "absence"),
    ("burden", "absence"), ("harm", "purpose"), ("first", "lexicon"), ("other", "lexicon"),
    ("topic", "lexicon"), ("everyday", "lexicon"), ("past", "harm"), ("other", "harm"),
)

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def tokens(text: str) -> list[str]:
    """Lower-case words, apostrophes dropped ("I'm" -> "im")."""
    return [t.replace("'", "") for t in _TOKEN.findall(text.lower())]


def features(words: list[str], phrases: dict[str, list[tuple[tuple[str, ...], str]]]) -> set[str]:
    """The sentence's features: words, word pairs, lexicon constructs, cue groups and their pairs."""
    found = {"bias"}
    groups = set()
    for i, w in enumerate(words):
        found.add("w:" + w)
        if i:
            found.add(f"b:{words[i - 1]} {w}")
        for g in _CUE_OF.get(w, ()):
            groups.add(g)
        for phrase, construct in phrases.get(w, ()):
            if tuple(words[i:i + len(phrase)]) == phrase:
                found.add("c:" + construct)
                groups.add("lexicon")
    if "purpose" in words:
        groups.add("purpose")
    for g in groups:
        found.add("g:" + g)
    for a, b in PAIRS:
        if a in groups and b in groups:
            found.add(f"p:{a}+{b}")
    if "first" not in groups:
        found.add("g:no-first")
    return found


_PAIR_KEYS = tuple((a, b, f"p:{a}+{b}") for a, b in PAIRS)
_by_kind = None


def _z(words: list[str], phrases, weights: dict[str, float]) -> float:
    """The sum of the weights of `features(words, phrases)`, without building its strings: the
    same features (each counted once), looked up in tables keyed by word and by word pair."""
    global _by_kind
    if _by_kind is None:
        word_w, pair_w = {}, {}
        for key, weight in weights.items():
            if key.startswith("w:"):
                word_w[key[2:]] = weight
            elif key.startswith("b:"):
                first, second = key[2:].split(" ", 1)
                pair_w[first, second] = weight
        _by_kind = (word_w, pair_w)
    word_w, pair_w = _by_kind
    get = weights.get
    z = get("bias", 0.0)
    groups = set()
    constructs = set()
    for i, w in enumerate(words):
        for phrase, construct in phrases.get(w, ()):
            if tuple(words[i:i + len(phrase)]) == phrase:
                constructs.add(construct)
    for w in set(words):
        z += word_w.get(w, 0.0)
        groups.update(_CUE_OF.get(w, ()))
    for pair in set(zip(words, words[1:])):
        z += pair_w.get(pair, 0.0)
    for construct in constructs:
        z += get("c:" + construct, 0.0)
    if constructs:
        groups.add("lexicon")
    if "purpose" in words:
        groups.add("purpose")
    for g in groups:
        z += get("g:" + g, 0.0)
    for a, b, key in _PAIR_KEYS:
        if a in groups and b in groups:
            z += get(key, 0.0)
    if "first" not in groups:
        z += get("g:no-first", 0.0)
    return z


_model = None


def _load():
    global _model
    if _model is None:
        from . import _crisis_model

        phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for construct, terms in _crisis_model.LEXICON.items():
            for term in terms:
                ws = tuple(term.split())
                phrases.setdefault(ws[0], []).append((ws, construct))
        _model = (phrases, _crisis_model.WEIGHTS, _crisis_model.THRESHOLD)
    return _model


def score(sentence: str) -> float:
    """The model's probability that the sentence is crisis language (0 when nothing gates it in)."""
    sentence = sentence.lower()
    if not _may_pass(sentence) or _gate().search(sentence) is None:
        return 0.0
    phrases, weights, _ = _load()
    z = sum(weights.get(f, 0.0) for f in features(tokens(sentence), phrases))
    return 1.0 / (1.0 + math.exp(-z))


def flags(norm: str, start: int, end: int) -> bool:
    """Whether the second opinion flags norm[start:end] (normalised text) as the writer's own crisis, now."""
    if not _may_pass(norm[start:end]):
        return False
    gate = _gate()
    first = gate.search(norm, start, end)
    if first is None:
        return False
    phrases, weights, threshold = _load()
    if _z(tokens(norm[start:end]), phrases, weights) < threshold:
        return False
    # Whose crisis and when: the same test the rules' matches pass, at each risk word with the
    # rest of its clause ("they'd be happier if I wasn't here": the clause holds the writer).
    m = first
    while m is not None:
        clause = _CLAUSE_END.search(norm, m.end(), min(end, m.end() + 40))
        if crisis.is_own_now(norm, start, end, m.start(), clause.start() if clause else min(end, m.end() + 40), True):
            return True
        m = gate.search(norm, m.end(), end)
    return False


_CLAUSE_END = re.compile(r"[,;:.!?\n]|\s(?:and|but|so|because)\s")
