"""Staff TOTP keys at rest: sealed with AES-256-GCM under the server key, bound to their account,
plaintext ones from before sealed on upgrade or at first use, and a lost key recovered by a reset."""

from __future__ import annotations

import base64
import json
import os
import stat

import pytest
from tests.server.conftest import PASSWORD, otp_now, run

from hearten.errors import SealBroken, ServerKeyProblem
from hearten.server import accounts, credentials
from hearten.server.config import ServerSettings

pytestmark = pytest.mark.postgres


def row(store, account_id):
    return store.account_by_id(account_id=account_id)


def login(world, email, otp, settings=None):
    """Sign in with the shared password under `settings` (the world's own unless given)."""
    settings = settings or world.settings
    return accounts.login(world.store, settings, email=email, password=PASSWORD, otp=otp, now=world.clock.now)


def test_no_totp_key_is_kept_in_plaintext(world):
    for name in ("admin", "clinician1", "researcher2"):
        person = world.people[name]
        stored = row(world.store, person["id"])
        assert stored["otp_secret"] is None
        sealed = bytes(stored["otp_sealed"])
        assert person["otp_secret"].encode() not in sealed
        key = world.settings.otp_key()
        assert credentials.open_otp(key, person["id"], sealed) == person["otp_secret"]
    assert row(world.store, world.people["participant1"]["id"])["otp_sealed"] is None


def test_a_sealed_key_does_not_open_for_another_account_or_another_server_key(world):
    a, b = world.people["clinician1"], world.people["clinician2"]
    sealed = bytes(row(world.store, a["id"])["otp_sealed"])
    with pytest.raises(SealBroken):
        credentials.open_otp(world.settings.otp_key(), b["id"], sealed)
    with pytest.raises(SealBroken):
        credentials.open_otp(os.urandom(32), a["id"], sealed)
    # Copied onto b's row, a's key does not let anyone sign in as b, with a's codes or b's.
    world.store.set_otp_sealed(account_id=b["id"], sealed=sealed)
    world.clock.advance(seconds=31)
    for secret in (a["otp_secret"], b["otp_secret"]):
        with pytest.raises(accounts.LoginFailed):
            login(world, b["email"], otp_now(secret, world.clock))


def test_staff_without_a_readable_key_cannot_sign_in_until_an_admin_resets_it(world, server_settings):
    person = world.people["clinician1"]
    other_key = ServerSettings(
        database_url=server_settings.database_url, server_key=os.urandom(32), argon2_memory_kib=19456
    )
    world.clock.advance(seconds=31)
    with pytest.raises(accounts.LoginFailed):
        login(world, person["email"], otp_now(person["otp_secret"], world.clock), other_key)
    # The admin resets the second factor: the old key is wiped and the person is signed out everywhere.
    token, _ = login(world, person["email"], otp_now(person["otp_secret"], world.clock))
    made = accounts.reset_otp(world.store, other_key, email=person["email"], now=world.clock.now)
    assert set(made) == {"code", "url", "expires_at"}
    assert accounts.resolve(world.store, other_key, token=token, now=world.clock.now) is None
    assert row(world.store, person["id"])["otp_sealed"] is None
    world.clock.advance(seconds=31)
    with pytest.raises(accounts.LoginFailed):  # no key at all: the password alone is never enough for staff
        login(world, person["email"], None)
    renewed = accounts.use_reset(world.store, other_key, code=made["code"], password=PASSWORD, now=world.clock.now)
    assert renewed["otp_secret"] and renewed["otp_secret"] != person["otp_secret"]
    login(world, person["email"], otp_now(renewed["otp_secret"], world.clock), other_key)


def test_a_participant_has_no_second_factor_to_reset(world):
    with pytest.raises(accounts.BadRequest):
        accounts.reset_otp(world.store, world.settings, email=world.people["participant1"]["email"])
    with pytest.raises(LookupError):
        accounts.reset_otp(world.store, world.settings, email="nobody@example.org")


def _make_plaintext(world, name):
    """Put an account back the way versions before sealing kept it: the TOTP key in plaintext."""
    person = world.people[name]
    with world.store.transaction() as cur:
        cur.execute(
            "UPDATE accounts SET otp_sealed = NULL, otp_secret = %s WHERE id = %s", (person["otp_secret"], person["id"])
        )
    return person


def test_a_plaintext_key_from_before_is_sealed_at_first_sign_in(world):
    person = _make_plaintext(world, "researcher1")
    world.clock.advance(seconds=31)
    login(world, person["email"], otp_now(person["otp_secret"], world.clock))
    stored = row(world.store, person["id"])
    assert stored["otp_secret"] is None
    assert credentials.open_otp(world.settings.otp_key(), person["id"], stored["otp_sealed"]) == person["otp_secret"]


def test_plaintext_keys_are_all_sealed_on_upgrade(world):
    people = [_make_plaintext(world, name) for name in ("clinician1", "researcher2", "admin")]
    assert len(world.store.plaintext_otp_accounts()) == 3
    assert accounts.seal_plaintext_otp(world.store, world.settings) == 3
    assert world.store.plaintext_otp_accounts() == []
    for person in people:
        sealed = row(world.store, person["id"])["otp_sealed"]
        assert credentials.open_otp(world.settings.otp_key(), person["id"], sealed) == person["otp_secret"]
    with pytest.raises(Exception, match="accounts_otp_one_form"):  # both forms at once is refused by the schema
        with world.store.transaction() as cur:
            cur.execute("UPDATE accounts SET otp_secret = 'JBSWY3DPEHPK3PXP' WHERE id = %s", (people[0]["id"],))


def test_migration_4_on_a_database_made_before_it(server_store, server_settings, monkeypatch):
    from hearten.store import migrate

    real = migrate.migration_files
    monkeypatch.setattr(migrate, "migration_files", lambda dialect: real(dialect)[:3])
    assert server_store.migrate() == [1, 2, 3]
    with server_store.transaction() as cur:
        cur.execute(
            "INSERT INTO accounts (id, email, password_hash, role, otp_secret, created_at)"
            " VALUES ('old', 'old@example.org', 'x', 'clinician', 'JBSWY3DPEHPK3PXP', now())"
        )
    monkeypatch.setattr(migrate, "migration_files", real)
    assert server_store.migrate() == [4, 5]
    assert server_store.plaintext_otp_accounts() == [{"id": "old", "otp_secret": "JBSWY3DPEHPK3PXP"}]
    assert accounts.seal_plaintext_otp(server_store, server_settings) == 1
    sealed = server_store.account_by_id(account_id="old")["otp_sealed"]
    assert credentials.open_otp(server_settings.otp_key(), "old", sealed) == "JBSWY3DPEHPK3PXP"


def test_the_server_key_from_the_environment_is_checked():
    url = "postgresql://localhost/x"
    key = os.urandom(32)
    given = ServerSettings.from_env({"HEARTEN_DATABASE_URL": url, "HEARTEN_SERVER_KEY": base64.b64encode(key).decode()})
    assert given.otp_key() == key
    for bad in ("not base64!", base64.b64encode(b"short").decode()):
        with pytest.raises(ServerKeyProblem, match="HEARTEN_SERVER_KEY"):
            ServerSettings.from_env({"HEARTEN_DATABASE_URL": url, "HEARTEN_SERVER_KEY": bad})


# -- the command line ------------------------------------------------------------------------------------------
def test_init_makes_an_owner_only_key_file_and_never_replaces_it(env, initialised, tmp_path):
    done = initialised
    key_file = tmp_path / "home" / "server.key"
    assert str(key_file) in done.output
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(base64.b64decode(key_file.read_text().strip())) == 32
    before = key_file.read_bytes()
    assert run(env, "init", "--admin-email", "admin@example.org").exit_code == 1
    kept = run(env, "admin", "new-key")
    assert kept.exit_code == 0 and "left as it is" in kept.output
    assert key_file.read_bytes() == before


def test_reset_otp_from_the_command_line(env, initialised):
    org = json.loads(run(env, "admin", "create-org", "Clinic One", "--json").output)["id"]
    code = json.loads(run(env, "admin", "invite", "--org", org, "--role", "participant", "--json").output)["code"]
    made = json.loads(run(env, "admin", "reset-otp", "admin@example.org", "--json").output)
    assert set(made) == {"code", "url", "expires_at"} and "/reset?code=" in made["url"]
    said = run(env, "admin", "reset-otp", "admin@example.org")
    assert said.exit_code == 0 and "signed out everywhere" in said.output
    assert run(env, "admin", "reset-otp", "nobody@example.org").exit_code == 1
    settings = ServerSettings.from_env(env)
    from hearten.server.store import ServerStore

    store = ServerStore(settings.database_url, pool_size=1)
    try:
        accounts.accept_invite(store, settings, code=code, email="p@example.org", password=PASSWORD)
    finally:
        store.close()
    refused = run(env, "admin", "reset-otp", "p@example.org")
    assert refused.exit_code == 1 and "participant" in refused.output


def test_a_lost_key_file_stops_the_server_with_words_on_what_to_do(env, initialised, tmp_path):
    (tmp_path / "home" / "server.key").unlink()
    from hearten.server import admin

    with pytest.raises(admin.ServerProblem, match="If the server key is lost"):
        admin.check_ready(admin.settings_from_env(env))
    made = run(env, "admin", "new-key")
    assert made.exit_code == 0 and "Made the server key" in made.output
    assert (tmp_path / "home" / "server.key").exists()
    admin.check_ready(admin.settings_from_env(env))
