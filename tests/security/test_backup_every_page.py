"""A backup reads every page first: a changed byte anywhere in the encrypted database stops it."""

from __future__ import annotations

import pytest

from hearten.config import load_settings
from hearten.errors import PrivacyError
from hearten.services import backups, keys
from tests.security.helpers import PASSPHRASE, encrypted_env
from tests.security.test_tamper import _fill, _flip

PAGE = 4096


def test_a_backup_refuses_any_changed_page(tmp_path):
    pytest.importorskip("sqlcipher3")
    env, _ = encrypted_env(tmp_path)
    _fill(env)
    settings = load_settings(environ=env)
    db = settings.database_path
    original = db.read_bytes()
    refused = []
    for page in range(1, len(original) // PAGE):  # page 0 holds the header: opening already fails there
        db.write_bytes(original)
        _flip(db, page * PAGE + 500)
        try:
            store = keys.open_unlocked_store(settings, passphrase=PASSPHRASE)
        except Exception:  # a changed schema page: it does not even open, which is refusal enough
            refused.append(page)
            continue
        try:
            with pytest.raises(PrivacyError, match="damaged page"):
                backups.backup(settings, store, out=tmp_path / f"copy-{page}.db")
            refused.append(page)
        finally:
            store.close()
        assert not (tmp_path / f"copy-{page}.db").exists()
    assert refused == list(range(1, len(original) // PAGE))


def test_a_torn_read_during_a_write_is_checked_again_not_refused(tmp_path, monkeypatch):
    # SQLCipher's check reads the file itself, so a busy writer can tear one read: a second check decides.
    pytest.importorskip("sqlcipher3")
    from hearten.store import sqlcipher

    env, _ = encrypted_env(tmp_path)
    _fill(env)
    settings = load_settings(environ=env)
    answers = iter([["HMAC verification failed for page 3"], []])
    monkeypatch.setattr(sqlcipher, "damaged_pages", lambda store, *, encrypted: next(answers))
    store = keys.open_unlocked_store(settings, passphrase=PASSPHRASE)
    try:
        made = backups.backup(settings, store, out=tmp_path / "copy.db")
    finally:
        store.close()
    assert made.exists() and next(answers, "checked twice") == "checked twice"
