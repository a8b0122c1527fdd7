"""Security of server mode: passwords, sessions and their timeouts, throttling, TOTP, invites, CSRF, Host, headers."""

from __future__ import annotations

import pyotp
import pytest
from tests.server.conftest import PASSWORD, csrf, make_client, otp_now, sign_in

from hearten import messages
from hearten.server import accounts, credentials
from hearten.server.config import ServerSettings

pytestmark = pytest.mark.postgres


# -- passwords -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("password", ["short", "password", "qwerty123", "Password1", "iloveyou"])
def test_short_and_common_passwords_are_refused(password):
    with pytest.raises(credentials.WeakPassword):
        credentials.check_password(password)


def test_a_password_that_is_the_email_says_so():
    for password in ("someone.kind@example.org", "Someone.Kind"):
        with pytest.raises(credentials.WeakPassword, match="your email address"):
            credentials.check_password(password, email="someone.kind@example.org")


def test_long_passwords_and_any_characters_are_allowed_without_composition_rules():
    assert credentials.check_password("all lower case words") == "all lower case words"
    long = "correct horse battery staple " * 4
    assert len(long) > 64 and credentials.check_password(long) == long
    assert (
        credentials.check_password("ｆｕｌｌｗｉｄｔｈ ｐａｓｓ") == "fullwidth pass"
    )  # NFKC: one password, any keyboard
    with pytest.raises(credentials.WeakPassword):
        credentials.check_password("x" * 257)
    with pytest.raises(credentials.WeakPassword):
        credentials.check_password("someone@example.org", email="someone@example.org")


@pytest.mark.parametrize("password", [" " * 8, " " * 40, "\t\n \u00a0 \u3000  ", "a       ", " a b c d e f g "])
def test_a_password_of_mostly_spaces_is_refused_with_its_reason(password):
    with pytest.raises(credentials.WeakPassword, match="mostly spaces"):
        credentials.check_password(password)


def test_a_password_of_only_spaces_is_refused_wherever_one_is_chosen(client_for, world, clock):
    client = client_for()
    code = accounts.create_invite(world.store, world.settings, org_id=world.orgs[0], role="participant")["code"]
    joined = client.post("/api/v1/invites/accept", json={"code": code, "email": "new@example.org", "password": " " * 8})
    assert joined.status_code == 400 and joined.json()["detail"] == messages.SERVER_PASSWORD_SPACES
    reset = accounts.create_reset(world.store, world.settings, email="participant2@example.org", now=clock.now)
    answer = client.post("/api/v1/password-resets/accept", json={"code": reset["code"], "password": " " * 12})
    assert answer.status_code == 400 and answer.json()["detail"] == messages.SERVER_PASSWORD_SPACES
    me = client_for("participant1")
    changed = me.post("/api/v1/me/password", json={"current": PASSWORD, "new": " " * 8})
    assert changed.status_code == 400 and changed.json()["detail"] == messages.SERVER_PASSWORD_SPACES
    # nothing was spent: the invite and the reset still work with a real password
    good = "a quiet lantern by the sea"
    again = client.post("/api/v1/invites/accept", json={"code": code, "email": "new@example.org", "password": good})
    assert again.status_code == 201
    assert (
        client.post("/api/v1/password-resets/accept", json={"code": reset["code"], "password": good}).status_code == 200
    )


def test_the_published_password_limits_are_the_ones_the_server_keeps(client_for, world):
    client = client_for()
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    chosen = [("AcceptIn", "password"), ("ResetIn", "password"), ("PasswordIn", "new")]
    for model, field in chosen:
        published = schemas[model]["properties"][field]
        assert published["maxLength"] == credentials.MAX_PASSWORD, model
        assert published["minLength"] == credentials.MIN_PASSWORD, model
    for model, field in [("LoginIn", "password"), ("PasswordIn", "current")]:
        assert schemas[model]["properties"][field]["maxLength"] == credentials.MAX_PASSWORD_TRIED, model
    longest = ("a quiet harbour " * 20)[: credentials.MAX_PASSWORD]
    assert len(longest) == credentials.MAX_PASSWORD and credentials.check_password(longest) == longest
    too_long = longest + "x"
    with pytest.raises(credentials.WeakPassword, match="longer than"):
        credentials.check_password(too_long)
    # NFKC can make a password shorter ("e" and a combining accent become one letter): the limit is on what is typed
    with pytest.raises(credentials.WeakPassword, match="longer than"):
        credentials.check_password("e\u0301" * 150)
    code = accounts.create_invite(world.store, world.settings, org_id=world.orgs[0], role="participant")["code"]
    body = {"code": code, "email": "long@example.org", "password": too_long}
    refused = client.post("/api/v1/invites/accept", json=body)
    assert refused.status_code == 400 and refused.json()["detail"] == messages.SERVER_PASSWORD_LONG
    made = client.post("/api/v1/invites/accept", json={**body, "password": longest})
    assert made.status_code == 201
    me = client_for()
    signed = me.post("/api/v1/login", json={"email": "long@example.org", "password": longest})
    assert signed.status_code == 200
    me.headers["X-CSRF-Token"] = signed.json()["csrf_token"]
    changed = me.post("/api/v1/me/password", json={"current": longest, "new": too_long})
    assert changed.status_code == 400 and changed.json()["detail"] == messages.SERVER_PASSWORD_LONG


def test_argon2id_at_or_above_the_owasp_minimum():
    hasher = credentials.hasher()
    hashed = hasher.hash("a quiet harbour")
    assert hashed.startswith("$argon2id$") and "m=19456,t=2,p=1" in hashed
    with pytest.raises(ValueError):
        credentials.hasher(memory_kib=8192)


def test_login_rehashes_when_the_parameters_rise(world, clock):
    store = world.store
    before = store.account_by_email(email="participant1@example.org")["password_hash"]
    stronger = ServerSettings(database_url=world.settings.database_url, argon2_memory_kib=32768, argon2_time_cost=3)
    accounts.login(store, stronger, email="participant1@example.org", password=PASSWORD, now=clock.now)
    after = store.account_by_email(email="participant1@example.org")["password_hash"]
    assert before != after and "m=32768,t=3" in after
    accounts.login(store, stronger, email="participant1@example.org", password=PASSWORD, now=clock.now)
    assert store.account_by_email(email="participant1@example.org")["password_hash"] == after  # no needless rehash


# -- signing in -------------------------------------------------------------------------------------------------
def test_the_same_words_whether_the_email_exists_or_not(app, world):
    client = make_client(app)
    client.headers["X-CSRF-Token"] = csrf(client)
    unknown = client.post("/api/v1/login", json={"email": "nobody@example.org", "password": PASSWORD})
    wrong = client.post("/api/v1/login", json={"email": "participant1@example.org", "password": "not the password"})
    assert unknown.status_code == wrong.status_code == 401
    assert unknown.json() == wrong.json()
    client.close()


@pytest.mark.parametrize(
    "body",
    [
        {"email": "participant1@example.org"},
        {"password": PASSWORD},
        {},
        {"email": "participant1@example.org", "password": PASSWORD, "remember": True},
        {"email": ["participant1@example.org"], "password": PASSWORD},
        {"email": "participant1@example.org", "password": "x" * (credentials.MAX_PASSWORD_TRIED + 1)},
        "not an object",
    ],
)
def test_a_malformed_sign_in_is_the_same_401_as_a_wrong_password(app, world, body):
    client = make_client(app)
    client.headers["X-CSRF-Token"] = csrf(client)
    wrong = client.post("/api/v1/login", json={"email": "participant1@example.org", "password": "not the password"})
    malformed = client.post("/api/v1/login", json=body)
    assert malformed.status_code == wrong.status_code == 401
    assert malformed.json() == wrong.json() == {"detail": messages.SERVER_LOGIN_FAILED}
    not_json = client.post("/api/v1/login", content=b"{oops", headers={"content-type": "application/json"})
    assert not_json.status_code == 401 and not_json.json() == wrong.json()
    client.close()


def _guessing_many_accounts_throttles_the_place(world, clock, *, guess_from, then_from) -> None:
    """Fail the per-address limit's worth of sign-ins, each as another account from guess_from(n), then find
    that even the right password for a real account is throttled from then_from."""
    for n in range(world.settings.address_failures):
        with pytest.raises(accounts.LoginFailed):
            accounts.login(
                world.store,
                world.settings,
                email=f"guess{n}@example.org",
                password="wrong one",
                address=guess_from(n),
                now=clock.now,
            )
    with pytest.raises(accounts.Throttled, match="from this network"):  # not "this account": a reset would not help
        accounts.login(
            world.store,
            world.settings,
            email="participant2@example.org",
            password=PASSWORD,
            address=then_from,
            now=clock.now,
        )


def test_throttled_per_account_then_per_address(world, clock):
    settings = world.settings
    for _ in range(settings.account_failures):
        with pytest.raises(accounts.LoginFailed):
            accounts.login(
                world.store,
                settings,
                email="participant1@example.org",
                password="wrong one",
                address="10.0.0.1",
                now=clock.now,
            )
    with pytest.raises(accounts.Throttled):  # even the right password waits now
        accounts.login(
            world.store,
            settings,
            email="participant1@example.org",
            password=PASSWORD,
            address="10.0.0.2",
            now=clock.now,
        )
    clock.advance(minutes=16)
    accounts.login(
        world.store, settings, email="participant1@example.org", password=PASSWORD, address="10.0.0.2", now=clock.now
    )
    # Per address: many accounts tried from one place.
    _guessing_many_accounts_throttles_the_place(world, clock, guess_from=lambda n: "10.0.0.9", then_from="10.0.0.9")


def test_an_ipv6_network_is_throttled_as_one_place(world, clock):
    # Each guess from a different address of the same /64 still counts against that network.
    _guessing_many_accounts_throttles_the_place(
        world, clock, guess_from=lambda n: f"2001:db8:1:2::{n + 1:x}", then_from="2001:db8:1:2:ffff::9"
    )
    # The next /64 over is another place.
    accounts.login(
        world.store,
        world.settings,
        email="participant2@example.org",
        password=PASSWORD,
        address="2001:db8:1:3::1",
        now=clock.now,
    )


@pytest.mark.parametrize(
    ("address", "bucket"),
    [
        ("10.0.0.1", "10.0.0.1"),
        ("2001:db8:1:2::1", "2001:db8:1:2::/64"),
        ("2001:DB8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"),
        ("fe80::1%eth0", "fe80::/64"),
        ("::ffff:192.0.2.7", "192.0.2.7"),
        ("", ""),
        ("testclient", "testclient"),
    ],
)
def test_address_bucket(address, bucket):
    assert accounts.address_bucket(address) == bucket


def test_throttled_login_answers_429(app, world):
    client = make_client(app)
    client.headers["X-CSRF-Token"] = csrf(client)
    for _ in range(world.settings.account_failures):
        client.post("/api/v1/login", json={"email": "participant1@example.org", "password": "wrong one"})
    answer = client.post("/api/v1/login", json={"email": "participant1@example.org", "password": PASSWORD})
    assert answer.status_code == 429 and "Retry-After" in answer.headers
    client.close()


def test_staff_need_a_totp_code_that_works_once(world, clock):
    store, settings = world.store, world.settings
    email, secret = "clinician1@example.org", world.people["clinician1"]["otp_secret"]
    with pytest.raises(accounts.LoginFailed):
        accounts.login(store, settings, email=email, password=PASSWORD, now=clock.now)
    # Wrong in every step the server accepts (this one and one either side), not only in this one.
    accepted = {pyotp.TOTP(secret).at(clock.now.timestamp() + credentials.TOTP_STEP * step) for step in (-1, 0, 1)}
    wrong = next(code for code in ("000000", "111111", "222222", "333333") if code not in accepted)
    with pytest.raises(accounts.LoginFailed):
        accounts.login(store, settings, email=email, password=PASSWORD, otp=wrong, now=clock.now)
    code = otp_now(secret, clock)
    accounts.login(store, settings, email=email, password=PASSWORD, otp=code, now=clock.now)
    with pytest.raises(accounts.LoginFailed):  # replayed
        accounts.login(store, settings, email=email, password=PASSWORD, otp=code, now=clock.now)
    clock.advance(seconds=30)
    accounts.login(store, settings, email=email, password=PASSWORD, otp=pyotp.TOTP(secret).at(clock.now), now=clock.now)


def test_participants_have_no_second_factor(world):
    assert world.store.account_by_email(email="participant1@example.org")["otp_secret"] is None
    assert all(world.people[n]["otp_secret"] for n in ("clinician1", "researcher1", "admin"))


# -- sessions ----------------------------------------------------------------------------------------------------
def test_tokens_are_random_256_bits_and_kept_only_hashed(world, clock):
    token, actor = accounts.login(
        world.store, world.settings, email="participant1@example.org", password=PASSWORD, now=clock.now
    )
    assert len(token) >= 43  # 32 bytes, URL-safe base64
    with world.store.transaction() as cur:
        cur.execute("SELECT token_hash FROM login_sessions")
        kept = [row["token_hash"] for row in cur.fetchall()]
    assert token not in kept and credentials.token_hash(token) in kept


def test_a_new_session_at_every_login(world, clock):
    first, _ = accounts.login(
        world.store, world.settings, email="participant1@example.org", password=PASSWORD, now=clock.now
    )
    second, _ = accounts.login(
        world.store, world.settings, email="participant1@example.org", password=PASSWORD, now=clock.now
    )
    assert first != second


def test_idle_and_absolute_timeouts(world, clock):
    settings, store = world.settings, world.store
    token, _ = accounts.login(store, settings, email="participant1@example.org", password=PASSWORD, now=clock.now)
    clock.advance(minutes=29)
    assert accounts.resolve(store, settings, token=token, now=clock.now) is not None
    clock.advance(minutes=29)  # seen 29 minutes ago: still within the idle limit
    assert accounts.resolve(store, settings, token=token, now=clock.now) is not None
    clock.advance(minutes=31)
    assert accounts.resolve(store, settings, token=token, now=clock.now) is None  # idle too long, and gone for good
    clock.advance(minutes=1)
    token, _ = accounts.login(store, settings, email="participant1@example.org", password=PASSWORD, now=clock.now)
    started = clock.now
    while accounts.resolve(store, settings, token=token, now=clock.now) is not None:
        clock.advance(minutes=20)  # used every 20 minutes: never idle, but not for ever
    assert clock.now - started == settings.absolute


def test_list_and_end_own_sessions_and_the_admin_ends_anyones(client_for, world):
    phone = client_for("participant1")
    laptop = client_for("participant1")
    listed = laptop.get("/api/v1/me/sessions").json()
    assert len(listed) == 2 and sum(s["current"] for s in listed) == 1
    other = next(s["id"] for s in listed if not s["current"])
    assert laptop.delete(f"/api/v1/me/sessions/{other}").status_code == 204
    assert phone.get("/api/v1/me").status_code == 401
    admin = client_for("admin")
    pid = world.people["participant1"]["id"]
    assert admin.delete(f"/api/v1/accounts/{pid}/sessions").json() == {"ended": 1}
    assert laptop.get("/api/v1/me").status_code == 401


# -- invites --------------------------------------------------------------------------------------------------------
def test_invites_work_once_and_expire(world, clock):
    store, settings = world.store, world.settings
    code = accounts.create_invite(store, settings, org_id=world.orgs[0], role="participant", now=clock.now)["code"]
    accounts.accept_invite(store, settings, code=code, email="a@example.org", password=PASSWORD, now=clock.now)
    with pytest.raises(accounts.InviteInvalid):
        accounts.accept_invite(store, settings, code=code, email="b@example.org", password=PASSWORD, now=clock.now)
    late = accounts.create_invite(store, settings, org_id=world.orgs[0], role="participant", now=clock.now)["code"]
    clock.advance(days=8)
    with pytest.raises(accounts.InviteInvalid):
        accounts.accept_invite(store, settings, code=late, email="c@example.org", password=PASSWORD, now=clock.now)
    with world.store.transaction() as cur:
        cur.execute("SELECT code_hash FROM invites")
        assert code not in {row["code_hash"] for row in cur.fetchall()}


def test_a_failed_join_leaves_the_invite_usable(world, clock):
    store, settings = world.store, world.settings
    code = accounts.create_invite(store, settings, org_id=world.orgs[0], role="participant", now=clock.now)["code"]
    with pytest.raises(accounts.AccountExists):
        accounts.accept_invite(
            store, settings, code=code, email="participant1@example.org", password=PASSWORD, now=clock.now
        )
    accounts.accept_invite(store, settings, code=code, email="fresh@example.org", password=PASSWORD, now=clock.now)


def test_staff_cannot_invite_staff(client_for, world):
    doctor = client_for("clinician1")
    org = world.orgs[0]
    assert doctor.post(f"/api/v1/orgs/{org}/invites", json={"role": "admin"}).status_code == 403
    assert doctor.post(f"/api/v1/orgs/{org}/invites", json={"role": "participant"}).status_code == 201


# -- CSRF, Host, headers ----------------------------------------------------------------------------------------------
def test_every_change_needs_the_csrf_token_of_its_session(client_for, world):
    me = client_for("participant1")
    token = me.headers.pop("X-CSRF-Token")
    assert me.post("/api/v1/checkins", json={"mood": 5}).status_code == 403
    assert me.post("/api/v1/checkins", json={"mood": 5}, headers={"X-CSRF-Token": "x" * 64}).status_code == 403
    other = client_for("participant2")
    assert (
        me.post(
            "/api/v1/checkins", json={"mood": 5}, headers={"X-CSRF-Token": other.headers["X-CSRF-Token"]}
        ).status_code
        == 403
    )
    assert me.post("/api/v1/checkins", json={"mood": 5}, headers={"X-CSRF-Token": token}).status_code == 201
    assert (
        me.post(
            "/api/v1/checkins", json={"mood": 5}, headers={"X-CSRF-Token": token, "Origin": "https://evil.example"}
        ).status_code
        == 403
    )


def test_login_itself_needs_the_pre_sign_in_token(app, world):
    client = make_client(app)
    answer = client.post("/api/v1/login", json={"email": "participant1@example.org", "password": PASSWORD})
    assert answer.status_code == 403
    client.close()


def test_a_foreign_host_is_refused(app):
    client = make_client(app)
    assert client.get("/api/v1/csrf", headers={"Host": "evil.example"}).status_code == 400
    client.close()


def test_the_local_apps_security_headers(app, world):
    from hearten.web.security import COMMON_HEADERS

    client = sign_in(make_client(app), world, "participant1")
    for path in ("/api/v1/me", "/org", "/login"):
        answer = client.get(path)
        for name, value in COMMON_HEADERS:
            assert answer.headers[name.decode()] == value.decode()
        assert answer.headers["cache-control"] == "no-store"
    cookie = client.post("/api/v1/logout").headers.get("set-cookie", "")
    assert "HttpOnly" in cookie or "httponly" in cookie.lower()
    client.close()


def test_secure_cookies_use_the_host_prefix(world, server_store, clock):
    from hearten.server.app import create_server_app

    settings = ServerSettings(
        database_url=world.settings.database_url, allowed_hosts=("testserver",), cookie_secure=True
    )
    client = make_client(create_server_app(settings, store=server_store, clock=clock))
    cookie = client.get("/api/v1/csrf").headers["set-cookie"]
    assert cookie.startswith("__Host-") and "secure" in cookie.lower() and "samesite=strict" in cookie.lower()
    assert client.get("/api/v1/csrf").headers["strict-transport-security"].startswith("max-age=")
    client.close()


def test_signing_in_again_ends_the_session_the_browser_had(client_for, world):
    client = client_for("participant1")
    old = dict(client.cookies)
    sign_in(client, world, "participant1")
    assert len(client.get("/api/v1/me/sessions").json()) == 1
    stale = make_client(client.app)
    stale.cookies.update(old)
    assert stale.get("/api/v1/me").status_code == 401
    stale.close()


def test_changing_the_password_asks_for_the_old_one_and_ends_other_sessions(client_for, world):
    phone = client_for("participant1")
    laptop = client_for("participant1")
    wrong = laptop.post("/api/v1/me/password", json={"current": "not it at all", "new": "a brand new sentence"})
    assert wrong.status_code == 401
    assert laptop.post("/api/v1/me/password", json={"current": PASSWORD, "new": "letmein1"}).status_code == 400
    done = laptop.post("/api/v1/me/password", json={"current": PASSWORD, "new": "a brand new sentence"})
    assert done.json() == {"ended": 1}
    assert phone.get("/api/v1/me").status_code == 401 and laptop.get("/api/v1/me").status_code == 200
    accounts.login(world.store, world.settings, email="participant1@example.org", password="a brand new sentence")


def test_the_public_address_is_an_allowed_host():
    settings = ServerSettings.from_env(
        {"HEARTEN_DATABASE_URL": "postgresql://x@/y", "HEARTEN_SERVER_URL": "https://hearten.example.org"}
    )
    assert "hearten.example.org" in settings.allowed_hosts and settings.cookie_secure
    assert settings.join_url("abc") == "https://hearten.example.org/join?code=abc"
    with pytest.raises(ValueError):
        ServerSettings.from_env({})


# -- an admin's reset ----------------------------------------------------------------------------------------------
def test_a_reset_sets_a_new_password_once_and_signs_out_everywhere(client_for, world, clock):
    phone = client_for("participant1")
    made = accounts.create_reset(world.store, world.settings, email="participant1@example.org", now=clock.now)
    assert made["url"].endswith(made["code"])
    client = client_for()
    weak = client.post("/api/v1/password-resets/accept", json={"code": made["code"], "password": "password1"})
    assert weak.status_code == 400  # refused before the code is spent
    done = client.post("/api/v1/password-resets/accept", json={"code": made["code"], "password": "a new quiet morning"})
    assert done.status_code == 200 and done.json()["otp_secret"] is None
    assert phone.get("/api/v1/me").status_code == 401
    again = client.post(
        "/api/v1/password-resets/accept", json={"code": made["code"], "password": "another new morning"}
    )
    assert again.status_code == 400 and again.json()["detail"] == messages.SERVER_RESET_INVALID
    with pytest.raises(accounts.LoginFailed):
        accounts.login(world.store, world.settings, email="participant1@example.org", password=PASSWORD, now=clock.now)
    accounts.login(
        world.store, world.settings, email="participant1@example.org", password="a new quiet morning", now=clock.now
    )


def test_a_reset_code_that_does_not_work_is_said_as_a_reset_not_an_invite(client_for):
    client = client_for()
    bogus = client.post(
        "/api/v1/password-resets/accept", json={"code": "bogus", "password": "a brand new passphrase 9"}
    )
    assert bogus.status_code == 400
    assert bogus.json()["detail"] == messages.SERVER_RESET_INVALID and "invite" not in bogus.json()["detail"]
    assert "admin" in messages.SERVER_RESET_INVALID


def test_a_reset_expires_and_gives_staff_a_new_authenticator_key(world, clock):
    late = accounts.create_reset(world.store, world.settings, email="clinician1@example.org", now=clock.now)
    clock.advance(hours=25)
    with pytest.raises(accounts.InviteInvalid):
        accounts.use_reset(
            world.store, world.settings, code=late["code"], password="a new quiet morning", now=clock.now
        )
    fresh = accounts.create_reset(world.store, world.settings, email="clinician1@example.org", now=clock.now)
    done = accounts.use_reset(
        world.store, world.settings, code=fresh["code"], password="a new quiet morning", now=clock.now
    )
    assert done["otp_secret"] and done["otp_secret"] != world.people["clinician1"]["otp_secret"]
    accounts.login(
        world.store,
        world.settings,
        email="clinician1@example.org",
        password="a new quiet morning",
        otp=otp_now(done["otp_secret"], clock),
        now=clock.now,
    )
    with pytest.raises(LookupError):
        accounts.create_reset(world.store, world.settings, email="nobody@example.org")


def test_an_oversized_body_is_refused(client_for):
    from hearten.web.limits import BODY_BYTES

    me = client_for("participant1")
    answer = me.post(
        "/api/v1/entries",
        content=b'{"text": "' + b"a" * (BODY_BYTES + 1) + b'"}',
        headers={"content-type": "application/json"},
    )
    assert answer.status_code == 413


def test_text_the_database_cannot_hold_is_a_400_not_a_500(client_for, world):
    anon = client_for()
    assert anon.post("/api/v1/login", json={"email": "a\u0000@example.org", "password": PASSWORD}).status_code in (
        400,
        401,
    )
    me = client_for("participant1")
    assert me.get("/api/v1/orgs/ab%00cd/consent").status_code in (400, 403)
    assert me.put(f"/api/v1/entries/{2**70}/shared", json={"shared": True}).status_code in (400, 404, 422)
    assert me.post("/api/v1/entries", json={"text": "a\u0000b"}).status_code == 400


def test_a_password_reset_lifts_the_pause_on_the_account(world, clock):
    settings = world.settings
    email = "participant1@example.org"
    for n in range(settings.account_failures):  # a stranger guessing, from several places
        with pytest.raises(accounts.LoginFailed):
            accounts.login(world.store, settings, email=email, password="wrong", address=f"10.0.1.{n}", now=clock.now)
    with pytest.raises(accounts.Throttled, match="to this account, so it is paused for up to 15 minutes"):
        accounts.login(world.store, settings, email=email, password=PASSWORD, address="10.0.2.1", now=clock.now)
    code = accounts.create_reset(world.store, settings, email=email, now=clock.now)["code"]
    accounts.use_reset(world.store, settings, code=code, password="a brand new passphrase 7", now=clock.now)
    accounts.login(
        world.store, settings, email=email, password="a brand new passphrase 7", address="10.0.2.1", now=clock.now
    )


def test_a_malformed_request_is_answered_without_the_values_sent(app, world):
    """A 422 says where and what was wrong, never what was sent: a password must not come back in an answer."""
    client = make_client(app)
    client.headers["X-CSRF-Token"] = csrf(client)
    secret = "my very secret passphrase 77"
    answer = client.post("/api/v1/invites/accept", json={"code": ["not", "a", "string"], "password": secret, "x": 1})
    assert answer.status_code == 422
    assert secret not in answer.text and "input" not in answer.json()["detail"][0]
    assert {"loc", "msg", "type"} == set(answer.json()["detail"][0])
    client.close()
