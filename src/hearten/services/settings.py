"""Changing a setting, with the same checks wherever it is changed."""

from __future__ import annotations

from hearten.domain.records import InvalidInput, has_broken_characters


def check_country(code: str) -> str:
    """A country code that reaches help lines (domain ResourceBook.listed_code, the rule `hearten help
    --country` follows), upper-cased, UK as GB, a country's name as its code ("Germany": DE); or "" for
    none. Anything else is refused."""
    from hearten.content.loaders import load_resources

    book = load_resources()
    code = book.code_for(code)
    if code and book.listed_code(code) is None:
        known = ", ".join(sorted(c for c in book.countries if c != "ANY"))
        raise InvalidInput(
            f"there are no help lines listed for {code[:20]!r}; choose one of {known} (or the country's name), "
            "UK, another EU country's code (it shows the EU's lines), or ANY for lines that work anywhere"
        )
    return code


def check_practice_length(value) -> str:
    """A practice length to remember: minutes (more than 0, at most 240), "open", or "" for the practice's own."""
    from hearten.domain.practice_player import MAX_MINUTES, length_text, parse_length

    text = str(value if value is not None else "").strip().lower()
    minutes, open_ended = parse_length(text)
    if text and minutes is None and not open_ended:
        raise InvalidInput(f"a practice length is a number of minutes up to {MAX_MINUTES}, or open, not {text[:20]!r}")
    return length_text(minutes, open_ended)


def set_setting(settings, *, name: str, value: str):
    """Save one setting (validated) and return the new settings."""
    from hearten.config import save_setting

    if isinstance(value, str) and has_broken_characters(value):
        raise InvalidInput(f"the value for {name} has a broken character in it (a lone surrogate)")
    if name == "country":
        value = check_country(value)
    if name == "practice_length":
        value = check_practice_length(value)
    if name == "crisis_encoder":
        from hearten.config import convert
        from hearten.services.language import check_encoder_installed

        if convert(name, value):
            check_encoder_installed()
    return save_setting(settings, name, value)


PRACTICE_CHOICES = ("bell", "bell_volume", "bell_interval", "practice_length")


def remember_practice_choices(settings, **choices):
    """Keep the bell, its volume, the interval bells and the length a person chose, for next time.

    Only the names in PRACTICE_CHOICES, each checked as `hearten settings` checks it. Every value
    is checked before any is written, then the changed ones are saved in one atomic write: a
    refused value leaves all of them as they were. Returns the new settings.
    """
    from hearten.config import SettingsError, convert, save_settings

    unknown = sorted(set(choices) - set(PRACTICE_CHOICES))
    if unknown:
        raise InvalidInput(f"these are not practice choices: {', '.join(unknown)}")
    changed = {}
    for name, value in choices.items():
        if value is None:
            continue
        try:
            value = check_practice_length(value) if name == "practice_length" else convert(name, value)
        except SettingsError as error:
            raise InvalidInput(str(error)) from None
        if settings.values.get(name) != value:
            changed[name] = value
    return save_settings(settings, changed) if changed else settings
