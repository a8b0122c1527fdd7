"""Server-mode fixtures: a fresh PostgreSQL schema per test, an initialised server, and people in it."""

from __future__ import annotations

import warnings
from datetime import UTC, datetime, timedelta

import pyotp
import pytest
from click.testing import CliRunner

from hearten.server import accounts

with warnings.catch_warnings():
    # Starlette suggests another HTTP client for its TestClient; httpx is what we have and it works.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient
from hearten.server.config import ServerSettings
from hearten.server.store import ServerStore

pytestmark = pytest.mark.postgres
PASSWORD = "a quiet harbour at dusk"
HOST = "testserver"


class Clock:
    """A clock tests move by hand: sessions, invites and throttles all read it."""

    def __init__(self):
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self):
        return self.now

    def advance(self, **delta):
        self.now += timedelta(**delta)


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch):
    """Hash each (password, parameters) once per run: every account here shares one password, and
    Argon2id at full strength for each of them would make the suite crawl. Verifying is untouched."""
    from hearten.server import credentials

    made = {}
    real = credentials.hasher

    class Remembering:
        def __init__(self, inner, key):
            self.inner, self.key = inner, key

        def __getattr__(self, name):
            return getattr(self.inner, name)

        def hash(self, password, *args, **kwargs):
            key = (*self.key, password)
            if key not in made:
                made[key] = self.inner.hash(password, *args, **kwargs)
            return made[key]

    def hasher(memory_kib=credentials.OWASP_MEMORY_KIB, time_cost=credentials.OWASP_TIME_COST):
        return Remembering(real(memory_kib, time_cost), (memory_kib, time_cost))

    monkeypatch.setattr(credentials, "hasher", hasher)


@pytest.fixture
def server_settings(postgres_schema_url):
    return ServerSettings(
        database_url=postgres_schema_url,
        allowed_hosts=("testserver", "127.0.0.1", "localhost"),
        cookie_secure=False,
        pool_size=2,
        public_url="http://testserver",
        server_key=bytes(range(32)),
    )


@pytest.fixture
def server_store(server_settings):
    store = ServerStore(server_settings.database_url, pool_size=2)
    yield store
    store.close()


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def env(postgres_schema_url, tmp_path):
    """What `hearten server ...` reads from the environment: a fresh schema, the first admin's password, a home."""
    return {
        "HEARTEN_DATABASE_URL": postgres_schema_url,
        "HEARTEN_ADMIN_PASSWORD": PASSWORD,
        "HEARTEN_HOME": str(tmp_path / "home"),
    }


def run(env, *args, **kwargs):
    """`hearten server ARGS` in this process with `env`; an unexpected exception fails the test with its traceback."""
    from hearten.cli import cli

    return CliRunner().invoke(cli, ["server", *args], env=env, catch_exceptions=False, **kwargs)


@pytest.fixture
def initialised(env):
    """`hearten server init` done with admin@example.org as the first admin; gives what it printed."""
    done = run(env, "init", "--admin-email", "admin@example.org")
    assert done.exit_code == 0, done.output
    return done


@pytest.fixture
def world(server_store, server_settings, clock):
    """An initialised server with two organisations and one person of each role in each."""
    return World(server_store, server_settings, clock)


def otp_now(secret: str, clock: Clock) -> str:
    return pyotp.TOTP(secret).at(clock.now)


class World:
    def __init__(self, store, settings, clock):
        self.store, self.settings, self.clock = store, settings, clock
        self.admin = accounts.init_server(
            store, settings, admin_email="admin@example.org", password=PASSWORD, now=clock.now
        )
        self.admin["role"] = "admin"
        self.orgs = [accounts.create_org(store, name=name, now=clock.now) for name in ("Clinic One", "Study Two")]
        self.people = {}
        for n, org in enumerate(self.orgs, start=1):
            for role in ("participant", "clinician", "researcher"):
                self.people[f"{role}{n}"] = self.join(org, role, f"{role}{n}@example.org")
        self.people["admin"] = self.admin

    def join(self, org, role, email):
        code = accounts.create_invite(self.store, self.settings, org_id=org, role=role, now=self.clock.now)["code"]
        return accounts.accept_invite(
            self.store, self.settings, code=code, email=email, password=PASSWORD, now=self.clock.now
        )

    def otp(self, name):
        person = self.people[name]
        if not person.get("otp_secret"):
            return None
        self.clock.advance(seconds=31)  # each code works once: the next sign-in needs the next step
        return otp_now(person["otp_secret"], self.clock)


def make_client(app):
    return TestClient(app, base_url=f"http://{HOST}", follow_redirects=False)


def csrf(client) -> str:
    return client.get("/api/v1/csrf").json()["csrf_token"]


def sign_in(client, world: World, name: str):
    """Sign one person in on a client; returns the client with X-CSRF-Token set for its session."""
    person = world.people[name]
    client.headers["X-CSRF-Token"] = csrf(client)
    body = {"email": person["email"], "password": PASSWORD}
    if person.get("otp_secret"):
        body["otp"] = world.otp(name)
    answer = client.post("/api/v1/login", json=body)
    assert answer.status_code == 200, answer.text
    client.headers["X-CSRF-Token"] = answer.json()["csrf_token"]
    return client


@pytest.fixture
def app(world, server_store, server_settings, clock):
    from hearten.server.app import create_server_app

    return create_server_app(server_settings, store=server_store, clock=clock)


@pytest.fixture
def client_for(app, world):
    made = []

    def make(name: str | None = None):
        client = make_client(app)
        made.append(client)
        if name is None:
            client.headers["X-CSRF-Token"] = csrf(client)
            return client
        return sign_in(client, world, name)

    yield make
    for client in made:
        client.close()
