"""Other requests while hearten is busy: `python benchmarks/busy_bench.py` (--write saves benchmarks/out/busy.md).

Starts a real `hearten serve` on a temporary home with a year of data, then measures
GET /journal and a static file from keep-alive connections in three phases: quiet; while
a 30 MB hearten export is uploaded to /settings/import; while /api/analyze runs on
200,000 characters again and again. A writer posts an entry every half second in each
phase, to count how many wait and how many answer 503 ("busy") instead of failing.

If the server prints its address with `?token=...` (or HEARTEN_BENCH_TOKEN / --token is
given), every request carries it as `Authorization: Bearer`.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from http_timing import timed_get  # beside this file

ROOT = Path(__file__).resolve().parents[1]
READS = {"journal": "/journal", "static": "/static/hearten.css"}
WORDS = (
    "today I felt tired and a bit lost but I tried to be gentle with myself; I am so stupid for forgetting "
    "the meeting; a walk in the park helped; I always mess things up; my friend called and we laughed"
).split()


def fill(home: Path) -> None:
    """A year of entries, so /journal does real reads."""
    from hearten.config import load_settings
    from hearten.domain.records import NewEntry
    from hearten.store import open_store

    rng = random.Random(11)
    now = datetime.now(UTC).replace(microsecond=0)
    entries = [
        NewEntry(text=" ".join(rng.choices(WORDS, k=80)), created_at=now - timedelta(days=d)) for d in range(365)
    ]
    store = open_store(load_settings(environ={"HEARTEN_HOME": str(home)}))
    store.import_records(entries=entries)
    store.close()


def big_export(megabytes: int) -> bytes:
    """A hearten export of about `megabytes` MB: entries of about 1,000 characters each."""
    rng = random.Random(30)
    start = datetime(2015, 1, 1, tzinfo=UTC)
    entries = []
    size = 0
    n = 0
    while size < megabytes * 1024 * 1024:
        text = " ".join(rng.choices(WORDS, k=180))
        entries.append(
            {
                "uid": str(uuid.UUID(int=rng.getrandbits(128))),
                "text": text,
                "mood": rng.randint(1, 9),
                "tags": [],
                "kind": "free",
                "created_at": (start + timedelta(hours=n)).isoformat(),
            }
        )
        size += len(text) + 150
        n += 1
    from hearten import services
    from hearten.config import load_settings
    from hearten.store import open_store

    # The exact export shape: written by hearten itself from an empty store, then the entries put in.
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(load_settings(environ={"HEARTEN_HOME": folder}))
        document = services.export_document(store)
        store.close()
    document["entries"] = entries
    return json.dumps(document).encode()


class Server:
    def __init__(self, home: Path, token: str | None):
        env = {**os.environ, "HEARTEN_HOME": str(home)}
        env.pop("HEARTEN_DATABASE_URL", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "hearten", "serve", "--port", "0"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        line = self.process.stdout.readline()
        found = re.search(r"http://([\d.]+):(\d+)/\S*", line)
        if not found:
            self.process.kill()
            raise RuntimeError(f"hearten serve did not print its address: {line!r}")
        self.host, self.port = found.group(1), int(found.group(2))
        printed = re.search(r"[?&]token=([\w.~-]+)", found.group(0))
        self.token = token or (printed.group(1) if printed else None)
        self.cookie, self.csrf = self._csrf()

    def headers(self) -> dict:
        out = {"Host": f"{self.host}:{self.port}"}
        if self.token:
            out["Authorization"] = f"Bearer {self.token}"
        if self.cookie:
            out["Cookie"] = self.cookie
        return out

    def _csrf(self):
        self.cookie = None
        status, head, body = self.request("GET", "/api/csrf")
        cookies = [v.split(";", 1)[0] for k, v in head if k.lower() == "set-cookie"]
        return "; ".join(cookies), json.loads(body)["csrf_token"]

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
        conn = http.client.HTTPConnection(self.host, self.port, timeout=600)
        try:
            conn.request(method, path, body=body, headers={**self.headers(), **(headers or {})})
            response = conn.getresponse()
            return response.status, response.getheaders(), response.read()
        finally:
            conn.close()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def upload(server: Server, data: bytes) -> tuple[int, float]:
    boundary = uuid.uuid4().hex
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="source"\r\n\r\nhearten\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="export.json"\r\n'
            "Content-Type: application/json\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    started = time.perf_counter()
    status, _, _ = server.request(
        "POST",
        "/settings/import",
        body,
        {"Content-Type": f"multipart/form-data; boundary={boundary}", "X-CSRF-Token": server.csrf},
    )
    return status, time.perf_counter() - started


def analyze_until(server: Server, stop: threading.Event, text: str, done: list) -> None:
    body = json.dumps({"text": text}).encode()
    while not stop.is_set():
        started = time.perf_counter()
        status, _, _ = server.request(
            "POST", "/api/analyze", body, {"Content-Type": "application/json", "X-CSRF-Token": server.csrf}
        )
        done.append((status, time.perf_counter() - started))


async def _reader(server: Server, path: str, stop: threading.Event, latencies: list, statuses: dict) -> None:
    reader, writer = await asyncio.open_connection(server.host, server.port)
    head_lines = "".join(f"{k}: {v}\r\n" for k, v in server.headers().items())
    request = f"GET {path} HTTP/1.1\r\n{head_lines}Connection: keep-alive\r\n\r\n".encode()
    try:
        while not stop.is_set():
            status, seconds = await timed_get(reader, writer, request)
            latencies.append(seconds)
            statuses[status] = statuses.get(status, 0) + 1
            await asyncio.sleep(0.005)  # a person clicking fast, not a flood
    finally:
        writer.close()


async def _writer(server: Server, stop: threading.Event, statuses: dict, latencies: list) -> None:
    n = 0
    while not stop.is_set():
        n += 1
        body = json.dumps({"text": f"a small note while the server is busy, number {n}"}).encode()
        started = time.perf_counter()
        status, _, _ = await asyncio.to_thread(
            server.request,
            "POST",
            "/api/entries",
            body,
            {"Content-Type": "application/json", "X-CSRF-Token": server.csrf},
        )
        latencies.append(time.perf_counter() - started)
        statuses[status] = statuses.get(status, 0) + 1
        await asyncio.sleep(0.5)


async def measure(server: Server, stop: threading.Event, connections: int) -> dict:
    results = {name: {"lat": [], "status": {}} for name in READS}
    writes = {"lat": [], "status": {}}
    tasks = [
        _reader(server, path, stop, results[name]["lat"], results[name]["status"])
        for name, path in READS.items()
        for _ in range(connections)
    ]
    tasks.append(_writer(server, stop, writes["status"], writes["lat"]))
    await asyncio.gather(*tasks)
    return {**results, "writes": writes}


def pct(values: list, p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000 if ordered else float("nan")


def phase(server: Server, connections: int, background, seconds: float | None = None) -> tuple[dict, object]:
    """Measure reads and writes while `background(stop)` runs in a thread (or for `seconds` when it is None)."""
    stop = threading.Event()
    outcome = []

    def run():
        try:
            outcome.append(background(stop) if background else time.sleep(seconds))
        finally:
            stop.set()

    thread = threading.Thread(target=run)
    started = time.perf_counter()
    thread.start()
    results = asyncio.run(measure(server, stop, connections))
    thread.join()
    results["seconds"] = time.perf_counter() - started
    return results, outcome[0] if outcome else None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=30, help="size of the import (default 30)")
    parser.add_argument("--analyze-seconds", type=float, default=8.0, help="how long to keep analysing (default 8)")
    parser.add_argument("--connections", type=int, default=2, help="keep-alive readers per path (default 2)")
    parser.add_argument(
        "--token",
        default=os.environ.get("HEARTEN_BENCH_TOKEN"),
        help="the server's login token, when it does not print one in its address",
    )
    parser.add_argument("--write", action="store_true", help="also save the report to benchmarks/out/busy.md")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    data = big_export(args.megabytes)
    long_text = (" ".join(WORDS) + ". ") * (200_000 // (len(" ".join(WORDS)) + 2))
    with tempfile.TemporaryDirectory(prefix="hearten-busy-bench-") as folder:
        home = Path(folder) / "home"
        fill(home)
        server = Server(home, args.token)
        try:
            for path in READS.values():  # warm up: templates compiled, caches filled
                server.request("GET", path)
            rows = [("quiet", *phase(server, args.connections, None, seconds=5.0))]
            rows.append(
                (
                    f"{len(data) / 1e6:.0f} MB import",
                    *phase(server, args.connections, lambda stop: upload(server, data)),
                )
            )
            analyses: list = []

            def analysing(stop):
                inner = threading.Event()
                worker = threading.Thread(target=analyze_until, args=(server, inner, long_text[:200_000], analyses))
                worker.start()
                time.sleep(args.analyze_seconds)
                inner.set()
                worker.join()

            rows.append(("200k-character analyses", *phase(server, args.connections, analysing)))
        finally:
            server.stop()
    lines = [
        f"Server: `hearten serve` on a home with 365 entries; readers: {args.connections} keep-alive connections per path "
        f"(a 5 ms pause between requests); one writer posting an entry every 0.5 s. Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} CPU(s).",
        "",
        "| while | seconds | /journal n | p50 ms | p99 ms | max ms | static p50 ms | p99 ms | writes ok | writes busy (503) | write p99 ms | other answers |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for name, r, outcome in rows:
        j, s, w = r["journal"], r["static"], r["writes"]
        ok = sum(n for code, n in w["status"].items() if code in (200, 201))
        busy = w["status"].get(503, 0)
        other = {
            f"{k} {c}": n
            for k, res in (("journal", j), ("static", s), ("write", w))
            for c, n in res["status"].items()
            if c not in (200, 201, 503)
        }
        lines.append(
            f"| {name} | {r['seconds']:.1f} | {len(j['lat'])} | {pct(j['lat'], 50):.1f} | {pct(j['lat'], 99):.1f} | "
            f"{max(j['lat']) * 1000:.1f} | {pct(s['lat'], 50):.1f} | {pct(s['lat'], 99):.1f} | {ok} | {busy} | "
            f"{pct(w['lat'], 99):.0f} | {other or '-'} |"
        )
        if outcome is not None:
            lines.append(f"|  | import answered {outcome[0]} after {outcome[1]:.1f} s | | | | | | | | | | |")
    if analyses:
        statuses = sorted({s for s, _ in analyses})
        lines += [
            "",
            f"Analyses: {len(analyses)} of 200,000 characters, each {pct([t for _, t in analyses], 50) / 1000:.2f} s "
            f"(median), answered {statuses}.",
        ]
    report = "\n".join(lines)
    print(report)
    if args.write:
        out = ROOT / "benchmarks" / "out"
        out.mkdir(parents=True, exist_ok=True)
        (out / "busy.md").write_text(
            f"Command: `.venv/bin/python benchmarks/busy_bench.py --write`. "
            f"Measured {datetime.now():%Y-%m-%d}.\n\n{report}\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
