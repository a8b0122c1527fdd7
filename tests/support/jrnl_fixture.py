"""Make a real jrnl journal with the installed jrnl, in a throwaway home, for import tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# (when, text) pairs in the form jrnl's command line takes; tags are jrnl's @words.
SAMPLE_ENTRIES = [
    ("2024-03-05 21:14", "Hard day at work. @work felt heavy, but @friends helped."),
    ("2024-03-06 07:02", "Morning walk"),
    ("2024-03-07 13:00", "Title with a period. Then a body with @Self-Care and #rest and caf\u00e9 \u2728"),
    ("2024-03-08 09:30", "Kind words to myself *"),
    ("2024-03-09 23:59", "Late night. Could not sleep, and that is allowed.\nSecond line of the body @sleep"),
]

CONFIG = """\
colors:
  body: none
  date: none
  tags: none
  title: none
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%F %r'
version: '4.6'
"""


def _entries(n: int) -> list[tuple[str, str]]:
    entries = list(SAMPLE_ENTRIES[:n])
    for i in range(len(entries), n):
        entries.append(
            (f"2024-04-{1 + i % 28:02d} {8 + i % 12:02d}:{i % 60:02d}", f"Entry number {i}. Body @tag{i % 3}")
        )
    return entries


def make_jrnl_journal(home: Path, n: int = len(SAMPLE_ENTRIES)) -> tuple[Path, str]:
    """A jrnl journal of n entries made by jrnl itself; returns (journal path, `jrnl --export json` text)."""
    home = Path(home)
    config_dir = home / "config" / "jrnl"
    config_dir.mkdir(parents=True, exist_ok=True)
    journal = home / "journal.txt"
    config = config_dir / "jrnl.yaml"
    config.write_text(CONFIG.format(journal=journal), encoding="utf-8")
    env = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "PATH": os.environ.get("PATH", ""),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "NO_COLOR": "1",
        "EDITOR": "",
        "VISUAL": "",
    }

    def jrnl(*args: str, stdin: str | None = None) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "jrnl", "--config-file", str(config), *args],
            input=stdin if stdin is not None else "",
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
            check=True,
        )
        return done.stdout

    for when, text in _entries(n):
        jrnl(stdin=f"{when}: {text}")
    return journal, jrnl("--export", "json")
