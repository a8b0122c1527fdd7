"""Protecting the journal with a passphrase, for the Settings page: which offer fits, and checking what was typed."""

from __future__ import annotations

from hearten.domain.passphrases import MIN_PASSPHRASE_CHARS as MIN_PASSPHRASE  # one rule for the CLI and the web

EMPTY = "Please type a passphrase."
TOO_SHORT = (f"Your passphrase needs at least {MIN_PASSPHRASE} characters. "
             "A few unrelated words you will remember make a good one.")
MISMATCH = "The two passphrases are not the same. Please type them both again."
NOT_UNDERSTOOD = "Please tick the box to say you understand that a lost passphrase means a lost journal."
OLD_MISSING = "Please type your current passphrase."
UNCHANGED = "Nothing was changed."


def protection(settings) -> str:
    """What the Settings page can offer: 'postgres', 'encrypted', 'unavailable' (no SQLCipher) or 'offer'."""
    from hearten.services.privacy import is_encrypted

    if settings.database_url:
        return "postgres"
    if is_encrypted(settings):
        return "encrypted"
    from hearten.crypto import sqlcipher_available

    return "offer" if sqlcipher_available() else "unavailable"


def new_passphrase_problem(passphrase: str, again: str) -> str | None:
    """Why a new passphrase cannot be used, in words for the form; None when it can."""
    if not passphrase.strip():
        return EMPTY
    if len(passphrase) < MIN_PASSPHRASE:
        return TOO_SHORT
    if passphrase != again:
        return MISMATCH
    return None
