"""Request sizes: a form carries what the domain accepts, uploads stay in memory, larger bodies are refused."""

from __future__ import annotations

import json
import tempfile

from hearten.domain.records import MAX_ENTRY_CHARS
from hearten.web import limits
from tests.web.conftest import api_headers, post_form, token


def test_a_one_megabyte_entry_goes_through_the_web_form(client):
    text = "I am learning to be gentle with myself. " * 27_000  # a little over 1 MiB
    assert len(text.encode()) > 1024 * 1024
    response = post_form(client, "/journal", {"text": text})
    assert response.status_code == 303
    shown = client.get(response.headers["location"]).text
    assert shown.count("I am learning to be gentle with myself.") == 27_000


def test_a_non_ascii_entry_over_a_megabyte_goes_through_the_web_form(client):
    text = "Ich übe, freundlich mit mir zu sein. 心 " * 30_000
    response = post_form(client, "/journal", {"text": text})
    assert response.status_code == 303


def test_the_api_takes_text_as_long_as_the_form_does_and_no_longer(client):
    headers = api_headers(client)
    longest = "a" * MAX_ENTRY_CHARS
    for path, field in (("/api/entries", "text"), ("/api/checkins", "note")):
        taken = client.post(path, json={field: longest}, headers=headers)
        assert taken.status_code == 201, (path, taken.text[:200])
        refused = client.post(path, json={field: longest + "a"}, headers=headers)
        assert refused.status_code == 422 and refused.json()["detail"], path
    assert post_form(client, "/journal", {"text": longest}).status_code == 303


def test_an_upload_is_read_in_memory_never_spilled_to_a_temporary_file(client, monkeypatch):
    spilled = []
    real = tempfile.SpooledTemporaryFile.rollover
    monkeypatch.setattr(tempfile.SpooledTemporaryFile, "rollover", lambda self: spilled.append(1) or real(self))
    document = {
        "format": "hearten-export",
        "version": 1,
        "entries": [
            {"uid": f"u{n:06d}", "text": "a quiet evening walk " * 40, "created_at": "2026-03-01T09:00:00+00:00"}
            for n in range(3_000)
        ],
    }
    body = json.dumps(document).encode()
    assert len(body) > 2 * 1024 * 1024  # past Starlette's default 1 MB spool threshold
    response = client.post(
        "/settings/import",
        data={"source": "hearten", "csrf_token": token(client)},
        files={"file": ("export.json", body, "application/json")},
    )
    assert response.status_code in (200, 400)  # whatever the import decides, the upload itself stayed in memory
    assert spilled == []


def test_a_body_larger_than_anything_the_domain_accepts_is_refused(client):
    headers = {"content-type": "application/x-www-form-urlencoded", "content-length": str(limits.BODY_BYTES + 1)}
    response = client.post("/journal", content=b"x" * 10, headers=headers)
    assert response.status_code == 413
