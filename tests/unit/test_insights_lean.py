"""Home shows today's part of an experiment without loading numpy or reportlab (only insights and reports need them)."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = r"""
import sys
from hearten.cli import main
code = main(sys.argv[1:])
print("\n".join(sorted(sys.modules)), file=sys.stderr)
sys.exit(code)
"""


def run(args, env):
    return subprocess.run([sys.executable, "-c", PROBE, *args], env=env, check=True, capture_output=True, text=True)


@pytest.mark.usefixtures("one_day")  # started today for tomorrow: home says when it starts, not today's part
def test_home_with_a_running_experiment_imports_no_statistics_or_pdf(tmp_path):
    env = {"HEARTEN_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    run(["experiment", "start", "rain", "--question", "Does RAIN help?"], env)
    result = run([], env)
    assert "Your experiment with" in result.stdout
    loaded = set(result.stderr.split())
    assert not {m for m in loaded if m.split(".")[0] in ("numpy", "reportlab", "pypdf")}
