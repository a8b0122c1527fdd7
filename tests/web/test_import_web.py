"""A web import is handled in memory: the upload is never written to a temporary file."""

from __future__ import annotations

import json
import tempfile

from tests.web.conftest import post_form


def test_an_upload_is_imported_without_a_temporary_file(client, monkeypatch):
    def no_files(*args, **kwargs):
        raise AssertionError("the upload was written to a temporary file")

    for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryDirectory", "TemporaryFile"):
        monkeypatch.setattr(tempfile, name, no_files)
    journal = {
        "tags": {},
        "entries": [
            {
                "title": "A quiet evening.",
                "body": "Tea.",
                "date": "2026-03-09",
                "time": "21:14",
                "tags": [],
                "starred": False,
            }
        ],
    }
    done = post_form(
        client,
        "/settings/import",
        {"source": "jrnl"},
        files={"file": ("journal.json", json.dumps(journal).encode(), "application/json")},
    )
    assert done.status_code == 200 and "1 journal entry" in done.text, done.text[:300]
    assert "A quiet evening." in client.get("/journal").text


def test_a_large_upload_stays_in_memory(client, monkeypatch):
    """Over 1 MB, Starlette would spool an upload to a temporary file on disk; hearten keeps it in memory."""

    def no_files(*args, **kwargs):
        raise AssertionError("the upload was spooled to a temporary file")

    monkeypatch.setattr(tempfile, "TemporaryFile", no_files)
    text = "A long evening of writing. " * 60_000  # about 1.6 MB
    journal = {
        "tags": {},
        "entries": [
            {"title": "Long.", "body": text, "date": "2026-03-09", "time": "21:14", "tags": [], "starred": False}
        ],
    }
    data = json.dumps(journal).encode()
    assert len(data) > 1024 * 1024
    done = post_form(
        client, "/settings/import", {"source": "jrnl"}, files={"file": ("big.json", data, "application/json")}
    )
    assert done.status_code == 200 and "1 journal entry" in done.text, done.text[:300]


def test_a_broken_record_in_an_upload_is_refused_by_name(client):
    document = {
        "format": "hearten-export",
        "version": 1,
        "entries": [{"uid": "u1", "text": "fine", "created_at": "2026-03-09T21:14:00+00:00", "mood": "4", "tags": []}],
    }
    done = post_form(
        client,
        "/settings/import",
        {"source": "hearten"},
        files={"file": ("export.json", json.dumps(document).encode(), "application/json")},
    )
    assert done.status_code == 400 and "entries[0]" in done.text and "mood" in done.text
    assert "fine" not in client.get("/journal").text


def test_a_file_that_cannot_be_imported_brings_the_form_back_with_the_reason(client):
    done = post_form(
        client, "/settings/import", {"source": "daylio"}, files={"file": ("bad.csv", b"\x00\x01\x02", "text/csv")}
    )
    assert done.status_code == 400
    page = done.text
    assert 'id="import-problem" role="alert">Nothing was imported: ' in page and "bad.csv" in page
    assert '<option value="daylio" selected>' in page  # what was chosen stays chosen
    assert 'action="/settings/import#import"' in page and 'action="/settings/delete#delete"' in page  # Settings again


DAYLIO = (
    b"full_date,date,weekday,time,mood,activities,note_title,note\n"
    b"2024-03-06,March 6,Wednesday,8:30 pm,good,walk,,\n"
    b"2024-03-05,March 5,Tuesday,07:10,sleepy,,,\n"
)


def test_a_daylio_export_with_its_own_moods_imports_through_the_mood_field(client, app):
    form = client.get("/settings").text
    assert 'name="mood_map"' in form and 'data-shown-value="daylio"' in form
    files = {"file": ("daylio.csv", DAYLIO, "text/csv")}
    refused = post_form(client, "/settings/import", {"source": "daylio"}, files=files)
    assert refused.status_code == 400 and "sleepy=3" in refused.text
    assert 'name="mood_map"' in refused.text and '<option value="daylio" selected>' in refused.text
    wrong = post_form(client, "/settings/import", {"source": "daylio", "mood_map": "sleepy"}, files=files)
    assert wrong.status_code == 400 and "name=number" in wrong.text and 'value="sleepy"' in wrong.text
    done = post_form(client, "/settings/import", {"source": "daylio", "mood_map": "sleepy=3, good=7"}, files=files)
    assert done.status_code == 200 and "2 check-ins" in done.text, done.text[:500]
    again = post_form(client, "/settings/import", {"source": "daylio", "mood_map": "sleepy=6"}, files=files)
    assert again.status_code == 200 and "keep the mood" in again.text, again.text[:500]
    from hearten import services

    assert sorted(c.mood for c in services.list_checkins(app.state.hearten.store)) == [3, 7]


def test_the_export_hint_says_truly_how_an_encrypted_copy_opens_again(client):
    page = client.get("/settings").text
    assert "hearten can import it." not in page  # only an encrypted JSON copy imports
    assert "import an encrypted JSON copy" in page and "hearten export --decrypt" in page
