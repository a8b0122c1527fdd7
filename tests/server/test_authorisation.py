"""Every route of the server, tried as every role, own organisation and another, own participant
and another's, a consented scope and not: each denial is asserted, each permitted use too.

The expectations below are written out here, apart from server/policy.py, so a rule that is
loosened (or a new route that nobody thought about) shows up as a failure: a route of the app
that has no row in EXPECTED fails `test_every_route_has_a_rule_and_an_expectation`.
"""

from __future__ import annotations

import itertools
import re
import uuid

import pytest
from tests.server.conftest import PASSWORD, make_client, sign_in

from hearten.server import accounts, policy

pytestmark = pytest.mark.postgres

ACTORS = ("anon", "participant1", "participant2", "clinician1", "clinician2", "researcher1", "researcher2", "admin")


def role(actor):
    return None if actor == "anon" else re.sub(r"\d$", "", actor)


def org_of(actor):
    return {"1": "org1", "2": "org2"}.get(actor[-1]) if actor not in ("anon", "admin") else None


# -- what each route should allow: (actor, params) -> True when allowed ------------------------------------
def public(a, p):
    return True


def signed_in(a, p):
    return a != "anon"


def participant(a, p):
    return role(a) == "participant"


def participant_here(a, p):
    return role(a) == "participant" and org_of(a) == p["org"]


def clinician_here(a, p):
    return role(a) == "clinician" and org_of(a) == p["org"]


def researcher_here(a, p):
    return role(a) == "researcher" and org_of(a) == p["org"]


def staff_here(a, p):
    return a == "admin" or (role(a) in ("clinician", "researcher") and org_of(a) == p["org"])


def member(a, p):
    return role(a) in ("participant", "clinician", "researcher")


def admin(a, p):
    return a == "admin"


def own_session(a, p):
    return a != "anon" and p["session_id"] == "own"


def own_entry(a, p):
    return role(a) == "participant" and p["entry_id"] == "own"


def own_entry_here(a, p):
    return participant_here(a, p) and p["entry_id"] == "own"


def shared_with_clinician(a, p):
    # p1 shares check-ins with org1; p1b joined org1 and shares nothing; p2 shares check-ins with org2.
    pid_org = {"p1": "org1", "p1b": "org1", "p2": "org2"}[p["pid"]]
    consented = p["pid"] in ("p1", "p2") and p["scope"] == "checkins"
    return clinician_here(a, p) and pid_org == p["org"] and consented


API = "/api/v1"
EXPECTED = {
    ("GET", "/openapi.json"): public,
    ("GET", f"{API}/csrf"): public,
    ("POST", f"{API}/invites/accept"): public,
    ("POST", f"{API}/login"): public,
    ("POST", f"{API}/password-resets/accept"): public,
    ("POST", f"{API}/logout"): signed_in,
    ("GET", f"{API}/me"): signed_in,
    ("GET", f"{API}/me/sessions"): signed_in,
    ("DELETE", f"{API}/me/sessions/{{session_id}}"): own_session,
    ("GET", f"{API}/me/audit"): signed_in,
    ("POST", f"{API}/me/password"): signed_in,
    ("GET", f"{API}/orgs/{{org}}/consent"): participant_here,
    ("PUT", f"{API}/orgs/{{org}}/consent"): participant_here,
    ("DELETE", f"{API}/orgs/{{org}}/consent"): participant_here,
    ("POST", f"{API}/checkins"): participant,
    ("POST", f"{API}/entries"): participant,
    ("PUT", f"{API}/entries/{{entry_id}}/shared"): own_entry,
    ("POST", f"{API}/sessions"): participant,
    ("POST", f"{API}/assessments"): participant,
    ("GET", f"{API}/orgs/{{org}}/participants"): clinician_here,
    ("GET", f"{API}/orgs/{{org}}/participants/{{pid}}/{{scope}}"): shared_with_clinician,
    ("GET", f"{API}/orgs/{{org}}/export"): researcher_here,
    ("POST", f"{API}/orgs/{{org}}/invites"): staff_here,
    ("POST", f"{API}/orgs"): admin,
    ("PUT", f"{API}/orgs/{{org}}/consent-text"): admin,
    ("DELETE", f"{API}/accounts/{{account_id}}/sessions"): admin,
    ("GET", "/"): public,
    ("GET", "/static/server.css"): public,
    ("GET", "/help"): public,
    ("GET", "/login"): public,
    ("POST", "/login"): public,
    ("GET", "/join"): public,
    ("POST", "/join"): public,
    ("POST", "/join/signed-in"): member,
    ("GET", "/reset"): public,
    ("POST", "/reset"): public,
    ("POST", "/logout"): signed_in,
    ("GET", "/org"): signed_in,
    ("POST", "/org/sessions/{session_id}/end"): own_session,
    ("POST", "/org/password"): signed_in,
    ("GET", "/org/{org}/consent"): participant_here,
    ("POST", "/org/{org}/consent"): participant_here,
    ("POST", "/org/{org}/withdraw"): participant_here,
    ("POST", "/org/{org}/checkin"): participant_here,
    ("POST", "/org/{org}/entry"): participant_here,
    ("GET", "/org/{org}/assessments/{instrument_id}"): participant_here,
    ("POST", "/org/{org}/assessments/{instrument_id}"): participant_here,
    ("POST", "/org/{org}/entries/{entry_id}/share"): own_entry_here,
    ("GET", "/org/{org}/participants"): clinician_here,
    ("GET", "/org/{org}/participants/{pid}/{scope}"): shared_with_clinician,
    ("GET", "/org/{org}/export"): researcher_here,
    ("GET", "/org/{org}/export/{fmt}"): researcher_here,
    ("POST", "/org/{org}/invite"): staff_here,
    ("GET", "/admin"): admin,
    ("POST", "/admin/orgs"): admin,
    ("GET", "/admin/orgs/{org}"): admin,
    ("POST", "/admin/orgs/{org}/invite"): admin,
    ("POST", "/admin/people/end-sessions"): admin,
    ("POST", "/admin/people/reset-otp"): admin,
    ("POST", "/admin/people/reset-password"): admin,
}

CHOICES = {
    "org": ("org1", "org2"),
    "pid": ("p1", "p1b", "p2"),
    "scope": ("checkins", "journal"),
    "session_id": ("own", "other"),
    "entry_id": ("own", "other"),
    "account_id": ("p1b",),
    "fmt": ("csv",),
    "instrument_id": ("wellbeing-weekly",),
}


def route_table(app):
    """(method, path) for every route the app answers, from its own route table."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # older FastAPI lists every route in app.routes itself
        contexts = app.routes
    else:
        contexts = list(iter_route_contexts(app.routes))
    found = set()
    for route in contexts:
        for method in getattr(route, "methods", None) or ():
            if method != "HEAD":
                found.add((method, route.path))
    return found


def test_every_route_has_a_rule_and_an_expectation(app):
    routes = route_table(app)
    assert routes, "the route table is empty"
    no_rule = sorted(r for r in routes if policy.rule_for(*r) is None)
    assert not no_rule, f"routes without a rule in server/policy.py: {no_rule}"
    untested = sorted(routes - set(EXPECTED))
    assert not untested, f"routes without an expectation in this test: {untested}"
    assert not set(policy.RULES) - routes, "policy has rules for routes that do not exist"


def test_a_route_without_a_rule_is_refused_even_to_the_admin(app, world):
    @app.get("/api/v1/forgotten")
    def forgotten():
        return {"secret": "should never answer"}

    client = sign_in(make_client(app), world, "admin")
    answer = client.get("/api/v1/forgotten")
    assert answer.status_code == 403 and "secret" not in answer.text
    client.close()


class Matrix:
    """The world of the test: signed-in clients, a spare session and an entry for each, and consents."""

    def __init__(self, app, world):
        from hearten.server import accounts, sharing

        self.app, self.world, self.store = app, world, world.store
        self.accounts, self.sharing = accounts, sharing
        world.people["participant1b"] = world.join(world.orgs[0], "participant", "participant1b@example.org")
        world.people["clinician1b"] = world.join(world.orgs[0], "clinician", "clinician1b@example.org")
        self.ids = {
            "org1": world.orgs[0],
            "org2": world.orgs[1],
            "p1": world.people["participant1"]["id"],
            "p1b": world.people["participant1b"]["id"],
            "p2": world.people["participant2"]["id"],
        }
        self.clients = {}
        for actor in ACTORS:
            self.login(actor)
        for n in (1, 2):
            self.consent(f"participant{n}")
        self.entries = {}
        for n in (1, 2):
            answer = self.clients[f"participant{n}"].post(f"{API}/entries", json={"text": f"Entry of participant {n}."})
            self.entries[f"participant{n}"] = answer.json()["id"]

    def login(self, actor):
        client = make_client(self.app)
        if actor == "anon":
            client.headers["X-CSRF-Token"] = client.get(f"{API}/csrf").json()["csrf_token"]
        else:
            sign_in(client, self.world, actor)
        old = self.clients.get(actor)
        if old is not None:
            old.close()
        self.clients[actor] = client

    def consent(self, participant):
        org = self.world.orgs[int(participant[-1]) - 1]
        version = self.store.consent_text(org_id=org)["version"]
        answer = self.clients[participant].put(
            f"{API}/orgs/{org}/consent", json={"version": version, "scopes": ["checkins"]}
        )
        assert answer.status_code == 200

    def spare_session(self, account_id):
        from hearten.server import credentials

        now = self.world.clock.now
        return self.store.create_session(
            account_id=account_id,
            token_hash=credentials.token_hash(credentials.new_token()),
            now=now,
            expires_at=now + self.world.settings.absolute,
            address="",
            user_agent="",
        )

    def resolve(self, actor, labels):
        """Concrete path values for a case's labels."""
        values = {}
        for name, label in labels.items():
            if name in ("org", "pid", "account_id"):
                values[name] = self.ids[label]
            elif name == "session_id":
                me = self.world.people["participant2" if actor == "anon" else actor]["id"]
                other = self.world.people["participant2" if actor != "participant2" else "participant1"]["id"]
                values[name] = self.spare_session(me if label == "own" else other)
            elif name == "entry_id":
                me = actor if role(actor) == "participant" else "participant1"
                other = "participant2" if me != "participant2" else "participant1"
                values[name] = self.entries[me if label == "own" else other]
            else:
                values[name] = label
        return values

    def body(self, method, path, values, actor=None):
        version = self.store.consent_text(org_id=values["org"])["version"] if "org" in values else 1
        if path == "/join/signed-in" and role(actor) in ("participant", "clinician", "researcher"):
            # An invite for the actor's role to an organisation of its own, which no other case looks at.
            made = accounts.create_org(
                self.store, name=f"Joined in the matrix {uuid.uuid4()}", now=self.world.clock.now
            )
            invite = accounts.create_invite(
                self.store, self.world.settings, org_id=made, role=role(actor), now=self.world.clock.now
            )
            return {"data": {"code": invite["code"]}}
        from hearten.server.sharing import _practices, instruments

        bodies = {
            f"{API}/orgs/{{org}}/consent": {"json": {"version": version, "scopes": ["checkins"]}},
            f"{API}/checkins": {"json": {"mood": 5}},
            f"{API}/me/password": {"json": {"current": PASSWORD, "new": PASSWORD}},
            "/org/password": {"data": {"current": PASSWORD, "new": PASSWORD}},
            f"{API}/entries": {"json": {"text": "A note."}},
            f"{API}/entries/{{entry_id}}/shared": {"json": {"shared": False}},
            f"{API}/sessions": {"json": {"practice_id": next(iter(_practices())), "reached": 0, "outcome": "stopped"}},
            f"{API}/orgs/{{org}}/invites": {"json": {"role": "participant"}},
            f"{API}/orgs": {"json": {"name": "Another clinic"}},
            f"{API}/orgs/{{org}}/consent-text": {"json": {"text": "A clearer consent text."}},
            "/org/{org}/consent": {"data": {"version": str(version), "scopes": "checkins"}},
            "/org/{org}/withdraw": {"data": {"shared": "keep"}},
            "/org/{org}/checkin": {"data": {"mood": "5"}},
            "/org/{org}/entry": {"data": {"text": "A note."}},
            "/org/{org}/assessments/{instrument_id}": {"data": {"item-anxiety": "3"}},
            "/org/{org}/entries/{entry_id}/share": {"data": {"shared": "no"}},
            "/admin/orgs": {"data": {"name": "A clinic made in the page"}},
            "/admin/orgs/{org}/invite": {"data": {"role": "clinician"}},
            # Spare people, so an allowed case does not sign out or reset an actor of the matrix.
            "/admin/people/end-sessions": {"data": {"email": "participant1b@example.org"}},
            "/admin/people/reset-otp": {"data": {"email": "clinician1b@example.org"}},
            "/admin/people/reset-password": {"data": {"email": "participant1b@example.org"}},
        }
        if path == f"{API}/assessments":
            instrument = next(i for i in instruments().values() if not i.requires_item_text)
            return {
                "json": {
                    "instrument": instrument.id,
                    "answers": {item: instrument.scale.min for item in instrument.item_ids()},
                }
            }
        if method in ("PUT", "POST") and path in bodies:
            return bodies[path]
        return {}

    def query(self, method, path):
        if path == f"{API}/orgs/{{org}}/consent" and method == "DELETE":
            return "?shared=keep"
        if path == f"{API}/orgs/{{org}}/export":
            return "?format=csv"
        return ""

    def restore(self, actor, method, path):
        """Undo what an allowed change did to the world, so the next case starts from the same place."""
        if path in (f"{API}/logout", "/logout"):
            self.login(actor)
        if role(actor) == "participant" and (
            method == "DELETE" and path.endswith("/consent") or path.endswith("/withdraw")
        ):
            self.consent(actor)


def cases():
    for (method, path), allowed in EXPECTED.items():
        if allowed is public:
            continue  # open to all: nothing to deny
        names = re.findall(r"{(\w+)}", path)
        for actor in ACTORS:
            for combo in itertools.product(*(CHOICES[n] for n in names)):
                yield method, path, actor, dict(zip(names, combo)), allowed(actor, dict(zip(names, combo)))


def test_every_route_as_every_role(app, world):
    matrix = Matrix(app, world)
    denied = allowed_count = 0
    problems = []
    for method, path, actor, labels, allowed in cases():
        values = matrix.resolve(actor, labels)
        url = path.format(**values) + matrix.query(method, path)
        answer = matrix.clients[actor].request(method, url, **matrix.body(method, path, values, actor))
        case = f"{method} {path} as {actor} with {labels}: {answer.status_code} {answer.text[:120]}"
        if allowed:
            allowed_count += 1
            to_login = answer.status_code == 303 and answer.headers["location"].startswith("/login?next=")
            if answer.status_code >= 400 or to_login:
                problems.append("should be allowed: " + case)
            matrix.restore(actor, method, path)
        else:
            denied += 1
            if actor == "anon":
                ok = answer.status_code == 401 or (
                    answer.status_code == 303 and answer.headers["location"].startswith("/login?next=")
                )
            else:
                ok = answer.status_code in (403, 404)
            if not ok:
                problems.append("should be denied: " + case)
    assert not problems, "\n".join(problems[:40])
    assert denied > 500 and allowed_count > 40


def test_every_admin_page_is_for_admins_only(app):
    """The admin's pages stay admin-only: any route under /admin expected open to another role fails here,
    and the role matrix above tries each of them as every other role, in their own organisation and another."""
    admin_routes = {r for r in route_table(app) if r[1] == "/admin" or r[1].startswith("/admin/")}
    assert len(admin_routes) >= 6
    for route in admin_routes:
        assert EXPECTED[route] is admin, route
        assert policy.rule_for(*route) is policy.ADMIN, route
