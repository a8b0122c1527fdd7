"""The old single module for privacy, now split by what a person does; only names, for older callers.

New code imports from where each thing lives: services.keys (unlock, the passphrase, the
recovery key, the kept key), services.encryption, services.backups (backup, restore) and
services.forget; the errors from hearten.errors.
"""

from __future__ import annotations

from hearten.errors import Locked, PrivacyError  # noqa: F401
from hearten.files import shred  # noqa: F401
from hearten.services.backups import (  # noqa: F401
    DAILY_PREFIX,
    backup,
    daily_backup_path,
    list_backups,
    maybe_daily_backup,
    restore,
)
from hearten.services.encryption import check_can_encrypt, decrypt_home, encrypt_home  # noqa: F401
from hearten.services.forget import forget_all  # noqa: F401
from hearten.services.keys import (  # noqa: F401
    DEFAULT_UNLOCK_MINUTES,
    KEYRING_MARKER,
    KEYRING_SERVICE,
    PASSPHRASE_ENV,
    change_passphrase,
    check_new_passphrase,
    is_encrypted,
    lock,
    new_recovery_key,
    open_unlocked_store,
    remember_key,
    reset_passphrase,
    unlock_key,
    unlock_with_recovery_key,
)
