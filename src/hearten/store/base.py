"""The store: everything hearten keeps, in the domain's terms, over plain DB-API.

One class holds the logic both databases share; `SQLiteStore` and `PostgresStore`
supply the connection, the placeholder style and the way a time is written. Every
public method is one transaction: it either happens whole or not at all.
"""

from __future__ import annotations

import json
import threading
from abc import ABC, abstractmethod
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

from hearten.domain.records import (
    ASSESSMENT,
    CHECKIN,
    ENTRY,
    REFRAME,
    SESSION,
    Assessment,
    Checkin,
    Entry,
    InvalidInput,
    NewAssessment,
    NewCheckin,
    NewEntry,
    NewReframe,
    NewSession,
    Reframe,
    Session,
    check_scale,
    clean_activities,
    clean_tags,
    clean_text,
    now,
)
from hearten.errors import NotFound, RolledBack  # NotFound re-exported
from hearten.store import queries as q


def offset_minutes(moment: datetime) -> int:
    return int(moment.utcoffset().total_seconds() // 60)


_ZONES: dict[int, timezone] = {}


def zone(minutes: int) -> timezone:
    # Made once per offset: reading ten years of records otherwise builds 35,000 of them.
    found = _ZONES.get(minutes)
    if found is None:
        found = _ZONES[minutes] = timezone(timedelta(minutes=minutes))
    return found


class Store(ABC):
    """Shared logic; subclasses set `dialect`, the connection, and how times travel."""

    dialect = "base"
    no_limit: object = None
    dialect_sql: dict = {}

    def __init__(self, connection, *, connect=None):
        # With `connect`, each thread gets its own connection (made on first use): the web
        # app runs store work in worker threads, and one connection's transactions must
        # not interleave. Without it, the one connection is shared (single-threaded callers).
        self._connect = connect
        self._first = connection
        self._local = threading.local()
        self._local.connection = connection
        # (owning thread, connection); the owner None for one kept for a purpose (data_version).
        self._all: list = [(threading.current_thread(), connection)]
        self._guard = threading.Lock()
        self._running = 0  # transactions in progress, across threads: close() waits for them
        self._quiet = threading.Condition()

    @property
    def connection(self):
        found = getattr(self._local, "connection", None)
        if found is None:
            if self._connect is None:
                return self._first
            found = self._connect()
            self._local.connection = found
            self._remember(found)
        return found

    def _remember(self, connection) -> None:
        """Keep the new connection for close(), and close those of threads that have ended.

        The web server's worker threads come and go (idle ones stop), so without this the
        connections of ended threads would pile up for as long as the server runs.
        """
        with self._guard:
            ended = [c for owner, c in self._all if owner is not None and not owner.is_alive()]
            self._all = [(o, c) for o, c in self._all if o is None or o.is_alive()]
            self._all.append((threading.current_thread(), connection))
        for old in ended:
            try:
                old.close()
            except Exception:  # already broken: closing it is all we wanted
                pass

    def connection_count(self) -> int:
        """How many connections this store holds open (one per thread that used it, and a watcher)."""
        with self._guard:
            return len(self._all)

    # -- plumbing -------------------------------------------------------------
    def sql(self, statement: str) -> str:
        return statement

    @abstractmethod
    def time_param(self, moment: datetime):
        """A time as this database stores it."""

    @abstractmethod
    def time_value(self, raw, offset: int) -> datetime:
        """A stored time back as an aware datetime in the zone it was written in."""

    def bool_param(self, value: bool):
        return value

    @abstractmethod
    def transaction(self):
        """A write: a context manager yielding a cursor; commit on success, roll back on any error.

        Raises DatabaseBusy when another connection keeps the write lock past the busy timeout.
        """

    def reading(self):
        """A read-only transaction (a consistent snapshot) that never waits for writers."""
        return self.transaction()

    @contextmanager
    def _counted(self):
        """Count a transaction in progress, so close() from another thread lets it finish."""
        with self._quiet:
            self._running += 1
        try:
            yield
        finally:
            with self._quiet:
                self._running -= 1
                self._quiet.notify_all()

    def close(self, *, wait_seconds: float = 10.0) -> None:
        """Close every connection, once transactions in progress (in other threads) are done or after `wait_seconds`."""
        with self._quiet:
            self._quiet.wait_for(lambda: self._running == 0, timeout=wait_seconds)
        with self._guard:
            connections, self._all = self._all, []
        for _, connection in connections:
            try:
                connection.close()
            except Exception:  # a connection already broken: closing it is all we wanted
                pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _limit(self, limit):
        return self.no_limit if limit is None else int(limit)

    def _optional_time(self, moment):
        return None if moment is None else self.time_param(moment)

    # -- a declared record to and from its columns (domain/records.py) ------------
    def _params(self, declaration, record, **given) -> dict:
        """A new record's insert parameters, column by column; `given` overrides a field (a local id)."""
        params = {}
        for f in declaration.new_fields:
            kind = f.kind
            if kind == "tags":
                continue
            value = given[f.name] if f.name in given else getattr(record, f.name)
            if kind == "time":
                at, offset = f.columns
                if value is None:  # a time that may be missing (an entry never edited)
                    params[at] = params[offset] = None
                else:
                    params[at], params[offset] = self.time_param(value), offset_minutes(value)
            elif kind == "bool":
                params[f.column] = self.bool_param(value)
            elif kind == "names":
                params[f.column] = json.dumps(list(value), ensure_ascii=False)
            elif kind == "mapping":
                params[f.column] = json.dumps(value, ensure_ascii=False, sort_keys=True)
            else:
                params[f.column] = value
        return params

    def _records(self, declaration, cur, rows, **given) -> list:
        """Rows of a declared record's columns as stored records, each column found by its name.

        `given` maps a field to one value per row, for what lives outside the row (tags).
        """
        where = {column[0]: n for n, column in enumerate(cur.description)}
        plan = []
        for f in declaration.fields:
            if f.name in given:
                continue
            if f.kind == "time":
                plan.append((f.name, "time", where[f.columns[0]], where[f.columns[1]]))
            else:
                plan.append((f.name, f.kind, where[f.column], None))
        make, time_value = declaration.stored_record, self.time_value
        found = []
        for n, row in enumerate(rows):
            values = {name: more[n] for name, more in given.items()}
            for name, kind, i, j in plan:
                raw = row[i]
                if kind == "time":
                    raw = None if raw is None else time_value(raw, row[j])
                elif kind == "bool":
                    raw = bool(raw)
                elif kind == "names":
                    raw = tuple(json.loads(raw))
                elif kind == "mapping":
                    raw = json.loads(raw)
                values[name] = raw
            found.append(make(**values))
        return found

    # -- journal entries ------------------------------------------------------
    def add_entry(self, entry: NewEntry) -> int:
        """Store a new entry; returns its id."""
        with self.transaction() as cur:
            return self._insert_entry(cur, entry)

    def _insert_entry(self, cur, entry: NewEntry, session_id=None) -> int | None:
        """Insert one entry; None when an entry with the same uid is already there."""
        given = {} if session_id is None else {"session_id": session_id}
        cur.execute(self.sql(q.INSERT_ENTRY), self._params(ENTRY, entry, **given))
        row = cur.fetchone()
        if row is None:
            return None
        entry_id = row[0]
        for tag in entry.tags:
            cur.execute(self.sql(q.INSERT_ENTRY_TAG), {"entry_id": entry_id, "tag": tag})
        return entry_id

    def get_entry(self, entry_id: int) -> Entry:
        with self.reading() as cur:
            cur.execute(self.sql(q.SELECT_ENTRY), {"id": _as_id(entry_id)})
            rows = cur.fetchall()
            if not rows:
                raise NotFound(f"there is no journal entry with id {entry_id}")
            return self._entries(cur, rows)[0]

    def list_entries(self, *, since=None, until=None, tag=None, kind=None, session_id=None, limit=None) -> list[Entry]:
        """Entries, newest first, filtered by time (since inclusive, until exclusive), tag, kind or session."""
        tag = clean_tags([tag])[0] if tag else None
        with self.reading() as cur:
            cur.execute(
                self.sql(q.SELECT_ENTRIES),
                {
                    "since": self._optional_time(since),
                    "until": self._optional_time(until),
                    "tag": tag,
                    "kind": kind,
                    "session_id": session_id,
                    "limit": self._limit(limit),
                },
            )
            return self._entries(cur, cur.fetchall())

    def search_entries(self, query: str, *, limit: int | None = 50) -> list[Entry]:
        """Entries that match the words of `query`, best match first."""
        prepared = self.prepare_search(query)
        if prepared is None:
            return []
        with self.reading() as cur:
            cur.execute(self.sql(self.dialect_sql["search_entries"]), {"query": prepared, "limit": self._limit(limit)})
            return self._entries(cur, cur.fetchall())

    @abstractmethod
    def prepare_search(self, query: str) -> str | None:
        """What a person typed, as this database's full-text query; None when there are no words."""

    def update_entry(self, entry_id: int, *, text: str, mood=None, tags=None, at: datetime | None = None) -> Entry:
        """Replace an entry's text, mood and (when given) tags."""
        text = clean_text("the entry", text, required=True)
        mood = check_scale("mood", mood)
        at = at or now()
        with self.transaction() as cur:
            cur.execute(
                self.sql(q.UPDATE_ENTRY),
                {
                    "id": _as_id(entry_id),
                    "text": text,
                    "mood": mood,
                    "updated_at": self.time_param(at),
                    "updated_offset": offset_minutes(at),
                },
            )
            if cur.rowcount == 0:
                raise NotFound(f"there is no journal entry with id {entry_id}")
            if tags is not None:
                cur.execute(self.sql(q.DELETE_ENTRY_TAGS), {"entry_id": entry_id})
                for tag in clean_tags(tags):
                    cur.execute(self.sql(q.INSERT_ENTRY_TAG), {"entry_id": entry_id, "tag": tag})
        return self.get_entry(entry_id)

    def delete_entry(self, entry_id: int) -> None:
        with self.transaction() as cur:
            cur.execute(self.sql(q.DELETE_ENTRY), {"id": _as_id(entry_id)})
            if cur.rowcount == 0:
                raise NotFound(f"there is no journal entry with id {entry_id}")

    def list_entry_moods(self, *, since=None, until=None) -> list[tuple[datetime, int]]:
        """(time, mood) of every entry that has a mood, oldest first."""
        with self.reading() as cur:
            cur.execute(
                self.sql(q.SELECT_ENTRY_MOODS),
                {"since": self._optional_time(since), "until": self._optional_time(until)},
            )
            return [(self.time_value(r["created_at"], r["created_offset"]), r["mood"]) for r in _named(cur)]

    def count_entries(self) -> int:
        with self.reading() as cur:
            cur.execute(q.COUNT_ENTRIES)
            return cur.fetchone()[0]

    def _entries(self, cur, rows) -> list[Entry]:
        columns = cur.description  # read before the tag queries below replace it
        at = next(n for n, column in enumerate(columns) if column[0] == "id")
        tags: dict[int, list[str]] = {}
        ids = [row[at] for row in rows]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            # The ids are integers from our own query, so formatting them in is safe.
            cur.execute(q.SELECT_TAGS_FOR.format(ids=",".join(str(int(i)) for i in chunk)))
            for entry_id, tag in cur.fetchall():
                tags.setdefault(entry_id, []).append(tag)
        return self._records(ENTRY, _Described(columns), rows, tags=[tuple(tags.get(i, ())) for i in ids])

    # -- check-ins -------------------------------------------------------------
    def add_checkin(self, checkin: NewCheckin) -> int:
        with self.transaction() as cur:
            return self._insert_checkin(cur, checkin)

    def _insert_checkin(self, cur, checkin: NewCheckin) -> int | None:
        cur.execute(self.sql(q.INSERT_CHECKIN), self._params(CHECKIN, checkin))
        row = cur.fetchone()
        return None if row is None else row[0]

    def list_checkins(self, *, since=None, until=None, activity=None, limit=None) -> list[Checkin]:
        """Check-ins, newest first; with `activity`, only those that name it."""
        found = clean_activities([activity]) if activity else ()
        with self.reading() as cur:
            cur.execute(
                self.sql(self.dialect_sql["select_checkins"]),
                {
                    "since": self._optional_time(since),
                    "until": self._optional_time(until),
                    "activity": found[0] if found else None,
                    "limit": self._limit(limit),
                },
            )
            return self._records(CHECKIN, cur, cur.fetchall())

    def get_checkin(self, checkin_id: int) -> Checkin:
        with self.reading() as cur:
            cur.execute(self.sql(q.SELECT_CHECKIN), {"id": _as_id(checkin_id)})
            found = self._records(CHECKIN, cur, cur.fetchall())
        if not found:
            raise NotFound(f"there is no check-in with id {checkin_id}")
        return found[0]

    # -- practice sessions ----------------------------------------------------
    def add_session(self, session: NewSession, entries=()) -> tuple[int, list[int]]:
        """Store a session and the journal entries made from its answers, together."""
        with self.transaction() as cur:
            session_id = self._insert_session(cur, session)
            entry_ids = []
            for entry in entries:
                entry_id = self._insert_entry(cur, entry, session_id=session_id)
                if entry_id is not None:
                    entry_ids.append(entry_id)
            return session_id, entry_ids

    def _insert_session(self, cur, s: NewSession) -> int:
        cur.execute(self.sql(q.INSERT_SESSION), self._params(SESSION, s))
        row = cur.fetchone()
        if row is not None:
            return row[0]
        cur.execute(self.sql(q.SESSION_ID_BY_UID), {"uid": s.uid})
        return cur.fetchone()[0]

    def get_session(self, session_id: int) -> Session:
        with self.reading() as cur:
            cur.execute(self.sql(q.SELECT_SESSION), {"id": _as_id(session_id)})
            found = self._records(SESSION, cur, cur.fetchall())
        if not found:
            raise NotFound(f"there is no practice session with id {session_id}")
        return found[0]

    def list_sessions(self, *, since=None, until=None, practice_id=None, limit=None) -> list[Session]:
        """Practice sessions, newest first."""
        with self.reading() as cur:
            cur.execute(
                self.sql(q.SELECT_SESSIONS),
                {
                    "since": self._optional_time(since),
                    "until": self._optional_time(until),
                    "practice_id": practice_id,
                    "limit": self._limit(limit),
                },
            )
            return self._records(SESSION, cur, cur.fetchall())

    def delete_session(self, session_id: int) -> None:
        """Delete one practice session; the journal entries written in it stay, unlinked."""
        with self.transaction() as cur:
            cur.execute(self.sql(q.DELETE_SESSION), {"id": _as_id(session_id)})
            if cur.rowcount == 0:
                raise NotFound(f"there is no practice session with id {session_id}")

    # -- reframes --------------------------------------------------------------
    def add_reframe(self, reframe: NewReframe) -> int:
        with self.transaction() as cur:
            cur.execute(self.sql(q.SELECT_ENTRY), {"id": _as_id(reframe.entry_id)})
            if cur.fetchone() is None:
                raise NotFound(f"there is no journal entry with id {reframe.entry_id}")
            return self._insert_reframe(cur, reframe)

    def _insert_reframe(self, cur, reframe: NewReframe, entry_id=None) -> int | None:
        given = {} if entry_id is None else {"entry_id": entry_id}
        cur.execute(self.sql(q.INSERT_REFRAME), self._params(REFRAME, reframe, **given))
        row = cur.fetchone()
        return None if row is None else row[0]

    def list_reframes(self, *, entry_id=None, since=None) -> list[Reframe]:
        """Kinder versions, oldest first; with `entry_id` only that entry's, with `since` only those written since."""
        with self.reading() as cur:
            cur.execute(self.sql(q.SELECT_REFRAMES), {"entry_id": entry_id, "since": self._optional_time(since)})
            return self._records(REFRAME, cur, cur.fetchall())

    # -- instruments and assessments ------------------------------------------
    def save_instrument(self, *, instrument_id: str, version: str, definition: dict) -> bool:
        """Keep an instrument definition; False when that id and version were already kept."""
        with self.transaction() as cur:
            return self._insert_instrument(cur, instrument_id, version, definition)

    def _insert_instrument(self, cur, instrument_id, version, definition) -> bool:
        cur.execute(
            self.sql(q.INSERT_INSTRUMENT),
            {
                "instrument_id": instrument_id,
                "version": version,
                "definition": json.dumps(definition, ensure_ascii=False, sort_keys=True),
                "added_at": self.time_param(now()),
            },
        )
        return cur.fetchone() is not None

    def list_instruments(self) -> list[dict]:
        """Stored instrument definitions: [{"id", "version", "definition"}], oldest version first."""
        with self.reading() as cur:
            cur.execute(q.SELECT_INSTRUMENTS)
            return [
                {"id": r["instrument_id"], "version": r["version"], "definition": json.loads(r["definition"])}
                for r in _named(cur)
            ]

    def get_instrument(self, instrument_id: str, version: str) -> dict | None:
        with self.reading() as cur:
            cur.execute(self.sql(q.SELECT_INSTRUMENT), {"instrument_id": instrument_id, "version": version})
            rows = _named(cur)
        return json.loads(rows[0]["definition"]) if rows else None

    def add_assessment(self, a: NewAssessment) -> int:
        with self.transaction() as cur:
            return self._insert_assessment(cur, a)

    def _insert_assessment(self, cur, a: NewAssessment) -> int | None:
        cur.execute(self.sql(q.INSERT_ASSESSMENT), self._params(ASSESSMENT, a))
        row = cur.fetchone()
        return None if row is None else row[0]

    def list_assessments(self, *, instrument_id=None, since=None, limit=None) -> list[Assessment]:
        """Answered assessments, oldest first (the order a history chart wants)."""
        with self.reading() as cur:
            cur.execute(
                self.sql(q.SELECT_ASSESSMENTS),
                {"instrument_id": instrument_id, "since": self._optional_time(since), "limit": self._limit(limit)},
            )
            return self._records(ASSESSMENT, cur, cur.fetchall())

    def get_assessment(self, assessment_id: int) -> Assessment:
        with self.reading() as cur:
            cur.execute(self.sql(q.SELECT_ASSESSMENT), {"id": _as_id(assessment_id)})
            found = self._records(ASSESSMENT, cur, cur.fetchall())
        if not found:
            raise NotFound(f"there is no assessment with id {assessment_id}")
        return found[0]

    def delete_assessment(self, assessment_id: int) -> None:
        """Delete one result; the instrument version it was taken with stays."""
        with self.transaction() as cur:
            cur.execute(self.sql(q.DELETE_ASSESSMENT), {"id": _as_id(assessment_id)})
            if cur.rowcount == 0:
                raise NotFound(f"there is no assessment with id {assessment_id}")

    # -- personal settings (name, therapist): kept here so encryption covers them ----
    def personal_settings(self) -> dict[str, str]:
        with self.reading() as cur:
            cur.execute(q.SELECT_PERSONAL)
            return {name: value for name, value in cur.fetchall()}

    def save_personal_settings(self, values: dict) -> None:
        """Set several personal settings in one transaction; an empty value removes one."""
        with self.transaction() as cur:
            for name, value in values.items():
                if value in (None, ""):
                    cur.execute(self.sql(q.DELETE_PERSONAL), {"name": name})
                else:
                    cur.execute(self.sql(q.UPSERT_PERSONAL), {"name": name, "value": str(value)})

    # -- everything at once -----------------------------------------------------
    def import_records(
        self,
        *,
        entries=(),
        checkins=(),
        sessions=(),
        reframes=(),
        instruments=(),
        assessments=(),
        checkin_aliases=None,
        dry_run: bool = False,
    ) -> dict:
        """Add many records in ONE transaction, skipping any whose uid is already stored.

        `sessions` is a list of (NewSession, [NewEntry]) pairs; `reframes` a list of
        (NewReframe, entry_uid); `instruments` a list of (id, version, definition);
        `checkin_aliases` maps a check-in's uid to other uids the same check-in may be stored
        under (an older import of it); any of them stored counts as already stored too.
        Returns how many of each were added. Any error undoes the whole import. dry_run: the
        same import, undone at the end, so the counts say what it would add and nothing changes.
        """
        added = dict.fromkeys(("entries", "checkins", "sessions", "reframes", "instruments", "assessments"), 0)
        try:
            self._import_records(
                added,
                entries=entries,
                checkins=checkins,
                sessions=sessions,
                reframes=reframes,
                instruments=instruments,
                assessments=assessments,
                aliases=checkin_aliases or {},
                dry_run=dry_run,
            )
        except RolledBack:
            pass
        return added

    def _import_records(
        self, added, *, entries, checkins, sessions, reframes, instruments, assessments, aliases, dry_run
    ) -> None:
        with self.transaction() as cur:
            for instrument_id, version, definition in instruments:
                added["instruments"] += self._insert_instrument(cur, instrument_id, version, definition)
            for session, session_entries in sessions:
                cur.execute(self.sql(q.SESSION_ID_BY_UID), {"uid": session.uid})
                if cur.fetchone() is None:
                    added["sessions"] += 1
                session_id = self._insert_session(cur, session)
                for entry in session_entries:
                    added["entries"] += self._insert_entry(cur, entry, session_id=session_id) is not None
            for entry in entries:
                added["entries"] += self._insert_entry(cur, entry) is not None
            for checkin in checkins:
                if self._any_checkin_uid(cur, aliases.get(checkin.uid, ())):
                    continue
                added["checkins"] += self._insert_checkin(cur, checkin) is not None
            for reframe, entry_uid in reframes:
                cur.execute(self.sql(q.ENTRY_EXISTS_BY_UID), {"uid": entry_uid})
                row = cur.fetchone()
                if row is None:
                    raise InvalidInput(f"a reframe refers to an entry ({entry_uid}) that is not in the import")
                added["reframes"] += self._insert_reframe(cur, reframe, entry_id=row[0]) is not None
            for assessment in assessments:
                added["assessments"] += self._insert_assessment(cur, assessment) is not None
            if dry_run:
                raise RolledBack  # the transaction rolls back: nothing was written

    def _any_checkin_uid(self, cur, uids) -> bool:
        """True when a check-in is stored under any of these uids."""
        for uid in uids:
            cur.execute(self.sql(q.CHECKIN_EXISTS_BY_UID), {"uid": uid})
            if cur.fetchone() is not None:
                return True
        return False

    # -- experiments ----------------------------------------------------------
    def add_experiment(self, experiment) -> int:
        """Save a drawn schedule and its question (a domain.experiments.Experiment)."""
        from hearten.domain.experiments import periods_json
        from hearten.domain.records import new_uid

        with self.transaction() as cur:
            cur.execute(
                self.sql(q.INSERT_EXPERIMENT),
                {
                    "uid": new_uid(),
                    "practice_id": experiment.practice_id,
                    "question": experiment.question,
                    "schedule": json.dumps(periods_json(experiment.periods)),
                    "created_at": experiment.created_at.isoformat(),
                },
            )
            return cur.fetchone()[0]

    def list_experiments(self) -> list:
        """Every experiment, newest first."""
        from datetime import date

        from hearten.domain.experiments import Experiment, periods_from_json

        with self.reading() as cur:
            cur.execute(self.sql(q.SELECT_EXPERIMENTS))
            rows = _named(cur)
        return [
            Experiment(
                id=r["id"],
                practice_id=r["practice_id"],
                question=r["question"],
                periods=periods_from_json(json.loads(r["schedule"])),
                created_at=datetime.fromisoformat(r["created_at"]),
                stopped_on=date.fromisoformat(r["stopped_on"]) if r["stopped_on"] else None,
            )
            for r in rows
        ]

    def stop_experiment(self, experiment_id: int, *, on) -> None:
        with self.transaction() as cur:
            cur.execute(self.sql(q.STOP_EXPERIMENT), {"id": _as_id(experiment_id), "stopped_on": on.isoformat()})

    # -- changing a check-in ---------------------------------------------------
    def update_checkin(self, checkin_id: int, checkin: NewCheckin) -> Checkin:
        """Replace a check-in's values with those of `checkin` (already checked); its time and uid stay."""
        with self.transaction() as cur:
            cur.execute(
                self.sql(q.UPDATE_CHECKIN),
                {
                    "id": _as_id(checkin_id),
                    "mood": checkin.mood,
                    "distress": checkin.distress,
                    "sleep_hours": checkin.sleep_hours,
                    "active_minutes": checkin.active_minutes,
                    "social": checkin.social,
                    "food": checkin.food,
                    "note": checkin.note,
                    "activities": json.dumps(list(checkin.activities), ensure_ascii=False),
                },
            )
            if cur.rowcount == 0:
                raise NotFound(f"there is no check-in with id {checkin_id}")
        return self.get_checkin(checkin_id)

    def delete_checkin(self, checkin_id: int) -> None:
        with self.transaction() as cur:
            cur.execute(self.sql(q.DELETE_CHECKIN), {"id": _as_id(checkin_id)})
            if cur.rowcount == 0:
                raise NotFound(f"there is no check-in with id {checkin_id}")

    def wipe(self) -> None:
        """Delete every record (the schema stays)."""
        with self.transaction() as cur:
            for statement in q.WIPE:
                cur.execute(statement)


def _named(cur) -> list[dict]:
    """The rows a query returned, each as a mapping of column name to value."""
    names = [column[0] for column in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


class _Described:
    """Stands in for a cursor whose column names were read before it ran another query."""

    def __init__(self, description):
        self.description = description


def _as_id(value) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise NotFound(f"{value!r} is not an id: ids are whole numbers") from None
    if number < 1 or number > 2**62:
        raise NotFound(f"there is no record with id {value}")
    return number
