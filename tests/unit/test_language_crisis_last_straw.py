"""Own cases of a look-alike family, both ways. The crisis cases must be found. The look-alikes are still
flagged (marked not yet): the reading that cleared them was taken out on 2026-12-06.

The last straw, said in exasperation, is not crisis language: "If I have to sit through one more fire
drill I'll walk into the sea." The same shape set in earnest is: a condition that is a day to live through,
a failure, a loss or someone hurting the writer, or one whose outcome is plain ("I'll do it", "I'm done",
"I'll be gone") rather than the stock words of the joke (the sea, a jump, a throw, dying)."""

from __future__ import annotations

from tests.support.crisis_cases import assert_new_cases, crisis_tests

IN_EARNEST = [
    "If he hits me one more time I'm going to kill myself.",
    "If I have to live one more day like this I'll throw myself off the bridge.",
    "If I fail one more exam I'm going to jump off the bridge.",
    "If I lose one more job I'm walking into the sea and not coming back.",
    "Told myself if one more letter came from the bailiffs I'd do it. Two came today.",
    "If one more person tells me I'm a burden I'm done, and I know what done means.",
    "If I wake up one more morning in this bed I'll end it, I mean it.",
    "If I hear that song once more I'll walk into the sea; honestly I want to die anyway.",
    "If the voices say it one more time tonight I'm going to jump.",
    "If one more thing goes wrong this week I'm going to kill myself.",
    "One more night like last night and I'm taking all the pills.",
    "If she leaves me one more time I'll be gone for good, and I don't mean moving out.",
]

EXASPERATED = [
    "If the printer eats my form once more I'm throwing myself out the window.",
    "If the toddler sings the shark song once more I will simply die.",
]

# Not yet read rightly: a reading of this family cleared these on 2026-12-06, but it also cleared crisis
# said in the same shape (test_language_crisis_readings_reviewed.py), so it was taken out. They stay as the
# target for a reading that clears them and none of those.
EXASPERATED_NOT_YET = [
    "If I have to sit through one more fire drill I'll walk into the sea.",
    "If my brother explains cricket to me one more time I will jump off the garage roof.",
    "If I get one more spam call about my car warranty I'm walking into the ocean.",
    "One more group chat about the hen do and I'm throwing myself off the pier.",
    "If I have to alphabetise one more shelf I'll throw myself off the ladder.",
    "One more cold coffee and I'll walk into the sea, I swear.",
    "If the landlord texts 'quick question' one more time I'm jumping out the window.",
    "If I have to untangle the fairy lights once more I'll throw myself off the balcony.",
    "If one more customer asks for the manager I'm walking into the sea.",
    "If the football comes over the fence one more time I will kill myself, honestly.",
]

test_a_condition_set_in_earnest_is_crisis, test_the_last_straw_is_not_crisis = crisis_tests(
    IN_EARNEST, EXASPERATED, look_alikes_not_yet=EXASPERATED_NOT_YET
)


def test_own_cases():
    assert_new_cases(IN_EARNEST, EXASPERATED + EXASPERATED_NOT_YET, 12)
