"""Read journals and moods from other apps (jrnl, Daylio) into hearten records.

Pure: each parser takes the file's content (str or bytes) and returns an ImportBatch; the
caller reads the file and writes the records. Every record's uid comes from its source and
content, so importing the same file twice adds nothing the second time. Anything wrong
with the file raises ImportFileError with a one-line message, never another exception.
"""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from hearten.domain.records import (
    InvalidInput,
    NewCheckin,
    NewEntry,
    clean_activities,
    clean_tags,
    has_broken_characters,
)
from hearten.errors import ImportFileError  # re-exported

MAX_IMPORT_BYTES = 100 * 1024 * 1024
MAX_JSON_DEPTH = 32  # jrnl's export is 3 deep; anything far deeper is not a jrnl export
_UID_NAMESPACE = uuid.UUID("5b0f6c52-8a0e-4f0e-9a43-6c1f0d7e2a11")  # hearten imports; never change

# Daylio's five default moods, evenly spaced on hearten's 0-10 scale (0, 2.5, 5, 7.5, 10),
# the half steps rounded away from "meh" so good and bad sit equally far from the middle.
DAYLIO_DEFAULT_MOODS = {"rad": 10, "good": 8, "meh": 5, "bad": 2, "awful": 0}

DAYLIO_HEADER_8 = ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note")
DAYLIO_HEADER_7 = ("year", "date", "weekday", "time", "mood", "activities", "note")


@dataclass(frozen=True, slots=True)
class ImportSummary:
    source: str
    entries: int = 0
    checkins: int = 0
    duplicates: int = 0  # identical records within the file, kept once
    empty: int = 0  # entries with no words in them, left out


@dataclass(frozen=True, slots=True)
class ImportBatch:
    """What one file holds, ready to write: entries (kind "imported") and check-ins."""

    entries: list[NewEntry] = field(default_factory=list)
    checkins: list[NewCheckin] = field(default_factory=list)
    summary: ImportSummary = field(default_factory=lambda: ImportSummary(source="unknown"))
    # a check-in's uid -> the uids an older hearten may have given the same row (its mood number was
    # in them, whatever the mapping then): any one already stored means the row is already here
    checkin_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)


# ---------------------------------------------------------------- shared helpers


def decode_text(content, *, what: str = "the file") -> str:
    """Text from str or bytes (UTF-8, with or without a byte-order mark), size-checked."""
    if isinstance(content, (bytes, bytearray, memoryview)):
        content = bytes(content)
        if len(content) > MAX_IMPORT_BYTES:
            raise ImportFileError(
                f"{what} is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB; hearten imports files up to that size"
            )
        if content.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ImportFileError(f"{what} is saved as UTF-16; please save it as UTF-8 and try again")
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise ImportFileError(
                f"{what} is not UTF-8 text (a stray byte at position "
                f"{err.start}); please save it as UTF-8 and try again"
            ) from None
    elif isinstance(content, str):
        if len(content) > MAX_IMPORT_BYTES:
            raise ImportFileError(
                f"{what} is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB; hearten imports files up to that size"
            )
        text = content.removeprefix("\ufeff")
    else:
        raise ImportFileError(f"{what} must be text or bytes, not {type(content).__name__}")
    if "\x00" in text:
        raise ImportFileError(f"{what} has NUL characters in it, so it is probably not a text export")
    if _SURROGATE.search(text):
        raise ImportFileError(f"{what} has broken characters (unpaired surrogates) in it")
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


def _uid(source: str, kind: str, when: str, *parts: str) -> str:
    return uuid.uuid5(_UID_NAMESPACE, "\x1f".join((source, kind, when, *parts))).hex


def _ok_tags(raw_tags) -> tuple[str, ...]:
    """The tags hearten can keep; a tag it cannot (too long, a comma in it) is left out."""
    kept: list[str] = []
    for tag in raw_tags:
        try:
            kept.extend(clean_tags([tag]))
        except InvalidInput:
            continue
    return clean_tags(kept)


def _ok_activities(raw_activities) -> tuple[str, ...]:
    """The activities hearten can keep; one it cannot (too long, a comma in it) is left out."""
    kept: list[str] = []
    for name in raw_activities:
        try:
            kept.extend(clean_activities([name]))
        except InvalidInput:
            continue
    return clean_activities(kept[:MAX_ACTIVITIES_KEPT])


MAX_ACTIVITIES_KEPT = 100


def _moment(year: int, month: int, day: int, hour: int, minute: int, second: int = 0, *, where: str) -> datetime:
    if not 1900 <= year <= 9998:
        raise ImportFileError(f"{where} has a date in the year {year}, which hearten cannot keep")
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        raise ImportFileError(
            f"{where} has a date or time that does not exist ({year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d})"
        ) from None


def _refuse_broken(where: str, what: str, *texts: str) -> None:
    """ImportFileError naming the record when its text holds a lone surrogate (from a JSON escape like \\ud800)."""
    if any(isinstance(text, str) and has_broken_characters(text) for text in texts):
        raise ImportFileError(
            f"{where}: {what} has a broken character in it (a lone surrogate), which cannot be saved; "
            "nothing was imported"
        )


class _Collector:
    """Builds records, keeping the first of any identical ones and counting what was left out."""

    def __init__(self, source: str):
        self.source = source
        self.entries: list[NewEntry] = []
        self.checkins: list[NewCheckin] = []
        self.seen: set[str] = set()
        self.duplicates = 0
        self.empty = 0
        self.checkin_aliases: dict[str, tuple[str, ...]] = {}

    def entry(self, *, text: str, at: datetime, stamp: str, tags=(), mood=None, where: str) -> None:
        _refuse_broken(where, "its text", text)
        _refuse_broken(where, "a tag", *tags)
        if not text.strip():
            self.empty += 1
            return
        uid = _uid(self.source, "entry", stamp, text)
        if uid in self.seen:
            self.duplicates += 1
            return
        try:
            record = NewEntry(text=text, created_at=at, mood=mood, tags=_ok_tags(tags), kind="imported", uid=uid)
        except (InvalidInput, ValueError, OverflowError) as err:
            raise ImportFileError(f"{where}: {err}") from None
        self.seen.add(uid)
        self.entries.append(record)

    def checkin(self, *, at: datetime, stamp: str, mood: int, activities=(), where: str, mood_name=None) -> None:
        # the uid is made from the activities as written, as before they were kept, so a file
        # imported by an older hearten is still recognised and adds nothing twice
        _refuse_broken(where, "an activity", *activities)
        joined = "|".join(activities)
        uid = _uid(self.source, "checkin", stamp, str(mood) if mood_name is None else mood_name, joined)
        if mood_name is not None:
            self.checkin_aliases[uid] = tuple(
                other
                for other in (_uid(self.source, "checkin", stamp, str(n), joined) for n in range(11))
                if other != uid
            )
        if uid in self.seen:
            self.duplicates += 1
            return
        try:
            record = NewCheckin(at=at, mood=mood, activities=_ok_activities(activities), uid=uid)
        except (InvalidInput, ValueError, OverflowError) as err:
            raise ImportFileError(f"{where}: {err}") from None
        self.seen.add(uid)
        self.checkins.append(record)

    def batch(self) -> ImportBatch:
        summary = ImportSummary(
            source=self.source,
            entries=len(self.entries),
            checkins=len(self.checkins),
            duplicates=self.duplicates,
            empty=self.empty,
        )
        # another row of this file is never taken for an older import of this one
        own = {checkin.uid for checkin in self.checkins}
        aliases = {
            uid: tuple(other for other in others if other not in own)
            for uid, others in self.checkin_aliases.items()
            if uid in own
        }
        return ImportBatch(entries=self.entries, checkins=self.checkins, summary=summary, checkin_aliases=aliases)


# ---------------------------------------------------------------- jrnl


def _jrnl_text(title: str, body: str) -> str:
    # the same shape jrnl writes to its journal file, so JSON and text imports agree
    title, body = title.rstrip("\n "), body.rstrip("\n ")
    return f"{title}\n{body}" if body else title


_JRNL_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})\Z")
_JRNL_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\Z")


def _load_json(text: str, what: str):
    try:
        data = json.loads(text)
    except RecursionError:
        raise ImportFileError(
            f"{what} is nested deeper than {MAX_JSON_DEPTH} levels, so it is not an export hearten reads"
        ) from None
    except ValueError as err:
        line = getattr(err, "lineno", None)
        where = f" (line {line})" if line else ""
        raise ImportFileError(f"{what} is not valid JSON{where}; it may be truncated or not a JSON export") from None
    if _depth(data) > MAX_JSON_DEPTH:
        raise ImportFileError(
            f"{what} is nested deeper than {MAX_JSON_DEPTH} levels, so it is not an export hearten reads"
        )
    return data


def _depth(data) -> int:
    deepest, stack = 0, [(data, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, (dict, list)):
            deepest = max(deepest, level)
            if level > MAX_JSON_DEPTH:
                return level
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, level + 1) for child in children)
    return deepest


def parse_jrnl_json(content) -> ImportBatch:
    """Entries from `jrnl --export json`; tags are kept without their @ or #."""
    data = _load_json(decode_text(content), "the jrnl export")
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ImportFileError('this is not a jrnl JSON export: it should be an object with an "entries" list')
    out = _Collector("jrnl")
    for number, item in enumerate(data["entries"], start=1):
        where = f"jrnl entry {number}"
        if not isinstance(item, dict):
            raise ImportFileError(f"{where} is not an object")
        date, clock = item.get("date"), item.get("time")
        title, body = item.get("title", ""), item.get("body", "")
        tags, starred = item.get("tags", []), item.get("starred", False)
        if not isinstance(date, str) or not (d := _JRNL_DATE.match(date)):
            raise ImportFileError(f'{where} has no "date" like 2024-03-05')
        if not isinstance(clock, str) or not (t := _JRNL_TIME.match(clock)):
            raise ImportFileError(f'{where} has no "time" like 21:14')
        if not isinstance(title, str) or not isinstance(body, str):
            raise ImportFileError(f'{where} has a "title" or "body" that is not text')
        if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
            raise ImportFileError(f'{where} has "tags" that are not a list of text')
        if not isinstance(starred, bool):
            raise ImportFileError(f'{where} has a "starred" that is not true or false')
        for name, value in (("its date", date), ("its time", clock), ("its title", title), ("its body", body)):
            _refuse_broken(where, name, value)
        _refuse_broken(where, "a tag", *tags)
        hour, minute = int(t.group(1)), int(t.group(2))
        at = _moment(int(d.group(1)), int(d.group(2)), int(d.group(3)), hour, minute, int(t.group(3) or 0), where=where)
        stamp = at.strftime("%Y-%m-%dT%H:%M")
        out.entry(
            text=_jrnl_text(title, body),
            at=at,
            stamp=stamp,
            tags=[*tags, *(["starred"] if starred else [])],
            where=where,
        )
    return out.batch()


def parse_jrnl(content) -> ImportBatch:
    """Either jrnl form: its `--export json` output (starts with "{") or its plain-text journal."""
    text = decode_text(content, what="the jrnl file")
    if text.lstrip().startswith("{"):
        return parse_jrnl_json(text)
    return parse_jrnl_text(text)


_JRNL_HEADER = re.compile(
    r"^\[(\d{4})-(\d{2})-(\d{2}) (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp][Mm]))?\] ?(.*)$", re.MULTILINE
)
_JRNL_TAG = re.compile(r"(?<!\S)[@#][-+*#/\w]+")  # jrnl's own tag pattern with its default symbols


def parse_jrnl_text(content) -> ImportBatch:
    """Entries from a plain-text jrnl journal: `[YYYY-MM-DD HH:MM(:SS)( AM|PM)] title`, then the body."""
    text = decode_text(content, what="the jrnl journal").replace("\r\n", "\n").replace("\r", "\n")
    headers = list(_JRNL_HEADER.finditer(text))
    if not headers:
        if not text.strip():
            return _Collector("jrnl").batch()
        raise ImportFileError(
            "no jrnl entries found: each entry should start with a line like [2024-03-05 09:14:00 PM] Title"
        )
    preamble = text[: headers[0].start()]
    if preamble.strip():
        line = preamble.count("\n", 0, len(preamble) - len(preamble.lstrip())) + 1
        raise ImportFileError(f"line {line} of the jrnl journal comes before any entry's date line")
    out = _Collector("jrnl")
    line, counted_to = 1, 0
    for number, match in enumerate(headers, start=1):
        line += text.count("\n", counted_to, match.start())
        counted_to = match.start()
        where = f"jrnl entry {number} (line {line})"
        year, month, day, hour, minute, second, half, title = match.groups()
        hour, minute = int(hour), int(minute)
        if half:
            if not 1 <= hour <= 12:
                raise ImportFileError(f"{where} has an hour of {hour}, which is not on a 12-hour clock")
            hour = hour % 12 + (12 if half.lower() == "pm" else 0)
        end = headers[number].start() if number < len(headers) else len(text)
        body = text[match.end() : end].strip("\n")
        title = title.strip()
        starred = title.endswith("*")
        if starred:
            title = title.rstrip(" *")
        at = _moment(int(year), int(month), int(day), hour, minute, int(second or 0), where=where)
        entry_text = _jrnl_text(title, body)
        tags = [tag.lower() for tag in _JRNL_TAG.findall(entry_text)]
        out.entry(
            text=entry_text,
            at=at,
            stamp=at.strftime("%Y-%m-%dT%H:%M"),
            tags=[*sorted(set(tags), key=tags.index), *(["starred"] if starred else [])],
            where=where,
        )
    return out.batch()


# ---------------------------------------------------------------- Daylio

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*\Z")
_DAY_MONTH = re.compile(r"\s*(\d{1,2})\.? ([A-Za-z]+)\.?\s*\Z")  # 18 May
_MONTH_DAY = re.compile(r"\s*([A-Za-z]+)\.? (\d{1,2})\s*\Z")  # May 18
_CLOCK = re.compile(r"\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AaPp])\.?\s?[Mm]\.?)?\s*\Z")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_LIST_ITEM = re.compile(r"<li[^>]*>", re.IGNORECASE)
_FORMATTING = re.compile(r"</?(?:b|i|u|s|em|strong|p|div|span|ul|ol|li|strike)(?:\s[^>]*)?>", re.IGNORECASE)


def _daylio_clock(value: str, where: str) -> tuple[int, int]:
    match = _CLOCK.match(value)
    if not match:
        raise ImportFileError(f'{where} has a time "{value[:20]}" that is not like 8:30 pm or 20:30')
    hour, minute, half = int(match.group(1)), int(match.group(2)), match.group(4)
    if half:
        if not 1 <= hour <= 12:
            raise ImportFileError(f'{where} has a time "{value[:20]}" that is not on a 12-hour clock')
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    if hour > 23 or minute > 59:
        raise ImportFileError(f'{where} has a time "{value[:20]}" that does not exist')
    return hour, minute


def _daylio_date(row: list[str], layout: tuple[str, ...], where: str) -> tuple[int, int, int]:
    if layout is DAYLIO_HEADER_8:
        match = _ISO_DATE.match(row[0])
        if not match:
            raise ImportFileError(f'{where} has a full_date "{row[0][:20]}" that is not like 2024-03-05')
        return int(match.group(1)), int(match.group(2)), int(match.group(3))
    year = row[0].strip()
    if not (year.isascii() and year.isdigit() and len(year) == 4):
        raise ImportFileError(f'{where} has a year "{row[0][:20]}" that is not like 2019')
    day_month, month_day = _DAY_MONTH.match(row[1]), _MONTH_DAY.match(row[1])
    if day_month and day_month.group(2).lower() in _MONTHS:
        return int(year), _MONTHS[day_month.group(2).lower()], int(day_month.group(1))
    if month_day and month_day.group(1).lower() in _MONTHS:
        return int(year), _MONTHS[month_day.group(1).lower()], int(month_day.group(2))
    raise ImportFileError(
        f'{where} has a date "{row[1][:20]}" hearten cannot read; it reads English dates like "18 May" or "May 18"'
    )


def _daylio_note(text: str) -> str:
    text = _BREAK.sub("\n", text.replace("\r\n", "\n"))
    text = _LIST_ITEM.sub("\n- ", text)
    text = _FORMATTING.sub("", text)
    return text.strip()


def parse_mood_map(text: str | None) -> dict[str, int] | None:
    """A mood mapping as a person types it ("sad=3, fine=6") as {"sad": 3, "fine": 6}; None when empty.

    ImportFileError naming the part that is not like name=number. The numbers' range is
    checked with the file (parse_daylio_csv), by the same rule for the CLI and the web.
    """
    if not text or not text.strip():
        return None
    mapping = {}
    for part in text.replace("\n", ",").split(","):
        if not part.strip():
            continue
        name, sep, value = part.partition("=")
        if not sep or not name.strip() or not value.strip().lstrip("-").isdigit():
            raise ImportFileError(f"{part.strip()[:60]!r} is not like name=number (for example sad=3)")
        mapping[name.strip()] = int(value)
    return mapping or None


def _mood_table(mood_map) -> dict[str, int]:
    table = dict(DAYLIO_DEFAULT_MOODS)
    if mood_map is None:
        return table
    if not isinstance(mood_map, dict):
        raise ImportFileError("the mood mapping must be pairs of mood name and number, like sad=3")
    for name, value in mood_map.items():
        if not isinstance(name, str) or not name.strip():
            raise ImportFileError(f"a mood name in the mapping must be text, not {name!r}")
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
            raise ImportFileError(f'the mood "{name.strip()}" must map to a whole number from 0 to 10, not {value!r}')
        table[name.strip().lower()] = value
    return table


def _daylio_mood_key(name: str) -> str:
    """What a row's mood adds to its check-in's uid: never the number a mapping gives it.

    A default mood counts as its default number (the uid older hearten versions gave it, so
    their imports are still recognised); any other mood by its name. Importing the same file
    again with another --mood-map therefore finds every row already here.
    """
    name = name.strip().lower()
    return str(DAYLIO_DEFAULT_MOODS[name]) if name in DAYLIO_DEFAULT_MOODS else "mood:" + name


def parse_daylio_csv(content, mood_map: dict | None = None) -> ImportBatch:
    """Check-ins (and entries for rows with a note) from Daylio's CSV export, either layout.

    Each row's activities become the check-in's activities (and, as before, the tags of
    the entry made from its note).

    Daylio's default moods map by DAYLIO_DEFAULT_MOODS; mood_map (name -> 0..10) adds or
    overrides names, and any mood name not covered raises ImportFileError naming it. A row's
    identity (its uid) does not depend on the mapping: a row already imported stays as it is,
    whatever mapping is given later.
    """
    moods = _mood_table(mood_map)
    text = decode_text(content, what="the Daylio export")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        rows = list(reader)
    except csv.Error as err:
        raise ImportFileError(
            f"the Daylio export is not readable CSV near line {reader.line_num} ({err}); it may be cut short"
        ) from None
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise ImportFileError("the Daylio export is empty")
    header = tuple(cell.strip().lower() for cell in rows[0])
    if header == DAYLIO_HEADER_8:
        layout = DAYLIO_HEADER_8
    elif header == DAYLIO_HEADER_7:
        layout = DAYLIO_HEADER_7
    else:
        raise ImportFileError(
            "this does not look like a Daylio CSV export: the first line should be " + ",".join(DAYLIO_HEADER_8)
        )
    unknown = sorted({row[4].strip().lower() for row in rows[1:] if len(row) == len(layout)} - set(moods))
    if unknown:
        names = ", ".join(f'"{name}"' for name in unknown[:5]) + (" and others" if len(unknown) > 5 else "")
        raise ImportFileError(
            f"hearten does not know the Daylio mood {names}: give each a number from 0 (worst) to 10 (best),"
            f" for example {unknown[0] or 'mood'}=3"
        )
    out = _Collector("daylio")
    for number, row in enumerate(rows[1:], start=2):
        where = f"Daylio row {number}"
        if len(row) != len(layout):
            raise ImportFileError(f"{where} has {len(row)} columns, not {len(layout)}; the file may be cut short")
        year, month, day = _daylio_date(row, layout, where)
        hour, minute = _daylio_clock(row[3], where)
        at = _moment(year, month, day, hour, minute, where=where)
        stamp = at.strftime("%Y-%m-%dT%H:%M")
        mood = moods[row[4].strip().lower()]
        activities = [part.strip() for part in row[5].split("|") if part.strip()]
        title = _daylio_note(row[6]) if layout is DAYLIO_HEADER_8 else ""
        note = _daylio_note(row[-1])
        out.checkin(
            at=at, stamp=stamp, mood=mood, activities=activities, where=where, mood_name=_daylio_mood_key(row[4])
        )
        if title or note:
            entry_text = f"{title}\n\n{note}" if title and note else (title or note)
            out.entry(text=entry_text, at=at, stamp=stamp, tags=activities, mood=mood, where=where)
    return out.batch()
