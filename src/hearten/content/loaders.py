"""Load the practice, learn-card and resource files, validating each as it is read."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import ValidationError

from hearten.content import content_dir
from hearten.domain.content_schema import Country, LearnCard, Practice, ResourceBook
from hearten.errors import ContentError  # re-exported

STEP_KINDS = {"instruction", "timed", "prompt", "choice", "rating"}


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(path, "(file)", f"not valid TOML: {exc}") from None
    except OSError as exc:
        raise ContentError(path, "(file)", f"cannot be read: {exc.strerror or exc}") from None


def _field_name(loc: tuple, data) -> str:
    """pydantic's error location as a person reads it: steps[2] 'breathe'.seconds."""
    text = ""
    node = data
    for i, item in enumerate(loc):
        if isinstance(item, int):
            node = node[item] if isinstance(node, list) and 0 <= item < len(node) else None
            named = node.get("id") or node.get("name") if isinstance(node, dict) else None
            text += f"[{item}]" + (f" {named!r}" if isinstance(named, str) else "")
            continue
        if item in STEP_KINDS and i > 0 and isinstance(loc[i - 1], int):
            continue  # the discriminator pydantic adds for a step's kind
        text += ("." if text else "") + str(item)
        node = node.get(item) if isinstance(node, dict) else None
    return text or "(top level)"


def _validate(model, data: dict, path: Path, prefix: str = ""):
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        # A misspelt field also shows up as a missing one; the misspelling is the real cause.
        error = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
        message = error["msg"].removeprefix("Value error, ")
        field = _field_name(tuple(error["loc"]), data)
        if error["type"] == "missing":
            message = "is required but missing"
        elif error["type"] == "extra_forbidden":
            message = "is not a field this file can have (a typo?)"
        elif error["type"] in ("union_tag_invalid", "union_tag_not_found"):
            field += ".kind"
            message = f"must be one of: {', '.join(sorted(STEP_KINDS))}"
        if prefix:
            field = prefix if field == "(top level)" else f"{prefix}.{field}"
        raise ContentError(path, field, message) from None


def _folder(folder, name: str) -> Path:
    return Path(folder) if folder is not None else content_dir() / name


def load_practices(folder: Path | str | None = None) -> dict[str, Practice]:
    """Every practice, by id, in file-name order."""
    practices: dict[str, Practice] = {}
    for path in sorted(_folder(folder, "practices").glob("*.toml")):
        data = _read_toml(path)
        practice = _validate(Practice, data, path)
        if practice.id != path.stem:
            raise ContentError(path, "id", f"must match the file name ({path.stem!r}), not {practice.id!r}")
        practices[practice.id] = practice
    return practices


def load_practice(practice_id: str, *, folder: Path | str | None = None, phrases=None, self_phrases=None) -> Practice:
    """One practice by id, optionally with the person's own kind wishes."""
    path = _folder(folder, "practices") / f"{practice_id}.toml"
    if not practice_id or "/" in practice_id or "\\" in practice_id or not path.is_file():
        raise ContentError(path, "id", f"there is no practice called {practice_id!r}")
    practice = _validate(Practice, _read_toml(path), path)
    if practice.id != path.stem:
        raise ContentError(path, "id", f"must match the file name ({path.stem!r}), not {practice.id!r}")
    if phrases is not None or self_phrases is not None:
        try:
            practice = practice.with_phrases(phrases, self_phrases)
        except ValueError as exc:
            raise ContentError(path, "phrases" if self_phrases is None else "self_phrases", str(exc)) from None
    return practice


def load_learn_cards(folder: Path | str | None = None) -> dict[str, LearnCard]:
    """Every learn card, by id, in reading order."""
    cards: list[LearnCard] = []
    for path in sorted(_folder(folder, "learn").glob("*.toml")):
        card = _validate(LearnCard, _read_toml(path), path)
        if card.id != path.stem:
            raise ContentError(path, "id", f"must match the file name ({path.stem!r}), not {card.id!r}")
        cards.append(card)
    cards.sort(key=lambda card: (card.order, card.id))
    return {card.id: card for card in cards}


def content_texts() -> list[tuple[str, str]]:
    """(practice or card id, text) for every string of every practice and learn card: the words hearten
    itself shows, which people copy into their journals and which must never read as crisis."""

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for v in value.values():
                yield from strings(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                yield from strings(v)

    return [
        (key, text)
        for items in (load_practices(), load_learn_cards())
        for key, item in items.items()
        for text in strings(item.model_dump())
    ]


def content_sentences() -> list[str]:
    """Every sentence of content_texts(), once each, sorted."""
    from hearten.domain.language.sentences import split

    found = set()
    for _, text in content_texts():
        found.update(text[a:b].strip() for a, b in split(text) if text[a:b].strip())
    return sorted(found)


def load_resources(path: Path | str | None = None) -> ResourceBook:
    """The crisis and help lines, by country code."""
    path = Path(path) if path is not None else content_dir() / "resources.toml"
    data = _read_toml(path)
    entries = data.get("country")
    if not isinstance(entries, list) or not entries:
        raise ContentError(path, "country", "the file needs at least one [[country]] table")
    countries: dict[str, Country] = {}
    for index, entry in enumerate(entries):
        country = _validate(Country, entry, path, prefix=f"country[{index}]")
        if country.code in countries:
            raise ContentError(path, f"country[{index}].code", f"{country.code} is listed twice")
        countries[country.code] = country
    return _validate(ResourceBook, {"countries": countries}, path)
