"""docs/server.md's way to repeat, on a restored database, a withdrawal made after its backup: run as written."""

from __future__ import annotations

import re
from pathlib import Path

import psycopg
import pytest

pytestmark = pytest.mark.postgres
GUIDE = Path(__file__).resolve().parents[2] / "docs" / "server.md"


def repeat_sql() -> str:
    found = re.search(r"```\n(BEGIN;\n.*?COMMIT;)\n```", GUIDE.read_text(encoding="utf-8"), re.S)
    assert found, "docs/server.md no longer shows how to repeat a withdrawal"
    return found.group(1)


def test_the_guides_sql_repeats_a_withdrawal_with_delete_as_the_server_does(client_for, world, clock):
    org, pid = world.orgs[0], world.people["participant1"]["id"]
    me = client_for("participant1")
    me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["checkins", "journal"]})
    me.post("/api/v1/checkins", json={"mood": 3, "note": "from before the backup"})
    entry = me.post("/api/v1/entries", json={"text": "shared on its own"}).json()
    me.put(f"/api/v1/entries/{entry['id']}/shared", json={"shared": True})
    doctor = client_for("clinician1")
    assert doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/checkins").status_code == 200
    # The restored database: the consent is in force, as it was at the backup. The withdrawal is repeated.
    clock.advance(minutes=10)
    at = clock.now.isoformat()
    sql = repeat_sql().replace("'ORG'", f"'{org}'").replace("'ACCOUNT'", f"'{pid}'").replace("'AT'", f"'{at}'")
    with psycopg.connect(world.settings.database_url, autocommit=True) as conn:
        conn.execute(sql)
    for scope in ("checkins", "journal"):
        assert doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/{scope}").status_code == 403
    assert doctor.get(f"/api/v1/orgs/{org}/participants").json()[0]["status"] == "withdrawn"
    assert [(w["account_id"], w["shared"]) for w in world.store.withdrawals(org_id=org)] == [(pid, "delete")]
    # Consenting again later shows only what came after the repeated withdrawal, as after one made on the page.
    clock.advance(minutes=10)
    me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["checkins"]})
    me.post("/api/v1/checkins", json={"mood": 6, "note": "after"})
    notes = [c["note"] for c in doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/checkins").json()["items"]]
    assert notes == ["after"]
