"""Shared fixtures: a fresh home or store per test, on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import time
import uuid

import pytest

from hearten.config import load_settings
from hearten.store import open_store

BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(scope="session")
def postgres_url():
    """The test PostgreSQL server: HEARTEN_TEST_POSTGRES_URL, or one started here."""
    given = os.environ.get("HEARTEN_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    from tests.support.pgserver import ThrowawayPostgres

    server = ThrowawayPostgres()
    url = server.start()
    try:
        yield url
    finally:
        server.stop()


@pytest.fixture
def postgres_schema_url(postgres_url):
    """A URL whose connections live in a new, empty schema, dropped after the test."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in postgres_url else "?"
    yield f"{postgres_url}{joiner}options=-csearch_path%3D{schema}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(autouse=True)
def _no_region_in_the_locale(monkeypatch):
    """The help lines guess a country from the locale while none is chosen; every test starts with a
    locale naming none (as CI's), and the tests of the guess set their own."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def one_day():
    """For a test that reads "today" at more than one moment (in this process and in a `hearten` it runs, say):
    when the local day ends within a minute, wait until the next one has begun, so all its moments fall on one
    day. A run that crosses midnight would otherwise see two days, and fail for a reason that is not a bug."""
    local = time.localtime()
    left = 86400 - (local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec)
    if left <= 60:
        time.sleep(left + 1)


@pytest.fixture(params=BACKENDS)
def backend(request):
    """Run the test once on SQLite and once on PostgreSQL (marked `postgres`)."""
    return request.param


def pytest_collection_modifyitems(config, items):
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("backend") == "postgres":
            item.add_marker(pytest.mark.postgres)


@pytest.fixture
def home_env(tmp_path, backend, request, monkeypatch):
    """Environment variables for a fresh hearten home on the chosen backend."""
    env = {"HEARTEN_HOME": str(tmp_path / "home")}
    monkeypatch.delenv("HEARTEN_DATABASE_URL", raising=False)
    monkeypatch.delenv("HEARTEN_PASSPHRASE", raising=False)
    if backend == "postgres":
        env["HEARTEN_DATABASE_URL"] = request.getfixturevalue("postgres_schema_url")
    return env


@pytest.fixture
def settings(home_env):
    return load_settings(environ=home_env)


@pytest.fixture
def store(settings):
    opened = open_store(settings)
    yield opened
    opened.close()


@pytest.fixture
def sqlite_store(tmp_path):
    opened = open_store(load_settings(home=tmp_path / "home", environ={}))
    yield opened
    opened.close()
