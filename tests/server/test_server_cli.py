"""`hearten server ...` as an admin uses it, and two server processes on one database."""

from __future__ import annotations

import json

import httpx
import pyotp
import pytest
from tests.server.conftest import PASSWORD, run
from tests.support.server_process import running_server

pytestmark = pytest.mark.postgres


def test_init_once_then_orgs_invites_and_resets(env):
    done = run(env, "init", "--admin-email", "admin@example.org")
    assert done.exit_code == 0 and "admin@example.org" in done.output and "otpauth://" in done.output
    again = run(env, "init", "--admin-email", "other@example.org")
    assert again.exit_code == 1 and "already set up" in again.output
    org = json.loads(run(env, "admin", "create-org", "Clinic One", "--json").output)
    assert set(org) == {"id"}
    invite = json.loads(run(env, "admin", "invite", "--org", org["id"], "--role", "clinician", "--json").output)
    assert set(invite) == {"code", "url", "expires_at"} and invite["code"] in invite["url"]
    ended = run(env, "admin", "end-sessions", "admin@example.org")
    assert ended.exit_code == 0 and "Ended 0 sessions" in ended.output
    missing = run(env, "admin", "end-sessions", "nobody@example.org")
    assert missing.exit_code == 1


def test_commands_before_init_and_without_a_database(env):
    assert "not set up yet" in run(env, "admin", "create-org", "X").output
    assert "HEARTEN_DATABASE_URL" in run({**env, "HEARTEN_DATABASE_URL": ""}, "admin", "create-org", "X").output


def test_a_common_password_is_refused_at_init(env, tmp_path):
    refused = run({**env, "HEARTEN_ADMIN_PASSWORD": "password123"}, "init", "--admin-email", "a@example.org")
    assert refused.exit_code == 1 and "common" in refused.output
    assert not (tmp_path / "home" / "server.key").exists()  # a refused init leaves no key behind


def test_two_server_processes_share_sessions_and_data(env, initialised):
    org = json.loads(run(env, "admin", "create-org", "Clinic One", "--json").output)["id"]
    code = json.loads(run(env, "admin", "invite", "--org", org, "--role", "participant", "--json").output)["code"]
    staff = json.loads(run(env, "admin", "invite", "--org", org, "--role", "clinician", "--json").output)["code"]
    with running_server(env) as first, running_server(env) as second:
        one, two = (httpx.Client(base_url=base) for base in (first, second))
        one.headers["X-CSRF-Token"] = one.get("/api/v1/csrf").json()["csrf_token"]
        assert (
            one.post(
                "/api/v1/invites/accept", json={"code": code, "email": "p@example.org", "password": PASSWORD}
            ).status_code
            == 201
        )
        logged = one.post("/api/v1/login", json={"email": "p@example.org", "password": PASSWORD})
        assert logged.status_code == 200
        # The session made by process one works in process two, and so does its CSRF token.
        two.cookies = httpx.Cookies(dict(one.cookies))  # a copy: signing out in one must not clear it here
        two.headers["X-CSRF-Token"] = logged.json()["csrf_token"]
        assert two.get("/api/v1/me").json()["email"] == "p@example.org"
        assert two.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["checkins"]}).status_code == 200
        assert two.post("/api/v1/checkins", json={"mood": 7}).status_code == 201
        # Data written through process two is read by a clinician through process one.
        doctor = httpx.Client(base_url=first)
        doctor.headers["X-CSRF-Token"] = doctor.get("/api/v1/csrf").json()["csrf_token"]
        made = doctor.post(
            "/api/v1/invites/accept", json={"code": staff, "email": "d@example.org", "password": PASSWORD}
        )
        otp = pyotp.TOTP(made.json()["otp_secret"]).now()
        signed = doctor.post("/api/v1/login", json={"email": "d@example.org", "password": PASSWORD, "otp": otp})
        assert signed.status_code == 200
        pid = two.get("/api/v1/me").json()["id"]
        shown = doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/checkins").json()
        assert [c["mood"] for c in shown["items"]] == [7]
        # Signing out through process one ends the session in process two.
        one.headers["X-CSRF-Token"] = logged.json()["csrf_token"]
        assert one.post("/api/v1/logout").status_code == 204
        assert two.get("/api/v1/me").status_code == 401
        for client in (one, two, doctor):
            client.close()


def test_an_admin_makes_a_reset_link(env, initialised):
    made = json.loads(run(env, "admin", "reset", "admin@example.org", "--json").output)
    assert set(made) == {"code", "url", "expires_at"} and "/reset?code=" in made["url"]
    assert run(env, "admin", "reset", "nobody@example.org").exit_code == 1


def test_init_asks_for_the_password_when_it_is_not_in_the_environment(env):
    done = run(
        {**env, "HEARTEN_ADMIN_PASSWORD": None},
        "init",
        "--admin-email",
        "admin@example.org",
        input=f"{PASSWORD}\n{PASSWORD}\n",
    )
    assert done.exit_code == 0, done.output
    assert "Password for the first admin" in done.output and "otpauth://" in done.output
    again = run(env, "init", "--admin-email", "admin@example.org")
    assert again.exit_code == 1 and "already set up" in again.output


def test_a_server_whose_port_was_taken_meanwhile_starts_on_another(env, initialised):
    # The tests pick a free port, let it go and start the server on it; another process can take it between.
    import socket

    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        moved_env = {**env, "HEARTEN_SERVER_URL": f"http://127.0.0.1:{taken}"}
        with running_server(moved_env, port=taken) as base:
            assert not base.endswith(f":{taken}")
            assert httpx.get(f"{base}/api/v1/csrf").status_code == 200
