"""Own cases of a look-alike family, both ways.

A screening question answered no in the next sentence, the no said as meant ("I said no, and it was the
truth.", "Honest answer: no."), with nothing after it but how the writer feels instead ("just swamped"), is
not crisis language. A no followed by anything else is mostly still flagged (those look-alikes are marked not
yet; three the word model now reads rightly, the no in one sentence with what follows, are plain cases):
a reading that cleared a no unless a listed word took it back was broken twice by reviewers ("I said no,
honestly. Friday's sorted."; their lines are in test_language_crisis_readings_reviewed.py), since no list of
such words is ever complete. A form's list answered item by item, and a no with no word that it is true,
are still flagged too: a bare no may be the lie a form gets."""

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
    "The therapist asked if I wanted to die. I said no, honestly it was easier than the truth.",
    "My GP asked if I'd thought about ending my life. I said no honestly, though I've been looking at the bridge.",  # noqa: E501
    "The nurse asked if I had thoughts of suicide. Honestly no, not today. Tomorrow I don't know.",
    "The counsellor asked if I wanted to kill myself. I said no. Honestly, I'm not sure what I want.",
    "Doctor asked if I'd hurt myself. I said no and meant it when I said it. By evening I had the razor out.",
    "The nurse asked if I'd had thoughts of ending my life. I said no and meant it at the time. Now I'm not so sure.",  # noqa: E501
    "Counsellor asked if I had a plan to kill myself. I said no, honestly I have three.",
    "The therapist asked if I'd hurt myself this week. I told her no, truthfully, I did it last week.",
    "The doctor asked if I was suicidal. Said no and meant it, but tonight it's back.",
    "GP asked if I'd thought about ending my life. Honest answer: no. Honest answer now: every hour.",
    "Screening asked if I'd be better off dead. Ticked not at all and meant it. Everyone else would be better off, not me.",  # noqa: E501
    "The counsellor asked if I wanted to end it. Said no and meant it. Said goodbye to her anyway.",
    "The GP asked if I had thoughts of harming myself. Truthfully no. I have been hitting my head on the wall though.",  # noqa: E501
    "Friday's sorted. The GP asked if I'd had thoughts of killing myself. No. Not for years.",
    "Got the pills in. The nurse asked if I'd thought about ending my life. I said no, and it was the truth.",
    # a no given for what it gets the writer
    "The nurse asked if I'd had thoughts of hurting myself and I said no so she would let me go home.",
    "The form asked if I'd had thoughts of ending my life, I ticked no because a yes means they keep you in.",
    "My therapist asked if I was having thoughts of killing myself and I said no, but I think of nothing else.",
    "The crisis team asked if I'd hurt myself and I told them no so they'd leave me alone.",
    "GP asked about thoughts of harming myself and I said no, because saying yes means a referral and a fuss.",
]

ANSWERED_NO_TRULY = [
    "The practice nurse asked if I'd had thoughts of ending my life. I said no, and it was the truth.",
    "My keyworker asked whether I'd felt I'd be better off dead this month. Answered no, truthfully.",
    "Housing officer asked if I'd had thoughts of harming myself since the eviction notice. I said no, honestly, just furious.",  # noqa: E501
    "The sleep clinic questionnaire asked about thoughts of being better off dead. I ticked not at all and meant it.",  # noqa: E501
    "My tutor asked whether I'd had thoughts of ending my life this term. I said no and meant it, just swamped.",
    "The occupational therapist asked if I'd thought about hurting myself. Honestly, no. Tired and sore, that's all.",  # noqa: E501
    "The form at the walk-in centre asked about thoughts of suicide. Ticked no, because it's no.",
    "Uni counselling asked if I'd wanted to be dead lately. Truthfully no; homesick and skint.",
    "The nurse asked if I'd had thoughts of hurting myself and I said no, so she moved on to my sleep.",
    "The GP asked about thoughts of harming myself and I said no because it's true, I'm doing well.",
    "The counsellor asked if I'd had thoughts of ending my life and I said no, I think of nothing else but my exams.",
]

# Not yet read rightly: a no followed by more than a feeling, a form's list answered item by item, a nod.
ANSWERED_NO_TRULY_NOT_YET = [
    "Sleep clinic questionnaire: snoring yes, daytime naps yes, thoughts of hurting myself no.",
    "Wellbeing questionnaire at work: stress high, workload high, thoughts of ending my life none.",
    "Dad asked if I ever think about ending my life since the divorce. I could tell him no and mean it.",
    "The locum asked whether I'd had thoughts of killing myself. I shook my head, honestly, and she moved on to my blood pressure.",  # noqa: E501
    "Pharmacist's checklist asked about thoughts of harming myself. Honestly no, I'm only here for the hay fever.",
    "The midwife asked if I'd had thoughts of hurting myself. I said no and meant it; the baby is the tiredest thing.",
    "Student services form asked about thoughts of ending my life. Ticked never, and for once that was true.",
    "The chaplain asked if I wished I was dead. Honest answer: no. I wish my knees worked.",
    "The physio's form asked about thoughts of harming myself. Ticked no, and it was true; it's my hamstring that hates me.",  # noqa: E501
    "The dentist's health form asked if I'd wished I was dead lately. Honest answer: no. I wished the drill would stop.",  # noqa: E501
    "Work's wellbeing check asked about thoughts of suicide. Truthfully, no; payroll stress, mostly.",
    "The health visitor asked if I'd had thoughts of hurting myself. I told her no, honestly, and she smiled at the baby.",  # noqa: E501
    "The student nurse asked if I ever think I'd be better off dead. Said no, and it was the truth. She ticked her box.",  # noqa: E501
]

test_a_no_taken_back_is_crisis, test_a_true_no_to_a_screening_question_is_not_crisis = crisis_tests(
    TAKEN_BACK, ANSWERED_NO_TRULY, look_alikes_not_yet=ANSWERED_NO_TRULY_NOT_YET
)


def test_own_cases():
    assert_new_cases(TAKEN_BACK, ANSWERED_NO_TRULY + ANSWERED_NO_TRULY_NOT_YET, 10)


def test_no_run_of_words_after_the_no_makes_the_reading_backtrack_without_end():
    # Each repeat in the pattern matches one way; a run of "Im" once took seconds per dozen words more.
    from hearten.domain.language import has_crisis

    question = "The doctor asked if I wanted to die. I said no, honestly. "
    assert has_crisis(question + "Im " * 5_000 + "x")  # more than a feeling follows: still flagged
    assert has_crisis(question + "just " * 5_000 + "tired")
    assert not has_crisis(question + ", " * 5_000 + "tired")
