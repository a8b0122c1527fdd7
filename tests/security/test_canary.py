"""A unique string written with encryption on appears in no file hearten leaves behind, and no encrypted export."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from tests.security.helpers import PASSPHRASE, encrypted_env
from tests.support.cli import run_hearten

CANARY = "zqxcanary7f3kvw"  # lower case: the full-text index stores words lower-cased


def _files_with_canary(folder: Path) -> list[str]:
    needles = (CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), CANARY.upper().encode("utf-8"))
    return [str(p) for p in folder.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in needles)]


def test_canary_is_nowhere_on_disk_with_encryption_on(tmp_path):
    env, _ = encrypted_env(tmp_path)
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    run_hearten(["journal", "add", f"journal {CANARY} entry", "--tag", "canary"], env, check=True)
    run_hearten(["checkin", "--mood", "5", "--note", f"note {CANARY}"], env, check=True)
    run_hearten(["journal", "search", CANARY], env, check=True)

    # A practice answer, written while this process keeps the database open (so the WAL and SHM exist).
    from hearten.config import load_settings
    from hearten.domain.records import NewSession, now
    from hearten.services.keys import open_unlocked_store

    settings = load_settings(environ={"HEARTEN_HOME": str(home)})
    store = open_unlocked_store(settings, passphrase=PASSPHRASE)
    try:
        end = now()
        store.add_session(
            NewSession(
                practice_id="friend-perspective",
                started_at=end - timedelta(minutes=3),
                ended_at=end,
                planned_seconds=180,
                actual_seconds=180,
                completed=True,
                answers={"friend": f"answer {CANARY}"},
            )
        )
        assert (home / "hearten.db-wal").exists()
        run_hearten(["backup"], env, check=True)
        run_hearten(["backup", "--out", str(home / "backups" / "extra.db")], env, check=True)
        assert _files_with_canary(home) == []
        assert _files_with_canary(tmp) == []
    finally:
        store.close()
    assert _files_with_canary(home) == []
    assert any((home / "backups").glob("daily-*.db"))

    exports = tmp_path / "exports"
    exports.mkdir()
    for args in (["--encrypt"], ["--encrypt", "--format", "markdown", "--out-md"], ["--encrypt", "--format", "csv"]):
        name = {"--out-md": "all.md"}.get(args[-1], "e.zip" if "csv" in args else "e.json")
        args = [a for a in args if a != "--out-md"]
        run_hearten(["export", "--out", str(exports / name), *args], env, check=True)
    assert _files_with_canary(exports) == []
    assert _files_with_canary(tmp) == []

    # A plaintext export is what the person asked for: there the words are.
    run_hearten(["export", "--out", str(exports / "plain.json")], env, check=True)
    assert _files_with_canary(exports) == [str(exports / "plain.json")]
