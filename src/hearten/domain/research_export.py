"""A stand-in for the research export (its owner replaces this file): the interface the server calls.

export(fmt, study=StudyData) -> (filename, media type, body). Participants appear only under
a pseudonym: an HMAC of their id under the organisation's secret.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
from dataclasses import dataclass, field
from datetime import datetime

from hearten.domain.records import InvalidInput

SCOPES = ("checkins", "assessments", "practices", "insights", "journal")
FORMATS = ("csv", "redcap-dictionary", "codebook", "fhir")


@dataclass(frozen=True)
class ParticipantData:
    participant_id: str | int
    scopes: frozenset[str]
    checkins: tuple = ()
    assessments: tuple = ()
    sessions: tuple = ()


@dataclass(frozen=True)
class StudyData:
    study_id: str | int
    name: str
    secret: bytes
    participants: tuple[ParticipantData, ...] = ()
    instruments: dict = field(default_factory=dict)
    exported_at: datetime | None = None


def pseudonym(secret: bytes, participant_id, *, study_id="") -> str:
    return "p-" + hmac.new(bytes(secret), f"{study_id}:{participant_id}".encode(), hashlib.sha256).hexdigest()[:20]


def export(fmt: str, *, study: StudyData) -> tuple[str, str, bytes]:
    if fmt not in FORMATS:
        raise InvalidInput(f"the export format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    rows = []
    for person in study.participants:
        pid = pseudonym(study.secret, person.participant_id, study_id=study.study_id)
        for c in person.checkins if "checkins" in person.scopes else ():
            for measure in ("mood", "distress"):
                rows.append((pid, "checkins", measure, getattr(c, measure), c.at.isoformat()))
        for a in person.assessments if "assessments" in person.scopes else ():
            for item, value in a.answers.items():
                rows.append((pid, a.instrument_id, item, value, a.taken_at.isoformat()))
    if fmt == "fhir":
        return "export.json", "application/fhir+json", json.dumps({"resourceType": "Bundle", "entry": []}).encode()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(("participant_id", "form", "variable", "value", "timestamp"))
    writer.writerows(rows)
    return f"export-{fmt}.csv", "text/csv; charset=utf-8", out.getvalue().encode()
