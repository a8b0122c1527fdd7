"""The practice engine on a fake clock: exact timers, bells on schedule, pauses, early stops."""

from __future__ import annotations

import time
import wave
from datetime import UTC, datetime, timedelta
from io import BytesIO

import pytest

from hearten.content.loaders import load_practice
from hearten.domain.content_schema import Practice
from hearten.domain.practice_player import Engine
from hearten.domain.records import InvalidInput, NewSession
from hearten.sound import bell_wav

START_WALL = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


class FakeClock:
    """Monotonic seconds that only move when a test moves them; the wall clock follows."""

    def __init__(self, start: float = 1000.0):
        self.start = self.now = start

    def __call__(self) -> float:
        return self.now

    def wall(self) -> datetime:
        return START_WALL + timedelta(seconds=self.now - self.start)

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make(practice, clock=None, **options) -> tuple[Engine, FakeClock]:
    clock = clock or FakeClock()
    return Engine(practice, clock=clock, wall_clock=clock.wall, **options), clock


def timed(seconds=60, **extra) -> Practice:
    return Practice.model_validate(
        {
            "id": "t",
            "title": "T",
            "summary": "s",
            "components": ["mindfulness"],
            "credit": "c",
            "source": "s",
            "minutes": 1,
            "steps": [
                {"id": "intro", "kind": "instruction", "text": "Hello."},
                {"id": "sit", "kind": "timed", "text": "Sit.", "seconds": seconds, **extra},
                {"id": "end", "kind": "instruction", "text": "Bye."},
            ],
        }
    )


def test_thirty_thirty_is_exactly_thirty_seconds_each():
    run, clock = make(load_practice("self-talk-30-30"))
    run.start()
    run.next()  # begin
    run.answer("regret-choice", "snapping at my brother")
    events = run.next()
    assert run.current.id == "regret" and events[-1].kind == "step_started"
    assert run.remaining() == 30.0
    clock.advance(30.4)  # a slightly late tick
    events = run.tick()
    assert [e.kind for e in events] == ["time_up", "step_started"]
    assert events[0].at == clock.start + 30.0  # due time, not the late tick's time
    assert run.current.id == "kindness"
    assert run.remaining() == pytest.approx(29.6)  # the second half starts on schedule
    clock.advance(29.6)
    assert [e.kind for e in run.tick()] == ["time_up", "step_started"]
    assert run.timings == {"regret": 30.0, "kindness": 30.0}
    run.answer("words", "You were tired, and you love him.")
    run.next()
    run.next()
    assert run.state == "done"
    outcome = run.finish(distress_after=2, mood=6)
    assert isinstance(outcome.session, NewSession)
    assert outcome.session.planned_seconds == 60.0
    assert outcome.session.actual_seconds == 60.0
    assert outcome.session.completed and outcome.session.stopped_reason is None
    assert outcome.session.answers["regret-choice"] == "snapping at my brother"
    assert [e.kind for e in outcome.entries] == ["practice"]
    assert "You were tired" in outcome.entries[0].text
    assert outcome.advice is None


def test_fixed_timings_cannot_be_changed():
    with pytest.raises(InvalidInput, match="fixed timings"):
        make(load_practice("self-talk-30-30"), minutes=5)


def test_bells_fire_at_exact_multiples_of_the_interval():
    run, clock = make(timed(seconds=60, bell_every=15))
    run.start()
    run.next()
    begin = clock.now
    rung = []
    for _ in range(70):
        clock.advance(1.0)
        rung += [e for e in run.tick() if e.kind == "bell"]
    assert [e.at - begin for e in rung] == [15.0, 30.0, 45.0]  # the end has its own time_up
    assert [e.count for e in rung] == [1, 2, 3]


def test_a_late_tick_rings_every_bell_that_was_due_on_its_own_schedule():
    run, clock = make(timed(seconds=100, bell_every=10))
    run.start()
    run.next()
    begin = clock.now
    clock.advance(35.7)
    assert [e.at - begin for e in run.tick()] == [10.0, 20.0, 30.0]
    assert run.next_deadline() == begin + 40.0


def test_pause_and_resume_shift_every_deadline_by_the_paused_time():
    run, clock = make(timed(seconds=60, bell_every=20))
    run.start()
    run.next()
    begin = clock.now
    clock.advance(10)
    run.pause()
    clock.advance(300)  # a long interruption
    assert run.tick() == []  # nothing rings while paused
    assert run.elapsed() == 10.0
    run.resume()
    assert run.next_deadline() == begin + 300 + 20
    clock.advance(50)
    events = run.tick()
    assert [(e.kind, e.at - begin) for e in events] == [
        ("bell", 320.0),
        ("bell", 340.0),
        ("time_up", 360.0),
        ("step_started", 360.0),
    ]
    assert run.current.id == "end"
    assert run.timings["sit"] == 60.0


def test_abandon_keeps_a_partial_session_with_the_seconds_practised():
    run, clock = make(load_practice("mindful-breathing"), minutes=10)
    run.start()
    clock.advance(5)  # reading the first step and choosing an anchor
    run.next()
    run.next()
    clock.advance(100)
    run.pause()
    clock.advance(60)  # paused time is not practice
    outcome = run.abandon(distress_after=3)
    session = outcome.session
    assert not session.completed and session.stopped_reason == "abandoned"
    assert session.planned_seconds == 600.0
    assert session.actual_seconds == 105.0
    assert run.timings == {"breathe": 100.0}
    assert session.ended_at - session.started_at == timedelta(seconds=165)
    assert run.state == "ended"
    with pytest.raises(InvalidInput):
        run.next()


def test_too_much_stops_at_once_with_safety_advice():
    run, clock = make(load_practice("rain"), distress_before=4)
    run.start()
    run.next()
    run.answer("recognize", "grief")
    run.next()
    clock.advance(12)
    outcome = run.too_much()
    assert outcome.session.stopped_reason == "too_much" and not outcome.session.completed
    assert outcome.advice is not None and outcome.advice.offer_practice == "grounding"
    assert outcome.session.distress_before == 4
    assert [e.text for e in outcome.entries] == ["RAIN: what I recognised\n\ngrief"]


def test_finish_reports_a_big_rise_in_distress():
    run, clock = make(load_practice("three-components-pause"), distress_before=2)
    run.start()
    while run.state == "running":
        run.next()
    outcome = run.finish(distress_after=5)
    assert outcome.advice is not None and outcome.advice.reason == "rise"


def test_twenty_minutes_of_breathing_with_one_second_ticks_runs_fast_and_does_not_drift():
    run, clock = make(load_practice("mindful-breathing"), minutes=20, bells=60)
    started = time.perf_counter()
    run.start()
    run.next()
    run.next()
    begin = clock.now
    bells = []
    ticks = 0
    while run.state == "running" and run.current.id == "breathe":
        clock.advance(1.0)
        ticks += 1
        for event in run.tick():
            if event.kind in ("bell", "time_up"):
                bells.append(event)
    assert ticks == 1200
    assert len(bells) == 20
    assert [e.at - begin for e in bells] == [60.0 * k for k in range(1, 21)]  # exact: no drift at all
    assert run.timings["breathe"] == 1200.0


def test_tiny_fractional_ticks_do_not_accumulate_error():
    run, clock = make(timed(seconds=600, bell_every=0.1))
    run.start()
    run.next()
    begin = clock.now
    last = None
    for _ in range(5999):
        clock.advance(0.1)
        for event in run.tick():
            last = event
    # every bell time is computed from the start, never by adding intervals up
    assert last.at == begin + last.count * 0.1


def test_open_ended_timer_counts_up_until_the_person_moves_on():
    run, clock = make(load_practice("mindful-breathing"), open_ended=True, bells=30)
    run.start()
    run.next()
    run.next()
    assert run.remaining() is None
    clock.advance(3600)
    events = run.tick()
    assert len(events) == 120 and all(e.kind == "bell" for e in events)
    assert run.elapsed() == 3600
    run.next()
    assert run.current.id == "close"
    run.next()
    outcome = run.finish()
    assert outcome.session.planned_seconds == 0
    assert outcome.session.actual_seconds == 3600


def test_options_validate():
    breathing = load_practice("mindful-breathing")
    with pytest.raises(InvalidInput):
        make(breathing, minutes=0)
    with pytest.raises(InvalidInput):
        make(breathing, minutes=5, open_ended=True)
    with pytest.raises(InvalidInput):
        make(breathing, bells=-1)
    run, _ = make(breathing, minutes=1.5, bells=0)
    assert run.planned_seconds == 90 and next(s for s in run.steps if s.id == "breathe").bell_every is None


def test_fast_pace_does_not_wait_and_records_no_practised_time():
    run, clock = make(load_practice("loving-kindness"), fast=True)
    run.start()
    while run.state == "running":
        assert run.tick() == []  # timers do not run
        clock.advance(2)
        run.next()
    outcome = run.finish()
    assert outcome.session.planned_seconds == 300
    assert outcome.session.actual_seconds == 0
    assert all(v == 0 for v in run.timings.values())


def test_next_after_time_is_up_moves_on_only_once():
    run, clock = make(timed(seconds=10))
    run.start()
    run.next()
    clock.advance(11)
    events = run.next()
    assert [e.kind for e in events] == ["time_up", "step_started"]
    assert run.current.id == "end"


def test_moving_on_early_records_the_time_actually_spent():
    run, clock = make(timed(seconds=60))
    run.start()
    run.next()
    clock.advance(12.5)
    run.next()
    assert run.timings == {"sit": 12.5}


def test_back_returns_and_restarts_the_timer():
    run, clock = make(timed(seconds=60))
    run.start()
    assert run.back() == []  # nothing before the first step
    run.next()
    clock.advance(5)
    run.next()
    run.back()
    assert run.current.id == "sit" and run.remaining() == 60


def test_answers_are_checked():
    run, _ = make(load_practice("self-care-check"))
    run.start()
    with pytest.raises(InvalidInput, match="not been reached"):
        run.answer("sleep", 5)
    run.next()
    with pytest.raises(InvalidInput):
        run.answer("sleep", 11)
    with pytest.raises(InvalidInput):
        run.answer("begin", "text")
    with pytest.raises(InvalidInput):
        run.answer("nope", 1)
    run.answer("sleep", 4)
    assert run.current.answer == 4
    run.answer("sleep", None)  # cleared: a skip
    assert "sleep" not in run.answers
    grounding, _ = make(load_practice("grounding"))
    grounding.start()
    for _ in range(4):
        grounding.next()
    with pytest.raises(InvalidInput, match="choose one of"):
        grounding.answer("check", "fine")
    grounding.answer("check", "A little steadier")


def test_every_step_can_be_skipped_and_the_practice_still_completes():
    run, _ = make(load_practice("compassionate-letter"))
    run.start()
    while run.state == "running":
        run.skip()
    outcome = run.finish()
    assert outcome.session.completed and outcome.session.answers == {} and outcome.entries == []


def test_the_letter_becomes_one_entry_addressed_by_name():
    run, _ = make(load_practice("compassionate-letter"))
    run.start()
    run.answer("name", "Sam")
    run.next()
    assert "Dear Sam," in run.current.text
    for step_id in ("happened", "hard", "everyone", "wish"):
        run.answer(step_id, f"part {step_id}")
        run.next()
    letter = "Dear Sam,\n\npart happened\n\npart hard\n\npart everyone\n\npart wish"
    assert run.current.id == "reread" and "\n\n".join(run.current.read_back) == letter  # shown to read back
    run.next()
    outcome = run.finish()
    assert [e.kind for e in outcome.entries] == ["letter"]
    assert outcome.entries[0].text == letter  # the greeting is part of the letter
    assert outcome.entries[0].tags == ("practice", "compassionate-letter")


def test_the_letter_greeting_shows_above_the_first_part_and_falls_back_kindly():
    run, _ = make(load_practice("compassionate-letter"))
    run.start()
    run.next()  # no name given
    assert run.current.lead == "Dear you,"
    run.back()
    run.answer("name", "Ana")
    run.next()
    assert run.current.lead == "Dear Ana," and run.current.id == "happened"
    run.answer("happened", "Dear Ana, it went badly.")  # written out of habit: the greeting is kept once
    assert run.written("happened") == "Dear Ana, it went badly."
    run.answer("happened", "It went badly.")
    assert run.written("happened") == "Dear Ana,\n\nIt went badly."


def test_the_name_setting_fills_in_the_letter_name():
    from hearten.domain.content_schema import personal_prefill

    letter = load_practice("compassionate-letter")
    assert personal_prefill(letter, name="  Ana ") == {"name": "Ana"}
    assert personal_prefill(letter, name="") == {} and personal_prefill(load_practice("rain"), name="Ana") == {}
    run, _ = make(letter, prefill=personal_prefill(letter, name="Ana"))
    run.start()
    assert run.current.prefill == "Ana"


def test_expressive_journaling_shows_what_you_wrote_before_the_kind_reply():
    run, _ = make(load_practice("expressive-journaling"))
    run.start()
    run.next()
    run.answer("write", "Work has been too much.\nI keep lying awake.")
    run.next()
    run.next()  # feelings skipped: nothing to show for it
    assert run.current.id == "reply"
    assert run.current.read_back == ("Work has been too much.\nI keep lying awake.",)


def test_a_step_can_only_read_back_earlier_written_steps():
    from pydantic import ValidationError

    from hearten.domain.content_schema import Practice

    base = {
        "id": "x",
        "title": "X",
        "summary": "s",
        "components": ["self_kindness"],
        "credit": "c",
        "source": "s",
        "minutes": 1,
    }
    with pytest.raises(ValidationError, match="not an earlier written step"):
        Practice.model_validate(
            {
                **base,
                "steps": [
                    {"id": "a", "kind": "instruction", "text": "t", "read_back": ["b"]},
                    {"id": "b", "kind": "prompt", "text": "t"},
                ],
            }
        )
    with pytest.raises(ValidationError, match="not an earlier written step"):
        Practice.model_validate(
            {
                **base,
                "steps": [
                    {"id": "a", "kind": "instruction", "text": "t"},
                    {"id": "b", "kind": "instruction", "text": "t", "read_back": ["a"]},
                ],
            }
        )


def test_prefill_and_own_phrases():
    run, _ = make(load_practice("friend-perspective"), prefill={"situation": "I missed the deadline."})
    run.start()
    assert run.current.prefill == "I missed the deadline."
    with pytest.raises(InvalidInput):
        make(load_practice("friend-perspective"), prefill={"close": "x"})
    loving, _ = make(load_practice("loving-kindness"), phrases=["May you rest.", "May you be held."])
    loving.start()
    loving.next()
    assert "May you rest." in loving.current.text and "May you be safe." not in loving.current.text
    with pytest.raises(InvalidInput):
        make(load_practice("loving-kindness"), phrases=[])


def test_starting_twice_or_finishing_early_is_refused():
    run, _ = make(timed())
    with pytest.raises(InvalidInput):
        run.abandon()
    run.start()
    with pytest.raises(InvalidInput):
        run.start()
    with pytest.raises(InvalidInput, match="steps left"):
        run.finish()


def test_the_bell_is_a_short_soft_wav():
    data = bell_wav(seconds=1.0)
    with wave.open(BytesIO(data)) as bell:
        assert bell.getnchannels() == 1 and bell.getsampwidth() == 2
        assert bell.getnframes() == bell.getframerate()
        frames = bell.readframes(bell.getnframes())
    samples = memoryview(frames).cast("h")
    assert max(abs(s) for s in samples) < 32767 * 0.5  # soft, never clipping
    assert abs(samples[0]) < 100 and abs(samples[-1]) < 100  # no click at either end
    with pytest.raises(ValueError):
        bell_wav(frequency=1)


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

ACTIONS = st.lists(
    st.tuples(st.sampled_from(["tick", "pause", "resume"]), st.floats(min_value=0, max_value=40, allow_nan=False)),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(ACTIONS)
def test_bells_stay_on_schedule_whatever_the_pauses_and_tick_times(actions):
    run, clock = make(timed(seconds=120, bell_every=7))
    run.start()
    run.next()
    begin = clock.now
    paused_total, paused_since = 0.0, None
    for action, wait in actions:
        clock.advance(wait)
        if action == "pause" and run.state == "running":
            run.pause()
            paused_since = clock.now
        elif action == "resume" and run.state == "paused":
            paused_total += clock.now - paused_since
            run.resume()
        for event in run.tick():
            if event.kind == "bell":
                # due exactly k intervals after the start, moved on by pauses so far
                assert event.at == pytest.approx(begin + paused_total + 7 * event.count, abs=1e-9)
                assert event.at <= clock.now
    if run.state == "paused":
        paused_total += clock.now - paused_since
    outcome = run.abandon()
    assert outcome.session.actual_seconds <= clock.now - begin - paused_total + 0.001  # stored to the ms
    assert run.timings.get("sit", 0) <= 120


# -- pause and "end here": the states a front end shows ------------------------------------------


def test_one_key_pauses_and_resumes_and_the_states_say_which():
    run, clock = make(timed(seconds=60))
    run.start()
    run.next()
    clock.advance(15)
    assert run.toggle_pause() == "paused"
    clock.advance(120)
    assert run.remaining() == 45.0  # time stands still while paused
    assert run.practised() == 15.0
    assert run.toggle_pause() == "running"
    clock.advance(5)
    assert run.remaining() == 40.0 and run.practised() == 20.0


def test_pausing_needs_a_practice_under_way():
    run, _ = make(timed())
    with pytest.raises(InvalidInput):
        run.toggle_pause()  # not started
    run.start()
    run.next()
    run.next()
    run.next()
    assert run.state == "done"
    with pytest.raises(InvalidInput):
        run.toggle_pause()


def test_end_here_keeps_the_minutes_done_as_a_partial_session():
    run, clock = make(load_practice("mindful-breathing"), minutes=10)
    run.start()
    clock.advance(4)
    run.next()
    run.answer("anchor", "the sounds around you")
    run.next()
    clock.advance(170)  # nearly three minutes of the ten
    assert run.practised() == 174.0
    outcome = run.end_here(distress_after=2)
    session = outcome.session
    assert not session.completed and session.stopped_reason == "abandoned"
    assert session.actual_seconds == 174.0 and session.planned_seconds == 600.0
    assert session.answers == {"anchor": "the sounds around you"} and session.distress_after == 2
    assert outcome.advice is None  # ending by choice is not a safety matter
    assert run.state == "ended" and run.practised() == 174.0
    with pytest.raises(InvalidInput):
        run.end_here()


def test_end_here_while_paused_counts_up_to_the_pause():
    run, clock = make(timed(seconds=60))
    run.start()
    run.next()
    clock.advance(30)
    run.pause()
    clock.advance(600)  # a long pause, then the person decides to stop
    outcome = run.end_here()
    assert outcome.session.actual_seconds == 30.0 and run.timings == {"sit": 30.0}
