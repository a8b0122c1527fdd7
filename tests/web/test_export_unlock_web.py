"""Export from the web in every format the CLI writes, encrypted or not (and a plain copy of an encrypted
journal only once the person has said so); the recovery key unlocks as in the CLI; after unlocking the
person lands where they were going, and only ever on this site."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from hearten import crypto
from hearten.web.app import create_app
from tests.web.conftest import post_form, signed_in, token

PASSPHRASE = "quiet harbour lantern"
COPY_PASSPHRASE = "a copy only for me"


@pytest.fixture
def app(settings, clock):
    made = create_app(settings, clock=clock, kdf_params=crypto.FLOOR_PARAMS)
    yield made
    made.state.hearten.close()


def fill(client) -> None:
    assert (
        post_form(client, "/journal", {"text": "Words for the export", "mood": "6", "tags": "kept"}).status_code == 303
    )
    assert post_form(client, "/checkin", {"mood": "5", "note": "a calm evening"}).status_code == 303
    take = client.get("/assessments/self-compassion-checkin/take").text
    import re

    answers = {name: "3" for name in set(re.findall(r'name="(item-[^"]+)"', take))}
    assert answers and post_form(client, "/assessments/self-compassion-checkin", answers).status_code in (200, 303)


def download(client, fmt, **more):
    response = post_form(client, "/settings/export", {"format": fmt, **more})
    assert response.status_code == 200, response.text[:500]
    return response


def test_the_settings_page_offers_every_format(client):
    page = client.get("/settings").text
    for value in ("json", "csv", "markdown", "fhir"):
        assert f'id="export-{value}" name="format" value="{value}"' in page
    assert "A passphrase for this copy" in page


def test_export_in_every_format(client):
    fill(client)
    document = json.loads(download(client, "json").content)
    assert (
        document["entries"][0]["text"] == "Words for the export" and document["checkins"][0]["note"] == "a calm evening"
    )
    tables = zipfile.ZipFile(io.BytesIO(download(client, "csv").content)).namelist()
    assert "entries.csv" in tables and "checkins.csv" in tables
    notes = zipfile.ZipFile(io.BytesIO(download(client, "markdown").content))
    (name,) = notes.namelist()
    assert name.endswith(".md") and "Words for the export" in notes.read(name).decode()
    fhir = download(client, "fhir")
    assert fhir.headers["content-type"].startswith("application/fhir+json")
    bundle = json.loads(fhir.content)
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection" and bundle["entry"]
    assert 'filename="hearten-export-2026-03-12.csv.zip"' in download(client, "csv").headers["content-disposition"]


def test_an_encrypted_copy_opens_only_with_its_passphrase_and_imports_back(client):
    fill(client)
    response = download(client, "json", passphrase=COPY_PASSPHRASE, passphrase_again=COPY_PASSPHRASE)
    blob = response.content
    assert crypto.is_encrypted_blob(blob) and b"Words for the export" not in blob
    assert response.headers["content-disposition"].endswith('.json.encrypted"')
    assert json.loads(crypto.decrypt_blob(blob, COPY_PASSPHRASE))["entries"][0]["text"] == "Words for the export"
    csv_blob = download(client, "csv", passphrase=COPY_PASSPHRASE, passphrase_again=COPY_PASSPHRASE).content
    assert zipfile.ZipFile(io.BytesIO(crypto.decrypt_blob(csv_blob, COPY_PASSPHRASE))).namelist()

    # Back in through Settings: the form asks for the copy's passphrase, and never shows it again.
    assert 'name="passphrase" type="password"' in client.get("/settings").text.split('id="import"')[1]

    def bring_back(passphrase):
        upload = {"file": ("hearten-export.json.encrypted", blob, "application/octet-stream")}
        return post_form(client, "/settings/import", {"source": "hearten", "passphrase": passphrase}, files=upload)

    for passphrase, why in (("", "passphrase is needed"), (COPY_PASSPHRASE + "?", "")):
        refused = bring_back(passphrase)
        assert refused.status_code == 400 and "Nothing was imported" in refused.text and why in refused.text
        assert COPY_PASSPHRASE not in refused.text
    done = bring_back(COPY_PASSPHRASE)
    assert done.status_code == 200 and "already here" in done.text, done.text[:500]


def test_a_bad_export_passphrase_comes_back_to_the_form(client):
    response = post_form(
        client, "/settings/export", {"format": "csv", "passphrase": "short", "passphrase_again": "short"}
    )
    assert response.status_code == 400 and 'id="passphrase-problem"' in response.text
    assert 'id="export-csv" name="format" value="csv" checked' in response.text
    mismatch = post_form(
        client,
        "/settings/export",
        {"format": "json", "passphrase": COPY_PASSPHRASE, "passphrase_again": COPY_PASSPHRASE + "!"},
    )
    assert mismatch.status_code == 400 and 'id="passphrase-problem"' in mismatch.text
    assert post_form(client, "/settings/export", {"format": "pdf"}).status_code == 400


# -- on an encrypted journal (SQLite: encryption at rest is the server's job on PostgreSQL) --------------------
def encrypt(client):
    response = post_form(
        client, "/settings/encrypt", {"passphrase": PASSPHRASE, "passphrase_again": PASSPHRASE, "understood": "yes"}
    )
    assert response.status_code == 200, response.text[:300]
    import re

    return re.search(r"[A-Z2-7]{4}(?:-[A-Z2-7]{4}){12}", response.text).group(0)


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_plain_copy_of_an_encrypted_journal_says_so_first(client):
    pytest.importorskip("sqlcipher3")
    fill(client)
    encrypt(client)
    page = client.get("/settings").text
    assert "A copy downloaded without a passphrase is not encrypted" in page
    refused = post_form(client, "/settings/export", {"format": "json"})
    assert refused.status_code == 400 and 'id="plain_ok-problem"' in refused.text
    assert refused.headers["content-type"].startswith("text/html")
    linked = client.get("/settings/export")  # the old link asks too, before anything is written
    assert linked.headers["content-type"].startswith("text/html") and 'id="plain_ok-problem"' in linked.text
    plain = post_form(client, "/settings/export", {"format": "json", "plain_ok": "yes"})
    assert plain.status_code == 200 and json.loads(plain.content)["entries"]
    sealed = download(client, "markdown", passphrase=COPY_PASSPHRASE, passphrase_again=COPY_PASSPHRASE)
    assert crypto.is_encrypted_blob(sealed.content)


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_the_recovery_key_unlocks_sets_a_new_passphrase_and_goes_on_where_you_were_going(client, settings):
    pytest.importorskip("sqlcipher3")
    fill(client)
    key = encrypt(client)
    client.app.state.hearten.close()
    fresh = signed_in(create_app(settings, kdf_params=crypto.FLOOR_PARAMS))
    asked = fresh.get("/journal?tag=kept")
    assert asked.status_code == 303 and asked.headers["location"] == "/unlock?next=%2Fjournal%3Ftag%3Dkept"
    form = fresh.get(asked.headers["location"]).text
    assert 'name="next" value="/journal?tag=kept"' in form and "I have forgotten my passphrase" in form
    csrf = token(fresh, "/unlock")
    wrong = fresh.post(
        "/unlock/recovery",
        data={
            "recovery_key": "AAAA-" * 12 + "AAAA",
            "passphrase": "new words here",
            "passphrase_again": "new words here",
            "next": "/journal?tag=kept",
            "csrf_token": csrf,
        },
    )
    assert wrong.status_code == 400 and 'id="recovery_key-problem"' in wrong.text
    assert "Words for the export" not in wrong.text
    opened = fresh.post(
        "/unlock/recovery",
        data={
            "recovery_key": key.lower().replace("-", " "),
            "passphrase": "new words here",
            "passphrase_again": "new words here",
            "next": "/journal?tag=kept",
            "csrf_token": csrf,
        },
    )
    assert opened.status_code == 303 and opened.headers["location"] == "/journal?tag=kept"
    assert "Words for the export" in fresh.get("/journal?tag=kept").text
    fresh.app.state.hearten.close()
    again = signed_in(create_app(settings, kdf_params=crypto.FLOOR_PARAMS))
    went = again.post(
        "/unlock", data={"passphrase": "new words here", "next": "/checkins", "csrf_token": token(again, "/unlock")}
    )
    assert went.headers["location"] == "/checkins" and "a calm evening" in again.get("/checkins").text
    again.app.state.hearten.close()


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
@pytest.mark.parametrize(
    "target",
    [
        "//elsewhere.example/x",
        "https://elsewhere.example/",
        "/\\elsewhere.example",
        "javascript:alert(1)",
        "elsewhere.example",
        "/unlock?next=//x",
    ],
)
def test_after_unlocking_only_a_local_path(client, settings, target):
    pytest.importorskip("sqlcipher3")
    encrypt(client)
    client.app.state.hearten.close()
    fresh = signed_in(create_app(settings, kdf_params=crypto.FLOOR_PARAMS))
    form = fresh.get("/unlock", params={"next": target}).text
    assert 'name="next" value="/"' in form
    went = fresh.post("/unlock", data={"passphrase": PASSPHRASE, "next": target, "csrf_token": token(fresh, "/unlock")})
    assert went.status_code == 303 and went.headers["location"] == "/"
    fresh.app.state.hearten.close()


def test_local_path_keeps_only_paths_on_this_site():
    from hearten.web.forms import local_path

    assert local_path("/journal?tag=work") == "/journal?tag=work"
    assert local_path("/checkins/3/edit") == "/checkins/3/edit"
    for outside in ("//x.example", "https://x.example/", "/\\x.example", "x.example", "", None, "/a\nb", "/unlock"):
        assert local_path(outside) == "/"
