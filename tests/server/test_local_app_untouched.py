"""`hearten serve` stays the one-person app: it never loads server mode."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from hearten.config import load_settings
from hearten.web.app import create_app
create_app(load_settings(home=sys.argv[1], environ={}))
print(any(m == "hearten.server" or m.startswith("hearten.server.") for m in sys.modules))
"""


def test_the_local_web_app_imports_nothing_of_server_mode(tmp_path):
    found = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "home")],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin", "HEARTEN_HOME": str(tmp_path / "home")},
    )
    assert found.stdout.strip() == "False"
