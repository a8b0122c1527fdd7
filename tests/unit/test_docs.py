"""Docs that cannot drift: every setting and every command is documented."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hearten.cli import COMMANDS
from hearten.config import SETTINGS

ROOT = Path(__file__).resolve().parents[2]


def test_every_setting_is_in_the_settings_doc():
    text = (ROOT / "docs" / "settings.md").read_text()
    missing = [s.name for s in SETTINGS if f"`{s.name}`" not in text]
    assert not missing, f"docs/settings.md lacks {missing}"


def test_every_setting_has_help():
    assert all(s.help.strip() for s in SETTINGS)


def test_cli_reference_is_current():
    generated = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_cli_reference.py")], capture_output=True, text=True, check=True
    ).stdout
    current = (ROOT / "docs" / "cli.md").read_text()
    assert current == generated, "docs/cli.md is out of date: run `make docs`"


def test_every_command_is_in_the_reference():
    text = (ROOT / "docs" / "cli.md").read_text()
    assert all(f"`hearten {name}`" in text for name in COMMANDS)


def test_readme_opens_with_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    assert "make run" in readme and "make test" in readme
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci
