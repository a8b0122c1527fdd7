"""Record a practice the browser ran: replay what it reports through the engine, then store it.

The browser keeps time while the person practises; at the end it sends how far they got,
the seconds spent in each timed step and their answers. Replaying that through
domain.engine.Engine on a stand-in clock gives exactly the session, journal entries and
safety advice the CLI would have produced, with the engine's own validation.
"""

from __future__ import annotations

from datetime import timedelta

from hearten.domain.content_schema import Practice, TimedStep
from hearten.domain.practice_player import Engine
from hearten.domain.records import InvalidInput


def replay(
    practice: Practice,
    *,
    reached: int,
    timings: dict,
    answers: dict,
    outcome: str,
    distress_before=None,
    distress_after=None,
    now,
    fast: bool = False,
    minutes=None,
    open_ended=False,
):
    """The engine's Outcome for a run that reached step index `reached` (len(steps) when all were done).

    outcome is "completed", "too_much" or "stopped"; `minutes` or `open_ended` is the length
    chosen for an adjustable timer, as the CLI's options are.
    """
    if outcome not in ("completed", "too_much", "stopped"):
        raise InvalidInput("outcome must be completed, too_much or stopped")
    clock = [0.0]
    engine = Engine(
        practice,
        clock=lambda: clock[0],
        wall_clock=lambda: next(walls),
        distress_before=distress_before,
        minutes=minutes,
        open_ended=open_ended,
    )
    steps = engine.steps  # with the chosen length applied, as the browser ran them
    if isinstance(reached, bool) or not isinstance(reached, int) or not 0 <= reached <= len(steps):
        # the player cannot go past the last step; a replay would pretend it did
        from hearten import messages

        raise InvalidInput(
            messages.PRACTICE_REACHED_TOO_FAR.format(title=practice.title, steps=len(steps), reached=reached)
        )
    seconds = {}
    for step in steps:
        if isinstance(step, TimedStep):
            value = timings.get(step.id, 0) or 0
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value < 0:
                raise InvalidInput(f"the time for step {step.id!r} must be a number of seconds")
            seconds[step.id] = min(float(value), step.seconds if not step.open_ended else 4 * 3600.0)
    total = sum(seconds.values())
    walls = iter((now - timedelta(seconds=total), now))
    engine.start()
    for index, step in enumerate(steps):
        if engine.index != index or engine.state not in ("running", "paused"):
            break
        last = index >= reached
        if isinstance(step, TimedStep):
            clock[0] += seconds.get(step.id, 0.0)
            if last:
                break
            if engine.tick() and engine.index != index:
                continue  # the timer ran out and moved on by itself
        elif step.id in answers and answers[step.id] not in (None, ""):
            engine.answer(step.id, answers[step.id])
        if last:
            break
        engine.next()
    if outcome == "completed":
        if engine.state != "done":
            raise InvalidInput("the practice has steps left, so it cannot be finished yet")
        return engine.finish(distress_after=distress_after)
    if outcome == "too_much":
        return engine.too_much(distress_after=distress_after)
    return engine.abandon(distress_after=distress_after)


def record(store, practice: Practice, **run):
    """Replay and store a run (through the practices service, as the CLI stores one); returns (session id, outcome)."""
    from hearten.services.practice_sessions import record as record_session

    result = replay(practice, **run)
    session_id, _ = record_session(store, outcome=result)
    return session_id, result
