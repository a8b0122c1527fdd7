"""The journal commands, run through the installed `hearten` script, on both databases."""

from __future__ import annotations

import json

import pytest

from tests.support.cli import run_hearten, run_json


def test_add_list_show_search_edit_delete(home_env):
    first = run_hearten(
        ["journal", "add", "A quiet walk helped.", "--mood", "6", "--tag", "walk"], home_env, check=True
    )
    entry_id = int(first.out.split()[0])
    piped = run_hearten(
        ["journal", "add", "--tag", "work"], home_env, input="Meetings all day.\nTired now.", check=True
    )
    second_id = int(piped.out.split()[0])
    assert second_id != entry_id

    listed = run_json(["journal", "list", "--json"], home_env)
    assert [e["id"] for e in listed] == [second_id, entry_id]
    assert set(listed[0]) >= {"id", "uid", "text", "created_at", "mood", "tags", "kind", "session_id"}
    assert run_json(["journal", "list", "--tag", "walk", "--json"], home_env)[0]["text"] == "A quiet walk helped."

    shown = run_json(["journal", "show", str(second_id), "--json"], home_env)
    assert shown["text"] == "Meetings all day.\nTired now." and shown["tags"] == ["work"] and shown["reframes"] == []
    assert "Meetings all day." in run_hearten(["journal", "show", str(second_id)], home_env, check=True).out

    assert [e["id"] for e in run_json(["journal", "search", "walk", "--json"], home_env)] == [entry_id]

    run_hearten(
        ["journal", "edit", str(entry_id), "--text", "A long, quiet walk helped.", "--mood", "7"], home_env, check=True
    )
    assert run_json(["journal", "show", str(entry_id), "--json"], home_env)["mood"] == 7

    run_hearten(["journal", "delete", str(entry_id), "--yes"], home_env, check=True)
    assert [e["id"] for e in run_json(["journal", "list", "--json"], home_env)] == [second_id]


@pytest.mark.usefixtures("one_day")  # written today, listed since today
def test_list_since_until(home_env):
    run_hearten(["journal", "add", "today's note"], home_env, check=True)
    assert run_json(["journal", "list", "--since", "today", "--json"], home_env)
    assert run_json(["journal", "list", "--until", "2000-01-01", "--json"], home_env) == []
    assert run_json(["journal", "list", "--since", "2000-01-01", "--until", "today", "--json"], home_env)


def test_delete_asks_and_a_no_keeps_the_entry(home_env):
    entry_id = run_hearten(["journal", "add", "keep me"], home_env, check=True).out.split()[0]
    result = run_hearten(["journal", "delete", entry_id], home_env, input="n\n")
    assert result.returncode != 0
    assert run_json(["journal", "show", entry_id, "--json"], home_env)["text"] == "keep me"


def test_editor_is_used_when_there_is_no_text(home_env, tmp_path):
    import shutil
    import subprocess

    from tests.support.cli import HEARTEN

    editor = tmp_path / "fake-editor.sh"
    editor.write_text('#!/bin/sh\nprintf "Written in my editor." > "$1"\n')
    editor.chmod(0o755)
    assert shutil.which("script"), "util-linux `script` gives the command a terminal"
    # `script` runs hearten on a pseudo-terminal, as when a person types the command.
    subprocess.run(
        ["script", "-qec", f"{HEARTEN} journal add", "/dev/null"],
        env={**home_env, "EDITOR": str(editor), "PATH": "/usr/bin:/bin"},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=True,
        timeout=60,
    )
    assert [e["text"] for e in run_json(["journal", "list", "--json"], home_env)] == ["Written in my editor."]


def _run_with_stdin(args, env, stdin):
    """Run hearten with standard input from `stdin` (an open file or subprocess.DEVNULL), as a shell would."""
    import os
    import subprocess

    from tests.support.cli import HEARTEN

    full_env = {k: v for k, v in os.environ.items() if not k.startswith("HEARTEN_")}
    full_env.update(env)
    full_env["NO_COLOR"] = "1"
    return subprocess.run([HEARTEN, *args], env=full_env, stdin=stdin, capture_output=True, timeout=60)


def _fake_editor(tmp_path, words):
    editor = tmp_path / "fake-editor.sh"
    editor.write_text(f'#!/bin/sh\nprintf "{words}" > "$1"\n')
    editor.chmod(0o755)
    return str(editor)


def test_the_editor_opens_when_standard_input_is_dev_null(home_env, tmp_path):
    import subprocess

    env = {**home_env, "EDITOR": _fake_editor(tmp_path, "Written in my editor.")}
    added = _run_with_stdin(["journal", "add"], env, subprocess.DEVNULL)
    assert added.returncode == 0, added.stderr.decode()
    assert [e["text"] for e in run_json(["journal", "list", "--json"], home_env)] == ["Written in my editor."]

    env = {**home_env, "EDITOR": _fake_editor(tmp_path, "Edited in my editor.")}
    edited = _run_with_stdin(["journal", "edit", "1"], env, subprocess.DEVNULL)
    assert edited.returncode == 0, edited.stderr.decode()
    assert run_json(["journal", "show", "1", "--json"], home_env)["text"] == "Edited in my editor."


def test_a_file_on_standard_input_is_read_not_the_editor(home_env, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("From a file.\n")
    with notes.open("rb") as stdin:
        added = _run_with_stdin(["journal", "add"], {**home_env, "EDITOR": "false"}, stdin)
    assert added.returncode == 0, added.stderr.decode()
    assert [e["text"] for e in run_json(["journal", "list", "--json"], home_env)] == ["From a file."]


def test_a_megabyte_entry_through_the_cli(home_env):
    text = "Breathing in, breathing out. " * 36000
    entry_id = run_hearten(["journal", "add"], home_env, input=text, check=True).out.split()[0]
    assert run_json(["journal", "show", entry_id, "--json"], home_env)["text"] == text


def test_version_and_home_screen(home_env):
    assert run_hearten(["--version"], home_env, check=True).out.startswith("hearten, version")
    screen = run_hearten([], home_env, check=True).out
    assert "hearten help" in screen
    assert "streak" not in screen.lower()


def test_global_home_option_moves_the_data(tmp_path):
    env = {}
    other = tmp_path / "elsewhere"
    run_hearten(["--home", str(other), "journal", "add", "hello"], env, check=True)
    assert (other / "hearten.db").exists()
    assert (
        json.loads(run_hearten(["--home", str(other), "journal", "list", "--json"], env, check=True).out)[0]["text"]
        == "hello"
    )
