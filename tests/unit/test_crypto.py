"""The key file, recovery key and encrypted export in hearten.crypto."""

from __future__ import annotations

import hashlib
import json
import struct
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hearten import crypto
from hearten.crypto import (
    Argon2Params,
    CryptoError,
    KeyFileCorrupt,
    UnsupportedFormat,
    WrongPassphrase,
)

# Small settings keep the suite fast; the floor applies to tune_params and the defaults only.
FAST = Argon2Params(memory_kib=256, time_cost=1, parallelism=1)


@pytest.fixture(scope="module")
def keyfile_with_recovery():
    keyfile, data_key = crypto.create_keyfile("correct horse", params=FAST)
    keyfile, recovery = crypto.add_recovery_key(keyfile, "correct horse")
    return keyfile, data_key, recovery


def _reframe(data: bytes) -> bytes:
    """The same bytes with a freshly computed checksum, as a deliberate tamperer would do."""
    content = data[: -crypto.DIGEST_BYTES]
    return content + hashlib.sha256(content).digest()


def _rebuild_keyfile(header: dict) -> bytes:
    raw = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    return _reframe(crypto.KEYFILE_MAGIC + struct.pack(">BI", 1, len(raw)) + raw + bytes(32))


def _header(keyfile: bytes) -> dict:
    length = struct.unpack_from(">I", keyfile, len(crypto.KEYFILE_MAGIC) + 1)[0]
    start = len(crypto.KEYFILE_MAGIC) + 5
    return json.loads(keyfile[start : start + length])


# ---------------------------------------------------------------- key file round trips


def test_create_and_unwrap_round_trip():
    keyfile, data_key = crypto.create_keyfile("correct horse", params=FAST)
    assert len(data_key) == 32
    assert keyfile.startswith(b"HEARTENKEY\x01")
    assert crypto.unwrap(keyfile, "correct horse") == data_key
    assert data_key not in keyfile and data_key.hex().encode() not in keyfile


def test_each_keyfile_has_its_own_key_and_salt():
    a, key_a = crypto.create_keyfile("same", params=FAST)
    b, key_b = crypto.create_keyfile("same", params=FAST)
    assert key_a != key_b
    assert _header(a)["wraps"][0]["salt"] != _header(b)["wraps"][0]["salt"]


def test_header_records_algorithm_salt_and_params():
    keyfile, _ = crypto.create_keyfile("pw", params=FAST)
    header = _header(keyfile)
    assert header["cipher"] == "AES-256-GCM"
    (wrap,) = header["wraps"]
    assert wrap["kind"] == "passphrase" and wrap["kdf"] == "argon2id"
    assert (wrap["m"], wrap["t"], wrap["p"]) == (256, 1, 1)
    assert crypto.keyfile_params(keyfile) == FAST


def test_passphrase_is_unicode_normalised():
    keyfile, data_key = crypto.create_keyfile("caf\u00e9 au lait", params=FAST)
    assert crypto.unwrap(keyfile, "cafe\u0301 au lait") == data_key


def test_wrong_passphrase_is_clear():
    keyfile, _ = crypto.create_keyfile("correct horse", params=FAST)
    with pytest.raises(WrongPassphrase, match="does not unlock"):
        crypto.unwrap(keyfile, "correct hors")


def test_empty_passphrase_refused():
    with pytest.raises(WrongPassphrase, match="empty"):
        crypto.create_keyfile("", params=FAST)


def test_rewrap_keeps_the_data_key_and_retires_the_old_passphrase(keyfile_with_recovery):
    keyfile, data_key, recovery = keyfile_with_recovery
    changed = crypto.rewrap(keyfile, "correct horse", "battery staple")
    assert crypto.unwrap(changed, "battery staple") == data_key
    with pytest.raises(WrongPassphrase):
        crypto.unwrap(changed, "correct horse")
    # the recovery wrap survives a passphrase change
    assert crypto.unwrap_with_recovery(changed, recovery) == data_key


def test_rewrap_with_wrong_old_passphrase_refused():
    keyfile, _ = crypto.create_keyfile("correct horse", params=FAST)
    with pytest.raises(WrongPassphrase):
        crypto.rewrap(keyfile, "nope", "battery staple")


def test_recovery_key_opens_and_is_forgiving_about_spacing(keyfile_with_recovery):
    keyfile, data_key, recovery = keyfile_with_recovery
    groups = recovery.split("-")
    assert len(groups) == 13 and all(len(g) == 4 for g in groups)
    assert crypto.has_recovery_key(keyfile)
    assert crypto.unwrap_with_recovery(keyfile, recovery) == data_key
    assert crypto.unwrap_with_recovery(keyfile, " ".join(groups).lower()) == data_key
    assert crypto.unwrap(keyfile, "correct horse") == data_key


def test_wrong_or_malformed_recovery_key(keyfile_with_recovery):
    keyfile, _, recovery = keyfile_with_recovery
    other = crypto.format_recovery_key(bytes(32))
    with pytest.raises(WrongPassphrase, match="recovery key does not unlock"):
        crypto.unwrap_with_recovery(keyfile, other)
    with pytest.raises(WrongPassphrase, match="does not look like a recovery key"):
        crypto.unwrap_with_recovery(keyfile, recovery[:-2])
    with pytest.raises(WrongPassphrase, match="does not look like a recovery key"):
        crypto.unwrap_with_recovery(keyfile, "correct horse")


def test_no_recovery_key_set_up():
    keyfile, _ = crypto.create_keyfile("pw", params=FAST)
    assert not crypto.has_recovery_key(keyfile)
    with pytest.raises(WrongPassphrase, match="no recovery key"):
        crypto.unwrap_with_recovery(keyfile, crypto.format_recovery_key(bytes(32)))


def test_new_recovery_key_replaces_the_old_one(keyfile_with_recovery):
    keyfile, data_key, old = keyfile_with_recovery
    again, new = crypto.add_recovery_key(keyfile, "correct horse")
    assert new != old
    assert crypto.unwrap_with_recovery(again, new) == data_key
    with pytest.raises(WrongPassphrase):
        crypto.unwrap_with_recovery(again, old)
    removed = crypto.remove_recovery_key(again, "correct horse")
    assert not crypto.has_recovery_key(removed)


def test_lost_passphrase_reset_through_recovery_key(keyfile_with_recovery):
    keyfile, data_key, recovery = keyfile_with_recovery
    reset = crypto.reset_passphrase_with_recovery(keyfile, recovery, "a new start", params=FAST)
    assert crypto.unwrap(reset, "a new start") == data_key


# ---------------------------------------------------------------- tampering


def test_flipping_any_byte_of_the_keyfile_is_reported_as_damage(keyfile_with_recovery):
    keyfile, _, recovery = keyfile_with_recovery
    for i in range(len(keyfile)):
        for flip in (0x01, 0x80):
            bad = bytearray(keyfile)
            bad[i] ^= flip
            for attempt in (
                lambda b: crypto.unwrap(b, "correct horse"),
                lambda b: crypto.unwrap_with_recovery(b, recovery),
            ):
                with pytest.raises((KeyFileCorrupt, UnsupportedFormat)):
                    attempt(bytes(bad))


def test_truncated_or_padded_keyfile(keyfile_with_recovery):
    keyfile, _, _ = keyfile_with_recovery
    for n in range(len(keyfile)):
        with pytest.raises((KeyFileCorrupt, UnsupportedFormat)):
            crypto.unwrap(keyfile[:n], "correct horse")
    with pytest.raises(KeyFileCorrupt):
        crypto.unwrap(keyfile + b"\0", "correct horse")


def test_tampering_that_fixes_the_checksum_is_still_caught(keyfile_with_recovery):
    """A deliberate tamperer can recompute the SHA-256; AES-GCM still refuses every change."""
    keyfile, _, recovery = keyfile_with_recovery
    header = _header(keyfile)
    # flip every byte inside the header JSON and re-checksum: never a key, never a crash
    start = len(crypto.KEYFILE_MAGIC) + 5
    end = len(keyfile) - crypto.DIGEST_BYTES
    for i in range(start, end):
        bad = bytearray(keyfile)
        bad[i] ^= 0x01
        for attempt in (
            lambda b: crypto.unwrap(b, "correct horse"),
            lambda b: crypto.unwrap_with_recovery(b, recovery),
        ):
            with pytest.raises(CryptoError):
                attempt(_reframe(bytes(bad)))
    # authenticated fields: changing them turns a right passphrase into a refusal
    for change in (
        lambda h: h.update(key_bits=128),
        lambda h: h["wraps"][0].update(t=2),
        lambda h: h["wraps"][0].update(kind="passphrase", nonce=h["wraps"][1]["nonce"]),
        lambda h: h.update(extra="field"),
    ):
        edited = json.loads(json.dumps(header))
        change(edited)
        with pytest.raises(CryptoError):
            crypto.unwrap(_rebuild_keyfile(edited), "correct horse")


@pytest.mark.parametrize(
    "header",
    [
        [],
        "text",
        {"format": "hearten-keyfile", "cipher": "AES-256-GCM"},
        {"format": "hearten-keyfile", "cipher": "AES-256-GCM", "wraps": []},
        {"format": "hearten-keyfile", "cipher": "AES-256-GCM", "wraps": [1]},
        {"format": "hearten-keyfile", "cipher": "AES-256-GCM", "wraps": [{"kind": "passphrase", "kdf": "argon2id"}]},
        {
            "format": "hearten-keyfile",
            "cipher": "AES-256-GCM",
            "wraps": [{"kind": "passphrase", "kdf": "argon2id", "m": 2**40, "t": 1, "p": 1}],
        },
        {
            "format": "hearten-keyfile",
            "cipher": "AES-256-GCM",
            "wraps": [{"kind": "passphrase", "kdf": "argon2id", "m": 8, "t": 1, "p": 4}],
        },
        {
            "format": "hearten-keyfile",
            "cipher": "AES-256-GCM",
            "wraps": [{"kind": "passphrase", "kdf": "argon2id", "m": 64, "t": 1, "p": 1, "salt": "!!", "nonce": 3}],
        },
        {"format": "other", "cipher": "AES-256-GCM", "wraps": [{}]},
    ],
)
def test_well_framed_but_wrong_headers(header):
    with pytest.raises(KeyFileCorrupt):
        crypto.unwrap(_rebuild_keyfile(header), "pw")


def test_unknown_version_refused_clearly():
    keyfile, _ = crypto.create_keyfile("pw", params=FAST)
    future = _reframe(crypto.KEYFILE_MAGIC + bytes([2]) + keyfile[len(crypto.KEYFILE_MAGIC) + 1 :])
    with pytest.raises(UnsupportedFormat, match="version 2"):
        crypto.unwrap(future, "pw")


def test_not_a_keyfile():
    with pytest.raises(KeyFileCorrupt, match="not a hearten key file"):
        crypto.unwrap(b"SQLite format 3\x00" + bytes(100), "pw")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600), st.booleans())
def test_arbitrary_bytes_never_crash(data, with_magic):
    if with_magic:
        data = _reframe(crypto.KEYFILE_MAGIC + b"\x01" + data + bytes(32))
    with pytest.raises(CryptoError):
        crypto.unwrap(data, "pw")
    with pytest.raises(CryptoError):
        crypto.decrypt_blob(data, "pw")


# ---------------------------------------------------------------- encrypted export


def test_blob_round_trip_and_wrong_passphrase():
    payload = "a kind note to myself \u2764".encode() * 50
    blob = crypto.encrypt_blob(payload, "export pw", params=FAST)
    assert blob.startswith(b"HEARTENEXP\x01") and crypto.is_encrypted_blob(blob)
    assert payload not in blob
    assert crypto.decrypt_blob(blob, "export pw") == payload
    assert crypto.decrypt_blob(crypto.encrypt_blob(b"", "pw", params=FAST), "pw") == b""
    with pytest.raises(WrongPassphrase, match="does not open this export"):
        crypto.decrypt_blob(blob, "export pW")


def test_flipping_any_byte_of_the_blob_is_reported_as_damage():
    blob = crypto.encrypt_blob(b"hello there, you are doing fine", "pw", params=FAST)
    for i in range(len(blob)):
        bad = bytearray(blob)
        bad[i] ^= 0x04
        with pytest.raises((KeyFileCorrupt, UnsupportedFormat)):
            crypto.decrypt_blob(bytes(bad), "pw")
        if i < len(blob) - crypto.DIGEST_BYTES:
            with pytest.raises(CryptoError):  # even when the checksum is recomputed
                crypto.decrypt_blob(_reframe(bytes(bad)), "pw")
    for n in range(len(blob)):
        with pytest.raises((KeyFileCorrupt, UnsupportedFormat)):
            crypto.decrypt_blob(blob[:n], "pw")


def test_keyfile_is_not_a_blob_and_back():
    keyfile, _ = crypto.create_keyfile("pw", params=FAST)
    blob = crypto.encrypt_blob(b"x", "pw", params=FAST)
    with pytest.raises(KeyFileCorrupt):
        crypto.decrypt_blob(keyfile, "pw")
    with pytest.raises(KeyFileCorrupt):
        crypto.unwrap(blob, "pw")


# ---------------------------------------------------------------- parameters


def test_defaults_and_tuning_respect_the_floor():
    assert crypto.FLOOR_PARAMS.memory_kib == 19 * 1024 and crypto.FLOOR_PARAMS.time_cost == 2
    assert crypto.DEFAULT_PARAMS.meets_floor()
    tuned = crypto.tune_params(target_seconds=0.001)  # asks for less than the floor allows
    assert tuned.meets_floor()
    assert tuned.memory_kib >= 19 * 1024 and tuned.time_cost >= 2


def test_bad_params_refused_on_create():
    with pytest.raises(ValueError):
        crypto.create_keyfile("pw", params=Argon2Params(memory_kib=8, time_cost=1, parallelism=4))


# ---------------------------------------------------------------- lazy imports


def test_import_is_lazy():
    code = (
        "import sys, hearten.crypto\n"
        "heavy = [m for m in ('argon2', 'cryptography', 'sqlcipher3', '_argon2_cffi_bindings') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
