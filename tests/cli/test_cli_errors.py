"""Every way a command can go wrong ends in one plain line and exit code 1 or 2, never a traceback.

A busy database, a full disk and a read-only file are told apart from damage, and only damage
that SQLite's integrity check confirms is met with the advice to restore a backup.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import click
import pytest

from tests.support.cli import HEARTEN, run_hearten


def one_line(result, code=1) -> str:
    assert result.returncode == code, (result.returncode, result.out, result.err)
    assert "Traceback" not in result.err
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err
    return lines[0]


@pytest.fixture
def home(tmp_path):
    return {"HEARTEN_HOME": str(tmp_path / "home")}


def test_a_date_past_the_calendar_is_one_line(home):
    assert "outside the dates" in one_line(run_hearten(["journal", "list", "--until", "9999-12-31"], home))
    assert "outside the dates" in one_line(run_hearten(["journal", "list", "--since", "0001-01-01T00:00:00"], home))


def test_a_home_path_that_is_too_long_is_one_line(home):
    line = one_line(run_hearten(["--home", "h" * 5000, "journal", "list"], home))
    assert "too long" in line and len(line) < 300


def test_a_database_path_that_is_a_folder_is_one_line(home):
    (Path(home["HEARTEN_HOME"]) / "hearten.db").mkdir(parents=True)
    line = one_line(run_hearten(["journal", "list"], home))
    assert "folder" in line and "restore" not in line


def test_exporting_onto_a_file_that_cannot_be_written_is_one_line(home):
    run_hearten(["journal", "add", "something"], home, check=True)
    line = one_line(run_hearten(["export", "--out", "/proc/version"], home))
    assert "/proc/version" in line and "cannot write" in line


def test_a_settings_file_that_cannot_be_read_is_one_line(home):
    (Path(home["HEARTEN_HOME"]) / "settings.toml").mkdir(parents=True)
    assert "settings.toml" in one_line(run_hearten(["journal", "list"], home))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_a_settings_file_without_read_permission_is_one_line(home):
    settings = Path(home["HEARTEN_HOME"]) / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text('name = "Sam"\n')
    settings.chmod(0)
    assert "permission denied" in one_line(run_hearten(["journal", "list"], home))


def test_a_lone_surrogate_in_entry_text_is_refused_from_argv_and_stdin(home):
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("HEARTEN_")}, **home}
    for raw in (b"bad \xed\xa0\x80 text", b"bad \xff text"):  # both arrive as lone surrogates (surrogateescape)
        result = subprocess.run([HEARTEN, "journal", "add", raw], env=env, capture_output=True)
        result.out, result.err = result.stdout.decode(), result.stderr.decode()
        assert "broken character" in one_line(result)
    assert "UTF-8" in one_line(run_hearten(["journal", "add"], home, input=b"bad \xed\xa0\x80 text"))
    assert run_hearten(["journal", "list", "--json"], home, check=True).out.strip() == "[]"


def test_an_unknown_country_is_refused_like_the_web_refuses_it(home):
    line = one_line(run_hearten(["settings", "country", "XX"], home))
    assert "XX" in line and "GB" in line
    assert run_hearten(["settings", "country"], home, check=True).out.strip() == ""
    run_hearten(["settings", "country", "gb"], home, check=True)
    assert run_hearten(["settings", "country"], home, check=True).out.strip() == "GB"


def test_a_busy_database_says_busy_and_never_restore(home):
    run_hearten(["journal", "add", "first"], home, check=True)
    holder = sqlite3.connect(Path(home["HEARTEN_HOME"]) / "hearten.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        line = one_line(run_hearten(["journal", "add", "second"], home, timeout=60))
    finally:
        holder.rollback()
        holder.close()
    assert "busy" in line and "restore" not in line and "damaged" not in line


def test_damage_confirmed_by_the_integrity_check_suggests_restore(home):
    for n in range(30):
        run_hearten(["journal", "add", f"entry number {n} " + "words " * 200], home, check=True)
    db = Path(home["HEARTEN_HOME"]) / "hearten.db"
    with open(db, "r+b") as handle:  # scribble over the middle pages, keep the header
        handle.seek(4096 * 3)
        handle.write(b"\x07" * 4096 * 4)
    line = one_line(run_hearten(["journal", "list"], home))
    assert "damaged" in line and "hearten restore" in line


def test_a_file_that_is_not_a_database_is_not_called_damage(home):
    db = Path(home["HEARTEN_HOME"]) / "hearten.db"
    db.parent.mkdir(parents=True)
    db.write_bytes(os.urandom(8192))
    line = one_line(run_hearten(["journal", "list"], home))
    assert "cannot be read" in line and "restore" not in line


# ---------------------------------------------------------------- conditions a test cannot make for a subprocess


_FAILING = []


@click.command("fail-for-test")
@click.pass_obj
def failing_command(app):
    _FAILING[0](app)


def _run(home, failing, monkeypatch) -> tuple[int, str]:
    """Run one command in-process through the CLI's error handling; returns (exit code, stderr)."""
    from click.testing import CliRunner

    import hearten.cli
    from hearten.cli.context import run_with_clear_errors

    monkeypatch.setitem(hearten.cli.COMMANDS, "fail-for-test", f"{__name__}:failing_command")
    _FAILING[:] = [failing]
    runner = CliRunner()
    with runner.isolation() as (_, err, *_rest):
        code = run_with_clear_errors(hearten.cli.cli, ["--home", home["HEARTEN_HOME"], "fail-for-test"])
        text = err.getvalue().decode()
    return code, text


def test_a_full_disk_says_full_and_never_restore(home, monkeypatch):
    def fill_up(app):
        app.store.connection.execute("PRAGMA max_page_count = 1")  # as if the disk had no room left
        from hearten import services

        services.add_entry(app.store, text="word " * 50_000)

    code, err = _run(home, fill_up, monkeypatch)
    assert code == 1 and "disk is full" in err and "restore" not in err and "Traceback" not in err


def test_a_read_only_database_says_read_only_and_never_restore(home, monkeypatch):
    def read_only(app):
        app.store.connection.execute("PRAGMA query_only = ON")  # SQLite's own read-only refusal, as for a 0444 file
        from hearten import services

        services.add_entry(app.store, text="a new entry")

    code, err = _run(home, read_only, monkeypatch)
    assert code == 1 and "read-only" in err and "restore" not in err


def test_an_unknown_database_error_without_damage_does_not_suggest_restore(home, monkeypatch):
    def odd(app):
        app.store  # opens a healthy database
        raise sqlite3.DatabaseError("something unexpected")

    code, err = _run(home, odd, monkeypatch)
    assert code == 1 and "cannot be read" in err and "restore" not in err


def test_input_that_ends_mid_question_says_so_and_changes_nothing(home_env):
    taken = run_hearten(["assess", "take", "self-compassion-checkin"], home_env, input="3\n3\n")
    assert "the input ended before every question was answered" in one_line(taken)  # and nothing is kept
    assert "No results" in run_hearten(["assess", "history", "self-compassion-checkin"], home_env, check=True).out
    run_hearten(["journal", "add", "Still here."], home_env, check=True)
    kept = run_hearten(["forget", "--all"], home_env, input="")  # its warning comes first, then the line
    assert kept.returncode == 1 and kept.err.rstrip().endswith("so hearten stopped there.")
    assert "Still here." in run_hearten(["journal", "list"], home_env, check=True).out
