"""Protecting the journal with a passphrase, for the Settings page: which offer fits, and checking what was typed."""

from __future__ import annotations

from hearten.domain.passphrases import MIN_PASSPHRASE_CHARS as MIN_PASSPHRASE  # one rule for the CLI and the web

EMPTY = "Please type a passphrase."
TOO_SHORT = (
    f"Your passphrase needs at least {MIN_PASSPHRASE} characters. "
    "A few unrelated words you will remember make a good one."
)
MISMATCH = "The two passphrases are not the same. Please type them both again."
NOT_UNDERSTOOD = "Please tick the box to say you understand that a lost passphrase means a lost journal."
OLD_MISSING = "Please type your current passphrase."
UNCHANGED = "Nothing was changed."


def protection(settings) -> str:
    """What the Settings page can offer: 'postgres', 'encrypted', 'unavailable' (no SQLCipher) or 'offer'."""
    from hearten.services.encryption import sqlcipher_available
    from hearten.services.keys import is_encrypted

    if settings.database_url:
        return "postgres"
    if is_encrypted(settings):
        return "encrypted"
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


class UnlockThrottle:
    """Slows guessing at /unlock, for this run of the server: a few tries are free, then each
    failure doubles the pause before the next (capped), and only one try runs at a time."""

    FREE_TRIES = 3
    LONGEST_PAUSE = 300.0

    def __init__(self, clock=None):
        import time

        self.clock = clock or time.monotonic
        self.failures = 0
        self.not_before = 0.0
        self.trying = False

    def wait(self) -> float:
        """Seconds until the next try may run (0 when it may run now)."""
        if self.trying:
            return 1.0
        return max(0.0, self.not_before - self.clock())

    def failed(self) -> None:
        self.failures += 1
        if self.failures >= self.FREE_TRIES:
            self.not_before = self.clock() + min(self.LONGEST_PAUSE, 2.0 ** (self.failures - self.FREE_TRIES))

    def succeeded(self) -> None:
        self.failures = 0
        self.not_before = 0.0


def pause_words(seconds: float) -> str:
    """'a second', '8 seconds', '5 minutes': how long the unlock page asks a person to wait."""
    import math

    whole = max(1, math.ceil(seconds))
    if whole == 1:
        return "a second"
    if whole < 90:
        return f"{whole} seconds"
    return f"{math.ceil(whole / 60)} minutes"
