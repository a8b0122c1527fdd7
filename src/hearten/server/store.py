"""The server's one store: every SQL statement of server mode lives here.

Every method that reads or writes a personal row takes `org_id` and `owner_id` and puts
both in its WHERE clause (or its key), so no route or service can forget them; there is
no method that reaches a personal row by its id alone. Connections come from a small
pool shared by the worker threads of one process; sessions and data live in PostgreSQL,
so any process serves any request.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from contextlib import contextmanager, nullcontext
from datetime import datetime, timedelta, timezone

from hearten.errors import AccountExists, AlreadyMember, InviteInvalid, ResetInvalid

SCOPES = ("checkins", "assessments", "practices", "insights", "journal")
ROLES = ("participant", "clinician", "researcher", "admin")
MIGRATIONS = "server"  # store/migrations/server/: numbered apart from the local stores


def new_id() -> str:
    return uuid.uuid4().hex


def _offset(moment: datetime) -> int:
    delta = moment.utcoffset() or timedelta(0)
    return int(delta.total_seconds() // 60)


def _local(moment: datetime, offset: int) -> datetime:
    return moment.astimezone(timezone(timedelta(minutes=offset)))


class ServerStore:
    def __init__(self, url: str, *, pool_size: int = 4):
        from psycopg.rows import dict_row
        from psycopg_pool import ConnectionPool

        self.url = url
        self.pool = ConnectionPool(
            url, min_size=1, max_size=max(1, pool_size), open=True, kwargs={"autocommit": True, "row_factory": dict_row}
        )

    def close(self) -> None:
        self.pool.close()

    @contextmanager
    def transaction(self):
        with self.pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
            yield cur

    # One statement is its own transaction (the connections are in autocommit), so these send it
    # alone: one round trip instead of three (BEGIN, the statement, COMMIT).
    def _one(self, sql: str, params=None):
        with self.pool.connection() as conn:
            return conn.execute(sql, params).fetchone()

    def _all(self, sql: str, params=None) -> list[dict]:
        with self.pool.connection() as conn:
            return conn.execute(sql, params).fetchall()

    def _run(self, sql: str, params=None) -> int:
        with self.pool.connection() as conn:
            return conn.execute(sql, params).rowcount

    # -- schema ---------------------------------------------------------------------------------
    def migrate(self) -> list[int]:
        """Apply the server migrations not yet recorded; returns the versions applied."""
        from hearten.store.migrate import migration_files

        with self.transaction() as cur:
            cur.execute(
                "CREATE TABLE IF NOT EXISTS server_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
            )
            cur.execute("SELECT pg_advisory_xact_lock(7415)")  # two processes starting at once migrate once
            cur.execute("SELECT version FROM server_migrations")
            done = {row["version"] for row in cur.fetchall()}
            applied = []
            for version, name, sql in migration_files(MIGRATIONS):
                if version not in done:
                    cur.execute(sql)
                    cur.execute("INSERT INTO server_migrations (version, name) VALUES (%s, %s)", (version, name))
                    applied.append(version)
        return applied

    def schema_version(self) -> int:
        row = self._one("SELECT to_regclass('server_migrations') AS t")
        if row["t"] is None:
            return 0
        return self._one("SELECT coalesce(max(version), 0) AS v FROM server_migrations")["v"]

    def meta(self, key: str) -> str | None:
        row = self._one("SELECT value FROM server_meta WHERE key = %s", (key,))
        return row["value"] if row else None

    def set_meta_once(self, key: str, value: str) -> bool:
        """Set a value unless one is there; True when this call set it."""
        return (
            self._run("INSERT INTO server_meta (key, value) VALUES (%s, %s) ON CONFLICT DO NOTHING", (key, value)) == 1
        )

    # -- organisations, accounts, memberships --------------------------------------------------------
    def create_org(self, *, name: str, pseudonym_key: bytes, consent_text: str, now: datetime) -> str:
        org_id = new_id()
        with self.transaction() as cur:
            cur.execute(
                "INSERT INTO orgs (id, name, pseudonym_key, created_at) VALUES (%s, %s, %s, %s)",
                (org_id, name, pseudonym_key, now),
            )
            cur.execute(
                "INSERT INTO consent_texts (org_id, version, text, created_at) VALUES (%s, 1, %s, %s)",
                (org_id, consent_text, now),
            )
        return org_id

    def org_named(self, *, name: str) -> dict | None:
        """The organisation of this name, letter case aside (names are how an admin tells them apart)."""
        return self._one("SELECT id, name, created_at FROM orgs WHERE lower(name) = lower(%s) LIMIT 1", (name,))

    def get_org(self, *, org_id: str) -> dict | None:
        return self._one("SELECT id, name, created_at FROM orgs WHERE id = %s", (org_id,))

    def org_pseudonym_key(self, *, org_id: str) -> bytes:
        return bytes(self._one("SELECT pseudonym_key FROM orgs WHERE id = %s", (org_id,))["pseudonym_key"])

    def create_account(
        self, *, email: str, password_hash: str, role: str, seal_otp: Callable[[str], bytes] | None, now: datetime
    ) -> str:
        """`seal_otp(account_id)` gives the sealed TOTP key (staff); None for none."""
        import psycopg

        account_id = new_id()
        try:
            self._run(
                "INSERT INTO accounts (id, email, password_hash, role, otp_sealed, created_at)"
                " VALUES (%s, %s, %s, %s, %s, %s)",
                (account_id, email, password_hash, role, seal_otp(account_id) if seal_otp else None, now),
            )
        except psycopg.errors.UniqueViolation:
            raise AccountExists(email) from None
        return account_id

    def any_admin(self) -> bool:
        return self._one("SELECT EXISTS (SELECT 1 FROM accounts WHERE role = 'admin') AS e")["e"]

    def account_by_email(self, *, email: str) -> dict | None:
        return self._one("SELECT * FROM accounts WHERE lower(email) = lower(%s)", (email,))

    def account_by_id(self, *, account_id: str) -> dict | None:
        return self._one("SELECT * FROM accounts WHERE id = %s", (account_id,))

    def set_password_hash(self, *, account_id: str, password_hash: str) -> None:
        self._run("UPDATE accounts SET password_hash = %s WHERE id = %s", (password_hash, account_id))

    def set_otp_sealed(self, *, account_id: str, sealed: bytes | None, plaintext: str | None = None) -> bool:
        """Put a sealed TOTP key in place of a plaintext one (when `plaintext` is given: only if it is still there),
        or clear the second factor (`sealed` None). Every change forgets the last used step."""
        if plaintext is not None:
            return (
                self._run(
                    "UPDATE accounts SET otp_sealed = %s, otp_secret = NULL WHERE id = %s AND otp_secret = %s",
                    (sealed, account_id, plaintext),
                )
                == 1
            )
        return (
            self._run(
                "UPDATE accounts SET otp_sealed = %s, otp_secret = NULL, otp_last_step = NULL WHERE id = %s",
                (sealed, account_id),
            )
            == 1
        )

    def plaintext_otp_accounts(self) -> list[dict]:
        """Accounts whose TOTP key is still in plaintext (written before keys were sealed)."""
        return self._all("SELECT id, otp_secret FROM accounts WHERE otp_secret IS NOT NULL ORDER BY id")

    def all_orgs(self) -> list[dict]:
        """Every organisation with how many people of each role it has, for the admin's page."""
        return self._all(
            "SELECT o.id, o.name, o.created_at,"
            " count(m.account_id) FILTER (WHERE m.role = 'participant') AS participants,"
            " count(m.account_id) FILTER (WHERE m.role <> 'participant') AS staff"
            " FROM orgs o LEFT JOIN memberships m ON m.org_id = o.id GROUP BY o.id ORDER BY o.name, o.id"
        )

    def members(self, *, org_id: str) -> list[dict]:
        """Everyone in one organisation, with their email and role, for the admin's page."""
        return self._all(
            "SELECT a.id, a.email, m.role, m.joined_at,"
            " (a.otp_sealed IS NOT NULL OR a.otp_secret IS NOT NULL) AS has_otp,"
            " (SELECT count(*) FROM login_sessions s WHERE s.account_id = a.id) AS sessions"
            " FROM memberships m JOIN accounts a ON a.id = m.account_id"
            " WHERE m.org_id = %s ORDER BY m.role <> 'participant' DESC, m.role, lower(a.email)",
            (org_id,),
        )

    def claim_otp_step(self, *, account_id: str, step: int) -> bool:
        """Record a used TOTP step; False when it (or a later one) was used already."""
        return (
            self._run(
                "UPDATE accounts SET otp_last_step = %s WHERE id = %s"
                " AND (otp_last_step IS NULL OR otp_last_step < %s)",
                (step, account_id, step),
            )
            == 1
        )

    def add_membership(self, *, org_id: str, account_id: str, role: str, now: datetime) -> None:
        self._run(
            "INSERT INTO memberships (org_id, account_id, role, joined_at) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT DO NOTHING",
            (org_id, account_id, role, now),
        )

    def memberships_of(self, *, account_id: str) -> list[dict]:
        return self._all(
            "SELECT m.org_id AS id, o.name, m.role FROM memberships m JOIN orgs o ON o.id = m.org_id"
            " WHERE m.account_id = %s ORDER BY o.name, m.org_id",
            (account_id,),
        )

    def member_role(self, *, org_id: str, account_id: str) -> str | None:
        row = self._one("SELECT role FROM memberships WHERE org_id = %s AND account_id = %s", (org_id, account_id))
        return row["role"] if row else None

    # -- invites ------------------------------------------------------------------------------------
    def create_invite(
        self,
        *,
        code_hash: str,
        org_id: str | None,
        role: str,
        created_by: str | None,
        now: datetime,
        expires_at: datetime,
    ) -> None:
        self._run(
            "INSERT INTO invites (code_hash, org_id, role, created_by, created_at, expires_at)"
            " VALUES (%s, %s, %s, %s, %s, %s)",
            (code_hash, org_id, role, created_by, now, expires_at),
        )

    def accept_invite(
        self, *, code_hash: str, email: str, password_hash: str, seal_otp: Callable[[str], bytes], now: datetime
    ) -> dict:
        """Use an invite and make its account and membership, all or nothing; returns the account row.
        Staff get the TOTP key `seal_otp(account_id)` gives.

        The invite row is locked while this runs, so two people racing one code cannot both join.
        """
        import psycopg

        account_id = new_id()
        try:
            with self.transaction() as cur:
                cur.execute(
                    "SELECT * FROM invites WHERE code_hash = %s AND used_at IS NULL AND expires_at > %s FOR UPDATE",
                    (code_hash, now),
                )
                invite = cur.fetchone()
                if invite is None:
                    raise InviteInvalid()
                role = invite["role"]
                otp = seal_otp(account_id) if role != "participant" else None
                cur.execute(
                    "INSERT INTO accounts (id, email, password_hash, role, otp_sealed, created_at)"
                    " VALUES (%s, %s, %s, %s, %s, %s)",
                    (account_id, email, password_hash, role, otp, now),
                )
                if invite["org_id"] is not None:
                    cur.execute(
                        "INSERT INTO memberships (org_id, account_id, role, joined_at) VALUES (%s, %s, %s, %s)",
                        (invite["org_id"], account_id, role, now),
                    )
                cur.execute(
                    "UPDATE invites SET used_at = %s, used_by = %s WHERE code_hash = %s", (now, account_id, code_hash)
                )
        except psycopg.errors.UniqueViolation:
            raise AccountExists(email) from None
        return {"id": account_id, "email": email, "role": role, "org_id": invite["org_id"]}

    def invite_preview(self, *, code_hash: str, now: datetime) -> dict | None:
        """The organisation's name and the role of an invite that still works ({"org_name", "role"}), without
        using it; None for a used, expired or unknown code."""
        return self._one(
            "SELECT o.name AS org_name, i.role FROM invites i LEFT JOIN orgs o ON o.id = i.org_id"
            " WHERE i.code_hash = %s AND i.used_at IS NULL AND i.expires_at > %s",
            (code_hash, now),
        )

    def join_with_account(self, *, code_hash: str, account_id: str, role: str, now: datetime) -> str:
        """Use an invite for an account that exists (a second organisation): its membership, all or nothing;
        returns the organisation's id. InviteInvalid for a used, expired or unknown code, or one for another
        role (an account has one role everywhere); AlreadyMember, the invite left unused, when already one."""
        with self.transaction() as cur:
            cur.execute(
                "SELECT * FROM invites WHERE code_hash = %s AND used_at IS NULL AND expires_at > %s FOR UPDATE",
                (code_hash, now),
            )
            invite = cur.fetchone()
            if invite is None or invite["org_id"] is None or invite["role"] != role:
                raise InviteInvalid()
            cur.execute(
                "INSERT INTO memberships (org_id, account_id, role, joined_at) VALUES (%s, %s, %s, %s)"
                " ON CONFLICT DO NOTHING",
                (invite["org_id"], account_id, role, now),
            )
            if cur.rowcount == 0:  # a member already: the invite stays unused, for whoever it was meant for
                raise AlreadyMember()
            cur.execute(
                "UPDATE invites SET used_at = %s, used_by = %s WHERE code_hash = %s", (now, account_id, code_hash)
            )
        return invite["org_id"]

    # -- password resets ---------------------------------------------------------------------------------
    def create_reset(self, *, code_hash: str, account_id: str, now: datetime, expires_at: datetime) -> None:
        with self.transaction() as cur:
            # A new reset replaces any earlier one still open for the account.
            cur.execute("DELETE FROM password_resets WHERE account_id = %s AND used_at IS NULL", (account_id,))
            cur.execute(
                "INSERT INTO password_resets (code_hash, account_id, created_at, expires_at) VALUES (%s, %s, %s, %s)",
                (code_hash, account_id, now, expires_at),
            )

    def use_reset(self, *, code_hash: str, password_hash: str, seal_otp: Callable[[str], bytes], now: datetime) -> dict:
        """Use a reset code: new password (and, for staff, a new TOTP key), every session ended; all or nothing."""
        with self.transaction() as cur:
            cur.execute(
                "UPDATE password_resets SET used_at = %s WHERE code_hash = %s AND used_at IS NULL"
                " AND expires_at > %s RETURNING account_id",
                (now, code_hash, now),
            )
            found = cur.fetchone()
            if found is None:
                raise ResetInvalid()
            cur.execute("SELECT id, email, role FROM accounts WHERE id = %s", (found["account_id"],))
            account = cur.fetchone()
            otp = seal_otp(account["id"]) if account["role"] != "participant" else None
            cur.execute(
                "UPDATE accounts SET password_hash = %s, otp_sealed = %s, otp_secret = NULL, otp_last_step = NULL"
                " WHERE id = %s",
                (password_hash, otp, account["id"]),
            )
            cur.execute("DELETE FROM login_sessions WHERE account_id = %s", (account["id"],))
        return dict(account)

    # -- login sessions -------------------------------------------------------------------------------
    def create_session(
        self, *, account_id: str, token_hash: str, now: datetime, expires_at: datetime, address: str, user_agent: str
    ) -> str:
        session_id = new_id()
        self._run(
            "INSERT INTO login_sessions (id, token_hash, account_id, created_at, last_seen_at, expires_at,"
            " address, user_agent) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
            (session_id, token_hash, account_id, now, now, expires_at, address[:64], user_agent[:200]),
        )
        return session_id

    def session_by_token(self, *, token_hash: str) -> dict | None:
        return self._one(
            "SELECT s.id AS session_id, s.account_id, s.created_at, s.last_seen_at, s.expires_at,"
            " a.email, a.role FROM login_sessions s JOIN accounts a ON a.id = s.account_id"
            " WHERE s.token_hash = %s",
            (token_hash,),
        )

    def touch_session(self, *, session_id: str, now: datetime) -> None:
        self._run("UPDATE login_sessions SET last_seen_at = %s WHERE id = %s", (now, session_id))

    def list_sessions(self, *, account_id: str) -> list[dict]:
        return self._all(
            "SELECT id, created_at, last_seen_at, expires_at, address, user_agent FROM login_sessions"
            " WHERE account_id = %s ORDER BY created_at DESC",
            (account_id,),
        )

    def end_session(self, *, account_id: str, session_id: str) -> bool:
        return self._run("DELETE FROM login_sessions WHERE account_id = %s AND id = %s", (account_id, session_id)) == 1

    def end_all_sessions(self, *, account_id: str) -> int:
        return self._run("DELETE FROM login_sessions WHERE account_id = %s", (account_id,))

    def end_other_sessions(self, *, account_id: str, keep_session_id: str) -> int:
        return self._run("DELETE FROM login_sessions WHERE account_id = %s AND id <> %s", (account_id, keep_session_id))

    def end_session_by_token(self, *, token_hash: str) -> None:
        self._run("DELETE FROM login_sessions WHERE token_hash = %s", (token_hash,))

    def drop_expired_sessions(self, *, account_id: str, now: datetime, idle: timedelta) -> int:
        return self._run(
            "DELETE FROM login_sessions WHERE account_id = %s AND (expires_at <= %s OR last_seen_at <= %s)",
            (account_id, now, now - idle),
        )

    # -- login throttle ---------------------------------------------------------------------------------
    def failures(self, *, keys: list[str], since: datetime) -> dict[str, int]:
        rows = self._all(
            "SELECT key, failures FROM login_throttle WHERE key = ANY(%s) AND window_started > %s", (keys, since)
        )
        return {row["key"]: row["failures"] for row in rows}

    def add_failure(self, *, keys: list[str], now: datetime, since: datetime) -> None:
        with self.transaction() as cur:
            cur.execute("DELETE FROM login_throttle WHERE window_started <= %s", (since,))  # only the window counts
            for key in keys:
                cur.execute(
                    "INSERT INTO login_throttle (key, failures, window_started) VALUES (%s, 1, %s)"
                    " ON CONFLICT (key) DO UPDATE SET"
                    " failures = CASE WHEN login_throttle.window_started > %s"
                    " THEN login_throttle.failures + 1 ELSE 1 END,"
                    " window_started = CASE WHEN login_throttle.window_started > %s"
                    " THEN login_throttle.window_started ELSE %s END",
                    (key, now, since, since, now),
                )

    def clear_failures(self, *, key: str) -> None:
        self._run("DELETE FROM login_throttle WHERE key = %s", (key,))

    # -- consent ---------------------------------------------------------------------------------------
    def add_consent_text(self, *, org_id: str, text: str, now: datetime) -> int:
        with self.transaction() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (org_id,))
            cur.execute("SELECT coalesce(max(version), 0) + 1 AS v FROM consent_texts WHERE org_id = %s", (org_id,))
            version = cur.fetchone()["v"]
            cur.execute(
                "INSERT INTO consent_texts (org_id, version, text, created_at) VALUES (%s, %s, %s, %s)",
                (org_id, version, text, now),
            )
        return version

    def consent_text(self, *, org_id: str, version: int | None = None) -> dict | None:
        if version is None:
            return self._one(
                "SELECT version, text, created_at FROM consent_texts WHERE org_id = %s ORDER BY version DESC LIMIT 1",
                (org_id,),
            )
        return self._one(
            "SELECT version, text, created_at FROM consent_texts WHERE org_id = %s AND version = %s", (org_id, version)
        )

    def latest_consent(self, *, org_id: str, owner_id: str) -> dict | None:
        return self._one(
            "SELECT * FROM consents WHERE org_id = %s AND account_id = %s ORDER BY id DESC LIMIT 1", (org_id, owner_id)
        )

    def consent_history(self, *, org_id: str, owner_id: str) -> list[dict]:
        return self._all(
            "SELECT c.*, t.text FROM consents c JOIN consent_texts t ON t.org_id = c.org_id"
            " AND t.version = c.version WHERE c.org_id = %s AND c.account_id = %s ORDER BY c.id",
            (org_id, owner_id),
        )

    def give_consent(
        self,
        *,
        org_id: str,
        owner_id: str,
        version: int,
        scopes: list[str],
        now: datetime,
        hidden_before: datetime | None,
    ) -> None:
        with self.transaction() as cur:
            cur.execute(
                "UPDATE consents SET withdrawn_at = %s, kept_shared = true WHERE org_id = %s AND account_id = %s"
                " AND withdrawn_at IS NULL",
                (now, org_id, owner_id),
            )  # a change replaces, keeping what was shared
            cur.execute(
                "INSERT INTO consents (org_id, account_id, version, scopes, agreed_at, hidden_before)"
                " VALUES (%s, %s, %s, %s, %s, %s)",
                (org_id, owner_id, version, list(scopes), now, hidden_before),
            )

    def withdraw_consent(
        self, *, org_id: str, owner_id: str, keep: bool, now: datetime, actor: dict | None = None
    ) -> bool:
        """End the consent in force; with keep=False what was shared leaves the organisation's view (the rows
        stay, the participant's own), also what an earlier withdrawal kept in view. With `actor`, a withdrawal
        that changed anything is written to the audit in the same transaction (action 'withdraw', what 'keep'
        or 'delete'), for the admin's list of withdrawals."""
        with self.transaction() as cur:
            cur.execute(
                "UPDATE consents SET withdrawn_at = %s, kept_shared = %s WHERE org_id = %s AND account_id = %s"
                " AND withdrawn_at IS NULL",
                (now, keep, org_id, owner_id),
            )
            changed = cur.rowcount
            removed = 0
            if not keep:
                # Everything shared so far leaves the organisation's view, whichever consent shared it.
                cur.execute(
                    "UPDATE consents SET kept_shared = false WHERE org_id = %s AND account_id = %s"
                    " AND kept_shared IS DISTINCT FROM false",
                    (org_id, owner_id),
                )
                removed = cur.rowcount
                cur.execute(
                    "UPDATE participant_entries SET shared = false WHERE org_id = %s AND owner_id = %s AND shared",
                    (org_id, owner_id),
                )
                removed += cur.rowcount
            if (changed or removed) and actor is not None:
                cur.execute(
                    "INSERT INTO audit_log (at, org_id, actor_id, actor_email, actor_role, subject_id, action, what)"
                    " VALUES (%s, %s, %s, %s, %s, %s, 'withdraw', %s)",
                    (
                        now,
                        org_id,
                        actor["account_id"],
                        actor["email"],
                        actor["role"],
                        owner_id,
                        "keep" if keep else "delete",
                    ),
                )
        return changed > 0

    _PARTICIPANTS = (
        "SELECT m.account_id AS id, m.joined_at, c.scopes, c.agreed_at, "
        "c.withdrawn_at, c.kept_shared, c.version, c.hidden_before, EXISTS (SELECT 1 FROM participant_entries e"
        " WHERE e.org_id = m.org_id AND e.owner_id = m.account_id AND e.shared) AS shares_entries"
        " FROM memberships m LEFT JOIN LATERAL (SELECT * FROM consents c WHERE c.org_id = m.org_id"
        " AND c.account_id = m.account_id ORDER BY c.id DESC LIMIT 1) c ON true"
        " WHERE m.org_id = %s AND m.role = 'participant' ORDER BY m.joined_at, m.account_id"
    )

    def participants(self, *, org_id: str, cur=None) -> list[dict]:
        """The organisation's participants with their latest consent (None when they never agreed)."""
        if cur is not None:
            cur.execute(self._PARTICIPANTS, (org_id,))
            return cur.fetchall()
        return self._all(self._PARTICIPANTS, (org_id,))

    def consents_of(self, *, org_id: str, owner_id: str) -> list[dict]:
        return self._all("SELECT * FROM consents WHERE org_id = %s AND account_id = %s ORDER BY id", (org_id, owner_id))

    # -- personal rows -----------------------------------------------------------------------------------
    # The organisation a participant's new row goes to, chosen in the INSERT itself: the one given if
    # they are its participant, or (org_id None) their only one. No row at all when neither holds,
    # and sharing.participant_org then says why. One statement, so a check-in is one round trip.
    _MEMBER = (
        " FROM memberships m WHERE m.account_id = %(owner)s AND m.role = 'participant'"
        " AND (m.org_id = %(org)s OR (%(org)s::text IS NULL AND NOT EXISTS (SELECT 1 FROM memberships o"
        " WHERE o.account_id = m.account_id AND o.role = 'participant' AND o.org_id <> m.org_id)))"
    )

    def add_checkin(self, *, org_id: str | None, owner_id: str, record) -> dict | None:
        return self._one(
            "INSERT INTO participant_checkins (org_id, owner_id, uid, at, at_offset, mood, distress, sleep_hours,"
            " active_minutes, social, food, note, activities)"
            " SELECT m.org_id, m.account_id, %(uid)s, %(at)s, %(offset)s, %(mood)s, %(distress)s, %(sleep)s,"
            " %(active)s, %(social)s, %(food)s, %(note)s, %(activities)s"
            + self._MEMBER
            + " ON CONFLICT (org_id, owner_id, uid) DO UPDATE SET uid = EXCLUDED.uid RETURNING *",
            {
                "org": org_id,
                "owner": owner_id,
                "uid": record.uid,
                "at": record.at,
                "offset": _offset(record.at),
                "mood": record.mood,
                "distress": record.distress,
                "sleep": record.sleep_hours,
                "active": record.active_minutes,
                "social": record.social,
                "food": record.food,
                "note": record.note,
                "activities": list(record.activities),
            },
        )

    def add_entry(
        self, *, org_id: str | None, owner_id: str, record, session_id: int | None = None, cur=None
    ) -> dict | None:
        sql = (
            "INSERT INTO participant_entries (org_id, owner_id, uid, text, created_at, created_offset, mood, tags,"
            " kind, session_id) SELECT m.org_id, m.account_id, %(uid)s, %(text)s, %(at)s, %(offset)s, %(mood)s,"
            " %(tags)s, %(kind)s, %(session)s"
            + self._MEMBER
            + " ON CONFLICT (org_id, owner_id, uid) DO UPDATE SET uid = EXCLUDED.uid RETURNING *"
        )
        params = {
            "org": org_id,
            "owner": owner_id,
            "uid": record.uid,
            "text": record.text,
            "at": record.created_at,
            "offset": _offset(record.created_at),
            "mood": record.mood,
            "tags": list(record.tags),
            "kind": record.kind,
            "session": session_id,
        }
        if cur is not None:
            cur.execute(sql, params)
            return cur.fetchone()
        return self._one(sql, params)

    def add_practice_session(self, *, org_id: str | None, owner_id: str, record, entries=()) -> dict | None:
        """The session's row, with "entry_ids": the ids of the journal entries the practice wrote, in order."""
        from psycopg.types.json import Jsonb

        with self.transaction() as cur:
            cur.execute(
                "INSERT INTO participant_practice_sessions (org_id, owner_id, uid, practice_id, started_at, ended_at,"
                " time_offset, planned_seconds, actual_seconds, completed, answers, distress_before, distress_after,"
                " mood, stopped_reason) SELECT m.org_id, m.account_id, %(uid)s, %(practice)s, %(started)s,"
                " %(ended)s, %(offset)s, %(planned)s, %(actual)s, %(completed)s, %(answers)s, %(before)s,"
                " %(after)s, %(mood)s, %(stopped)s"
                + self._MEMBER
                + " ON CONFLICT (org_id, owner_id, uid) DO UPDATE SET uid = EXCLUDED.uid RETURNING *",
                {
                    "org": org_id,
                    "owner": owner_id,
                    "uid": record.uid,
                    "practice": record.practice_id,
                    "started": record.started_at,
                    "ended": record.ended_at,
                    "offset": _offset(record.started_at),
                    "planned": record.planned_seconds,
                    "actual": record.actual_seconds,
                    "completed": record.completed,
                    "answers": Jsonb(record.answers),
                    "before": record.distress_before,
                    "after": record.distress_after,
                    "mood": record.mood,
                    "stopped": record.stopped_reason,
                },
            )
            row = cur.fetchone()
            if row is None:
                return None
            made = [
                self.add_entry(org_id=row["org_id"], owner_id=owner_id, record=entry, session_id=row["id"], cur=cur)
                for entry in entries
            ]
        return {**row, "entry_ids": [entry["id"] for entry in made]}

    def add_assessment(self, *, org_id: str, owner_id: str, record) -> dict:
        from psycopg.types.json import Jsonb

        return self._one(
            "INSERT INTO participant_assessments (org_id, owner_id, uid, instrument_id, instrument_version, taken_at,"
            " taken_offset, answers, subscales, total, band) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
            " ON CONFLICT (org_id, owner_id, uid) DO UPDATE SET uid = EXCLUDED.uid RETURNING *",
            (
                org_id,
                owner_id,
                record.uid,
                record.instrument_id,
                record.instrument_version,
                record.taken_at,
                _offset(record.taken_at),
                Jsonb(record.answers),
                Jsonb(record.subscales),
                record.total,
                record.band,
            ),
        )

    def has_entry(self, *, org_id: str, owner_id: str, entry_id: int) -> bool:
        found = self._one(
            "SELECT 1 AS found FROM participant_entries WHERE org_id = %s AND owner_id = %s AND id = %s",
            (org_id, owner_id, entry_id),
        )
        return found is not None

    def set_entry_shared(self, *, org_id: str, owner_id: str, entry_id: int, shared: bool) -> bool:
        return (
            self._run(
                "UPDATE participant_entries SET shared = %s WHERE org_id = %s AND owner_id = %s AND id = %s",
                (shared, org_id, owner_id, entry_id),
            )
            == 1
        )

    _TABLES = {
        "checkins": ("participant_checkins", "at", "at_offset"),
        "journal": ("participant_entries", "created_at", "created_offset"),
        "practices": ("participant_practice_sessions", "started_at", "time_offset"),
        "assessments": ("participant_assessments", "taken_at", "taken_offset"),
    }
    _TIMES = ("at", "created_at", "started_at", "ended_at", "taken_at")

    def rows(
        self,
        *,
        org_id: str,
        owner_id: str,
        kind: str,
        since: datetime | None = None,
        until: datetime | None = None,
        shared_only: bool = False,
        limit: int | None = None,
    ) -> list[dict]:
        """One owner's rows of one kind in one organisation, oldest first, times in the person's own offset."""
        table, column, offset = self._TABLES[kind]
        where = ["org_id = %s", "owner_id = %s"]
        params: list = [org_id, owner_id]
        if since is not None:
            where.append(f"{column} >= %s")
            params.append(since)
        if until is not None:
            where.append(f"{column} <= %s")
            params.append(until)
        if shared_only:
            where.append("shared")
        sql = f"SELECT * FROM {table} WHERE {' AND '.join(where)} ORDER BY {column} DESC, id DESC"
        if limit is not None:
            sql += " LIMIT %s"
            params.append(limit)
        found = self._all(sql, params)
        found.reverse()
        for row in found:
            for name in self._TIMES:
                if name in row and row[name] is not None:
                    row[name] = _local(row[name], row[offset])
        return found

    @contextmanager
    def snapshot(self):
        """A cursor in one read-only REPEATABLE READ transaction: every read through it sees the same moment."""
        with self.pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
            cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield cur

    def rows_of_owners(self, *, org_id: str, owner_ids: list[str], kind: str, since: list, until: list, cur=None):
        """rows() for many owners of one organisation in one statement: {owner: their rows, oldest first}.

        `since[n]` and `until[n]` bound owner_ids[n]'s rows (None: no bound), as rows() does for one.
        """
        table, column, offset = self._TABLES[kind]
        found: dict[str, list[dict]] = {owner: [] for owner in owner_ids}
        if not owner_ids:
            return found
        params = (list(owner_ids), list(since), list(until), org_id)
        sql = f"""SELECT t.* FROM {table} t
            JOIN unnest(%s::text[], %s::timestamptz[], %s::timestamptz[]) AS w(owner_id, since, until)
            ON t.owner_id = w.owner_id
            WHERE t.org_id = %s AND (w.since IS NULL OR t.{column} >= w.since)
            AND (w.until IS NULL OR t.{column} <= w.until)
            ORDER BY t.owner_id, t.{column}, t.id"""
        with self.transaction() if cur is None else nullcontext(cur) as cur:
            cur.execute(sql, params)
            for row in cur:
                for name in self._TIMES:
                    if name in row and row[name] is not None:
                        row[name] = _local(row[name], row[offset])
                found[row["owner_id"]].append(row)
        return found

    # -- audit -------------------------------------------------------------------------------------------
    def add_audit(
        self, *, org_id: str, actor: dict, subject_ids: list[str | None], action: str, what: str, now: datetime
    ) -> None:
        """One audit row per subject, in one statement however many there are; a subject of None (an
        export that held nobody) is kept under the empty id, since the key cannot hold NULL."""
        self._run(
            "INSERT INTO audit_log (at, org_id, actor_id, actor_email, actor_role, subject_id, action, what)"
            " SELECT %s, %s, %s, %s, %s, coalesce(s.subject, ''), %s, %s"
            " FROM unnest(%s::text[]) WITH ORDINALITY AS s(subject, n)"
            " ORDER BY s.n",
            (now, org_id, actor["account_id"], actor["email"], actor["role"], action, what, list(subject_ids)),
        )

    def audit_of(self, *, owner_id: str) -> list[dict]:
        """This person's audit in every organisation they belong to: each organisation's rows are
        reached by their key (organisation, person), never by the person alone."""
        return self._all(
            "SELECT l.at, l.org_id, o.name AS org_name, l.actor_email, l.actor_role, l.action, l.what"
            " FROM memberships m JOIN orgs o ON o.id = m.org_id"
            " JOIN audit_log l ON l.org_id = m.org_id AND l.subject_id = m.account_id"
            " WHERE m.account_id = %s AND l.action IN ('view', 'export') ORDER BY l.at DESC, l.id DESC LIMIT 500",
            (owner_id,),
        )

    def withdrawals(self, *, org_id: str, limit: int = 500) -> list[dict]:
        """The organisation's withdrawals of consent, newest first: when, by whom (the email kept in the audit),
        and whether what was shared stayed in its view ('keep') or left it ('delete'). Each participant's rows
        are reached by their key (organisation, person), as the audit always is."""
        return self._all(
            "SELECT l.at, l.subject_id AS account_id, l.actor_email AS email, l.what AS shared"
            " FROM memberships m JOIN audit_log l ON l.org_id = m.org_id AND l.subject_id = m.account_id"
            " WHERE m.org_id = %s AND m.role = 'participant' AND l.action = 'withdraw'"
            " ORDER BY l.at DESC, l.id DESC LIMIT %s",
            (org_id, limit),
        )
