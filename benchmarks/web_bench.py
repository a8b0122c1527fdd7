"""Web app latency with ten years of data: `python benchmarks/web_bench.py` (--write also saves the report to benchmarks/out/web.md for BENCHMARKS.md).

Fills a temporary home (3,650 entries, 3,650 check-ins, 2,000 practice sessions, 300
assessments) through the store's one-transaction import, starts `hearten serve` in a
subprocess on a free port, and loads Home, the Journal list, Insights and a static
file with a small keep-alive load generator on loopback. Reports p50/p99 latency and
requests per second per target, and each page's p99 as a ratio to the static file's.
Goals: every page's p99 at most 3x the static file's; Home's p99 at most 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from http_timing import timed_get  # beside this file

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {
    "home": "/",
    "journal": "/journal",
    "insights": "/insights",
    "calendar": "/calendar",
    "static": "/static/hearten.css",
}
WORDS = (
    "today I felt tired and a bit lost but I tried to be gentle with myself; "
    "I am so stupid for forgetting the meeting; a walk in the park helped; "
    "I always mess things up; my friend called and we laughed"
).split()


def fill(home: Path, years: int = 10) -> dict:
    from hearten.config import load_settings
    from hearten.content.instruments import load_instruments
    from hearten.domain.instruments import new_assessment
    from hearten.domain.records import NewCheckin, NewEntry, NewSession
    from hearten.store import open_store

    rng = random.Random(6)
    settings = load_settings(environ={"HEARTEN_HOME": str(home)})
    now = datetime.now(UTC).astimezone().replace(microsecond=0)
    days = 365 * years
    entries = [
        NewEntry(
            text=" ".join(rng.choices(WORDS, k=rng.randint(20, 120))),
            created_at=now - timedelta(days=d, hours=2),
            mood=rng.randint(2, 9),
            tags=(rng.choice(("work", "home", "family")),),
        )
        for d in range(days)
    ]
    checkins = [
        NewCheckin(
            at=now - timedelta(days=d, hours=3),
            mood=rng.randint(2, 9),
            distress=rng.randint(0, 7),
            sleep_hours=round(rng.uniform(5, 9), 1),
            active_minutes=rng.randint(0, 90),
            social=rng.randint(2, 9),
            food=rng.randint(3, 9),
        )
        for d in range(days)
    ]
    sessions = []
    for n in range(2000):
        start = now - timedelta(days=n * days / 2000, hours=5)
        sessions.append(
            (
                NewSession(
                    practice_id=rng.choice(("self-talk-30-30", "mindful-breathing", "loving-kindness")),
                    started_at=start,
                    ended_at=start + timedelta(minutes=5),
                    planned_seconds=300,
                    actual_seconds=rng.randint(60, 300),
                    completed=True,
                    distress_before=rng.randint(2, 7),
                    distress_after=rng.randint(1, 5),
                ),
                [],
            )
        )
    instrument = load_instruments()["self-compassion-checkin"]
    assessments = []
    for n in range(300):
        answers = {item.id: rng.randint(instrument.scale.min, instrument.scale.max) for item in instrument.items}
        assessments.append(new_assessment(instrument, answers, taken_at=now - timedelta(days=n * days / 300)))
    store = open_store(settings)
    started = time.perf_counter()
    added = store.import_records(
        entries=entries,
        checkins=checkins,
        sessions=sessions,
        assessments=assessments,
        instruments=[(instrument.id, instrument.version, instrument.model_dump(mode="json"))],
    )
    store.close()
    return {"added": added, "seconds": time.perf_counter() - started}


TOKEN = [""]  # the token the started server printed


def start_server(home: Path) -> tuple[subprocess.Popen, str]:
    env = {**os.environ, "HEARTEN_HOME": str(home)}
    env.pop("HEARTEN_DATABASE_URL", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "hearten", "serve", "--port", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    line = process.stdout.readline()
    found = re.search(r"(http://[\d.]+:\d+)/\?token=(\S+)", line)
    if not found:
        process.kill()
        raise RuntimeError(f"hearten serve did not print its link: {line!r}")
    TOKEN[0] = found.group(2)  # every request carries it, as a script using the API would
    return process, found.group(1)


async def _worker(host: str, port: int, path: str, deadline: float, budget: list, latencies: list) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Bearer {TOKEN[0]}\r\n"
        "Connection: keep-alive\r\n\r\n"
    ).encode()
    try:
        while time.perf_counter() < deadline and budget[0] > 0:
            budget[0] -= 1
            status, seconds = await timed_get(reader, writer, request)
            latencies.append(seconds)
            if status != 200:
                raise RuntimeError(f"{path} answered {status}")
    finally:
        writer.close()


async def load(base: str, path: str, *, seconds: float, requests: int, connections: int) -> dict:
    host, port = base.removeprefix("http://").split(":")
    first: list[float] = []
    await _worker(host, int(port), path, time.perf_counter() + 5, [1], first)  # cold: nothing cached yet
    for _ in range(20):  # warm up: templates compiled, caches filled
        await _worker(host, int(port), path, time.perf_counter() + 5, [1], [])
    latencies: list[float] = []
    budget = [requests]
    started = time.perf_counter()
    await asyncio.gather(
        *(_worker(host, int(port), path, started + seconds, budget, latencies) for _ in range(connections))
    )
    elapsed = time.perf_counter() - started
    latencies.sort()

    def pct(p):
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000

    return {
        "n": len(latencies),
        "p50": pct(50),
        "p99": pct(99),
        "rps": len(latencies) / elapsed,
        "first": first[0] * 1000,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8.0, help="time per target (default 8)")
    parser.add_argument("--requests", type=int, default=4000, help="most requests per target (default 4000)")
    parser.add_argument("--connections", type=int, default=4, help="concurrent keep-alive connections (default 4)")
    parser.add_argument("--write", action="store_true", help="also save the report to benchmarks/out/web.md")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    with tempfile.TemporaryDirectory(prefix="hearten-web-bench-") as folder:
        home = Path(folder) / "home"
        filled = fill(home)
        process, base = start_server(home)
        try:
            results = {
                name: asyncio.run(
                    load(base, path, seconds=args.seconds, requests=args.requests, connections=args.connections)
                )
                for name, path in TARGETS.items()
            }
        finally:
            process.terminate()
            process.wait(timeout=10)
    static = results["static"]["p99"]
    lines = [
        f"Data: {filled['added']['entries']:,} entries, {filled['added']['checkins']:,} check-ins, "
        f"{filled['added']['sessions']:,} sessions, {filled['added']['assessments']:,} assessments "
        f"(imported in {filled['seconds']:.1f} s).",
        f"Load: {args.connections} keep-alive connections, up to {args.requests} requests or {args.seconds:g} s per target, "
        f"on loopback; Python {sys.version.split()[0]}, {os.cpu_count()} CPU(s).",
        "",
        "| target | path | requests | first load ms | p50 ms | p99 ms | req/s | p99 / static p99 |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, path in TARGETS.items():
        r = results[name]
        lines.append(
            f"| {name} | `{path}` | {r['n']} | {r['first']:.1f} | {r['p50']:.2f} | {r['p99']:.2f} | {r['rps']:.0f} | {r['p99'] / static:.2f} |"
        )
    pages = [n for n in TARGETS if n != "static"]
    worst = max(results[n]["p99"] / static for n in pages)
    lines += [
        "",
        f"Goals: every page p99 <= 3x static (worst {worst:.2f}x: {'met' if worst <= 3 else 'NOT met'}); "
        f"Home p99 <= 50 ms ({results['home']['p99']:.1f} ms: {'met' if results['home']['p99'] <= 50 else 'NOT met'}).",
    ]
    lines += [
        "",
        "First load is the first request after the server starts: nothing cached, templates not yet compiled. "
        "Home and Insights keep whole-history reads (assessment history, charts) until the data changes "
        "(any POST here, or another connection's commit seen through SQLite's PRAGMA data_version).",
    ]
    report = "\n".join(lines)
    print(report)
    if args.write:
        command = "python benchmarks/web_bench.py --write"
        out = ROOT / "benchmarks" / "out"
        out.mkdir(parents=True, exist_ok=True)
        (out / "web.md").write_text(
            "# Web app benchmark (measured)\n\n"
            f"Command: `.venv/bin/{command}` (about a minute). Measured {datetime.now():%Y-%m-%d}.\n\n" + report + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
