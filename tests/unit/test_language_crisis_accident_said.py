"""An accident told further along a hurt: said as what happened ("cut myself in the bathroom shaving") it
excuses the hurt where people shave, but said as what the writer told others or what others believe ("told
mum it was by accident", "mum thinks it was shaving") it is a cover story, and the hurt is the writer's own. A
kitchen mishap told just before ("dropped the pan and burned myself") is an accident too, unless the entry
says otherwise; a thing taken hold of ("grabbed the iron") is no mishap."""

from __future__ import annotations

from tests.support.crisis_cases import assert_not_training_lines, crisis_tests

POSITIVES = [
    "I cut myself and told mum it was by accident.",
    "Burned myself again and told everyone it was an accident with the iron.",
    "I cut myself in my room and said it was shaving.",
    "Cut my legs again, told her I did it shaving.",
    "Hurt myself last night and claimed it was an accident.",
    "I stepped in front of the car and told everyone it was an accident.",
    "I cut myself up in my room again.",
    "Dropped a glass and cut myself on purpose with it.",
    "I dropped the pan and then burned myself with the lighter.",
    # shaving that is no excuse: a tool, denied, or what others believe (a reviewer's)
    "I cut my wrists with my shaving razor.",
    "I cut my legs again, wasn't shaving.",
    "I cut myself deliberately, not shaving.",
    "I cut myself and mum thinks it was shaving.",
    "I cut my arms and mum assumed I was shaving.",
    "I cut myself and put it down to shaving.",
    # a kitchen thing taken hold of is no mishap
    "I grabbed the iron and burned myself.",
    "I grabbed a glass and cut myself.",
    "I touched the oven tray and burned myself, I just wanted the pain.",
]
LOOK_ALIKES = [
    "I cut myself up in my room shaving.",
    "I cut myself in the bathroom shaving.",
    "I cut my legs in my room shaving, it stung.",
    "Cut my legs in the bath shaving again, so much blood for a tiny nick.",
    "Cut myself by accident chopping onions, told mum and she laughed.",
    "Hurt myself at the gym, properly clumsy of me.",
    "I dropped the pan and burned myself.",
    "Knocked over the kettle and burnt myself, the floor is soaked.",
    "Dropped a glass and cut myself picking it up.",
    "Cut myself and said ouch so loudly the cat ran off.",
    "Hurt myself and said oops, clumsy as ever.",
]

test_an_accident_told_to_others_is_a_cover, test_an_accident_told_as_it_happened_is_not = crisis_tests(
    POSITIVES, LOOK_ALIKES
)


def test_none_trained_on():
    assert_not_training_lines(POSITIVES + LOOK_ALIKES)
