"""What a new passphrase must be, wherever one is set: the CLI, the web and an encrypted export."""

from __future__ import annotations

from hearten.domain.records import InvalidInput, has_broken_characters

MIN_PASSPHRASE_CHARS = 8


def new_passphrase_problem(passphrase) -> str | None:
    """Why a new passphrase cannot be used, in plain words; None when it can."""
    if not isinstance(passphrase, str) or not passphrase:
        return "please choose a passphrase"
    if not passphrase.strip():
        return (
            "your passphrase is only spaces, which anyone could guess; "
            "a few unrelated words you will remember make a good one"
        )
    if has_broken_characters(passphrase):
        return "your passphrase has a character that cannot be saved in it; please type it again"
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        return (
            f"your passphrase needs at least {MIN_PASSPHRASE_CHARS} characters; "
            "a few unrelated words you will remember make a good one"
        )
    return None


def check_new_passphrase(passphrase) -> str:
    """The passphrase, or InvalidInput saying why it is too weak to protect a journal."""
    problem = new_passphrase_problem(passphrase)
    if problem is not None:
        raise InvalidInput(problem)
    return passphrase
