"""FHIR R4: instruments as Questionnaires and assessments as QuestionnaireResponses, both ways."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from hearten.content.instruments import load_instruments
from hearten.domain.fhir import (
    EXTENSION_URL,
    assessment_to_questionnaire_response,
    bundle_to_assessments,
    instrument_to_questionnaire,
    questionnaire_response_to_assessment,
    questionnaire_to_instrument,
    responses_bundle,
)
from hearten.domain.instruments import InstrumentError, answers_from_list, attach_item_text, new_assessment

SHIPPED = load_instruments()
CHECKIN = SHIPPED["self-compassion-checkin"]
WEEKLY = SHIPPED["wellbeing-weekly"]
SCS_TEXT = attach_item_text(SHIPPED["scs-sf-12"], [f"Statement {n}" for n in range(1, 13)], "my-scs-sf")
EVERY = {**SHIPPED, SCS_TEXT.id: SCS_TEXT}
TAKEN = datetime(2025, 3, 15, 21, 45, 12, 250000, tzinfo=UTC)


@pytest.mark.parametrize("name", sorted(EVERY))
def test_questionnaire_round_trip_is_identical(name):
    instrument = EVERY[name]
    exported = instrument_to_questionnaire(instrument)
    assert questionnaire_to_instrument(exported) == instrument
    # ...and the same after a trip through JSON text and through fhir.resources.
    assert questionnaire_to_instrument(json.loads(json.dumps(exported))) == instrument
    validated = Questionnaire.model_validate(exported)
    assert questionnaire_to_instrument(json.loads(validated.model_dump_json())) == instrument


def test_questionnaire_shape():
    exported = instrument_to_questionnaire(CHECKIN)
    assert exported["status"] == "active" and exported["url"].startswith("https://hearten.invalid/fhir/Questionnaire/")
    assert exported["extension"][0]["url"] == EXTENSION_URL
    assert EXTENSION_URL == "https://hearten.invalid/fhir/StructureDefinition/hearten-scoring"
    first = exported["item"][0]
    assert first["type"] == "choice" and len(first["answerOption"]) == 5
    assert first["answerOption"][0]["valueCoding"]["display"] == "Hardly ever"
    weekly_item = instrument_to_questionnaire(WEEKLY)["item"][0]
    assert weekly_item["type"] == "integer"
    assert [e["valueInteger"] for e in weekly_item["extension"]] == [0, 10]


def test_key_exports_without_item_text():
    exported = instrument_to_questionnaire(SHIPPED["scs-26"])
    assert all("text" not in item for item in exported["item"])
    assert all(item["required"] for item in exported["item"])


def _broken(change) -> dict:
    exported = copy.deepcopy(instrument_to_questionnaire(CHECKIN))
    change(exported)
    return exported


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda q: q.update(resourceType="Patient"), "not a FHIR Questionnaire"),
        (lambda q: q.update(status="bogus"), "status must be one of"),
        (lambda q: q.pop("extension"), "carries its scoring"),
        (lambda q: q["extension"][0].update(valueString="{not json"), "not valid JSON"),
        (lambda q: q["extension"][0].update(valueString="[1]"), "JSON object"),
        (lambda q: q["extension"].append(dict(q["extension"][0])), "more than once"),
        (lambda q: q["item"].pop(), "do not match"),
        (lambda q: q["item"][0].update(type="string"), "hearten reads choice or integer"),
        (lambda q: q["item"][0].update(type="integer"), "should be of type 'choice'"),
        (lambda q: q.pop("title"), "title is missing"),
        (lambda q: q["item"][0].update(text=""), "text"),
        (lambda q: q.update(id="Bad_Id"), "id"),
    ],
)
def test_bad_questionnaires(change, message):
    with pytest.raises(InstrumentError, match=message):
        questionnaire_to_instrument(_broken(change))


def _assessment(instrument, values):
    return new_assessment(instrument, answers_from_list(instrument, values), taken_at=TAKEN)


@pytest.mark.parametrize(
    ("instrument", "values"),
    [
        (CHECKIN, [4, 2, 3, 4, 5, 1, 5, 3, 2, 4, 4, 2]),
        (CHECKIN, [4, None, 3, 4, 5, 1, 5, 3, 2, 4, None, 2]),
        (WEEKLY, [3, 6, None, 2, 8, 5, 4, 9]),
        (SCS_TEXT, [2, 3, 4, 5, 2, 4, 4, 4, 1, 3, 1, 2]),
    ],
)
def test_response_validates_and_round_trips(instrument, values):
    assessment = _assessment(instrument, values)
    response = assessment_to_questionnaire_response(assessment, instrument)
    validated = QuestionnaireResponse.model_validate(response)
    assert validated.status == "completed"
    assert len(response["item"]) == sum(v is not None for v in values)
    back = questionnaire_response_to_assessment(json.loads(validated.model_dump_json()), instrument)
    assert back == assessment
    scores = json.loads(response["extension"][0]["valueString"])
    assert scores == {"subscales": assessment.subscales, "total": assessment.total, "band": assessment.band}


def test_bundle_validates_and_round_trips():
    assessments = [
        _assessment(CHECKIN, [4, 2, 3, 4, 5, 1, 5, 3, 2, 4, 4, 2]),
        _assessment(WEEKLY, [3, 6, 7, 2, 8, 5, 4, 9]),
    ]
    bundle = responses_bundle(assessments, EVERY)
    Bundle.model_validate(bundle)
    assert bundle["type"] == "collection" and bundle["entry"][0]["fullUrl"].startswith("urn:uuid:")
    assert bundle_to_assessments(json.loads(json.dumps(bundle)), EVERY) == assessments


def test_bundle_needs_the_instrument():
    assessment = _assessment(CHECKIN, [3] * 12)
    with pytest.raises(InstrumentError, match="no instrument"):
        responses_bundle([assessment], {})
    bundle = responses_bundle([assessment], EVERY)
    with pytest.raises(InstrumentError, match="unknown instrument"):
        bundle_to_assessments(bundle, {})


def test_response_must_match_the_instrument():
    assessment = _assessment(CHECKIN, [3] * 12)
    with pytest.raises(InstrumentError, match="not 'wellbeing-weekly'"):
        assessment_to_questionnaire_response(assessment, WEEKLY)


def _response(change):
    response = assessment_to_questionnaire_response(_assessment(CHECKIN, [3] * 12), CHECKIN)
    change(response)
    return response


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r.update(status="bogus"), "status must be one of"),
        (lambda r: r.update(status="in-progress"), "only a completed response"),
        (lambda r: r.update(questionnaire="https://example.org/Questionnaire/x"), "not 'self-compassion-checkin'"),
        (lambda r: r.update(authored="yesterday"), "not a date"),
        (lambda r: r.update(authored="2025-03-15T10:00:00"), "time zone"),
        (lambda r: r["item"][0].update(linkId="nope"), "no item 'nope'"),
        (lambda r: r["item"][0].update(answer=[]), "exactly one answer"),
        (lambda r: r["item"][0]["answer"][0]["valueCoding"].update(code="9"), "from 1 to 5"),
        (lambda r: r["item"][0]["answer"][0]["valueCoding"].update(system="x"), "does not know"),
        (lambda r: r["item"][0].update(answer=[{"valueString": "3"}]), "valueInteger or valueCoding"),
    ],
)
def test_bad_responses(change, message):
    with pytest.raises(InstrumentError, match=message):
        questionnaire_response_to_assessment(_response(change), CHECKIN)


def test_answers_are_rescored_not_trusted():
    response = _response(lambda r: r["extension"][0].update(valueString=json.dumps({"total": 5.0, "band": "high"})))
    assert questionnaire_response_to_assessment(response, CHECKIN).total == 3.0


def test_runtime_code_does_not_import_fhir_resources():
    import subprocess
    import sys

    code = "import hearten.domain.fhir, sys; print(any(m.startswith('fhir') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
