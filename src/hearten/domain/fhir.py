"""FHIR R4 Questionnaire and QuestionnaireResponse as plain dicts, built and read by hand.

No fhir.resources at run time (it is slow to import and a test-only dependency); the tests
validate what we build with it. hearten's scoring travels in one extension, EXTENSION_URL,
whose valueString is JSON (see docs/assessments.md).
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime

from hearten.domain.instruments import Instrument, InstrumentError, new_assessment, parse_instrument
from hearten.domain.records import NewAssessment

EXTENSION_URL = "https://hearten.invalid/fhir/StructureDefinition/hearten-scoring"
QUESTIONNAIRE_BASE = "https://hearten.invalid/fhir/Questionnaire/"
SCALE_SYSTEM_BASE = "https://hearten.invalid/fhir/CodeSystem/scale-"
UID_SYSTEM = "https://hearten.invalid/fhir/assessment-uid"
MIN_VALUE_URL = "http://hl7.org/fhir/StructureDefinition/minValue"
MAX_VALUE_URL = "http://hl7.org/fhir/StructureDefinition/maxValue"

QUESTIONNAIRE_STATUSES = ("draft", "active", "retired", "unknown")
RESPONSE_STATUSES = ("in-progress", "completed", "amended", "entered-in-error", "stopped")
ITEM_TYPES = ("choice", "integer")
MAX_EXTENSION_CHARS = 500_000

# The instrument fields that are not carried by standard Questionnaire elements.
_TOP_LEVEL = {"id", "title", "version", "instructions", "items"}


def _scale_system(instrument: Instrument) -> str:
    return SCALE_SYSTEM_BASE + instrument.id


def _item_type(instrument: Instrument) -> str:
    # A scale with a label on every point reads best as a list of choices; otherwise a number.
    return "choice" if instrument.scale.fully_labelled else "integer"


def instrument_to_questionnaire(instr: Instrument) -> dict:
    """A FHIR R4 Questionnaire for an instrument, its scoring in the hearten extension."""
    scoring = instr.model_dump(exclude=_TOP_LEVEL)
    scoring["items"] = [{"id": i.id, "subscale": i.subscale, "reversed": i.reversed} for i in instr.items]
    kind = _item_type(instr)
    items = []
    for item in instr.items:
        entry: dict = {"linkId": item.id}
        if item.text is not None:
            entry["text"] = item.text
        entry["type"] = kind
        entry["required"] = instr.missing.policy == "all_required"
        if kind == "choice":
            entry["answerOption"] = [
                {"valueCoding": {"system": _scale_system(instr), "code": str(v), "display": instr.scale.label(v)}}
                for v in range(instr.scale.min, instr.scale.max + 1)
            ]
        else:
            entry["extension"] = [
                {"url": MIN_VALUE_URL, "valueInteger": instr.scale.min},
                {"url": MAX_VALUE_URL, "valueInteger": instr.scale.max},
            ]
        items.append(entry)
    return {
        "resourceType": "Questionnaire",
        "id": instr.id,
        "extension": [{"url": EXTENSION_URL, "valueString": json.dumps(scoring, ensure_ascii=False, sort_keys=True)}],
        "url": QUESTIONNAIRE_BASE + instr.id,
        "version": instr.version,
        "name": _fhir_name(instr.id),
        "title": instr.title,
        "status": "active",
        "description": instr.instructions,
        "item": items,
    }


def _fhir_name(instrument_id: str) -> str:
    # Questionnaire.name must be machine-friendly: a capital letter first, then letters, digits, '_'.
    name = "".join(part.capitalize() for part in re.split(r"[-_]", instrument_id))
    return name if name[:1].isalpha() else "Hearten" + name


def _require(mapping: dict, key: str, kind: type, source: str):
    value = mapping.get(key)
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise InstrumentError(f"{source}: {key} is missing or not {kind.__name__}")
    return value


def _our_extension(resource: dict, source: str) -> dict | None:
    extensions = resource.get("extension", [])
    if not isinstance(extensions, list):
        raise InstrumentError(f"{source}: extension must be a list")
    ours = [e for e in extensions if isinstance(e, dict) and e.get("url") == EXTENSION_URL]
    if not ours:
        return None
    if len(ours) > 1:
        raise InstrumentError(f"{source}: the hearten scoring extension appears more than once")
    text = ours[0].get("valueString")
    if not isinstance(text, str) or len(text) > MAX_EXTENSION_CHARS:
        raise InstrumentError(f"{source}: the hearten scoring extension must hold JSON text in valueString")
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise InstrumentError(f"{source}: the hearten scoring extension is not valid JSON") from None
    if not isinstance(data, dict):
        raise InstrumentError(f"{source}: the hearten scoring extension must be a JSON object")
    return data


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number hearten accepts")


def questionnaire_to_instrument(resource: dict, *, source: str = "questionnaire") -> Instrument:
    """The Instrument a hearten-exported Questionnaire describes; InstrumentError if it is not one."""
    if not isinstance(resource, dict) or resource.get("resourceType") != "Questionnaire":
        raise InstrumentError(f"{source}: not a FHIR Questionnaire")
    status = resource.get("status")
    if status not in QUESTIONNAIRE_STATUSES:
        raise InstrumentError(f"{source}: status must be one of {', '.join(QUESTIONNAIRE_STATUSES)}, not {status!r}")
    scoring = _our_extension(resource, source)
    if scoring is None:
        raise InstrumentError(
            f"{source}: hearten can only import a Questionnaire that carries its scoring ({EXTENSION_URL})"
        )
    keyed = scoring.pop("items", None)
    if not isinstance(keyed, list) or not all(isinstance(k, dict) for k in keyed):
        raise InstrumentError(f"{source}: the scoring extension has no list of items")
    fhir_items = resource.get("item")
    if not isinstance(fhir_items, list) or not all(isinstance(i, dict) for i in fhir_items):
        raise InstrumentError(f"{source}: item must be a list of questions")
    if [k.get("id") for k in keyed] != [i.get("linkId") for i in fhir_items]:
        raise InstrumentError(f"{source}: the questions (linkId) do not match the items in the scoring extension")
    items = []
    for key, question in zip(keyed, fhir_items):
        if question.get("type") not in ITEM_TYPES:
            raise InstrumentError(
                f"{source}: item {question.get('linkId')!r} has type {question.get('type')!r}; hearten reads {' or '.join(ITEM_TYPES)}"
            )
        if "item" in question:
            raise InstrumentError(f"{source}: nested questions are not supported (item {question.get('linkId')!r})")
        item = dict(key)
        if "text" in question:
            item["text"] = question["text"]
        items.append(item)
    data = {
        **scoring,
        "id": _require(resource, "id", str, source),
        "title": _require(resource, "title", str, source),
        "version": _require(resource, "version", str, source),
        "instructions": _require(resource, "description", str, source),
        "items": items,
    }
    instrument = parse_instrument(data, source=source)
    expected = instrument_to_questionnaire(instrument)["item"]
    for question, wanted in zip(fhir_items, expected):
        if question.get("type") != wanted["type"]:
            raise InstrumentError(
                f"{source}: item {question['linkId']!r} should be of type {wanted['type']!r} for this scale"
            )
    return instrument


# --- responses ---------------------------------------------------------------------------


def _canonical(instrument: Instrument) -> str:
    return f"{QUESTIONNAIRE_BASE}{instrument.id}|{instrument.version}"


def assessment_to_questionnaire_response(assessment, instrument: Instrument) -> dict:
    """A QuestionnaireResponse for a stored Assessment or a NewAssessment; skipped items are left out."""
    if assessment.instrument_id != instrument.id:
        raise InstrumentError(f"this assessment is of {assessment.instrument_id!r}, not {instrument.id!r}")
    kind = _item_type(instrument)
    items = []
    for item in instrument.items:
        value = assessment.answers.get(item.id)
        if value is None:
            continue
        if kind == "choice":
            answer = {
                "valueCoding": {
                    "system": _scale_system(instrument),
                    "code": str(value),
                    "display": instrument.scale.label(value),
                }
            }
        else:
            answer = {"valueInteger": value}
        entry = {"linkId": item.id}
        if item.text is not None:
            entry["text"] = item.text
        entry["answer"] = [answer]
        items.append(entry)
    scores = {"subscales": dict(assessment.subscales), "total": assessment.total, "band": assessment.band}
    response = {
        "resourceType": "QuestionnaireResponse",
        "id": assessment.uid,
        "extension": [{"url": EXTENSION_URL, "valueString": json.dumps(scores, sort_keys=True)}],
        "identifier": {"system": UID_SYSTEM, "value": assessment.uid},
        "questionnaire": f"{QUESTIONNAIRE_BASE}{assessment.instrument_id}|{assessment.instrument_version}",
        "status": "completed",
        "authored": assessment.taken_at.isoformat(),
    }
    if items:
        response["item"] = items
    return response


def questionnaire_response_to_assessment(
    resource: dict, instrument: Instrument, *, source: str = "response"
) -> NewAssessment:
    """A NewAssessment from a QuestionnaireResponse; the answers are scored afresh, not trusted."""
    if not isinstance(resource, dict) or resource.get("resourceType") != "QuestionnaireResponse":
        raise InstrumentError(f"{source}: not a FHIR QuestionnaireResponse")
    status = resource.get("status")
    if status not in RESPONSE_STATUSES:
        raise InstrumentError(f"{source}: status must be one of {', '.join(RESPONSE_STATUSES)}, not {status!r}")
    if status not in ("completed", "amended"):
        raise InstrumentError(f"{source}: only a completed response can be imported (this one is {status!r})")
    canonical = _require(resource, "questionnaire", str, source)
    if canonical.split("|")[0] != QUESTIONNAIRE_BASE + instrument.id:
        raise InstrumentError(f"{source}: answers {canonical!r}, not {instrument.id!r}")
    try:
        taken_at = datetime.fromisoformat(_require(resource, "authored", str, source))
    except ValueError:
        raise InstrumentError(f"{source}: authored is not a date and time") from None
    if taken_at.tzinfo is None:
        raise InstrumentError(f"{source}: authored needs a time zone")
    answers: dict[str, int | None] = {i: None for i in instrument.item_ids()}
    for entry in resource.get("item") or []:
        link = entry.get("linkId") if isinstance(entry, dict) else None
        if link not in answers:
            raise InstrumentError(f"{source}: {instrument.title} has no item {link!r}")
        given = entry.get("answer") or []
        if len(given) != 1 or not isinstance(given[0], dict):
            raise InstrumentError(f"{source}: item {link!r} needs exactly one answer")
        answers[link] = _answer_value(given[0], instrument, link, source)
    made = new_assessment(instrument, answers, taken_at=taken_at)
    uid = resource.get("id")
    # Keeping the uid means importing the same response twice adds it once.
    if isinstance(uid, str) and re.fullmatch(r"[A-Za-z0-9\-.]{1,64}", uid):
        made = made.replace(uid=uid)
    return made


def _answer_value(answer: dict, instrument: Instrument, link: str, source: str) -> int:
    if "valueInteger" in answer:
        value = answer["valueInteger"]
    elif "valueCoding" in answer and isinstance(answer["valueCoding"], dict):
        coding = answer["valueCoding"]
        if coding.get("system") != _scale_system(instrument) or not re.fullmatch(
            r"-?[0-9]{1,4}", str(coding.get("code"))
        ):
            raise InstrumentError(f"{source}: item {link!r} has an answer code hearten does not know")
        value = int(coding["code"])
    else:
        raise InstrumentError(f"{source}: item {link!r} needs a valueInteger or valueCoding answer")
    if isinstance(value, bool) or not isinstance(value, int):
        raise InstrumentError(f"{source}: item {link!r} has an answer that is not a whole number")
    return value


def _full_url(uid: str) -> str:
    try:
        return f"urn:uuid:{uuid.UUID(hex=uid)}"
    except ValueError:
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, UID_SYSTEM + '/' + uid)}"


def responses_bundle(assessments, instruments: dict[str, Instrument]) -> dict:
    """A FHIR collection Bundle of QuestionnaireResponses, one per assessment."""
    entries = []
    for assessment in assessments:
        instrument = instruments.get(assessment.instrument_id)
        if instrument is None:
            raise InstrumentError(f"no instrument {assessment.instrument_id!r} to describe this assessment")
        entries.append(
            {
                "fullUrl": _full_url(assessment.uid),
                "resource": assessment_to_questionnaire_response(assessment, instrument),
            }
        )
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


def bundle_to_assessments(
    bundle: dict, instruments: dict[str, Instrument], *, source: str = "bundle"
) -> list[NewAssessment]:
    """NewAssessments from a collection Bundle of QuestionnaireResponses (as responses_bundle writes)."""
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        raise InstrumentError(f"{source}: not a FHIR Bundle")
    out = []
    for position, entry in enumerate(bundle.get("entry") or [], start=1):
        resource = entry.get("resource") if isinstance(entry, dict) else None
        canonical = resource.get("questionnaire") if isinstance(resource, dict) else None
        if not isinstance(canonical, str) or not canonical.startswith(QUESTIONNAIRE_BASE):
            raise InstrumentError(f"{source}: entry {position} is not a response to a hearten instrument")
        instrument_id = canonical[len(QUESTIONNAIRE_BASE) :].split("|")[0]
        if instrument_id not in instruments:
            raise InstrumentError(f"{source}: entry {position} answers unknown instrument {instrument_id!r}")
        out.append(
            questionnaire_response_to_assessment(
                resource, instruments[instrument_id], source=f"{source} entry {position}"
            )
        )
    return out
