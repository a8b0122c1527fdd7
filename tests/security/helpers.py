"""Shared helpers for the encryption tests: an encrypted home made through the real CLI."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.support.cli import run_hearten

PASSPHRASE = "correct horse battery staple"


def plain_env(tmp_path: Path) -> dict:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = tmp_path / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    return {"HEARTEN_HOME": str(tmp_path / "home"), "XDG_RUNTIME_DIR": str(runtime), "TMPDIR": str(tmp)}


def encrypted_env(tmp_path: Path, *, recovery: bool = False) -> tuple[dict, str]:
    """(env with HEARTEN_PASSPHRASE, the recovery key or "") for a fresh encrypted home."""
    env = plain_env(tmp_path)
    run_hearten(["journal", "add", "Written before encryption."], env, check=True)
    args = ["encrypt", "--passphrase-stdin", "--floor-kdf", "--recovery-key" if recovery else "--no-recovery-key"]
    done = run_hearten(args, env, input=PASSPHRASE + "\n", check=True)
    key = ""
    if recovery:
        key = next(line.strip() for line in done.out.splitlines() if line.strip().count("-") == 12)
    return {**env, "HEARTEN_PASSPHRASE": PASSPHRASE}, key


def digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def home_digests(home: Path) -> dict:
    return {p.name: digest(p) for p in sorted(home.iterdir()) if p.is_file()}


def no_traceback(result) -> None:
    assert "Traceback" not in result.err and "Traceback" not in result.out, result.err
