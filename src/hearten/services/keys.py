"""Keys: unlocking with a passphrase or the recovery key, keeping the unlocked key a while, the passphrase itself.

The CLI and the web app call these with a Settings object; nothing here talks to a
person. Where a passphrase is needed it is an argument (the CLI reads it from a prompt,
the web app from a form). Every failure is a PrivacyError whose message can be shown as
it is. Kept light at import: crypto loads only when a function needs it.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from hearten.domain.passphrases import check_new_passphrase  # noqa: F401  (the front ends check through here)
from hearten.errors import CryptoError, Locked, PrivacyError

PASSPHRASE_ENV = "HEARTEN_PASSPHRASE"
KEYRING_SERVICE = "hearten"
KEYRING_MARKER = ".use-keyring"  # in the home: the person opted in to the OS keyring
DEFAULT_UNLOCK_MINUTES = 15


def _crypto():
    from hearten import crypto

    return crypto


def is_encrypted(settings) -> bool:
    """True when this home keeps its data in an encrypted SQLite database."""
    return not settings.database_url and settings.keyfile_path.exists()


def refuse_postgres(settings, what: str) -> None:
    """PrivacyError when the data is on PostgreSQL, where `what` is the server's job."""
    if settings.database_url:
        raise PrivacyError(
            f"{what} works on hearten's own SQLite file; your data is on a PostgreSQL server, "
            "where encryption at rest and backups are the server's job (see docs/privacy.md)"
        )


def read_keyfile(settings) -> bytes:
    """The bytes of this home's key file; PrivacyError when it cannot be read."""
    try:
        return settings.keyfile_path.read_bytes()
    except OSError as error:
        raise PrivacyError(f"the key file {settings.keyfile_path} cannot be read ({error.strerror})") from None


def _sha256_hex(data: bytes) -> str:
    import hashlib  # here, not at the top: it adds about 3 ms to every command's start-up

    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- unlocking


def unlock_key(settings, *, passphrase: str | None = None, prompt=None, environ=None) -> bytes | None:
    """The data key for an encrypted home, or None when the home is not encrypted.

    The passphrase comes from, in order: the `passphrase` argument (the web app's form),
    HEARTEN_PASSPHRASE, the unlock cache made by `hearten unlock`, the OS keyring (opt-in),
    then `prompt()` (a callable returning the typed passphrase). With none of them, Locked.
    A wrong passphrase raises PrivacyError; nothing on disk is touched.
    """
    if not is_encrypted(settings):
        return None
    from hearten.store.sqlcipher import check_not_interrupted

    environ = os.environ if environ is None else environ
    check_not_interrupted(settings.database_path)
    keyfile = read_keyfile(settings)
    if passphrase is None:
        passphrase = environ.get(PASSPHRASE_ENV) or None
    if passphrase is None:
        for remembered in (_cached_key(settings, keyfile, environ), _keyring_key(settings, keyfile)):
            if remembered is not None:
                return remembered
        if prompt is not None:
            passphrase = prompt()
    if passphrase is None:
        raise Locked(
            "your journal is encrypted: type your passphrase when asked (run hearten in a terminal), "
            f"or set {PASSPHRASE_ENV} for a script, or run `hearten unlock` first"
        )
    try:
        return _crypto().unwrap(keyfile, passphrase)
    except CryptoError as error:
        raise PrivacyError(str(error)) from None


def unlock_with_recovery_key(settings, *, recovery_key: str) -> bytes:
    """The data key, opened with the printed recovery key instead of the passphrase."""
    if not is_encrypted(settings):
        raise PrivacyError("this journal is not encrypted, so there is nothing to unlock")
    try:
        return _crypto().unwrap_with_recovery(read_keyfile(settings), recovery_key)
    except CryptoError as error:
        raise PrivacyError(str(error)) from None


def open_unlocked_store(settings, *, passphrase: str | None = None, prompt=None):
    """open_store after unlock_key: the store, opened with the key the passphrase (or a kept key) gives."""
    from hearten.store import open_store

    return open_store(settings, key=unlock_key(settings, passphrase=passphrase, prompt=prompt))


# ---------------------------------------------------------------- the unlock cache and the keyring


def _cache_path(settings, environ=None) -> Path | None:
    environ = os.environ if environ is None else environ
    runtime = environ.get("XDG_RUNTIME_DIR")
    if not runtime:
        return None
    name = _sha256_hex(str(Path(settings.home).resolve()).encode())[:24]
    return Path(runtime) / "hearten" / f"{name}.unlock"


def _cached_key(settings, keyfile: bytes, environ) -> bytes | None:
    path = _cache_path(settings, environ)
    if path is None:
        return None
    try:
        info = path.stat()
        if info.st_uid != os.getuid() or info.st_mode & 0o077:
            return None  # someone else's, or readable by others: do not trust it
        data = json.loads(path.read_text(encoding="ascii"))
        if data["keyfile"] != _sha256_hex(keyfile) or float(data["expires"]) < time.time():
            path.unlink(missing_ok=True)
            return None
        key = bytes.fromhex(data["key"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return key if _crypto().key_matches(keyfile, key) else None


def _keyring_user(settings) -> str:
    return f"data-key:{Path(settings.home).resolve()}"


def _keyring_key(settings, keyfile: bytes) -> bytes | None:
    if not (settings.home / KEYRING_MARKER).exists():
        return None
    try:
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, _keyring_user(settings))
        key = bytes.fromhex(stored) if stored else None
    except Exception:  # no keyring backend, a locked keyring, a bad entry: fall back to asking
        return None
    return key if key is not None and _crypto().key_matches(keyfile, key) else None


def remember_key(settings, *, key: bytes, minutes: int = DEFAULT_UNLOCK_MINUTES, use_keyring: bool = False) -> str:
    """Keep the unlocked data key so later commands need no passphrase; returns where it is kept.

    Default: a 0600 file in $XDG_RUNTIME_DIR (memory-backed, gone at logout) that expires
    after `minutes`. use_keyring: the OS keyring, until `hearten lock`.
    """
    from hearten.files import write_atomic

    keyfile = read_keyfile(settings)
    if use_keyring:
        try:
            import keyring

            keyring.set_password(KEYRING_SERVICE, _keyring_user(settings), key.hex())
        except Exception as error:  # any backend's own error: say what it said
            raise PrivacyError(f"the OS keyring cannot keep the key here ({type(error).__name__}: {error})") from None
        write_atomic(
            settings.home / KEYRING_MARKER, b"the data key is kept in the OS keyring; hearten lock removes it\n"
        )
        return "the OS keyring"
    path = _cache_path(settings)
    if path is None:
        raise PrivacyError(
            "there is no private runtime folder ($XDG_RUNTIME_DIR) to keep the unlocked key in; "
            "use --keyring, or keep typing your passphrase"
        )
    if not 1 <= minutes <= 24 * 60:
        raise PrivacyError("the unlock time must be between 1 minute and 24 hours")
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    payload = {"expires": time.time() + minutes * 60, "key": key.hex(), "keyfile": _sha256_hex(keyfile)}
    write_atomic(path, json.dumps(payload).encode("ascii"), mode=0o600)
    return f"{path} (for {minutes} minute(s))"


def lock(settings) -> list[str]:
    """Forget every kept copy of the unlocked key; returns what was removed."""
    from hearten.files import shred

    removed = []
    path = _cache_path(settings)
    if path is not None and shred(path):
        removed.append(str(path))
    marker = settings.home / KEYRING_MARKER
    if marker.exists():
        try:
            import keyring

            keyring.delete_password(KEYRING_SERVICE, _keyring_user(settings))
            removed.append("the OS keyring entry")
        except Exception:  # no entry, or no keyring any more: nothing kept there
            pass
        marker.unlink(missing_ok=True)
    return removed


# ---------------------------------------------------------------- the passphrase and the recovery key


def change_passphrase(settings, *, old_passphrase: str, new_passphrase: str) -> None:
    """Re-wrap the data key under a new passphrase; the database is not touched."""
    check_new_passphrase(new_passphrase)
    _change_keyfile(settings, lambda crypto, keyfile: crypto.rewrap(keyfile, old_passphrase, new_passphrase))


def reset_passphrase(settings, *, recovery_key: str, new_passphrase: str, params=None) -> None:
    """Set a new passphrase using the printed recovery key (when the passphrase is lost)."""
    check_new_passphrase(new_passphrase)

    def change(crypto, keyfile):
        chosen = params or crypto.keyfile_params(keyfile)
        return crypto.reset_passphrase_with_recovery(keyfile, recovery_key, new_passphrase, params=chosen)

    _change_keyfile(settings, change)


def new_recovery_key(settings, *, passphrase: str) -> str:
    """A new recovery key (the old one stops working), to show the person once."""
    result = {}

    def change(crypto, keyfile):
        updated, result["key"] = crypto.add_recovery_key(keyfile, passphrase)
        return updated

    _change_keyfile(settings, change)
    return result["key"]


def _change_keyfile(settings, change) -> None:
    from hearten.files import write_atomic

    refuse_postgres(settings, "a passphrase")
    if not is_encrypted(settings):
        raise PrivacyError("your journal is not encrypted; `hearten encrypt` sets a passphrase")
    try:
        updated = change(_crypto(), read_keyfile(settings))
    except CryptoError as error:
        raise PrivacyError(str(error)) from None
    write_atomic(settings.keyfile_path, updated)
