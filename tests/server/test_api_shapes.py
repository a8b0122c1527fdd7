"""Shapes the API keeps the same everywhere: the organisations an account belongs to, and problems in words."""

from __future__ import annotations

import pytest
from tests.server.conftest import PASSWORD, csrf, make_client

from hearten.server import accounts

pytestmark = pytest.mark.postgres


def test_accepting_an_invite_lists_the_organisations_as_me_does(app, world, clock):
    client = make_client(app)
    client.headers["X-CSRF-Token"] = csrf(client)
    org = world.orgs[0]
    code = accounts.create_invite(world.store, world.settings, org_id=org, role="participant", now=clock.now)["code"]
    made = client.post("/api/v1/invites/accept", json={"code": code, "email": "new@example.org", "password": PASSWORD})
    assert made.status_code == 201
    assert made.json()["orgs"] == [{"id": org, "name": "Clinic One", "role": "participant"}]
    logged = client.post("/api/v1/login", json={"email": "new@example.org", "password": PASSWORD})
    client.headers["X-CSRF-Token"] = logged.json()["csrf_token"]
    assert client.get("/api/v1/me").json()["orgs"] == made.json()["orgs"]
    schema = client.get("/openapi.json").json()["components"]["schemas"]
    assert schema["AccountOut"]["properties"]["orgs"]["items"] == schema["MeOut"]["properties"]["orgs"]["items"]
    client.close()


@pytest.mark.parametrize("query", ["", "?shared=", "?shared=maybe", "?shared=KEEP"])
def test_withdrawing_without_saying_keep_or_delete_is_answered_in_words(client_for, world, query):
    me = client_for("participant1")
    org = world.orgs[0]
    assert me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["checkins"]}).status_code == 200
    answer = me.delete(f"/api/v1/orgs/{org}/consent{query}")
    assert answer.status_code == 400
    detail = answer.json()["detail"]
    assert isinstance(detail, str) and "shared=keep" in detail and "shared=delete" in detail
    assert me.get(f"/api/v1/orgs/{org}/consent").json()["consented"] is True  # nothing was withdrawn
    assert me.delete(f"/api/v1/orgs/{org}/consent?shared=keep").status_code == 200


def test_the_withdraw_choices_are_still_documented(client_for):
    me = client_for("participant1")
    spec = me.get("/openapi.json").json()["paths"]["/api/v1/orgs/{org}/consent"]["delete"]
    shared = next(p for p in spec["parameters"] if p["name"] == "shared")
    schema = shared["schema"]
    assert "keep" in str(schema) and "delete" in str(schema) and "delete" in shared.get("description", "")
