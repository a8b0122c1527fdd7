"""What the crisis encoder (setting crisis_encoder) costs: loading it, reading an entry, and a whole command.

    .venv/bin/python benchmarks/crisis_encoder_bench.py [--runs 20]

Prints, on one thread (numpy's BLAS is held to one, as on one core):
- the model's load in a fresh process: importing it and building the weights (best and median of 5);
- analyze() of a two-sentence entry and of a 200-word entry, with the encoder on and off (median and worst
  of --runs, after one to warm up); the encoder is asked only when the rules and the word model find
  nothing, so these entries are ones they find nothing in;
- `hearten analyze --json TEXT` wall time, with the setting on and off (median of 5), start-up included.
Nothing is printed but figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ONE_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
SHORT = "Long day at work. I made soup and watched a film with my brother."
LONG_SENTENCES = [
    "The morning started slowly and I sat with my coffee by the window for a while.",
    "Work was busy, with two meetings that ran long and a report that needed more checking than I expected.",
    "At lunch I walked to the park and watched the dogs chase each other around the pond.",
    "In the afternoon my manager asked about the timeline, and I told her honestly where things stood.",
    "I felt a bit tired by four, so I made tea and finished the smaller tasks on my list.",
    "On the way home I called my sister and we talked about her new flat and the weekend.",
    "Dinner was pasta with whatever vegetables were left in the fridge, and it turned out well.",
    "After that I read a few chapters of my book and listened to the rain for a while.",
    "Tomorrow I want to start earlier and leave time for a proper walk before the meetings.",
    "All in all an ordinary day, a little long, but there were good moments in it too.",
]


def _in_process(runs: int) -> None:
    from hearten import crisis_encoder
    from hearten.domain import crisis_reader
    from hearten.domain.language import analyze
    from hearten.services.language import read_with_encoder

    entry = " ".join(LONG_SENTENCES)
    entry = " ".join(entry.split()[:200])
    started = time.perf_counter()
    crisis_encoder.load()
    print(f"build the encoder in this process: {time.perf_counter() - started:.3f} s")

    def timed(text: str, reader) -> tuple[float, float]:
        crisis_reader.use(reader)
        analyze(text)  # warm up
        spent = []
        for _ in range(runs):
            if reader is not None:
                from hearten.services import language

                language._answers.clear()  # every run reads afresh, as a new entry would
            started = time.perf_counter()
            found = analyze(text)
            spent.append(time.perf_counter() - started)
        assert not found.crisis, "the timing entries must be ones nothing flags"
        return statistics.median(spent) * 1000, max(spent) * 1000

    for name, text in (("two-sentence entry", SHORT), (f"{len(entry.split())}-word entry", entry)):
        off = timed(text, None)
        on = timed(text, read_with_encoder)
        print(
            f"{name}: encoder off median {off[0]:.2f} ms (worst {off[1]:.2f}); "
            f"on median {on[0]:.1f} ms (worst {on[1]:.1f})"
        )


def _fresh_loads() -> list[float]:
    code = (
        "import time; s = time.perf_counter(); from hearten import crisis_encoder; crisis_encoder.load(); "
        "print(time.perf_counter() - s)"
    )
    env = {**os.environ, **ONE_THREAD}
    return [
        float(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout)
        for _ in range(5)
    ]


def _commands() -> None:
    hearten = str(Path(sys.executable).with_name("hearten"))
    with tempfile.TemporaryDirectory() as home:
        for label, on in (("off", "0"), ("on", "1")):
            env = {**os.environ, **ONE_THREAD, "HEARTEN_HOME": home, "HEARTEN_CRISIS_ENCODER": on}
            spent = []
            for _ in range(5):
                started = time.perf_counter()
                subprocess.run([hearten, "analyze", "--json", SHORT], env=env, capture_output=True, check=True)
                spent.append(time.perf_counter() - started)
            print(f"hearten analyze --json (two sentences), encoder {label}: median {statistics.median(spent):.3f} s")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.inner:
        _in_process(args.runs)
        return 0
    loads = _fresh_loads()
    print(
        f"load in a fresh process (import and build): best {min(loads):.3f} s, median {statistics.median(loads):.3f} s"
    )
    env = {**os.environ, **ONE_THREAD}
    subprocess.run([sys.executable, __file__, "--inner", "--runs", str(args.runs)], env=env, check=True)
    _commands()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
