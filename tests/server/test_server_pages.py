"""The pages for people, driven in-process with forms: join, sign in, consent, share, look, withdraw, export."""

from __future__ import annotations

import re

import pyotp
import pytest
from tests.server.conftest import PASSWORD, make_client

from hearten.server import accounts

pytestmark = pytest.mark.postgres
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def token_of(html: str) -> str:
    return TOKEN.search(html).group(1)


def form_login(client, email, otp=None):
    page = client.get("/login")
    assert page.status_code == 200
    data = {"csrf_token": token_of(page.text), "email": email, "password": PASSWORD, "next": "/org"}
    if otp:
        data["otp"] = otp
    answer = client.post("/login", data=data)
    assert answer.status_code == 303 and answer.headers["location"] == "/org", answer.text
    return client.get("/org")


def test_the_whole_journey_in_pages(app, world, clock):
    org = world.orgs[0]
    # A clinician makes an invite for a participant from their page.
    doctor = make_client(app)
    home = form_login(doctor, "clinician1@example.org", world.otp("clinician1"))
    made = doctor.post(f"/org/{org}/invite", data={"csrf_token": token_of(home.text)})
    assert made.status_code == 201
    link = re.search(r'id="invite-url" href="([^"]+)"', made.text).group(1)
    code = link.split("code=")[1]

    # The participant joins through the link and signs in.
    person = make_client(app)
    join = person.get(f"/join?code={code}")
    assert code in join.text
    joined = person.post(
        "/join",
        data={"csrf_token": token_of(join.text), "code": code, "email": "pat@example.org", "password": PASSWORD},
    )
    assert joined.status_code == 201 and "otp-secret" not in joined.text
    mine = form_login(person, "pat@example.org")
    assert f"/org/{org}/consent" in mine.text

    # They read the consent text, with the plain words about nobody watching and the help lines.
    page = person.get(f"/org/{org}/consent")
    assert "Nobody watches in real time" in page.text and "Find a helpline" in page.text and "version 1" in page.text
    assert (
        person.post(
            f"/org/{org}/consent", data={"csrf_token": token_of(page.text), "version": "1", "scopes": ["checkins"]}
        ).status_code
        == 303
    )
    page = person.get(f"/org/{org}/consent")
    assert "You share: check-ins" in page.text
    person.post(
        f"/org/{org}/checkin",
        data={"csrf_token": token_of(page.text), "mood": "3", "distress": "8", "note": "a heavy week"},
    )
    person.post(f"/org/{org}/entry", data={"csrf_token": token_of(page.text), "text": "Nobody else reads this."})

    # The clinician sees the check-in, and not the journal.
    listed = doctor.get(f"/org/{org}/participants")
    pid = re.search(r'data-participant="([0-9a-f]+)"', listed.text).group(1)
    shown = doctor.get(f"/org/{org}/participants/{pid}/checkins")
    assert shown.status_code == 200 and "a heavy week" in shown.text and "distress 8" in shown.text
    hidden = doctor.get(f"/org/{org}/participants/{pid}/journal")
    assert hidden.status_code == 403 and "Nobody else reads this." not in hidden.text

    # A researcher's export holds them; after withdrawing with delete it does not.
    scientist = make_client(app)
    form_login(scientist, "researcher1@example.org", world.otp("researcher1"))
    assert "Long-format data" in scientist.get(f"/org/{org}/export").text
    before = scientist.get(f"/org/{org}/export/csv")
    assert before.status_code == 200 and "attachment" in before.headers["content-disposition"]
    assert len(before.text.strip().splitlines()) > 1
    page = person.get(f"/org/{org}/consent")
    assert (
        person.post(f"/org/{org}/withdraw", data={"csrf_token": token_of(page.text), "shared": "delete"}).status_code
        == 303
    )
    assert "You have withdrawn" in person.get(f"/org/{org}/consent?saved=withdrawn").text
    after = scientist.get(f"/org/{org}/export/csv")
    assert len(after.text.strip().splitlines()) == 1
    assert "withdrew consent" in doctor.get(f"/org/{org}/participants").text

    # The participant sees who looked.
    audit = person.get("/org").text
    assert "clinician1@example.org" in audit and "looked at your check-ins" in audit
    assert "researcher1@example.org" in audit and "exported what you share, as a CSV table" in audit
    for client in (doctor, person, scientist):
        client.close()


def test_the_page_offers_to_share_an_entry_only_under_a_consent_and_refuses_a_stale_form(app, world):
    org = world.orgs[0]
    person = make_client(app)
    form_login(person, "participant1@example.org")
    page = person.get(f"/org/{org}/consent")
    person.post(f"/org/{org}/entry", data={"csrf_token": token_of(page.text), "text": "Mine for now."})
    page = person.get(f"/org/{org}/consent")
    assert "Mine for now." in page.text and "Share just this entry" not in page.text
    assert 'id="entries-private"' in page.text and "you share nothing with Clinic One" in page.text
    entry_id = re.search(rf'action="/org/{org}/entries/(\d+)/share"', page.text)
    assert entry_id is None  # no form to send; one sent anyway (an old page) is refused in words
    pid = world.people["participant1"]["id"]
    entry = world.store.rows(org_id=org, owner_id=pid, kind="journal")[-1]["id"]
    refused = person.post(
        f"/org/{org}/entries/{entry}/share", data={"csrf_token": token_of(page.text), "shared": "yes"}
    )
    assert refused.status_code == 409 and "You share nothing with Clinic One" in refused.text
    person.post(f"/org/{org}/consent", data={"csrf_token": token_of(page.text), "version": "1", "scopes": []})
    page = person.get(f"/org/{org}/consent")
    assert "Share just this entry" in page.text and 'id="entries-private"' not in page.text
    shared = person.post(f"/org/{org}/entries/{entry}/share", data={"csrf_token": token_of(page.text), "shared": "yes"})
    assert shared.status_code == 303
    person.close()


def test_staff_see_their_authenticator_key_once_when_joining(app, world):
    code = accounts.create_invite(world.store, world.settings, org_id=world.orgs[0], role="researcher")["code"]
    client = make_client(app)
    join = client.get(f"/join?code={code}")
    assert "You were invited to Clinic One as a researcher" in join.text and "authenticator app" in join.text
    joined = client.post(
        "/join", data={"csrf_token": token_of(join.text), "code": code, "email": "r@example.org", "password": PASSWORD}
    )
    secret = re.search(r'id="otp-secret">([A-Z2-7]+)<', joined.text).group(1)
    assert pyotp.TOTP(secret).now().isdigit()
    assert 'href="otpauth://totp/' in joined.text and f"secret={secret}" in joined.text  # one step on a phone
    assert "choose what to share" not in joined.text  # consent is a participant's, not staff's
    client.close()


def test_join_and_login_problems_are_shown_kindly(app, world):
    client = make_client(app)
    join = client.get("/join?code=not-a-code")
    bad = client.post(
        "/join",
        data={"csrf_token": token_of(join.text), "code": "not-a-code", "email": "x@example.org", "password": PASSWORD},
    )
    assert bad.status_code == 400 and "may have been used already or expired" in bad.text
    weak = client.post(
        "/join",
        data={
            "csrf_token": token_of(join.text),
            "code": "not-a-code",
            "email": "x@example.org",
            "password": "password",
        },
    )
    assert weak.status_code == 400 and "most common" in weak.text
    page = client.get("/login")
    wrong = client.post(
        "/login", data={"csrf_token": token_of(page.text), "email": "x@example.org", "password": "nope"}
    )
    assert wrong.status_code == 401 and "did not match" in wrong.text
    client.close()


def test_pages_send_strangers_to_sign_in_and_only_back_to_our_own_pages(app, world):
    client = make_client(app)
    answer = client.get(f"/org/{world.orgs[0]}/consent")
    assert answer.status_code == 303 and answer.headers["location"].startswith("/login?next=")
    page = client.get("/login?next=//evil.example/")
    assert 'value="/org"' in page.text and "evil.example" not in page.text
    client.close()


def test_sessions_are_listed_and_ended_from_the_page(app, world):
    first = make_client(app)
    form_login(first, "participant1@example.org")
    second = make_client(app)
    page = form_login(second, "participant1@example.org")
    other = re.search(r'action="/org/sessions/([0-9a-f]+)/end"', page.text).group(1)
    assert second.post(f"/org/sessions/{other}/end", data={"csrf_token": token_of(page.text)}).status_code == 303
    assert first.get("/org").status_code == 303
    first.close()
    second.close()


def test_a_reset_in_pages(app, world):
    made = accounts.create_reset(world.store, world.settings, email="participant1@example.org")
    client = make_client(app)
    page = client.get(f"/reset?code={made['code']}")
    assert made["code"] in page.text
    done = client.post(
        "/reset", data={"csrf_token": token_of(page.text), "code": made["code"], "password": "a new quiet morning"}
    )
    assert done.status_code == 200 and "Your new password is saved" in done.text
    again = client.post(
        "/reset", data={"csrf_token": token_of(page.text), "code": made["code"], "password": "a new quiet morning"}
    )
    assert again.status_code == 400 and "may have been used already" in again.text
    assert "reset link" in again.text and "invite" not in again.text.lower().split("<main", 1)[-1]
    client.close()


STAMP = re.compile(r"\b\d{4}-\d\d-\d\d \d\d:\d\d\b(?! UTC)")


def test_pages_show_times_in_utc_and_say_so(world, server_settings, clock, postgres_schema_url):
    """Every time a page prints is in UTC and labelled so, even when PostgreSQL hands times back in another zone."""
    from hearten.server.app import create_server_app
    from hearten.server.store import ServerStore

    # A database session in India (UTC+05:30): cutting "14:30" out of the ISO text would have shown the wrong time.
    elsewhere = ServerStore(postgres_schema_url + "%20-cTimeZone%3DAsia%2FKolkata", pool_size=2)
    assert elsewhere._one("SHOW TimeZone")["TimeZone"] == "Asia/Kolkata"
    app = create_server_app(server_settings, store=elsewhere, clock=clock)
    org = world.orgs[0]
    person, doctor = make_client(app), make_client(app)
    form_login(person, "participant1@example.org")
    page = person.get(f"/org/{org}/consent")
    person.post(f"/org/{org}/consent", data={"csrf_token": token_of(page.text), "version": "1", "scopes": ["checkins"]})
    person.post(f"/org/{org}/checkin", data={"csrf_token": token_of(page.text), "mood": "3", "distress": "9"})
    form_login(doctor, "clinician1@example.org", world.otp("clinician1"))
    pid = re.search(r'data-participant="([0-9a-f]+)"', doctor.get(f"/org/{org}/participants").text).group(1)
    shown = doctor.get(f"/org/{org}/participants/{pid}/checkins")
    consent = person.get(f"/org/{org}/consent")
    mine = person.get("/org")

    today = clock.now.strftime("%Y-%m-%d")
    assert re.search(rf"Hard days</h2>\s*<ul><li>{today} 09:0\d UTC: distress 9", shown.text)
    assert re.search(rf"You agreed to version 1 on {today} 09:0\d UTC\.", consent.text)
    assert re.search(rf'id="my-checkins">\s*<li>{today} 09:0\d UTC: mood 3', consent.text)
    assert re.search(rf"<td>{today} 09:0\d UTC</td><td>clinician1@example.org", mine.text)
    assert re.search(rf"Since {today} 09:0\d UTC", mine.text)
    for html in (shown.text, consent.text, mine.text):
        assert not STAMP.search(html), STAMP.search(html)
        assert html.count('id="utc-note"') == 1  # one plain line for people who do not know "UTC"
    assert 'id="utc-note"' not in person.get("/login").text  # no times there, so nothing to explain
    for client in (person, doctor):
        client.close()
    elsewhere.close()


def test_every_shared_scope_opens_for_the_clinician(client_for, world):
    org = world.orgs[0]
    me = client_for("participant1")
    everything = ["checkins", "assessments", "practices", "insights", "journal"]
    assert me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": everything}).status_code == 200
    me.post("/api/v1/checkins", json={"mood": 4, "distress": 3})
    doctor = client_for("clinician1")
    pid = re.search(r'data-participant="([0-9a-f]+)"', doctor.get(f"/org/{org}/participants").text).group(1)
    for scope in everything:
        shown = doctor.get(f"/org/{org}/participants/{pid}/{scope}")
        assert shown.status_code == 200, (scope, shown.text[:300])


@pytest.mark.parametrize(
    "sent, help_heading",
    [
        ({"mood": "2", "distress": "9", "note": "the worst week"}, None),
        ({"mood": "5", "distress": "2", "note": "I want to end it all"}, "You don't have to carry this alone"),
        ({"text": "Everyone would be better off without me."}, "You don't have to carry this alone"),
        ({"text": "A quiet walk by the river."}, ""),
    ],
    ids=["distress 9", "crisis words in a note", "crisis words in an entry", "a plain entry"],
)
def test_signed_out_while_writing_keeps_the_words_and_the_help(app, world, clock, sent, help_heading):
    org = world.orgs[0]
    person = make_client(app)
    form_login(person, "participant1@example.org")
    page = person.get(f"/org/{org}/consent")
    clock.advance(hours=2)  # the session runs out while the page is open
    where = "entry" if "text" in sent else "checkin"
    answer = person.post(f"/org/{org}/{where}", data={"csrf_token": token_of(page.text), **sent})
    assert answer.status_code == 401
    assert "You were signed out" in answer.text and "not saved yet" in answer.text
    assert (sent.get("text") or sent["note"]) in answer.text  # what was written, to copy
    assert f'href="/login?next=/org/{org}/consent"' in answer.text  # back to a page, never to a form's POST address
    if help_heading == "":
        assert 'id="help-now"' not in answer.text
    else:
        box = answer.text.split('id="help-now"')[1].split("</section>")[0]
        assert 'href="tel:' in box and (help_heading is None or help_heading in box)
        if help_heading is None:  # high distress: grounding right there, as on the page the form was on
            assert 'id="grounding"' in box
        assert 'target="_blank"' in box  # choosing a country never leaves the page holding the words
    person.close()


def test_other_forms_sent_after_the_session_ran_out_lead_back_through_sign_in(app, world, clock):
    org = world.orgs[0]
    person = make_client(app)
    page = form_login(person, "participant1@example.org")
    clock.advance(hours=2)
    token = token_of(page.text)
    out = person.post("/logout", data={"csrf_token": token})
    assert out.status_code == 303 and out.headers["location"] == "/login?next=/"
    consent = person.post(f"/org/{org}/consent", data={"csrf_token": token, "version": "1"})
    assert consent.status_code == 303 and consent.headers["location"] == f"/login?next=/org/{org}/consent"
    join = person.post("/join/signed-in", data={"csrf_token": token, "code": "abc"})
    assert join.headers["location"] == "/login?next=/join%3Fcode%3Dabc"  # back to the invite after signing in
    person.close()


def test_an_unexpected_error_is_a_kind_page_with_help(app, world, monkeypatch):
    from fastapi.testclient import TestClient
    from tests.server.conftest import HOST

    from hearten.server import sharing

    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(sharing, "consent_state", broken)
    person = TestClient(app, base_url=f"http://{HOST}", follow_redirects=False, raise_server_exceptions=False)
    form_login(person, "participant1@example.org")
    shown = person.get(f"/org/{world.orgs[0]}/consent")
    assert shown.status_code == 500 and "Something went wrong inside hearten" in shown.text
    assert 'href="/help"' in shown.text and "went away" not in shown.text
    usual = person.get("/help").headers
    for name in ("content-security-policy", "x-frame-options", "x-content-type-options"):
        assert usual.get(name) and shown.headers.get(name) == usual.get(name), name
    person.close()


def test_error_pages_speak_plainly(app, world):
    person = make_client(app)
    home = form_login(person, "participant1@example.org")
    lost = person.get("/no/such/page")
    assert lost.status_code == 404 and "Not Found" not in lost.text and "no page at this address" in lost.text
    stale = person.post(f"/org/{world.orgs[0]}/entry", data={"csrf_token": "stale", "text": "Words typed before."})
    assert stale.status_code == 403 and "This page was out of date" in stale.text
    assert "Words typed before." in stale.text  # kept in sight, to copy
    assert "This is not open to you" not in stale.text and token_of(home.text)
    consent = person.post(f"/org/{world.orgs[0]}/consent", data={"csrf_token": "stale", "version": "1"})
    assert consent.status_code == 403 and "This page is out of date" in consent.text
    person.close()


def test_a_check_in_with_nothing_or_a_word_for_a_number_is_refused_with_the_reason(app, world):
    org = world.orgs[0]
    person = make_client(app)
    form_login(person, "participant1@example.org")
    page = person.get(f"/org/{org}/consent")
    for sent, why in (
        ({"mood": "", "distress": "", "note": " "}, "nothing in this check-in yet"),
        ({"mood": "abc", "distress": "3"}, "mood"),
    ):
        refused = person.post(f"/org/{org}/checkin", data={"csrf_token": token_of(page.text), **sent})
        assert refused.status_code == 400 and why in refused.text.lower(), refused.text[:500]
    assert "my-checkins" not in person.get(f"/org/{org}/consent").text  # nothing was saved
    person.close()


def test_someone_with_an_account_joins_a_second_organisation_with_its_invite(app, world):
    first, second = world.orgs
    code = accounts.create_invite(world.store, world.settings, org_id=second, role="participant", now=world.clock.now)[
        "code"
    ]
    person = make_client(app)
    join = person.get(f"/join?code={code}")
    taken = person.post(
        "/join",
        data={
            "csrf_token": token_of(join.text),
            "code": code,
            "email": "participant1@example.org",
            "password": PASSWORD,
        },
    )
    assert "Please sign in, then open this invite link again" in taken.text
    assert f'href="/login?next=/join%3Fcode%3D{code}"' in join.text  # the way back here after signing in
    form_login(person, "participant1@example.org")
    join = person.get(f"/join?code={code}")
    assert "Join Study Two" in join.text and "Make your account" not in join.text  # the organisation, by name
    joined = person.post("/join/signed-in", data={"csrf_token": token_of(join.text), "code": code})
    assert joined.status_code == 303 and joined.headers["location"] == f"/org/{second}/consent"
    mine = person.get("/org").text
    assert f"/org/{first}/consent" in mine and f"/org/{second}/consent" in mine
    again = person.post("/join/signed-in", data={"csrf_token": token_of(join.text), "code": code})
    assert again.status_code == 400 and "cannot be used with your account" in again.text  # used once
    spare = accounts.create_invite(world.store, world.settings, org_id=first, role="participant", now=world.clock.now)
    member = person.post("/join/signed-in", data={"csrf_token": token_of(join.text), "code": spare["code"]})
    assert member.status_code == 303 and member.headers["location"] == "/org"  # in it already
    someone_else = make_client(app)
    their_join = someone_else.get(f"/join?code={spare['code']}")
    made = someone_else.post(
        "/join",
        data={
            "csrf_token": token_of(their_join.text),
            "code": spare["code"],
            "email": "new@example.org",
            "password": PASSWORD,
        },
    )
    assert made.status_code == 201  # the invite was left for whoever it was meant for
    someone_else.close()
    staff = accounts.create_invite(world.store, world.settings, org_id=second, role="clinician", now=world.clock.now)
    told = person.get(f"/join?code={staff['code']}").text
    assert "This invite is for a clinician, and your account is a participant's" in told  # before trying it
    other_role = person.post("/join/signed-in", data={"csrf_token": token_of(join.text), "code": staff["code"]})
    assert other_role.status_code == 400 and "another role" in other_role.text
    person.close()


def test_a_password_is_changed_on_ones_own_page(app, world):
    person = make_client(app)
    page = form_login(person, "participant1@example.org")
    assert "Forgotten your password?" in person.get("/login").text
    wrong = person.post("/org/password", data={"csrf_token": token_of(page.text), "current": "nope", "new": "x" * 12})
    assert wrong.status_code == 400 and "not your password now" in wrong.text
    weak = person.post("/org/password", data={"csrf_token": token_of(page.text), "current": PASSWORD, "new": "short"})
    assert weak.status_code == 400 and 'id="password"' in weak.text
    new = "a new and quiet morning"
    done = person.post("/org/password", data={"csrf_token": token_of(page.text), "current": PASSWORD, "new": new})
    assert done.status_code == 303 and done.headers["location"] == "/org?password=saved#password"
    assert "Your new password is saved" in person.get("/org?password=saved").text
    again = make_client(app)
    login = again.get("/login")
    signed = again.post(
        "/login",
        data={"csrf_token": token_of(login.text), "email": "participant1@example.org", "password": new, "next": "/org"},
    )
    assert signed.status_code == 303
    for client in (person, again):
        client.close()


def test_a_participant_answers_a_questionnaire_in_the_page_and_gets_help_when_it_calls_for_it(app, world):
    org = world.orgs[0]
    person = make_client(app)
    form_login(person, "participant1@example.org")
    page = person.get(f"/org/{org}/consent")
    assert f'href="/org/{org}/assessments/wellbeing-weekly"' in page.text
    assert "scs-sf-12" not in page.text  # a scoring key without its questions cannot be answered here
    form = person.get(f"/org/{org}/assessments/wellbeing-weekly")
    assert form.status_code == 200 and form.text.count('type="radio" name="item-anxiety"') == 11
    calm = {"item-anxiety": "2", "item-low_mood": "1"}
    saved = person.post(f"/org/{org}/assessments/wellbeing-weekly", data={"csrf_token": token_of(form.text), **calm})
    assert saved.status_code == 303 and "#help-now" not in saved.headers["location"]
    assert 'id="help-now"' not in person.get(saved.headers["location"]).text
    hard = {"item-anxiety": "9", "item-low_mood": "10"}
    saved = person.post(f"/org/{org}/assessments/wellbeing-weekly", data={"csrf_token": token_of(form.text), **hard})
    assert saved.headers["location"].endswith("#help-now")
    after = person.get(saved.headers["location"]).text
    box = after.split('id="help-now"')[1].split("</section>")[0]
    assert 'href="tel:' in box and "grounding" in box
    mine = after.split('id="my-results"')[1].split("</ul>\n</li>")[0]
    assert "Weekly wellbeing ratings" in mine and "Anxiety: 9" in mine  # their own answers, newest first
    assert mine.index("Anxiety: 9") < mine.index("Anxiety: 2")
    person.close()


def test_a_clinician_sees_results_and_practices_in_words_with_the_hard_ones_marked(client_for, world):
    org = world.orgs[0]
    me = client_for("participant1")
    me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["assessments", "practices"]})
    others = ("life_satisfaction", "feeling_connected", "coping_with_failure", "motivation_to_grow")
    hard = {"anxiety": 10, "low_mood": 10, "rumination": 9, "perfectionism": 2, **dict.fromkeys(others)}
    assert me.post("/api/v1/assessments", json={"instrument": "wellbeing-weekly", "answers": hard}).status_code == 201
    me.post(
        "/api/v1/sessions",
        json={
            "practice_id": "self-talk-30-30",
            "reached": 1,
            "outcome": "too_much",
            "distress_before": 6,
            "distress_after": 9,
        },
    )
    doctor = client_for("clinician1")
    pid = world.people["participant1"]["id"]
    results = doctor.get(f"/org/{org}/participants/{pid}/assessments").text
    assert "A hard week" in results and "Weekly wellbeing ratings" in results and "Anxiety: 10" in results
    practices = doctor.get(f"/org/{org}/participants/{pid}/practices").text
    assert "Help was shown" in practices and "stopped: it was too much" in practices and "distress 6 → 9" in practices
    assert "self-talk-30-30" not in practices  # its name, not its id


def test_a_questionnaire_sent_after_the_session_ran_out_says_so_with_the_help_it_calls_for(app, world, clock):
    org = world.orgs[0]
    person = make_client(app)
    form_login(person, "participant1@example.org")
    form = person.get(f"/org/{org}/assessments/wellbeing-weekly")
    clock.advance(hours=2)
    hard = {"item-anxiety": "10", "item-low_mood": "10"}
    answer = person.post(f"/org/{org}/assessments/wellbeing-weekly", data={"csrf_token": token_of(form.text), **hard})
    assert answer.status_code == 401 and "You were signed out" in answer.text
    assert "Your answers to Weekly wellbeing ratings were not saved" in answer.text
    assert f'href="/login?next=/org/{org}/assessments/wellbeing-weekly"' in answer.text
    box = answer.text.split('id="help-now"')[1].split("</section>")[0]
    assert 'href="tel:' in box and 'id="grounding"' in box
    checkin = person.post(
        f"/org/{org}/checkin", data={"csrf_token": token_of(form.text), "mood": "1", "distress": "10"}
    )
    assert "You chose: Mood 1, Distress 10." in checkin.text
    person.close()


def test_help_lines_follow_the_browser_s_country_until_one_is_chosen(app, world):
    person = make_client(app)
    person.headers["Accept-Language"] = "en-GB,en;q=0.9"
    form_login(person, "participant1@example.org")
    page = person.get(f"/org/{world.orgs[0]}/consent").text
    aside = page.split('id="nobody-watches"')[1].split("</aside>")[0]
    assert "Samaritans" in aside.split("</details>")[0]  # the first lines opened are the United Kingdom's
    assert "Samaritans" in person.get("/help").text.split('id="lines-title"')[1].split("</section>")[0]
    person.close()


def test_an_entry_whose_saving_failed_unexpectedly_is_shown_to_copy(app, world, monkeypatch):
    from fastapi.testclient import TestClient
    from tests.server.conftest import HOST

    from hearten.server import sharing

    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    person = TestClient(app, base_url=f"http://{HOST}", follow_redirects=False, raise_server_exceptions=False)
    form_login(person, "participant1@example.org")
    page = person.get(f"/org/{world.orgs[0]}/consent")
    monkeypatch.setattr(sharing, "add_entry", broken)
    failed = person.post(
        f"/org/{world.orgs[0]}/entry", data={"csrf_token": token_of(page.text), "text": "Words I do not want to lose."}
    )
    assert failed.status_code == 500 and "Here is what you wrote" in failed.text
    assert "Words I do not want to lose.</textarea>" in failed.text
    person.close()
