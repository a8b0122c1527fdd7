"""Compare two source trees' crisis verdicts on every line of the crisis data files.

    .venv/bin/python scripts/crisis_compare.py --save /tmp/before.json --src /tmp/old/src
    .venv/bin/python scripts/crisis_compare.py --save /tmp/after.json
    .venv/bin/python scripts/crisis_compare.py --diff /tmp/before.json /tmp/after.json

`--save` reads every "+ " (crisis) and "- " (look-alike) line of scripts/data/crisis_*.txt,
scripts/data/practice_dev_*.txt and the held-out files, and writes each line's verdict under the tree
given (`--src`, default this checkout's src/). `--diff` prints the lines whose verdict changed, marked
better or WORSE, and a count per file. The development sets kept unread (UNREAD) and the held-out files
are counted, never printed (as in benchmarks/analysis_fingerprint.py): a set read line by line stops
measuring how the detector does on wording nobody tuned for.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UNREAD = (
    "crisis_dev_16.txt",
    "crisis_dev_17.txt",
    "crisis_dev_18.txt",
    "crisis_dev_19.txt",
    "crisis_dev_20.txt",
    "crisis_dev_21.txt",
)
_VERDICTS = """
import json, sys
from hearten.domain.language import analyze
out = {}
for path in sys.argv[2:]:
    for number, line in enumerate(open(path, encoding="utf-8").read().splitlines()):
        if line[:2] in ("+ ", "- "):
            out[f"{path}:{number}"] = [line[0], analyze(line[2:].strip()).crisis]
json.dump(out, open(sys.argv[1], "w"))
"""


def _kept_unread(name: str) -> bool:
    return name in UNREAD or name.startswith("crisis_heldout")


def data_files() -> list[Path]:
    data, held_out = ROOT / "scripts" / "data", ROOT / "tests" / "unit" / "data"
    return sorted([*data.glob("crisis_*.txt"), *data.glob("practice_dev_*.txt"), *held_out.glob("crisis_heldout*.txt")])


def save(out: Path, src: Path) -> None:
    """Each line's verdict under the tree at `src`, in a process of its own so its modules are that tree's."""
    command = [sys.executable, "-c", _VERDICTS, str(out), *map(str, data_files())]
    subprocess.run(command, check=True, env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"})


def diff(before_path: Path, after_path: Path) -> int:
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    counts: Counter = Counter()
    for key, (sign, was) in before.items():
        now = after.get(key, [sign, was])[1]
        if now == was:
            continue
        path, number = key.rsplit(":", 1)
        better = (sign == "+") == now
        counts[(Path(path).name, "better" if better else "WORSE")] += 1
        if not _kept_unread(Path(path).name):
            line = Path(path).read_text(encoding="utf-8").splitlines()[int(number)]
            print(f"{'better' if better else 'WORSE ':6} {Path(path).name:24} {line[:200]}")
    for (name, kind), n in sorted(counts.items()):
        print(f"{name:24} {kind:6} {n}")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="write the verdicts of the tree at --src to this file")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the tree's src/ folder")
    parser.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"), help="two saved verdict files")
    args = parser.parse_args(argv)
    if args.diff:
        return diff(*args.diff)
    if args.save:
        save(args.save, args.src)
        return 0
    parser.error("give --save FILE or --diff BEFORE AFTER")
    return 2


if __name__ == "__main__":
    sys.exit(main())
