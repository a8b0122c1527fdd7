"""Encryption: turning this home's journal (and its backups) into an encrypted database, and back.

How the files are rewritten is the store's (hearten.store.sqlcipher); here is the order
of the steps, so that an interruption at any point leaves a home that opens or says
how to finish.
"""

from __future__ import annotations

from hearten.errors import CryptoError, PrivacyError
from hearten.services.keys import lock, refuse_postgres

NOT_INSTALLED = (
    "encryption needs the sqlcipher3-binary package, which is not installed on this computer; "
    "hearten will not pretend to encrypt, so nothing was changed"
)


def sqlcipher_available() -> bool:
    """True when this computer can encrypt (sqlcipher3 is installed)."""
    from hearten.store import sqlcipher

    return sqlcipher.available()


def check_can_encrypt(settings) -> None:
    """PrivacyError when this home cannot be encrypted here (PostgreSQL, no SQLCipher, already encrypted)."""
    from hearten.store import sqlcipher

    refuse_postgres(settings, "encryption")
    sqlcipher.driver(missing=NOT_INSTALLED)
    db = settings.database_path
    if settings.keyfile_path.exists() and db.exists() and not sqlcipher.is_plaintext(db):
        raise PrivacyError("your journal is already encrypted; `hearten passphrase` changes the passphrase")


def encrypt_home(settings, *, passphrase: str, recovery: bool = True, params=None) -> dict:
    """Encrypt this home's database under a new random key wrapped by `passphrase`.

    Returns {"recovery_key": text or None, "memory_kib", "time_cost", "parallelism"}.
    params: crypto.Argon2Params (default: tuned to about half a second here, never below the floor).
    """
    from hearten import crypto
    from hearten.domain.passphrases import check_new_passphrase
    from hearten.files import write_atomic
    from hearten.store import sqlcipher

    check_new_passphrase(passphrase)
    check_can_encrypt(settings)
    db = settings.database_path
    try:
        params = params or crypto.tune_params(0.5)
        keyfile, data_key = crypto.create_keyfile(passphrase, params=params)
        recovery_key = None
        if recovery:
            keyfile, recovery_key = crypto.add_recovery_key(keyfile, passphrase)
    except CryptoError as error:
        raise PrivacyError(str(error)) from None
    settings.home.mkdir(parents=True, exist_ok=True, mode=0o700)
    if db.exists():
        tmp = db.with_name(db.name + ".encrypting")
        sqlcipher.rewrite(db, tmp, source_key=None, target_key=data_key, missing=NOT_INSTALLED)
        write_atomic(settings.keyfile_path, keyfile)  # before the swap: see sqlcipher.check_not_interrupted
        sqlcipher.replace(tmp, db, shred_old=True)
    else:
        write_atomic(settings.keyfile_path, keyfile)  # the first open creates the encrypted database
    _encrypt_backups(settings, data_key, keyfile)
    lock(settings)
    return {
        "recovery_key": recovery_key,
        "memory_kib": params.memory_kib,
        "time_cost": params.time_cost,
        "parallelism": params.parallelism,
    }


def _encrypt_backups(settings, data_key: bytes, keyfile: bytes) -> None:
    # Plaintext backups made before encryption would otherwise keep the journal readable.
    from hearten.files import write_atomic
    from hearten.services.backups import list_backups
    from hearten.store import sqlcipher

    for path in list_backups(settings):
        if not sqlcipher.is_plaintext(path):
            continue
        tmp = path.with_name(f".{path.name}.encrypting")
        sqlcipher.rewrite(path, tmp, source_key=None, target_key=data_key, missing=NOT_INSTALLED)
        write_atomic(path.with_name(path.name + ".key"), keyfile)
        sqlcipher.replace(tmp, path, shred_old=True)


def decrypt_home(settings, *, key: bytes) -> None:
    """Turn this home's database back into plaintext and remove its key file."""
    from hearten.files import fsync_folder, shred
    from hearten.store import sqlcipher

    refuse_postgres(settings, "decryption")
    sqlcipher.driver(missing=NOT_INSTALLED)
    db = settings.database_path
    if not settings.keyfile_path.exists():
        raise PrivacyError("your journal is not encrypted, so there is nothing to decrypt")
    if db.exists() and not sqlcipher.is_plaintext(db):
        tmp = db.with_name(db.name + ".decrypting")
        sqlcipher.rewrite(db, tmp, source_key=key, target_key=None, missing=NOT_INSTALLED)
        sqlcipher.replace(tmp, db, shred_old=True)
    # else an interrupted decrypt (or nothing written yet): only the key file is left to remove
    lock(settings)
    shred(settings.keyfile_path)
    fsync_folder(settings.home)
