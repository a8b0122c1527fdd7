"""Kinds of crisis wording that came late (metaphor, euphemism, texting, many Englishes), each
with look-alikes in the same words. These cases are not training sentences for the second
opinion (scripts/build_crisis_model.py does not read this file): the rules must carry them.
"""

from __future__ import annotations

from tests.support.crisis_cases import by_kind, crisis_tests

KINDS: dict[str, tuple[list[str], list[str]]] = {
    "not_coming_back": (
        [
            "gonna drive out to the reservoir after dark and not come back",
            "i'll walk out past the headland tonight and never come back",
        ],
        [
            "we'll go up the hill and not come back until the meteor shower's over",
            "Going to Lisbon in June and never coming back to this grey weather, ha.",
        ],
    ),
    "at_peace_with_going": (
        [
            "I'm at peace with dying now, it doesn't scare me any more.",
            "made my peace with leaving, I just have to pick when",
        ],
        [
            "I'm at peace with going part-time, the money will be fine.",
            "She's made her peace with leaving the band.",
        ],
    ),
    "the_problem_removes_itself": (
        [
            "I'm the burden here, and the burden is going to take care of itself.",
            "im the problem so the problem can get rid of itself",
        ],
        [
            "I'm the problem in this group project, so I'll sort out the slides myself.",
        ],
    ),
    "one_step_from_the_edge": (
        [
            "stood at the platform edge for three trains, thinking a single step would do it",
            "leaning on the bridge railing every night thinking just one lean",
        ],
        [
            "stood at the platform edge for three trains, none of them stopped",
        ],
    ),
    "a_mishap_not_minded": (
        [
            "if a cyclist knocked me into the canal tonight i'd honestly think, so be it",
            "tbh if i got hit by a bus tmrw id be at peace with that",
            "praying the flight home doesn't make it, and not because I'm scared of flying",
        ],
        [
            "if a cyclist knocked my coffee over tonight i'd honestly think, so be it",
            "praying the flight home lands on time, I've got work at eight",
        ],
    ),
    "with_the_dead_again": (
        [
            "I just want to be with my mam again, wherever she is.",
            "ready to join my late wife, the house is too quiet",
        ],
        [
            "I just want to be with my mam at Easter, she's in Galway.",
            "I want to go and see my nan, she's been in hospital all week.",
        ],
    ),
    "time_up_at_rest": (
        [
            "my time's come, i've decided and i'm calm about it",
            "I'll be at rest soon and no one will have to carry me.",
        ],
        [
            "My time's up on the parking meter, back in five.",
            "I'll be at rest on a sun lounger in Crete by Friday.",
        ],
    ),
    "means_kept_for_courage": (
        [
            "keeping the blade in my sock drawer till i'm brave enough",
            "the pills are in my bag for when I find the nerve",
        ],
        [
            "I'll ask him out when I'm brave enough, maybe.",
        ],
    ),
    "six_feet_under": (
        [
            "honestly i'll be pushing up daisies before the summer, and good",
            "I want to be six feet under, not sat in this flat.",
        ],
        [
            "My grandad's been pushing up daisies since 1998, bless him.",
            "I'd rather be six feet under than sing at the office party.",
        ],
    ),
    "a_whole_pack_swallowed": (
        ["swallowed the whole strip of my sleeping tablets an hour ago"],
        ["swallowed the whole bottle of cough mixture in one go as a kid, yuck"],
    ),
    "trading_places_with_the_dead": (
        ["honestly i'd swap places with anyone in the cemetery tonight"],
        ["I'd swap places with anyone in the front row at that gig."],
    ),
    "a_day_when_i_stop": (
        [
            "the last friday of the month is when i stop, it's all sorted",
            "wait for the bonus to clear, then I'm done for good.",
        ],
        ["Half five is when I stop for tea."],
    ),
    "means_put_by_or_near": (
        [
            "two months of my sleeping tablets tucked away in a shoebox",
            "got some tubing and gaffer tape, they're in the garage now",
            "slept with the razor under my pillow again",
            "every night on the footbridge i lean that bit further",
        ],
        [
            "two months of my vitamin tablets tucked away in the cupboard, bought in the sale",
            "leaned a bit further over the balcony to see the parade",
        ],
    ),
    "out_past_coming_back": (
        ["want to swim out past the buoys till i can't get back"],
        ["swam out past the buoys till I was knackered, then floated back in"],
    ),
    "fine_not_being_here_for_it": (
        [
            "won't be around for my niece's christening and I'm at peace with that",
            "the kindest thing for everyone is for me to go for good",
        ],
        ["Won't be around for the christening, I'm in Leeds that week, and I'm fine with that."],
    ),
    "affairs_for_afterwards": (
        ["put my passwords and the will in the top drawer for whoever has to deal with it"],
        ["wrote the wifi password on the fridge for whoever needs it at the party"],
    ),
    "quoted_by_someone_else": (
        [],
        [
            '"I\'m going to jump!" my niece yelled from the top board.',
            '"I want to die," the actor wails, and the audience gasps.',
        ],
    ),
}
POSITIVES, LOOK_ALIKES = by_kind(KINDS)

test_each_kind_is_recognised, test_its_look_alikes_are_not = crisis_tests(POSITIVES, LOOK_ALIKES, pair_ids=True)
