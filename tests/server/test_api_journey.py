"""The whole job of each role through /api/v1: join, consent, share, look, withdraw, export, audit."""

from __future__ import annotations

import csv
import io

import pytest
from tests.server.conftest import PASSWORD, csrf, make_client

pytestmark = pytest.mark.postgres


def test_invite_join_and_login_for_a_participant_and_staff(app, world, clock):
    from hearten.server import accounts

    client = make_client(app)
    client.headers["X-CSRF-Token"] = csrf(client)
    code = accounts.create_invite(world.store, world.settings, org_id=world.orgs[0], role="participant", now=clock.now)[
        "code"
    ]
    made = client.post("/api/v1/invites/accept", json={"code": code, "email": "new@example.org", "password": PASSWORD})
    assert made.status_code == 201 and "otp_secret" not in {k for k, v in made.json().items() if v}
    again = client.post(
        "/api/v1/invites/accept", json={"code": code, "email": "other@example.org", "password": PASSWORD}
    )
    assert again.status_code == 400  # single use
    staff_code = accounts.create_invite(
        world.store, world.settings, org_id=world.orgs[0], role="clinician", now=clock.now
    )["code"]
    staff = client.post(
        "/api/v1/invites/accept", json={"code": staff_code, "email": "doc@example.org", "password": PASSWORD}
    )
    assert staff.status_code == 201 and len(staff.json()["otp_secret"]) >= 16
    logged = client.post("/api/v1/login", json={"email": "new@example.org", "password": PASSWORD})
    assert logged.status_code == 200
    client.headers["X-CSRF-Token"] = logged.json()["csrf_token"]
    me = client.get("/api/v1/me").json()
    assert me["email"] == "new@example.org" and me["role"] == "participant" and me["orgs"][0]["id"] == world.orgs[0]
    client.close()


def test_share_checkins_only_then_withdraw_with_delete(client_for, world):
    org = world.orgs[0]
    me = client_for("participant1")
    pid = world.people["participant1"]["id"]
    consent = me.get(f"/api/v1/orgs/{org}/consent").json()
    assert consent["version"] == 1 and "Nobody watches" in consent["text"] and not consent["consented"]
    assert me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["checkins"]}).status_code == 200
    assert me.post("/api/v1/checkins", json={"mood": 4, "distress": 9, "note": "a hard day"}).status_code == 201
    assert me.post("/api/v1/entries", json={"text": "Private thoughts."}).status_code == 201

    doctor = client_for("clinician1")
    people = doctor.get(f"/api/v1/orgs/{org}/participants").json()
    assert [p["id"] for p in people] == [pid] and people[0]["scopes"] == ["checkins"]
    shown = doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/checkins")
    assert shown.status_code == 200 and shown.json()["items"][0]["mood"] == 4
    assert shown.json()["distress_flags"][0]["distress"] == 9
    assert doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/journal").status_code == 403

    scientist = client_for("researcher1")
    exported = scientist.get(f"/api/v1/orgs/{org}/export?format=csv")
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert rows and all(pid not in row["participant_id"] for row in rows)
    assert "a hard day" not in exported.text or "note" in exported.text

    assert me.delete(f"/api/v1/orgs/{org}/consent?shared=delete").status_code == 200
    assert doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/checkins").status_code == 403
    assert doctor.get(f"/api/v1/orgs/{org}/participants").json()[0]["status"] == "withdrawn"
    after = scientist.get(f"/api/v1/orgs/{org}/export?format=csv")
    assert len(list(csv.DictReader(io.StringIO(after.text)))) == 0

    audit = me.get("/api/v1/me/audit").json()
    assert {(a["who"], a["action"], a["what"]) for a in audit} == {
        ("clinician1@example.org", "view", "checkins"),
        ("researcher1@example.org", "export", "csv"),
    }


def test_withdraw_keep_shows_only_what_was_shared_before(client_for, world, clock):
    org = world.orgs[0]
    me = client_for("participant1")
    pid = world.people["participant1"]["id"]
    me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["checkins"]})
    me.post("/api/v1/checkins", json={"mood": 6})
    clock.advance(minutes=1)
    assert me.delete(f"/api/v1/orgs/{org}/consent?shared=keep").status_code == 200
    clock.advance(minutes=1)
    me.post("/api/v1/checkins", json={"mood": 2})
    doctor = client_for("clinician1")
    shown = doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/checkins").json()
    assert [c["mood"] for c in shown["items"]] == [6] and shown["status"] == "withdrawn"


def test_one_entry_can_be_shared_without_the_journal(client_for, world):
    org = world.orgs[0]
    me = client_for("participant1")
    pid = world.people["participant1"]["id"]
    me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": []})
    kept = me.post("/api/v1/entries", json={"text": "Only for me."}).json()
    shared = me.post("/api/v1/entries", json={"text": "I want to talk about this one."}).json()
    doctor = client_for("clinician1")
    assert doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/journal").status_code == 403
    assert me.put(f"/api/v1/entries/{shared['id']}/shared", json={"shared": True}).status_code == 204
    texts = [e["text"] for e in doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/journal").json()["items"]]
    assert texts == ["I want to talk about this one."] and kept["text"] not in texts
    # The clinician finds it from the list of participants, as an entry shared one by one.
    listed = doctor.get(f"/api/v1/orgs/{org}/participants").json()
    assert [p["single_entries"] for p in listed if p["id"] == pid] == [True]
    page = doctor.get(f"/org/{org}/participants").text
    assert f'href="/org/{org}/participants/{pid}/journal">entries shared one by one</a>' in page
    shown = doctor.get(f"/org/{org}/participants/{pid}/journal").text
    assert "only entries shared one by one" in shown and "I want to talk about this one." in shown


def test_sharing_an_entry_without_consent_is_refused_with_where_to_consent(client_for, world):
    org = world.orgs[0]
    me = client_for("participant1")
    pid = world.people["participant1"]["id"]
    doctor = client_for("clinician1")
    entry = me.post("/api/v1/entries", json={"text": "Before I chose anything."}).json()
    refused = me.put(f"/api/v1/entries/{entry['id']}/shared", json={"shared": True})
    assert refused.status_code == 409
    assert "share nothing with Clinic One" in refused.json()["detail"]
    assert f"/org/{org}/consent" in refused.json()["detail"]
    assert me.put(f"/api/v1/entries/{10**9}/shared", json={"shared": True}).status_code == 404
    assert not any(r["shared"] for r in world.store.rows(org_id=org, owner_id=pid, kind="journal"))
    # Once they consent, the same entry can be shared on its own.
    me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": []})
    assert me.put(f"/api/v1/entries/{entry['id']}/shared", json={"shared": True}).status_code == 204
    assert doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/journal").status_code == 200
    # After withdrawing (keeping what was shared), a new entry cannot be shared; one can still stop sharing.
    assert me.delete(f"/api/v1/orgs/{org}/consent?shared=keep").status_code == 200
    later = me.post("/api/v1/entries", json={"text": "After I withdrew."}).json()
    again = me.put(f"/api/v1/entries/{later['id']}/shared", json={"shared": True})
    assert again.status_code == 409 and "share nothing with Clinic One" in again.json()["detail"]
    assert me.put(f"/api/v1/entries/{entry['id']}/shared", json={"shared": False}).status_code == 204


def test_an_entry_flagged_after_a_withdrawal_with_delete_stays_out_of_view(client_for, world):
    org = world.orgs[0]
    me = client_for("participant1")
    pid = world.people["participant1"]["id"]
    me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": []})
    entry = me.post("/api/v1/entries", json={"text": "Shared, then taken back."}).json()
    assert me.put(f"/api/v1/entries/{entry['id']}/shared", json={"shared": True}).status_code == 204
    assert me.delete(f"/api/v1/orgs/{org}/consent?shared=delete").status_code == 200
    assert me.put(f"/api/v1/entries/{entry['id']}/shared", json={"shared": True}).status_code == 409
    # Even an entry flagged some other way (from before this was refused) is not shown after a delete.
    world.store.set_entry_shared(org_id=org, owner_id=pid, entry_id=entry["id"], shared=True)
    assert client_for("clinician1").get(f"/api/v1/orgs/{org}/participants/{pid}/journal").status_code == 403


def test_consent_needs_the_current_version(client_for, world):
    org = world.orgs[0]
    admin = client_for("admin")
    assert admin.put(f"/api/v1/orgs/{org}/consent-text", json={"text": "A new text."}).json() == {"version": 2}
    me = client_for("participant1")
    assert me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["checkins"]}).status_code == 409
    answer = me.put(f"/api/v1/orgs/{org}/consent", json={"version": 2, "scopes": ["checkins"]}).json()
    assert answer["agreed_version"] == 2 and answer["history"][0]["text"] == "A new text."


def test_practice_sessions_and_assessments_in_the_local_shapes(client_for, world):
    org = world.orgs[0]
    me = client_for("participant1")
    pid = world.people["participant1"]["id"]
    me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["practices", "assessments"]})
    from hearten.server.sharing import _practices, instruments

    practice = next(iter(_practices().values()))
    recorded = me.post("/api/v1/sessions", json={"practice_id": practice.id, "reached": 0, "outcome": "stopped"})
    assert recorded.status_code == 201, recorded.text
    instrument = next(i for i in instruments().values() if not i.requires_item_text)
    answers = {item: instrument.scale.min for item in instrument.item_ids()}
    taken = me.post("/api/v1/assessments", json={"instrument": instrument.id, "answers": answers})
    assert taken.status_code == 201, taken.text
    doctor = client_for("clinician1")
    practices = doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/practices").json()
    assert practices["weeks"][0]["sessions"] == 1 and "streak" not in str(practices)
    scores = doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/assessments").json()
    assert scores["items"][0]["instrument"] == instrument.id


def test_a_practice_cannot_reach_past_its_last_step(client_for, world):
    from hearten.server.sharing import _practices

    me = client_for("participant1")
    steps = len(_practices()["grounding"].steps)
    too_far = me.post("/api/v1/sessions", json={"practice_id": "grounding", "reached": 99, "outcome": "completed"})
    assert too_far.status_code == 400
    assert f"has {steps} steps" in too_far.json()["detail"] and "99" in too_far.json()["detail"]
    one_past = me.post(
        "/api/v1/sessions", json={"practice_id": "grounding", "reached": steps + 1, "outcome": "completed"}
    )
    assert one_past.status_code == 400
    done = me.post("/api/v1/sessions", json={"practice_id": "grounding", "reached": steps, "outcome": "completed"})
    assert done.status_code == 201, done.text
    pid = world.people["participant1"]["id"]
    assert len(world.store.rows(org_id=world.orgs[0], owner_id=pid, kind="practices")) == 1  # the refused left none


def test_a_participant_in_two_organisations_names_one(world, client_for):
    from hearten.server import accounts

    org2 = world.orgs[1]
    code = accounts.create_invite(world.store, world.settings, org_id=org2, role="participant")["code"]
    pid = world.people["participant1"]["id"]
    world.store.add_membership(org_id=org2, account_id=pid, role="participant", now=world.clock.now)
    assert code
    me = client_for("participant1")
    assert me.post("/api/v1/checkins", json={"mood": 5}).status_code == 400
    assert me.post(f"/api/v1/checkins?org={org2}", json={"mood": 5}).status_code == 201


def test_openapi_lists_the_contract(app):
    client = make_client(app)
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/v1/invites/accept",
        "/api/v1/login",
        "/api/v1/logout",
        "/api/v1/me",
        "/api/v1/me/sessions",
        "/api/v1/me/sessions/{session_id}",
        "/api/v1/orgs/{org}/consent",
        "/api/v1/checkins",
        "/api/v1/entries",
        "/api/v1/sessions",
        "/api/v1/assessments",
        "/api/v1/me/audit",
        "/api/v1/orgs/{org}/participants",
        "/api/v1/orgs/{org}/participants/{pid}/{scope}",
        "/api/v1/orgs/{org}/export",
        "/api/v1/csrf",
    ):
        assert path in paths
    # A clinician's client can read the shape of a shared scope from the schema, not from the code.
    view = paths["/api/v1/orgs/{org}/participants/{pid}/{scope}"]["get"]["responses"]["200"]
    assert view["content"]["application/json"]["schema"]["$ref"].endswith("/ScopeView")
    assert not any(p.startswith(("/login", "/org")) for p in paths)
    client.close()


@pytest.mark.parametrize("fmt", ["csv", "redcap-dictionary", "codebook", "fhir"])
def test_every_export_format_answers_and_names_nobody(client_for, world, fmt):
    from hearten.server.sharing import _practices, instruments

    org = world.orgs[0]
    me = client_for("participant1")
    me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["checkins", "practices", "assessments"]})
    me.post("/api/v1/checkins", json={"mood": 6, "distress": 2, "sleep_hours": 7.5})
    me.post("/api/v1/sessions", json={"practice_id": next(iter(_practices())), "reached": 0, "outcome": "stopped"})
    instrument = next(i for i in instruments().values() if not i.requires_item_text)
    me.post(
        "/api/v1/assessments",
        json={"instrument": instrument.id, "answers": {item: instrument.scale.min for item in instrument.item_ids()}},
    )
    scientist = client_for("researcher1")
    answer = scientist.get(f"/api/v1/orgs/{org}/export?format={fmt}")
    assert answer.status_code == 200 and answer.content
    assert "attachment" in answer.headers["content-disposition"]
    for secret in (world.people["participant1"]["id"], "participant1@example.org"):
        assert secret not in answer.text
    assert scientist.get(f"/api/v1/orgs/{org}/export?format=xlsx").status_code == 422


def test_consenting_again_after_a_delete_shows_only_what_came_after(client_for, world, clock):
    org = world.orgs[0]
    me = client_for("participant1")
    pid = world.people["participant1"]["id"]
    me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["checkins"]})
    me.post("/api/v1/checkins", json={"mood": 1})
    clock.advance(minutes=1)
    me.delete(f"/api/v1/orgs/{org}/consent?shared=delete")
    clock.advance(minutes=1)
    me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["checkins"]})
    me.post("/api/v1/checkins", json={"mood": 9})
    doctor = client_for("clinician1")
    shown = doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/checkins").json()
    assert [c["mood"] for c in shown["items"]] == [9]


def test_research_ids_are_stable_within_a_study_and_unlinkable_across(client_for, world):
    import csv as csv_module

    pid = world.people["participant1"]["id"]
    world.store.add_membership(org_id=world.orgs[1], account_id=pid, role="participant", now=world.clock.now)
    me = client_for("participant1")
    for org in world.orgs:
        me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["checkins"]})
        me.post(f"/api/v1/checkins?org={org}", json={"mood": 5, "distress": 4})

    def ids(researcher, org):
        text = client_for(researcher).get(f"/api/v1/orgs/{org}/export?format=csv").text
        return {row["participant_id"] for row in csv_module.DictReader(io.StringIO(text))}

    first, again = ids("researcher1", world.orgs[0]), ids("researcher1", world.orgs[0])
    other = ids("researcher2", world.orgs[1])
    assert len(first) == 1 and first == again and other and not first & other
