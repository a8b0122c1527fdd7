"""Crisis said without its words, from the kinds a second blind development set (scripts/data/crisis_dev_10.txt,
measured before it was read: recall 0.722) missed: a purpose the writer knows but does not name, a hanging point
sized up, doses worked out, a decision made in calm, a time or a place chosen for when nobody is about, "then
I'll go" with what is left behind, a note that it is not their fault, one last call not explained, standing
orders cancelled, children to be kept, whoever comes first warned, the insurance, the river calling, means
kept back from the box or hidden from the family. Each beside the everyday sentence that shares its words.
Our own sentences, not the set's."""

from __future__ import annotations

from tests.support.crisis_cases import crisis_tests

POSITIVES = [
    "Asked the pharmacist how many of my tablets would be too many, and I know what I was really asking.",
    "Looked at the banisters for a long time and eyed up the rope, I know what I was measuring.",
    "Sized up the beam in the garage to see if it would hold my weight.",
    "Lined up the insulin pens and worked out the numbers in my head.",
    "My mind's made up and I feel calm, lighter than in years.",
    "I'm done. Really done this time.",
    "Nothing anyone says will change what I'm going to do.",
    "Got the time picked: 3am, when the house is asleep.",
    "The old bridge by the mill, early, before the joggers are out.",
    "After the wedding I'll go. Nobody will miss me.",
    "Wrote a letter for Dad so he knows it wasn't his fault.",
    "Called my best mate to hear him laugh one last time, didn't tell him why.",
    "Cancelled the gym and the direct debits, and the phone contract ends Friday.",
    "The kids are at my sister's for the week. She'll be keeping them.",
    "Left a note telling whoever comes in first not to go upstairs.",
    "My children would be better with someone else raising them.",
    "Mum would be better off if I was nowhere.",
    "If I wasn't around, my husband could finally sleep through the night.",
    "They'd get the life insurance and be fine.",
    "Honestly they'd get over it and be better off, less worry about me.",
    "Nobody's called since the funeral. Might as well end it.",
    "No one would come to the funeral, which makes it easier to go.",
    "They keep talking about next Christmas like I'll be there.",
    "Renewed the phone for a month only. That'll be enough.",
    "Let the trains go by on the platform, and the last one I nearly didn't.",
    "The reservoir is so still at night. I'd only have to walk in.",
    "If I slipped off the pier tonight no one on the front would notice.",
    "The canal has been calling me since Sunday.",
    "The trucks come past every four minutes and I've been timing them.",
    "A wave taking me off the boat would be a relief.",
    "I keep hoping the ceiling will fall in on me.",
    "At my age I've started to think about helping myself along.",
    "Checked they're still where I hid them.",
    "Got them today. They're hidden in the garage.",
    "Been keeping a couple back from the blister packs each week.",
    "Moved them to under my pillow. Just in case.",
    "Keeping them in my wardrobe, my husband hasn't noticed.",
    "Told the GP I'd lost my pills so I'd get another box.",
    "I've got enough now. Counted them twice.",
    "I know where the key to the gun cabinet is now.",
]

LOOK_ALIKES = [
    "Asked the pharmacist how many of my tablets I could take with ibuprofen, she was lovely.",
    "Sized up the beam in the garage to see if it could take a swing for the kids.",
    "Worked out the numbers for the insulin pens before the holiday, the prescription runs out in June.",
    "My mind's made up about the job and I feel calm.",
    "Nothing anyone says will change my mind about the tattoo.",
    "The cliff path is best early, before the dog walkers are out, the light is gorgeous for photos.",
    "After the wedding I'll go back to the gym.",
    "Wrote my sister a note so she knows the scratch on the car wasn't her fault, it was me.",
    "Visited Gran in the hospice to hear her voice one last time.",
    "Cancelled the milk and the paper, we're off to Kerala for three weeks to see family.",
    "Cancelled the gym and the phone contract, switching to a cheaper deal.",
    "The kids are at my sister's for the weekend. She'll be keeping them till Monday.",
    "Left a note telling whoever comes to read the meter that the key is under the mat.",
    "My class would be better with someone else teaching them fractions.",
    "If I wasn't here this weekend, my daughter could have the spare room for her friends.",
    "Nearly at the end of the box set, might as well finish it.",
    "That makes it easier to go to the airport early.",
    "Renewed the parking permit for a month only, we're moving in March.",
    "The trains go past every ten minutes and I've been timing them for my commute.",
    "The sea has been calling me all winter, I've booked a surf week in June.",
    "Helping myself along with a walking frame since the hip operation.",
    "Checked the keys are still where I left them by the door.",
    "Keeping the presents in my wardrobe, my husband hasn't found them yet.",
    "I know where the key to the filing cabinet is now, Sue showed me.",
    # a reviewer's everyday sentences for the same rules
    "Checked the rope on the tent and I know what I am doing now, camping pro.",
    "Measured the banisters for the stair gate, not for the dog, for the toddler.",
    "The decision is made and I feel so relieved, we are getting a puppy!",
    "I'm done. Really done this time with that gym.",
    "Got the time set: 6am, before the traffic gets bad.",
    "The bridge is lovely before anyone is up, so quiet.",
    "I told my son the divorce was our doing, so he knows it's not his fault.",
    "Hugged Nan one last time at the airport, didn't tell her I was crying.",
    "Cancelled the milk and the papers for the fortnight.",
    "My daughter found two stray kittens and she'll be keeping them.",
    "My boys would do better with someone else as their coach.",
    "The team would be better off if I was nowhere near the kitchen.",
    "If I wasn't around, the kids could have a lie in.",
    "Having the car makes it easier to go.",
    "Did the trial for a month only. That'll be enough.",
    "The trains go past and the third one I nearly didn't catch.",
    "At low tide I'd only have to wade out to the island.",
    "If I fell off the ladder nobody would hear me, so I wait till Tom is home.",
    "The sea is calling me, can't wait for Cornwall.",
    "Lorries on our road are a nightmare, I've been timing them for the council complaint.",
    "Caffeine is helping me along this week.",
    "Checked they're still where I left them, my keys.",
    "Kept a few back from the box of chocolates for later.",
    "Put it under my pillow, just in case the tooth fairy comes.",
    "Lost my prescription so I'd get another appointment.",
    "I've got enough now, counted them twice, the chairs for the party.",
]

# Said this way, these are still missed: a rule for each (a place before anyone is about, children kept, "if I
# wasn't around", a month only, "them" checked, hidden or moved) raised false alarms on everyday sentences a
# reviewer wrote ("cancelled the milk and the papers for the fortnight", "the sea is calling me, can't wait for
# Cornwall"), so it was left out. Others once listed here (two standing orders cancelled, one last call, water
# calling, lorries timed) are read rightly now.
NOT_YET = {
    "The old bridge by the mill, early, before the joggers are out.",
    "The kids are at my sister's for the week. She'll be keeping them.",
    "If I wasn't around, my husband could finally sleep through the night.",
    "Renewed the phone for a month only. That'll be enough.",
    "Checked they're still where I hid them.",
    "Got them today. They're hidden in the garage.",
    "Moved them to under my pillow. Just in case.",
    "Keeping them in my wardrobe, my husband hasn't noticed.",
}


def _not_yet(text: str) -> bool:
    # The second opinion weighs "finish it" heavily whatever is being finished (a known false alarm, left for now).
    return text in NOT_YET or text.endswith("might as well finish it.")


test_a_purpose_left_unnamed_is_found, test_its_everyday_twin_is_not = crisis_tests(
    POSITIVES, LOOK_ALIKES, not_yet=_not_yet
)
