"""Every table that holds a person's rows has a primary key that begins with the organisation and
the owner, read from PostgreSQL's own catalogue, and an older database keeps its rows on the way."""

from __future__ import annotations

import ast
import inspect
from datetime import UTC, datetime

import pytest

from hearten.server import store as store_module

pytestmark = pytest.mark.postgres

# The tables that hold no one person's rows in one organisation, and why. Any other table is
# personal: a new one must begin its key with the organisation and the owner, or be added here
# with its reason.
NOT_PERSONAL = {
    "server_meta": "the server's own settings",
    "server_migrations": "which migrations have run",
    "orgs": "the organisations themselves",
    "accounts": "a sign-in, shared by all the organisations a person belongs to",
    "login_sessions": "a sign-in session, before any organisation is chosen",
    "login_throttle": "failure counters per email or address",
    "invites": "a one-time code, before its person exists",
    "password_resets": "a one-time code for one sign-in",
    "consent_texts": "an organisation's text, keyed by organisation and version",
}
# What each table calls its owner: the person whose row it is.
OWNER_COLUMNS = ("owner_id", "account_id", "subject_id")

PRIMARY_KEYS = """
SELECT t.table_name AS name,
       (SELECT array_agg(a.attname::text ORDER BY k.n)
          FROM pg_index i
          CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
          JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
         WHERE i.indrelid = format('%I.%I', t.table_schema, t.table_name)::regclass AND i.indisprimary) AS key
  FROM information_schema.tables t
 WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
 ORDER BY t.table_name
"""


def _keys(store) -> dict[str, list[str] | None]:
    return {row["name"]: row["key"] for row in store._all(PRIMARY_KEYS)}


def test_every_personal_table_is_keyed_by_organisation_then_owner(server_store):
    server_store.migrate()
    keys = _keys(server_store)
    assert set(NOT_PERSONAL) <= set(keys), "a table named as not personal is gone: take it off the list"
    personal = {name: key for name, key in keys.items() if name not in NOT_PERSONAL}
    assert {"memberships", "consents", "audit_log", "participant_checkins", "participant_entries"} <= set(personal)
    for name, key in personal.items():
        assert key is not None, f"{name} has no primary key"
        assert key[0] == "org_id" and key[1] in OWNER_COLUMNS, (
            f"{name}'s key is {key}: a table of personal rows must begin its key with org_id and its owner"
        )


def test_consents_and_the_audit_end_their_keys_with_their_id(server_store):
    server_store.migrate()
    keys = _keys(server_store)
    assert keys["consents"] == ["org_id", "account_id", "id"]
    assert keys["audit_log"] == ["org_id", "subject_id", "id"]
    for table in ("participant_checkins", "participant_entries", "participant_practice_sessions"):
        assert keys[table] == ["org_id", "owner_id", "id"]


def _statements():
    """Every SQL statement of the server store (adjacent literals are one constant to the parser)."""
    tree = ast.parse(inspect.getsource(store_module))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value.lstrip()
            if text.startswith(("SELECT", "UPDATE", "INSERT", "DELETE")):
                yield text


def test_every_statement_on_consents_and_the_audit_names_organisation_and_owner():
    seen = {"consents": 0, "audit_log": 0}
    for statement in _statements():
        for table, owner in (("consents", "account_id"), ("audit_log", "subject_id")):
            if f" {table} " not in f"{statement} ":
                continue
            seen[table] += 1
            if statement.startswith("INSERT"):
                columns = statement.split("(", 1)[1].split(")", 1)[0]
                assert "org_id" in columns and owner in columns, statement[:90]
            else:
                assert "org_id = " in statement and f"{owner} = " in statement, (
                    f"a statement on {table} must name the organisation and the person: {statement[:90]}"
                )
    assert seen["consents"] >= 6 and seen["audit_log"] >= 2, seen


def test_an_older_database_keeps_its_consents_and_audit_on_the_way_to_5(server_store, monkeypatch):
    from hearten.store import migrate

    real = migrate.migration_files
    monkeypatch.setattr(migrate, "migration_files", lambda dialect: real(dialect)[:4])
    assert server_store.migrate() == [1, 2, 3, 4]
    then = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)
    with server_store.transaction() as cur:
        cur.execute(
            "INSERT INTO orgs (id, name, pseudonym_key, created_at) VALUES ('clinic', 'Clinic', 'k', %s),"
            " ('study', 'Study', 'k', %s)",
            (then, then),
        )
        cur.execute(
            "INSERT INTO consent_texts (org_id, version, text, created_at) VALUES ('clinic', 1, 'Clinic text', %s),"
            " ('study', 1, 'Study text', %s)",
            (then, then),
        )
        for person in ("ann", "ben", "staff"):
            cur.execute(
                "INSERT INTO accounts (id, email, password_hash, role, created_at) VALUES (%s, %s, 'x', %s, %s)",
                (person, f"{person}@example.org", "clinician" if person == "staff" else "participant", then),
            )
        cur.execute(
            "INSERT INTO memberships (org_id, account_id, role, joined_at) VALUES"
            " ('clinic', 'ann', 'participant', %s), ('study', 'ann', 'participant', %s),"
            " ('clinic', 'ben', 'participant', %s), ('clinic', 'staff', 'clinician', %s)",
            (then, then, then, then),
        )
        cur.execute(
            "INSERT INTO consents (org_id, account_id, version, scopes, agreed_at, withdrawn_at, kept_shared)"
            " VALUES ('clinic', 'ann', 1, '{checkins}', %s, %s, true), ('clinic', 'ann', 1, '{checkins,journal}', %s,"
            " NULL, NULL), ('study', 'ann', 1, '{assessments}', %s, NULL, NULL), ('clinic', 'ben', 1, '{}', %s,"
            " NULL, NULL)",
            (then, then, then, then, then),
        )
        cur.execute(
            "INSERT INTO audit_log (at, org_id, actor_id, actor_email, actor_role, subject_id, action, what) VALUES"
            " (%s, 'clinic', 'staff', 'staff@example.org', 'clinician', 'ann', 'view', 'checkins'),"
            " (%s, 'study', NULL, 'gone@example.org', 'researcher', 'ann', 'export', 'csv'),"
            " (%s, 'clinic', 'staff', 'staff@example.org', 'clinician', 'ben', 'view', 'checkins'),"
            " (%s, 'clinic', 'staff', 'staff@example.org', 'researcher', NULL, 'export', 'codebook')",
            (then, then, then, then),
        )
        cur.execute("SELECT * FROM consents ORDER BY id")
        consents_before = cur.fetchall()
        cur.execute("SELECT * FROM audit_log ORDER BY id")
        audit_before = cur.fetchall()
    monkeypatch.setattr(migrate, "migration_files", real)

    assert server_store.migrate() == [5]

    assert server_store._all("SELECT * FROM consents ORDER BY id") == consents_before
    after = server_store._all("SELECT * FROM audit_log ORDER BY id")
    assert [{**row, "subject_id": row["subject_id"] or None} for row in after] == audit_before
    assert after[-1]["subject_id"] == ""  # the export that held nobody, kept under the empty id
    assert [c["scopes"] for c in server_store.consent_history(org_id="clinic", owner_id="ann")] == [
        ["checkins"],
        ["checkins", "journal"],
    ]
    assert server_store.latest_consent(org_id="study", owner_id="ann")["scopes"] == ["assessments"]
    assert sorted((r["org_id"], r["what"]) for r in server_store.audit_of(owner_id="ann")) == [
        ("clinic", "checkins"),
        ("study", "csv"),
    ]
    assert [r["actor_email"] for r in server_store.audit_of(owner_id="ben")] == ["staff@example.org"]

    # New rows go on numbering after the old ones, under the new keys.
    server_store.give_consent(
        org_id="clinic", owner_id="ben", version=1, scopes=["checkins"], now=then, hidden_before=None
    )
    assert server_store.latest_consent(org_id="clinic", owner_id="ben")["id"] > consents_before[-1]["id"]
    actor = {"account_id": "staff", "email": "staff@example.org", "role": "researcher"}
    server_store.add_audit(org_id="clinic", actor=actor, subject_ids=[None], action="export", what="csv", now=then)
    assert server_store._one("SELECT count(*) AS n FROM audit_log WHERE subject_id = ''")["n"] == 2
    assert _keys(server_store)["consents"] == ["org_id", "account_id", "id"]
