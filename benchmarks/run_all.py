"""`make bench`: run every benchmark once, one after another, and print their figures.

Each benchmark is also a script of its own (see BENCHMARKS.md for the options). They
measure; none asserts. Run on a quiet machine: every figure is wall time.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

BENCHMARKS = [
    ("Adding a journal entry: hearten vs jrnl vs bare Python", ["journal_add.py", "--runs", "20"]),
    ("Practice engine timing on a real clock, 2 minutes", ["engine_timing.py", "--seconds", "120"]),
    ("Language analyzer on the thinking-traps test half", ["language_bench.py", "--split", "test"]),
    ("The crisis encoder (setting crisis_encoder): load, one entry, one command", ["crisis_encoder_bench.py"]),
    ("Encryption: unlock, encrypted/plain ratios, jrnl import", ["privacy_bench.py"]),
    ("Encrypt, open with the key, back up, restore, decrypt: CPU time", ["privacy_ops_bench.py"]),
    ("Web pages under load on loopback", ["web_bench.py"]),
    ("Other requests during a 30 MB import and long analyses", ["busy_bench.py"]),
    ("Server mode: 500 participants and 20 staff on 4 workers, PostgreSQL on loopback", ["server_load.py"]),
]


def main() -> int:
    failed = 0
    for title, command in BENCHMARKS:
        print(f"\n=== {title}\n$ python benchmarks/{' '.join(command)}", flush=True)
        result = subprocess.run([sys.executable, str(HERE / command[0]), *command[1:]])
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
