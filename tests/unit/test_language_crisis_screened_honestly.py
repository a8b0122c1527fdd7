"""Own cases of a look-alike family, both ways. The crisis cases must be found. The look-alikes are still
flagged (marked not yet): the reading that cleared them was taken out on 2026-12-06.

A screening question answered no, with a word beside the no that says it is true ("I said no and it was
true", "Honest answer: no."), or a form's list answered item by item, is not crisis language. A no that is
taken back anywhere after it is: a lie, a "but", a reason to hide, a risk told next ("I said no. Honestly,
it's all I think about.")."""

from __future__ import annotations

from tests.support.crisis_cases import assert_new_cases, crisis_tests

TAKEN_BACK = [
    "Wellbeing questionnaire at work: stress high, thoughts of ending my life yes, every day.",
    "Sleep clinic questionnaire: thoughts of hurting myself no, but that was a lie and I've got the pills.",
    "The practice nurse asked if I'd had thoughts of ending my life. I said no. Honestly, it's all I think about.",
    "The locum asked whether I'd had thoughts of killing myself. I said no, honestly, so she wouldn't worry.",
    "My keyworker asked whether I'd felt I'd be better off dead. Said no and meant it at the time; tonight is different.",  # noqa: E501
    "The form asked about thoughts of harming myself. Ticked no, truthfully a lie.",
    "The midwife asked if I'd had thoughts of hurting myself. I said no, honestly, because yes means they take the baby.",  # noqa: E501
    "Dad asked if I ever think about ending my life. I said no, honestly no, but the pills are already counted.",
    "The GP asked if I'd had thoughts of ending my life. I said no. The truth is I've written the note.",
    "Student services asked if I had thoughts of suicide. I answered no, honest, because I didn't want to be sectioned.",  # noqa: E501
    "The nurse asked if I wanted to die. Honestly, no; I want to kill myself, which is different.",
    "Screener asked if I'd had thoughts of hurting myself. Said no and meant it, except I still cut last night.",
]

ANSWERED_NO_TRULY = []

# Not yet read rightly: a reading of this family cleared these on 2026-12-06, but it also cleared crisis
# said in the same shape (test_language_crisis_readings_reviewed.py), so it was taken out. They stay as the
# target for a reading that clears them and none of those.
ANSWERED_NO_TRULY_NOT_YET = [
    "Sleep clinic questionnaire: snoring yes, daytime naps yes, thoughts of hurting myself no.",
    "Wellbeing questionnaire at work: stress high, workload high, thoughts of ending my life none.",
    "The practice nurse asked if I'd had thoughts of ending my life. I said no, and it was the truth.",
    "Pharmacist's checklist asked about thoughts of harming myself. Honestly no, I'm only here for the hay fever.",
    "My keyworker asked whether I'd felt I'd be better off dead this month. Answered no, truthfully.",
    "The midwife asked if I'd had thoughts of hurting myself. I said no and meant it; the baby is the tiredest thing.",
    "Student services form asked about thoughts of ending my life. Ticked never, and for once that was true.",
    "The chaplain asked if I wished I was dead. Honest answer: no. I wish my knees worked.",
    "Housing officer asked if I'd had thoughts of harming myself since the eviction notice. I said no, honestly, just furious.",  # noqa: E501
    "The sleep clinic questionnaire asked about thoughts of being better off dead. I ticked not at all and meant it.",
    "Dad asked if I ever think about ending my life since the divorce. I could tell him no and mean it.",
    "The locum asked whether I'd had thoughts of killing myself. I shook my head, honestly, and she moved on to my blood pressure.",  # noqa: E501
]

test_a_no_taken_back_is_crisis, test_a_true_no_to_a_screening_question_is_not_crisis = crisis_tests(
    TAKEN_BACK, ANSWERED_NO_TRULY, look_alikes_not_yet=ANSWERED_NO_TRULY_NOT_YET
)


def test_own_cases():
    assert_new_cases(TAKEN_BACK, ANSWERED_NO_TRULY + ANSWERED_NO_TRULY_NOT_YET, 10)
