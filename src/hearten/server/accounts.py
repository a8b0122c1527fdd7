"""Use-cases for accounts: set-up, organisations, invites, signing in and out, sessions.

Every function takes the store and the settings first and keyword-only arguments after.
"""

from __future__ import annotations

import ipaddress
import logging
import secrets
from datetime import UTC, datetime

from hearten import messages
from hearten.errors import AlreadyInitialised, AlreadyMember, LoginFailed, ResetInvalid, SealBroken
from hearten.errors import LoginThrottled as Throttled
from hearten.errors import ServerBadRequest as BadRequest
from hearten.server import credentials
from hearten.server.config import ServerSettings
from hearten.server.store import ROLES, AccountExists, InviteInvalid, ServerStore

log = logging.getLogger("hearten.server")
TOUCH_EVERY_SECONDS = 60  # last_seen is written at most once a minute per session, not on every request


class Actor:
    """Who is asking: the signed-in account and the session it came with."""

    __slots__ = ("account_id", "email", "role", "session_id", "token_hash")

    def __init__(self, *, account_id, email, role, session_id, token_hash):
        self.account_id, self.email, self.role = account_id, email, role
        self.session_id, self.token_hash = session_id, token_hash

    @property
    def is_staff(self) -> bool:
        return self.role in credentials.STAFF_ROLES

    def as_dict(self) -> dict:
        return {"account_id": self.account_id, "email": self.email, "role": self.role}


def utc_now() -> datetime:
    return datetime.now(UTC)


def check_email(email) -> str:
    if not isinstance(email, str):
        raise BadRequest("Please give an email address.")
    email = email.strip()
    name, at, domain = email.rpartition("@")
    if not at or not name or "." not in domain or len(email) > 254 or any(c.isspace() for c in email):
        raise BadRequest("Please give an email address like name@example.org.")
    return email


def _hasher(settings: ServerSettings):
    return credentials.hasher(settings.argon2_memory_kib, settings.argon2_time_cost)


def _sealer(settings: ServerSettings, secret: str):
    """seal(account_id): the TOTP key sealed for that account under the server key."""
    key = settings.otp_key()
    return lambda account_id: credentials.seal_otp(key, account_id, secret)


def otp_secret_of(store: ServerStore, settings: ServerSettings, account: dict) -> str | None:
    """An account's TOTP key, opened; a plaintext one left from before is sealed now. None when it has none
    or it cannot be opened (a lost or changed server key: the admin resets that person's second factor)."""
    if account.get("otp_sealed") is not None:
        try:
            return credentials.open_otp(settings.otp_key(), account["id"], account["otp_sealed"])
        except SealBroken as error:
            log.warning("the TOTP key of account %s cannot be opened: %s", account["id"], error)
            return None
    plaintext = account.get("otp_secret")
    if plaintext:
        sealed = credentials.seal_otp(settings.otp_key(), account["id"], plaintext)
        store.set_otp_sealed(account_id=account["id"], sealed=sealed, plaintext=plaintext)
        return plaintext
    return None


def seal_plaintext_otp(store: ServerStore, settings: ServerSettings) -> int:
    """Seal every TOTP key still kept in plaintext (from before keys were sealed); returns how many."""
    rows = store.plaintext_otp_accounts()
    if not rows:
        return 0
    key = settings.otp_key()
    return sum(
        store.set_otp_sealed(
            account_id=row["id"],
            sealed=credentials.seal_otp(key, row["id"], row["otp_secret"]),
            plaintext=row["otp_secret"],
        )
        for row in rows
    )


def server_secret(store: ServerStore) -> bytes:
    """The key that signs CSRF tokens; shared by every process through the database."""
    value = store.meta("secret")
    if value is None:
        store.set_meta_once("secret", secrets.token_hex(32))
        value = store.meta("secret")
    return bytes.fromhex(value)


# -- set-up -------------------------------------------------------------------------------------
def is_initialised(store: ServerStore) -> bool:
    return store.schema_version() > 0 and store.meta("initialised_at") is not None


def init_server(
    store: ServerStore, settings: ServerSettings, *, admin_email: str, password: str, now: datetime | None = None
) -> dict:
    """Create the schema and the first admin; AlreadyInitialised when done before. Returns {"id", "otp_secret"}."""
    now = now or utc_now()
    store.migrate()
    if store.meta("initialised_at") is not None or store.any_admin():
        raise AlreadyInitialised(messages.SERVER_INITIALISED)
    email = check_email(admin_email)
    password = credentials.check_password(password, email=email)
    otp = credentials.new_otp_secret()
    account_id = store.create_account(
        email=email,
        password_hash=_hasher(settings).hash(password),
        role="admin",
        seal_otp=_sealer(settings, otp),
        now=now,
    )
    server_secret(store)
    if not store.set_meta_once("initialised_at", now.isoformat()):
        raise AlreadyInitialised(messages.SERVER_INITIALISED)
    return {"id": account_id, "email": email, "otp_secret": otp, "otp_uri": credentials.otp_uri(otp, email)}


def create_org(store: ServerStore, *, name: str, now: datetime | None = None) -> str:
    name = (name or "").strip()
    if not name or len(name) > 200:
        raise BadRequest("Please give the organisation a name (up to 200 characters).")
    if store.org_named(name=name) is not None:
        raise BadRequest(messages.SERVER_ORG_NAME_TAKEN.format(name=name))
    return store.create_org(
        name=name,
        pseudonym_key=secrets.token_bytes(32),
        consent_text=messages.SERVER_DEFAULT_CONSENT,
        now=now or utc_now(),
    )


def create_invite(
    store: ServerStore,
    settings: ServerSettings,
    *,
    org_id: str | None,
    role: str,
    created_by: str | None = None,
    now: datetime | None = None,
) -> dict:
    """A one-time code (kept only as its hash) for one role in one organisation: {"code", "url", "expires_at"}."""
    if role not in ROLES:
        raise BadRequest(f"The role must be one of {', '.join(ROLES)}.")
    if org_id is not None and store.get_org(org_id=org_id) is None:
        raise BadRequest("There is no organisation with that id.")
    if org_id is None and role != "admin":
        raise BadRequest("Only an admin invite can be without an organisation.")
    now = now or utc_now()
    code = credentials.new_token()
    expires = now + settings.invite_life
    store.create_invite(
        code_hash=credentials.token_hash(code),
        org_id=org_id,
        role=role,
        created_by=created_by,
        now=now,
        expires_at=expires,
    )
    return {"code": code, "url": settings.join_url(code), "expires_at": expires.isoformat()}


def accept_invite(
    store: ServerStore, settings: ServerSettings, *, code: str, email: str, password: str, now: datetime | None = None
) -> dict:
    """Make an account from an invite: {"id", "email", "role", "orgs" (as `me` lists them: id, name,
    role), "otp_secret"?}. InviteInvalid or AccountExists."""
    email = check_email(email)
    password = credentials.check_password(password, email=email)
    if not isinstance(code, str) or not code or len(code) > 200:
        raise InviteInvalid()
    hashed = _hasher(settings).hash(password)
    otp = credentials.new_otp_secret()
    made = store.accept_invite(
        code_hash=credentials.token_hash(code.strip()),
        email=email,
        password_hash=hashed,
        seal_otp=_sealer(settings, otp),
        now=now or utc_now(),
    )
    orgs = [dict(m) for m in store.memberships_of(account_id=made["id"])]  # the shape `me` gives
    out = {"id": made["id"], "email": email, "role": made["role"], "orgs": orgs}
    if made["role"] in credentials.STAFF_ROLES:
        out["otp_secret"] = otp
        out["otp_uri"] = credentials.otp_uri(otp, email)
    return out


def invite_preview(store: ServerStore, *, code: str, now: datetime | None = None) -> dict | None:
    """What an invite is for ({"org_name", "role"}) while it still works, to say so before anyone joins."""
    if not isinstance(code, str) or not code.strip() or len(code) > 200:
        return None
    return store.invite_preview(code_hash=credentials.token_hash(code.strip()), now=now or utc_now())


def join_with_account(store: ServerStore, *, actor: Actor, code: str, now: datetime | None = None) -> dict:
    """A signed-in person joins one more organisation with an invite for their role: {"org_id"}.
    InviteInvalid when the code does not work for them."""
    if not isinstance(code, str) or not code.strip() or len(code) > 200:
        raise InviteInvalid()
    org_id = store.join_with_account(
        code_hash=credentials.token_hash(code.strip()),
        account_id=actor.account_id,
        role=actor.role,
        now=now or utc_now(),
    )
    return {"org_id": org_id}


def create_reset(store: ServerStore, settings: ServerSettings, *, email: str, now: datetime | None = None) -> dict:
    """An admin's reset for a forgotten password (or a lost authenticator): {"code", "url", "expires_at"}."""
    account = store.account_by_email(email=email)
    if account is None:
        raise LookupError(messages.SERVER_NO_ACCOUNT.format(email=email))
    now = now or utc_now()
    code = credentials.new_token()
    expires = now + settings.reset_life
    store.create_reset(code_hash=credentials.token_hash(code), account_id=account["id"], now=now, expires_at=expires)
    return {"code": code, "url": settings.reset_url(code), "expires_at": expires.isoformat()}


def use_reset(
    store: ServerStore, settings: ServerSettings, *, code: str, password: str, now: datetime | None = None
) -> dict:
    """Choose a new password with a reset code; staff get a new
    TOTP key (shown once). ResetInvalid (an InviteInvalid) when it does not work."""
    if not isinstance(code, str) or not code or len(code) > 200:
        raise ResetInvalid()
    hashed_code = credentials.token_hash(code.strip())
    # The password is checked before the code is spent, so a weak one does not use it up.
    password = credentials.check_password(password)
    otp = credentials.new_otp_secret()
    made = store.use_reset(
        code_hash=hashed_code,
        password_hash=_hasher(settings).hash(password),
        seal_otp=_sealer(settings, otp),
        now=now or utc_now(),
    )
    # A new password lifts the pause on the account (the address's own count stays, against guessing).
    store.clear_failures(key=_throttle_keys(made["email"], "")[0])
    out = {"id": made["id"], "email": made["email"], "role": made["role"]}
    if made["role"] in credentials.STAFF_ROLES:
        out["otp_secret"] = otp
        out["otp_uri"] = credentials.otp_uri(otp, made["email"])
    return out


def reset_otp(store: ServerStore, settings: ServerSettings, *, email: str, now: datetime | None = None) -> dict:
    """A staff member's lost (or unreadable) second factor: the old TOTP key is wiped at once, every session
    ends, and a one-time reset link lets them choose a password and add a new key. {"code", "url", "expires_at"}."""
    account = store.account_by_email(email=email)
    if account is None:
        raise LookupError(messages.SERVER_NO_ACCOUNT.format(email=email))
    if account["role"] not in credentials.STAFF_ROLES:
        raise BadRequest(messages.SERVER_NO_SECOND_FACTOR.format(email=account["email"]))
    made = create_reset(store, settings, email=account["email"], now=now)
    store.set_otp_sealed(account_id=account["id"], sealed=None)
    store.end_all_sessions(account_id=account["id"])
    return made


# -- signing in ------------------------------------------------------------------------------------
def _throttle_keys(email: str, address: str) -> tuple[str, str]:
    return f"account:{email.strip().lower()[:254]}", f"address:{address_bucket(address)}"


def address_bucket(address: str) -> str:
    """The place failed sign-ins are counted against: an IPv4 address itself, but an IPv6 address's
    whole /64 network, since one host or household is usually handed a /64 and could otherwise step
    through its addresses to escape the count. An IPv4 address written as IPv6 counts as itself."""
    try:
        parsed = ipaddress.ip_address(address.strip().split("%", 1)[0])
    except ValueError:
        return address
    if parsed.version == 6:
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def _refuse_when_throttled(
    store: ServerStore, settings: ServerSettings, account_key: str, address_key: str, *, now: datetime
) -> None:
    """Throttled when the account or the address has failed too often in the window."""
    recent = store.failures(keys=[account_key, address_key], since=now - settings.throttle_window)
    minutes = max(1, round(settings.throttle_window.total_seconds() / 60))
    if recent.get(account_key, 0) >= settings.account_failures:
        raise Throttled(messages.SERVER_THROTTLED.format(minutes=minutes))
    if recent.get(address_key, 0) >= settings.address_failures:
        raise Throttled(messages.SERVER_THROTTLED_PLACE.format(minutes=minutes))


def login(
    store: ServerStore,
    settings: ServerSettings,
    *,
    email,
    password,
    otp=None,
    address: str = "",
    user_agent: str = "",
    now: datetime | None = None,
) -> tuple[str, Actor]:
    """A new session token for a right email, password (and code for staff); LoginFailed or Throttled."""
    now = now or utc_now()
    if not isinstance(email, str) or not isinstance(password, str) or len(password) > credentials.MAX_PASSWORD_TRIED:
        raise LoginFailed()
    account_key, address_key = _throttle_keys(email, address)
    _refuse_when_throttled(store, settings, account_key, address_key, now=now)
    hasher = _hasher(settings)
    account = store.account_by_email(email=email.strip())
    ok = _password_matches(hasher, account["password_hash"] if account else _dummy_hash(hasher), password)
    if ok and account["role"] in credentials.STAFF_ROLES:
        # Staff always need the second step: one without a readable key (reset, or a lost server key) cannot sign in.
        secret = otp_secret_of(store, settings, account)
        step = credentials.otp_step(secret, otp, now.timestamp()) if secret else None
        ok = step is not None and store.claim_otp_step(account_id=account["id"], step=step)
    if not account or not ok:
        store.add_failure(keys=[account_key, address_key], now=now, since=now - settings.throttle_window)
        raise LoginFailed()
    if hasher.check_needs_rehash(account["password_hash"]):
        store.set_password_hash(account_id=account["id"], password_hash=hasher.hash(credentials.normalise(password)))
    store.clear_failures(key=account_key)
    store.drop_expired_sessions(account_id=account["id"], now=now, idle=settings.idle)  # the old ones, swept here
    token = credentials.new_token()  # a fresh session at every sign-in: nothing set before it survives
    hashed = credentials.token_hash(token)
    session_id = store.create_session(
        account_id=account["id"],
        token_hash=hashed,
        now=now,
        expires_at=now + settings.absolute,
        address=address,
        user_agent=user_agent,
    )
    return token, Actor(
        account_id=account["id"], email=account["email"], role=account["role"], session_id=session_id, token_hash=hashed
    )


def _password_matches(hasher, hashed: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return hasher.verify(hashed, credentials.normalise(password))
    except (VerificationError, InvalidHashError):
        return False


_dummy: dict = {}


def _dummy_hash(hasher) -> str:
    """A hash to verify against when the email is unknown, so both answers take as long."""
    key = (hasher.memory_cost, hasher.time_cost)
    if key not in _dummy:
        _dummy[key] = hasher.hash(secrets.token_urlsafe(16))
    return _dummy[key]


def resolve(
    store: ServerStore, settings: ServerSettings, *, token: str | None, now: datetime | None = None
) -> Actor | None:
    """The actor a session token belongs to, or None when it is unknown, idle too long or too old."""
    if not token or len(token) > 200:
        return None
    now = now or utc_now()
    hashed = credentials.token_hash(token)
    row = store.session_by_token(token_hash=hashed)
    if row is None:
        return None
    if now >= row["expires_at"] or now - row["last_seen_at"] >= settings.idle:
        store.end_session_by_token(token_hash=hashed)
        return None
    if (now - row["last_seen_at"]).total_seconds() >= TOUCH_EVERY_SECONDS:
        store.touch_session(session_id=row["session_id"], now=now)
    return Actor(
        account_id=row["account_id"],
        email=row["email"],
        role=row["role"],
        session_id=row["session_id"],
        token_hash=hashed,
    )


def change_password(
    store: ServerStore,
    settings: ServerSettings,
    *,
    actor: Actor,
    current: str,
    new: str,
    address: str = "",
    now: datetime | None = None,
) -> int:
    """Change one's own password (the current one is asked again); every other session ends. Returns how many.

    A wrong current password counts as a failed sign-in, so a session left open is no way round the throttle.
    """
    now = now or utc_now()
    account_key, address_key = _throttle_keys(actor.email, address)
    _refuse_when_throttled(store, settings, account_key, address_key, now=now)
    account = store.account_by_id(account_id=actor.account_id)
    if (
        not isinstance(current, str)
        or len(current) > credentials.MAX_PASSWORD_TRIED
        or not _password_matches(_hasher(settings), account["password_hash"], current)
    ):
        store.add_failure(keys=[account_key, address_key], now=now, since=now - settings.throttle_window)
        raise LoginFailed()
    password = credentials.check_password(new, email=actor.email)
    store.set_password_hash(account_id=actor.account_id, password_hash=_hasher(settings).hash(password))
    store.clear_failures(key=account_key)
    return store.end_other_sessions(account_id=actor.account_id, keep_session_id=actor.session_id)


def logout(store: ServerStore, *, actor: Actor) -> None:
    store.end_session_by_token(token_hash=actor.token_hash)


def me(store: ServerStore, *, actor: Actor) -> dict:
    return {
        "id": actor.account_id,
        "email": actor.email,
        "role": actor.role,
        "orgs": [dict(m) for m in store.memberships_of(account_id=actor.account_id)],
    }


def list_sessions(store: ServerStore, *, actor: Actor) -> list[dict]:
    return [
        {
            "id": s["id"],
            "created_at": s["created_at"].isoformat(),
            "last_seen_at": s["last_seen_at"].isoformat(),
            "expires_at": s["expires_at"].isoformat(),
            "address": s["address"],
            "user_agent": s["user_agent"],
            "current": s["id"] == actor.session_id,
        }
        for s in store.list_sessions(account_id=actor.account_id)
    ]


def end_session(store: ServerStore, *, actor: Actor, session_id: str) -> bool:
    """End one of the actor's own sessions; False when they have none with that id."""
    return store.end_session(account_id=actor.account_id, session_id=session_id)


def end_sessions_for(store: ServerStore, *, email: str) -> int:
    """An admin's reset: end every session of one account. LookupError when there is no such account."""
    account = store.account_by_email(email=email)
    if account is None:
        raise LookupError(messages.SERVER_NO_ACCOUNT.format(email=email))
    return store.end_all_sessions(account_id=account["id"])


def end_sessions_of_account(store: ServerStore, *, account_id: str) -> int:
    if store.account_by_id(account_id=account_id) is None:
        raise LookupError("no such account")
    return store.end_all_sessions(account_id=account_id)


__all__ = [
    "AccountExists",
    "AlreadyInitialised",
    "AlreadyMember",
    "BadRequest",
    "InviteInvalid",
    "LoginFailed",
    "ResetInvalid",
    "Throttled",
]
