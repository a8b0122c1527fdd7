"""End-to-end speed of `hearten analyze --batch`: JSON lines in on standard input, JSON lines out.

    .venv/bin/python benchmarks/analyze_batch_bench.py [--lines 100000] [--runs 5] [--no-pin]
        [--pool varied|journal|fixed] [--seed 10] [--save-input FILE]

Each line is one sentence ({"id": n, "text": ...}); the whole command runs as a separate
process pinned to one CPU (start-up included), reading a file and writing to a pipe that this
script drains. Sentences per second = lines / wall time, and lines / the command's own CPU
time (user + system), which other work on a shared machine disturbs less. Every run is
printed, with the range.

--pool varied (the default) draws the lines from a few thousand distinct sentences, so no
cache keyed by sentence could flatter the figure: every sentence of hearten's own practices
and learn cards, our own sentence files (tests/unit/data/*.txt except the held-out crisis
files, which no tool that prints sentences reads; scripts/data/crisis_train_*.txt), the timing
sentences, and the sentences of the public thinking-traps thoughts when that file is present
(read at run time only, as language_bench.py does); shuffled with a fixed seed and repeated in
that order. Most of them are the crisis training files' lines (crisis language and its
look-alikes), far more than a journal holds, so the varied figure is a harsh one.
--pool journal draws from journal-like sentences only: our own practices and learn cards, the
everyday file (tests/unit/data/everyday_heldout.txt), the timing sentences and the public
thoughts when present. They are too few (under 2,000) to outlast the batch's memory one a
line, so each line is an entry of two of them (a sentence with the one 1, 2 or 3 places on in
the shuffled order), every line distinct and more of them than the memory keeps; its figures
count sentences, two a line. --pool fixed is the earlier 15 sentences repeated.

A batch keeps the answers of its last few thousand distinct texts (BATCH_MEMORY in
hearten/cli/analyze.py), fewer than the varied pool holds, so in the varied order every line
is still analysed afresh and that figure is the analysis's own; the fixed figure is mostly the
memory answering repeats.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from language_bench import TIMING_SENTENCES, _one_core  # noqa: E402

EXTRA = (
    "I feel so tired of everything today.",
    "Nobody at work ever listens to a word I say.",
    "I'm going to fail this exam, I just know it.",
    "We had soup for lunch and talked about the garden.",
    "I don't want to be here anymore.",
)


def hearten_command() -> list[str]:
    script = Path(sys.executable).with_name("hearten")
    return [str(script)] if script.exists() else [sys.executable, "-m", "hearten"]


ROOT = Path(__file__).resolve().parents[1]


def _sentence_file(path: Path) -> list[str]:
    """The sentences of one of our files: "+ "/"- " lines, or plain lines; "#" lines are notes."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith(("+ ", "- ")):
            line = line[2:].strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _is_held_out_crisis(path: Path) -> bool:
    return path.name.startswith("crisis_heldout")


def varied_pool(seed: int = 10, journal_only: bool = False) -> list[str]:
    """Distinct sentences from our own words (and the public thoughts when present), shuffled;
    with journal_only, the everyday and practice sentences without the crisis training files."""
    import random

    from language_bench import DEFAULT_DATA

    from hearten.content.loaders import content_sentences
    from hearten.domain.language.sentences import split

    texts = list(TIMING_SENTENCES + EXTRA) + content_sentences()
    for path in sorted((ROOT / "tests" / "unit" / "data").glob("*.txt")):
        if not _is_held_out_crisis(path):  # never read: they are the detector's blind judges
            texts += _sentence_file(path)
    if not journal_only:
        for path in sorted((ROOT / "scripts" / "data").glob("crisis_train_*.txt")):
            texts += _sentence_file(path)
    if DEFAULT_DATA.exists():
        with DEFAULT_DATA.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    thought = json.loads(line)["prompt"]
                    texts.append(thought[:-3] if thought.endswith(" ->") else thought)
    found = {}  # one sentence a line, each once, in a fixed order before the shuffle
    for text in texts:
        for a, b in split(text):
            sentence = text[a:b].strip()
            if sentence:
                found.setdefault(sentence, None)
    pool = list(found)
    random.Random(seed).shuffle(pool)
    return pool


def journal_lines(seed: int = 10) -> list[str]:
    """Distinct two-sentence entries of the journal-like sentences, more than BATCH_MEMORY, shuffled."""
    import random

    pool = varied_pool(seed, journal_only=True)
    n = len(pool)
    lines = dict.fromkeys(f"{pool[i]} {pool[(i + step) % n]}" for step in (1, 2, 3) for i in range(n))
    out = list(lines)
    random.Random(seed).shuffle(out)
    return out


def make_input(path: Path, lines: int, pool: list[str]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for n in range(lines):
            fh.write(json.dumps({"id": n, "text": pool[n % len(pool)]}) + "\n")


def one_run(cmd: list[str], data: Path, env: dict, cpu: int | None) -> tuple[float, float, int]:
    """Wall seconds, the command's own CPU seconds (user + system), and the lines it wrote."""
    pre = (lambda: os.sched_setaffinity(0, {cpu})) if cpu is not None else None
    with data.open("rb") as stdin:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            cmd + ["analyze", "--batch"],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            preexec_fn=pre,
        )
        out_lines = 0
        for block in iter(lambda: proc.stdout.read(1 << 16), b""):
            out_lines += block.count(b"\n")
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        return wall, usage.ru_utime + usage.ru_stime, out_lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-pin", action="store_true", help="let the OS move the process between CPUs")
    ap.add_argument("--src", type=Path, help="run another copy of the source (its src/ folder), to compare")
    ap.add_argument(
        "--pool", choices=("varied", "journal", "fixed"), default="varied", help="the sentences lines are drawn from"
    )
    ap.add_argument("--seed", type=int, default=10, help="the varied pool's shuffle")
    ap.add_argument("--save-input", type=Path, help="also write the input lines to this file")
    args = ap.parse_args(argv)
    per_line = 1  # sentences a line
    if args.pool == "fixed":
        pool = list(TIMING_SENTENCES + EXTRA)
    elif args.pool == "journal":
        pool, per_line = journal_lines(args.seed), 2
    else:
        pool = varied_pool(args.seed)
    cpu = None
    where = "not pinned"
    if not args.no_pin:
        allowed = os.sched_getaffinity(0)
        where = _one_core()  # picks the idlest CPU for the command; this script, which drains
        if where.startswith("pinned"):  # the pipe, goes back to running anywhere
            cpu = next(iter(os.sched_getaffinity(0)))
            os.sched_setaffinity(0, allowed)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "in.jsonl"
        make_input(data, args.lines, pool)
        if args.save_input:
            args.save_input.write_bytes(data.read_bytes())
        what = "sentences" if per_line == 1 else f"entries of {per_line} sentences"
        print(f"{args.lines:,} lines from a {args.pool} pool of {len(pool):,} distinct {what}")
        env = {**os.environ, "HEARTEN_HOME": tmp, "HEARTEN_COUNTRY": "US"}
        if args.src:
            env["PYTHONPATH"] = str(args.src.resolve())
        cmd = hearten_command()
        rates, cpu_rates = [], []
        for _ in range(args.runs):
            seconds, cpu_seconds, out_lines = one_run(cmd, data, env, cpu)
            if out_lines != args.lines:
                print(f"expected {args.lines} output lines, got {out_lines}", file=sys.stderr)
                return 1
            rates.append(args.lines * per_line / seconds)
            cpu_rates.append(args.lines * per_line / cpu_seconds)
            print(
                f"  {args.lines:,} lines in {seconds:.2f} s wall, {cpu_seconds:.2f} s CPU: "
                f"{rates[-1]:,.0f} sentences/s wall, {cpu_rates[-1]:,.0f} per CPU second"
            )
    print(
        f"hearten analyze --batch, end to end ({args.pool} pool, {where}, {args.runs} runs): "
        f"{min(rates):,.0f}-{max(rates):,.0f} sentences/s wall (best {max(rates):,.0f}); "
        f"{min(cpu_rates):,.0f}-{max(cpu_rates):,.0f} per second of its own CPU time"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
