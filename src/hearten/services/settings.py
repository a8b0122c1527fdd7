"""Changing a setting, with the same checks wherever it is changed."""

from __future__ import annotations

from hearten.domain.records import InvalidInput, has_broken_characters


def check_country(code: str) -> str:
    """A country code hearten lists help lines for (upper-cased), or "" for none; anything else is refused."""
    from hearten.content.loaders import load_resources

    code = (code or "").strip().upper()
    if code and code not in load_resources().countries:
        known = ", ".join(sorted(c for c in load_resources().countries if c != "ANY"))
        raise InvalidInput(f"there are no help lines listed for {code[:20]!r}; choose one of {known}")
    return code


def set_setting(settings, *, name: str, value: str):
    """Save one setting (validated) and return the new settings."""
    from hearten.config import save_setting

    if isinstance(value, str) and has_broken_characters(value):
        raise InvalidInput(f"the value for {name} has a broken character in it (a lone surrogate)")
    if name == "country":
        value = check_country(value)
    return save_setting(settings, name, value)
