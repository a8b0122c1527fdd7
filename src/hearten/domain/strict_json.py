"""Strict JSON read from bytes a person gave us, with errors that say what is wrong and where.

Pure: no I/O. Used wherever a file or an upload is read as JSON (imports, assessment files,
practice answers), so one rule decides what counts as valid.
"""

from __future__ import annotations

import json

from hearten.errors import InvalidInput

MAX_JSON_DEPTH = 64  # far deeper than any hearten file; stops a nesting bomb before the parser sees it


def parse_json_bytes(data: bytes, label: str):
    """Strict JSON from bytes, with a clear error for bad encoding, syntax or nesting."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInput(f"{label}: not UTF-8 text (byte {error.start} cannot be read)") from None
    depth = max_nesting(text)
    if depth > MAX_JSON_DEPTH:
        raise InvalidInput(f"{label}: nested {depth} levels deep, more than a hearten file ever is")
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except InvalidInput as error:
        raise InvalidInput(f"{label}: {error}") from None
    except json.JSONDecodeError as error:
        raise InvalidInput(
            f"{label}: not valid JSON, so it may be damaged or cut short "
            f"(reading stopped at line {error.lineno}, column {error.colno})"
        ) from None


def _reject_constant(name):
    raise InvalidInput(f"JSON may not contain {name}")


def max_nesting(text: str) -> int:
    """Deepest bracket nesting outside strings, counted without recursion."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest
