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


async def read_form(request):
    """The form a request sends; a multipart upload is parsed in memory, never spooled to a temporary file.

    Starlette writes any uploaded file over 1 MB to a temporary file on disk, in plaintext
    even for an encrypted home; here the spool limit is the largest upload hearten takes,
    so the bytes stay in memory. Parsed once per request (Starlette keeps it in `_form`).
    """
    if getattr(request, "_form", None) is not None:
        return request._form
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        return await request.form()
    from starlette.formparsers import MultiPartException, MultiPartParser

    from hearten.services import MAX_IMPORT_BYTES

    class InMemory(MultiPartParser):
        spool_max_size = MAX_IMPORT_BYTES + 1

    try:
        request._form = await InMemory(request.headers, request.stream(), max_files=4, max_fields=50).parse()
    except MultiPartException as error:
        raise InvalidInput(f"the form could not be read ({error.message})") from None
    return request._form
