"""Personal settings (your name, your therapist): kept in the database, so encryption covers them."""

from __future__ import annotations

from hearten.config import PERSONAL, Settings, convert


def is_personal(name: str) -> bool:
    return name in PERSONAL


def save_personal(store, settings: Settings, **values) -> Settings:
    """Store personal settings (one transaction) and return settings that show them."""
    cleaned = {name: convert(name, value) for name, value in values.items()}
    unknown = [name for name in cleaned if name not in PERSONAL]
    if unknown:
        raise ValueError(f"not personal settings: {', '.join(unknown)}")
    store.save_personal_settings(cleaned)
    return settings.replaced(**{name: value for name, value in cleaned.items() if name not in settings.pinned})


def hidden(settings: Settings) -> Settings:
    """The same settings with the personal ones back to their defaults (the journal is locked)."""
    from hearten.config import SETTINGS

    defaults = {s.name: s.default for s in SETTINGS if s.personal and s.name not in settings.pinned}
    return settings.replaced(**defaults)  # a new object: personal_loaded is not carried over


def quietly_with_personal(settings: Settings) -> Settings:
    """`settings` with the personal ones filled in when the database opens without a passphrase.

    For screens that must always show (help): a locked, unreachable or broken database
    leaves the personal settings unset instead of asking or failing.
    """
    from hearten.store import open_store

    if getattr(settings, "personal_loaded", False):
        return settings
    if not settings.database_url and not settings.database_path.exists():
        return settings  # nothing stored yet, and help should not create a database
    from hearten.services.keys import unlock_key

    try:
        # a kept key or HEARTEN_PASSPHRASE, never a prompt; open_store fills `settings` in
        open_store(settings, key=unlock_key(settings)).close()
    except Exception:  # locked, unreachable or damaged: help shows without them
        pass
    return settings
