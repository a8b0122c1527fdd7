"""A personal experiment: a randomised ABAB schedule of practice and rest periods, and its result.

Pure: the random source is passed in, the schedule is plain data saved before any result
exists, and the result is computed from the same Days the insights use.
"""

from __future__ import annotations

from datetime import date, timedelta

from hearten.domain.records import InvalidInput, clean_text, record

PRACTICE, REST = "practice", "rest"
MIN_PAIRS = 3
# A result needs 14 days with a check-in on each side (effects.MIN_DAYS_EACH_SIDE): 4 weeks is the
# shortest schedule that can hold them, and only if every day has one.
MIN_WEEKS, MAX_WEEKS, DEFAULT_WEEKS = 4, 26, 6
MAX_QUESTION_CHARS = 500


@record
class Period:
    start: date
    end: date  # inclusive
    arm: str  # PRACTICE or REST


@record
class Experiment:
    id: int | None
    practice_id: str
    question: str
    periods: tuple  # of Period, in order
    created_at: object  # aware datetime: when the schedule was drawn and saved
    stopped_on: date | None = None

    @property
    def start(self) -> date:
        return self.periods[0].start

    @property
    def end(self) -> date:
        return self.periods[-1].end

    def last_day(self) -> date:
        """The schedule's last day, or the day before it was stopped early."""
        return min(self.end, self.stopped_on - timedelta(days=1)) if self.stopped_on else self.end


def check_question(question) -> str:
    text = clean_text("the question", question, required=True).strip()
    if len(text) > MAX_QUESTION_CHARS:
        raise InvalidInput(f"the question is longer than {MAX_QUESTION_CHARS} characters; a sentence is enough")
    return text


def draw_schedule(*, start: date, weeks: int, coin) -> tuple[Period, ...]:
    """Pairs of periods (one practice, one rest, in a random order per pair; both of a pair the same
    length) filling `weeks` weeks, so each side gets half the days.

    `coin()` returns True or False at random. At least 3 pairs; periods of whole days. When the days do
    not share out evenly among the pairs the first pairs are a day longer; with an odd number of days
    (an odd number of weeks) the last day is left out, so both sides have the same number.
    """
    if isinstance(weeks, bool) or not isinstance(weeks, int) or not MIN_WEEKS <= weeks <= MAX_WEEKS:
        from hearten.domain.effects import MIN_DAYS_EACH_SIDE  # imported late: it brings the safety rules

        raise InvalidInput(
            f"an experiment lasts {MIN_WEEKS} to {MAX_WEEKS} weeks, not {weeks}: a result needs "
            f"{MIN_DAYS_EACH_SIDE} days with a check-in on each side"
        )
    pairs = max(MIN_PAIRS, weeks // 2)
    length, longer = divmod(weeks * 7 // 2, pairs)
    periods, day = [], start
    for n in range(pairs):
        days = length + (n < longer)
        arms = (PRACTICE, REST) if coin() else (REST, PRACTICE)
        for arm in arms:
            periods.append(Period(start=day, end=day + timedelta(days=days - 1), arm=arm))
            day += timedelta(days=days)
    return tuple(periods)


def assignment(experiment: Experiment, day: date) -> str | None:
    """PRACTICE or REST for a day inside the experiment; None before, after or once stopped."""
    if experiment.stopped_on and day >= experiment.stopped_on:
        return None
    for period in experiment.periods:
        if period.start <= day <= period.end:
            return period.arm
    return None


def periods_json(periods) -> list[dict]:
    return [{"start": p.start.isoformat(), "end": p.end.isoformat(), "arm": p.arm} for p in periods]


def periods_from_json(items) -> tuple[Period, ...]:
    return tuple(
        Period(start=date.fromisoformat(i["start"]), end=date.fromisoformat(i["end"]), arm=i["arm"]) for i in items
    )


def result(experiment: Experiment, *, days, today: date) -> dict:
    """Mood and distress on practice periods against rest periods so far, by the schedule, with intervals.

    `days` is a domain.effects.Days covering the experiment. Days are compared by what the
    schedule asked for, not by what was done, which keeps the comparison randomised; how
    closely the schedule was followed is reported beside it.
    """
    from hearten.domain import effects

    last = min(experiment.last_day(), today)
    assigned, followed, asked = [], {PRACTICE: [0, 0], REST: [0, 0]}, 0
    practised = days.practices.get(experiment.practice_id, [False] * days.count)
    for i in range(days.count):
        day = days.day(i)
        arm = assignment(experiment, day) if day <= last else None
        assigned.append(arm == PRACTICE)
        if arm is not None:
            asked += 1
            followed[arm][0] += 1
            followed[arm][1] += practised[i] if arm == PRACTICE else not practised[i]
    in_window = [experiment.start <= days.day(i) <= last for i in range(days.count)]
    measures = {
        name: [v if in_window[i] else None for i, v in enumerate(values)] for name, values in days.measures.items()
    }
    scheduled = days.replace(measures=measures, practices={experiment.practice_id: assigned})
    found = effects.analyse(scheduled)
    same_day = [e for e in found.effects if e.lag == 0 and e.measure in ("mood", "distress")]
    waiting = next((w for w in found.not_yet if w.measure is None), None)
    return {
        "days_so_far": asked,
        "followed": {arm: {"days": n, "as_planned": ok} for arm, (n, ok) in followed.items()},
        "effects": same_day,
        "days_needed": waiting.days_needed if waiting and not same_day else 0,
        "finished": today > experiment.last_day(),
    }
