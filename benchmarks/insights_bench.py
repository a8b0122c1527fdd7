"""Insights over ten years of daily data: `python benchmarks/insights_bench.py`.

Fills a temporary home with the web benchmark's ten years (3,650 check-ins and entries,
2,000 practice sessions, 300 assessments), then times:
- warm: the whole insights service (read every record, build the days, every effect,
  link and before/after change with 1,000 block-bootstrap draws) in one process, after
  a first call; goal at most 200 ms;
- cold: `hearten insights --json` as a fresh process, start-up and imports included;
  goal at most 1 s.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from web_bench import fill  # noqa: E402


def warm(home: Path, runs: int) -> dict:
    from hearten.config import load_settings
    from hearten.domain import effects
    from hearten.domain.records import now
    from hearten.services import insights
    from hearten.store import open_store

    store = open_store(load_settings(environ={"HEARTEN_HOME": str(home)}))
    moment = now()
    insights.insights_json(store, moment=moment)
    whole, analysis, cpu = [], [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        document = insights.insights_json(store, moment=moment)
        whole.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    found, start, end = insights.records(store, days=None, moment=moment)
    for _ in range(runs):
        started = time.perf_counter()
        effects.insights(**found, start=start, end=end)
        analysis.append(time.perf_counter() - started)
    store.close()
    return {
        "whole": whole,
        "cpu": cpu,
        "analysis": analysis,
        "effects": len(document["effects"]),
        "associations": len(document["associations"]),
        "days": document["days"],
    }


def cold(home: Path, runs: int) -> tuple[list[float], list[float]]:
    env = {**os.environ, "HEARTEN_HOME": str(home)}
    env.pop("HEARTEN_DATABASE_URL", None)
    hearten = str(Path(sys.executable).with_name("hearten"))
    subprocess.run([hearten, "insights", "--json"], env=env, check=True, capture_output=True)
    import resource

    times, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([hearten, "insights", "--json"], env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return times, cpu


def ms(values) -> str:
    return f"median {statistics.median(values) * 1000:6.1f} ms   max {max(values) * 1000:6.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        filled = fill(home)
        print(f"filled {filled['added']} in {filled['seconds']:.1f} s")
        found = warm(home, args.runs)
        print(f"  {found['days']} days: {found['effects']} effects, {found['associations']} links")
        print(f"  warm, whole service (read + analyse)   {ms(found['whole'])}   (goal 200 ms)")
        print(f"  warm, whole service, CPU time         {ms(found['cpu'])}")
        print(f"  warm, analysis only (records in hand)  {ms(found['analysis'])}")
        wall, cpu = cold(home, args.runs)
        print(f"  cold, hearten insights --json          {ms(wall)}   (goal 1000 ms)")
        print(f"  cold, hearten insights --json, CPU     {ms(cpu)}")


if __name__ == "__main__":
    main()
