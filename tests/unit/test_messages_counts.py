"""Counts said as a person would: "1 day", "2 check-ins", never "1 entries" or "day(s)"."""

from __future__ import annotations

from hearten import messages


def test_records_are_counted_in_words_one_and_many():
    said = messages.records_counted({"entries": 1, "checkins": 2, "sessions": 0, "reframes": 1, "assessments": 3})
    assert said == ["1 journal entry", "2 check-ins", "0 practice sessions", "1 kinder version", "3 assessment results"]
    assert messages.records_counted({"entries": 0, "instruments": 1}, leave_out_none=True) == ["1 questionnaire"]


def test_a_sentence_with_counts_in_it():
    assert messages.counted("over 1 day(s) and 2 session(s)") == "over 1 day and 2 sessions"
