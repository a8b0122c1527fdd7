"""Use-cases for self-assessment: the instruments on offer, taking one, history and sharing.

Instruments on offer are the shipped files plus those imported or attached and kept in
the store. A shipped instrument is copied into the store only when a result is saved,
and then in the exact version used, so a later version never rescores old results.
Every function takes the store first and keyword-only arguments after it.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from hearten import messages
from hearten.content.instruments import MAX_FILE_BYTES, load_instruments, parse_instrument_text
from hearten.domain.instruments import (
    Instrument,
    InstrumentError,
    Scored,
    answers_from_list,
    attach_item_text,
    is_due,
    new_assessment,
    parse_instrument,
    score,
)
from hearten.domain.records import InvalidInput
from hearten.domain.records import now as current_time
from hearten.domain.shapes import record_label
from hearten.errors import UnknownInstrument  # re-exported
from hearten.store import NotFound, Store

# The three components of self-compassion, each the mean of a facet and its reversed opposite.
COMPONENT_PAIRS = {
    "self_kindness": ("self_kindness", "self_judgment"),
    "common_humanity": ("common_humanity", "isolation"),
    "mindfulness": ("mindfulness", "over_identification"),
}
EXPORT_FORMATS = ("fhir", "json")


@lru_cache(maxsize=1)
def shipped_instruments() -> dict[str, Instrument]:
    """The instruments that come with hearten, by id (read once per process)."""
    return load_instruments()


def _definition(instrument: Instrument) -> dict:
    return instrument.model_dump(mode="json")


def _stored(store: Store) -> list[Instrument]:
    """Every kept instrument version, oldest added first within each id."""
    out = []
    for row in store.list_instruments():
        try:
            out.append(parse_instrument(row["definition"], source=f"stored instrument {row['id']} {row['version']}"))
        except InstrumentError:
            continue  # a definition this hearten cannot read is kept, but not offered
    return out


def _current(store: Store, instrument_id: str, stored: list[Instrument] | None = None) -> Instrument:
    """The version a new result is taken with.

    A shipped instrument is current unless it is a scoring key without text: then the
    latest attached version (with text) is. Otherwise the latest imported version is.
    """
    shipped = shipped_instruments().get(instrument_id)
    if shipped is not None and not shipped.requires_item_text:
        return shipped
    kept = [i for i in (stored if stored is not None else _stored(store)) if i.id == instrument_id]
    answerable = [i for i in kept if not i.requires_item_text]
    if answerable:
        return answerable[-1]
    if shipped is not None:
        return shipped
    if kept:
        return kept[-1]
    raise UnknownInstrument(f"there is no instrument called {instrument_id!r} (see: hearten assess list)")


def _available(store: Store) -> dict[str, Instrument]:
    stored = _stored(store)
    ids = list(shipped_instruments()) + sorted({i.id for i in stored} - set(shipped_instruments()))
    return {instrument_id: _current(store, instrument_id, stored) for instrument_id in ids}


def _version(store: Store, instrument_id: str, version: str) -> Instrument | None:
    # The kept copy is the one a result was taken with (and an attached key's copy has the text).
    kept = store.get_instrument(instrument_id, version)
    if kept is not None:
        return parse_instrument(kept, source=f"{instrument_id} version {version}")
    shipped = shipped_instruments().get(instrument_id)
    return shipped if shipped is not None and shipped.version == version else None


def get_instrument(store: Store, *, instrument_id: str, version: str | None = None) -> Instrument:
    """The current version of an instrument, or the given version of it."""
    if version is None:
        return _current(store, instrument_id)
    found = _version(store, instrument_id, version)
    if found is None:
        _current(store, instrument_id)  # an unknown id gets the plainer message
        raise UnknownInstrument(f"{instrument_id} has no version {version!r}")
    return found


def list_instruments(store: Store, *, now: datetime | None = None) -> list[dict]:
    """Every instrument on offer: [{"id", "title", "items", "version", "due", "last_taken_at", "needs_item_text"}]."""
    moment = now or current_time()
    last: dict[str, datetime] = {}
    for assessment in store.list_assessments():
        last[assessment.instrument_id] = assessment.taken_at
    out = []
    for instrument_id, instrument in _available(store).items():
        taken = last.get(instrument_id)
        out.append(
            {
                "id": instrument_id,
                "title": instrument.title,
                "items": len(instrument.items),
                "version": instrument.version,
                "due": not instrument.requires_item_text and is_due(instrument, taken, moment),
                "last_taken_at": taken,
                "needs_item_text": instrument.requires_item_text,
            }
        )
    return out


def due_instruments(store: Store, *, now: datetime | None = None) -> list[dict]:
    """The instruments whose suggested retake interval has passed (or that were never taken)."""
    return [i for i in list_instruments(store, now=now) if i["due"]]


def ready_to_take(store: Store, *, instrument_id: str) -> Instrument:
    """The version a new result is taken with; an error when it still needs its item text."""
    instrument = _current(store, instrument_id)
    if instrument.requires_item_text:
        raise InstrumentError(
            f"{instrument.title} needs its item text before it can be answered:"
            f" hearten assess attach {instrument.id} YOUR-TEXT-FILE"
        )
    return instrument


def take(store: Store, *, instrument_id: str, answers: list[int | None] | dict, at: datetime | None = None):
    """Score and keep one set of answers (a list in item order, or item id -> answer); returns the Assessment.

    Nothing is stored unless the answers are valid; the instrument version used is kept
    in the same transaction as the result.
    """
    instrument = ready_to_take(store, instrument_id=instrument_id)
    if isinstance(answers, dict):
        given = dict(answers)
    elif isinstance(answers, (list, tuple)):
        given = answers_from_list(instrument, list(answers))
    else:
        raise InstrumentError("answers must be a list in item order, or a mapping of item ids to answers")
    scored = score(instrument, given)
    record = new_assessment(instrument, given, scored, taken_at=at)
    store.import_records(
        instruments=[(instrument.id, instrument.version, _definition(instrument))], assessments=[record]
    )
    for stored in store.list_assessments(instrument_id=instrument.id, since=record.taken_at):
        if stored.uid == record.uid:
            return stored
    raise NotFound("the result was saved but could not be read back")  # pragma: no cover


def after_taking(assessment):
    """What follows a saved result (domain.safety.after_assessment), for every front end alike."""
    from hearten.domain import safety

    return safety.after_assessment(assessment.instrument_id, dict(assessment.subscales))


def list_assessments(store: Store, *, instrument_id: str | None = None):
    """Answered assessments, oldest first (of one instrument, when given)."""
    return store.list_assessments(instrument_id=instrument_id)


def get_assessment(store: Store, *, assessment_id: int):
    return store.get_assessment(assessment_id)


def explain(store: Store, *, assessment) -> tuple[Instrument, Scored]:
    """The instrument version a result was taken with, and its full scoring (components, notes)."""
    instrument = _instrument_for(store, assessment, {})
    return instrument, score(instrument, dict(assessment.answers))


def _matches_key(instrument: Instrument, key: Instrument) -> bool:
    """True when `instrument` is `key` with item text attached (same scoring, any text)."""

    def scoring(i: Instrument) -> dict:
        data = i.model_dump(exclude={"requires_item_text", "provenance"})
        data["items"] = [{k: v for k, v in item.items() if k != "text"} for item in data["items"]]
        return data

    return scoring(instrument) == scoring(key)


def _keep(store: Store, instrument: Instrument, *, clash: str | None = None) -> bool:
    """Store a new instrument version; False when it is already here, an error when it clashes."""
    kept = store.get_instrument(instrument.id, instrument.version)
    if kept is not None:
        if parse_instrument(kept, source=instrument.id) == instrument:
            return False
        raise InstrumentError(
            clash
            or (
                f"{instrument.id} version {instrument.version} is already here with a different definition;"
                " give the changed instrument a new version (or a new id)"
            )
        )
    shipped = shipped_instruments().get(instrument.id)
    if shipped is not None:
        if shipped == instrument:
            return False
        if not shipped.requires_item_text:
            raise InstrumentError(f"{instrument.id} comes with hearten; give your own instrument an id of its own")
        if instrument.requires_item_text or not _matches_key(instrument, shipped):
            raise InstrumentError(
                f"{instrument.id} is hearten's scoring key for {shipped.title}; an instrument with that id must"
                " keep its scoring exactly and carry item text (or use an id of its own)"
            )
    return store.save_instrument(
        instrument_id=instrument.id, version=instrument.version, definition=_definition(instrument)
    )


def _summary(instrument: Instrument, added: bool) -> dict:
    return {
        "id": instrument.id,
        "version": instrument.version,
        "title": instrument.title,
        "items": len(instrument.items),
        "added": added,
    }


def attach(store: Store, *, key_id: str, lines: list[str], new_id: str | None = None) -> dict:
    """Give a scoring key your own copy of its item text, one line per
    item; returns {"id", "version", "title", "items", "added"}."""
    shipped = shipped_instruments().get(key_id)
    # Once attached, the key's id offers the text version; the shipped key is still the key.
    key = shipped if shipped is not None and shipped.requires_item_text else _current(store, key_id)
    if not key.requires_item_text:
        raise InstrumentError(
            f"{key_id} is not a scoring key waiting for item text (keys: {', '.join(scoring_keys())})"
        )
    if new_id is not None and new_id != key_id and new_id in shipped_instruments():
        raise InstrumentError(f"{new_id} comes with hearten; choose another id for your copy")
    while lines and not lines[-1].strip():
        lines = lines[:-1]  # a blank line at the very end of a file is only an editor's habit
    instrument = attach_item_text(key, list(lines), new_id)
    clash = (
        f"{instrument.id} already has different item text; to keep both, attach this text under an id of"
        " its own with --id"
    )
    return _summary(instrument, _keep(store, instrument, clash=clash))


def scoring_keys() -> list[str]:
    """The shipped instruments that need your own copy of their item text."""
    return [i.id for i in shipped_instruments().values() if i.requires_item_text]


def read_text_file(path: str | os.PathLike, *, limit: int = MAX_FILE_BYTES) -> str:
    """The UTF-8 text of a small file, or InvalidInput saying why it cannot be read."""
    from hearten.files import read_small_text

    return read_small_text(path, limit=limit)


def parse_instrument_document(text: str, *, source: str, fmt: str | None = None) -> Instrument:
    """Our TOML format, our format as JSON (as `export --format json` writes), or a FHIR Questionnaire."""
    if fmt is None:
        fmt = "json" if text.lstrip().startswith(("{", "[")) else "toml"
    if fmt == "toml":
        return parse_instrument_text(text, source=source, fmt="toml")
    from hearten.domain.strict_json import parse_json_bytes

    data = parse_json_bytes(text.encode("utf-8"), source)
    if isinstance(data, dict) and data.get("resourceType") == "Questionnaire":
        return parse_instrument_text(text, source=source, fmt="json")
    if isinstance(data, dict) and "resourceType" in data:
        raise InstrumentError(f"{source} is a FHIR {data['resourceType']!s:.40}, not a Questionnaire")
    return parse_instrument(data, source=source)


def import_instrument(store: Store, *, path: str | os.PathLike) -> dict:
    """Add an instrument from a file; importing the same id and version again changes nothing."""
    name = Path(path).name or str(path)
    suffix = Path(path).suffix.lower()
    fmt = {".json": "json", ".toml": "toml"}.get(suffix)
    instrument = parse_instrument_document(read_text_file(path), source=name, fmt=fmt)
    return _summary(instrument, _keep(store, instrument))


def export_instrument(store: Store, *, instrument_id: str, fmt: str = "fhir", version: str | None = None) -> str:
    """The instrument as text: a FHIR Questionnaire ("fhir") or hearten's format as JSON ("json")."""
    if fmt not in EXPORT_FORMATS:
        raise InvalidInput(f"export format must be {' or '.join(EXPORT_FORMATS)}, not {fmt!r}")
    instrument = get_instrument(store, instrument_id=instrument_id, version=version)
    if fmt == "fhir":
        from hearten.domain.fhir import instrument_to_questionnaire

        document = instrument_to_questionnaire(instrument)
    else:
        document = _definition(instrument)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _instrument_for(store: Store, assessment, cache: dict) -> Instrument:
    key = (assessment.instrument_id, assessment.instrument_version)
    if key not in cache:
        found = _version(store, *key)
        if found is None:
            found = _current(store, assessment.instrument_id)
        cache[key] = found
    return cache[key]


def responses_bundle(store: Store) -> dict:
    """Every stored result as a FHIR collection Bundle of QuestionnaireResponses, oldest first."""
    from hearten.domain import fhir

    cache: dict = {}
    entries = []
    for assessment in store.list_assessments():
        instrument = _instrument_for(store, assessment, cache)
        # Each result is described by the version it was taken with.
        entries.extend(fhir.responses_bundle([assessment], {instrument.id: instrument})["entry"])
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


def _series_range(instrument: Instrument, subscale: str | None) -> tuple[float, float]:
    low, high = instrument.scale.min, instrument.scale.max
    if subscale is not None:
        count = len(instrument.subscale_items(subscale)) if instrument.scoring.subscale == "sum" else 1
        return low * count, high * count
    if instrument.scoring.total == "sum":
        return low * len(instrument.items), high * len(instrument.items)
    if instrument.scoring.total == "mean_of_subscales" and instrument.scoring.subscale == "sum":
        sizes = [len(instrument.subscale_items(s.id)) for s in instrument.subscales]
        return low * min(sizes), high * max(sizes)
    return low, high


def history(store: Store, *, instrument_id: str) -> dict:
    """Every result of one instrument, oldest first, with what a chart needs.

    {"instrument", "title", "version", "has_total", "scale": {"min", "max"},
     "bands": [{"name", "min", "max"}], "subscales": [{"id", "title", "min", "max"}],
     "points": [{"id", "taken_at", "version", "total", "band", "subscales"}]}
    """
    instrument = _current(store, instrument_id)
    low, high = _series_range(instrument, None)
    points = [
        {
            "id": a.id,
            "taken_at": a.taken_at,
            "version": a.instrument_version,
            "total": a.total,
            "band": a.band,
            "subscales": dict(a.subscales),
        }
        for a in store.list_assessments(instrument_id=instrument_id)
    ]
    subscales = []
    for sub in instrument.subscales:
        sub_low, sub_high = _series_range(instrument, sub.id)
        subscales.append({"id": sub.id, "title": sub.title, "min": sub_low, "max": sub_high})
    return {
        "instrument": instrument.id,
        "title": instrument.title,
        "version": instrument.version,
        "has_total": instrument.scoring.total != "none",
        "show_subscales": instrument.show_subscales,
        "scale": {"min": low, "max": high},
        "bands": [{"name": b.name, "min": b.min, "max": b.max} for b in instrument.bands],
        "subscales": subscales,
        "points": points,
    }


def history_json(found: dict) -> dict:
    """history() with its times as ISO 8601 text, for `--json`."""
    return {**found, "points": [{**p, "taken_at": p["taken_at"].isoformat()} for p in found["points"]]}


def write_history_chart(
    store: Store, *, instrument_id: str, path: str | os.PathLike, subscale: str | None = None
) -> Path:
    """Draw the history of the total (or of one subscale) to a .png or .svg file.

    An instrument with no total has every subscale drawn as its own line in one chart, with a
    legend naming them, unless `subscale` picks one. With no results yet nothing is written:
    InvalidInput says so.
    """
    from hearten.files import write_atomic

    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise InvalidInput(f"{target.name}: a chart is written as .png or .svg")
    found = history(store, instrument_id=instrument_id)
    if subscale is not None:
        chosen = next((s for s in found["subscales"] if s["id"] == subscale), None)
        if chosen is None:
            names = ", ".join(s["id"] for s in found["subscales"])
            raise InvalidInput(f"{found['title']} has no subscale {subscale!r}; choose from {names}")
    if not found["points"]:
        raise InvalidInput(messages.CHART_NOTHING_YET.format(title=found["title"], id=found["instrument"]))
    if not target.parent.is_dir():
        raise InvalidInput(f"{target.parent}: no such folder")
    if subscale is None and not found["has_total"]:
        return _write_lines_chart(found, target)
    if subscale is not None:
        low, high, bands, title = chosen["min"], chosen["max"], (), f"{found['title']}: {chosen['title']}"
        points = [(p["taken_at"], p["subscales"].get(subscale)) for p in found["points"]]
    else:
        low, high, title = found["scale"]["min"], found["scale"]["max"], found["title"]
        bands = [(b["name"], b["min"], b["max"]) for b in found["bands"]]
        points = [(p["taken_at"], p["total"]) for p in found["points"]]
    if suffix == ".png":
        from hearten.charts_png import history_png

        return history_png(points, scale_min=low, scale_max=high, bands=bands, title=title, path=target)
    from hearten.domain.charts import history_svg

    svg = history_svg(points, scale_min=low, scale_max=high, bands=bands, title=title)
    write_atomic(target, svg.encode("utf-8"), mode=0o644)
    return target


def _write_lines_chart(found: dict, target: Path) -> Path:
    """Every subscale as its own named line in one chart, on a scale wide enough for all of them."""
    from hearten.files import write_atomic

    if not found["subscales"]:
        raise InvalidInput(f"{found['title']} has no total and no parts to chart")
    series = [
        (sub["title"], [(p["taken_at"], p["subscales"].get(sub["id"])) for p in found["points"]])
        for sub in found["subscales"]
    ]
    low = min(sub["min"] for sub in found["subscales"])
    high = max(sub["max"] for sub in found["subscales"])
    if target.suffix.lower() == ".png":
        from hearten.charts_png import lines_png

        return lines_png(series, scale_min=low, scale_max=high, title=found["title"], path=target)
    from hearten.domain.charts import lines_svg

    svg = lines_svg(series, scale_min=low, scale_max=high, title=found["title"])
    write_atomic(target, svg.encode("utf-8"), mode=0o644)
    return target


def get_result(store: Store, *, assessment_id: int):
    """One stored result, or NotFound."""
    return store.get_assessment(assessment_id)


def delete_result(store: Store, *, assessment_id: int) -> None:
    """Delete one result for good (the instrument itself stays)."""
    store.delete_assessment(assessment_id)


def check_import(store: Store, *, instruments, assessments) -> None:
    """Refuse imported instruments and results that would not show: InvalidInput naming the first.

    An id and version name one definition: an imported one must match the copy kept here
    or shipped under the same name. Each result is scored again with the version it says
    it was taken with, and its scores must be the ones its answers give.
    """
    known: dict[tuple[str, str], Instrument] = {}
    for position, (instrument_id, version, definition) in enumerate(instruments):
        where = record_label("instruments", position)
        imported = parse_instrument(definition, source=f"{where}: the instrument {instrument_id!r}")
        kept = _version(store, instrument_id, version)
        if kept is not None and kept != imported:
            raise InvalidInput(
                f"{where}: {instrument_id} version {version} differs from the copy hearten already has under that name;"
                " give the changed instrument a new version"
            )
        known[(instrument_id, version)] = imported
    for position, result in enumerate(assessments):
        where = record_label("assessments", position)
        key = (result.instrument_id, result.instrument_version)
        instrument = known.get(key) or _version(store, *key)
        if instrument is None:
            raise InvalidInput(
                f"{where}: it was taken with {result.instrument_id} version {result.instrument_version},"
                " which is neither in the file nor kept here"
            )
        try:
            scored = score(instrument, dict(result.answers))
        except InstrumentError as error:
            raise InvalidInput(f"{where}: its answers do not fit {result.instrument_id}: {error}") from None
        if not (
            _same_scores(scored.subscales, result.subscales)
            and _same_number(scored.total, result.total)
            and scored.band == result.band
        ):
            raise InvalidInput(f"{where}: its scores are not the ones its answers give, so it may have been changed")


def _same_number(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(a))


def _same_scores(a: dict, b: dict) -> bool:
    return set(a) == set(b) and all(_same_number(a[k], b[k]) for k in a)


def latest_component_scores(store: Store) -> dict[str, float] | None:
    """Self-kindness, common humanity and mindfulness from the latest self-compassion result, or None.

    Any result with the six facets counts (the check-in, or an SCS with its text
    attached); each component is the mean of a facet and its reversed opposite.
    """
    for assessment in reversed(store.list_assessments()):
        facets = assessment.subscales
        if all(a in facets and b in facets for a, b in COMPONENT_PAIRS.values()):
            return {name: (facets[a] + facets[b]) / 2 for name, (a, b) in COMPONENT_PAIRS.items()}
    return None
