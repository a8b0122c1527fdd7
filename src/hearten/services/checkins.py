"""Check-in use-cases that carry a safety decision, so a high distress means the same everywhere."""

from __future__ import annotations

from typing import NamedTuple

from hearten import services
from hearten.domain import safety
from hearten.store import Store


class CheckinSaved(NamedTuple):
    checkin: object
    decision: safety.SafetyDecision


def add(store: Store, **fields) -> CheckinSaved:
    """Save a check-in (the fields of services.add_checkin); returns it with what to show after it."""
    checkin_id = services.add_checkin(store, **fields)
    return saved(store, checkin_id=checkin_id)


def saved(store: Store, *, checkin_id: int) -> CheckinSaved:
    """A stored check-in and the decision it calls for."""
    checkin = store.get_checkin(checkin_id)
    return CheckinSaved(checkin, safety.after_checkin(checkin.distress))
