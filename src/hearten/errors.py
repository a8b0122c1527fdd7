"""Every exception hearten raises, in one module at the bottom of the house.

Any layer may import from here and this module imports nothing from hearten, so catching
an error never pulls in the layer that raised it (and never makes an import circle).
Errors are recognised with isinstance against these classes, never by their names.
Each message is one plain line that can be shown to a person as it is.
"""

from __future__ import annotations

import sys
from pathlib import Path

# ---------------------------------------------------------------- what a person gave


class InvalidInput(ValueError):
    """A value a person gave that hearten cannot accept; the message says why."""


class FieldProblems(InvalidInput):
    """One or more fields of a form or a change are not right:
    `problems` maps each field's name to why, in plain words."""

    def __init__(self, problems: dict[str, str]):
        self.problems = dict(problems)
        super().__init__("; ".join(self.problems.values()))


class CrisisSentence(InvalidInput):
    """A kinder version asked for a sentence that holds crisis language: nothing is saved, help comes instead."""


class InstrumentError(InvalidInput):
    """An instrument file or a set of answers that hearten cannot use; the message says what is wrong."""


class ImportFileError(ValueError):
    """The file cannot be imported; the one-line message says why and, where it can, what to do."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))  # always one line


class SettingsError(ValueError):
    """A setting that cannot be read; the message names it."""


class CrisisEncoderUnreadable(SettingsError):
    """The crisis encoder's model files are there but cannot be read; `detail` says what failed."""

    def __init__(self, message: str, detail: str):
        super().__init__(message)
        self.detail = detail


class ContentError(ValueError):
    """A content file that cannot be used; names the file and the field at fault."""

    def __init__(self, file, field: str, message: str):
        self.file = Path(file)
        self.field = field
        self.message = message
        super().__init__(f"{self.file}: {field}: {message}")


# ---------------------------------------------------------------- records and the store


class NotFound(LookupError):
    """No record has that id."""


class UnknownInstrument(NotFound):
    """No instrument (or no such version of one) has that id."""


class DatabaseBusy(RuntimeError):
    """Another connection held the write lock for longer than the busy timeout."""

    def __init__(self, message: str = "hearten is busy, please try again in a moment"):
        super().__init__(message)


class StoreError(RuntimeError):
    """The data cannot be opened; the message says why and what to do."""


class RolledBack(Exception):
    """Raised inside a transaction to undo it on purpose (an import's dry run); caught where raised, never shown."""


# ---------------------------------------------------------------- encryption, backups, forgetting


class PrivacyError(StoreError):
    """Something about encryption, backups or forgetting cannot be done; the message says why."""


class Locked(PrivacyError):
    """The journal is encrypted and no passphrase (or kept key) was given to unlock it."""

    def __init__(self, message: str = "your journal is encrypted and has not been unlocked"):
        super().__init__(message)


class WrongKey(PrivacyError):
    """An encrypted database does not open with the data key given: the two do not belong together, or it is damaged."""


class CryptoError(ValueError):
    """Something about keys or encrypted files went wrong; the message says what, in one line."""


class WrongPassphrase(CryptoError):
    """The passphrase (or recovery key, or data key) does not open this file."""


class KeyFileCorrupt(CryptoError):
    """The file is damaged, truncated or changed, or is not a hearten file at all."""


class UnsupportedFormat(CryptoError):
    """The file is a hearten file, but of a format version this hearten does not know."""


# ---------------------------------------------------------------- the front ends


class Busy(Exception):
    """The web app is encrypting or locking the journal; no request may use the store until that is done."""


class CsrfRejected(Exception):
    """A state-changing request without its session's token, or from a foreign origin."""


class PracticeStopped(Exception):
    """A person stopped a practice in the terminal; `how` says which way (stop, too_much, ...)."""

    def __init__(self, how: str):
        super().__init__(how)
        self.how = how


class PracticePaused(Exception):
    """p and Enter during a timer in the terminal: the same pause menu as Ctrl+C."""


# ---------------------------------------------------------------- server mode (clinics and studies)


class WeakPassword(InvalidInput):
    """A password the server will not take (too short, too long, or too common); the message says why."""


class ServerBadRequest(InvalidInput):
    """Input the server cannot take; the message says why."""


class LoginFailed(Exception):
    """Wrong email, password or code: one message for every reason, so nobody learns which."""


class LoginThrottled(Exception):
    """Too many failed sign-ins lately for this account or from this address; str() says which, in words."""


class AlreadyMember(Exception):
    """An invite opened by someone already in its organisation: nothing to join, and the invite is left unused."""


class InviteInvalid(Exception):
    """An invite or reset code that is unknown, used or expired (one message for all three)."""


class ResetInvalid(InviteInvalid):
    """A password reset code that is unknown, used or expired: said as a reset, not as an invite."""


class AccountExists(Exception):
    """An account with that email is already here."""


class AlreadyInitialised(Exception):
    """`hearten server init` ran before on this database."""


class NotShared(PermissionError):
    """The participant has not shared this scope with the organisation."""


class ConsentConflict(Exception):
    """The request no longer fits what is stored (an out-of-date consent text version)."""


class ServerProblem(Exception):
    """A set-up problem (no database, not initialised) the command line shows as one line."""


class ServerKeyProblem(ValueError):
    """The server key is missing, unreadable or not 32 bytes of base64."""


class SealBroken(Exception):
    """A sealed TOTP key that this server key cannot open (another key, another account, or damage)."""


# ---------------------------------------------------------------- the SQLite drivers' own errors


def sqlite_errors() -> tuple[type[Exception], ...]:
    """sqlite3's and sqlcipher3's DatabaseError classes, for each driver this process has loaded.

    Read from sys.modules, so recognising a database error never imports a driver: an
    error cannot come from a driver that was never loaded.
    """
    return tuple(sys.modules[name].DatabaseError for name in ("sqlite3", "sqlcipher3") if name in sys.modules)


def sqlite_operational_errors() -> tuple[type[Exception], ...]:
    """sqlite3's and sqlcipher3's OperationalError classes (locked, busy, read-only, full), for each loaded driver."""
    return tuple(sys.modules[name].OperationalError for name in ("sqlite3", "sqlcipher3") if name in sys.modules)
