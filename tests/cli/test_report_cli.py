"""`hearten report`: a PDF made locally and read back with pypdf, HTML, and journal text only when asked."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pypdf import PdfReader

from hearten.domain.records import NewCheckin, NewEntry, NewSession, now
from tests.support.cli import run_hearten

SECRET = "Mum's visit <b>left me</b> wobbly"
NOTE = "slept badly before the interview"


def fill(store):
    today = now().replace(hour=12, minute=0, second=0, microsecond=0)
    checkins = [
        NewCheckin(
            at=today - timedelta(days=d), mood=4 + d % 3, distress=3, sleep_hours=7, note=NOTE if d == 2 else None
        )
        for d in range(10)
    ]
    sessions = [
        (
            NewSession(
                practice_id="mindful-breathing",
                started_at=today - timedelta(days=d, hours=2),
                ended_at=today - timedelta(days=d, hours=1, minutes=50),
                planned_seconds=600,
                actual_seconds=600,
                completed=True,
                distress_before=6,
                distress_after=4,
            ),
            [],
        )
        for d in (1, 3)
    ]
    entries = [NewEntry(text=SECRET, created_at=today - timedelta(days=1))]
    store.import_records(checkins=checkins, sessions=sessions, entries=entries)


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.mark.usefixtures("one_day")  # the week is counted back from today here and in `hearten report`
def test_pdf_report_without_journal_text(store, home_env, tmp_path):
    fill(store)
    out = tmp_path / "week.pdf"
    result = run_hearten(["report", "--period", "week", "--out", str(out)], home_env, check=True)
    assert "Saved your report" in result.out
    text = pdf_text(out)
    assert "hearten: your week" in text and "7 check-ins." in text
    assert "Mindful breathing" in text and "-2.0 (2)" in text
    assert "wobbly" not in text and "interview" not in text
    assert (out.stat().st_mode & 0o777) == 0o600


def test_pdf_report_with_journal_text(store, home_env, tmp_path):
    fill(store)
    out = tmp_path / "month.pdf"
    run_hearten(["report", "--period", "month", "--out", str(out), "--include-journal"], home_env, check=True)
    text = " ".join(pdf_text(out).split())
    assert "your month" in text and "10 check-ins." in text
    assert SECRET in text and NOTE in text


def test_html_report_escapes_text(store, home_env, tmp_path):
    fill(store)
    out = tmp_path / "week.html"
    run_hearten(["report", "--out", str(out), "--include-journal"], home_env, check=True)
    page = out.read_text(encoding="utf-8")
    assert "&lt;b&gt;left me&lt;/b&gt;" in page and "<b>left me" not in page
    assert page.startswith("<!doctype html>") and 'lang="en"' in page


def test_text_report_and_refusals(store, home_env, tmp_path):
    fill(store)
    text = run_hearten(["report"], home_env, check=True).out
    assert "How the days went" in text and "wobbly" not in text
    bad = run_hearten(["report", "--out", str(tmp_path / "r.docx")], home_env)
    assert bad.returncode == 1 and ".pdf or an .html" in bad.err
    missing = run_hearten(["report", "--out", str(tmp_path / "nope" / "r.pdf")], home_env)
    assert missing.returncode == 1 and "no such folder" in missing.err


@pytest.mark.usefixtures("one_day")
def test_a_person_chooses_what_goes_in(store, home_env, tmp_path):
    """#14: their choice what goes in. Each part can be left out; the rest stays."""
    fill(store)
    text = run_hearten(["report", "--leave-out", "practice", "--leave-out", "days"], home_env, check=True).out
    assert "Mindful breathing" not in text and "How the days went" not in text
    out = tmp_path / "week.pdf"
    run_hearten(["report", "--out", str(out), "--leave-out", "questionnaires"], home_env, check=True)
    assert "Mindful breathing" in pdf_text(out) and "How the days went" in pdf_text(out)
    bad = run_hearten(["report", "--leave-out", "journal"], home_env)
    assert bad.returncode == 2 and "journal" in bad.err
