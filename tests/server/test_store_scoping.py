"""Every statement of the server store that touches a personal row names its organisation and its owner."""

from __future__ import annotations

import ast
import inspect
import re

from hearten.server import store as store_module

# Many owners' rows in one statement: the owners are given, joined by id, and the organisation still named.
OWNERS_JOIN = "ON t.owner_id = w.owner_id"
PERSONAL = (
    "participant_checkins",
    "participant_entries",
    "participant_practice_sessions",
    "participant_assessments",
    "_TABLES",
)


def _methods():
    tree = ast.parse(inspect.getsource(store_module.ServerStore))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            yield node.name, ast.get_source_segment(inspect.getsource(store_module.ServerStore), node)


def test_every_personal_statement_is_scoped_by_org_and_owner():
    checked = []
    for name, source in _methods():
        if not any(table in source for table in PERSONAL) or name.startswith("_"):
            continue
        checked.append(name)
        signature = source.split(")", 1)[0]
        assert "org_id" in signature and "owner_id" in signature, f"{name} must take org_id and owner_id"
        for statement in re.findall(r'"((?:SELECT|UPDATE|DELETE|INSERT)[^"]*)"', source):
            if any(t in statement for t in PERSONAL[:-1]):
                if statement.startswith("INSERT"):
                    assert "(org_id, owner_id" in statement, f"{name}: {statement[:80]}"
                else:
                    assert "org_id = %s" in statement and ("owner_id = %s" in statement or OWNERS_JOIN in statement), (
                        f"{name}: {statement[:80]}"
                    )
        if "_TABLES" in source:
            assert '"org_id = %s", "owner_id = %s"' in source or ("owner_ids" in signature and OWNERS_JOIN in source), (
                f"{name} must always filter by org and owner"
            )
    assert {
        "add_checkin",
        "add_entry",
        "add_practice_session",
        "add_assessment",
        "rows",
        "rows_of_owners",
        "set_entry_shared",
        "withdraw_consent",
    } <= set(checked)
