"""Protecting the journal from the Settings page: encrypt, the recovery key once, restart, lock, change passphrase.

Every test runs on SQLite and on PostgreSQL: on PostgreSQL the page explains that encryption
at rest is the server's job and every form refuses, changing nothing. Argon2id runs at the
floor settings (create_app's kdf_params) so encrypting takes milliseconds, not a second.
"""

from __future__ import annotations

import re

import pytest

from hearten import crypto
from hearten.services import keys
from hearten.store import sqlcipher
from hearten.web import protect
from hearten.web.app import create_app
from tests.web.conftest import api_headers, post_form, signed_in, token

pytest.importorskip("sqlcipher3")

PASSPHRASE = "quiet harbour lantern"
NEW_PASSPHRASE = "seven green apples"
SECRET = "my private words about the hard week"
RECOVERY = re.compile(r"[A-Z2-7]{4}(?:-[A-Z2-7]{4}){12}")
SQLITE_MAGIC = b"SQLite format 3\x00"
ON_POSTGRES = "encryption at rest and backups are the server&#39;s job"


@pytest.fixture
def app(settings, clock):
    made = create_app(settings, clock=clock, kdf_params=crypto.FLOOR_PARAMS)
    yield made
    made.state.hearten.close()


def encrypt(client, passphrase=PASSPHRASE, again=None, understood=True):
    data = {"passphrase": passphrase, "passphrase_again": passphrase if again is None else again}
    if understood:
        data["understood"] = "yes"
    return post_form(client, "/settings/encrypt", data)


def files(settings) -> dict:
    """Every file in the home and its bytes: to show that a refused request changed nothing."""
    if not settings.home.exists():  # PostgreSQL with no settings saved: nothing here to change
        return {}
    return {p.name: p.read_bytes() for p in sorted(settings.home.iterdir()) if p.is_file()}


def write_secret(client) -> None:
    assert post_form(client, "/journal", {"text": SECRET}).status_code == 303


def restart(settings):
    return signed_in(create_app(settings))


def test_settings_offers_protection_that_fits_the_backend(client, settings):
    section = client.get("/settings").text
    home = client.get("/").text
    assert "Protect your journal with a passphrase" in section
    if settings.database_url:
        assert "the database server's job" in section
        assert 'action="/settings/encrypt#protect"' not in section and 'action="/settings/lock"' not in section
        assert "without encryption" not in home
        return
    assert 'action="/settings/encrypt#protect"' in section
    assert "If you lose your passphrase, your journal is lost." in section
    assert 'name="understood"' in section and 'minlength="8"' in section
    assert "Your journal is stored on this computer without encryption." in home
    assert 'href="/settings#protect"' in home and 'id="protect"' in section


def test_encrypt_shows_the_recovery_key_once_and_a_restart_asks_for_the_passphrase(client, settings):
    write_secret(client)
    response = encrypt(client)
    if settings.database_url:
        assert response.status_code == 400 and ON_POSTGRES in response.text
        assert not settings.keyfile_path.exists()
        assert SECRET in client.get("/journal").text
        return
    assert response.status_code == 200, response.text[:500]
    assert response.headers["cache-control"] == "no-store"
    key = RECOVERY.search(response.text).group(0)
    assert f'<p class="recovery-key" id="recovery-key">{key}</p>' in response.text
    assert "shown only this once" in response.text
    assert keys.unlock_with_recovery_key(settings, recovery_key=key)
    assert settings.database_path.read_bytes()[:16] != SQLITE_MAGIC
    # Still unlocked in this server, and the key is never shown again.
    assert SECRET in client.get("/journal").text
    for path in ("/", "/settings", "/journal"):
        assert key not in client.get(path).text, path
    assert "Your journal is encrypted." in client.get("/settings").text
    assert "without encryption" not in client.get("/").text

    client.app.state.hearten.close()
    fresh = restart(settings)
    for path in ("/", "/journal", "/settings"):
        response = fresh.get(path)
        # After unlocking, the person lands where they were going.
        expected = "/unlock" if path == "/" else "/unlock?next=" + path.replace("/", "%2F")
        assert response.status_code == 303 and response.headers["location"] == expected, path
    assert SECRET not in fresh.get("/unlock").text
    before = files(settings)
    wrong = fresh.post("/unlock", data={"passphrase": "not it at all", "csrf_token": token(fresh, "/unlock")})
    assert wrong.headers["location"] == "/unlock?wrong=1"
    page = fresh.get("/unlock?wrong=1").text
    assert "That passphrase did not open it." in page and SECRET not in page
    assert files(settings) == before
    right = fresh.post("/unlock", data={"passphrase": PASSPHRASE, "csrf_token": token(fresh, "/unlock")})
    assert right.headers["location"] == "/"
    assert SECRET in fresh.get("/journal").text
    fresh.app.state.hearten.close()


def test_lock_now_then_change_the_passphrase(client, settings):
    write_secret(client)
    if settings.database_url:
        assert post_form(client, "/settings/lock", {}).headers["location"] == "/settings"
        changed = post_form(
            client,
            "/settings/passphrase",
            {"old_passphrase": PASSPHRASE, "passphrase": NEW_PASSPHRASE, "passphrase_again": NEW_PASSPHRASE},
        )
        assert changed.status_code == 400 and ON_POSTGRES in changed.text
        assert SECRET in client.get("/journal").text
        return
    key = RECOVERY.search(encrypt(client).text).group(0)
    locked = post_form(client, "/settings/lock", {})
    assert locked.status_code == 303 and locked.headers["location"] == "/unlock?locked=1"
    assert client.get("/journal").headers["location"] == "/unlock?next=%2Fjournal"
    assert "hearten is locked." in client.get("/unlock?locked=1").text
    client.post("/unlock", data={"passphrase": PASSPHRASE, "csrf_token": token(client, "/unlock")})
    assert SECRET in client.get("/journal").text

    keyfile = settings.keyfile_path.read_bytes()
    refusals = {
        "That passphrase does not unlock this journal": ("wrong old one", NEW_PASSPHRASE, NEW_PASSPHRASE),
        protect.MISMATCH: (PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE + "s"),
        protect.TOO_SHORT: (PASSPHRASE, "short", "short"),
        protect.OLD_MISSING: ("", NEW_PASSPHRASE, NEW_PASSPHRASE),
    }
    for message, (old, new, again) in refusals.items():
        response = post_form(
            client, "/settings/passphrase", {"old_passphrase": old, "passphrase": new, "passphrase_again": again}
        )
        assert response.status_code == 400, message
        assert message in response.text, message
        assert settings.keyfile_path.read_bytes() == keyfile, message
    changed = post_form(
        client,
        "/settings/passphrase",
        {"old_passphrase": PASSPHRASE, "passphrase": NEW_PASSPHRASE, "passphrase_again": NEW_PASSPHRASE},
    )
    assert changed.headers["location"] == "/settings?passphrase=changed#protect"
    assert "Your passphrase is changed." in client.get("/settings?passphrase=changed").text

    post_form(client, "/settings/lock", {})
    old = client.post("/unlock", data={"passphrase": PASSPHRASE, "csrf_token": token(client, "/unlock")})
    assert old.headers["location"] == "/unlock?wrong=1"
    new = client.post("/unlock", data={"passphrase": NEW_PASSPHRASE, "csrf_token": token(client, "/unlock")})
    assert new.headers["location"] == "/"
    assert SECRET in client.get("/journal").text
    assert keys.unlock_with_recovery_key(settings, recovery_key=key)  # the recovery key keeps working


@pytest.mark.parametrize(
    "passphrase, again, understood, message",
    [
        (PASSPHRASE, PASSPHRASE + "!", True, protect.MISMATCH),
        ("", "", True, protect.EMPTY),
        ("        ", "        ", True, protect.EMPTY),
        ("seven", "seven", True, protect.TOO_SHORT),
        (PASSPHRASE, PASSPHRASE, False, protect.NOT_UNDERSTOOD),
    ],
)
def test_a_passphrase_that_cannot_be_used_changes_nothing(client, settings, passphrase, again, understood, message):
    write_secret(client)
    before = files(settings)
    response = encrypt(client, passphrase, again, understood)
    assert response.status_code == 400
    assert message in response.text and 'role="alert"' in response.text
    assert files(settings) == before
    assert not settings.keyfile_path.exists()
    assert SECRET in client.get("/journal").text


def test_every_protection_form_needs_the_token(client, settings):
    write_secret(client)
    client.get("/settings")
    forms = {
        "/settings/encrypt": {"passphrase": PASSPHRASE, "passphrase_again": PASSPHRASE, "understood": "yes"},
        "/settings/lock": {},
        "/settings/passphrase": {
            "old_passphrase": PASSPHRASE,
            "passphrase": NEW_PASSPHRASE,
            "passphrase_again": NEW_PASSPHRASE,
        },
    }
    for path, data in forms.items():
        assert client.post(path, data=data).status_code == 403, path
        assert client.post(path, data={**data, "csrf_token": "forged.0000"}).status_code == 403, path
    assert not settings.keyfile_path.exists()
    if settings.database_url:
        return
    encrypt(client)
    keyfile = settings.keyfile_path.read_bytes()
    for path, data in forms.items():
        assert client.post(path, data=data).status_code == 403, path
    assert settings.keyfile_path.read_bytes() == keyfile
    assert SECRET in client.get("/journal").text  # "Lock now" without the token did not lock


def test_no_request_uses_the_store_while_it_is_being_rewritten(client, app):
    write_secret(client)
    headers = api_headers(client)
    with app.state.hearten.exclusive():
        page = client.get("/journal")
        assert page.status_code == 503 and page.headers["retry-after"] == "5"
        assert "protecting your journal" in page.text and SECRET not in page.text
        assert client.post("/api/entries", json={"text": "meanwhile"}, headers=headers).status_code == 503
        assert client.get("/help").status_code == 200
    assert SECRET in client.get("/journal").text
    assert "meanwhile" not in client.get("/journal").text


def test_without_sqlcipher_the_page_says_what_is_missing(client, settings, monkeypatch):
    monkeypatch.setattr(sqlcipher, "available", lambda: False)
    section = client.get("/settings").text
    assert 'action="/settings/encrypt#protect"' not in section
    if settings.database_url:
        assert "the database server's job" in section
    else:
        assert "sqlcipher3-binary" in section and "without encryption" in section


def test_delete_everything_in_an_encrypted_home_forgets_every_file(client, settings):
    write_secret(client)
    if not settings.database_url:
        encrypt(client)
    response = post_form(client, "/settings/delete", {"confirm": "delete"})
    assert response.status_code == 200
    assert "1 journal entry" in response.text
    if settings.database_url:
        assert ON_POSTGRES not in response.text
    else:
        assert f"the file {settings.database_path}" in response.text
        assert f"the file {settings.keyfile_path}" in response.text
        assert not settings.database_path.exists() and not settings.keyfile_path.exists()
    assert SECRET not in client.get("/journal").text
