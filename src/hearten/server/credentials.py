"""Passwords, one-time codes, session tokens and TOTP: the small pieces of proof a server checks.

Passwords: Argon2id at OWASP's minimum or above (19 MiB, 2 passes, 1 lane), at least 8
characters besides spaces, up to 256, no composition rules, and not one of the 30,000 most
common passwords (the list zxcvbn ships). Tokens are 256 random bits; only their SHA-256 is kept.
TOTP keys are kept sealed with AES-256-GCM under the server key, bound to their account.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
from functools import lru_cache

from hearten.errors import SealBroken, WeakPassword

MIN_PASSWORD = 8
MAX_PASSWORD = 256  # the longest password that can be set, as typed and once normalised; the API schema says so
MAX_PASSWORD_TRIED = 4 * MAX_PASSWORD  # the longest one a sign-in (or the current password) is checked against
OWASP_MEMORY_KIB = 19456
OWASP_TIME_COST = 2
TOTP_STEP = 30
STAFF_ROLES = frozenset({"clinician", "researcher", "admin"})


def hasher(memory_kib: int = OWASP_MEMORY_KIB, time_cost: int = OWASP_TIME_COST):
    from argon2 import PasswordHasher, Type

    if memory_kib < OWASP_MEMORY_KIB or time_cost < OWASP_TIME_COST:
        raise ValueError("Argon2id parameters below OWASP's minimum (19 MiB, 2 passes)")
    return PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=1, type=Type.ID)


def normalise(password: str) -> str:
    """NFKC, so the same password typed on two keyboards is the same password."""
    return unicodedata.normalize("NFKC", password)


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"])


def check_password(password, *, email: str = "") -> str:
    """The password to hash (normalised), or WeakPassword with what to change."""
    from hearten import messages

    if not isinstance(password, str):
        raise WeakPassword(messages.SERVER_PASSWORD_SHORT)
    if len(password) > MAX_PASSWORD:  # as typed, which is what the published schema counts
        raise WeakPassword(messages.SERVER_PASSWORD_LONG)
    password = normalise(password)
    if len(password) < MIN_PASSWORD:
        raise WeakPassword(messages.SERVER_PASSWORD_SHORT)
    if len(password) > MAX_PASSWORD:
        raise WeakPassword(messages.SERVER_PASSWORD_LONG)
    if sum(not c.isspace() for c in password) < MIN_PASSWORD:  # eight spaces, or a letter and seven
        raise WeakPassword(messages.SERVER_PASSWORD_SPACES)
    folded = password.lower()
    if email and folded in {email.strip().lower(), email.strip().lower().split("@")[0]}:
        raise WeakPassword(messages.SERVER_PASSWORD_IS_EMAIL)
    if folded in common_passwords():
        raise WeakPassword(messages.SERVER_PASSWORD_COMMON)
    return password


def new_token() -> str:
    """256 random bits, URL-safe: session tokens and invite codes."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8", "surrogatepass"), b.encode("utf-8", "surrogatepass"))


def mac(key: bytes, purpose: str, value: str) -> str:
    return hmac.new(key, f"{purpose}:{value}".encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def new_otp_secret() -> str:
    import pyotp

    return pyotp.random_base32()


def otp_uri(secret: str, email: str) -> str:
    import pyotp

    return pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name="hearten")


def otp_step(secret: str, code, at_unix: float) -> int | None:
    """The time step a code belongs to (this one, or one either side for clock drift), or None."""
    import pyotp

    if not isinstance(code, str):
        return None
    code = code.strip().replace(" ", "")
    if len(code) != 6 or not code.isdigit():
        return None
    totp = pyotp.TOTP(secret)
    now_step = int(at_unix // TOTP_STEP)
    for step in (now_step, now_step - 1, now_step + 1):
        if same(totp.at(step * TOTP_STEP), code):
            return step
    return None


# -- TOTP keys at rest: AES-256-GCM under the server key -----------------------------------------------
SEALED_V1 = b"\x01"  # format byte, then a 96-bit nonce, then ciphertext and tag


def _otp_aad(account_id: str) -> bytes:
    # The account id is bound in, so a sealed key copied onto another account's row does not open.
    return b"hearten totp key for account " + account_id.encode("utf-8")


def seal_otp(key: bytes, account_id: str, secret: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return SEALED_V1 + nonce + AESGCM(key).encrypt(nonce, secret.encode("ascii"), _otp_aad(account_id))


def open_otp(key: bytes, account_id: str, sealed: bytes) -> str:
    """The TOTP key inside `sealed`, or SealBroken."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    sealed = bytes(sealed)
    if len(sealed) < 1 + 12 + 16 or sealed[:1] != SEALED_V1:
        raise SealBroken("not a sealed TOTP key this version knows")
    try:
        return AESGCM(key).decrypt(sealed[1:13], sealed[13:], _otp_aad(account_id)).decode("ascii")
    except InvalidTag:
        raise SealBroken("the server key does not open this TOTP key") from None
