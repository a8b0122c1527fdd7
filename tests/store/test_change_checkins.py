"""Changing and deleting a check-in, on SQLite and PostgreSQL: all or nothing, its time and uid kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hearten.domain.field_checks import FieldProblems
from hearten.domain.records import NewCheckin
from hearten.services import NotFound, checkins

AT = datetime(2026, 3, 12, 9, 30, tzinfo=UTC)


def test_update_keeps_the_time_and_uid(store):
    checkin_id = store.add_checkin(NewCheckin(at=AT, mood=3, note="tired", activities=("walk",)))
    before = store.get_checkin(checkin_id)
    after = store.update_checkin(checkin_id, NewCheckin(mood=6, sleep_hours=7.5, activities=("read", "walk")))
    assert (after.at, after.uid) == (before.at, before.uid)
    assert (after.mood, after.sleep_hours, after.note, after.activities) == (6, 7.5, None, ("read", "walk"))


def test_update_and_delete_an_unknown_check_in(store):
    with pytest.raises(NotFound):
        store.update_checkin(99, NewCheckin(mood=1))
    with pytest.raises(NotFound):
        store.delete_checkin(99)


def test_the_use_cases_are_all_or_nothing(store):
    saved, _ = checkins.add(store, mood="4", note="as it was", at=AT)
    with pytest.raises(FieldProblems) as found:
        checkins.edit(store, checkin_id=saved.id, mood="11", sleep_hours="30", note="new words")
    assert set(found.value.problems) == {"mood", "sleep_hours"}
    assert store.get_checkin(saved.id).note == "as it was"
    changed, _ = checkins.edit(store, checkin_id=saved.id, distress=9)  # the rest stays
    assert (changed.mood, changed.distress, changed.note) == (4, 9, "as it was")
    with pytest.raises(FieldProblems):
        checkins.edit(store, checkin_id=saved.id, mood=None, distress=None, note=None)
    checkins.delete(store, checkin_id=saved.id)
    assert store.list_checkins() == []


def test_an_empty_check_in_is_refused_everywhere(store):
    for nothing in ({"note": "  "}, {}, {"activities": []}):
        with pytest.raises(FieldProblems) as found:
            checkins.add(store, **nothing)
        assert "nothing in this check-in" in found.value.problems["checkin"]
    assert store.list_checkins() == []


def test_editing_an_entry_keeps_what_is_left_out(store):
    from hearten.services import journal

    entry_id = journal.write(store, text="First", mood="5", tags=["a"])
    assert journal.edit(store, entry_id=entry_id, text="Second").mood == 5
    entry = journal.edit(store, entry_id=entry_id, mood=None, tags=[])
    assert (entry.text, entry.mood, entry.tags) == ("Second", None, ())
    with pytest.raises(FieldProblems) as found:
        journal.edit(store, entry_id=entry_id, text=" ", mood=12)
    assert set(found.value.problems) == {"text", "mood"}
    assert store.get_entry(entry_id).text == "Second"
    journal.delete(store, entry_id=entry_id)
    with pytest.raises(NotFound):
        journal.delete(store, entry_id=entry_id)
