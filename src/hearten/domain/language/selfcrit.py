"""Self-criticism: harsh judgement aimed at oneself, with guards for negation, reported speech and others."""

from __future__ import annotations

import re
from functools import cache

from .engine import Detector, Match, Rule
from .lexicon import ADJ_TIERS, BAD_ADJ, FILLER, I_AM, NEGATED_PREFIX, REPORT_VERBS, ROLE_NOUNS, alt

_ME = r"(?:my\s*self|me)"
_BAD = alt(BAD_ADJ)
_ROLE = alt(ROLE_NOUNS)
_INTENSE = r"(?:so|such|really|totally|completely|utterly|absolutely|truly|fucking|freaking|a\s+total|a\s+complete|an\s+utter|a\s+real|an\s+absolute|the\s+biggest|a\s+huge)"


def _rules() -> list[Rule]:
    rules: list[Rule] = []
    for words, weight in ADJ_TIERS:
        # Articles are left to FILLER, so "a total loser" and "such a loser" both reach the label.
        bare = {w.split(" ", 1)[1] if w.startswith(("a ", "an ")) else w for w in words}
        label = alt(w.replace(" ", r"\s+").replace("-", r"[\s-]?") for w in bare)
        rules.append(Rule(rf"{I_AM}\s+{FILLER}{label}", weight, True))
    rules += [
        Rule(r"what\s+an?\s+(?:\w+\s+){0,2}?(?:idiot|jerk|loser|failure|fool|moron|mess|disappointment|disgrace|screw-?up|fuck-?up|coward|joke|fraud|dumbass|hypocrite|burden|embarrassment|waste\s+of\s+space)\s+i\s+(?:am|was|have\s+been|\'?ve\s+been)", 0.9, True),
        Rule(rf"{I_AM}\s+{FILLER}(?:an?\s+|the\s+)?(?:{_BAD}\s+)+(?:excuse\s+for\s+an?\s+)?{_ROLE}s?", 0.85, True),
        Rule(rf"what\s+an?\s+(?:{_BAD}\s+)+{_ROLE}\s+i\s+(?:am|was)", 0.85, True),
        Rule(rf"i\s+(?:really\s+|just\s+|fucking\s+|truly\s+|honestly\s+)?(?:hate|despise|loathe|detest|can\s*'?\s*t\s+stand|cannot\s+stand)\s+(?:{_ME}|who\s+i\s+am|what\s+i\s*'?\s*ve\s+become|everything\s+about\s+me|the\s+person\s+i\s*(?:am|'?\s*ve\s+become))", 0.95, True),
        Rule(r"i\s+(?:really\s+|just\s+)?(?:hate|despise|loathe)\s+(?:my\s+(?:body|face|looks|voice|brain|personality)|being\s+me)", 0.75, True),
        Rule(rf"i\s*'?\s*m\s+(?:so\s+|really\s+)?(?:disgusted|ashamed|sick)\s+(?:with|of|by)\s+{_ME}", 0.85, True),
        Rule(r"what\s*(?:'?\s*s|\s+is)\s+(?:\w+\s+)?wrong\s+with\s+me", 0.85, True),
        Rule(r"why\s+(?:am\s+i|do\s+i|can\s*'?\s*t\s+i|must\s+i)\s+(?:always\s+|so\s+|such\s+an?\s+|never\s+)?(?:like\s+this|this\s+way|mess(?:ing)?\s+(?:\w+\s+)?up|screw(?:ing)?\s+(?:\w+\s+)?up|ruin|fail|do\s+anything\s+right|get\s+anything\s+right|such\s+a\s+failure)", 0.75, True),
        Rule(r"i\s+(?:can\s*'?\s*t|cannot|can\s+never|could\s*n'?\s*t|never|don\s*'?\s*t|do\s+not)\s+(?:ever\s+)?(?:seem\s+to\s+)?(?:do|get|say)\s+(?:anything|nothing)\s+right", 0.85, True),
        Rule(r"i\s+(?:always\s+|just\s+|only\s+)?(?:do|did|get|got|say|said)\s+everything\s+wrong", 0.8, True),
        Rule(r"i\s+(?:always|constantly|keep|just|only|never\s+fail\s+to|inevitably)\s+(?:\w+\s+)?(?:mess(?:ing)?|screw(?:ing)?|fuck(?:ing)?|muck(?:ing)?|mix(?:ing)?)\s+(?:\w+\s+){0,2}up", 0.75, True),
        Rule(r"i\s+(?:always\s+|just\s+|keep\s+|constantly\s+)?(?:mess|messed|screw|screwed|fuck|fucked|muck|mucked)\s+(?:everything|it\s+all|all\s+of\s+it)\s+up", 0.8, True),
        Rule(r"i\s+(?:always\s+|just\s+|keep\s+|constantly\s+)?(?:ruin|ruined|ruining|destroy|destroyed|wreck|wrecked|spoil|spoiled|spoilt|break|broke)\s+everything", 0.8, True),
        Rule(r"i\s+(?:always\s+|just\s+|keep\s+|constantly\s+)?(?:fail|failed|failing)\s+(?:at\s+)?(?:everything|anything|every\s+time|at\s+life|at\s+all)", 0.8, True),
        Rule(r"i\s+(?:always|keep|constantly)\s+(?:fail|failing|disappoint|disappointing|let\s+(?:\w+\s+)?down|letting\s+(?:\w+\s+)?down|make\s+mistakes|making\s+mistakes|get\s+it\s+wrong|getting\s+it\s+wrong)", 0.7, True),
        Rule(r"i\s+(?:really\s+|just\s+|totally\s+|fucking\s+)?suck(?:\s+at\s+(?:everything|life|anything))?", 0.8, True),
        Rule(rf"i\s*'?\s*m\s+(?:just\s+|so\s+|really\s+|such\s+|completely\s+|totally\s+)?(?:bad|terrible|horrible|awful|hopeless|useless|rubbish|shit|crap|garbage|pathetic)\s+at\s+(?:everything|anything|life|all\s+of\s+it)", 0.85, True),
        Rule(rf"i\s*'?\s*m\s+(?:just\s+|so\s+|really\s+|such\s+|completely\s+|totally\s+)(?:bad|terrible|horrible|awful|hopeless|useless|rubbish|shit|crap|garbage|pathetic)\s+at", 0.6, True),
        Rule(r"i\s*'?\s*m\s+(?:bad|terrible|horrible|awful|hopeless|useless|rubbish|shit|crap|garbage)\s+at", 0.5, True),
        Rule(r"(?:i\s*'?\s*m|i\s+am|i\s+was|i\s*'?\s*ll\s+never\s+be|i\s+will\s+never\s+be|i\s*'?\s*m\s+never|i\s+am\s+never|i\s+was\s+never|i\s+feel\s+like\s+i\s*'?\s*m\s+not|i\s+just\s+am\s*n'?\s*t|i\s+just\s+am\s+not|i\s*'?\s*m\s+just\s+not|i\s+am\s+just\s+not)\s+(?:not\s+)?(?:\w+\s+)?(?:good|smart|pretty|clever|thin|strong|talented|attractive|interesting|fun|worthy|lovable|loveable|skinny|brave|capable|fast|cool|funny|beautiful|handsome|man|woman|good\s+looking|successful|enough\s+of\s+a\s+\w+)\s+enough", 0.75, False),
        Rule(r"i\s*'?\s*m\s+(?:not|never)\s+(?:good\s+at\s+anything|worth\s+(?:it|anything|loving|saving|the\s+trouble|much))", 0.8, False),
        Rule(r"i\s*'?\s*m\s+no\s+good", 0.75, True),
        Rule(r"i\s+(?:don\s*'?\s*t|do\s+not|dont)\s+deserve\s+(?:to\s+be\s+(?:happy|loved|alive|here|forgiven)|love|happiness|anything|good\s+things|friends|fun|enjoyment|kindness|you|her|him|them|any\s+\w+|better|to\s+exist|this\s+job|success)", 0.75, False),
        Rule(r"(?:no\s*one|nobody|no-one)\s+(?:could|would|will|can)\s+(?:ever\s+)?(?:love|like|want|stand)\s+(?:someone\s+like\s+)?me", 0.65, True),
        Rule(r"(?:it\s*'?\s*s|its|it\s+is|it\s+was|everything\s+is|everything\s+was|this\s+is|that\s+is|that\s*'?\s*s)\s+(?:all\s+)?(?:entirely\s+|completely\s+)?my\s+(?:own\s+)?fault", 0.6, True),
        Rule(r"i\s+should\s*(?:'?\s*ve|\s+have)\s+known\s+better", 0.55, True),
        Rule(rf"i\s+(?:feel|felt)\s+(?:so\s+|really\s+|completely\s+|totally\s+|like\s+such\s+an?\s+|like\s+an?\s+|like\s+a\s+total\s+|like\s+a\s+complete\s+)?(?:stupid|worthless|useless|pathetic|dumb|disgusting|ugly|fat|gross|incompetent|inadequate|inferior|unlovable|idiot|failure|loser|fool|fraud|burden|disappointment|moron|joke|nobody|waste\s+of\s+space)", 0.7, True),
        Rule(r"i\s*'?\s*m\s+(?:so\s+|such\s+)?(?:an?\s+)?(?:embarrassment|disappointment|burden)\s+to\s+(?:everyone|my\s+\w+|them|him|her|you)", 0.85, True),
        Rule(r"i\s+(?:only\s+|just\s+|always\s+)?(?:make|made|bring|cause|caused)\s+(?:everything|things|it\s+all|everyone\s*'?\s*s\s+life)\s+worse", 0.75, True),
        Rule(r"i\s+(?:am|'m|was)\s+(?:a\s+)?(?:born\s+)?(?:failure|loser)\s+at\s+(?:life|everything)", 0.9, True),
        Rule(r"(?:stupid|dumb|useless|pathetic|worthless|idiot|moron|lazy|fat|ugly)\s+(?:me|idiot\s+me|old\s+me)", 0.55, True),
    ]
    return rules


DETECTOR = Detector("self_criticism", _rules())

# The guards' patterns, compiled on first use (compiling them all costs about 4 ms, and
# most entries never need a guard).
_NEGATED = NEGATED_PREFIX
_REPORTED = rf"\b(?P<verb>{REPORT_VERBS})\b"
_SELF_SUBJECT = r"\bi(?:\s+(?:just|always|really|probably|still|even|once|also|honestly|sometimes|often|kind\s+of|sort\s+of|do|did|can|could))*\s*$"
_CLAUSE_BREAK = r"[,;:\"()\u2014]|\b(?:but|and|so|because|yet|although|though|however|anyway|then)\b"
_ALWAYS_OTHER = ("told me", "tells me", "tell me", "telling me", "called me", "calls me", "call me",
                 "calling me", "accused me", "treats me", "treated me", "looks at me", "looked at me",
                 "sees me", "saw me", "according", "reminded me", "reminds me", "makes me feel",
                 "made me feel", "told everyone")


@cache
def _guard(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def clause_prefix(text: str, sent_start: int, pos: int) -> str:
    """The words before pos in the same clause (after the last comma, 'but', 'so' ...)."""
    window_start = max(sent_start, pos - 160)
    prefix = text[window_start:pos]
    last = None
    for last in _guard(_CLAUSE_BREAK).finditer(prefix):
        pass
    return prefix[last.end():] if last else prefix


def is_negated(prefix: str) -> bool:
    """True when the clause before the match negates it ('I don't think I'm ...')."""
    return _guard(_NEGATED).search(prefix) is not None


def is_reported(prefix: str) -> bool:
    """True when someone else is the speaker or believer ('she told me I was useless')."""
    verb = None
    for verb in _guard(_REPORTED).finditer(prefix):
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


def guarded_matches(text: str, sent_start: int, matches: list[Match]) -> list[Match]:
    """Drop guarded matches that are negated or reported."""
    kept = []
    for m in matches:
        if m.guarded:
            prefix = clause_prefix(text, sent_start, m.start)
            if prefix.strip() and (is_negated(prefix) or is_reported(prefix)):
                continue
        kept.append(m)
    return kept
