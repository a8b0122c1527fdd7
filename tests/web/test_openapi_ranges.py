"""The published OpenAPI document gives request numbers their ranges in JSON Schema's own words."""

from __future__ import annotations

import pytest

from tests.web.conftest import api_headers

RANGED = {
    "EntryIn": {"mood": (0, 10)},
    "EntryChange": {"mood": (0, 10)},
    "CheckinIn": {
        "mood": (0, 10),
        "distress": (0, 10),
        "sleep_hours": (0, 24),
        "active_minutes": (0, 1440),
        "social": (0, 10),
        "food": (0, 10),
    },
    "SessionIn": {"distress_before": (0, 10), "distress_after": (0, 10)},
}
RANGED["CheckinChange"] = RANGED["CheckinIn"]


def _number(prop: dict) -> dict:
    """The number half of an `X | null` property (or the property itself)."""
    return next(p for p in prop.get("anyOf", [prop]) if p.get("type") in ("integer", "number"))


@pytest.fixture
def schemas(client):
    return client.get("/api/openapi.json").json()["components"]["schemas"]


@pytest.mark.parametrize(("model", "name"), [(m, n) for m, props in RANGED.items() for n in props])
def test_request_numbers_carry_minimum_and_maximum(schemas, model, name):
    low, high = RANGED[model][name]
    number = _number(schemas[model]["properties"][name])
    assert (number.get("minimum"), number.get("maximum")) == (low, high)


def test_the_timer_length_is_more_than_0_and_at_most_240(schemas):
    number = _number(schemas["SessionIn"]["properties"]["minutes"])
    assert (number.get("exclusiveMinimum"), number.get("maximum")) == (0, 240)


def test_no_range_is_written_in_words_json_schema_does_not_know(client):
    document = client.get("/api/openapi.json").text
    assert '"ge":' not in document and '"le":' not in document and '"gt":' not in document


def test_the_ranges_are_still_enforced(client):
    headers = api_headers(client)
    assert client.post("/api/entries", json={"text": "x", "mood": 11}, headers=headers).status_code in (400, 422)
    assert client.post("/api/checkins", json={"sleep_hours": 25}, headers=headers).status_code in (400, 422)
    assert client.post("/api/checkins", json={"food": True}, headers=headers).status_code in (400, 422)
    assert client.post("/api/checkins", json={"sleep_hours": 7.5, "food": 6}, headers=headers).status_code == 201
