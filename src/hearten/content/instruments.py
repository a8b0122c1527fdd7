"""Load instrument files: hearten's TOML format, or a FHIR Questionnaire in JSON.

The shipped instruments live in the `instruments/` folder beside this module.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from hearten.content import content_dir
from hearten.domain.instruments import Instrument, InstrumentError, parse_instrument

MAX_FILE_BYTES = 1_000_000


def instruments_dir() -> Path:
    """The folder holding the shipped instrument files."""
    return content_dir() / "instruments"


def parse_instrument_text(text: str, *, source: str = "instrument", fmt: str | None = None) -> Instrument:
    """An Instrument from the text of a file: TOML, or JSON FHIR Questionnaire (found by its resourceType)."""
    if len(text) > MAX_FILE_BYTES:
        raise InstrumentError(f"{source} is larger than {MAX_FILE_BYTES:,} bytes; an instrument file is much smaller")
    if fmt is None:
        fmt = "json" if text.lstrip().startswith("{") else "toml"
    if fmt == "json":
        try:
            data = json.loads(text, parse_constant=_no_constant)
        except (ValueError, RecursionError) as exc:
            raise InstrumentError(f"{source} is not valid JSON: {exc}") from None
        if not isinstance(data, dict) or data.get("resourceType") != "Questionnaire":
            raise InstrumentError(
                f"{source}: a JSON instrument must be a FHIR Questionnaire (resourceType 'Questionnaire')"
            )
        from hearten.domain.fhir import questionnaire_to_instrument

        return questionnaire_to_instrument(data, source=source)
    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError) as exc:
        raise InstrumentError(f"{source} is not valid TOML: {exc}") from None
    return parse_instrument(data, source=source)


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number hearten accepts")


def load_instrument_file(path: str | Path) -> Instrument:
    """Read one instrument file, refusing anything over MAX_FILE_BYTES before reading it."""
    from hearten.domain.records import InvalidInput
    from hearten.files import read_small_text

    path = Path(path)
    source = path.name
    try:
        text = read_small_text(path, limit=MAX_FILE_BYTES)
    except InvalidInput as problem:
        raise InstrumentError(str(problem)) from None
    fmt = "json" if path.suffix.lower() == ".json" else "toml" if path.suffix.lower() == ".toml" else None
    return parse_instrument_text(text, source=source, fmt=fmt)


def load_instruments(folder: str | Path | None = None) -> dict[str, Instrument]:
    """Every instrument in a folder (the shipped ones by default), by id, in file-name order."""
    folder = Path(folder) if folder is not None else instruments_dir()
    found: dict[str, Instrument] = {}
    for path in sorted(folder.glob("*.toml")) + sorted(folder.glob("*.json")):
        instrument = load_instrument_file(path)
        if instrument.id != path.stem:
            raise InstrumentError(
                f"{path.name} declares id {instrument.id!r}; name the file {instrument.id}{path.suffix}"
            )
        if instrument.id in found:
            raise InstrumentError(f"two files declare instrument {instrument.id!r}")
        found[instrument.id] = instrument
    return found
