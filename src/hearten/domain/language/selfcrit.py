"""Self-criticism: harsh judgement aimed at oneself, with guards for negation, reported speech and others."""

from __future__ import annotations

import re
from functools import cache

from .lexicon import ADJ_TIERS, BAD_ADJ, FILLER, I_AM, NEGATED_PREFIX, REPORT_VERBS, ROLE_NOUNS, alt
from .rules import Detector, Match, Rule

_ME = r"(?:my\s*self|me)"
_BAD = alt(BAD_ADJ)
_ROLE = alt(ROLE_NOUNS)
# Oneself as the object of contempt: "myself", "who I am", "the person I've become".
_SELF = r"(?:my\s*self|me|who\s+i\s*(?:am|'?\s*m|'?\s*ve\s+become|have\s+become)|what\s+i\s*'?\s*ve\s+become|everything\s+about\s+(?:my\s*self|me)|the\s+(?:person|man|woman)\s+i\s*(?:am|'?\s*m|'?\s*ve\s+become|have\s+become)|the\s+way\s+i\s+am)"
_HVE = r"(?:'?\s*ll|\s+will|\s*'?\s*m\s+never\s+going\s+to|\s+am\s+never\s+going\s+to)"
_COMPARED = r"(?:better|smarter|prettier|thinner|stronger|cooler|funnier|braver|nicer|more\s+(?:talented|successful|attractive|capable|likeable|likable|interesting|confident))"


def _labels() -> str:
    """Every harsh label, articles left to FILLER, as one alternation."""
    bare = {w.split(" ", 1)[1] if w.startswith(("a ", "an ")) else w for words, _ in ADJ_TIERS for w in words}
    return alt(w.replace(" ", r"\s+").replace("-", r"[\s-]?") for w in bare)


def _adjectives() -> str:
    """The one-word harsh adjectives ("stupid", "lazy"), for "how stupid I am"."""
    return alt(
        w
        for words, _ in ADJ_TIERS
        for w in words
        if w.isalpha() and w not in ("nothing", "garbage", "trash", "rubbish")
    )


# A skill named after a harsh adjective ("useless at cooking", "hopeless with directions")
# judges the skill, not the person; "at everything" or "at life" is the person again.
_SKILL = r"(?!\s+(?:at|with)\s+(?!everything|anything|life\b|all\b))"
# A state that passes, said with its time or cause ("a wreck after that night", "weak after
# the flu", "so behind on emails"), describes a day, not who someone is.
_PASSING = (
    r"(?!\s+(?:today|tonight|this\s+(?:morning|afternoon|evening|week|weekend|month)|right\s+now|"
    r"at\s+the\s+moment|lately|these\s+days|after|since|from|on|in|with\s+(?:the\s+|a\s+)?"
    r"(?:flu|cold|covid|fever|virus|bug|illness|hunger)))"
)
_STATES = ("a mess", "a hot mess", "a wreck", "a train wreck", "a trainwreck", "weak", "broken", "so behind")


_STATE_WORDS = {w.split(" ", 1)[1] if w.startswith(("a ", "an ")) else w for w in _STATES}
# Words listed on their own somewhere are adjectives ("useless"); the rest are noun labels
# ("an idiot"), which stay harsh whatever follows ("an idiot with money").
_ADJECTIVES = {w for words, _ in ADJ_TIERS for w in words if w.isalpha()}


def _label_alternation(words) -> str:
    """The labels of one tier, articles left to FILLER, with the skill and passing-state guards."""
    parts = set()
    for w in words:
        bare = w.split(" ", 1)[1] if w.startswith(("a ", "an ")) else w
        rx = bare.replace(" ", r"\s+").replace("-", r"[\s-]?")
        if bare in _STATE_WORDS:
            rx += _PASSING
        if bare in _ADJECTIVES:
            rx += _SKILL
        parts.add(rx)
    return alt(parts)


def _rules() -> list[Rule]:
    rules: list[Rule] = []
    for words, weight in ADJ_TIERS:
        # Articles are left to FILLER, so "a total loser" and "such a loser" both reach the label.
        rules.append(Rule(rf"{I_AM}\s+{FILLER}{_label_alternation(words)}", weight, True))
    rules += [
        Rule(
            r"what\s+an?\s+(?:\w+\s+){0,2}?(?:idiot|jerk|loser|failure|fool|moron|mess|disappointment|disgrace|screw-?up|fuck-?up|coward|joke|fraud|dumbass|hypocrite|burden|embarrassment|waste\s+of\s+space)\s+i\s+(?:am|was|have\s+been|\'?ve\s+been)",
            0.9,
            True,
        ),
        Rule(rf"{I_AM}\s+{FILLER}(?:an?\s+|the\s+)?(?:{_BAD}\s+)+(?:excuse\s+for\s+an?\s+)?{_ROLE}s?", 0.85, True),
        Rule(rf"what\s+an?\s+(?:{_BAD}\s+)+{_ROLE}\s+i\s+(?:am|was)", 0.85, True),
        Rule(
            rf"i\s+(?:really\s+|just\s+|fucking\s+|truly\s+|honestly\s+)?(?:hate|despise|loathe|detest|can\s*'?\s*t\s+stand|cannot\s+stand)\s+{_SELF}",
            0.95,
            True,
        ),
        Rule(
            r"i\s+(?:really\s+|just\s+)?(?:hate|despise|loathe)\s+(?:my\s+(?:body|face|looks|voice|brain|personality)|being\s+me|(?:the\s+way|how)\s+i\s+(?:look|sound|act))",
            0.75,
            True,
        ),
        Rule(
            rf"i\s*'?\s*m\s+(?:so+\s+|really\s+|just\s+|deeply\s+|kind\s+of\s+)?(?:disgusted|ashamed|sick|embarrassed|fed\s+up|sick\s+and\s+tired)\s+(?:with|of|by)\s+{_SELF}",
            0.85,
            True,
        ),
        Rule(r"what\s*(?:'?\s*s|\s+is)\s+(?:\w+\s+)?wrong\s+with\s+me", 0.85, True),
        Rule(
            r"why\s+(?:am\s+i|do\s+i|can\s*'?\s*t\s+i|must\s+i)\s+(?:always\s+|so\s+|such\s+an?\s+|never\s+)?(?:like\s+this|this\s+way|mess(?:ing)?\s+(?:\w+\s+)?up|screw(?:ing)?\s+(?:\w+\s+)?up|ruin|fail|do\s+anything\s+right|get\s+anything\s+right|such\s+a\s+failure)",
            0.75,
            True,
        ),
        Rule(
            r"i\s+(?:can\s*'?\s*t|cannot|can\s+never|could\s*n'?\s*t|never|don\s*'?\s*t|do\s+not)\s+(?:ever\s+)?(?:seem\s+to\s+)?(?:do|get|say)\s+(?:anything|nothing)\s+(?:right|properly|correctly)",
            0.85,
            True,
        ),
        Rule(r"i\s+(?:always\s+|just\s+|only\s+)?(?:do|did|get|got|say|said)\s+everything\s+wrong", 0.8, True),
        Rule(
            r"i\s+(?:always|constantly|keep|just|only|never\s+fail\s+to|inevitably)\s+(?:\w+\s+)?(?:mess(?:ing)?|screw(?:ing)?|fuck(?:ing)?|muck(?:ing)?|mix(?:ing)?)\s+(?:\w+\s+){0,2}up",
            0.75,
            True,
        ),
        Rule(
            r"i\s+(?:always\s+|just\s+|keep\s+|constantly\s+)?(?:mess|messed|screw|screwed|fuck|fucked|muck|mucked)\s+(?:everything|it\s+all|all\s+of\s+it)\s+up",
            0.8,
            True,
        ),
        Rule(
            r"i\s+(?:always\s+|just\s+|keep\s+|constantly\s+)?(?:ruin|ruined|ruining|destroy|destroyed|wreck|wrecked|spoil|spoiled|spoilt|break|broke)\s+everything",
            0.8,
            True,
        ),
        Rule(
            r"i\s+(?:always\s+|just\s+|keep\s+|constantly\s+)?(?:fail|failed|failing)\s+(?:at\s+)?(?:everything|anything|every\s+time|at\s+life|at\s+all)",
            0.8,
            True,
        ),
        Rule(
            r"i\s+(?:always|keep|constantly)\s+(?:fail|failing|disappoint|disappointing|let\s+(?:\w+\s+)?down|letting\s+(?:\w+\s+)?down|make\s+mistakes|making\s+mistakes|get\s+it\s+wrong|getting\s+it\s+wrong)(?!\s+(?:at|in|on|with|when|while|during)\b)",
            0.7,
            True,
        ),
        Rule(
            r"i\s+(?:really\s+|just\s+|totally\s+|fucking\s+)?suck(?:\s+at\s+(?:everything|life|anything))?", 0.8, True
        ),
        Rule(
            r"i\s*'?\s*m\s+(?:just\s+|so\s+|really\s+|such\s+|completely\s+|totally\s+)?(?:bad|terrible|horrible|awful|hopeless|useless|rubbish|shit|crap|garbage|pathetic)\s+at\s+(?:everything|anything|life|all\s+of\s+it)",
            0.85,
            True,
        ),
        Rule(
            r"(?:(?:i\s*'?\s*m|i\s+am|i\s+was)\s+(?:just\s+)?(?:not|never)|i\s*(?:'?\s*m|\s+am)\s+never\s+going\s+to\s+be|i\s*'?\s*ll\s+never\s+be|i\s+will\s+never\s+be|i\s+feel\s+like\s+i\s*'?\s*m\s+not|i\s+just\s+am\s*n'?\s*t|i\s+just\s+am\s+not|i\s+am\s+just\s+not)\s+(?:\w+\s+)?(?:good|smart|pretty|clever|thin|strong|talented|attractive|interesting|fun|worthy|lovable|loveable|skinny|brave|capable|fast|cool|funny|beautiful|handsome|man|woman|good\s+looking|successful|enough\s+of\s+a\s+\w+)\s+enough",
            0.75,
            False,
        ),
        Rule(
            r"i\s*'?\s*m\s+(?:not|never)\s+(?:good\s+at\s+anything|worth\s+(?:it|anything|loving|saving|the\s+trouble|much|(?:anyone|anybody|your|their|his|her|people)\s*'?\s*s?\s+(?:time|love|attention|effort|trouble|care)))",
            0.8,
            False,
        ),
        Rule(r"i\s*'?\s*m\s+no\s+good", 0.75, True),
        Rule(
            r"i\s+(?:don\s*'?\s*t|do\s+not|dont)\s+deserve\s+(?:to\s+be\s+(?:happy|loved|alive|here|forgiven)|love|happiness|anything|good\s+things|friends|fun|enjoyment|kindness|you|her|him|them|any\s+\w+|better|to\s+exist|this\s+job|success|(?:anyone|anybody|someone|somebody|people|your|their|his|her)\s*'?\s*s?\s+(?:kindness|love|help|time|care|respect|forgiveness|attention|support|friendship)|(?:my|such\s+a|a|this|these)\s+(?:\w+\s+)?(?:friends?|family|partner|wife|husband|kids|children|job|life|boyfriend|girlfriend|parents|mom|mum|dad|success|luck|team))",
            0.75,
            False,
        ),
        Rule(
            r"(?:no\s*one|nobody|no-one)\s+(?:could|would|will|can)\s+(?:ever\s+)?(?:love|like|want|stand)\s+(?:someone\s+like\s+)?me",
            0.65,
            True,
        ),
        # Blame taken whole ("it's all my fault"), not a fault owned for one thing ("it was my fault that we were late").
        Rule(
            r"(?:it\s*'?\s*s|its|it\s+is|it\s+was|everything\s+is|everything\s+was|this\s+is|that\s+is|that\s*'?\s*s)\s+(?:(?:all|always|entirely|completely|all\s+entirely|always\s+entirely)\s+my\s+(?:own\s+)?fault|my\s+(?:own\s+)?fault(?!\s+(?:that|the|for|when|if|we|they|he|she|it|our|my|this|\w+ing)\b))",
            0.6,
            True,
        ),
        Rule(r"i\s+should\s*(?:'?\s*ve|\s+have)\s+known\s+better", 0.55, True),
        Rule(
            r"i\s+(?:feel|felt)\s+(?:so\s+|really\s+|completely\s+|totally\s+|like\s+such\s+an?\s+|like\s+an?\s+|like\s+a\s+total\s+|like\s+a\s+complete\s+)?(?:stupid|worthless|useless|pathetic|dumb|disgusting|ugly|fat|gross|incompetent|inadequate|inferior|unlovable|idiot|failure|loser|fool|fraud|burden|disappointment|moron|joke|nobody|waste\s+of\s+space)(?!\s+about\b)",
            0.7,
            True,
        ),
        Rule(
            r"i\s*'?\s*m\s+(?:so\s+|such\s+)?(?:an?\s+)?(?:embarrassment|disappointment|burden)\s+to\s+(?:everyone|my\s+\w+|them|him|her|you)",
            0.85,
            True,
        ),
        Rule(
            r"i\s+(?:only\s+|just\s+|always\s+)?(?:make|made|bring|cause|caused)\s+(?:everything|things|it\s+all|everyone\s*'?\s*s\s+life)\s+worse",
            0.75,
            True,
        ),
        Rule(r"i\s+(?:am|'m|was)\s+(?:a\s+)?(?:born\s+)?(?:failure|loser)\s+at\s+(?:life|everything)", 0.9, True),
        Rule(
            r"(?:stupid|dumb|useless|pathetic|worthless|idiot|moron|lazy|fat|ugly)\s+(?:me|idiot\s+me|old\s+me)",
            0.55,
            True,
        ),
        Rule(
            r"i\s+(?:really\s+|just\s+|honestly\s+|kind\s+of\s+|sometimes\s+)?(?:disgust(?:ed)?|repulse[sd]?|sicken(?:ed)?|disappoint|embarrass)\s+myself",
            0.85,
            True,
        ),
        Rule(rf"my\s*self\s+for\s+being\s+{FILLER}{_labels()}", 0.8, True),
        Rule(
            rf"how\s+(?:{FILLER})?{_adjectives()}\s+i\s*(?:am|'?\s*m|was|'?\s*ve\s+been|have\s+been|can\s+be|could\s+be)",
            0.75,
            True,
        ),
        Rule(rf"i\s+(?:\w+\s+)?(?:call|called|calling)\s+my\s*self\s+{FILLER}{_labels()}", 0.8, True),
        # Harsh second-person words are self-talk when the sentence says so ("you idiot, I said to myself").
        Rule(
            rf"(?:you\s*'?\s*re|you\s+are|you)\s+{FILLER}{_labels()}(?=[^.!?]{{0,40}}\bi\s+(?:\w+\s+)?(?:said|say|told|tell|thought|think|muttered|whispered|yelled|screamed)\s+(?:to\s+)?my\s*self)",
            0.8,
            False,
        ),
        Rule(r"(?:so+\s+|really\s+|pretty\s+|very\s+)?(?:stupid|dumb|idiotic|moronic|pathetic)\s+of\s+me", 0.7, True),
        Rule(
            r"i\s+(?:always\s+|just\s+|keep\s+|constantly\s+)?(?:mess|messed|screw|screwed|fuck|fucked|muck|mucked)\s+up\s+(?:everything|it\s+all|all\s+of\s+it|every\s+(?:single\s+)?\w+)",
            0.8,
            True,
        ),
        Rule(
            r"i\s+(?:always\s+|just\s+|keep\s+|constantly\s+)?(?:ruin|ruined|ruining|destroy|destroyed|wreck|wrecked|sabotage|sabotaged)\s+every\s+(?:single\s+)?(?:relationship|friendship|chance|opportunity|thing|time|moment|good\s+thing|date|conversation)",
            0.8,
            True,
        ),
        Rule(
            r"(?:i\s+always|i\s*'?\s*m\s+always|i\s+am\s+always)\s+(?:ruin(?:ing)?|wreck(?:ing)?|spoil(?:ing)?|sabotag(?:e|ing)|mess(?:ing)?\s+up|screw(?:ing)?\s+up|fuck(?:ing)?\s+up|mess(?:ing)?\s+(?:it|things|everything)\s+up|screw(?:ing)?\s+(?:it|things|everything)\s+up)(?:\s+(?:it|things|everything))?",
            0.75,
            True,
        ),
        Rule(
            r"everything\s+i\s+(?:touch|do)\s+(?:turns\s+(?:in)?to\s+(?:shit|crap|garbage|dust|ash(?:es)?)|falls\s+apart|is\s+(?:wrong|garbage|shit|crap|a\s+failure))",
            0.75,
            True,
        ),
        Rule(
            r"nothing\s+i\s+(?:do|make|try|say|write|achieve)\s+is\s+(?:ever\s+)?(?:good\s+enough|right|enough)",
            0.75,
            True,
        ),
        Rule(
            rf"i{_HVE}\s+never\s+(?:amount\s+to\s+(?:anything|much|something)|be\s+good\s+at\s+anything|be\s+(?:anything|anybody|anyone|somebody|someone)|get\s+anything\s+right)",
            0.8,
            True,
        ),
        Rule(r"i\s+(?:have|'?\s*ve\s+got|\s*'?\s*ve)\s+nothing\s+to\s+offer", 0.75, True),
        Rule(
            r"why\s+can\s*'?\s*t\s+i\s+(?:just\s+)?be\s+(?:normal|like\s+(?:everyone|everybody|other\s+people)(?:\s+else)?|a\s+normal\s+person|good\s+enough|better)",
            0.7,
            True,
        ),
        Rule(
            rf"(?:everyone|everybody|every\s+one|all\s+my\s+friends|other\s+people)(?:\s+else)?\s*(?:is|'?\s*s|are)\s+(?:so\s+)?(?:much\s+|way\s+|far\s+)?{_COMPARED}(?:\s+(?:at\s+)?\w+){{0,2}}\s+than\s+me",
            0.7,
            True,
        ),
        Rule(
            rf"{I_AM}\s+(?:so\s+much\s+|way\s+|even\s+|far\s+)?worse\s+than\s+(?:everyone|everybody|anyone|anybody|useless|all\s+of\s+them|nothing)",
            0.8,
            True,
        ),
        Rule(
            r"i\s+(?:always|constantly|keep)\s+(?:say|saying|do|doing|make|making|pick|picking)\s+the\s+wrong\s+(?:thing|choice|decision)s?",
            0.7,
            True,
        ),
        Rule(r"no\s+wonder\s+(?:nobody|no\s*one|no-one)\s+(?:likes|loves|wants|cares\s+about)\s+me", 0.7, True),
        Rule(
            r"(?:i\s*'?\s*m\s+(?:just\s+)?(?:not|never)|i\s*'?\s*ll\s+never\s+be|i\s+will\s+never\s+be)\s+enough(?!\s+of\b)",
            0.7,
            True,
        ),
        Rule(
            r"i\s+(?:always\s+|just\s+|keep\s+)?(?:let|letting)\s+(?:everyone|everybody|all\s+of\s+them|them\s+all|you\s+all)(?:\s+else)?\s+down",
            0.75,
            True,
        ),
        Rule(r"i\s+(?:always\s+|just\s+|only\s+)?(?:ruin|wreck|spoil|destroy)\s+(?:things|it\s+all)\b", 0.75, True),
        Rule(
            r"i\s*'?\s*m\s+(?:just\s+)?not\s+(?:smart|clever|pretty|attractive|lovable|loveable|likeable|likable|worthy|capable|talented)(?!\s+enough)",
            0.6,
            True,
        ),
        Rule(
            r"i\s+(?:only\s+|just\s+|always\s+)?make\s+(?:everyone|everybody|people|the\s+people\s+around\s+me)(?:\s+around\s+me)?\s+(?:miserable|unhappy|uncomfortable|suffer)",
            0.75,
            True,
        ),
        Rule(
            r"i\s+(?:just\s+|always\s+|really\s+)?look\s+(?:so+\s+|really\s+|absolutely\s+|totally\s+)?(?:disgusting|ugly|fat|hideous|gross|repulsive|like\s+(?:shit|crap|a\s+pig|a\s+whale))",
            0.7,
            True,
        ),
    ]
    return rules


DETECTOR = Detector("self_criticism", _rules())

# The guards' patterns, compiled on first use (compiling them all costs about 4 ms, and
# most entries never need a guard).
_NEGATED = NEGATED_PREFIX
_DISMAY = r"\b(?:can\s*'?\s*t|cannot|could\s*n\s*'?\s*t|couldnt)\s+believe\s*$"
_REPORTED = rf"\b(?P<verb>{REPORT_VERBS})\b"
_SELF_SUBJECT = r"\bi(?:\s+(?:just|always|really|probably|still|even|once|also|honestly|sometimes|often|kind\s+of|sort\s+of|do|did|can|could|can\s*'?\s*t|cannot|couldn\s*'?\s*t))*\s*$"
_CLAUSE_BREAK = r"[,;:\"()\u2014]|\b(?:but|and|so|because|yet|although|though|however|anyway|then)\b"
_ALWAYS_OTHER = (
    "told me",
    "tells me",
    "tell me",
    "telling me",
    "called me",
    "calls me",
    "call me",
    "calling me",
    "accused me",
    "treats me",
    "treated me",
    "looks at me",
    "looked at me",
    "sees me",
    "saw me",
    "according",
    "reminded me",
    "reminds me",
    "makes me feel",
    "made me feel",
    "told everyone",
)


@cache
def _guard(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def clause_prefix(text: str, sent_start: int, pos: int) -> str:
    """The words before pos in the same clause (after the last comma, 'but', 'so' ...)."""
    window_start = max(sent_start, pos - 160)
    prefix = text[window_start:pos]
    last = None
    for last in _guard(_CLAUSE_BREAK).finditer(prefix):  # noqa: B007  (keeps the last one)
        pass
    return prefix[last.end() :] if last else prefix


def is_negated(prefix: str) -> bool:
    """True when the clause before the match negates it ('I don't think I'm ...')."""
    # "I can't believe how stupid I am" is dismay, not denial.
    return _guard(_NEGATED).search(prefix) is not None and _guard(_DISMAY).search(prefix) is None


def is_reported(prefix: str) -> bool:
    """True when someone else is the speaker or believer ('she told me I was useless')."""
    verb = None
    for verb in _guard(_REPORTED).finditer(prefix):  # noqa: B007  (keeps the last one)
        pass
    if verb is None:
        return False
    said = verb.group("verb").lower()
    if any(said.startswith(o) for o in _ALWAYS_OTHER) or said in ("as if", "as though"):
        before = prefix[: verb.start()]
        if said in ("as if", "as though") and re.search(r"\bi\s+(?:feel|felt|act|acted|look|looked)\s*$", before, re.I):
            return False
        return True
    before = prefix[: verb.start()]
    if _guard(_SELF_SUBJECT).search(before):
        return False
    return True


# "According to my brother, I'm a mess": the source sits before the comma, outside the clause.
_ACCORDING = (
    r"\b(?:according\s+to|in\s+(?:his|her|their|my\s+\w+\s*'?\s*s)\s+(?:eyes|opinion|mind|view))\b[^.!?;]{0,60}$"
)
# Agreeing with someone else's insult makes it one's own: "she told me I was useless and she's right".
_AGREES = r"[^.!?]{0,60}?\b(?:(?:s?he|they|you|people|everyone|my\s+\w+)\s*(?:'?\s*s|'?\s*re|is|are|was|were)\s+(?:probably\s+|totally\s+|absolutely\s+|completely\s+|so\s+)?(?:right|correct|not\s+wrong)|(?:it|that)\s*(?:'?\s*s|is)\s+(?:so\s+|totally\s+)?true|which\s+is\s+(?:so\s+)?true|and\s+i\s+agree)\b"


def is_reported_speech(text: str, sent_start: int, pos: int, prefix: str) -> bool:
    """Reported in its clause or attributed before it, unless the writer agrees with it after."""
    if not is_reported(prefix) and not _guard(_ACCORDING).search(text, max(sent_start, pos - 120), pos):
        return False
    return _guard(_AGREES).match(text, pos, pos + 120) is None


def guarded_matches(text: str, sent_start: int, matches: list[Match]) -> list[Match]:
    """Drop guarded matches that are negated or reported."""
    kept = []
    for m in matches:
        if m.guarded:
            prefix = clause_prefix(text, sent_start, m.start)
            if prefix.strip() and is_negated(prefix):
                continue
            if is_reported_speech(text, sent_start, m.start, prefix):
                continue
        kept.append(m)
    return kept
