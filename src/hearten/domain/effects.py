"""What goes with what, for one person: practice effects, distress before and after, next-day links.

Pure: records in, plain records out, no I/O. numpy is imported inside the functions that
need it, so importing this module costs nothing on other commands' start-up.

Every interval comes from one method, a circular block bootstrap over calendar days:
days are resampled in runs of consecutive days, so a good week stays a good week and
the interval is as wide as the day-to-day stickiness of moods makes it. docs/insights.md
explains the choice. Results are seeded, so the same data always give the same figures.
"""

from __future__ import annotations

from datetime import date, timedelta

from hearten.domain.records import record
from hearten.domain.safety import (
    DISTRESS_RISE,  # the rise that stops a practice gently, counted here too
    crisis_in_writing,
)

ANY = "any"  # the "any practice" pseudo-practice
MEASURES = ("mood", "distress", "self_compassion")
# Today's factor -> tomorrow's measure. One screen at most: four factors, two measures.
FACTORS = ("sleep_hours", "active_minutes", "social", "food")
# Check-in activities in the person's own words are factors too, as "activity:walk": 1 on a day whose
# check-ins list it, 0 on a day whose check-ins list others. Only the most frequent few, each done on at
# least MIN_ACTIVITY_DAYS days and left out on as many, so the factors still fit one screen.
ACTIVITY = "activity:"
MAX_ACTIVITY_FACTORS = 2
MIN_ACTIVITY_DAYS = 7
ASSOCIATION_MEASURES = ("mood", "distress")
SELF_COMPASSION_INSTRUMENTS = ("self-compassion-checkin", "scs-sf-12", "scs-26")

MIN_DAYS_EACH_SIDE = 14
MIN_SWITCHES = 3
MIN_PAIRS = 28  # days with both today's factor and tomorrow's measure
MIN_RATED_SESSIONS = 10  # sessions with distress before and after

DRAWS = 1000
SEED = 20261104


@record
class Days:
    """One value (or None) per calendar day from `start`, for every measure and factor."""

    start: date
    count: int
    measures: dict  # name -> list[float | None]
    factors: dict  # name -> list[float | None]
    practices: dict  # practice id (and ANY) -> list[bool]

    def day(self, index: int) -> date:
        return self.start + timedelta(days=index)


# How many decimals people are shown: differences of a 0-10 measure, and correlations.
EFFECT_DECIMALS, CORRELATION_DECIMALS = 1, 2


def clear_of_zero(low: float, high: float, decimals: int) -> bool:
    """Whether an interval lies wholly on one side of zero once rounded as shown."""
    return round(low, decimals) > 0 or round(high, decimals) < 0


@record
class Effect:
    practice: str
    measure: str
    lag: int
    difference: float
    low: float
    high: float
    n_with: int
    n_without: int
    switches: int

    @property
    def clear(self) -> bool:
        """True when the whole interval lies on one side of zero as it is shown (EFFECT_DECIMALS): an
        interval printed "+0.0 to +1.4" touches zero, and is not called clear."""
        return clear_of_zero(self.low, self.high, EFFECT_DECIMALS)


@record
class NotYet:
    """A practice with nothing shown yet (measure and lag None), or, for a practice some of whose figures are
    shown, one measure at one lag that is not: "mood the next day" waits while "mood the same day" shows."""

    practice: str
    days_needed: int
    n_with: int
    n_without: int
    switches: int
    measure: str | None = None
    lag: int | None = None


@record
class Association:
    factor: str
    measure: str
    lag: int
    r: float
    low: float
    high: float
    n: int


@record
class DistressChange:
    """Distress after minus before, over the sessions that rated both."""

    practice: str
    n: int
    mean_change: float | None
    low: float | None
    high: float | None
    rises: int  # sessions where distress rose by DISTRESS_RISE or more

    @property
    def share_rising(self) -> float:
        return self.rises / self.n if self.n else 0.0


@record
class Insights:
    effects: tuple
    not_yet: tuple
    associations: tuple
    distress: tuple
    days: int
    start: date | None


# -- from records to days ----------------------------------------------------------------
def build_days(*, checkins=(), entry_moods=(), sessions=(), assessments=(), start: date, end: date) -> Days:
    """Daily means of each measure and factor, and which practices were done on each day.

    `entry_moods` are (time, mood) pairs from journal entries: they count on days without a check-in mood.
    """
    import numpy as np

    count = max(0, (end - start).days + 1)
    origin = start.toordinal()
    values: dict[str, tuple[list, list]] = {name: ([], []) for name in (*MEASURES, *FACTORS)}

    def index(moment) -> int:
        i = moment.date().toordinal() - origin
        return i if 0 <= i < count else -1

    names = ("mood", "distress", *FACTORS)
    for checkin in checkins:
        i = index(checkin.at)
        if i < 0:
            continue
        for name in names:
            value = getattr(checkin, name)
            if value is not None:
                values[name][0].append(i)
                values[name][1].append(value)
    instrument = _main_self_compassion_instrument(assessments)
    for assessment in assessments:
        i = index(assessment.taken_at)
        if assessment.instrument_id == instrument and assessment.total is not None and i >= 0:
            values["self_compassion"][0].append(i)
            values["self_compassion"][1].append(assessment.total)

    def means(name):
        index, found = values[name]
        if not index:
            return np.full(count, np.nan)
        index = np.array(index)
        total = np.bincount(index, weights=np.array(found, dtype=float), minlength=count)
        number = np.bincount(index, minlength=count)
        with np.errstate(invalid="ignore", divide="ignore"):
            return total / number

    series = {name: means(name) for name in (*MEASURES, *FACTORS)}
    values["entry_mood"] = ([], [])
    for moment, mood in entry_moods:
        i = index(moment)
        if i >= 0:
            values["entry_mood"][0].append(i)
            values["entry_mood"][1].append(mood)
    if values["entry_mood"][0]:
        series["mood"] = np.where(np.isnan(series["mood"]), means("entry_mood"), series["mood"])

    practiced: dict[str, list] = {ANY: [False] * count}
    for session in sessions:
        i = index(session.started_at)
        if i < 0 or not (session.completed or (session.actual_seconds or 0) >= 60):
            continue  # outside the window, or a practice opened and left at once: not a practice day
        practiced.setdefault(session.practice_id, [False] * count)[i] = True
        practiced[ANY][i] = True

    def listed(array):
        return [None if v != v else v for v in array.tolist()]

    return Days(
        start=start,
        count=count,
        measures={name: listed(series[name]) for name in MEASURES},
        factors={**{name: listed(series[name]) for name in FACTORS}, **_activity_factors(checkins, index, count)},
        practices=practiced,
    )


def _activity_factors(checkins, index, count: int) -> dict[str, list]:
    """The most frequent check-in activities as factors (ACTIVITY + name): 1.0 on days that list it, 0.0 on
    days whose check-ins list other activities, None on days with none noted (not noting is not "not doing")."""
    noted: dict[int, set[str]] = {}
    for checkin in checkins:
        i = index(checkin.at)
        if i >= 0 and checkin.activities:
            noted.setdefault(i, set()).update(checkin.activities)
    done_on: dict[str, int] = {}
    for names in noted.values():
        for name in names:
            done_on[name] = done_on.get(name, 0) + 1
    usable = [
        name
        for name, n in done_on.items()
        if n >= MIN_ACTIVITY_DAYS and len(noted) - n >= MIN_ACTIVITY_DAYS  # it varies, so it can go with something
    ]
    # An activity in crisis words ("self-harm") gets the help lines at its check-in; it is never offered back
    # as something that "went with" a better day.
    usable = [name for name in usable if not crisis_in_writing(name)]
    chosen = sorted(usable, key=lambda name: (-done_on[name], name))[:MAX_ACTIVITY_FACTORS]
    factors = {}
    for name in chosen:
        values: list = [None] * count
        for i, names in noted.items():
            values[i] = 1.0 if name in names else 0.0
        factors[ACTIVITY + name] = values
    return factors


def _main_self_compassion_instrument(assessments) -> str | None:
    """The self-compassion instrument taken most often: scores from different ones are not mixed."""
    counts: dict[str, int] = {}
    for assessment in assessments:
        if assessment.instrument_id in SELF_COMPASSION_INSTRUMENTS and assessment.total is not None:
            counts[assessment.instrument_id] = counts.get(assessment.instrument_id, 0) + 1
    return max(counts, key=lambda k: (counts[k], k)) if counts else None


# -- thresholds ------------------------------------------------------------------------------
def counts(practiced, values, lag: int) -> tuple[int, int, int]:
    """(days with, days without, switches) over the days where the measure `lag` days later is known."""
    import numpy as np

    did = np.asarray(practiced, dtype=bool)
    later = np.full(len(did), np.nan)
    later[: len(did) - lag] = _as_array(values)[lag:]
    return _split(did, np.isfinite(later))


def _split(did, seen) -> tuple[int, int, int]:
    import numpy as np

    kept = did[seen]
    n_with = int(kept.sum())
    return n_with, int(kept.size - n_with), int(np.count_nonzero(kept[1:] != kept[:-1]))


def days_needed(n_with: int, n_without: int, switches: int) -> int:
    """How many more measured days at the least before an effect can be shown (0: enough now)."""
    short = max(0, MIN_DAYS_EACH_SIDE - n_with) + max(0, MIN_DAYS_EACH_SIDE - n_without)
    return max(short, max(0, MIN_SWITCHES - switches))


def block_length(n: int) -> int:
    """Days per resampled block: grows like the cube root of the series, as the theory advises."""
    return max(3, min(n // 4 or 1, round(2 * n ** (1 / 3))))


# -- the bootstrap engine --------------------------------------------------------------------
def _resample_totals(columns, *, draws: int, seed: int):
    """Totals of each column (n days x k) over `draws` circular block resamples of the days.

    Each resample joins whole blocks of consecutive days (wrapping at the end) until it is
    n days long; the last block is cut to fit. Sums over blocks come from cumulative sums,
    so the cost is one matrix product however long the series.
    """
    import numpy as np

    n, _ = columns.shape
    length = block_length(n)
    blocks = -(-n // length)
    tail = n - (blocks - 1) * length  # days in the last, possibly shorter, block
    rng = np.random.default_rng(seed)
    starts = rng.integers(0, n, size=(draws, blocks))
    wrapped = np.concatenate([columns, columns[:length]], axis=0)
    running = np.concatenate([np.zeros((1, columns.shape[1])), np.cumsum(wrapped, axis=0)], axis=0)
    first = np.arange(n)
    full = running[first + length] - running[first]
    part = running[first + tail] - running[first]
    totals = part[starts[:, -1]]
    # The resamples pick a few blocks out of many starts, so adding the picked rows block by
    # block is far cheaper than a dense (draws x n) count matrix times the block sums.
    for j in range(blocks - 1):
        totals += full[starts[:, j]]
    return totals


def critical_value(n: int) -> float:
    """The multiplier for a 95% interval from a block-bootstrap standard error of n days.

    A resampled spread underestimates the real one when blocks are not short beside the
    series; Kiefer and Vogelsang's fixed-b approximation (Bartlett kernel, 2005) widens the
    usual 1.96 by the ratio of block length to series length, b.
    """
    b = block_length(n) / n
    return 1.96 + 2.9694 * b + 0.4160 * b * b - 0.5324 * b * b * b


def _interval(point: float, values, n: int) -> tuple[float, float]:
    """point -/+ critical value x the spread of the resampled values."""
    import numpy as np

    finite = values[np.isfinite(values)]
    if finite.size < 2 or not np.isfinite(point):
        return float("nan"), float("nan")
    half = critical_value(n) * float(finite.std(ddof=1))
    return float(point - half), float(point + half)


def _as_array(values):
    import numpy as np

    if isinstance(values, np.ndarray):
        return values.astype(float)
    return np.array([np.nan if v is None else v for v in values], dtype=float)


# -- the analyses ----------------------------------------------------------------------------
def analyse(days: Days, *, draws: int = DRAWS, seed: int = SEED) -> Insights:
    """Every effect and next-day link the data can bear, with 95% intervals."""
    if days.count < 2:
        return Insights(effects=(), not_yet=(), associations=(), distress=(), days=days.count, start=days.start)
    import numpy as np

    n = days.count
    columns: list = []
    shared: dict = {}

    def column(key, make) -> int:
        """The index of a column, made once however many figures use it."""
        if key not in shared:
            shared[key] = len(columns)
            columns.append(make())
        return shared[key]

    later = {}  # (measure, lag) -> (the measure `lag` days later, or 0, and whether it is known)
    for measure in MEASURES:
        y = _as_array(days.measures[measure])
        for lag in (0, 1):
            shifted = np.full(n, np.nan)
            shifted[: n - lag] = y[lag:]
            seen = np.isfinite(shifted)
            later[measure, lag] = (np.where(seen, shifted, 0.0), seen)

    jobs, best_need, needs = [], {}, []
    order = sorted(days.practices, key=lambda p: (p != ANY, -sum(days.practices[p]), p))
    for practice in order:
        did = np.asarray(days.practices[practice], dtype=bool)
        for measure in MEASURES:
            for lag in (0, 1):
                value, seen = later[measure, lag]
                n_with, n_without, switches = _split(did, seen)
                need = days_needed(n_with, n_without, switches)
                if need:
                    needs.append(
                        NotYet(
                            practice=practice,
                            days_needed=need,
                            n_with=n_with,
                            n_without=n_without,
                            switches=switches,
                            measure=measure,
                            lag=lag,
                        )
                    )
                    known = best_need.get(practice)
                    if known is None or need < known.days_needed:
                        best_need[practice] = NotYet(
                            practice=practice, days_needed=need, n_with=n_with, n_without=n_without, switches=switches
                        )
                    continue
                at = [
                    column((measure, lag, "n"), lambda: seen.astype(float)),
                    column((measure, lag, "sum"), lambda: value),
                    column((practice, measure, lag, "n"), lambda: (did & seen).astype(float)),
                    column((practice, measure, lag, "sum"), lambda: np.where(did, value, 0.0)),
                ]
                jobs.append(("effect", at, (practice, measure, lag, n_with, n_without, switches)))
    for factor in days.factors:
        x_all = _as_array(days.factors[factor])
        for measure in ASSOCIATION_MEASURES:
            value, seen = later[measure, 1]
            both = np.isfinite(x_all) & seen
            pairs = int(both.sum())
            if pairs < MIN_PAIRS or np.ptp(x_all[both]) == 0 or np.ptp(value[both]) == 0:
                continue  # too few days, or a factor that never changes and so cannot go with anything
            # Centred first, so sums of squares stay small and exact.
            x = np.where(both, x_all - x_all[both].mean(), 0.0)
            y = np.where(both, value - value[both].mean(), 0.0)
            at = [len(columns) + k for k in range(6)]
            columns.extend([both.astype(float), x, y, x * x, y * y, x * y])
            jobs.append(("link", at, (factor, measure, pairs)))

    effects, associations = [], []
    if jobs:
        table = np.column_stack(columns)
        observed = table.sum(axis=0)
        resampled = _resample_totals(table, draws=draws, seed=seed)
        with np.errstate(divide="ignore", invalid="ignore"):
            for kind, at, facts in jobs:
                if kind == "effect":
                    practice, measure, lag, n_with, n_without, switches = facts
                    point = float(_difference(*observed[at]))
                    low, high = _interval(point, _difference(*resampled[:, at].T), n)
                    effects.append(
                        Effect(
                            practice=practice,
                            measure=measure,
                            lag=lag,
                            difference=point,
                            low=low,
                            high=high,
                            n_with=n_with,
                            n_without=n_without,
                            switches=switches,
                        )
                    )
                else:
                    factor, measure, pairs = facts
                    point = float(_correlation(observed[at]))
                    # On Fisher's z scale r's spread is even on both sides, so the interval is made there.
                    low, high = _interval(
                        float(np.arctanh(np.clip(point, -0.999999, 0.999999))),
                        np.arctanh(np.clip(_correlation(resampled[:, at].T), -0.999999, 0.999999)),
                        n,
                    )
                    associations.append(
                        Association(
                            factor=factor,
                            measure=measure,
                            lag=1,
                            r=point,
                            low=float(np.tanh(low)),
                            high=float(np.tanh(high)),
                            n=pairs,
                        )
                    )
    shown = {effect.practice for effect in effects}
    not_yet = [need for practice, need in best_need.items() if practice not in shown]
    # A practice with some figures shown: each measure shown at one lag but waiting at the other is said too,
    # so a missing next-day line is explained (a measure never recorded is not).
    shown_at = {(e.practice, e.measure) for e in effects}
    not_yet += [w for w in needs if w.practice in shown and (w.practice, w.measure) in shown_at]
    not_yet = tuple(not_yet)
    return Insights(
        effects=tuple(effects), not_yet=not_yet, associations=tuple(associations), distress=(), days=n, start=days.start
    )


def _difference(all_n, all_sum, with_n, with_sum):
    """Mean on practice days minus mean on the other days."""
    return with_sum / with_n - (all_sum - with_sum) / (all_n - with_n)


def _correlation(totals):
    import numpy as np

    n, sx, sy, sxx, syy, sxy = totals
    return (n * sxy - sx * sy) / np.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy))


def distress_changes(sessions, *, draws: int = DRAWS, seed: int = SEED) -> tuple[DistressChange, ...]:
    """Per practice (and for any practice): mean change in distress across a session, with its interval."""
    import numpy as np

    rated: dict[str, list] = {ANY: []}
    for session in sorted(sessions, key=lambda s: s.started_at):
        if session.distress_before is None or session.distress_after is None:
            continue
        change = session.distress_after - session.distress_before
        rated.setdefault(session.practice_id, []).append(change)
        rated[ANY].append(change)
    out = []
    for practice in sorted(rated, key=lambda p: (p != ANY, -len(rated[p]), p)):
        changes = rated[practice]
        rises = sum(1 for change in changes if change >= DISTRESS_RISE)
        if len(changes) < MIN_RATED_SESSIONS:
            out.append(
                DistressChange(practice=practice, n=len(changes), mean_change=None, low=None, high=None, rises=rises)
            )
            continue
        # Sessions in time order are resampled in runs, like days: close sessions are alike.
        values = np.array(changes, dtype=float)
        table = np.column_stack([np.ones_like(values), values])
        totals = _resample_totals(table, draws=draws, seed=seed)
        low, high = _interval(float(values.mean()), totals[:, 1] / totals[:, 0], len(values))
        out.append(
            DistressChange(
                practice=practice, n=len(changes), mean_change=float(values.mean()), low=low, high=high, rises=rises
            )
        )
    return tuple(out)


def insights(*, checkins=(), entry_moods=(), sessions=(), assessments=(), start: date, end: date) -> Insights:
    """Everything the insights screen shows, from the records of a window of days."""
    days = build_days(
        checkins=checkins, entry_moods=entry_moods, sessions=sessions, assessments=assessments, start=start, end=end
    )
    result = analyse(days)
    return result.replace(distress=distress_changes([s for s in sessions if start <= s.started_at.date() <= end]))


def rounded(value, digits: int = 3):
    """A rounded float for JSON, or None for a missing or undefined figure."""
    if value is None or value != value:
        return None
    return round(float(value), digits)


def as_json(result: Insights, *, titles: dict | None = None) -> dict:
    """The `hearten insights --json` shape (docs/data-formats.md): add fields, never rename them."""
    titles = titles or {}
    return {
        "days": result.days,
        "start": result.start.isoformat() if result.start else None,
        "effects": [
            {
                "practice": e.practice,
                "title": titles.get(e.practice, e.practice),
                "measure": e.measure,
                "lag": e.lag,
                "difference": rounded(e.difference),
                "low": rounded(e.low),
                "high": rounded(e.high),
                "n_with": e.n_with,
                "n_without": e.n_without,
                "switches": e.switches,
                "clear": e.clear,
            }
            for e in result.effects
        ],
        "associations": [
            {
                "factor": a.factor,
                "measure": a.measure,
                "lag": a.lag,
                "r": rounded(a.r),
                "low": rounded(a.low),
                "high": rounded(a.high),
                "n": a.n,
                "clear": clear_of_zero(a.low, a.high, CORRELATION_DECIMALS),
            }
            for a in result.associations
        ],
        "not_yet": [
            {
                "practice": w.practice,
                "title": titles.get(w.practice, w.practice),
                "days_needed": w.days_needed,
                "n_with": w.n_with,
                "n_without": w.n_without,
                "switches": w.switches,
                "measure": w.measure,
                "lag": w.lag,
            }
            for w in result.not_yet
        ],
        "distress": [
            {
                "practice": c.practice,
                "title": titles.get(c.practice, c.practice),
                "n": c.n,
                "mean_change": rounded(c.mean_change),
                "low": rounded(c.low),
                "high": rounded(c.high),
                "rises": c.rises,
                "share_rising": rounded(c.share_rising),
            }
            for c in result.distress
        ],
    }
