"""Word lists and regex fragments the detectors are built from. Code, not content: edit with tests."""

from __future__ import annotations


def alt(words) -> str:
    """A non-capturing alternation, longest words first so prefixes never shadow them."""
    # Longest first so the longest alternative wins; ties in alphabetical order so the
    # pattern is the same in every process (sets iterate in a random order).
    return "(?:" + "|".join(sorted(set(words), key=lambda w: (-len(w), w))) + ")"


# First-person subject + copula (with or without apostrophes, some common slips).
I_AM = r"(?:i\s*'?\s*m|i\s+am|i\s+really\s+am|i\s+was|i\s*'?\s*ve\s+been|i\s+have\s+been|i\s+must\s+be|i\s+will\s+always\s+be|i\s*'?\s*ll\s+always\s+be|i\s+will\s+never\s+be\s+anything\s+but|i\s*'?\s*ll\s+never\s+be\s+anything\s+but|i\s+turned\s+out\s+to\s+be|i\s+became|i\s+feel\s+like|i\s+felt\s+like|i\s+just\s+feel\s+like|how\s+could\s+i\s+be|how\s+could\s+i\s+have\s+been|how\s+can\s+i\s+be|why\s+am\s+i|why\s+am\s+i\s+always|am\s+i|i\s+know\s+i\s*'?\s*m|i\s+guess\s+i\s*'?\s*m|i\s+think\s+i\s*'?\s*m|i\s+really\s+am)"

# Words that may sit between the copula and the label without changing who is judged.
FILLER = r"(?:(?:such|so+|too|this|that|way\s+too|a|an|the|just|really|truly|totally|completely|utterly|absolutely|entirely|literally|basically|pretty|very|real|total|complete|absolute|utter|huge|big|biggest|massive|fucking|freaking|frickin|damn|bloody|little|ultimate|most|kind\s+of|sort\s+of|nothing\s+but|always|still|actually|honestly|clearly|obviously|officially|seriously|such\s+an?|like\s+an?|being|become|becoming)\s+){0,4}"

# "Bad at chess" or "bad with money" names a skill, not a person: these labels do not count
# before "at" or "with", unless it is at everything ("the worst at everything").
_NOT_AT = r"{}(?!\s+(?:at|with)\s+(?!everything|anything|life\b)|\s+liars?\b)"

# Harsh adjectives a person might aim at themselves. Weight tiers: (words, weight).
ADJ_TIERS = (
    (("worthless", "useless", "pathetic", "unlovable", "unloveable", "disgusting", "despicable",
      "hopeless case", "a waste of space", "a waste of oxygen", "a waste of air", "a waste of skin",
      "beyond help", "unworthy", "repulsive", "revolting", "hideous", "a lost cause",
      "a worthless piece of shit", "a piece of shit", "a piece of crap", "a piece of garbage"), 0.95),
    (("stupid", "dumb", "idiotic", "incompetent", "inadequate", "inferior", "pitiful", "a failure",
      "an idiot", "a moron", "an imbecile", "a loser", "a fool", "a screwup", "a screw-up",
      "a screw up", "a fuckup", "a fuck-up", "a fuck up", "a fraud", "a disgrace", "a disappointment",
      "a burden", "a joke", "a nobody", r"nothing(?!\s+(?:like|but|if|to|special|wrong|new|else|much|more|less))", "garbage", "trash", "rubbish", "a mess", "a wreck",
      "a monster", "a bad person", "a terrible person", "a horrible person", "an awful person",
      "an embarrassment", "a coward", "an imposter", "an impostor", "a jerk", "an ass", "an asshole",
      "an idiot", "a dumbass", "a dummy", "a dunce", "a clown", "a freak", "a reject", "a misfit",
      "a hot mess", "the dumbest", "the stupidest", "the ugliest", "the laziest", "the weakest",
      "a letdown", "a let-down", "a let down", _NOT_AT.format("the worst"), "the problem", "incapable", "unwanted",
      "brainless", "a hypocrite", "a bad friend", "a bad mother", "a bad father", "a bad parent",
      "undesirable", "unattractive", "gross", "ugly", "a total waste", "a waste", "a sham",
      "the worst person", "a bad human", "a terrible human being", "a horrible human being",
      "a bad human being", "a disaster", "a train wreck", "a trainwreck", "a basket case",
      "spineless", "weak-willed"), 0.85),
    (("lazy", "selfish", "weak", "foolish", "fat", "ridiculous", _NOT_AT.format("horrible"), _NOT_AT.format("terrible"), _NOT_AT.format("awful"),
      "thoughtless", "self-centered", "self-centred", "self centered", "irresponsible", "careless",
      "annoying", "boring", "unlikeable", "unlikable", "naive", "gullible", "clueless", "hopeless",
      "a klutz", "clumsy", "broken", "a coward", "cowardly", "lame", "a mistake", "defective",
      "so behind", "incompetent", "unreliable", "a slob", "ignorant", "mean", "cruel", "toxic",
      _NOT_AT.format("a bad"), _NOT_AT.format("a terrible"), _NOT_AT.format("a horrible"), _NOT_AT.format("an awful"),
      _NOT_AT.format("a lousy"), "a rubbish", "a crap",
      "a crappy", "a shitty", "a useless", "a pathetic", "a stupid", "a dumb", "an incompetent",
      "a failed", "a worthless", _NOT_AT.format("the worst"), "a lazy", "a selfish", "a weak", "an ugly",
      "a fat", "a boring"), 0.7),
)

# Nouns that finish "a bad ___" style phrases, so "I'm a lousy writer" is caught.
ROLE_NOUNS = (
    "mother", "mom", "mum", "father", "dad", "parent", "friend", "person", "daughter", "son",
    "wife", "husband", "partner", "girlfriend", "boyfriend", "student", "writer", "employee",
    "worker", "sister", "brother", "human", "human being", "teacher", "cook", "artist", "driver",
    "boss", "leader", "sibling", "child", "kid", "lover", "singer", "player", "manager",
    "colleague", "coworker", "co-worker", "grandmother", "grandfather", "aunt", "uncle",
    "roommate", "neighbor", "neighbour", "team mate", "teammate", "dancer", "student",
    "programmer", "developer", "nurse", "doctor", "mom", "one", "excuse for a person",
)

BAD_ADJ = ("bad", "terrible", "horrible", "awful", "lousy", "rubbish", "crap", "crappy", "shitty",
           "useless", "pathetic", "stupid", "dumb", "incompetent", "failed", "worthless", "worst",
           "lazy", "selfish", "weak", "ugly", "fat", "boring", "poor", "sorry", "disgusting",
           "horrid", "dreadful", "miserable", "hopeless", "inadequate", "inferior")

# Words that negate a judgement when they come just before the first-person clause.
NEGATED_PREFIX = r"(?:\b(?:don\s*'?\s*t|dont|do\s+not|didn\s*'?\s*t|didnt|did\s+not|doesn\s*'?\s*t|doesnt|does\s+not|never|no\s+longer|not|isn\s*'?\s*t|wasn\s*'?\s*t|stopped|used\s+to|won\s*'?\s*t|can\s*'?\s*t|cannot|refuse\s+to|nobody|no\s*one)\s+(?:really\s+|actually\s+|even\s+|honestly\s+|truly\s+|ever\s+)?(?:think|thinks|believe|believes|feel|say|says|mean|means|agree|accept|buy|make\s+me|prove|proves|true|saying|tell\s+myself|telling\s+myself|believing|thinking|call\s+myself|calling\s+myself|consider\s+myself|see\s+myself\s+as|that)(?:\s+(?:that|like|as\s+if|anymore|any\s+more))?\s*$|\b(?:not|never)\s*$)"

# A reporting verb (someone else said/thinks/called) before the clause makes it reported speech.
REPORT_VERBS = r"(?:said|says|say|saying|told|told\s+me|tells\s+me|tell\s+me|telling\s+me|told\s+everyone|called\s+me|calls\s+me|call\s+me|calling\s+me|thinks|think|thought|believes|believe|believed|claims|claimed|claim|yelled|yells|shouted|shouts|screamed|screams|wrote|writes|texted|texts|insists|insisted|implied|implies|suggested|suggests|assumes|assumed|decided|accused\s+me\s+of\s+being|keeps\s+saying|kept\s+saying|made\s+me\s+feel\s+like|makes\s+me\s+feel\s+like|treats\s+me\s+like|treated\s+me\s+like|acts\s+like|acted\s+like|looks\s+at\s+me\s+like|looked\s+at\s+me\s+like|sees\s+me\s+as|saw\s+me\s+as|according\s+to\s+\w+|as\s+if|as\s+though|reminded\s+me|reminds\s+me|hinted|joked|complained|feels|felt|knows|knew|mentioned|announced|pointed\s+out|replied|answered|whispered|posted|commented)"

# Words that sum a person up by one trait, beyond the harsh labels above: what a
# label sounds like when it is aimed at someone else, or at oneself in plain words
# ("he's so inconsiderate", "I am manipulative"). Words that also name a passing
# state or a temperature ("cold", "sick", "tired") are left out on purpose.
TRAIT_WORDS = (
    "crazy", "insane", "manipulative", "inconsiderate", "disrespectful", "rude", "arrogant",
    "needy", "clingy", "dramatic", "hysterical", "untrustworthy", "dishonest", "a liar",
    "a cheat", "a cheater", "heartless", "controlling", "abusive", "ungrateful", "spoiled",
    "spoilt", "immature", "childish", "a weirdo", "weird", "awkward", "a nuisance", "a pest",
    "a bother", "a problem", "an outcast", "a psycho", "a narcissist", "narcissistic",
    "a drama queen", "inept", "uncaring", "unfeeling", "insensitive", "self-absorbed",
    "greedy", "two-faced", "fake", "a fake", "a snob", "snobby", "a bully", "a brat",
    "a creep", "creepy", "unbearable", "impossible", "hateful", "vile", "nasty", "evil",
    "a hypocrite", "hypocritical", "unreliable", "irresponsible", "incapable", "unlovable",
    "unlikeable", "unlikable", "uninteresting", "dull", "unworthy", "a bad influence",
    "a terrible influence", "a bad person", "unreasonable", "selfish", "lazy", "cruel", "a nobody", "a zero", "a waste of time",
)
