"""Turning what a form sends (always text) into the values services take."""

from __future__ import annotations

from hearten.domain.records import InvalidInput


def optional_number(raw: str | None) -> float | int | None:
    """'' -> None; '7' -> 7; '7.5' -> 7.5; anything else is InvalidInput."""
    text = (raw or "").strip().replace(",", ".")
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise InvalidInput(f"{raw!r} is not a number") from None
    return int(number) if number.is_integer() else number


def tags_from(raw: str | None) -> list[str]:
    return [t for t in (raw or "").replace("#", " ").replace(",", " ").split() if t]


def problem_sentences(found) -> dict[str, str]:
    """FieldProblems as {field: sentence} to show beside each field of the form sent back."""
    from hearten.domain.field_checks import sentence

    return {name: sentence(message) for name, message in found.problems.items()}


def local_path(raw: str | None, default: str = "/") -> str:
    """`raw` when it is a path on this site ("/journal?tag=x"), else `default`: never a way off to another site."""
    text = (raw or "").strip()
    if (
        not text.startswith("/")
        or text.startswith(("//", "/\\"))
        or "\\" in text
        or any(ord(ch) < 32 or ord(ch) == 127 for ch in text)
        or len(text) > 2000
    ):
        return default
    from urllib.parse import urlsplit

    parts = urlsplit(text)
    if parts.scheme or parts.netloc or parts.path.startswith(("/unlock", "/static/")):
        return default
    return text
