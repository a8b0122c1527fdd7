"""Who may use which route: one table, one function.

Every route of the server app has exactly one rule here, keyed by its method and path
template. `decide()` is the only place a rule is read; the app asks it before every
handler, and a route missing from the table is refused (and fails the authorisation
test), so adding a route means deciding who may use it.
"""

from __future__ import annotations

from typing import NamedTuple

from hearten.server.store import ServerStore


class Rule(NamedTuple):
    name: str
    signed_in: bool = True
    roles: frozenset = frozenset()  # empty: any role
    member_of_org: bool = False  # the {org} in the path must be one of the actor's, in one of `roles`
    admin_any_org: bool = False  # an admin passes the org check without being a member


PUBLIC = Rule("public", signed_in=False)
SIGNED_IN = Rule("signed in")
ADMIN = Rule("admin", roles=frozenset({"admin"}))
PARTICIPANT = Rule("participant", roles=frozenset({"participant"}))
MEMBER = Rule("a member of organisations", roles=frozenset({"participant", "clinician", "researcher"}))
PARTICIPANT_IN_ORG = Rule("participant of the organisation", roles=frozenset({"participant"}), member_of_org=True)
CLINICIAN_IN_ORG = Rule("clinician of the organisation", roles=frozenset({"clinician"}), member_of_org=True)
RESEARCHER_IN_ORG = Rule("researcher of the organisation", roles=frozenset({"researcher"}), member_of_org=True)
STAFF_IN_ORG = Rule(
    "staff of the organisation",
    roles=frozenset({"clinician", "researcher", "admin"}),
    member_of_org=True,
    admin_any_org=True,
)

API = "/api/v1"
RULES: dict[tuple[str, str], Rule] = {
    ("GET", "/openapi.json"): PUBLIC,
    ("GET", f"{API}/csrf"): PUBLIC,
    ("POST", f"{API}/invites/accept"): PUBLIC,
    ("POST", f"{API}/login"): PUBLIC,
    ("POST", f"{API}/password-resets/accept"): PUBLIC,
    ("POST", f"{API}/logout"): SIGNED_IN,
    ("GET", f"{API}/me"): SIGNED_IN,
    ("GET", f"{API}/me/sessions"): SIGNED_IN,
    ("DELETE", f"{API}/me/sessions/{{session_id}}"): SIGNED_IN,
    ("GET", f"{API}/me/audit"): SIGNED_IN,
    ("POST", f"{API}/me/password"): SIGNED_IN,
    ("GET", f"{API}/orgs/{{org}}/consent"): PARTICIPANT_IN_ORG,
    ("PUT", f"{API}/orgs/{{org}}/consent"): PARTICIPANT_IN_ORG,
    ("DELETE", f"{API}/orgs/{{org}}/consent"): PARTICIPANT_IN_ORG,
    ("POST", f"{API}/checkins"): PARTICIPANT,
    ("POST", f"{API}/entries"): PARTICIPANT,
    ("PUT", f"{API}/entries/{{entry_id}}/shared"): PARTICIPANT,
    ("POST", f"{API}/sessions"): PARTICIPANT,
    ("POST", f"{API}/assessments"): PARTICIPANT,
    ("GET", f"{API}/orgs/{{org}}/participants"): CLINICIAN_IN_ORG,
    ("GET", f"{API}/orgs/{{org}}/participants/{{pid}}/{{scope}}"): CLINICIAN_IN_ORG,
    ("GET", f"{API}/orgs/{{org}}/export"): RESEARCHER_IN_ORG,
    ("POST", f"{API}/orgs/{{org}}/invites"): STAFF_IN_ORG,
    ("POST", f"{API}/orgs"): ADMIN,
    ("PUT", f"{API}/orgs/{{org}}/consent-text"): ADMIN,
    ("DELETE", f"{API}/accounts/{{account_id}}/sessions"): ADMIN,
    # pages for people
    ("GET", "/"): PUBLIC,
    ("GET", "/static/server.css"): PUBLIC,
    ("GET", "/help"): PUBLIC,
    ("GET", "/login"): PUBLIC,
    ("POST", "/login"): PUBLIC,
    ("GET", "/join"): PUBLIC,
    ("POST", "/join"): PUBLIC,
    ("POST", "/join/signed-in"): MEMBER,
    ("GET", "/reset"): PUBLIC,
    ("POST", "/reset"): PUBLIC,
    ("POST", "/logout"): SIGNED_IN,
    ("GET", "/org"): SIGNED_IN,
    ("POST", "/org/sessions/{session_id}/end"): SIGNED_IN,
    ("POST", "/org/password"): SIGNED_IN,
    ("GET", "/org/{org}/consent"): PARTICIPANT_IN_ORG,
    ("POST", "/org/{org}/consent"): PARTICIPANT_IN_ORG,
    ("POST", "/org/{org}/withdraw"): PARTICIPANT_IN_ORG,
    ("POST", "/org/{org}/checkin"): PARTICIPANT_IN_ORG,
    ("POST", "/org/{org}/entry"): PARTICIPANT_IN_ORG,
    ("GET", "/org/{org}/assessments/{instrument_id}"): PARTICIPANT_IN_ORG,
    ("POST", "/org/{org}/assessments/{instrument_id}"): PARTICIPANT_IN_ORG,
    ("POST", "/org/{org}/entries/{entry_id}/share"): PARTICIPANT_IN_ORG,
    ("GET", "/org/{org}/participants"): CLINICIAN_IN_ORG,
    ("GET", "/org/{org}/participants/{pid}/{scope}"): CLINICIAN_IN_ORG,
    ("GET", "/org/{org}/export"): RESEARCHER_IN_ORG,
    ("GET", "/org/{org}/export/{fmt}"): RESEARCHER_IN_ORG,
    ("POST", "/org/{org}/invite"): STAFF_IN_ORG,
    # the admin's pages
    ("GET", "/admin"): ADMIN,
    ("POST", "/admin/orgs"): ADMIN,
    ("GET", "/admin/orgs/{org}"): ADMIN,
    ("POST", "/admin/orgs/{org}/invite"): ADMIN,
    ("POST", "/admin/people/end-sessions"): ADMIN,
    ("POST", "/admin/people/reset-otp"): ADMIN,
    ("POST", "/admin/people/reset-password"): ADMIN,
}


def rule_for(method: str, path: str) -> Rule | None:
    return RULES.get(("GET" if method == "HEAD" else method, path))


def decide(store: ServerStore, actor, rule: Rule | None, params: dict) -> int | None:
    """None when the actor may go on; otherwise the status to answer: 401 (sign in), 403 (not yours), 404 (no such one).

    A route without a rule is refused: a forgotten rule must never mean "open".
    """
    if rule is None:
        return 403
    if not rule.signed_in:
        return None
    if actor is None:
        return 401
    if rule.roles and actor.role not in rule.roles:
        return 403
    if rule.member_of_org:
        org = params.get("org")
        if not isinstance(org, str):
            return 403
        if not (rule.admin_any_org and actor.role == "admin"):
            if store.member_role(org_id=org, account_id=actor.account_id) not in rule.roles:
                return 403
        elif store.get_org(org_id=org) is None:
            return 404
    pid = params.get("pid")
    if pid is not None and store.member_role(org_id=params["org"], account_id=pid) != "participant":
        return 404  # not one of this organisation's participants
    return None
