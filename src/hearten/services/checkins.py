"""Check-in use-cases that carry a safety decision, so a high distress means the same everywhere."""

from __future__ import annotations

from typing import NamedTuple

from hearten import services
from hearten.domain import safety
from hearten.store import Store


class CheckinSaved(NamedTuple):
    checkin: object
    decision: safety.SafetyDecision


def add(store: Store, *, at=None, **fields) -> CheckinSaved:
    """Save a check-in (the fields of services.add_checkin); returns it with what to show after it.

    Every field is checked first (FieldProblems names each one that is wrong), and a check-in
    with nothing in it is refused, kindly, from every front end.
    """
    from hearten.domain.field_checks import checkin_values

    checkin_id = services.add_checkin(store, **checkin_values(**fields), at=at)
    return saved(store, checkin_id=checkin_id)


def edit(store: Store, *, checkin_id: int, **fields) -> CheckinSaved:
    """Change a check-in all or nothing: the fields given replace the old ones, the rest stay; its time stays."""
    from hearten.domain.field_checks import CHECKIN_FIELDS, checkin_values
    from hearten.domain.records import NewCheckin

    old = store.get_checkin(checkin_id)  # NotFound before any check
    merged = {name: getattr(old, name) for name in CHECKIN_FIELDS}
    merged.update(fields)
    values = checkin_values(**merged)
    store.update_checkin(old.id, NewCheckin(at=old.at, uid=old.uid, **values))
    return saved(store, checkin_id=old.id)


def delete(store: Store, *, checkin_id: int) -> None:
    store.delete_checkin(checkin_id)


def history(store: Store, *, limit: int | None = None, until=None, activity: str | None = None):
    """Check-ins, newest first; with `activity`, only those that name it (as `checkin list --activity`)."""
    return services.list_checkins(store, until=until, activity=activity or None, limit=limit)


def saved(store: Store, *, checkin_id: int) -> CheckinSaved:
    """A stored check-in and the decision it calls for."""
    checkin = store.get_checkin(checkin_id)
    return CheckinSaved(checkin, safety.after_checkin(checkin.distress, checkin.note, checkin.activities))
