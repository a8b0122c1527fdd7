"""Own cases of a look-alike family, both ways. The crisis cases must be found. The look-alikes are still
flagged (marked not yet): the reading that cleared them was taken out on 2026-12-06.

A person in a film, a book, a podcast or a poem, told of just before the risk words, is not the writer:
"Watched a documentary about a climber who took his own life." It is when the writer sees themself in
them, or says something of their own risk in the same sentence ("...and I've picked the same bridge")."""

from __future__ import annotations

from tests.support.crisis_cases import assert_new_cases, crisis_tests

THE_WRITER_IN_IT = [
    "Read a novel where the gardener walks into the lake and thought, that's the way I'd want to go.",
    "Watched a documentary where the climber jumps, and I felt jealous of how quiet it looked.",
    "Read a story about a girl who cuts herself and I'm going to do it again tonight.",
    "Watched a film about a man who drives off a cliff and I want to kill myself too.",
    "Watched a series where the soldier shoots himself, and I've got my own gun ready.",
    "Read a memoir about a woman who starved herself and I'm planning to stop eating for good.",
    "Watched a film where a carpenter leaves a note on his workbench, and I realised I've already written mine.",
    "Read a book where the widow swallows her pills, and I want to kill myself the same way.",
    "Saw a play about a woman who drowns herself and I wish I had the nerve to do it too.",
    "Watched a film where the soldier takes his own life and I've been suicidal all week.",
    "The novel about the boy who hangs himself is the only thing that makes sense to me, I want to die.",
    "Watched a show where the mum overdoses and thought, I've got more pills than she had.",
    "Listened to a podcast about a poet who killed herself and I'm ready to follow her.",
]

SOMEONE_IN_A_WORK = [
    "Read a novel where the lighthouse keeper walks into the sea in the last chapter; beautiful prose.",
    "The podcast host described her overdose at nineteen so calmly that I listened to it twice on the bus.",
    "Saw a play about a farmer who hangs himself in the barn, and the whole audience sat silent at the end.",
    "Watched a series where the detective's partner jumps from the car park roof in episode two.",
    "Listened to an audiobook about a soldier who shoots himself after coming home; the narrator was superb.",
    "Watching a drama where the mother stockpiles her pills, and the writing is so careful about it.",
    "Finished a memoir about a woman who tried to drown herself at twenty and now runs a charity.",
    "The film about the miner who walks onto the railway line won the prize, and our class discussed it.",
]

# Not yet read rightly: a reading of this family cleared these on 2026-12-06, but it also cleared crisis
# said in the same shape (test_language_crisis_readings_reviewed.py), so it was taken out. They stay as the
# target for a reading that clears them and none of those.
SOMEONE_IN_A_WORK_NOT_YET = [
    "Watched a documentary about a climber who took his own life after the accident, and rang my dad afterwards.",
    "My protagonist writes a goodbye letter to her sister in chapter nine, and I can't get the tone right.",
]

test_the_writer_seeing_themself_in_it_is_crisis, test_someone_in_a_work_is_not_the_writer = crisis_tests(
    THE_WRITER_IN_IT, SOMEONE_IN_A_WORK, look_alikes_not_yet=SOMEONE_IN_A_WORK_NOT_YET
)


def test_own_cases():
    assert_new_cases(THE_WRITER_IN_IT, SOMEONE_IN_A_WORK + SOMEONE_IN_A_WORK_NOT_YET, 10)
