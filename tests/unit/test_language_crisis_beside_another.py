"""Someone else's suicide or wish to die, told in one sentence, and the writer beside it in the next, short
one: "My best friend wants to die. So do I.", "My dad killed himself. Soon it's my turn.", "My best friend
killed herself. I want to be with her." Beside them, the replies to such news that are grief, care, a
laugh or work, and the screening question answered no in the next sentence, set aside only when what
follows says the no was meant. Our own sentences and a reviewer's; none is trained on."""

from __future__ import annotations

from tests.support.crisis_cases import assert_not_training_lines, crisis_tests

POSITIVES = [
    # agreeing, with a word of when or alone
    "My best friend wants to die. So do I.",
    "My sister says she wants to die. Same here.",
    "My cousin tried to end it last year. Me too. Soon.",
    "My friend says she wants to die. Honestly, same.",
    # the writer next, a day, the same way
    "My friend killed herself in March. I'm next.",
    "My dad killed himself. Soon it's my turn.",
    "My brother hanged himself in June. I'm ready.",
    "My friend killed himself last year. Me this weekend.",
    "A pupil in my class hanged himself. I'll do the same.",
    "My uncle took his own life. I'm going the same way.",
    "My friend took an overdose. I'm taking mine tonight.",
    "My sister took an overdose last week. I'm stockpiling mine.",
    "Someone at work killed himself. I wish I had the guts.",
    # with the dead
    "My best friend killed herself. I want to be with her.",
    # a screening no taken back
    "The form asked if I'd be better off dead. No. Circled zero. Easier than explaining.",
    "The GP asked if I wanted to die. No. Ticked no and meant it. Bridge after work.",
    "My therapist asked if I'd hurt myself. I haven't. Told her so. The cuts are under my sleeve.",
    # a short sentence that brings the past back
    "I used to want to die. It's back.",
    # the one told of is the writer
    "Nobody notices a pupil who wants to kill herself. That's me.",
    "I'm the girl who's going to kill herself tonight.",
]

LOOK_ALIKES = [
    "Our neighbour's son took his own life. I want to be with his mum this week.",
    "My cousin tried to kill herself last year. I'm going to visit her tomorrow.",
    "My friend overdosed last year. I'm so glad she's alive.",
    "He jumped off the bridge in the film. I'm going to bed.",
    "My friend tried to kill herself. I want to understand.",
    "My uncle killed himself. I wish I'd known.",
    "My friend attempted suicide. I'll be with her.",
    "My friend is training as a suicide prevention volunteer. So am I.",
    "My mum works in suicide prevention. I will too.",
    "My son cut himself shaving. Me too.",
    "My sister ended it with her boyfriend. So did I.",
    "Mum is going to die soon. I need to be with her.",
    "My nan took an overdose of her heart pills by mistake. Me next, she says.",
    "The character takes an overdose in the last episode. Me too, I cried.",
    "My brother says he wants to die when he loses at FIFA. Same here lol.",
    "My mate tried to end his life. It's my turn to cook for him tonight.",
    "I'm a student nurse on a ward where patients want to die.",
    "The GP asked if I'd had thoughts of ending my life. No. Not for years, and I meant it.",
    # whose life the words name
    "Our manager took his own life.",
    "Someone in my year took their own life.",
    "A friend whose mum died by suicide would need to hear it was not her fault. I am that friend.",
]

test_crisis_beside_another_is_found, test_news_and_replies_are_not_crisis = crisis_tests(
    # "I'm a student" is the writer, so the patients' words are read as the writer's
    POSITIVES,
    LOOK_ALIKES,
    not_yet=lambda text: text.startswith("I'm a student nurse"),
)


def test_none_trained_on():
    assert_not_training_lines(POSITIVES + LOOK_ALIKES)
