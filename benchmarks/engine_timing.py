"""How late does the practice engine notice a timer on a real clock?

Runs mindful-breathing for N seconds (default 120) with a bell every second, sleeping
until each next deadline the engine reports, and measures how long after its due time
each bell was noticed. Goal: worst case <= 5 ms over 2 minutes, <= 50 ms over 20 minutes.

    .venv/bin/python benchmarks/engine_timing.py --seconds 120
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time

from hearten.content.loaders import load_practice
from hearten.domain.content_schema import ChoiceStep, RatingStep
from hearten.domain.practice_player import Engine

PRACTICE = "mindful-breathing"


def to_the_timer(engine: Engine) -> float:
    """Walk past the steps before the timed one (answering any choice or rating as a person
    might) and return the monotonic time the timer started, as the engine reports it."""
    events = engine.start()
    while engine.state == "running" and engine.current.kind != "timed":
        step = engine.current.step
        if isinstance(step, ChoiceStep):
            engine.answer(step.id, step.options[0])
        elif isinstance(step, RatingStep):
            engine.answer(step.id, step.low)
        events = engine.next()
    if engine.state != "running":
        raise SystemExit(f"engine_timing: the {PRACTICE!r} practice has no timed step to measure")
    return events[-1].at


def run(seconds: float) -> tuple[list[float], float]:
    """Lateness in ms of every bell and the final time-up, and how late the session ended."""
    engine = Engine(load_practice(PRACTICE), minutes=seconds / 60, bells=1)
    begin = to_the_timer(engine)  # past the settling words and the choice of anchor
    lateness: list[float] = []
    noticed = begin
    while engine.state == "running" and engine.current.kind == "timed":
        deadline = engine.next_deadline()
        pause = deadline - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        noticed = time.monotonic()
        for event in engine.tick(noticed):
            if event.kind in ("bell", "time_up"):
                lateness.append((noticed - event.at) * 1000)
    return lateness, (noticed - begin - seconds) * 1000


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120.0, help="length of the session (default 120)")
    args = parser.parse_args(argv)
    lateness, end_late = run(args.seconds)
    if not lateness:
        print(f"engine_timing: no ticks were collected from {PRACTICE!r}; nothing to report", file=sys.stderr)
        return 1
    ordered = sorted(lateness)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    print(f"session: {args.seconds:g} s of timed practice, {len(lateness)} ticks (1 s bells)")
    print(f"lateness per tick: max {ordered[-1]:.3f} ms, p99 {p99:.3f} ms, median {statistics.median(ordered):.3f} ms")
    print(f"the session ended {end_late:.3f} ms after its planned end (drift does not build up)")
    print(f"python {platform.python_version()} on {platform.system()} {platform.machine()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
