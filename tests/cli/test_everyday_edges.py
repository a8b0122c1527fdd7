"""Edges a person meets in everyday use: broken settings, a locked journal, pipes, busy ports."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

from tests.support.cli import HEARTEN, run_hearten, run_json


def test_help_still_shows_numbers_when_the_settings_file_is_broken(home_env):
    home = Path(home_env["HEARTEN_HOME"])
    home.mkdir(parents=True)
    (home / "settings.toml").write_text("country = [\n")
    result = run_hearten(["help"], home_env)
    assert result.returncode == 0 and "988" in result.out and "116 123" in result.out
    assert "settings.toml" in result.err


def test_a_locked_journal_still_shows_the_way_to_help(tmp_path):
    env = {"HEARTEN_HOME": str(tmp_path / "home")}
    run_hearten(["journal", "add", "private words"], env, check=True)
    run_hearten(
        ["encrypt", "--passphrase-stdin", "--floor-kdf", "--no-recovery-key"],
        env,
        input="a long passphrase\na long passphrase\n",
        check=True,
    )
    run_hearten(["lock"], env, check=True)
    screen = run_hearten([], env)
    assert screen.returncode == 0 and "hearten unlock" in screen.out and "hearten help" in screen.out
    assert "private words" not in screen.out


def test_mood_can_change_without_an_editor(home_env):
    entry_id = run_hearten(["journal", "add", "a plain day"], home_env, check=True).out.split()[0]
    run_hearten(["journal", "edit", entry_id, "--mood", "7"], home_env, input="", check=True)
    shown = run_json(["journal", "show", entry_id, "--json"], home_env)
    assert (shown["text"], shown["mood"]) == ("a plain day", 7)


def test_piped_text_keeps_no_trailing_newline(home_env):
    entry_id = run_hearten(["journal", "add"], home_env, input="from a pipe\n", check=True).out.split()[0]
    assert run_json(["journal", "show", entry_id, "--json"], home_env)["text"] == "from a pipe"


def test_export_into_a_missing_folder_is_refused(home_env, tmp_path):
    result = run_hearten(["export", "--out", str(tmp_path / "no" / "such" / "x.json")], home_env)
    assert result.returncode == 1 and "no such folder" in result.err
    assert not (tmp_path / "no").exists()


def test_database_file_is_private(tmp_path):
    env = {"HEARTEN_HOME": str(tmp_path / "home")}
    run_hearten(["journal", "add", "mine alone"], env, check=True)
    assert (tmp_path / "home" / "hearten.db").stat().st_mode & 0o077 == 0


def test_a_closed_pipe_is_not_an_error(home_env):
    for n in range(30):
        run_hearten(["journal", "add", f"entry {n}"], home_env, check=True)
    pipeline = subprocess.run(
        f"{HEARTEN} journal list | head -1",
        shell=True,
        env={**home_env, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert "Traceback" not in pipeline.stderr


def test_serve_on_a_busy_port_says_so_in_one_line(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = run_hearten(["serve", "--port", str(port)], {"HEARTEN_HOME": str(tmp_path / "home")}, timeout=30)
    assert result.returncode == 1 and "already in use" in result.err and "Traceback" not in result.err


def test_analyze_with_nothing_to_read_asks_for_text(home_env):
    result = run_hearten(["analyze"], home_env, input="   \n")
    assert result.returncode == 2 and "give some text" in result.err


def test_restoring_an_export_points_to_import(tmp_path):
    env = {"HEARTEN_HOME": str(tmp_path / "home")}
    run_hearten(["journal", "add", "keep me"], env, check=True)
    export = tmp_path / "e.json"
    run_hearten(["export", "--out", str(export)], env, check=True)
    result = run_hearten(["restore", str(export), "--yes"], env)
    assert result.returncode == 1 and "hearten import" in result.err
    assert run_json(["journal", "list", "--json"], env)[0]["text"] == "keep me"


def test_settings_are_checked_when_set(home_env):
    assert "from 0 to 365" in run_hearten(["settings", "backups_keep", "-3"], home_env).err
    assert "from 0.5 to 1.5" in run_hearten(["settings", "speech_rate", "9"], home_env).err
    run_hearten(["settings", "country", "GB"], home_env, check=True)
    assert run_json(["settings", "--json"], home_env)["country"] == "GB"
