"""Encryption at rest through the real CLI: unlock, wrong passphrase, passphrase change, recovery, decrypt."""

from __future__ import annotations

import json
import os
import stat

import pytest

from hearten import crypto
from tests.security.helpers import PASSPHRASE, digest, encrypted_env, home_digests, no_traceback, plain_env
from tests.support.cli import run_hearten, run_json

SQLITE_MAGIC = b"SQLite format 3\x00"


def _texts(env):
    return [e["text"] for e in run_json(["journal", "list", "--json"], env)]


def test_encrypt_then_write_and_read_back(tmp_path):
    env, _ = encrypted_env(tmp_path)
    home = tmp_path / "home"
    run_hearten(["journal", "add", "Written after encryption."], env, check=True)
    assert sorted(_texts(env)) == ["Written after encryption.", "Written before encryption."]
    assert not (home / "hearten.db").read_bytes().startswith(SQLITE_MAGIC)
    assert stat.S_IMODE(os.stat(home / "hearten.key").st_mode) == 0o600
    assert stat.S_IMODE(os.stat(home / "hearten.db").st_mode) == 0o600
    found = run_json(["journal", "search", "after", "--json"], env)
    assert [e["text"] for e in found] == ["Written after encryption."]


def test_encrypt_tunes_argon2_and_warns_about_a_lost_passphrase(tmp_path):
    env = plain_env(tmp_path)
    done = run_hearten(["encrypt", "--passphrase-stdin"], env, input=PASSPHRASE + "\n", check=True)
    assert "nobody can open your journal again" in done.err
    params = crypto.keyfile_params((tmp_path / "home" / "hearten.key").read_bytes())
    assert params.meets_floor()
    assert crypto.has_recovery_key((tmp_path / "home" / "hearten.key").read_bytes())  # made by default in scripts


def test_wrong_passphrase_is_a_clear_error_and_changes_no_byte(tmp_path):
    env, _ = encrypted_env(tmp_path)
    run_hearten(["journal", "list"], env, check=True)
    before = home_digests(tmp_path / "home")
    done = run_hearten(["journal", "list"], {**env, "HEARTEN_PASSPHRASE": "not it"})
    assert done.returncode == 1
    assert done.err.strip().startswith("hearten:") and "passphrase does not unlock" in done.err
    assert len(done.err.strip().splitlines()) == 1
    no_traceback(done)
    assert home_digests(tmp_path / "home") == before


def test_a_damaged_page_in_an_encrypted_journal_is_called_damage(tmp_path):
    env, _ = encrypted_env(tmp_path)
    run_hearten(["journal", "list"], env, check=True)  # opened once, as a person would have
    db = tmp_path / "home" / "hearten.db"
    data = bytearray(db.read_bytes())
    data[5000] ^= 0xFF  # inside the second page: the first still decrypts, so the key is right
    db.write_bytes(bytes(data))
    before = home_digests(tmp_path / "home")
    done = run_hearten(["journal", "list"], env)
    assert done.returncode == 1, done.err
    no_traceback(done)
    assert len(done.err.strip().splitlines()) == 1, done.err
    assert "damaged" in done.err and "hearten restore" in done.err
    assert "key file" not in done.err and "MemoryError" not in done.err
    assert home_digests(tmp_path / "home") == before


def test_a_key_file_from_another_home_is_named_as_the_likely_cause(tmp_path):
    env, _ = encrypted_env(tmp_path / "mine")
    other, _ = encrypted_env(tmp_path / "other")  # the same passphrase, so the stranger's key file unwraps
    mine = tmp_path / "mine" / "home"
    (mine / "hearten.key").write_bytes((tmp_path / "other" / "home" / "hearten.key").read_bytes())
    before = home_digests(mine)
    done = run_hearten(["journal", "list"], env)
    assert done.returncode == 1, done.err
    no_traceback(done)
    assert len(done.err.strip().splitlines()) == 1, done.err
    assert "key file that came with" in done.err and "restore" not in done.err
    assert home_digests(mine) == before


def test_no_passphrase_without_a_terminal_is_a_clear_error(tmp_path):
    env, _ = encrypted_env(tmp_path)
    env.pop("HEARTEN_PASSPHRASE")
    done = run_hearten(["journal", "add", "x"], env)
    assert done.returncode == 1 and "your journal is encrypted" in done.err
    no_traceback(done)


def test_passphrase_change_rewraps_only(tmp_path):
    env, _ = encrypted_env(tmp_path)
    db = tmp_path / "home" / "hearten.db"
    run_hearten(["journal", "list"], env, check=True)
    before = digest(db)
    run_hearten(["passphrase", "--passphrase-stdin"], env, input=f"{PASSPHRASE}\nnew words here\n", check=True)
    assert digest(db) == before
    assert run_hearten(["journal", "list"], env).returncode == 1
    assert _texts({**env, "HEARTEN_PASSPHRASE": "new words here"}) == ["Written before encryption."]


def test_recovery_key_sets_a_new_passphrase(tmp_path):
    env, recovery = encrypted_env(tmp_path, recovery=True)
    assert len(recovery.replace("-", "")) == 52
    bad = run_hearten(["passphrase", "--use-recovery-key", "--passphrase-stdin"], env, input="AAAA-BBBB\nx\n")
    assert bad.returncode == 1 and "recovery key" in bad.err
    run_hearten(
        ["passphrase", "--use-recovery-key", "--passphrase-stdin"],
        env,
        input=f"{recovery.lower()}\nfresh start\n",
        check=True,
    )
    assert _texts({**env, "HEARTEN_PASSPHRASE": "fresh start"}) == ["Written before encryption."]


def test_decrypt_brings_back_plaintext(tmp_path):
    env, _ = encrypted_env(tmp_path)
    refused = run_hearten(["decrypt"], env)
    assert refused.returncode == 1 and "--yes" in refused.err
    run_hearten(["decrypt", "--yes"], env, check=True)
    home = tmp_path / "home"
    assert (home / "hearten.db").read_bytes().startswith(SQLITE_MAGIC)
    assert not (home / "hearten.key").exists()
    env.pop("HEARTEN_PASSPHRASE")
    assert _texts(env) == ["Written before encryption."]


def test_encrypting_twice_is_refused(tmp_path):
    env, _ = encrypted_env(tmp_path)
    done = run_hearten(["encrypt", "--passphrase-stdin", "--floor-kdf"], env, input="x\n")
    assert done.returncode == 1 and "already encrypted" in done.err


def test_plaintext_backups_are_encrypted_too(tmp_path):
    env = plain_env(tmp_path)
    run_hearten(["journal", "add", "zqxbackupcanary"], env, check=True)
    run_hearten(["backup"], env, check=True)
    run_hearten(["encrypt", "--passphrase-stdin", "--floor-kdf"], env, input=PASSPHRASE + "\n", check=True)
    backups = sorted((tmp_path / "home" / "backups").glob("*.db"))
    assert backups
    for path in backups:
        assert b"zqxbackupcanary" not in path.read_bytes()
        assert path.with_name(path.name + ".key").exists()


def test_an_interrupted_encrypt_never_opens_as_plaintext(tmp_path):
    env = plain_env(tmp_path)
    run_hearten(["journal", "add", "hello"], env, check=True)
    keyfile, _ = crypto.create_keyfile(PASSPHRASE, params=crypto.FLOOR_PARAMS)
    (tmp_path / "home" / "hearten.key").write_bytes(keyfile)  # as if stopped before the swap
    done = run_hearten(["journal", "list"], {**env, "HEARTEN_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 1 and "interrupted" in done.err
    run_hearten(["encrypt", "--passphrase-stdin", "--floor-kdf"], env, input=PASSPHRASE + "\n", check=True)
    assert _texts({**env, "HEARTEN_PASSPHRASE": PASSPHRASE}) == ["hello"]


def test_unlock_keeps_the_key_until_lock(tmp_path):
    env, _ = encrypted_env(tmp_path)
    run_hearten(["unlock", "--minutes", "5"], env, check=True)
    cache = list((tmp_path / "runtime" / "hearten").iterdir())
    assert len(cache) == 1 and stat.S_IMODE(os.stat(cache[0]).st_mode) == 0o600
    bare = {k: v for k, v in env.items() if k != "HEARTEN_PASSPHRASE"}
    assert _texts(bare) == ["Written before encryption."]
    locked = run_hearten(["lock"], bare, check=True)
    assert "removed" in locked.err
    assert not any((tmp_path / "runtime" / "hearten").iterdir())
    assert run_hearten(["journal", "list"], bare).returncode == 1


def test_an_expired_unlock_is_not_used(tmp_path):
    env, _ = encrypted_env(tmp_path)
    run_hearten(["unlock"], env, check=True)
    cache = next((tmp_path / "runtime" / "hearten").iterdir())
    data = json.loads(cache.read_text())
    data["expires"] = 0
    cache.write_text(json.dumps(data))
    bare = {k: v for k, v in env.items() if k != "HEARTEN_PASSPHRASE"}
    assert run_hearten(["journal", "list"], bare).returncode == 1


def test_lock_without_a_cache_says_so(tmp_path):
    env, _ = encrypted_env(tmp_path)
    done = run_hearten(["lock"], env, check=True)
    assert "Nothing was kept unlocked" in done.err


@pytest.mark.postgres
def test_encrypt_refuses_on_postgresql(tmp_path, postgres_schema_url):
    env = {**plain_env(tmp_path), "HEARTEN_DATABASE_URL": postgres_schema_url}
    done = run_hearten(["encrypt", "--passphrase-stdin", "--floor-kdf"], env, input="x\n")
    assert done.returncode == 1 and "PostgreSQL" in done.err
    no_traceback(done)
