"""Keys for encryption at rest: the key file, the recovery key, encrypted exports.

The database is encrypted by SQLCipher (hearten.store.sqlcipher) with a random 256-bit
data key. That key never depends on the passphrase: it is stored wrapped (AES-256-GCM) by
a key derived from the passphrase with Argon2id, so changing the passphrase rewrites one
small file, never the database. See docs/privacy.md for the byte layout.

argon2 and cryptography are imported inside the functions that use them, so
`import hearten.crypto` costs nothing on commands that never unlock (a test guards this).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import struct
import time
import unicodedata
from dataclasses import dataclass

from hearten.errors import CryptoError, KeyFileCorrupt, UnsupportedFormat, WrongPassphrase  # noqa: F401  (re-exported)

KEYFILE_MAGIC = b"HEARTENKEY"
BLOB_MAGIC = b"HEARTENEXP"
KEYFILE_VERSION = 1
BLOB_VERSION = 1
KEY_BYTES = 32  # AES-256 and SQLCipher's raw key
SALT_BYTES = 16
NONCE_BYTES = 12  # AES-GCM's standard nonce
TAG_BYTES = 16
DIGEST_BYTES = 32  # SHA-256 trailer
RECOVERY_BYTES = 32
MAX_HEADER_BYTES = 64 * 1024
_PREFIX = struct.Struct(">BI")  # version, header length

# Reading a file must not let it ask for absurd work: these bound what a header may say.
_MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
_MAX_TIME_COST = 64
_MAX_PARALLELISM = 64


@dataclass(frozen=True, slots=True)
class Argon2Params:
    """Argon2id cost: memory in KiB, passes, lanes."""

    memory_kib: int
    time_cost: int
    parallelism: int

    def as_header(self) -> dict:
        return {"m": self.memory_kib, "t": self.time_cost, "p": self.parallelism}

    def meets_floor(self) -> bool:
        return self.memory_kib >= FLOOR_PARAMS.memory_kib and self.time_cost >= FLOOR_PARAMS.time_cost


# OWASP's minimum for Argon2id (19 MiB, 2 passes); nothing tuned or defaulted goes below it.
FLOOR_PARAMS = Argon2Params(memory_kib=19 * 1024, time_cost=2, parallelism=1)
# RFC 9106's second recommended setting, for machines we have not measured.
DEFAULT_PARAMS = Argon2Params(memory_kib=64 * 1024, time_cost=3, parallelism=4)


# ---------------------------------------------------------------- helpers


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value, *, length: int | None, what: str, error=KeyFileCorrupt) -> bytes:
    if not isinstance(value, str):
        raise error(f"the {what} in the file is missing or not text")
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise error(f"the {what} in the file is not valid base64") from None
    if _b64(data) != value:  # spare bits set: a changed file that would decode the same
        raise error(f"the {what} in the file is not in canonical base64")
    if length is not None and len(data) != length:
        raise error(f"the {what} in the file has the wrong length")
    return data


def _canonical(obj) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _passphrase_bytes(passphrase) -> bytes:
    if isinstance(passphrase, bytes):
        secret = passphrase
    elif isinstance(passphrase, str):
        # NFC so the same words typed on two systems give the same bytes
        secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    else:
        raise TypeError("the passphrase must be text")
    if not secret:
        raise WrongPassphrase("the passphrase is empty; please choose one with a few words in it")
    return secret


def _argon2(secret: bytes, salt: bytes, params: Argon2Params) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(secret)


def _seal(key: bytes, nonce: bytes, plaintext: bytes, aad: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key).encrypt(nonce, plaintext, aad)


def _open(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes | None:
    """The plaintext, or None when the key is wrong (the file's checksum already passed)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        return None


def _frame(magic: bytes, version: int, header: bytes, body: bytes = b"") -> bytes:
    head = magic + _PREFIX.pack(version, len(header)) + header + body
    return head + hashlib.sha256(head).digest()


def _unframe(data, magic: bytes, known_version: int, what: str) -> tuple[bytes, bytes, bytes]:
    """(prefix bytes, header bytes, body bytes) after checking magic, version and checksum."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"the {what} must be bytes")
    data = bytes(data)
    if not data.startswith(magic):
        raise KeyFileCorrupt(f"this is not a hearten {what} (it does not start with {magic.decode()})")
    fixed = len(magic) + _PREFIX.size
    if len(data) < fixed + DIGEST_BYTES:
        raise KeyFileCorrupt(f"the {what} is truncated")
    version, header_len = _PREFIX.unpack_from(data, len(magic))
    if version != known_version:
        raise UnsupportedFormat(
            f"the {what} uses format version {version}, and this hearten reads version {known_version}; "
            "a newer hearten may read it"
        )
    content, digest = data[:-DIGEST_BYTES], data[-DIGEST_BYTES:]
    if not secrets.compare_digest(hashlib.sha256(content).digest(), digest):
        raise KeyFileCorrupt(f"the {what} is damaged or was changed (its checksum does not match)")
    if header_len > MAX_HEADER_BYTES or fixed + header_len > len(content):
        raise KeyFileCorrupt(f"the {what} has a header of impossible length")
    return content[:fixed], content[fixed : fixed + header_len], content[fixed + header_len :]


def _parse_header(raw: bytes, what: str) -> dict:
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise KeyFileCorrupt(f"the {what} header is not valid JSON") from None
    if not isinstance(header, dict):
        raise KeyFileCorrupt(f"the {what} header is not a JSON object")
    return header


def _params_from(header: dict, what: str) -> Argon2Params:
    values = []
    for name, high in (("m", _MAX_MEMORY_KIB), ("t", _MAX_TIME_COST), ("p", _MAX_PARALLELISM)):
        value = header.get(name)
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= high:
            raise KeyFileCorrupt(f"the {what} has an impossible Argon2 setting {name}={value!r}")
        values.append(value)
    m, t, p = values
    if m < 8 * p:
        raise KeyFileCorrupt(f"the {what} has impossible Argon2 settings (m={m} is below 8 x p={p})")
    return Argon2Params(memory_kib=m, time_cost=t, parallelism=p)


def _check_params(params) -> Argon2Params:
    if not isinstance(params, Argon2Params):
        raise TypeError("params must be an Argon2Params")
    if params.parallelism < 1 or params.time_cost < 1 or params.memory_kib < 8 * params.parallelism:
        raise ValueError(f"Argon2 settings are out of range: {params}")
    return params


# ---------------------------------------------------------------- the key file
#
# HEARTENKEY | version (1 byte) | header length (4 bytes, big-endian) | header JSON | SHA-256 of all before
#
# The header holds every wrapped copy of the data key. Each wrap is AES-256-GCM with the
# file's common fields and that wrap's own settings (not its ciphertext) as associated
# data, so a wrap can be replaced (new passphrase) without touching the others (recovery).
# "header_mac", an HMAC keyed from the data key, then covers the whole header, so a change
# to any wrap is caught whichever wrap was opened. The SHA-256 trailer only tells damage
# from a wrong passphrase; GCM and the HMAC are what authenticate.

_CIPHER = "AES-256-GCM"
_FORMAT = "hearten-keyfile"


def _common(header: dict) -> dict:
    return {k: v for k, v in header.items() if k not in ("wraps", "header_mac")}


def _header_mac(header: dict, data_key: bytes) -> str:
    import hmac

    mac_key = _hkdf(data_key, b"", b"hearten key file header v1")
    body = {k: v for k, v in header.items() if k != "header_mac"}
    return _b64(hmac.new(mac_key, _canonical(body), hashlib.sha256).digest())


def _sealed(header: dict, data_key: bytes) -> bytes:
    body = {k: v for k, v in header.items() if k != "header_mac"}
    return _encode_keyfile({**body, "header_mac": _header_mac(body, data_key)})


def _check_header_mac(header: dict, data_key: bytes) -> bytes:
    if not secrets.compare_digest(str(header.get("header_mac")), _header_mac(header, data_key)):
        raise KeyFileCorrupt("the key file was changed after it was written (its header does not verify)")
    return data_key


def _wrap_aad(common: dict, wrap_meta: dict) -> bytes:
    return KEYFILE_MAGIC + bytes([KEYFILE_VERSION]) + _canonical({"file": common, "wrap": wrap_meta})


def _passphrase_wrap(common: dict, data_key: bytes, passphrase, params: Argon2Params) -> dict:
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    meta = {"kind": "passphrase", "kdf": "argon2id", **params.as_header(), "salt": _b64(salt), "nonce": _b64(nonce)}
    kek = _argon2(_passphrase_bytes(passphrase), salt, params)
    return {**meta, "wrapped": _b64(_seal(kek, nonce, data_key, _wrap_aad(common, meta)))}


def _recovery_wrap(common: dict, data_key: bytes, recovery_secret: bytes) -> dict:
    # The recovery key is 256 random bits: a fast KDF is enough, no stretching needed.
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    meta = {"kind": "recovery", "kdf": "hkdf-sha256", "salt": _b64(salt), "nonce": _b64(nonce)}
    kek = _hkdf(recovery_secret, salt, b"hearten recovery key v1")
    return {**meta, "wrapped": _b64(_seal(kek, nonce, data_key, _wrap_aad(common, meta)))}


def _encode_keyfile(header: dict) -> bytes:
    return _frame(KEYFILE_MAGIC, KEYFILE_VERSION, _canonical(header))


def _decode_keyfile(keyfile: bytes) -> dict:
    _prefix, raw, rest = _unframe(keyfile, KEYFILE_MAGIC, KEYFILE_VERSION, "key file")
    if rest:
        raise KeyFileCorrupt("the key file has unexpected bytes after its header")
    header = _parse_header(raw, "key file")
    if header.get("format") != _FORMAT or header.get("cipher") != _CIPHER:
        raise KeyFileCorrupt("the key file header does not describe a hearten key file")
    wraps = header.get("wraps")
    if not isinstance(wraps, list) or not wraps or not all(isinstance(w, dict) for w in wraps):
        raise KeyFileCorrupt("the key file holds no wrapped key")
    return header


def _find_wrap(header: dict, kind: str) -> dict | None:
    for wrap in header["wraps"]:
        if wrap.get("kind") == kind:
            return wrap
    return None


def _unwrap_one(header: dict, wrap: dict, kek_for) -> bytes | None:
    meta = {k: v for k, v in wrap.items() if k != "wrapped"}
    salt = _unb64(wrap.get("salt"), length=SALT_BYTES, what="salt")
    nonce = _unb64(wrap.get("nonce"), length=NONCE_BYTES, what="nonce")
    wrapped = _unb64(wrap.get("wrapped"), length=KEY_BYTES + TAG_BYTES, what="wrapped key")
    return _open(kek_for(wrap, salt), nonce, wrapped, _wrap_aad(_common(header), meta))


def _unwrap_passphrase(header: dict, passphrase) -> bytes:
    secret = _passphrase_bytes(passphrase)
    wrap = _find_wrap(header, "passphrase")
    if wrap is None or wrap.get("kdf") != "argon2id":
        raise KeyFileCorrupt("the key file holds no passphrase-wrapped key")
    params = _params_from(wrap, "key file")
    key = _unwrap_one(header, wrap, lambda w, salt: _argon2(secret, salt, params))
    if key is None:
        raise WrongPassphrase("that passphrase does not unlock this journal; please check it and try again")
    return _check_header_mac(header, key)


def create_keyfile(passphrase, *, params: Argon2Params | None = None) -> tuple[bytes, bytes]:
    """A new random data key and the key file that holds it wrapped by the passphrase."""
    params = _check_params(params or DEFAULT_PARAMS)
    data_key = secrets.token_bytes(KEY_BYTES)
    common = {"format": _FORMAT, "cipher": _CIPHER, "key_bits": KEY_BYTES * 8}
    header = {**common, "wraps": [_passphrase_wrap(common, data_key, passphrase, params)]}
    return _sealed(header, data_key), data_key


def unwrap(keyfile: bytes, passphrase) -> bytes:
    """The data key, or WrongPassphrase / KeyFileCorrupt / UnsupportedFormat."""
    return _unwrap_passphrase(_decode_keyfile(keyfile), passphrase)


def keyfile_params(keyfile: bytes) -> Argon2Params:
    """The Argon2 settings the passphrase wrap was made with (to suggest a re-tune)."""
    header = _decode_keyfile(keyfile)
    wrap = _find_wrap(header, "passphrase")
    if wrap is None:
        raise KeyFileCorrupt("the key file holds no passphrase-wrapped key")
    return _params_from(wrap, "key file")


def has_recovery_key(keyfile: bytes) -> bool:
    return _find_wrap(_decode_keyfile(keyfile), "recovery") is not None


def rewrap(keyfile: bytes, old_passphrase, new_passphrase, *, params: Argon2Params | None = None) -> bytes:
    """The key file with the same data key wrapped by a new passphrase; a recovery wrap is kept."""
    header = _decode_keyfile(keyfile)
    data_key = _unwrap_passphrase(header, old_passphrase)
    if params is None:
        params = _params_from(_find_wrap(header, "passphrase"), "key file")
    common = _common(header)
    new = _passphrase_wrap(common, data_key, new_passphrase, _check_params(params))
    wraps = [new] + [w for w in header["wraps"] if w.get("kind") != "passphrase"]
    return _sealed({**common, "wraps": wraps}, data_key)


def format_recovery_key(secret: bytes) -> str:
    """32 bytes as 13 groups of 4 base32 letters and digits, e.g. ABCD-EFGH-...."""
    text = base64.b32encode(secret).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


_CONFUSABLE = str.maketrans({"0": "O", "1": "I", "8": "B"})


def parse_recovery_key(text) -> bytes:
    """The 32 bytes a recovery key stands for; spaces, dashes and case do not matter."""
    if not isinstance(text, str):
        raise TypeError("the recovery key must be text")
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n").translate(_CONFUSABLE)
    expected = len(format_recovery_key(bytes(RECOVERY_BYTES)).replace("-", ""))
    if len(cleaned) != expected or any(ch not in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" for ch in cleaned):
        raise WrongPassphrase(
            f"that does not look like a recovery key: it should be {expected} letters and digits in groups of four"
        )
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        secret = base64.b32decode(padded)
    except ValueError:
        raise WrongPassphrase("that does not look like a recovery key; please check it letter by letter") from None
    return secret


def add_recovery_key(keyfile: bytes, passphrase) -> tuple[bytes, str]:
    """The key file with a (new) recovery wrap, and the recovery key to show the person once."""
    header = _decode_keyfile(keyfile)
    data_key = _unwrap_passphrase(header, passphrase)
    secret = secrets.token_bytes(RECOVERY_BYTES)
    common = _common(header)
    wraps = [w for w in header["wraps"] if w.get("kind") != "recovery"]
    wraps.append(_recovery_wrap(common, data_key, secret))
    return _sealed({**common, "wraps": wraps}, data_key), format_recovery_key(secret)


def remove_recovery_key(keyfile: bytes, passphrase) -> bytes:
    """The key file without its recovery wrap (the old recovery key stops working)."""
    header = _decode_keyfile(keyfile)
    data_key = _unwrap_passphrase(header, passphrase)
    wraps = [w for w in header["wraps"] if w.get("kind") != "recovery"]
    return _sealed({**_common(header), "wraps": wraps}, data_key)


def unwrap_with_recovery(keyfile: bytes, recovery_text: str) -> bytes:
    """The data key, opened with the recovery key instead of the passphrase."""
    header = _decode_keyfile(keyfile)
    secret = parse_recovery_key(recovery_text)
    wrap = _find_wrap(header, "recovery")
    if wrap is None or wrap.get("kdf") != "hkdf-sha256":
        raise WrongPassphrase("this journal has no recovery key set up")
    key = _unwrap_one(header, wrap, lambda w, salt: _hkdf(secret, salt, b"hearten recovery key v1"))
    if key is None:
        raise WrongPassphrase("that recovery key does not unlock this journal; please check it letter by letter")
    return _check_header_mac(header, key)


def reset_passphrase_with_recovery(
    keyfile: bytes, recovery_text: str, new_passphrase, *, params: Argon2Params | None = None
) -> bytes:
    """The key file with the passphrase wrap replaced, opened by the recovery key."""
    header = _decode_keyfile(keyfile)
    data_key = unwrap_with_recovery(keyfile, recovery_text)
    common = _common(header)
    new = _passphrase_wrap(common, data_key, new_passphrase, _check_params(params or DEFAULT_PARAMS))
    wraps = [new] + [w for w in header["wraps"] if w.get("kind") != "passphrase"]
    return _sealed({**common, "wraps": wraps}, data_key)


# ---------------------------------------------------------------- tuning


def _time_argon2(params: Argon2Params) -> float:
    start = time.perf_counter()
    _argon2(b"hearten tuning", bytes(SALT_BYTES), params)
    return time.perf_counter() - start


def _per_pass(memory_kib: int, lanes: int) -> float:
    # the first run pays for page faults; the faster of two is the steady cost
    params = Argon2Params(memory_kib, FLOOR_PARAMS.time_cost, lanes)
    return min(_time_argon2(params), _time_argon2(params)) / FLOOR_PARAMS.time_cost


def tune_params(target_seconds: float = 0.5, *, max_memory_kib: int = 256 * 1024) -> Argon2Params:
    """Argon2id settings that take about target_seconds here, never below FLOOR_PARAMS."""
    lanes = max(1, min(4, os.cpu_count() or 1))
    memory = max(64 * 1024, FLOOR_PARAMS.memory_kib)
    per_pass = _per_pass(memory, lanes)
    # spend spare time on memory first (it is what slows a guessing rig), then on passes
    grown = memory
    while grown * 2 <= max_memory_kib and per_pass * 2 * FLOOR_PARAMS.time_cost <= target_seconds:
        grown *= 2
        per_pass *= 2
    if grown != memory:  # memory does not scale time linearly: measure again at the new size
        memory = grown
        per_pass = _per_pass(memory, lanes)
    passes = max(FLOOR_PARAMS.time_cost, min(_MAX_TIME_COST, round(target_seconds / max(per_pass, 1e-6))))
    return Argon2Params(memory_kib=memory, time_cost=passes, parallelism=lanes)


def measure_unlock(params: Argon2Params, repeat: int = 3) -> float:
    """Median seconds to derive one key with these settings."""
    times = sorted(_time_argon2(params) for _ in range(repeat))
    return times[len(times) // 2]


# ---------------------------------------------------------------- encrypted export
#
# HEARTENEXP | version | header length | header JSON | AES-256-GCM ciphertext+tag | SHA-256 of all before
# The header (Argon2id settings, salt, nonce) and the 15 bytes before it are the associated data.


def encrypt_blob(data: bytes, passphrase, *, params: Argon2Params | None = None) -> bytes:
    """data sealed with a key derived from the passphrase, in a self-describing format."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("encrypt_blob takes bytes")
    params = _check_params(params or DEFAULT_PARAMS)
    secret = _passphrase_bytes(passphrase)
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    header = _canonical(
        {
            "format": "hearten-export",
            "cipher": _CIPHER,
            "kdf": "argon2id",
            **params.as_header(),
            "salt": _b64(salt),
            "nonce": _b64(nonce),
        }
    )
    prefix = BLOB_MAGIC + _PREFIX.pack(BLOB_VERSION, len(header))
    body = _seal(_argon2(secret, salt, params), nonce, bytes(data), prefix + header)
    return _frame(BLOB_MAGIC, BLOB_VERSION, header, body)


def decrypt_blob(blob: bytes, passphrase) -> bytes:
    """The data encrypt_blob sealed, or WrongPassphrase / KeyFileCorrupt / UnsupportedFormat."""
    secret = _passphrase_bytes(passphrase)
    prefix, raw, body = _unframe(blob, BLOB_MAGIC, BLOB_VERSION, "encrypted export")
    header = _parse_header(raw, "encrypted export")
    if header.get("format") != "hearten-export" or header.get("cipher") != _CIPHER or header.get("kdf") != "argon2id":
        raise KeyFileCorrupt("the encrypted export header does not describe a hearten export")
    params = _params_from(header, "encrypted export")
    salt = _unb64(header.get("salt"), length=SALT_BYTES, what="salt")
    nonce = _unb64(header.get("nonce"), length=NONCE_BYTES, what="nonce")
    if len(body) < TAG_BYTES:
        raise KeyFileCorrupt("the encrypted export is truncated")
    data = _open(_argon2(secret, salt, params), nonce, body, prefix + raw)
    if data is None:
        raise WrongPassphrase("that passphrase does not open this export; please check it and try again")
    return data


def is_encrypted_blob(data: bytes) -> bool:
    return bytes(data[: len(BLOB_MAGIC)]) == BLOB_MAGIC


# ---------------------------------------------------------------- checking a kept key


def key_matches(keyfile: bytes, data_key: bytes) -> bool:
    """True when data_key is the key this key file holds (its header MAC verifies under it)."""
    if not isinstance(data_key, (bytes, bytearray)) or len(data_key) != KEY_BYTES:
        return False
    try:
        _check_header_mac(_decode_keyfile(keyfile), bytes(data_key))
    except CryptoError:
        return False
    return True
