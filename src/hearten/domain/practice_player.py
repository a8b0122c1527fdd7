"""Walk a practice step by step: a pure state machine on an injectable clock.

A front end drives it like this (the clock is time.monotonic unless a test gives its own):

    run = Engine(practice, distress_before=4)
    show(run.start())                       # events: step_started
    while run.state in ("running", "paused"):
        view = run.current                  # StepView: kind, text, options, seconds...
        if view.kind == "timed":
            sleep_until(run.next_deadline())  # or wait for a key: run.next() ends it early
            show(run.tick())                # bells, time_up, the next step_started
        else:
            run.answer(view.id, ask(view))  # optional: moving on without it skips
            show(run.next())
    outcome = run.finish(distress_after=3)  # or run.end_here() / run.too_much() at any time
    outcome.session, outcome.entries, outcome.advice

Timers never accumulate sleeps: a timed step's bells are due at start + k * interval and
its end at start + seconds, where start is read from the clock once when the step begins
(and moved on by the length of any pause). A late tick rings what was due, on schedule.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from hearten.domain.content_schema import ChoiceStep, Practice, PromptStep, RatingStep, TimedStep, render_text
from hearten.domain.records import InvalidInput, NewEntry, NewSession, check_scale, clean_text
from hearten.domain.records import now as wall_now
from hearten.domain.safety import SafetyAdvice, distress_check

READY, RUNNING, PAUSED, DONE, ENDED = "ready", "running", "paused", "done", "ended"
MAX_MINUTES = 240


@dataclass(frozen=True, slots=True)
class Event:
    """Something the front end may show or sound.

    kind is one of: step_started, bell, time_up, steps_done. `at` is the monotonic time it
    was due (not when it was noticed); `count` numbers the bells within a step from 1.
    """

    kind: str
    step_id: str | None
    at: float
    count: int = 0


@dataclass(frozen=True, slots=True)
class StepView:
    """The step in front of the person, with its words filled in and any answer so far."""

    index: int
    total: int
    step: object  # the step model, after options (minutes, bells, open-ended) are applied
    text: str
    prefill: str | None = None
    answer: object = None
    lead: str | None = None  # the words that begin this answer (a letter's greeting), filled in
    read_back: tuple[str, ...] = ()  # earlier answers to show again, as they will be saved

    @property
    def id(self) -> str:
        return self.step.id

    @property
    def kind(self) -> str:
        return self.step.kind


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a session leaves behind: the session to store, journal entries, and any safety advice."""

    session: NewSession
    entries: list[NewEntry] = field(default_factory=list)
    advice: SafetyAdvice | None = None


class Engine:
    """One run through one practice. Not thread-safe; one front end drives it."""

    def __init__(
        self,
        practice: Practice,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock=wall_now,
        minutes: float | None = None,
        bells: float | None = None,
        open_ended: bool = False,
        fast: bool = False,
        phrases=None,
        prefill: dict[str, str] | None = None,
        distress_before: int | None = None,
    ):
        if phrases is not None:
            try:
                practice = practice.with_phrases(phrases)
            except ValueError as exc:
                raise InvalidInput(str(exc)) from None
        self.practice = practice
        self.clock = clock
        self.wall_clock = wall_clock
        self.fast = fast
        self.distress_before = check_scale("distress before", distress_before)
        self.steps = _apply_options(practice, minutes=minutes, bells=bells, open_ended=open_ended)
        self.prefill = _check_prefill(practice, prefill or {})
        self.state = READY
        self.answers: dict[str, object] = {}
        self.timings: dict[str, float] = {}  # timed step id -> seconds actually practised
        self.index = 0
        self.outcome: Outcome | None = None
        self._active = 0.0  # unpaused seconds spent in steps already left
        self._step_start = 0.0
        self._paused_at: float | None = None
        self._bells_rung = 0
        self._started_wall = None

    # -- what the front end reads ------------------------------------------------------------

    @property
    def planned_seconds(self) -> float:
        return sum(s.seconds for s in self.steps if isinstance(s, TimedStep) and not s.open_ended)

    @property
    def current(self) -> StepView | None:
        """The step in front of the person, or None before start and after the last step."""
        if self.state not in (RUNNING, PAUSED):
            return None
        step = self.steps[self.index]
        text = render_text(
            step.text, phrases=self.practice.phrases, self_phrases=self.practice.self_phrases, answers=self.answers
        )
        lead = getattr(step, "lead", None)
        lead = render_text(lead, answers=self.answers) if lead else None
        read_back = tuple(w for w in (self.written(ref) for ref in step.read_back) if w)
        return StepView(
            self.index,
            len(self.steps),
            step,
            text,
            self.prefill.get(step.id),
            self.answers.get(step.id),
            lead,
            read_back,
        )

    def written(self, step_id: str) -> str | None:
        """An answer as it is kept in the journal: its lead (a letter's greeting) first; None if unanswered."""
        answer = self.answers.get(step_id)
        if not isinstance(answer, str):
            return None
        lead = getattr(self.practice.step(step_id), "lead", None)
        if not lead:
            return answer
        lead = render_text(lead, answers=self.answers)
        if answer.lower().startswith(lead.lower()):  # they wrote the greeting themselves: keep it once
            return answer
        return f"{lead}\n\n{answer}"

    def elapsed(self, now: float | None = None) -> float:
        """Unpaused seconds in the current step (an open-ended timer shows this counting up)."""
        if self.state not in (RUNNING, PAUSED):
            return 0.0
        at = self._paused_at if self.state == PAUSED else self._now(now)
        return max(0.0, at - self._step_start)

    def remaining(self, now: float | None = None) -> float | None:
        """Seconds left in a closed timed step; None for any other step."""
        step = self._timer_step()
        if step is None or step.open_ended:
            return None
        return max(0.0, step.seconds - self.elapsed(now))

    def practised(self, now: float | None = None) -> float:
        """Unpaused seconds since the start, the current step included: the time done if it ended now."""
        if self.state in (READY, ENDED):
            return 0.0 if self.state == READY else self.outcome.session.actual_seconds
        if self.fast:
            return 0.0
        current = self.elapsed(now)
        step = self._timer_step()
        if step is not None and not step.open_ended:
            current = min(current, step.seconds)
        return self._active + current

    def next_deadline(self) -> float | None:
        """The monotonic time of the next bell or time-up in this step, or None when nothing is due."""
        step = self._timer_step()
        if step is None or self.state != RUNNING:
            return None
        end = None if step.open_ended else self._step_start + step.seconds
        if step.bell_every:
            bell = self._step_start + (self._bells_rung + 1) * step.bell_every
            if end is None or bell < end:
                return bell
        return end

    # -- moving through the practice ---------------------------------------------------------

    def start(self, now: float | None = None) -> list[Event]:
        if self.state != READY:
            raise InvalidInput("this practice has already started")
        now = self._now(now)
        self._started_wall = self.wall_clock()
        self.state = RUNNING
        return self._enter(0, now)

    def tick(self, now: float | None = None) -> list[Event]:
        """Everything due by now: bells on schedule, and time-up, which moves to the next step."""
        if self.state != RUNNING:
            return []
        now = self._now(now)
        events: list[Event] = []
        while (step := self._timer_step()) is not None:
            end = None if step.open_ended else self._step_start + step.seconds
            if step.bell_every:
                while True:
                    at = self._step_start + (self._bells_rung + 1) * step.bell_every
                    if at > now or (end is not None and at >= end):
                        break
                    self._bells_rung += 1
                    events.append(Event("bell", step.id, at, self._bells_rung))
            if end is None or end > now:
                break
            events.append(Event("time_up", step.id, end))
            self._leave(end, finished_timer=True)
            events.extend(self._enter(self.index + 1, end))
        return events

    def next(self, now: float | None = None) -> list[Event]:
        """Move on; without an answer this skips the step. A timer already up just moves on once."""
        self._need_running()
        if self.state == PAUSED:
            self.resume(now)
        now = self._now(now)
        before = self.index
        events = self.tick(now)
        if self.index != before or self.state != RUNNING:
            return events
        self._leave(now)
        return events + self._enter(self.index + 1, now)

    def skip(self, now: float | None = None) -> list[Event]:
        """Move on without an answer to this step."""
        self._need_running()
        self.answers.pop(self.steps[self.index].id, None)
        return self.next(now)

    def back(self, now: float | None = None) -> list[Event]:
        """Return to the previous step; a timer there starts again."""
        self._need_running()
        if self.state == PAUSED:
            self.resume(now)
        now = self._now(now)
        if self.index == 0:
            return []
        self._leave(now)
        return self._enter(self.index - 1, now)

    def pause(self, now: float | None = None) -> None:
        if self.state == RUNNING:
            self._paused_at = self._now(now)
            self.state = PAUSED

    def toggle_pause(self, now: float | None = None) -> str:
        """Pause if running, resume if paused (one key or button does both); returns the new state."""
        self._need_running()
        if self.state == PAUSED:
            self.resume(now)
        else:
            self.pause(now)
        return self.state

    def resume(self, now: float | None = None) -> None:
        """Carry on; every deadline in this step moves later by the paused time."""
        if self.state == PAUSED:
            now = max(self._now(now), self._paused_at)
            self._step_start += now - self._paused_at
            self._paused_at = None
            self.state = RUNNING

    def answer(self, step_id: str, value) -> None:
        """Record (or, with None or blank text, clear) the answer to a step already reached."""
        if self.state not in (RUNNING, PAUSED, DONE):
            raise InvalidInput("answers can only be given during the practice")
        position = next((i for i, s in enumerate(self.steps) if s.id == step_id), None)
        if position is None:
            raise InvalidInput(f"this practice has no step called {step_id!r}")
        if self.state != DONE and position > self.index:
            raise InvalidInput("that step has not been reached yet")
        step = self.steps[position]
        if value is None or (isinstance(value, str) and not value.strip()):
            self.answers.pop(step_id, None)
            return
        if isinstance(step, PromptStep):
            value = clean_text("your answer", value, required=True).strip()
        elif isinstance(step, ChoiceStep):
            if value not in step.options:
                raise InvalidInput(f"choose one of: {', '.join(step.options)}")
        elif isinstance(step, RatingStep):
            value = check_scale("the rating", value, step.low, step.high)
        else:
            raise InvalidInput("this step does not take an answer")
        self.answers[step_id] = value

    # -- ending --------------------------------------------------------------------------------

    def finish(self, *, distress_after: int | None = None, mood: int | None = None, now=None) -> Outcome:
        """Close a practice whose steps are all done; returns what to store and any advice."""
        if self.state != DONE:
            raise InvalidInput("there are steps left; stop early with abandon or too_much")
        return self._end(completed=True, reason=None, distress_after=distress_after, mood=mood, now=now)

    def end_here(self, *, distress_after: int | None = None, mood: int | None = None, now=None) -> Outcome:
        """'End here': stop early by choice (running or paused), keeping a partial session with the time done."""
        return self.abandon(distress_after=distress_after, mood=mood, now=now)

    def abandon(self, *, distress_after: int | None = None, mood: int | None = None, now=None) -> Outcome:
        """Stop early, keeping a partial session with the seconds actually practised."""
        if self.state == DONE:
            return self.finish(distress_after=distress_after, mood=mood, now=now)
        return self._end(completed=False, reason="abandoned", distress_after=distress_after, mood=mood, now=now)

    def too_much(self, *, distress_after: int | None = None, mood: int | None = None, now=None) -> Outcome:
        """Stop now because it feels like too much; the outcome always carries safety advice."""
        return self._end(completed=False, reason="too_much", distress_after=distress_after, mood=mood, now=now)

    # -- inside --------------------------------------------------------------------------------

    def _now(self, now: float | None) -> float:
        return self.clock() if now is None else now

    def _need_running(self) -> None:
        if self.state not in (RUNNING, PAUSED):
            raise InvalidInput(f"the practice is not under way (it is {self.state})")

    def _timer_step(self) -> TimedStep | None:
        if self.state not in (RUNNING, PAUSED) or self.fast:
            return None
        step = self.steps[self.index]
        return step if isinstance(step, TimedStep) else None

    def _enter(self, index: int, at: float) -> list[Event]:
        self.index = index
        self._step_start = at
        self._bells_rung = 0
        if index >= len(self.steps):
            self.state = DONE
            return [Event("steps_done", None, at)]
        return [Event("step_started", self.steps[index].id, at)]

    def _leave(self, at: float, finished_timer: bool = False) -> None:
        step = self.steps[self.index]
        spent = max(0.0, at - self._step_start)
        if isinstance(step, TimedStep):
            if self.fast:
                spent = 0.0
            elif finished_timer:
                spent = step.seconds  # exact: the step ran to its deadline
            elif not step.open_ended:
                spent = min(spent, step.seconds)
            self.timings[step.id] = self.timings.get(step.id, 0.0) + spent
        self._active += spent

    def _end(self, *, completed: bool, reason, distress_after, mood, now) -> Outcome:
        if self.state == READY:
            raise InvalidInput("the practice has not started")
        if self.state == ENDED:
            raise InvalidInput("the practice has already ended")
        distress_after = check_scale("distress after", distress_after)
        mood = check_scale("mood", mood)
        if self.state == PAUSED:  # practice stopped when the pause began
            paused_at, self._paused_at, self.state = self._paused_at, None, RUNNING
            self._leave(paused_at)
        elif self.state == RUNNING:
            now = self._now(now)
            self.tick(now)  # anything already due counts as practised
            if self.state == RUNNING:
                self._leave(now)
        self.state = ENDED
        started = self._started_wall
        ended = max(self.wall_clock(), started)
        session = NewSession(
            practice_id=self.practice.id,
            started_at=started,
            ended_at=ended,
            planned_seconds=self.planned_seconds,
            actual_seconds=0.0 if self.fast else round(self._active, 3),
            completed=completed,
            answers=dict(self.answers),
            distress_before=self.distress_before,
            distress_after=distress_after,
            mood=mood,
            stopped_reason=reason,
        )
        advice = distress_check(
            self.distress_before,
            distress_after,
            too_much=reason == "too_much",
            practice_id=self.practice.id,
            answers=self.answers,
        )
        self.outcome = Outcome(session, self._entries(ended), advice)
        return self.outcome

    def _entries(self, at) -> list[NewEntry]:
        """The journal entry from prompts marked journal = true: one per session, never one per answer.

        A letter is its parts joined; any other practice holds each answer under its heading.
        """
        tags = ("practice", self.practice.id)
        written = [
            (s, self.written(s.id))
            for s in self.steps
            if isinstance(s, PromptStep) and s.journal and s.id in self.answers
        ]
        if not written:
            return []
        if self.practice.journal_kind == "letter":
            return [NewEntry(text="\n\n".join(text for _, text in written), created_at=at, kind="letter", tags=tags)]
        text = "\n\n".join(f"{step.heading or self.practice.title}\n\n{answer}" for step, answer in written)
        return [NewEntry(text=text, created_at=at, kind="practice", tags=tags)]


def parse_length(text) -> tuple[float | None, bool]:
    """A remembered length (the practice_length setting) as (minutes, open_ended); (None, False) is the practice's own."""
    text = str(text or "").strip().lower()
    if text in ("open", "o", "open-ended"):
        return None, True
    try:
        minutes = float(text)
    except ValueError:
        return None, False
    return (minutes, False) if 0 < minutes <= MAX_MINUTES else (None, False)


def length_text(minutes: float | None, open_ended: bool) -> str:
    """The other way round: what the practice_length setting keeps for a chosen length."""
    if open_ended:
        return "open"
    return f"{minutes:g}" if minutes else ""


def _apply_options(practice: Practice, *, minutes, bells, open_ended) -> list:
    """The steps with the person's length, bells and open-ended choice applied to adjustable timers."""
    steps = list(practice.steps)
    if minutes is None and bells is None and not open_ended:
        return steps
    adjustable = [s for s in steps if isinstance(s, TimedStep) and s.adjustable]
    if not adjustable:
        raise InvalidInput(f"{practice.title} has fixed timings")
    if minutes is not None and open_ended:
        raise InvalidInput("choose a length or open-ended, not both")
    update: dict[str, dict] = {s.id: {} for s in adjustable}
    if minutes is not None:
        if isinstance(minutes, bool) or not isinstance(minutes, (int, float)) or not 0 < minutes <= MAX_MINUTES:
            raise InvalidInput(f"the length must be more than 0 and at most {MAX_MINUTES} minutes")
        written = sum(s.seconds for s in adjustable)
        for s in adjustable:  # share the new length out as the file shares it
            update[s.id].update(seconds=minutes * 60 * s.seconds / written, open_ended=False)
    if bells is not None:
        if isinstance(bells, bool) or not isinstance(bells, (int, float)) or bells < 0:
            raise InvalidInput("the bell interval must be a number of seconds (0 for no bells)")
        for s in adjustable:
            update[s.id]["bell_every"] = float(bells) or None
    if open_ended:
        for s in adjustable:
            update[s.id]["open_ended"] = True
    return [s.model_copy(update=update[s.id]) if s.id in update else s for s in steps]


def _check_prefill(practice: Practice, prefill: dict[str, str]) -> dict[str, str]:
    checked = {}
    for step_id, text in prefill.items():
        try:
            step = practice.step(step_id)
        except KeyError:
            raise InvalidInput(f"this practice has no step called {step_id!r}") from None
        if not isinstance(step, PromptStep):
            raise InvalidInput(f"only a written answer can be filled in ahead, not {step_id!r}")
        checked[step_id] = clean_text("the filled-in text", text, required=True)
    return checked
