"""Instructions that `summarize()` spends on batch texts, counted by valgrind's callgrind.

    .venv/bin/python benchmarks/summarize_instructions.py [--texts 1000] [--pool journal|varied]
        [--src OTHER/src]

Wall time on a shared machine drifts by a quarter within an hour, so two versions of the analysis
compare only when their runs alternate. An instruction count is the same on every run: this counts
the instructions of a process that warms up (on the pool's last 1,500 texts, so the rules are compiled
and the memories hold what a long batch holds) and then summarizes the first --texts texts, minus the
same process (warm-up included) summarizing none, and prints the difference in millions. It is slow
(about a minute for 1,000 texts) and needs valgrind (Debian package `valgrind`); not part of `make bench`.
The pools are analyze_batch_bench.py's; --src measures another copy of the source, to compare.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
WARM_UP = 1500

CHILD = r"""
import json, sys
src, pool, count = sys.argv[1], sys.argv[2], int(sys.argv[3])  # and argv[4]: texts to warm up on
sys.path.insert(0, src)
import hearten
assert hearten.__file__.startswith(src), hearten.__file__
from hearten.domain.language import summarize
from hearten.domain.language.analyzer import expect_long_run
texts = [json.loads(line)["text"] for line in open(pool, encoding="utf-8")]
expect_long_run()
for text in texts[-int(sys.argv[4]) :]:
    summarize(text)
for text in texts[:count]:
    summarize(text)
"""


def _instructions(src: Path, pool: Path, count: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c", CHILD]
            + [str(src), str(pool), str(count), str(WARM_UP)],
            capture_output=True,
            text=True,
        )
        found = re.search(r"Collected : (\d+)", done.stderr)
        if done.returncode != 0 or found is None:
            raise SystemExit(f"callgrind failed:\n{done.stderr[-2000:]}")
        return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=int, default=1000, help="texts to count (at least 1)")
    ap.add_argument("--pool", choices=("journal", "varied"), default="journal")
    ap.add_argument("--src", type=Path, default=HERE.parent / "src")
    args = ap.parse_args(argv)
    if args.texts < 1:
        ap.error("--texts must be at least 1")
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian package valgrind); nothing measured.")
        return 1
    sys.path.insert(0, str(HERE))
    from analyze_batch_bench import journal_lines, varied_pool

    texts = journal_lines() if args.pool == "journal" else varied_pool()
    if len(texts) < args.texts + WARM_UP:
        print(f"the {args.pool} pool holds {len(texts):,} texts, fewer than the {args.texts + WARM_UP:,} this needs")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        pool = Path(tmp) / "pool.jsonl"
        pool.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
        src = args.src.resolve()
        with_texts = _instructions(src, pool, args.texts)
        without = _instructions(src, pool, 0)
    per = (with_texts - without) / args.texts
    print(
        f"summarize(), {args.texts:,} {args.pool}-pool texts after {WARM_UP:,} to warm up ({src}): "
        f"{(with_texts - without) / 1e6:,.0f} M instructions, {per / 1e3:,.0f} thousand a text"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
