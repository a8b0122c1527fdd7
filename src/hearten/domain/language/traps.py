"""Thinking traps: one detector per trap, each a set of weighted patterns over sentence structure."""

from __future__ import annotations

from .lexicon import ADJ_TIERS, FILLER, ROLE_NOUNS, TRAIT_WORDS, alt
from .rules import Detector, Rule

_A = r"\s*'?\s*"
_OTHER = r"(?:he|she|they|you|people|everyone|everybody|nobody|no\s*one|someone|somebody|others|my\s+\w+|the\s+\w+|his\s+\w+|her\s+\w+|their\s+\w+|our\s+\w+|this\s+\w+|that\s+\w+|\w+'s\s+\w+)"
_SUBJ = rf"(?:i|we|{_OTHER}|it|this|that|things|life|everything)"
_WILL = rf"(?:will|{_A}ll|ll|won{_A}t|wont|will\s+not|(?:am|{_A}m|is|{_A}s|are|{_A}re)\s+(?:going|gonna)\s+to|(?:am|{_A}m|is|{_A}s|are|{_A}re)\s+gonna|gonna|(?:am|{_A}m|is|{_A}s|are|{_A}re)\s+never\s+going\s+to|(?:am|{_A}m|is|{_A}s|are|{_A}re)\s+not\s+going\s+to|(?:is|are|am)\s+bound\s+to)"
_FEEL_WORDS = (
    "sad",
    "anxious",
    "depressed",
    "angry",
    "upset",
    "lonely",
    "alone",
    "hopeless",
    "scared",
    "afraid",
    "worried",
    "exhausted",
    "tired",
    "stressed",
    "overwhelmed",
    "hurt",
    "guilty",
    "ashamed",
    "miserable",
    "empty",
    "numb",
    "frustrated",
    "annoyed",
    "furious",
    "nervous",
    "terrified",
    "panicked",
    "panicky",
    "devastated",
    "heartbroken",
    "jealous",
    "embarrassed",
    "humiliated",
    "awful",
    "terrible",
    "horrible",
    "down",
    "low",
    "drained",
    "burnt out",
    "burned out",
    "unhappy",
    "helpless",
    "powerless",
    "rejected",
    "abandoned",
    "unloved",
    "unwanted",
    "invisible",
    "trapped",
    "stuck",
    "lost",
    "broken",
    "shattered",
    "crushed",
    "mad",
    "pissed",
    "irritated",
    "resentful",
    "bitter",
    "disappointed",
    "insecure",
    "uncomfortable",
    "restless",
    "worthless",
    "fat",
    "ugly",
    "bad",
    "sick",
    "shame",
    "guilt",
    "anxiety",
    "depression",
    "fear",
    "grief",
    "sorrow",
    "loneliness",
    "pain",
    "despair",
    "so much pain",
    "like crying",
    "like giving up",
    "defeated",
    "disgusted",
    "hate",
)
_FEEL = alt(w.replace(" ", r"\s+") for w in _FEEL_WORDS)
_LABEL_ADJ = alt(w.replace(" ", r"\s+").replace("-", r"[\s-]?") for tier in ADJ_TIERS for w in tier[0])
_TRAIT = alt(w.replace(" ", r"\s+").replace("-", r"[\s-]?") for w in TRAIT_WORDS)
_PERSON = alt(
    w.replace(" ", r"\s+").replace("-", r"[\s-]?")
    for w in (
        *ROLE_NOUNS,
        "guy",
        "man",
        "woman",
        "girl",
        "boy",
        "ex",
        "mother in law",
        "mother-in-law",
        "father in law",
        "father-in-law",
        "family",
        "friends",
        "parents",
        "kids",
        "children",
        "crush",
        "date",
        "landlord",
        "flatmate",
        "neighbour",
        "neighbor",
        "supervisor",
        "coworkers",
        "colleagues",
        "classmates",
        "roommate",
    )
)
# A verdict on a whole piece of work or a part of life, all bad because something went wrong.
_THING_VERDICT = r"(?:worthless|useless|pointless|meaningless|a\s+(?:failure|waste|disaster|joke|mess|write[\s-]?off)|rubbish|garbage|trash|ruined|wasted|over|hopeless|no\s+good|a\s+lost\s+cause)"
# What a person does and makes, the things they are most often judged by.
_WORK = alt(
    (
        "work",
        "job",
        "life",
        "essay",
        "project",
        "presentation",
        "effort",
        "efforts",
        "career",
        "relationship",
        "marriage",
        "plan",
        "idea",
        "ideas",
        "opinion",
        "opinions",
        "art",
        "artwork",
        "writing",
        "drawing",
        "painting",
        "cooking",
        "performance",
        "attempt",
        "degree",
        "diet",
        "speech",
        "interview",
        "business",
        "grades",
        "thesis",
        "report",
        "talk",
        "song",
        "music",
        "book",
        "novel",
        "research",
        "studies",
        "training",
        "parenting",
        "progress",
        "recovery",
        "contribution",
    )
)
# Who a label can be pinned on: oneself, someone else, or someone close.
_LABELLED = rf"(?:i\s*'?\s*m|i\s+am|i\s+was|he\s*'?\s*s|he\s+is|he\s+was|she\s*'?\s*s|she\s+is|she\s+was|they\s*'?\s*re|they\s+are|they\s+were|you\s*'?\s*re|you\s+are|(?:my|his|her|their)\s+(?:\w+\s+)?{_PERSON}\s+(?:is|was|are|were))"
# Someone else (or something) as the one who will do harm.
_AGENT = r"(?:he|she|they|someone|somebody|something|everything|it|this|that|people|my\s+\w+|the\s+\w+)"
# A kind outcome foretold is reassurance, not the fortune-telling trap: "I'm going to be okay",
# "you'll get through this".
_KIND_OUTCOME = (
    r"\s+(?:(?:so|really|totally|completely|just|absolutely|all)\s+)?(?:okay|ok|fine|alright|all\s+right|good|great|safe|"
    r"proud|happy|glad|worth\s+it)\b"
    # ...not the calm of an end, nor others eased without the writer ("happy without me", "fine once I'm gone")
    r"(?![^.!?\n]{0,40}?\b(?:without|once|when\s+i|after\s+i|decided|decision|made\s+my\s+mind|over|gone|goodbye|end)\b)"
)
_KIND_OUTCOME_AFTER_GET = r"\s+(?:through|better|there|past)\b"

R = {
    "all_or_nothing": [
        # One slip, so the whole thing is lost; right or not at all.
        Rule(
            r"(?:(?<=,)|so|therefore|now|and\s+now)\s+(?:i\s*'?\s*ve|i\s+have|i)\s+(?:totally\s+|completely\s+|just\s+)?(?:blown|blew|ruined|wrecked|spoiled|spoilt|undone)\s+(?:it|everything|the\s+whole\s+\w+|all\s+of\s+it|it\s+all)",
            0.85,
        ),
        Rule(
            r"if\s+i\s+(?:can\s*'?\s*t|cannot|don\s*'?\s*t|do\s+not)\s+(?:do|get|make)\s+(?:it|this|that|them)\s+(?:right|perfectly|properly|100\s*%)",
            0.85,
        ),
        # General cues, written from what the trap is, not from any data set's wording:
        # totalising adverbs, perfection, "either ... or", nothing/everything as a verdict.
        Rule(r"(?:completely|totally|entirely|utterly|wholly|100\s*(?:%|percent|per\s+cent))\s+(?:\w+\s+)?\w+", 0.65),
        Rule(
            r"either\s+(?:\w+\s+){1,6}?or|(?:perfect|perfectly|perfection|flawless|flawlessly)|not\s+(?:one|a\s+single)\s+\w+|none\s+of\s+(?:my|it|them|this|that|these|those)|whatsoever|(?:nothing|anything)\s+(?:at\s+all|right|good|useful|worthwhile)",
            0.65,
        ),
        Rule(
            r"(?:the\s+)?(?:whole|entire)\s+(?:\w+\s+)?(?:is|was|are|were|has\s+been)\s+(?:\w+\s+)?(?:ruined|wasted|pointless|over|a\s+(?:waste|failure|disaster|mess|write[\s-]?off))|(?:ruined|wasted|blew|blown|spoiled|spoilt)\s+(?:it|the\s+\w+|my\s+\w+)\s+(?:completely|entirely|totally)",
            0.75,
        ),
        Rule(
            r"(?:a\s+)?(?:total|complete|utter|absolute)\s+(?:failure|disaster|waste|mess|loss|idiot|loser|fraud|joke|write[\s-]?off|rubbish|nightmare)",
            0.85,
        ),
        Rule(
            r"(?:completely|totally|entirely|utterly|absolutely)\s+(?:\w+\s+)?(?:ruined|rubbish|useless|worthless|failed|wrong|hopeless|pointless|wasted|incapable|self[\s-]centered|thoughtless|stupid|awful|terrible|blew|blown)",
            0.8,
        ),
        Rule(
            r"(?:ruined|ruin|ruining|destroyed|wrecked|blew|blown|lost|wasted|wasting)\s+(?:\w+\s+)?(?:everything|it\s+all|all\s+my|all\s+of\s+it|the\s+whole\s+\w+|my\s+(?:whole|entire)\s+\w+)",
            0.8,
        ),
        Rule(
            r"(?:can\s*'?\s*t|cannot|never|don\s*'?\s*t|couldn\s*'?\s*t)\s+(?:\w+\s+)?(?:do|get|say)\s+(?:anything|nothing)\s+right|(?:can\s*'?\s*t|cannot|couldn\s*'?\s*t)\s+(?:do|think\s+of|say|finish|handle|manage)\s+anything|incapable\s+of\s+(?:doing\s+)?anything|never\s+(?:do|get)\s+anything",
            0.8,
        ),
        Rule(
            r"(?:bad|terrible|awful|horrible|useless|hopeless|rubbish)\s+at\s+everything|everything\s+(?:i\s+do\s+)?(?:is|was|went)\s+(?:\w+\s+)?(?:wrong|ruined|pointless|a\s+mess|awful|terrible|horrible|bad)|nothing\s+(?:\w+\s+)?(?:works|worked|goes\s+right|went\s+right|is\s+(?:ever\s+)?good\s+enough|i\s+do\s+(?:is|matters|works))",
            0.8,
        ),
        Rule(
            r"(?:i\s*'?\s*m|i\s+am|he\s*'?\s*s|she\s*'?\s*s|they\s*'?\s*re|it\s*'?\s*s)\s+(?:\w+\s+)?(?:the\s+)?worst\s+(?:\w+\s+){0,2}in\s+the\s+(?:world|universe|history)|(?:the\s+)?worst\s+\w+\s+ever",
            0.75,
        ),
        Rule(
            r"(?:either|if\s+(?:i|it|this|they)\s*(?:'?\s*m|am|is|are|'?\s*s)?\s*(?:not|n'?\s*t)\s+(?:\w+\s+){0,2}(?:perfect|a\s+success|the\s+best|success|right))|perfect\s+or|(?:all|everything)\s+or\s+nothing|(?:nothing|not\s+\w+)\s+at\s+all|(?:must|have\s+to|has\s+to|need\s+to)\s+be\s+perfect|(?:simply|just)\s+can\s*'?\s*t\s+be|100\s*%|(?:so|therefore|then)\s+i\s*(?:'?\s*m|am|must\s+be)\s+(?:a\s+)?(?:failure|rubbish|useless|worthless|idiot|loser)",
            0.7,
        ),
        Rule(
            r"(?:not|never)\s+getting\s+anywhere|get\s+rejected\s+by\s+everyone|(?:any|a\s+single)\s+mistake|(?:mess(?:ed)?|screw(?:ed)?)\s+(?:\w+\s+)?(?:up\s+)?everything|everything\s+(?:up|wrong)|did\s+(?:that|it|this)\s+(?:really\s+|so\s+)?badly|(?:is|was)\s+a\s+failure",
            0.7,
        ),
        # Two boxes and nothing between: one slip, so the whole person or thing is a failure.
        Rule(
            r"(?:(?<=,)|so|therefore|then|which\s+means|that\s+means|means|so\s+that\s+makes)\s+(?:i\s*'?\s*m|i\s+am|i\s+must\s+be|i\s+was|it\s*'?\s*s|it\s+is|it\s+was)\s+(?:just\s+|a\s+total\s+|a\s+complete\s+|an\s+utter\s+)?(?:a\s+)?(?:failure|worthless|useless|nothing|a\s+waste|pointless|ruined|a\s+loser|no\s+good|hopeless)",
            0.9,
        ),
        Rule(
            rf"(?:my|this|that|the|our)\s+(?:whole\s+|entire\s+|own\s+)?{_WORK}\s+(?:is|was|are|were|'\s*s)\s+(?:just\s+|totally\s+|completely\s+|entirely\s+|utterly\s+|all\s+)?{_THING_VERDICT}",
            0.8,
        ),
    ],
    "blaming": [
        # My feeling hung on what someone else does: "if my partner helped more, I wouldn't be so stressed".
        Rule(
            r"if\s+(?:he|she|they|you|my\s+\w+|people)\s+(?:\w+\s+){0,5}?\w+\s*,?\s*(?:then\s+)?i\s+(?:would\s*n\s*'?\s*t|would\s+not|wouldnt|would\s+(?:be|feel)\s+(?:fine|happy|okay|ok|better))",
            0.75,
        ),
        Rule(
            r"(?:is|are|was|were|'?\s*s|'?\s*re)\s+(?:all\s+|entirely\s+|totally\s+)?(?:to\s+blame|the\s+(?:reason|cause|one\s+to\s+blame|ones\s+to\s+blame))",
            0.9,
        ),
        Rule(
            r"(?:his|her|their|your|its)\s+(?:own\s+)?fault|(?:blame|blamed|blaming)\s+(?:him|her|them|you|my\s+\w+|the\s+\w+|everyone|society|it\s+on)",
            0.9,
        ),
        Rule(
            r"(?:because|cause|cuz|since)\s+(?:of\s+)?(?:he|she|they|my\s+(?:husband|wife|boss|partner|parents?|mother|father|mom|dad|sister|brother|boyfriend|girlfriend|friends?|family|ex|teacher|coworkers?|manager))\s",
            0.75,
        ),
        Rule(
            r"(?:he|she|they|you|my\s+\w+|people)\s+(?:made|make|makes|forced|force|forces)\s+me\s+(?:feel|do|so|this|upset|angry|sad|miserable|suffer|sucidal|suicidal|depressed|lose|fail|late)",
            0.85,
        ),
        Rule(
            r"(?:he|she|they|you|my\s+\w+)\s+(?:ruined|ruins|destroyed|destroys|wrecked|spoiled|spoilt|betrayed|abandoned|hurt|screwed|messed\s+up)\s+(?:my|me|everything|it|the)",
            0.8,
        ),
        Rule(
            r"(?:he|she|they|you|my\s+\w+|people)\s+(?:never|always|don\s*'?\s*t|doesn\s*'?\s*t|do\s+not|does\s+not|won\s*'?\s*t|can\s*'?\s*t)\s+(?:\w+\s+)?(?:help|listen|care|understand|appreciate|support|respect|see\s+that)",
            0.6,
        ),
        Rule(
            r"(?:he|she|they|you|my\s+\w+|people)\s+(?:should\s*(?:n\s*'?\s*t|\s+not)?|need\s+to|needs\s+to|ought\s+to)\s+(?:have\s+)?(?:stop|\w+ed|been|reminded|told|know|listen|help|apologi[sz]e|understand)",
            0.7,
        ),
        Rule(
            r"(?:he|she|they|you)\s+(?:overreacted|is\s+(?:totally\s+)?unreasonable|are\s+(?:totally\s+)?unreasonable|took\s+me\s+for\s+granted|is\s+harping|are\s+harping)|totally\s+unreasonable|(?:revenge|their\s+fault|not\s+my\s+fault)|why\s+would\s+(?:you|he|she|they)",
            0.7,
        ),
        Rule(
            r"(?:he|she|they|people|everyone|everybody|my\s+\w+)\s*(?:is|are|was|were|'\s*s|'\s*re|keeps?|kept)\s+(?:always\s+)?(?:treating|treat|treats|treated)\s+me\s+(?:so\s+|really\s+|very\s+)?(?:badly|harshly|unfairly|horribly|terribly|like\s+(?:dirt|crap|shit|garbage|a\s+child|an?\s+\w+))",
            0.75,
        ),
        Rule(
            r"(?:everyone|everybody|people|they)\s+(?:is|are)\s+(?:so\s+)?(?:mean|against\s+me|out\s+to\s+get\s+me|racist|selfish|toxic)",
            0.6,
        ),
    ],
    "catastrophizing": [
        Rule(
            r"(?:is|'\s*s|could\s+be|might\s+be|must\s+be|may\s+be)\s+(?:probably\s+|definitely\s+|surely\s+)?something\s+(?:really\s+|very\s+)?(?:serious|terrible|awful|horrible|bad|wrong|dangerous|fatal)",
            0.8,
        ),
        # Worst-case futures and escalation, in general words.
        Rule(
            r"(?:never|not\s+ever)\s+(?:be\s+(?:able\s+to|the\s+same|okay|ok|happy)|get\s+over|recover|forgive\s+(?:me|myself))|(?:lose|lost|losing)\s+everything|(?:ruin|ruins|ruined|ruining|destroy|destroys|destroyed|wreck|wrecked)\s+(?:my|our|his|her|their)\s+(?:whole\s+|entire\s+)?(?:life|lives|career|future|chances|marriage|relationship|reputation|family)",
            0.85,
        ),
        Rule(
            r"something\s+(?:bad|terrible|awful|horrible|serious|wrong)\s+(?:will|is\s+going\s+to|might|could|must\s+have|has)|(?:serious|terminal|fatal|incurable)\s+(?:illness|disease|condition|problem)|(?:heart\s+attack|cancer|tumou?r|accident|car\s+crash)|(?:panic|panicking|panicked|freaking\s+out|spiral\w*)|(?:everything|it\s+all)\s+(?:will|is\s+going\s+to|is\s+gonna)\s+(?:go\s+wrong|fall\s+apart|collapse)",
            0.7,
        ),
        Rule(
            r"what\s+if\s+(?:i|he|she|they|it|we|something|my|this|the)\s+(?:\w+\s+){0,4}?(?:die|dies|dying|dead|crash\w*|fail\w*|lose|lost|fired|sick|ill|cancer|burn\w*|stop\w*|never|break\w*|leave|leaves|hurt|happen\w*|wrong|badly|worse|worst)",
            0.9,
        ),
        Rule(r"what\s+if", 0.65),
        Rule(
            r"(?:get|getting|be|been)\s+fired|lose\s+(?:my|our|his|her)\s+(?:job|home|house|mind|everything|friends|kids|partner|wife|husband)|lose\s+(?:some\s+)?friends|(?:going|gonna)\s+to\s+(?:die|kill\s+me|be\s+a\s+disaster|fall\s+apart|end\s+badly|lose)|will\s+(?:die|burn\s+down|fall\s+apart|never\s+recover)|burn\s+down",
            0.9,
        ),
        Rule(
            r"(?:end\s+of\s+the\s+world|disaster|disastrous|catastroph\w*|nightmare|unbearable|ruined|devastat\w*|doomed|hopeless|the\s+worst|worst\s+(?:case|possibility|possible|thing|day)|horrible|terrible|awful|dreadful|tragic|tragedy|can\s*'?\s*t\s+(?:bear|handle|cope|survive|stand|function|get\s+through)|won\s*'?\s*t\s+(?:be\s+able\s+to\s+)?(?:function|survive|cope|recover|get\s+through)|not\s+(?:be\s+able\s+to\s+)?(?:function|survive|cope)\s+at\s+all|falling\s+apart|out\s+of\s+hand|no\s+way\s+out|never\s+get\s+better|never\s+recover|can\s*'?\s*t\s+pay)",
            0.8,
        ),
        Rule(
            r"(?:end\s+up|be\s+left|going\s+to\s+be|gonna\s+be|will\s+be|'?\s*ll\s+be|ends?\s+up)\s+(?:\w+\s+)?(?:alone|homeless|broke|with\s+no(?:thing)?|on\s+the\s+street|dead|stuck|penniless|unemployed|single\s+forever|miserable)",
            0.9,
        ),
        Rule(
            r"(?:could|might|may|will|'?\s*ll|probably|surely)\s+(?:\w+\s+)?(?:die|lose|fail|be\s+(?:seriously\s+)?(?:ill|sick)|have\s+(?:a\s+)?(?:serious|heart|terrible|horrible)|kick\s+me\s+out|crash|get\s+(?:hurt|sick|fired)|never\s+(?:talk|speak|see|forgive))",
            0.85,
        ),
        Rule(
            r"(?:proves|shows|means)\s+(?:how|that|what)\s+(?:\w+\s+){0,3}(?:inferior|inadequate|worthless|useless|stupid|failure|terrible|bad|hopeless)|how\s+(?:terrible|awful|horrible)|(?:messed|screwed|fucked)\s+up\s+big\s+time|(?:ruined|over)\s+(?:my|our)\s+(?:life|lives|career|future)",
            0.85,
        ),
        Rule(
            r"i\s+(?:should\s+)?just\s+give\s+up|(?:my\s+)?(?:life|career|future)\s+is\s+(?:over|ruined|finished|doomed)|(?:this|it)\s+is\s+(?:the\s+end|over)|(?:sleep|stop)\s+forever",
            0.75,
        ),
    ],
    "comparing": [
        Rule(
            r"(?:other\s+people|others|everyone\s+else|everybody\s+else|everyone\s+i\s+know|all\s+my\s+friends)\s+(?:\w+\s+)?(?:find|finds|manage|manages|handle|handles|make|makes|cope|copes)\s+(?:it|this|that|things|life)|(?:and|but|while|whereas)\s+i\s*(?:'?\s*m|\s+am)\s+(?:still|the\s+only\s+one)",
            0.75,
        ),
        Rule(
            r"(?:better|worse|smarter|prettier|thinner|richer|happier|more\s+\w+|less\s+\w+|faster|stronger|funnier|nicer|taller|bigger|smaller|cooler|further|farther|ahead|higher)\s+than\s+(?:me|i|mine|us|my\s+\w+|everyone|anyone|others|other\s+people)",
            0.9,
        ),
        Rule(
            r"(?:compared\s+(?:to|with)|in\s+comparison|comparing\s+(?:myself|me|my)|compare\s+(?:myself|me|my)|everyone\s+else\s+(?:is|has|seems|can|gets|got|did)|other\s+(?:people|girls|guys|women|men|moms|mums|parents|students|kids)\s+(?:are|have|seem|can|get|got|did)|others\s+(?:are|have|seem|did|do|can)|other\s+did|twice\s+(?:the|as)|(?:mine|my\s+\w+)\s+(?:doesn\s*'?\s*t|isn\s*'?\s*t|is\s+not|does\s+not)\s+(?:look|seem|compare|measure)|(?:so\s+)?much\s+more\s+\w+|(?:inferior|superior)\s+to|in\s+every\s+way)",
            0.85,
        ),
        Rule(
            r"(?:friends?|sister|brother|cousin|coworkers?|colleagues?|classmates?|peers?|everyone)\s+(?:\w+\s+){0,2}(?:has|have|had|got|is|are|did)\s+(?:more|a\s+better|better|such\s+a|so\s+many|nicer)",
            0.75,
        ),
        Rule(
            r"(?:why\s+can\s*'?\s*t\s+i\s+be\s+(?:like|as)|i\s+wish\s+i\s+(?:was|were|had|looked)\s+(?:like|as)|never\s+be\s+as\s+\w+\s+as|not\s+as\s+\w+\s+as|the\s+only\s+one\s+(?:who|that|without)|(?:much\s+)?(?:smaller|bigger|worse|better)\s+(?:in\s+size\s+)?than\s+the\s+others)",
            0.8,
        ),
    ],
    "disqualifying_positive": [
        # Explaining a good thing away: said to be nice, praise given to everyone, proof of nothing.
        Rule(
            r"(?:only|just)\s+(?:said|say|says|did|do|does)\s+(?:\w+\s+){0,4}?(?:to\s+be\s+(?:nice|kind|polite)|because|out\s+of\s+pity)|(?:praises|compliments|thanks|says\s+that\s+to|is\s+nice\s+to)\s+everyone|(?:anyone|anybody)\s+could\s+have(?=\s*(?:[.!?,;]|$))|(?:only|just)\s+because\s+(?:nobody|no\s*one|there\s+was|there\s+were)|(?:doesn\s*'?\s*t|does\s+not|didn\s*'?\s*t|don\s*'?\s*t)\s+(?:really\s+)?(?:mean|prove|make)\s+(?:that\s+)?(?:i\s*'?\s*m|i\s+am|me)\s+(?:\w+\s+)?(?:smart|clever|good|talented|capable|pretty|attractive|likeable|likable|any\s+good|successful|special|worth)",
            0.85,
        ),
        # Setting good things aside: luck, politeness, "it doesn't count", "anyone could".
        Rule(
            r"(?:only|just)\s+because\s+(?:they|he|she|it|i\s+got|i\s+was|of\s+luck)|(?:got|get|was|were|am|'?\s*m)\s+(?:just\s+|only\s+|really\s+)?lucky|(?:didn\s*'?\s*t|don\s*'?\s*t|doesn\s*'?\s*t)\s+(?:really\s+)?mean\s+(?:it|that)|felt\s+sorry\s+for\s+me|(?:anyone|anybody|everyone|everybody)\s+(?:could|can|would)\s+(?:have\s+)?(?:do|done|did|manage|managed|pass|passed)|(?:not|n'?\s*t)\s+(?:a\s+)?(?:real|proper|big)\s+(?:achievement|accomplishment|success|deal)",
            0.85,
        ),
        Rule(
            r"(?:even\s+though|although|though|despite)\s+(?:i\s+|my\s+\w+\s+|they\s+|he\s+|she\s+|people\s+)(?:\w+\s+)?(?:did|got|won|passed|finished|managed|praised|complimented|thanked|said|told|liked|loved|enjoyed|succeeded)",
            0.7,
        ),
        Rule(
            r"(?:just|only|simply)\s+(?:being\s+(?:nice|polite|kind)|trying\s+to\s+be\s+(?:nice|kind|polite)|luck|lucky|a\s+fluke|pity|saying\s+that|said\s+that|to\s+be\s+nice|out\s+of\s+pity)|fluke|(?:doesn\s*'?\s*t|don\s*'?\s*t|does\s+not|do\s+not|didn\s*'?\s*t)\s+(?:really\s+)?(?:count|matter|mean\s+(?:anything|much|a\s+thing))|means\s+nothing|(?:any\s*one|anybody)\s+could\s+(?:have\s+)?(?:do|done|achieve|achieved|win|won|get|got)",
            0.9,
        ),
        Rule(
            r"(?:(?:was|were|is|are|got)\s+(?:just\s+|only\s+)?(?:lucky|luck|easy|nothing\s+special|no\s+big\s+deal))|(?:says?|said)\s+(?:that|it)\s+to\s+everyone|(?:they|she|he)\s+(?:have|has)\s+to\s+say\s+that|supposed\s+to\s+(?:do|say)\s+that|(?:doesn\s*'?\s*t|does\s+not)\s+prove\s+anything|(?:yes|yeah|sure|okay|ok),?\s+but|even\s+though\s+i\s+(?:\w+\s+){0,4}(?:still|i)|wasted\s+(?:all\s+)?(?:that|my|the)\s+(?:time|effort|day)|nothing\s+works|(?:mean|means|meant)\s+nothing|don\s*'?\s*t\s+deserve\s+(?:it|the|this|any)",
            0.8,
        ),
        Rule(
            r"(?:but|still)\s+(?:it|that|this)\s+(?:was|is)\s+(?:not|n'?\s*t)\s+(?:enough|good\s+enough|perfect|a\s+big\s+deal)|(?:only|just)\s+(?:second|third|a\s+b\b|a\s+pass|one\s+\w+)|(?:nice|compliment\w*|praise\w*|liked\s+it|told\s+me\s+i\s+(?:was|looked)\s+\w+),?\s+but",
            0.75,
        ),
    ],
    "emotional_reasoning": [
        # A painful feeling, then its conclusion after a comma: "I feel so anxious about flying, it must be dangerous".
        Rule(
            rf"(?:(?:i\s+)?(?:feel|felt|feeling)|i\s*'\s*m|i\s+am)\s+(?:so\s+|really\s+|very\s+|this\s+|that\s+)?{_FEEL}(?:\s+\w+){{0,6}}?\s*,?\s*(?:so\s+|therefore\s+|then\s+|which\s+means\s+)?(?:it|this|that|there|i)\s*(?:must|means|proves|'\s*s\s+(?:a\s+)?sign)",
            0.9,
        ),
        Rule(
            r"i\s+(?:just\s+|really\s+)?(?:feel|felt)\s+that\s+(?:nobody|no\s*one|everyone|everybody|people|they|he|she)\s+(?:\w+\s+)?(?:hates?|wants?|likes?|cares?|loves?|thinks?|is|are|would|will|doesn\s*'?\s*t|don\s*'?\s*t)",
            0.8,
        ),
        # A feeling offered as evidence: "I feel like ...", "it feels like ...", "I just know".
        Rule(
            r"(?:i\s+|i\s+just\s+|i\s+still\s+)?(?:feel|felt|feels|feeling)\s+(?:like|as\s+if|as\s+though)\s+(?:i|i\s*'?\s*m|everyone|everybody|nobody|no\s*one|people|they|he|she|it|this|nothing|everything|an?|my|the|something)",
            0.6,
        ),
        Rule(
            r"(?:i\s+)?(?:just\s+)?(?:know|knew)\s+(?:deep\s+down|in\s+my\s+(?:heart|gut|bones))|deep\s+down\s+i\s+(?:know|feel)|(?:it|this|that)\s+(?:feels|felt)\s+(?:so\s+)?(?:wrong|true|real|hopeless|pointless|like)",
            0.7,
        ),
        Rule(
            r"(?:i\s+)?(?:feel|felt|feeling)\s+(?:\w+\s+){0,4}?(?:so|therefore|then|which\s+means|that\s+means|it\s+means|must|this\s+must|it\s+must)\s+(?:(?:i|it|this|that)\s+)?(?:must|am|'m|is|means|mean|be)",
            0.95,
        ),
        Rule(
            r"i\s+(?:feel|felt)\s+(?:like|as\s+if|as\s+though)\s+(?:i\s*'?\s*m\s+|i\s+am\s+|i\s+was\s+)?(?:an?\s+)?(?:\w+\s+)?(?:failure|outcast|fraud|burden|idiot|loser|bad|terrible|horrible|fool|mess|disappointment|nobody|imposter|impostor|freak|monster|nothing|worthless|useless|stupid|ugly|fat|inadequate|incompetent|pathetic)",
            0.9,
        ),
        Rule(
            r"(?:if\s+i\s+(?:am\s+|'?\s*m\s+)?feel(?:ing)?\s+(?:\w+\s+){0,3}),?\s*(?:this\s+|it\s+|then\s+)?(?:must|means)|i\s+feel\s+it,?\s+so|(?:because|since)\s+i\s+feel|i\s+feel\s+(?:guilty|ashamed|stupid|ugly|fat|worthless|inadequate|like\s+a\s+bad)|my\s+(?:gut|feelings?)\s+(?:tell|tells|say|says)",
            0.85,
        ),
        Rule(
            r"(?:i\s+)?(?:feel|felt)\s+(?:so\s+)?(?:scared|afraid|sure|certain|like)\s+(?:that\s+)?(?:something|it|this|i\s+(?:will|'?\s*ll|am\s+going|can\s*'?\s*t)|people|they)|(?:something|this)\s+(?:scary|bad|terrible)\s+is|i\s*(?:'?\s*m|\s+am)\s+(?:scared|afraid)\s+of\s+(?:my|the|something)",
            0.65,
        ),
        Rule(
            r"i\s+(?:feel|felt)\s+(?:like\s+)?(?:i\s+)?(?:need|have|deserve|can\s*'?\s*t|don\s*'?\s*t|won\s*'?\s*t|am|'m)",
            0.55,
        ),
    ],
    "fortune_telling": [
        Rule(
            rf"(?:i|he|she|they|you|we|it|this|that|people|nobody|no\s*one|everyone|grandma|my\s+\w+|the\s+\w+)\s*{_WILL}\s+(?:never|not|probably|definitely|surely|just|only|all|always|also|even|certainly)?\s*(?:\w+\s+)?(?:fail|lose|get(?!{_KIND_OUTCOME_AFTER_GET})|be(?!{_KIND_OUTCOME})|hate|leave\s+(?:me|us|him|her|them|my)|laugh|think|find|want|like|call|mess|screw|make|forget|have|go|end|become|pass|see|talk|ask|notice|cancel|reject|judge|say|work|turn|cause|look|break|pig|skip|stay|improve|change|succeed|understand|care|happen|last|bore|love|come)",
            0.8,
        ),
        Rule(rf"(?:i|he|she|they|it|we|people)\s*{_WILL}\s+never", 0.85),
        Rule(
            rf"(?:i\s+bet|i\s+(?:already|just)\s+know|i\s*'?\s*m\s+(?:sure|certain|positive)\s+(?:that\s+)?(?:i|he|she|they|it|this|people)|(?:there\s*'?\s*s|it\s*'?\s*s)\s+no\s+(?:way|chance|point)|(?:it|this|that)\s+(?:is|'?\s*s)\s+(?:going|bound)\s+to(?!\s+be{_KIND_OUTCOME})|never\s+going\s+to|no\s+one\s+will|nobody\s+will|i\s+know\s+(?:it|they|he|she)\s*(?:'?\s*ll|will|won\s*'?\s*t)|won\s*'?\s*t\s+(?:work|happen|call|like|want|get|find|ever)|(?:could|might)\s+(?:decline|fail|lose|get\s+worse)|(?:will|'?\s*ll)\s+(?:probably|definitely|surely))",
            0.8,
        ),
        Rule(
            r"(?:going\s+to|gonna|will|'?\s*ll)\s+(?:\w+\s+)?(?:fail|lose|mess|screw|forget|embarrass|look\s+stupid|make\s+a\s+fool|get\s+a\s+bad|be\s+a\s+drag|be\s+(?:so\s+)?(?:angry|mad|upset|disappointed|bored)|get\s+bored|break\s+up|leave\s+me|cause\s+us|go\s+crazy|have\s+to\s+pay|pig\s+out|skip)",
            0.85,
        ),
        # A harm foretold as likely: "he might hit me", "something will go wrong".
        Rule(
            rf"{_AGENT}\s+(?:might|may|could|will|'\s*ll|(?:is|are|'\s*s|'\s*re)\s+(?:going\s+to|gonna))\s+(?:\w+\s+)?(?:(?:hit|hurt|attack|leave|dump|fire|reject|dislike|hate|abandon|laugh\s+at|yell\s+at|shout\s+at|break\s+up\s+with|turn\s+(?:me|us)\s+down|kick)\s+(?:me|us|my\s+\w+)|go\s+(?:wrong|badly)|get\s+worse|turn\s+out\s+(?:badly|wrong)|end\s+badly|fall\s+through|say\s+no)",
            0.75,
        ),
        Rule(
            r"i\s+(?:would|will|could)\s*(?:n\s*'?\s*t|\s+not|\s+never)\s+(?:ever\s+)?(?:find\s+(?:a|an|another|someone|anyone|anybody|love|work|happiness|the\s+right)|get\s+(?:a\s+job|the\s+job|in|better|anywhere|through|over)|pass|make\s+it|manage|cope|be\s+able|succeed|recover)",
            0.7,
        ),
        Rule(
            r"(?:worried|worry|afraid|scared)\s+(?:about\s+(?:my|the)\s+future|(?:that\s+)?(?:i|it|they|he|she)\s*(?:'?\s*ll|will|won\s*'?\s*t|might|could))",
            0.65,
        ),
    ],
    "labeling": [
        Rule(
            rf"(?:he|she|they|you|(?:my|his|her|their|this|that)\s+(?:\w+\s+)?{_PERSON}|people|everyone)\s*(?:is|'?\s*s|are|'?\s*re|was|were)\s+{FILLER}(?:{_LABEL_ADJ}|selfish|lazy|boring|horrible|crazy|insane|evil|toxic|a\s+(?:jerk|idiot|loser|monster|narcissist|failure|bitch|bastard)|not\s+interesting|an\s+idiot)(?!\s+(?:about|for)\b)",
            0.8,
        ),
        Rule(
            r"(?:i\s*'?\s*m|i\s+am)\s+(?:a\s+)?(?:huge\s+|total\s+|complete\s+)?(?:nobody|loser|coward|virgin|failure|outcast)|(?:i\s*'?\s*m|i\s+am)\s+(?:so\s+|really\s+)?(?:gross|undesirable|boring|uninteresting|not\s+interesting|unlikable|unattractive|weird|awkward|stupid|incompetent|self[\s-]centered|thoughtless|worthless|useless|lazy|pathetic|selfish|naive|insecure)|(?:worthlessness|a\s+jerk|a\s+fool\s+of\s+myself|fool\s+of\s+myself|i\s+suck|i\s+(?:am|'?\s*m)\s+(?:such\s+)?an?\s+\w+\s+(?:person|human))|what\s+a\s+\w+\s+i\s+am|(?:jerk|idiot|loser|failure|moron|fool)\b",
            0.85,
            True,
        ),
        # One trait standing for the whole person, said of anyone ("he's so inconsiderate").
        Rule(rf"{_LABELLED}\s+{FILLER}{_TRAIT}(?!\s+(?:about|for|of|at|with|to|in|on|when|if|because)\b)", 0.75, True),
        # A good quality denied to oneself as a whole: "I'm not very attractive", "my ideas aren't valuable".
        Rule(
            rf"(?:i\s*'?\s*m|im|i\s+am|am\s+i|my\s+(?:\w+\s+)?{_WORK}\s+(?:is|are))\s*(?:not|n\s*'?\s*t)\s+(?:very\s+|really\s+|that\s+|at\s+all\s+|even\s+)?(?:attractive|pretty|handsome|interesting|likeable|likable|lovable|loveable|valuable|important|talented|worth\s+(?:it|anything|much|(?:\w+\s+){{0,2}}time)|good\s+at\s+(?:anything|what\s+i\s+do|my\s+job|life)|wanted|needed|special|worthy)",
            0.7,
            True,
        ),
        Rule(
            r"(?:a|an)\s+(?:bad|terrible|lousy|horrible|awful|rubbish|useless|worthless|failed)\s+(?:\w+\s+)?(?:mother|mom|mum|father|dad|parent|friend|person|daughter|son|wife|husband|writer|artist|cook|employee|sister|brother|human|student|boyfriend|girlfriend|partner)|(?:i\s+was|i\s*'?\s*m|i\s+am)\s+not\s+(?:a\s+)?good\s+enough\s+\w+",
            0.85,
            True,
        ),
    ],
    "mind_reading": [
        # Another mind read from outside: what they must be feeling about me, what they could tell.
        Rule(
            r"(?:must|might|probably)\s+be\s+(?:so\s+|really\s+)?(?:mad|angry|upset|annoyed|disappointed|cross|fed\s+up|bored|sick|tired|disgusted|embarrassed)\s+(?:at|with|in|of|by)\s+me|(?:everyone|everybody|they|people|he|she|the\s+\w+)\s+(?:\w+\s+){0,4}?(?:could|can)\s+(?:all\s+)?(?:tell|see|sense)\s+(?:that\s+|how\s+)?i|(?:i\s+)?know\s+(?:exactly\s+)?what\s+(?:they|he|she|people|everyone)\s*(?:'\s*re|'\s*s|\s+are|\s+is)?\s+(?:really\s+)?think\w*|judging\s+my\s+\w+",
            0.85,
        ),
        # Claims about what others think or feel about me, said as fact.
        Rule(
            r"(?:he|she|they|people|everyone|everybody|my\s+\w+|the\s+\w+)\s+(?:\w+\s+)?(?:seems?|seemed|looks?|looked)\s+(?:so\s+|really\s+|a\s+bit\s+|kind\s+of\s+)?(?:disinterested|uninterested|bored|annoyed|irritated|upset|angry|mad|distant|cold|disappointed|disgusted|fed\s+up)|(?:judging|laughing\s+at|talking\s+about|gossiping\s+about|avoiding|ignoring)\s+me|(?:wants?|want)\s+nothing\s+to\s+do\s+with\s+me|(?:is|are|was|were|\w+\s*'\s*(?:s|re))\s+(?:\w+\s+)?(?:mad|angry|upset|annoyed|disappointed|cross|fed\s+up)\s+(?:at|with|in)\s+me|(?:not|isn\s*'?\s*t|aren\s*'?\s*t|wasn\s*'?\s*t|weren\s*'?\s*t)\s+(?:really\s+|even\s+)?interested\s+in\s+me",
            0.8,
        ),
        Rule(
            r"(?:he|she|they|people|everyone|everybody)\s+(?:must|probably|obviously|clearly|secretly|all)\s+(?:think|thinks|believe|believes|feel|feels|know|knows|see|sees)",
            0.85,
        ),
        Rule(
            r"(?:he|she|they|people|everyone|everybody|my\s+\w+|the\s+\w+|\w+)\s+(?:probably\s+|must\s+|definitely\s+|obviously\s+|clearly\s+|all\s+|surely\s+|secretly\s+)?(?:think|thinks|thought|believe|believes|see|sees|saw|view|views|consider|considers|judge|judges|judged|know|knew|knows)\s+(?:that\s+)?(?:i\s*'?\s*m|i\s+am|i\s+was|me\s+as|i\s+look|i\s+(?:would|will|'?\s*ll)|me)",
            0.9,
        ),
        Rule(
            r"(?:he|she|they|people|everyone|everybody|my\s+\w+|the\s+\w+)\s+(?:probably\s+|must\s+|obviously\s+|clearly\s+|just\s+|really\s+|secretly\s+)?(?:doesn\s*'?\s*t|don\s*'?\s*t|does\s+not|do\s+not|didn\s*'?\s*t|did\s+not|won\s*'?\s*t|never)\s+(?:really\s+|even\s+)?(?:like|love|care\s+(?:about|for|what)|want|respect|trust|enjoy)\s+(?:me|to\s+(?:be|see|talk|hang|go)|what\s+i|the\s+way\s+i|my)",
            0.9,
        ),
        Rule(
            r"(?:he|she|they|people|everyone|everybody|my\s+\w+)\s+(?:probably\s+|must\s+|secretly\s+|obviously\s+)?(?:hates?|despises?|resents?|is\s+(?:avoiding|ignoring|judging|laughing\s+at|mad\s+at|angry\s+(?:at|with)|annoyed\s+(?:at|with)|bored\s+(?:of|with)|disappointed\s+in|sick\s+of|tired\s+of)|are\s+(?:avoiding|ignoring|judging|laughing\s+at|mad\s+at|angry\s+(?:at|with)|annoyed\s+(?:at|with)|bored|talking\s+about))\s+(?:me|us)|look\s+down\s+(?:up)?on\s+me|(?:he|she|they|people)\s*(?:'?\s*s|'?\s*re|is|are)\s+(?:\w+\s+)?(?:avoiding|ignoring|insulting|judging)\s+me",
            0.9,
        ),
        Rule(
            r"(?:maybe|probably|obviously|clearly|must\s+(?:have|be))\s+(?:he|she|they|people|my\s+\w+|the\s+\w+|it\s+means|everyone)|(?:i\s*'?\s*m|i\s+am)\s+(?:annoying|boring|bothering|a\s+bother)\s+(?:him|her|them|my\s+\w+|everyone|people)|worried\s+i\s*'?\s*m\s+(?:annoying|boring|bothering)|(?:i\s+)?must\s+have\s+(?:done|said)\s+something|(?:not|n'?\s*t)\s+the\s+kind\s+of\s+(?:person|guy|girl)\s+(?:that\s+|who\s+)?(?:she|he|they|people)|(?:she|he|they)\s+(?:knew|know)\s+(?:that\s+)?i|(?:i\s+)?(?:can\s+)?tell\s+(?:that\s+)?(?:he|she|they)|made\s+a\s+(?:terrible\s+|big\s+|huge\s+)?mistake\s+(?:by\s+)?choosing\s+me",
            0.8,
        ),
        Rule(
            r"(?:they|he|she|people|everyone)\s+(?:will|'?\s*ll|would|must|probably)\s+(?:think|see|judge|laugh|notice)",
            0.8,
        ),
        # What others are doing to me, read from outside as if it were known.
        Rule(
            r"(?:he|she|they|people|everyone|everybody|my\s+\w+|the\s+\w+)\s*(?:is|are|was|were|'\s*s|'\s*re)\s+(?:\w+\s+)?(?:making\s+fun\s+of|mocking|hiding\s+(?:something|things|stuff)\s+from|lying\s+to|using|pitying|humou?ring|pretending\s+to\s+(?:like|care\s+about)|tired\s+of|sick\s+of|fed\s+up\s+with|bored\s+(?:of|with|by)|embarrassed\s+(?:of|by)|ashamed\s+of|against|out\s+to\s+get|trying\s+to\s+(?:get\s+rid\s+of|hurt|humiliate|embarrass|avoid))\s+me",
            0.85,
        ),
        # A question about someone else's mind, asked as if the answer were feared known.
        Rule(
            r"(?:does|do|did|would|will|could)\s*(?:n\s*'?\s*t)?\s+(?:he|she|they|anyone|anybody|nobody|no\s*one|people|everyone|my\s+\w+)\s+(?:not\s+|even\s+|really\s+|still\s+)?(?:care|like|love|want|respect|notice|hate|think|trust|value|mind)\b[^.?!]{0,40}?\b(?:me|us|my|i|about\s+me)",
            0.6,
        ),
    ],
    "negative_feeling": [
        Rule(
            rf"(?:i|i\s*'?\s*m|i\s+am|i\s+was|i\s*'?\s*ve\s+been|feeling|feel|felt|i\s+feel|i\s+felt|i\s+get|i\s+got|i\s+become|i\s+became)\s+(?:so\s+|really\s+|very\s+|quite\s+|too\s+|just\s+|always\s+|constantly\s+|extremely\s+|incredibly\s+|completely\s+|totally\s+|kind\s+of\s+|sort\s+of\s+|a\s+bit\s+|pretty\s+|super\s+|deeply\s+|still\s+|and\s+)*{_FEEL}",
            0.6,
        ),
        Rule(
            rf"(?:so\s+much|full\s+of|filled\s+with|overwhelmed\s+(?:by|with)|drowning\s+in)\s+(?:\w+\s+)?{_FEEL}|lost\s+all\s+hope|i\s+hate\s+(?:everyone|everything|my\s+life|it|this|people|\w+s)|can\s*'?\s*t\s+(?:take|stand|get\s+through|escape|handle)\s+(?:it|this)|fuck\s+(?:you|this|it)|kill\s+me|(?:crying|cried|cry)\b|sigh",
            0.6,
        ),
        Rule(
            r"(?:loneliness|worthlessness|abandonment|grief|sadness|anxiety|depression|despair|guilt|shame|hopelessness|exhausted|exhaustion|numb|angry|anger|frustrat\w*|upset|annoyed|hurt|miserable|stressed|scared|afraid|alone)",
            0.5,
        ),
    ],
    "overgeneralizing": [
        Rule(
            r"(?:i|he|she|they|you|it|people|everyone|this|my\s+\w+|the\s+\w+|birds)\s+(?:\w+\s+)?(?:always|never|constantly|forever)|(?:always|never)\s+(?:\w+\s+)?(?:do|get|does|gets|make|makes|happen|happens|work|works|going|will|be|fail|lose|find|have|had)",
            0.85,
        ),
        Rule(
            r"(?:every\s*(?:time|single\s+time|day)|all\s+the\s+time|each\s+time|whenever|again\s+and\s+again|over\s+and\s+over|as\s+usual|like\s+usual|once\s+again|yet\s+again|(?:late|wrong|failed|messed\s+up|screwed\s+up)\s+again|no\s*one\s+(?:ever\s+)?(?:cares|likes|loves|wants|understands|listens|calls|helps)|nobody\s+(?:ever\s+)?(?:cares|likes|loves|wants|understands|listens|calls|helps)|everyone\s+(?:always|hates|leaves|ignores|in\s+my\s+life)|everybody\s+(?:always|hates|leaves|ignores)|(?:at|in)\s+everything|everything\s+(?:always|i\s+do)|nothing\s+ever|any\s*more|anymore|only\s+pay\s+attention|never\s+get\s+what\s+i|keep\s+(?:failing|losing|getting|messing|screwing|making)|just\s+like\s+(?:last|before|every))",
            0.8,
        ),
        Rule(
            r"(?:always|never|everyone|everybody|nobody|no\s+one|everything|nothing|all\s+(?:of\s+)?(?:them|my|the)|every\s+\w+)",
            0.6,
        ),
        Rule(r"(?:i\s+)?(?:don\s*'?\s*t|do\s+not)\s+have\s+(?:what\s+it\s+takes|enough|any)|i\s+hate\s+to\s+be", 0.6),
    ],
    "personalizing": [
        Rule(
            r"i\s+(?:must|might|probably)\s+(?:have\s+)?(?:upset|annoyed|hurt|offended|angered|disappointed|bored)\s+(?:him|her|them|everyone|my\s+\w+)",
            0.85,
        ),
        # Taking the cause on oneself: letting people down, being the one who made it go wrong.
        Rule(
            r"i\s+(?:\w+\s+)?(?:let|letting|have\s+let|'?\s*ve\s+let)\s+(?:\w+\s+){0,3}down|i\s+(?:hurt|upset|disappointed|annoyed|offended)\s+(?:him|her|them|everyone|everybody|my\s+\w+|the\s+\w+)|i\s+failed\s+(?:him|her|them|everyone|everybody|my\s+(?:\w+\s+)?(?:family|kids|children|son|daughter|mother|mum|mom|father|dad|parents|partner|wife|husband|friends?|team|class|students|sister|brother))|i\s+(?:made|make|have\s+made|'?\s*ve\s+made)\s+(?:him|her|them|everyone|everybody|my\s+\w+)\s+(?:so\s+|really\s+)?(?:sad|upset|angry|mad|cry|worried|unhappy|miserable|leave|hate\s+me|uncomfortable|disappointed)|(?:must|might|probably)\s+(?:be|have\s+been)\s+(?:because\s+of\s+)?(?:me|something\s+i)|(?:it|this|that)\s*(?:'?\s*s|\s+is|\s+was)\s+(?:all\s+)?on\s+me|(?:due\s+to|thanks\s+to)\s+(?:me|my\s+(?:mistake|carelessness|laziness))",
            0.8,
        ),
        Rule(
            r"(?:my|our)\s+(?:own\s+)?fault|because\s+of\s+(?:me|us|my\s+(?:mistake|failure|inabilit\w+|fault))|blame\s+(?:myself|me)|i\s*'?\s*m\s+(?:to\s+blame|responsible|the\s+reason|the\s+cause|the\s+problem)|i\s+(?:was|am)\s+(?:responsible|the\s+(?:reason|cause|problem)|to\s+blame)",
            0.95,
        ),
        Rule(
            r"(?:if\s+(?:only\s+)?i\s+(?:had|hadn\s*'?\s*t|had\s+not|were|was|did|didn\s*'?\s*t|would\s+have|could\s+have|'?\s*d)|if\s+only\s+i)|would\s+(?:be\s+fine|not\s+have|n'?\s*t\s+have)\s+(?:\w+\s+){0,3}if\s+i|wouldn\s*'?\s*t\s+have\s+happened|would\s+(?:be|have\s+been)\s+(?:fine|ok|okay|different)\s+if\s+i",
            0.9,
        ),
        Rule(
            r"because\s+i\s+(?:\w+\s+)?(?:wasn\s*'?\s*t|was\s+not|didn\s*'?\s*t|did\s+not|failed|am\s+not|'?\s*m\s+not|did\s+something|said|was|am|'?\s*m|couldn\s*'?\s*t|can\s*'?\s*t|made|forgot)|(?:what|something)\s+(?:did\s+)?i\s+(?:did|do|done|said|say)\s+(?:\w+\s+){0,2}(?:wrong|to\s+(?:foul|mess|screw|cause))|i\s+(?:must\s+have\s+)?(?:did|done|said)\s+something\s+wrong|i\s+(?:caused|made|have\s+made|'?\s*ve\s+made|ruined|spoiled|spoilt)\s+(?:this|it|the\s+\w+|things|matters|everything|him|her|them)(?:\s+\w+)?\s*(?:worse|happen|\w+)?",
            0.9,
        ),
        Rule(
            r"(?:caused|cause)\s+(?:the\s+\w+\s+)?(?:to|this|it)|(?:am|is|are)\s+(?:it|this)\s+(?:because\s+of\s+)?(?:me|something\s+i)|am\s+i\s+(?:not\s+)?(?:doing|explaining|good|enough)|(?:spoilt|spoiled|ruined)\s+because|responsible\s+for\s+(?:her|his|their|everyone|my)|i\s+(?:should|could)\s+have\s+(?:stopped|prevented|saved|helped|done\s+more)|not\s+(?:a\s+)?good\s+enough\s+(?:sister|brother|mother|father|friend|daughter|son|wife|husband|partner)|(?:not|n'?\s*t)\s+(?:attractive|interesting|fun|good|smart|pretty)\s+enough|doing\s+enough",
            0.8,
        ),
    ],
    "should_statements": [
        Rule(
            r"(?:i|you|he|she|they|we|it|this|that|people|everyone|the\s+\w+|my\s+\w+)\s+(?:\w+\s+)?(?:should|shouldn\s*'?\s*t|shouldnt|should\s+not|should\s*'?\s*ve|ought\s+to|oughtn\s*'?\s*t|must\s+always|must\s+never|must\s+not|mustn\s*'?\s*t)",
            0.9,
        ),
        Rule(
            r"should|shouldn\s*'?\s*t|shouldnt|ought\s+to|supposed\s+to|must\s+be\s+(?:well|perfect|better|able|good|strong|done)|must\s+have\s+been\s+(?:perfect|better)|must\s+have\s+(?:\w+ed|done|known)|have\s+to\s+be\s+(?:perfect|the\s+best|better|strong)|(?:need|needs|have|has|got)\s+to\s+(?:be\s+)?(?:perfect|always|never|stop|be\s+better|do\s+better|try\s+harder|get\s+it\s+right)",
            0.75,
        ),
        Rule(r"(?:i\s+|you\s+)(?:must|have\s+to|need\s+to|got\s+to|gotta)\s+(?:\w+\s+)?", 0.45),
    ],
}

DETECTORS = {trap: Detector(trap, rules) for trap, rules in R.items()}

# When no trap fits, a sentence that still carries a painful or failing word is shown as a
# painful feeling, weakly: a mirror of the tone, not a claim about a thinking habit. It runs
# only for sentences no detector matched, so it never outranks a clearer trap.
FALLBACK_TRAP = "negative_feeling"
FALLBACK_SCORE = 0.3
_PAINFUL_WORDS = (
    "bad",
    "worse",
    "worst",
    "wrong",
    "awful",
    "terrible",
    "horrible",
    "hate",
    "hated",
    "hating",
    "fail",
    "failed",
    "failing",
    "failure",
    "mistake",
    "mistakes",
    "lost",
    "lose",
    "losing",
    "alone",
    "rejected",
    "ignored",
    "left out",
    "problem",
    "problems",
    "struggle",
    "struggling",
    "hard",
    "difficult",
    "can't",
    "cant",
    "cannot",
    "couldn't",
    "hurt",
    "hurts",
    "pain",
    "painful",
    "sick",
    "broke",
    "fired",
    "dumped",
    "broke up",
    "argument",
    "fight",
    "fought",
    "yelled",
    "shouted",
    "criticised",
    "criticized",
    "blamed",
    "mess",
    "messed up",
    "screwed up",
    "unfair",
    "embarrassing",
    "humiliating",
    "sorry",
    "regret",
    "afraid",
    "scared",
    "worried",
    "worry",
    "sad",
    "upset",
    "angry",
    "lonely",
    "stressed",
    "anxious",
    "nervous",
    "tired",
    "exhausted",
    "overwhelmed",
    "guilty",
    "ashamed",
    "crying",
    "cried",
    "sadness",
    "lonely",
    "worrying",
    "depressed",
    "stress",
    "hopeless",
    "heartbroken",
    "devastated",
    "jealous",
    "envious",
    "embarrassed",
    "terrified",
    "miserable",
    "disappointed",
    "unhappy",
    "fear",
    "panic",
    "tears",
    "cry",
    "isolated",
    "grief",
    "grieving",
    "dread",
    "dreading",
    "furious",
    "irritated",
    "annoyed",
    "frustrated",
    "bitter",
    "insecure",
    "helpless",
    "powerless",
    "drained",
    "empty",
    "numb",
    "abused",
    "shame",
)
FALLBACK = Detector(
    FALLBACK_TRAP, [Rule(alt(w.replace(" ", r"\s+").replace("'", r"\s*'?\s*") for w in _PAINFUL_WORDS), FALLBACK_SCORE)]
)
