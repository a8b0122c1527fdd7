"""What the app holds while it runs: settings, the store (once unlocked), content read once, the clock."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from functools import cached_property

from hearten.errors import Busy  # re-exported: web/app.py turns them into pages


class AppState:
    def __init__(self, settings, *, clock=None, pace: float | None = None, kdf_params=None):
        self._apply_language_settings(settings)
        self._settings = settings
        self._clock = clock
        self.pace = pace
        self.kdf_params = kdf_params  # None: Argon2id tuned to this computer; tests pass the floor
        self._store = None
        self._key: bytes | None = None
        # Held while the database file is closed and rewritten (encrypting in a worker thread);
        # `store` refuses meanwhile so no request reopens the old plaintext file half-way.
        self._exclusive = threading.Lock()
        self._opening = threading.Lock()  # requests run in worker threads: open the store once
        self._writes = 0  # bumped by every state-changing request this server handles
        self._cache: dict = {}

    # -- time ---------------------------------------------------------------------------
    def now(self):
        """The current aware datetime (the test clock's when one was given)."""
        if self._clock is not None:
            return self._clock()
        from hearten.domain.records import now

        return now()

    # -- settings -------------------------------------------------------------------------
    @property
    def settings(self):
        """The settings, with your name and therapist once the store can be opened (never while locked)."""
        if self._store is None and not self.locked and not self._exclusive.locked() and self._stored_somewhere():
            try:
                self.store  # noqa: B018 - opening it fills the personal settings in
            except Exception:  # a database that will not open: pages show without them, its own page says why
                pass
        return self._settings

    @settings.setter
    def settings(self, settings) -> None:
        self.update_settings(settings)

    def _stored_somewhere(self) -> bool:
        """False when there is no database yet: showing a page should not create one."""
        return bool(self._settings.database_url) or self._settings.database_path.exists()

    # -- the store ------------------------------------------------------------------------
    @property
    def encrypted(self) -> bool:
        return not self._settings.database_url and self._settings.keyfile_path.exists()

    @property
    def locked(self) -> bool:
        """True until the encrypted store has been opened in this run (cheap: no unlocking tried)."""
        return self._store is None and self._key is None and self.encrypted

    @property
    def store(self):
        if self._exclusive.locked():
            raise Busy()
        if self._store is None:
            with self._opening:
                if self._store is None:
                    self._open()
        return self._store

    def _open(self) -> None:
        from hearten.store import open_store

        key = self._key
        if key is None and self.encrypted:
            from hearten.services.keys import unlock_key

            # HEARTEN_PASSPHRASE or a key kept by `hearten unlock`; Locked (the unlock page) without one.
            key = unlock_key(self._settings)
        # open_store also fills self._settings with the personal settings kept in the database.
        self._store = open_store(self._settings, key=key)

    def unlock(self, passphrase: str) -> None:
        """Open the encrypted store with a passphrase; raises PrivacyError when it does not open."""
        from hearten.services.keys import unlock_key

        key = unlock_key(self._settings, passphrase=passphrase)
        from hearten.store import open_store

        self._store = open_store(self._settings, key=key)
        self._key = key

    def unlock_with_recovery_key(self, recovery_key: str, *, new_passphrase: str) -> None:
        """Set a new passphrase with the printed recovery key (as
        `hearten passphrase --use-recovery-key`), then open."""
        from hearten.services import keys
        from hearten.store import open_store

        key = keys.unlock_with_recovery_key(self._settings, recovery_key=recovery_key)  # a wrong key changes nothing
        keys.reset_passphrase(
            self._settings, recovery_key=recovery_key, new_passphrase=new_passphrase, params=self.kdf_params
        )
        self._store = open_store(self._settings, key=key)
        self._key = key

    @contextmanager
    def exclusive(self):
        """Close the store and keep every other request away from it until the block ends."""
        if not self._exclusive.acquire(blocking=False):
            raise Busy()
        try:
            self.close()
            yield
        finally:
            self._exclusive.release()

    def encrypt(self, *, passphrase: str) -> dict:
        """Encrypt the home (closing the store first), then reopen it unlocked; returns encrypt_home's result.

        Slow (Argon2id tuning and a copy of the database): the web app runs it in a worker thread.
        """
        from hearten.services import encryption
        from hearten.services.keys import unlock_with_recovery_key
        from hearten.store import open_store

        encryption.check_can_encrypt(self._settings)
        with self.exclusive():
            result = encryption.encrypt_home(
                self._settings, passphrase=passphrase, recovery=True, params=self.kdf_params
            )
            # The recovery key unwraps with HKDF: no second Argon2id run to reopen.
            key = unlock_with_recovery_key(self._settings, recovery_key=result["recovery_key"])
            self._store = open_store(self._settings, key=key)
            self._key = key
        return result

    def lock(self) -> list[str]:
        """Forget the unlocked key here and every kept copy (`hearten unlock`); returns what was removed."""
        from hearten.services.keys import lock

        with self.exclusive():
            self._key = None
            return lock(self._settings)

    def close(self, *, forget_key: bool = False) -> None:
        from hearten.services.language import forget_answers
        from hearten.services.personal import hidden

        self._cache.clear()
        forget_answers()  # the crisis encoder's answers are kept by passages of the journal
        if forget_key:
            self._key = None
        if self._store is not None:
            self._store.close()
            self._store = None
        # Your name and therapist come from the database: closed (locked), they are not shown.
        self._settings = hidden(self._settings)

    def update_settings(self, settings) -> None:
        self._apply_language_settings(settings)  # the crisis encoder on or off, as they now say
        self._settings = settings

    @staticmethod
    def _apply_language_settings(settings) -> None:
        import sys

        from hearten.services.language import apply_settings, encoder_not_reading

        already = encoder_not_reading(settings)  # said by `hearten serve` as it read the settings
        problem = apply_settings(settings)
        if problem and problem != already:  # said where the person who started the app sees it
            print(f"hearten: {problem}", file=sys.stderr)

    # -- a small cache of whole-history reads -------------------------------------------------
    def note_write(self) -> None:
        self._writes += 1

    def cached(self, key, compute):
        """compute(), reused until the data changes: through this server (a POST) or, on SQLite,
        through any other connection (PRAGMA data_version, e.g. the CLI writing meanwhile)."""
        store = self.store
        if store.dialect != "sqlite":
            return compute()
        version = (self._writes, store.data_version(), id(store))
        hit = self._cache.get(key)
        if hit is not None and hit[0] == version:
            return hit[1]
        value = compute()
        if len(self._cache) > 64:
            self._cache.clear()
        self._cache[key] = (version, value)
        return value

    # -- content, read once per run --------------------------------------------------------
    @cached_property
    def practices(self):
        from hearten.content.loaders import load_practices

        return load_practices()

    @cached_property
    def learn_cards(self):
        from hearten.content.loaders import load_learn_cards

        return load_learn_cards()

    @cached_property
    def resources(self):
        from hearten.content.loaders import load_resources

        return load_resources()

    @cached_property
    def kind_questions(self):
        from hearten.content.language import kind_questions

        return kind_questions()

    @cached_property
    def trap_names(self):
        from hearten.content.language import trap_names

        return trap_names()
