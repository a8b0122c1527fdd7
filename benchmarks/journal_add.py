"""How long does adding one journal entry take? hearten against jrnl and bare Python.

Runs, alternating so that machine noise hits every contender alike:
  python3 -c pass                  the floor: starting Python at all
  hearten journal add "…"          in a temporary HEARTEN_HOME (SQLite)
  jrnl "…"                         jrnl 4.x, configured in a temporary home, no encryption
and prints median wall times and the ratios. Goal: hearten ≤ 0.5 × jrnl.

    .venv/bin/python benchmarks/journal_add.py [--runs 30] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
TEXT = "Today I noticed how hard I was on myself after the meeting, and tried a kinder word."


def jrnl_environment(root: Path) -> dict:
    """A private HOME and XDG config for jrnl, with a plain-text journal and no first-run questions."""
    config_dir = root / "config" / "jrnl"
    config_dir.mkdir(parents=True)
    journal = root / "journal.txt"
    (config_dir / "jrnl.yaml").write_text(
        "version: v4.6\n"
        f"journals:\n  default:\n    journal: {journal}\n"
        "editor: ''\nencrypt: false\ntemplate: false\ndefault_hour: 9\ndefault_minute: 0\n"
        "timeformat: '%F %r'\ntagsymbols: '#@'\nhighlight: false\nlinewrap: 79\nindent_character: '|'\n"
        "colors:\n  body: none\n  date: none\n  tags: none\n  title: none\n"
    )
    return {
        "HOME": str(root),
        "XDG_CONFIG_HOME": str(root / "config"),
        "XDG_DATA_HOME": str(root / "data"),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    }


def timed(command, env) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        hearten_env = {
            "HEARTEN_HOME": str(root / "hearten"),
            "PATH": os.environ.get("PATH", ""),
            "HEARTEN_ANALYZE_AFTER_ADD": "false",
        }
        hearten_analyze_env = {**hearten_env, "HEARTEN_ANALYZE_AFTER_ADD": "true"}
        jrnl_env = jrnl_environment(root / "jrnl")
        contenders = {
            "python3 -c pass": ([sys.executable, "-c", "pass"], {"PATH": hearten_env["PATH"]}),
            "hearten journal add": ([str(BIN / "hearten"), "journal", "add", TEXT], hearten_env),
            "hearten journal add (with analysis)": (
                [str(BIN / "hearten"), "journal", "add", TEXT],
                hearten_analyze_env,
            ),
            "jrnl": ([str(BIN / "jrnl"), TEXT], jrnl_env),
        }
        for command, env in contenders.values():  # warm-up: first-run set-up, migrations, disk cache
            timed(command, env)
        times: dict[str, list[float]] = {name: [] for name in contenders}
        for _ in range(args.runs):
            for name, (command, env) in contenders.items():
                times[name].append(timed(command, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    result = {
        "runs": args.runs,
        "median_seconds": medians,
        "hearten_over_jrnl": medians["hearten journal add"] / medians["jrnl"],
        "hearten_with_analysis_over_jrnl": medians["hearten journal add (with analysis)"] / medians["jrnl"],
        "hearten_over_bare_python": medians["hearten journal add"] / medians["python3 -c pass"],
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"journal add, median of {args.runs} alternating runs each")
    for name, value in medians.items():
        print(f"  {name:<38} {value * 1000:8.1f} ms")
    print(f"  hearten / jrnl                         {result['hearten_over_jrnl']:8.2f}x   (goal ≤ 0.5x)")
    print(f"  hearten (with analysis) / jrnl         {result['hearten_with_analysis_over_jrnl']:8.2f}x")
    print(f"  hearten / python3 -c pass              {result['hearten_over_bare_python']:8.2f}x")


if __name__ == "__main__":
    main()
