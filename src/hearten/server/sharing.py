"""Use-cases for what participants keep and share: their records, consent, what staff see, exports, audit.

What staff may see is decided here from the participant's latest consent, in one place:
`visible()`. Every look and every export is written to the audit log before the data
is returned.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache
from types import SimpleNamespace

from hearten import messages
from hearten.domain import safety
from hearten.domain.records import InvalidInput, NewCheckin, NewEntry
from hearten.errors import ConsentConflict as Conflict
from hearten.errors import NotShared
from hearten.server.accounts import Actor, BadRequest, utc_now
from hearten.server.store import SCOPES, ServerStore

VIEW_LIMIT = 500


def iso(moment):
    return None if moment is None else moment.isoformat()


# -- the participant's organisation --------------------------------------------------------------
def participant_org(store: ServerStore, *, actor: Actor, org_id: str | None = None) -> str:
    """The organisation a participant's new record belongs to: the one given, or their only one."""
    orgs = [m["id"] for m in store.memberships_of(account_id=actor.account_id) if m["role"] == "participant"]
    if org_id is not None:
        if org_id not in orgs:
            raise PermissionError(messages.SERVER_NOT_ALLOWED)
        return org_id
    if not orgs:
        raise PermissionError(messages.SERVER_NOT_A_MEMBER)
    if len(orgs) > 1:
        raise BadRequest(messages.SERVER_PICK_ORG)
    return orgs[0]


# -- records ----------------------------------------------------------------------------------------
def checkin_out(row: dict) -> dict:
    return {
        "id": row["id"],
        "uid": row["uid"],
        "at": iso(row["at"]),
        "mood": row["mood"],
        "distress": row["distress"],
        "sleep_hours": row["sleep_hours"],
        "active_minutes": row["active_minutes"],
        "social": row["social"],
        "food": row["food"],
        "note": row["note"],
        "activities": list(row.get("activities") or ()),
    }


def entry_out(row: dict) -> dict:
    return {
        "id": row["id"],
        "uid": row["uid"],
        "text": row["text"],
        "created_at": iso(row["created_at"]),
        "updated_at": None,
        "mood": row["mood"],
        "tags": list(row["tags"]),
        "kind": row["kind"],
        "session_id": row["session_id"],
        "shared": row["shared"],
    }


def session_out(row: dict) -> dict:
    return {
        "id": row["id"],
        "uid": row["uid"],
        "practice_id": row["practice_id"],
        "started_at": iso(row["started_at"]),
        "ended_at": iso(row["ended_at"]),
        "planned_seconds": row["planned_seconds"],
        "actual_seconds": row["actual_seconds"],
        "completed": row["completed"],
        "answers": row["answers"],
        "distress_before": row["distress_before"],
        "distress_after": row["distress_after"],
        "mood": row["mood"],
        "stopped_reason": row["stopped_reason"],
    }


def assessment_out(row: dict) -> dict:
    return {
        "id": row["id"],
        "uid": row["uid"],
        "instrument": row["instrument_id"],
        "instrument_version": row["instrument_version"],
        "taken_at": iso(row["taken_at"]),
        "answers": row["answers"],
        "subscales": row["subscales"],
        "total": row["total"],
        "band": row["band"],
    }


def _member_first(store: ServerStore, actor: Actor, org_id: str | None, build):
    """build(), unless the actor may not add to that organisation: then that is the answer, as it always was."""
    try:
        return build()
    except Exception:
        participant_org(store, actor=actor, org_id=org_id)  # raises first when they are not its participant
        raise


def _added(store: ServerStore, actor: Actor, org_id: str | None, row):
    # The store's INSERT chose the organisation; no row means there was none to choose, and this says why.
    if row is None:
        participant_org(store, actor=actor, org_id=org_id)
        raise PermissionError(messages.SERVER_NOT_ALLOWED)  # a membership that changed in between
    return row


def add_checkin(store: ServerStore, *, actor: Actor, org_id: str | None, fields: dict, at: datetime) -> dict:
    """A check-in, checked by the local app's one rule (domain.field_checks): nothing in it, or a value
    that is not a number from 0 to 10, is refused with the reason."""
    from hearten.domain.field_checks import checkin_values

    record = _member_first(store, actor, org_id, lambda: NewCheckin(at=at, **checkin_values(**fields)))
    row = store.add_checkin(org_id=org_id, owner_id=actor.account_id, record=record)
    return checkin_out(_added(store, actor, org_id, row))


def add_entry(
    store: ServerStore, *, actor: Actor, org_id: str | None, text: str, mood=None, tags=(), at: datetime
) -> dict:
    record = _member_first(
        store, actor, org_id, lambda: NewEntry(text=text, mood=mood, tags=tuple(tags), created_at=at)
    )
    row = store.add_entry(org_id=org_id, owner_id=actor.account_id, record=record)
    return entry_out(_added(store, actor, org_id, row))


def share_entry(store: ServerStore, *, actor: Actor, org_id: str | None, entry_id: int, shared: bool) -> None:
    """Share (or stop sharing) one journal entry on its own, without the journal scope. Sharing needs a
    consent in force (Conflict, saying where to give it): before one, or after withdrawing, nothing is shared."""
    org = participant_org(store, actor=actor, org_id=org_id)
    if shared and visible(store, org_id=org, owner_id=actor.account_id).status != "consented":
        if not store.has_entry(org_id=org, owner_id=actor.account_id, entry_id=entry_id):
            raise LookupError("there is no entry with that id")
        raise Conflict(
            messages.SERVER_SHARE_NEEDS_CONSENT.format(org=org_name(store, org_id=org), page=f"/org/{org}/consent")
        )
    if not store.set_entry_shared(org_id=org, owner_id=actor.account_id, entry_id=entry_id, shared=shared):
        raise LookupError("there is no entry with that id")


@lru_cache(maxsize=1)
def _practices() -> dict:
    from hearten.services.practice_sessions import practices

    return practices()


def add_practice_session(store: ServerStore, *, actor: Actor, org_id: str | None, run: dict, at: datetime) -> dict:
    """Record a practice the browser ran (the local app's shape), replayed through the practice engine."""
    from hearten.web.practice_run import replay

    def build():
        practice = _practices().get(run.pop("practice_id"))
        if practice is None:
            raise LookupError("there is no practice with that id")
        return replay(practice, now=at, **run)  # refuses a run that reached past the last step

    outcome = _member_first(store, actor, org_id, build)
    row = store.add_practice_session(
        org_id=org_id, owner_id=actor.account_id, record=outcome.session, entries=outcome.entries
    )
    row = _added(store, actor, org_id, row)
    decision = safety.after_session(outcome.session)
    # As in the local app: a practice that calls for help ("too much", distress high or rising, crisis words
    # in an answer) goes straight to the help, on the organisation's page here.
    after = f"/org/{row['org_id']}/consent?saved=practice&id={row['id']}#help-now" if decision.show_help else "/org"
    return {
        "session": session_out(row),
        "entries": row["entry_ids"],
        "safety": decision.to_dict(),
        "next": after,
        "advice": list(outcome.advice.lines) if outcome.advice else [],
    }


@lru_cache(maxsize=1)
def instruments() -> dict:
    from hearten.content.instruments import load_instruments

    return load_instruments()


def takeable_instruments() -> dict:
    """The questionnaires a participant can answer here: those that come with their questions."""
    return {key: found for key, found in instruments().items() if not found.requires_item_text}


def add_assessment(
    store: ServerStore, *, actor: Actor, org_id: str | None, instrument_id: str, answers: dict, at: datetime
) -> dict:
    from hearten.domain.instruments import new_assessment, score

    org = participant_org(store, actor=actor, org_id=org_id)
    instrument = instruments().get(instrument_id)
    if instrument is None or instrument.requires_item_text:
        raise LookupError(f"there is no instrument called {instrument_id!r} to answer here")
    record = new_assessment(instrument, dict(answers), score(instrument, dict(answers)), taken_at=at)
    out = assessment_out(store.add_assessment(org_id=org, owner_id=actor.account_id, record=record))
    return {**out, "safety": assessment_decision(out).to_dict()}


def my_records(store: ServerStore, *, actor: Actor, org_id: str, kind: str, limit: int = 50) -> list[dict]:
    """The person's own latest records of one kind here, newest first."""
    rows = store.rows(org_id=org_id, owner_id=actor.account_id, kind=kind, limit=limit)
    return [_OUT[kind](r) for r in reversed(rows)]


_OUT = {"checkins": checkin_out, "journal": entry_out, "practices": session_out, "assessments": assessment_out}


# -- consent --------------------------------------------------------------------------------------------
def consent_state(store: ServerStore, *, actor: Actor, org_id: str) -> dict:
    """The current consent text and what this participant agreed to (and when), for reading again any time."""
    text = store.consent_text(org_id=org_id)
    org = store.get_org(org_id=org_id)
    history = store.consent_history(org_id=org_id, owner_id=actor.account_id)
    latest = history[-1] if history else None
    active = latest is not None and latest["withdrawn_at"] is None
    return {
        "org": {"id": org_id, "name": org["name"]},
        "version": text["version"],
        "text": text["text"],
        "scopes_offered": list(SCOPES),
        "consented": active,
        "scopes": list(latest["scopes"]) if active else [],
        "agreed_version": latest["version"] if active else None,
        "agreed_at": iso(latest["agreed_at"]) if active else None,
        "history": [
            {
                "version": c["version"],
                "text": c["text"],
                "scopes": list(c["scopes"]),
                "agreed_at": iso(c["agreed_at"]),
                "withdrawn_at": iso(c["withdrawn_at"]),
                "kept_shared": c["kept_shared"],
            }
            for c in history
        ],
        "nobody_watches": messages.SERVER_NOBODY_WATCHES,
        "in_a_crisis": messages.SERVER_IN_A_CRISIS,
        "help_lines": help_lines_out(),
    }


def give_consent(
    store: ServerStore, *, actor: Actor, org_id: str, version: int, scopes: list[str], now: datetime | None = None
) -> dict:
    now = now or utc_now()
    unknown = set(scopes) - set(SCOPES)
    if unknown:
        raise BadRequest(f"Unknown scope: {', '.join(sorted(unknown))}. Choose from {', '.join(SCOPES)}.")
    current = store.consent_text(org_id=org_id)
    if version != current["version"]:
        raise Conflict(messages.SERVER_CONSENT_VERSION)
    deleted = [
        c["withdrawn_at"]
        for c in store.consents_of(org_id=org_id, owner_id=actor.account_id)
        if c["withdrawn_at"] is not None and c["kept_shared"] is False
    ]
    chosen = [s for s in SCOPES if s in set(scopes)]
    store.give_consent(
        org_id=org_id,
        owner_id=actor.account_id,
        version=version,
        scopes=chosen,
        now=now,
        hidden_before=max(deleted) if deleted else None,
    )
    return consent_state(store, actor=actor, org_id=org_id)


def withdraw(store: ServerStore, *, actor: Actor, org_id: str, shared: str, now: datetime | None = None) -> dict:
    """Withdraw consent in one action: `shared` is "keep" (what was shared stays) or "delete" (it leaves their view)."""
    if shared not in ("keep", "delete"):
        raise BadRequest(messages.SERVER_WITHDRAW_CHOOSE)
    store.withdraw_consent(
        org_id=org_id, owner_id=actor.account_id, keep=shared == "keep", now=now or utc_now(), actor=actor.as_dict()
    )
    return consent_state(store, actor=actor, org_id=org_id)


class Window:
    """What staff may see of one participant: the scopes, and the time span the rows must fall in."""

    __slots__ = ("scopes", "since", "until", "status")

    def __init__(self, scopes=(), since=None, until=None, status="none"):
        self.scopes, self.since, self.until, self.status = frozenset(scopes), since, until, status


def visible(store: ServerStore, *, org_id: str, owner_id: str) -> Window:
    """The one rule for what an organisation sees of a participant, from their latest consent."""
    latest = store.latest_consent(org_id=org_id, owner_id=owner_id)
    return _window(latest)


def _window(latest) -> Window:
    if latest is None or latest.get("agreed_at") is None:
        return Window()
    if latest["withdrawn_at"] is None:
        return Window(latest["scopes"], latest["hidden_before"], None, "consented")
    if latest["kept_shared"]:
        return Window(latest["scopes"], latest["hidden_before"], latest["withdrawn_at"], "withdrawn")
    return Window((), None, None, "withdrawn")


# -- what staff see ---------------------------------------------------------------------------------------
def participants(store: ServerStore, *, actor: Actor, org_id: str) -> list[dict]:
    """The organisation's participants who agreed (or withdrew): their shared scopes and consent status."""
    out = []
    for row in store.participants(org_id=org_id):
        window = _window(row)
        if row["agreed_at"] is None:
            continue  # never consented: staff do not even see that they joined
        out.append(
            {
                "id": row["id"],
                "status": window.status,
                "scopes": [s for s in SCOPES if s in window.scopes],
                "consented_at": iso(row["agreed_at"]),
                "withdrawn_at": iso(row["withdrawn_at"]),
                # Entries shared one by one without the journal: found under /journal, so said here.
                "single_entries": bool(row.get("shares_entries")) and "journal" not in window.scopes,
            }
        )
    return out


def view(store: ServerStore, *, actor: Actor, org_id: str, pid: str, scope: str, now: datetime | None = None) -> dict:
    """One shared scope of one participant, for a clinician; NotShared when it is not shared. Audited."""
    if scope not in SCOPES:
        raise LookupError(f"there is no scope called {scope!r}")
    window = visible(store, org_id=org_id, owner_id=pid)
    only_shared_entries = False
    if scope not in window.scopes:
        if (
            scope == "journal"
            # in force, or withdrawn keeping what was shared until then; never after a withdrawal with delete
            and (window.status == "consented" or window.until is not None)
            and store.rows(
                org_id=org_id,
                owner_id=pid,
                kind="journal",
                shared_only=True,
                since=window.since,
                until=window.until,
                limit=1,
            )
        ):
            only_shared_entries = True
        else:
            raise NotShared(messages.SERVER_NO_CONSENT)
    store.add_audit(
        org_id=org_id, actor=actor.as_dict(), subject_ids=[pid], action="view", what=scope, now=now or utc_now()
    )
    kind = "checkins" if scope == "insights" else scope
    rows = store.rows(
        org_id=org_id,
        owner_id=pid,
        kind=kind,
        since=window.since,
        until=window.until,
        shared_only=only_shared_entries,
        limit=VIEW_LIMIT,
    )
    out = {"participant": pid, "scope": scope, "status": window.status}
    if scope == "checkins":
        out["items"] = [checkin_out(r) for r in rows]
        out["weeks"] = _weekly(rows, ("mood", "distress"))
        out["distress_flags"] = [flag for flag in map(_hard_day_flag, rows) if flag is not None]
        out["note"] = messages.SERVER_FLAG_NOTE
    elif scope == "insights":
        out["weeks"] = _weekly(rows, ("mood", "distress", "sleep_hours", "active_minutes", "social"))
    elif scope == "assessments":
        out["items"] = [{k: v for k, v in assessment_out(r).items() if k != "answers"} for r in rows]
    elif scope == "practices":
        # Practice history is what was practised and for how long. What the person wrote during a practice
        # (a letter to themselves, say) is journal writing: it is seen only where the journal is shared.
        out["items"] = [{k: v for k, v in session_out(r).items() if k != "answers"} for r in rows]
        out["weeks"] = _practice_weeks(rows)
    else:
        out["items"] = [entry_out(r) for r in rows]
        out["only_single_entries"] = only_shared_entries
        # An entry written with crisis language, flagged as a check-in's note is (the same rule as the help).
        out["crisis_flags"] = [
            {"at": item["created_at"], "id": item["id"]}
            for item in out["items"]
            if safety.crisis_in_writing(item["text"])
        ]
    return out


def _hard_day_flag(row: dict) -> dict | None:
    """A check-in a clinician should see flagged: distress at or above the high mark, or crisis language
    in its note or activities (what shows the participant help, domain.safety.after_checkin)."""
    words = safety.crisis_in_writing(row.get("note"), *(row.get("activities") or ()))
    if not (words or safety.is_high_distress(row["distress"])):
        return None
    return {"at": iso(row["at"]), "distress": row["distress"], "crisis_words": words}


def _week(moment: datetime) -> str:
    day = moment.date()
    return (day - timedelta(days=day.weekday())).isoformat()


def _weekly(rows, measures) -> list[dict]:
    weeks: dict[str, dict[str, list]] = {}
    for row in rows:
        bucket = weeks.setdefault(_week(row["at"]), {m: [] for m in measures})
        for m in measures:
            if row[m] is not None:
                bucket[m].append(row[m])
    return [
        {
            "week": week,
            "checkins": max(len(v) for v in values.values()) if values else 0,
            **{m: round(sum(v) / len(v), 2) if v else None for m, v in values.items()},
        }
        for week, values in sorted(weeks.items())
    ]


def _practice_weeks(rows) -> list[dict]:
    """Practice per week: how many and how long, never a streak or a count of missed days."""
    weeks: dict[str, list] = {}
    for row in rows:
        weeks.setdefault(_week(row["started_at"]), []).append(row)
    return [
        {
            "week": week,
            "sessions": len(found),
            "completed": sum(1 for r in found if r["completed"]),
            "minutes": round(sum(r["actual_seconds"] for r in found) / 60, 1),
        }
        for week, found in sorted(weeks.items())
    ]


# -- research export -----------------------------------------------------------------------------------------
EXPORT_FORMATS = ("csv", "redcap-dictionary", "codebook", "fhir")


def export(
    store: ServerStore, *, actor: Actor, org_id: str, fmt: str, now: datetime | None = None, runner=None
) -> tuple[str, str, bytes]:
    """(filename, media type, body) of a research export of the consented scopes only. Audited per participant.

    `runner(org_id=, fmt=, now=)`, when given, builds it somewhere else (server.exports runs it in a
    process of its own, so a large export does not hold up the worker's other requests); the audit
    rows are written here either way, before anything is returned.
    """
    if fmt not in EXPORT_FORMATS:
        raise BadRequest(f"The format must be one of {', '.join(EXPORT_FORMATS)}.")
    now = now or utc_now()
    if runner is None:
        name, media, body, subjects = build_export(store, org_id=org_id, fmt=fmt, now=now)
    else:
        name, media, body, subjects = runner(org_id=org_id, fmt=fmt, now=now)
    store.add_audit(
        org_id=org_id, actor=actor.as_dict(), subject_ids=subjects or [None], action="export", what=fmt, now=now
    )
    return name, media, body


# The CSV holds every exported scope; the other formats describe or carry only the assessments.
_EXPORT_KINDS = {"csv": ("checkins", "assessments", "practices")}


def _export_window(row) -> tuple:
    window = _window(row)
    return window.scopes & {"checkins", "assessments", "practices"}, window.since, window.until


def build_export(store: ServerStore, *, org_id: str, fmt: str, now: datetime) -> tuple[str, str, bytes, list[str]]:
    """The export's (filename, media type, body) and the participants it covers, from one snapshot of the study.

    A fixed number of statements however many participants there are (store.rows_of_owners).
    """
    from hearten.domain import research_export

    if fmt not in EXPORT_FORMATS:
        raise BadRequest(f"The format must be one of {', '.join(EXPORT_FORMATS)}.")
    org = store.get_org(org_id=org_id)
    secret = store.org_pseudonym_key(org_id=org_id)
    kinds = _EXPORT_KINDS.get(fmt, ("assessments",))
    with store.snapshot() as cur:  # one moment of the study, and one statement per kind of record
        found = [(row, *_export_window(row)) for row in store.participants(org_id=org_id, cur=cur)]
        rows = {}
        for kind in kinds:
            chosen = [(row["id"], since, until) for row, scopes, since, until in found if kind in scopes]
            owners, sinces, untils = (list(part) for part in zip(*chosen)) if chosen else ([], [], [])
            rows[kind] = store.rows_of_owners(
                org_id=org_id, owner_ids=owners, kind=kind, since=sinces, until=untils, cur=cur
            )
    people, used = [], {}
    for row, scopes, _, _ in found:
        if not scopes:
            continue
        data = {}
        for scope in scopes:
            if scope in rows:
                data[scope] = [SimpleNamespace(**r) for r in rows[scope][row["id"]]]
        for taken in data.get("assessments", ()):
            known = instruments().get(taken.instrument_id)
            if known is not None and known.version == taken.instrument_version:
                used[known.id] = known
        people.append(
            research_export.ParticipantData(
                participant_id=row["id"],
                scopes=frozenset(scopes),
                checkins=tuple(data.get("checkins", ())),
                assessments=tuple(data.get("assessments", ())),
                sessions=tuple(data.get("practices", ())),
            )
        )
    study = research_export.StudyData(
        study_id=org_id,
        name=org["name"],
        secret=secret,
        participants=tuple(people),
        instruments=used,
        exported_at=now,
    )
    try:
        name, media, body = research_export.export(fmt, study=study)
    except InvalidInput as error:
        raise BadRequest(str(error)) from None
    return name, media, body, [p.participant_id for p in people]


# -- audit ------------------------------------------------------------------------------------------------
def withdrawals(store: ServerStore, *, org_id: str) -> list[dict]:
    """For the admin: every withdrawal of consent in one organisation, newest first ({"at", "email",
    "account_id", "shared": "keep" or "delete"}), so that after restoring an older backup they can be found
    and repeated (docs/server.md, "Backups")."""
    return [{**row, "at": iso(row["at"])} for row in store.withdrawals(org_id=org_id)]


def my_audit(store: ServerStore, *, actor: Actor) -> list[dict]:
    """Who looked at or exported this person's data, what and when (newest first)."""
    return [
        {
            "at": iso(r["at"]),
            "org": {"id": r["org_id"], "name": r["org_name"]},
            "who": r["actor_email"],
            "role": r["actor_role"],
            "action": r["action"],
            "what": r["what"],
        }
        for r in store.audit_of(owner_id=actor.account_id)
    ]


# -- what follows a saved record: the local app's safety decisions ------------------------------------------
def with_checkin_safety(checkin: dict) -> dict:
    """A saved check-in (as checkin_out shows it) with `safety`: the decision the local app makes for it."""
    return {**checkin, "safety": checkin_decision(checkin).to_dict()}


def with_entry_safety(entry: dict) -> dict:
    """A saved entry (as entry_out shows it) with `safety`: the decision the local app makes after writing."""
    return {**entry, "safety": entry_decision(entry).to_dict()}


def checkin_decision(checkin: dict) -> safety.SafetyDecision:
    """What a check-in calls for: domain.safety's rule, as in the local app."""
    return safety.after_checkin(checkin["distress"], checkin.get("note"), checkin.get("activities"))


@lru_cache(maxsize=1)
def display_names() -> dict:
    """What the pages call practices, questionnaires and their parts: {"practices": {id: title},
    "instruments": {id: title}, "subscales": {(instrument id, subscale id): title}}."""
    found = instruments()
    return {
        "practices": {key: practice.title for key, practice in _practices().items()},
        "instruments": {key: instrument.title for key, instrument in found.items()},
        "subscales": {(key, sub.id): sub.title for key, instrument in found.items() for sub in instrument.subscales},
    }


def calls_for_help(kind: str, record: dict) -> bool:
    """Whether a shared practice or result is one that showed its owner the help (too much, distress high or
    rising, a hard week): what a clinician should see marked. Practice answers are not read here (they are
    journal writing, seen only where the journal is shared)."""
    if kind == "practices":
        return practice_decision({**record, "answers": {}}).show_help
    if kind == "assessments":
        return assessment_decision(record).show_help
    return False


def practice_decision(session: dict) -> safety.SafetyDecision:
    """What follows a practice (session_out's shape): domain.safety.after_session, as when it was recorded."""
    return safety.after_session(SimpleNamespace(**session))


def score_for_help(instrument, answers: dict) -> safety.SafetyDecision | None:
    """The decision answers not yet saved would bring (a hard week shows help), or None when they cannot be scored."""
    from hearten.domain.instruments import score

    try:
        scored = score(instrument, answers)
    except InvalidInput:
        return None
    return safety.after_assessment(
        instrument.id, {key: float(v) for key, v in scored.subscales.items() if v is not None}
    )


def assessment_decision(result: dict) -> safety.SafetyDecision:
    """What follows a result (assessment_out's shape): domain.safety's rule, as in the local app."""
    return safety.after_assessment(result["instrument"], result["subscales"] or {})


def entry_decision(entry: dict) -> safety.SafetyDecision:
    """What follows an entry: the local app's journal decision (services.journal), help first on crisis words."""
    from hearten.services.journal import after_writing

    return after_writing(entry["text"]).decision


def help_lines(country: str | None = None, locale: str | None = None):
    """The local app's help lines (services.help, a domain.safety.HelpLines) for a participant's pages.
    `locale`: the browser's languages, whose region guesses the country while none is chosen."""
    from hearten.services import help as help_service

    # A server has no one person's settings: no own therapist line; without a country, a guess from the
    # browser's languages, else the main countries'.
    return help_service.sections(SimpleNamespace(therapist="", country=country), locale=locale)


def help_lines_out(country: str | None = None) -> list[dict]:
    """help_lines() as JSON: the sections the participant's page lists under "Nobody watches in real time"."""
    return [
        {
            "heading": heading or "",
            "lines": [
                {"name": r.name, "phone": r.phone, "text": r.text, "web": r.web, "hours": r.hours} for r in found
            ],
        }
        for heading, found in help_lines(country)
    ]


def crisis_lines(country: str | None = None) -> list:
    """help_lines() as (heading, lines) sections: the help screen's, by country."""
    return list(help_lines(country))


def grounding_steps() -> list[str]:
    """The grounding practice's steps as plain text, to follow on the page (its last question is left out:
    answering it is for the practice player)."""
    practice = _practices()["grounding"]
    return [" ".join(step.text.split()) for step in practice.steps if step.kind != "choice" and step.text.strip()]


def new_consent_text(store: ServerStore, *, org_id: str, text: str, now: datetime | None = None) -> int:
    """Publish a new version of an organisation's consent text; consents given to older versions stay as they were."""
    if store.get_org(org_id=org_id) is None:
        raise LookupError("there is no organisation with that id")
    if not text.strip():
        raise BadRequest("The consent text is empty.")
    return store.add_consent_text(org_id=org_id, text=text, now=now or utc_now())


def org_name(store: ServerStore, *, org_id: str) -> str:
    found = store.get_org(org_id=org_id)
    if found is None:
        raise LookupError("there is no organisation with that id")
    return found["name"]
