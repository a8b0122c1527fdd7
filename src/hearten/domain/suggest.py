"""Which practice to offer next, by a few plain rules a person can read and check.

The rules, first match wins (docs/practices.md repeats them):
  1. High distress lately: the newest check-in has distress 7 or more, or the recent
     check-ins average 7 or more, or home is showing the help after a hard day
     (domain.safety.after_today: crisis words written, or a check-in of distress 8 or
     more, since safety.hard_day_since)       -> grounding
  2. Basics running low: recent sleep averages under 6 hours, activity under 15 minutes,
     or food 3 or less (out of 10)            -> self-care-check
  3. Feeling cut off: recent social connection averages 3 or less (out of 10)
                                              -> loving-kindness
  4. Self-compassion scores given: the lowest component (when one is clearly lowest)
     -> the practice that builds it (COMPONENT_PRACTICE below)
  5. Otherwise                                -> three-components-pause
"Recent" means the newest RECENT check-ins the caller passes. A rule whose practice is
missing from `practices` is passed over.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean

RECENT = 7
HIGH_DISTRESS = 7
LOW_SLEEP_HOURS = 6.0
LOW_ACTIVE_MINUTES = 15.0
LOW_FOOD = 3
LOW_SOCIAL = 3
DEFAULT_PRACTICE = "three-components-pause"

# The component a person scores lowest on -> a practice aimed squarely at it.
COMPONENT_PRACTICE = {
    "self_kindness": "friend-perspective",  # practise the words you would give a friend
    "common_humanity": "loving-kindness",  # widen the circle from yourself to everyone
    "mindfulness": "mindful-breathing",  # practise staying with what is here
}

REASONS = {
    "distress": "Things have felt heavy lately. A short grounding practice can help you feel steadier first.",
    "self_care": "Rest, movement and food have been running low lately. A gentle look at the basics might help.",
    "social": "You've felt a bit cut off from people lately. Sending kind wishes outward can help you feel connected.",
    "self_kindness": (
        "Being kind to yourself seems hardest right now. "
        "Finding the words you'd give a friend is a good place to start."
    ),
    "common_humanity": (
        "Feeling alone with struggles seems hardest right now. "
        "This practice reminds you how much you share with others."
    ),
    "mindfulness": (
        "Staying with difficult feelings seems hardest right now. "
        "A few minutes resting your attention, on your breath or on sounds around you, can help build that."
    ),
    "default": "A short pause that touches all three parts of self-compassion is a good everyday practice.",
}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A practice to offer and the one-line reason, in plain words."""

    practice_id: str
    reason: str
    rule: str  # which rule chose it: distress, self_care, social, a component name, or default


def _average(checkins, name: str) -> float | None:
    values = [getattr(c, name) for c in checkins if getattr(c, name, None) is not None]
    return fmean(values) if values else None


def suggest_practice(
    *, recent_checkins: list, component_scores: dict[str, float] | None, practices: dict, hard_day: bool = False
) -> Suggestion:
    """The practice to offer next and why; see the module docstring for the rules. `hard_day`: home is
    showing the help at its top, so the practice offered beside it steadies rather than turns towards the pain."""
    recent = sorted(recent_checkins or (), key=lambda c: c.at, reverse=True)[:RECENT]
    candidates: list[tuple[str, str]] = []

    newest_distress = next((c.distress for c in recent if c.distress is not None), None)
    mean_distress = _average(recent, "distress")
    if (
        hard_day
        or (newest_distress is not None and newest_distress >= HIGH_DISTRESS)
        or (mean_distress is not None and mean_distress >= HIGH_DISTRESS)
    ):
        candidates.append(("distress", "grounding"))

    sleep, active, food = _average(recent, "sleep_hours"), _average(recent, "active_minutes"), _average(recent, "food")
    if (
        (sleep is not None and sleep < LOW_SLEEP_HOURS)
        or (active is not None and active < LOW_ACTIVE_MINUTES)
        or (food is not None and food <= LOW_FOOD)
    ):
        candidates.append(("self_care", "self-care-check"))

    social = _average(recent, "social")
    if social is not None and social <= LOW_SOCIAL:
        candidates.append(("social", "loving-kindness"))

    scores = {k: v for k, v in (component_scores or {}).items() if k in COMPONENT_PRACTICE and v is not None}
    if scores:
        lowest = min(scores.values())
        at_lowest = [name for name, value in scores.items() if value == lowest]
        if len(at_lowest) == 1 and len(scores) > 1:  # a tie points nowhere in particular
            candidates.append((at_lowest[0], COMPONENT_PRACTICE[at_lowest[0]]))

    candidates.append(("default", DEFAULT_PRACTICE))
    for rule, practice_id in candidates:
        if practice_id in practices:
            return Suggestion(practice_id, REASONS[rule], rule)
    # Nothing we would pick is installed: offer the first practice there is, without a claim.
    if practices:
        first = next(iter(practices))
        return Suggestion(first, "Here is a practice you might like to try.", "default")
    raise ValueError("there are no practices to suggest")
