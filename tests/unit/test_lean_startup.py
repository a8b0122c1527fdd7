"""`hearten journal add` must start instantly: it imports nothing heavy."""

from __future__ import annotations

import subprocess
import sys

HEAVY = (
    "pydantic",
    "rich",
    "fastapi",
    "starlette",
    "jinja2",
    "uvicorn",
    "psycopg",
    "sqlalchemy",
    "matplotlib",
    "numpy",
    "argon2",
    "cryptography",
    "sqlcipher3",
    "hearten.store.migrate",
    "hearten.web",
    "platformdirs",
    # a few milliseconds each: only an encrypted home, or a note to show, needs them
    "hashlib",
    "dataclasses",
    "tomllib",
    "hearten.content",
)

PROBE = r"""
import sys
from hearten.cli import main
code = main(["journal", "add", "A gentle note to myself."])
print("\n".join(sorted(sys.modules)))
sys.exit(code)
"""


def test_journal_add_imports_nothing_heavy(tmp_path):
    home = tmp_path / "home"
    env = {"HEARTEN_HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", PROBE], env=env, check=True, capture_output=True)  # first run migrates
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, check=True, capture_output=True, text=True)
    loaded = set(result.stdout.split())
    offenders = sorted(m for m in loaded for heavy in HEAVY if m == heavy or m.startswith(heavy + "."))
    assert not offenders, f"journal add imported {offenders}"
