"""The admin's pages, driven in-process with forms: make an organisation, invite any role, list its
people, sign someone out everywhere and reset a staff member's second factor."""

from __future__ import annotations

import re

import pytest
from tests.server.conftest import PASSWORD, make_client
from tests.server.test_server_pages import form_login, token_of

from hearten.server import accounts

pytestmark = pytest.mark.postgres


def admin_client(app, world):
    client = make_client(app)
    home = form_login(client, "admin@example.org", world.otp("admin"))
    assert 'href="/admin"' in home.text
    return client


def test_an_admin_makes_an_organisation_and_an_invite_that_works_once(app, world):
    client = admin_client(app, world)
    page = client.get("/admin")
    assert page.status_code == 200 and "Clinic One" in page.text and "Study Two" in page.text
    made = client.post("/admin/orgs", data={"csrf_token": token_of(page.text), "name": "  Harbour Study  "})
    assert made.status_code == 303 and made.headers["location"].startswith("/admin/orgs/")
    org = made.headers["location"].split("/")[3].split("?")[0]
    assert world.store.get_org(org_id=org)["name"] == "Harbour Study"
    org_page = client.get(made.headers["location"])
    assert "Harbour Study" in org_page.text and "The organisation is made" in org_page.text
    invited = client.post(
        f"/admin/orgs/{org}/invite", data={"csrf_token": token_of(org_page.text), "role": "researcher"}
    )
    assert invited.status_code == 201 and "An invite for one researcher" in invited.text
    assert invited.headers["cache-control"] == "no-store"
    code = re.search(r'id="invite-code">([^<]+)<', invited.text).group(1)
    assert re.search(r"until \d{4}-\d\d-\d\d \d\d:\d\d UTC", invited.text)
    joined = accounts.accept_invite(
        world.store, world.settings, code=code, email="r@example.org", password=PASSWORD, now=world.clock.now
    )
    assert joined["role"] == "researcher" and [o["id"] for o in joined["orgs"]] == [org] and joined["otp_secret"]
    with pytest.raises(accounts.InviteInvalid):
        accounts.accept_invite(
            world.store, world.settings, code=code, email="r2@example.org", password=PASSWORD, now=world.clock.now
        )
    listed = client.get(f"/admin/orgs/{org}")
    assert "r@example.org" in listed.text and "researcher" in listed.text
    # The code is kept only as its hash: the page that shows the org never shows it again.
    assert code not in listed.text and code not in client.get("/admin").text


def test_bad_input_gets_kind_words(app, world):
    client = admin_client(app, world)
    page = client.get("/admin")
    empty = client.post("/admin/orgs", data={"csrf_token": token_of(page.text), "name": "   "})
    assert empty.status_code == 400 and "Please give the organisation a name" in empty.text
    taken = client.post("/admin/orgs", data={"csrf_token": token_of(page.text), "name": " clinic one "})
    assert taken.status_code == 400 and "There is already an organisation called clinic one" in taken.text
    assert sum(org["name"].lower() == "clinic one" for org in world.store.all_orgs()) == 1
    org = world.orgs[0]
    odd = client.post(f"/admin/orgs/{org}/invite", data={"csrf_token": token_of(page.text), "role": "boss"})
    assert odd.status_code == 400 and "The role must be one of" in odd.text
    assert client.get("/admin/orgs/no-such-org").status_code == 404
    nobody = client.post(
        "/admin/people/end-sessions", data={"csrf_token": token_of(page.text), "email": "nobody@example.org"}
    )
    assert nobody.status_code == 404 and "no account" in nobody.text
    participant = client.post(
        "/admin/people/reset-otp", data={"csrf_token": token_of(page.text), "email": "participant1@example.org"}
    )
    assert participant.status_code == 400 and "participant" in participant.text
    # Without the page's token, nothing changes.
    assert client.post("/admin/orgs", data={"name": "Sneaky"}).status_code == 403
    assert "Sneaky" not in client.get("/admin").text


def test_the_org_page_lists_staff_and_participants_and_signs_one_out(app, world):
    person = make_client(app)
    form_login(person, "participant1@example.org")
    assert person.get("/org").status_code == 200
    client = admin_client(app, world)
    org = world.orgs[0]
    page = client.get(f"/admin/orgs/{org}")
    for email in ("clinician1@example.org", "researcher1@example.org", "participant1@example.org"):
        assert email in page.text
    assert "clinician2@example.org" not in page.text  # another organisation's people are not listed here
    ended = client.post(
        "/admin/people/end-sessions",
        data={"csrf_token": token_of(page.text), "email": "participant1@example.org", "next": f"/admin/orgs/{org}"},
    )
    assert ended.status_code == 303 and ended.headers["location"].startswith(f"/admin/orgs/{org}?done=sessions")
    assert "participant1@example.org is signed out everywhere" in client.get(ended.headers["location"]).text
    assert person.get("/org").status_code == 303  # back to the sign-in page
    # `next` never leads off the admin's pages.
    away = client.post(
        "/admin/people/end-sessions",
        data={"csrf_token": token_of(page.text), "email": "participant1@example.org", "next": "https://evil.example"},
    )
    assert away.headers["location"].startswith("/admin?done=sessions")


def test_an_admin_resets_a_staff_members_second_factor_in_the_page(app, world, clock):
    doctor = make_client(app)
    form_login(doctor, "clinician1@example.org", world.otp("clinician1"))
    client = admin_client(app, world)
    page = client.get(f"/admin/orgs/{world.orgs[0]}")
    reset = client.post(
        "/admin/people/reset-otp", data={"csrf_token": token_of(page.text), "email": "clinician1@example.org"}
    )
    assert reset.status_code == 200 and "second factor is reset" in reset.text
    code = re.search(r'id="reset-code">([^<]+)<', reset.text).group(1)
    assert doctor.get("/org").status_code == 303  # signed out everywhere
    assert "(second factor reset)" in client.get(f"/admin/orgs/{world.orgs[0]}").text
    renewed = accounts.use_reset(world.store, world.settings, code=code, password=PASSWORD, now=clock.now)
    world.people["clinician1"]["otp_secret"] = renewed["otp_secret"]
    form_login(make_client(app), "clinician1@example.org", world.otp("clinician1"))


@pytest.mark.parametrize("who", ["participant1", "clinician1", "researcher1"])
def test_no_one_but_an_admin_sees_the_admin_pages(app, world, who):
    client = make_client(app)
    otp = world.otp(who)
    home = form_login(client, f"{who}@example.org", otp)
    assert 'href="/admin"' not in home.text
    for path in ("/admin", f"/admin/orgs/{world.orgs[0]}"):
        assert client.get(path).status_code == 403
    answer = client.post("/admin/orgs", data={"csrf_token": token_of(home.text), "name": "Mine now"})
    assert answer.status_code == 403
    assert all(o["name"] != "Mine now" for o in world.store.all_orgs())


def test_an_admin_makes_a_link_for_a_forgotten_password_in_the_page(app, world, clock):
    admin = make_client(app)
    page = form_login(admin, "admin@example.org", world.otp("admin"))
    made = admin.post(
        "/admin/people/reset-password",
        data={"csrf_token": token_of(page.text), "email": "participant1@example.org", "next": "/admin"},
    )
    assert made.status_code == 200 and "choose a new password" in made.text and "authenticator" not in made.text
    code = re.search(r'id="reset-code">([^<]+)<', made.text).group(1)
    accounts.use_reset(world.store, world.settings, code=code, password="a quiet new password", now=clock.now)
    accounts.login(world.store, world.settings, email="participant1@example.org", password="a quiet new password")
    with pytest.raises(accounts.LoginFailed):  # the old one no longer works
        accounts.login(world.store, world.settings, email="participant1@example.org", password=PASSWORD)
    admin.close()


def test_the_admin_finds_every_withdrawal_with_its_time_and_choice(app, world, client_for, clock):
    org = world.orgs[0]
    one, two = client_for("participant1"), client_for("participant2")
    one.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["checkins"]})
    clock.advance(minutes=5)
    assert one.delete(f"/api/v1/orgs/{org}/consent?shared=delete").status_code == 200
    deleted_at = clock.now
    clock.advance(minutes=5)
    one.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["journal"]})  # consents again
    clock.advance(minutes=5)
    one.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["checkins"]})  # a change, not a withdrawal
    clock.advance(minutes=5)
    assert one.delete(f"/api/v1/orgs/{org}/consent?shared=keep").status_code == 200
    kept_at = clock.now
    clock.advance(minutes=5)
    assert one.delete(f"/api/v1/orgs/{org}/consent?shared=keep").status_code == 200  # nothing changes: not listed
    assert one.delete(f"/api/v1/orgs/{org}/consent?shared=delete").status_code == 200  # what was kept leaves view
    removed_at = clock.now
    clock.advance(minutes=5)
    assert one.delete(f"/api/v1/orgs/{org}/consent?shared=delete").status_code == 200  # nothing left: not listed
    two_org = world.orgs[1]
    two.put(f"/api/v1/orgs/{two_org}/consent", json={"version": 1, "scopes": ["checkins"]})
    two.delete(f"/api/v1/orgs/{two_org}/consent?shared=delete")  # another organisation's, not listed here

    pid = world.people["participant1"]["id"]
    listed = world.store.withdrawals(org_id=org)
    assert [(w["at"], w["account_id"], w["email"], w["shared"]) for w in listed] == [
        (removed_at, pid, "participant1@example.org", "delete"),
        (kept_at, pid, "participant1@example.org", "keep"),
        (deleted_at, pid, "participant1@example.org", "delete"),
    ]
    page = admin_client(app, world).get(f"/admin/orgs/{org}").text
    rows = page.split('id="withdrawals"')[1]
    assert rows.count(f'data-account="{pid}"') == 3 and "participant2@example.org" not in rows
    assert "removed from view" in rows and "kept in view, up to then" in rows
    assert deleted_at.strftime("%Y-%m-%d %H:%M UTC") in rows and kept_at.strftime("%Y-%m-%d %H:%M UTC") in rows
    # The participant's "who looked at your data" stays that: their withdrawals are in their consent history.
    assert one.get("/api/v1/me/audit").json() == []
    history = one.get(f"/api/v1/orgs/{org}/consent").json()["history"]
    assert [h["kept_shared"] for h in history if h["withdrawn_at"]] == [False, False, False]
