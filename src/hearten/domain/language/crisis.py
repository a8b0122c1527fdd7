"""Crisis language: thoughts of suicide, self-harm or a plan. Errs towards safety; idioms stay out."""

from __future__ import annotations

from .engine import Detector, Rule

_A = r"\s*'?\s*"  # an apostrophe that may be missing or spaced
_ME = r"(?:my\s*self|my\s+own\s+self|me\s+self|myslef|mysef|myelf|meself)"
_KILL = r"(?:kill|kil|kll|kilk|klil|unalive)(?:ing|ed|s)?"
_WANT = r"(?:want|wanna|wanted|wnat|wamt|wants|wish|wished|wishing|ready|going|gonna|gunna|planning|plan|need|trying|tryna|deserve|deserved|hope|prefer|rather|would\s+like|d\s+like)"
_DIE = r"(?:die|dye|dead|died|be\s+dead|not\s+(?:exist|be\s+alive|be\s+here|live|wake\s+up)|stop\s+existing|cease\s+to\s+exist|disappear\s+forever|sleep\s+forever|never\s+wake\s+up|end\s+it)"

RULES = [
    # suicide and its common misspellings: suicidal, sucidal, suiside, suicde, suecide ...
    Rule(r"s+u+[eiy]?(?:c|s|sc|cs)[iey]?d+(?:e|es|al|ally|ality|ial)", 1.0),
    Rule(r"suacide|soocide|sewercide|suiscide|sucicide|suicid|suicidial|suicidle", 1.0),
    Rule(rf"{_KILL}\s+{_ME}", 1.0),
    Rule(r"(?<!\d\s)(?<!\d)kms|killmyself|killmyslef|kys\s+myself", 1.0),
    Rule(rf"(?:i|just|please|someone|somebody)\s+(?:\w+\s+)?(?:{_KILL})\s+me\s+(?:now|already|please)|(?:someone|somebody|anyone|pls|plz|please)\s+(?:please\s+|pls\s+|just\s+)?{_KILL}\s+me", 0.9),
    Rule(rf"{_WANT}\s+(?:to\s+|ta\s+|2\s+)?(?:just\s+|really\s+|simply\s+|finally\s+)?{_DIE}", 1.0),
    Rule(rf"(?:i|id|i{_A}d|i\s+would)\s+(?:just\s+)?(?:rather\s+be|be\s+better|be\s+happier)\s+(?:dead|gone)", 1.0),
    Rule(rf"(?:wish|wished|wishing)\s+(?:that\s+)?(?:i|i{_A}d)\s+(?:was|were|had|could|would|had\s+never|never|hadn{_A}t|wasn{_A}t)\s+(?:be\s+|been\s+)?(?:dead|gone|born|never\s+born|not\s+born|die|disappear|not\s+wake\s+up|sleep\s+forever|fall\s+asleep\s+and\s+never|never\s+wake)", 1.0),
    Rule(r"(?:wish|hope|pray)\s+(?:that\s+)?i\s+(?:don{_A}t|dont|do\s+not|wouldn{_A}t|won{_A}t|never)\s+wake\s+up".replace("{_A}", _A), 1.0),
    Rule(rf"(?:end|ending|ended|take|taking|took)\s+(?:it\s+all|my\s+(?:own\s+)?life|my\s+own\s+life|my\s+life|it\s+tonight|it\s+for\s+good|everything\s+tonight|my\s+existence)", 1.0),
    Rule(r"end\s+it\s+(?:all|now|today|tonight|soon|for\s+good|forever)", 1.0),
    Rule(rf"(?:don{_A}t|dont|do\s+not|didn{_A}t|no\s+longer|not|never)\s+(?:really\s+|even\s+)?(?:want|wanna|wish|care|feel\s+like\s+i\s+want)\s+(?:to\s+)?(?:be\s+(?:here|alive|around)|live|exist|keep\s+living|go\s+on|continue\s+(?:living|with\s+(?:this\s+)?life)|wake\s+up)(?:\s+any\s*more|\s+any\s+longer)?", 1.0),
    Rule(r"(?:better\s+off|happier|be\s+better)\s+(?:without\s+me|if\s+i\s+(?:was|were|wasn\s*'?\s*t|weren\s*'?\s*t|died|was\s+dead|were\s+dead|was\s+gone|were\s+gone|never|didn\s*'?\s*t|disappeared)|with\s+me\s+(?:dead|gone))", 1.0),
    Rule(rf"(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving|punish|punishing|hit|hitting|injure|injuring|choke|choking|drown|drowning|hang|hanging|shoot|shooting|poison|poisoning|stab|stabbing)\s+{_ME}", 1.0),
    Rule(r"self[\s-]*(?:harm|harming|injury|injure|injuring|mutilat\w*|destruct\w*|hurt)|relapsed\s+(?:on|into)\s+(?:cutting|self)", 1.0),
    Rule(r"(?:over\s*dos\w*|overdos\w*|od\s+on|o\.d\.?\s+on|od\s*'?\s*d|take\s+(?:all\s+)?(?:of\s+)?(?:my|the|these|those)\s+pills|swallow\w*\s+(?:all\s+)?(?:the\s+|my\s+)?pills|slit\w*\s+my\s+wrists?|cut\w*\s+my\s+wrists?|jump\w*\s+(?:off|from|in\s+front\s+of)\s+(?:a|the|this|that)\s+(?:bridge|roof|building|train|cliff|balcony|window|car|bus)|noose)", 1.0),
    Rule(r"(?:no|nothing|zero|not\s+a\s+single|not\s+any|don\s*'?\s*t\s+have\s+a|dont\s+have\s+a|can\s*'?\s*t\s+find\s+a(?:ny)?|lost\s+my|lost\s+the|not\s+a)\s+(?:\w+\s+)?(?:reason|point|purpose)s?\s+(?:to\s+|in\s+|for\s+)(?:live|living|go\s+on|going\s+on|be\s+alive|staying\s+alive|stay\s+alive|keep\s+going)|nothing\s+(?:left\s+)?to\s+live\s+for|(?:life|living|my\s+life)\s+(?:is\s*n'?\s*t|is\s+not|isnt|s\s+not|'s\s+not)\s+worth\s+(?:living|it\s+any\s*more)|not\s+worth\s+living", 1.0),
    Rule(rf"(?:i\s+(?:have|{_A}ve\s+got|ve\s+got|got|made|have\s+made|{_A}ve\s+made|ve\s+made|came\s+up\s+with)|there\s+is)\s+(?:a|my|the)\s+plan\s+(?:to|for|of\s+how\s+to|how\s+to)\s+(?:\w+\s+){{0,4}}?(?:die|dying|end|ending|kill|killing|overdose|od|hurt|hang|jump|do\s+it|go\s+through\s+with|myself|it\s+tonight|tonight|goodbye|not\s+be\s+here|disappear|leave\s+this\s+world)", 1.0),
    Rule(r"(?:i|i\s*'?\s*ve)\s+(?:wrote|written|writing|left|leave)\s+(?:a|my)\s+(?:suicide|goodbye)\s+(?:note|letter)|(?:goodbye|suicide)\s+note", 1.0),
    Rule(r"(?:can\s*'?\s*t|cannot|cant)\s+go\s+on\s+(?:living|like\s+this\s+any\s*more|any\s*more|any\s+longer)", 0.9),
    Rule(r"(?:thoughts?|thinking|thought)\s+(?:of|about)\s+(?:dying|death|ending\s+(?:it|things|my\s+life)|killing\s+myself|not\s+being\s+here|hurting\s+myself)", 0.9),
    Rule(r"(?:i\s+)?(?:want|wanna|wish)\s+(?:to\s+)?(?:disappear|vanish)\s+(?:forever|for\s+good|permanently)", 0.9),
    Rule(r"(?:life|world|everyone)\s+(?:would\s+be|is)\s+better\s+(?:off\s+)?without\s+me", 1.0),
]

DETECTOR = Detector("crisis", RULES)
