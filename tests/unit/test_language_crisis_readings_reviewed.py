# ruff: noqa: E501 (the reviewer's sentences are kept whole, as written)
"""Crisis said in the shapes of the look-alike readings (the last straw, a screening no said to be true, the
past told by an anchor, a person in a work, and two readings taken out after this review: an intrusive thought
and a thought noticed in a practice). A reviewer wrote these to break the readings; each was read rightly before
them and wrongly by their first versions. They must stay crisis."""

from __future__ import annotations

import pytest

from hearten.domain.language import analyze
from tests.support.crisis_cases import assert_not_training_lines

READINGS_BROKEN = [
    ("last straw", "If the bank rings me one more time about the arrears I will end it all."),
    ("last straw", "If I relapse one more time I'll kill myself, I promised myself that."),
    ("last straw", "If I cut one more time I'm going to just end it all."),
    (
        "last straw",
        "If the doctor tells me one more time that nothing can be done I shall walk into the sea and be done with it.",
    ),
    ("last straw", "If I wet the bed once more in front of the carers I would sooner die."),
    ("last straw", "One more miscarriage and I'm going to kill myself."),
    ("last straw", "One more letter from the council and I'm throwing myself off the flats."),
    ("last straw", "One more bad scan and I'll end it all, I've told God as much."),
    ("last straw", "One more panic attack like last night and I'm throwing myself in front of a train."),
    ("last straw", "One more sunday sat here on my own and i'll walk into the sea."),
    ("last straw", "if he leaves me one more time im gonna kill myself i cant keep doing this"),
    ("last straw", "If my mum screams at me once more I'm going to kill myself and she can find me."),
    ("last straw", "one more shift like that and im jumping off the roof at work, cant face another"),
    ("last straw", "If I have one more drink I'll kill myself, I can feel it coming."),
    ("last straw", "If I don't hear back from one more place I'm going to end it all, I really am."),
    ("last straw", "One more rejection and I'm done, I'll throw myself off the bridge."),
    ("last straw", "if my dad comes home drunk one more time im gonna kill myself so i dont have to see it"),
    ("last straw", "one more failed IVF round and i'm throwing myself off the cliff path, i mean it this time"),
    ("last straw", "If the kids at school call me fat one more time I'll kill myself and then they'll be sorry."),
    ("last straw", "If I get one more call from the debt collectors I'll die, I'll make sure of it."),
    ("last straw", "if they section me one more time i will kill myself before they can"),
    ("last straw", "If I have to sleep in the car one more time I will kill myself."),
    ("last straw", "One more court date and I'm going into the sea, love you all."),
    ("screening no", "The nurse asked if I'd hurt myself this week. Honestly, no. Not yet."),
    ("screening no", "Mum asked was I thinking of killing myself. I said no and meant it, I'm past thinking."),
    (
        "screening no",
        "The form asked if I've had thoughts that I'd be better off dead. Honestly no, not thoughts, it's a fact, everyone would be better off.",
    ),
    ("screening no", "The psychiatrist asked if I have thoughts of suicide. Honestly no. Not thoughts, intentions."),
    (
        "screening no",
        "The questionnaire asked if I'd be better off dead. Honest answer: no. Everyone else would be though.",
    ),
    (
        "screening no",
        "The GP asked if I had suicidal thoughts. I said no, truthfully. They're not thoughts anymore, they're plans.",
    ),
    (
        "screening no",
        "The form asked if I'd thought about killing myself this week. Honestly no. This week I've been too busy sorting my will and giving the cat away.",
    ),
    ("screening no", "GP asked if I'd felt like ending it all. Honest answer is no. I feel like finishing it."),
    ("past anchor", "The part of me that once tried to die is the only part that makes sense to me now."),
    ("past anchor", "I've kept my suicide note from 2012 and I've rewritten it for Sunday."),
    ("past anchor", "I've been suicidal since the summer I was 16 and it hasn't stopped."),
    ("past anchor", "I've wanted to die since the winter I was fifteen and I can't keep going."),
    ("past anchor", "It's ten years since my overdose and I want to finish the job."),
    ("past anchor", "The summer I was nineteen I tried to hang myself and this summer I'm going to get it right."),
    ("past anchor", "At twenty-two I took an overdose and at forty-two I'm planning the next one properly."),
    ("past anchor", "the summer i was 14 was when i first wanted to die and i want it now more than ever"),
    ("past anchor", "I've been wanting to die since the year I was 12 and nothing has changed."),
    ("past anchor", "I've self harmed every week since the spring I was thirteen."),
    ("past anchor", "two years since i tried and ive bought another packet of pills"),
    ("past anchor", "Since the winter I was twenty I've known how I'll die and it'll be soon."),
    ("in a work", "Finished the book about the widow in one sitting, can't stop crying, want to be dead."),
    ("in a work", "Watched a documentary about the miners' strike, lost everything same as dad did, want to be dead."),
    ("in a work", "Finished a novel about the war and lay awake, want to die, cant face tomorrow."),
    ("in a work", "Listened to a podcast about the cost of living, bills piling up, better off dead honestly."),
    ("in a work", "Watched a series about the widow on the farm, felt every minute of it, done with life."),
    ("in a work", "Watched the episode about the founder who went bankrupt, bankrupt too, better off dead."),
    ("in a work", "Watched a drama with the courier dying alone, want to die too."),
    ("intrusive thought", "ERP is so hard, I'm anxious all day and I just want to die."),
    ("intrusive thought", "My OCD has ruined my life, the anxiety never stops, I want to kill myself."),
    ("intrusive thought", "ocd and depression combo, afraid of everything, honestly dont want to live."),
    ("intrusive thought", "Had an intrusive thought at work, did compulsions for 3 hours, so exhausted I want to die."),
    ("intrusive thought", "Unwanted thoughts all day, I'm scared of my own brain and I wish I was dead."),
    (
        "intrusive thought",
        "The intrusive thoughts are exhausting. I'm afraid they'll never stop and I'd rather be dead than live like this.",
    ),
    ("intrusive thought", "I'm terrified, it used to be intrusive thoughts but now I want to die."),
    ("intrusive thought", "Been in ERP for a year, still terrified of everything, I've written my note."),
    (
        "intrusive thought",
        "My OCD came back at 70 and the anxiety is unbearable, I pray every night the Lord takes me.",
    ),
    (
        "intrusive thought",
        "I know the difference between my intrusive thoughts and this. I'm scared because I want to die.",
    ),
    (
        "intrusive thought",
        "Therapist calls them sticky thoughts but I'm frightened because I've started looking up how many tablets it would take.",
    ),
    ("intrusive thought", "OCD therapy cancelled again, panicking, I'm going to end my life if I can't get help."),
    (
        "intrusive thought",
        "Fifteen years of OCD, compulsions all day, anxiety all night, I've had enough, I want to end my life.",
    ),
    (
        "intrusive thought",
        "exposure session today was hell, I'm so anxious I could kill myself, seriously thinking about it",
    ),
    (
        "intrusive thought",
        "My intrusive thoughts are about hurting my baby and I'm so horrified by myself I want to die.",
    ),
    ("intrusive thought", "I'm afraid of my own mind, OCD tells me I'm evil and I think I should kill myself for it."),
    ("intrusive thought", "The unwanted images won't stop, I'm terrified, I've decided to end it."),
    ("intrusive thought", "ocd is hell. scared all the time. want to be dead."),
    ("intrusive thought", "My OCD makes me do rituals for hours, I'm afraid I'll lose my job, I'd be better off dead."),
    ("intrusive thought", "I'm scared, these aren't like my OCD thoughts, I want to jump."),
    (
        "noticed in a practice",
        "I noticed that I want to kill myself more every day, and what's true is that I'm tired of fighting it.",
    ),
    (
        "noticed in a practice",
        "Wrote the dark thoughts down like my therapist said and what's true is I want to be dead.",
    ),
    (
        "noticed in a practice",
        "I notice I feel like a burden, and the kinder voice says nothing, because I am one, so I'm going.",
    ),
    (
        "noticed in a practice",
        "I noticed the thought that everyone would be better off without me and honestly I think what's true is they would.",
    ),
    (
        "noticed in a practice",
        "I notice I'm thinking about the bridge again. The kinder reply would be to call someone but I'm not going to.",
    ),
    (
        "noticed in a practice",
        "Wrote the dark thoughts down tonite, asked what's actually true, and it's that I want to end it.",
    ),
    (
        "noticed in a practice",
        "I notice the thought that I should kill myself and it feels like the truth, not pure drama.",
    ),
    (
        "noticed in a practice",
        "I noticed I'd written my goodbye letters in the margin of my journal, what's true is I meant every word.",
    ),
    (
        "noticed in a practice",
        "Wrote my dark thoughts down, three pages of wanting to die, and what's actually true is I will.",
    ),
    (
        "noticed in a practice",
        "I notice that I keep looking at the tablets, the kinder answer is to stop the pain for good.",
    ),
    (
        "noticed in a practice",
        "I notice the urge to cut is back and the kinder voice is very quiet today, I'm going to do it.",
    ),
    (
        "noticed in a practice",
        "I notice I am thinking about my funeral all day and what's true is nobody would come, I'm ready to die.",
    ),
]


@pytest.mark.parametrize(("reading", "text"), READINGS_BROKEN)
def test_crisis_in_a_look_alike_shape_is_still_crisis(reading, text):
    assert analyze(text).crisis, (reading, text)


def test_none_a_training_line():
    assert_not_training_lines([text for _, text in READINGS_BROKEN])
