"""`hearten server ...` when something is wrong: no database address, one nobody answers at, and plain counts."""

from __future__ import annotations

import json
import socket

import pytest
from tests.server.conftest import PASSWORD, run

from hearten.server import accounts
from hearten.server.admin import settings_from_env
from hearten.server.store import ServerStore

pytestmark = pytest.mark.postgres


@pytest.fixture
def env(env):
    return {**env, "HEARTEN_SERVER_HOSTS": "localhost"}  # `server run` would otherwise set it in this process


def _closed_port() -> int:
    with socket.socket() as probe:  # a port nothing listens on: connections are refused at once
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize(
    "args",
    [
        ("init", "--admin-email", "admin@example.org"),
        ("run", "--port", "8799"),
        ("admin", "create-org", "Clinic One"),
        ("admin", "invite", "--org", "x", "--role", "participant"),
        ("admin", "end-sessions", "someone@example.org"),
    ],
)
def test_a_database_nobody_answers_at_is_named_in_one_sentence(env, args):
    port = _closed_port()
    url = f"postgresql://hearten:not-this-secret@127.0.0.1:{port}/clinic"
    done = run({**env, "HEARTEN_DATABASE_URL": url}, *args)
    assert done.exit_code == 1
    assert f"The database at 127.0.0.1:{port} could not be reached" in done.output
    assert "HEARTEN_DATABASE_URL" in done.output
    assert "Traceback" not in done.output and "PoolTimeout" not in done.output
    assert "not-this-secret" not in done.output  # the password in the address is never printed
    assert "Password for the first admin" not in done.output


def test_init_without_a_database_address_says_so_before_asking_for_a_password(env):
    done = run(
        {**env, "HEARTEN_DATABASE_URL": None, "HEARTEN_ADMIN_PASSWORD": None}, "init", "--admin-email", "a@b.org"
    )
    assert done.exit_code == 1 and "HEARTEN_DATABASE_URL" in done.output
    assert "Password for the first admin" not in done.output


def test_init_on_a_server_already_set_up_says_so_before_asking_for_a_password(env, initialised):
    again = run({**env, "HEARTEN_ADMIN_PASSWORD": None}, "init", "--admin-email", "admin@example.org", input="\n")
    assert again.exit_code == 1 and "already set up" in again.output
    assert "Password for the first admin" not in again.output


def test_ended_sessions_are_counted_in_plain_words(env, initialised):
    org = json.loads(run(env, "admin", "create-org", "Clinic One", "--json").output)["id"]
    code = json.loads(run(env, "admin", "invite", "--org", org, "--role", "participant", "--json").output)["code"]
    settings = settings_from_env(env)
    store = ServerStore(settings.database_url, pool_size=1)
    try:
        accounts.accept_invite(store, settings, code=code, email="p@example.org", password=PASSWORD)

        def sign_in():
            accounts.login(
                store, settings, email="p@example.org", password=PASSWORD, otp=None, address="127.0.0.1", user_agent=""
            )

        sign_in()
        assert "Ended 1 session for p@example.org." in run(env, "admin", "end-sessions", "p@example.org").output
        sign_in()
        sign_in()
        assert "Ended 2 sessions for p@example.org." in run(env, "admin", "end-sessions", "p@example.org").output
        assert "Ended 0 sessions for p@example.org." in run(env, "admin", "end-sessions", "p@example.org").output
    finally:
        store.close()


def test_a_port_in_use_is_named_before_the_server_says_it_runs(env, initialised):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = run(env, "run", "--port", str(port))
    assert done.exit_code == 1
    assert f"port {port} is already in use" in done.output
    assert "stop the other server or choose another --port" in done.output
    assert "is running" not in done.output
