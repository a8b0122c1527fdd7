"""Load on the server: hundreds of participants and a few staff, through /api/v1, on a real PostgreSQL.

    .venv/bin/python benchmarks/server_load.py                      # 500 participants, 20 staff, 60 s, 4 workers
    .venv/bin/python benchmarks/server_load.py --think 30,10,5      # one sign-up, three load phases

Starts a throwaway PostgreSQL listening on 127.0.0.1 (fsync on, as in production), runs
`hearten server init`, creates an organisation and one invite per simulated person with
`hearten server admin`, starts `hearten server run --workers N`, and then lets every
participant (check-ins, journal entries, practice sessions) and every clinician
(the participant list and one participant's shared check-ins) and researcher (exports)
act at random moments for the given time. Each simulated person waits a random,
exponentially distributed time between actions (`--think`, mean seconds), as people do.

Prints throughput, p50/p99 per route and every error, then looks in the database for
every write the server acknowledged with a 201. Nothing here asserts: the figures go in
BENCHMARKS.md with the command that made them. Only the contract in the issue is used
(CLI and /api/v1); the database is read only to check acknowledged writes afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import hmac
import json
import os
import random
import secrets
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_CHECKIN_P99_MS = 100.0
IDLE_REUSE_SECONDS = 2.0  # well inside uvicorn's 5 s, even when this loop runs late on a busy machine
SCOPES = ["checkins", "assessments", "practices", "insights"]  # the journal stays private, as by default
ENTRY_TEXTS = [
    "Walked to the river after work and noticed the light on the water.",
    "A slow morning. I made tea and let myself sit for a while before starting.",
    "The meeting went better than I feared. I spoke up once and that was enough.",
    "Tired today, and that is all right. I will go to bed early.",
    "Called my sister. We laughed about the old kitchen and the broken clock.",
]


# --- a throwaway PostgreSQL on loopback ------------------------------------------------------

# For many small commits, and every one still on disk before it is acknowledged (fsync and
# synchronous_commit stay on): a commit waits up to 0.2 ms for others to share its WAL flush
# when at least 2 more transactions are running; WAL buffers at their useful maximum; and
# checkpoints far enough apart that none lands inside a one-minute run.
DURABLE_SETTINGS = {
    "commit_delay": 200,
    "commit_siblings": 2,
    "wal_buffers": "16MB",
    "max_wal_size": "4GB",
    "checkpoint_timeout": "30min",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LoopbackPostgres:
    """PostgreSQL in a temporary folder, on 127.0.0.1 and a free port; as root it runs as `postgres`."""

    def __init__(self, *, fsync: bool = True, preload: str = "", settings: dict | None = None):
        found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
        if not found:
            raise SystemExit("PostgreSQL is not installed (scripts/install-system-deps.sh installs it)")
        self.bin = found[-1].parent
        self.folder = Path(tempfile.mkdtemp(prefix="hearten-load-pg-"))
        self.port = free_port()
        self.fsync = fsync
        self.preload = preload
        self.settings = dict(settings or {})
        self.as_root = os.geteuid() == 0

    def _run(self, *args):
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, cwd=self.folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> str:
        if self.as_root:
            shutil.chown(self.folder, "postgres", "postgres")
        data = self.folder / "data"
        self._run("initdb", "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C")
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} -c max_connections=200"
            f" -c shared_buffers=256MB -c fsync={'on' if self.fsync else 'off'}"
        )
        if self.preload:
            options += f" -c shared_preload_libraries={self.preload}"
        for name, value in self.settings.items():
            options += f" -c {name}={value}"
        self._run(
            "pg_ctl", "-D", str(data), "-l", str(self.folder / "server.log"), "-w", "-t", "60", "-o", options, "start"
        )
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "hearten_load")
        return f"postgresql://postgres@127.0.0.1:{self.port}/hearten_load"

    def stop(self):
        try:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


# --- a small keep-alive HTTP/1.1 client ------------------------------------------------------


class Reply:
    __slots__ = ("status", "headers", "body")

    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body)


class Client:
    """One person's connection: keeps its cookies and CSRF token, reconnects when the server closes."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.cookies: dict[str, str] = {}
        self.csrf: str | None = None
        self.reader = self.writer = None
        self.last_used = 0.0

    async def _connect(self):
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)

    async def close(self):
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except (ConnectionError, OSError):
                pass
            self.writer = None

    async def request(self, method: str, path: str, body=None) -> Reply:
        # uvicorn closes a connection idle for 5 s; open a new one rather than race that close.
        if self.writer is not None and (self.reader.at_eof() or time.monotonic() - self.last_used > IDLE_REUSE_SECONDS):
            await self.close()
        for attempt in (1, 2):
            if self.writer is None:
                await self._connect()
            try:
                reply = await self._exchange(method, path, body)
                self.last_used = time.monotonic()
                return reply
            except (ConnectionError, asyncio.IncompleteReadError):
                await self.close()
                if attempt == 2 or method not in ("GET",):
                    raise  # a change is never sent twice: it might have been applied
        raise AssertionError("unreachable")

    async def _exchange(self, method, path, body) -> Reply:
        payload = b"" if body is None else json.dumps(body).encode()
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", "Accept: application/json"]
        if self.cookies:
            lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if method != "GET" and self.csrf:
            lines.append(f"X-CSRF-Token: {self.csrf}")
        if body is not None:
            lines.append("Content-Type: application/json")
        if method != "GET":
            lines.append(f"Content-Length: {len(payload)}")
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + payload)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        status = int(status_line.split(" ", 2)[1])
        headers: dict[str, str] = {}
        for line in header_lines:
            if ":" in line:
                name, value = line.split(":", 1)
                name, value = name.strip().lower(), value.strip()
                if name == "set-cookie":
                    self._keep_cookie(value)
                headers[name] = value
        if headers.get("transfer-encoding", "").lower() == "chunked":
            data = bytearray()
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                if size == 0:
                    await self.reader.readuntil(b"\r\n")
                    break
                data += await self.reader.readexactly(size)
                await self.reader.readexactly(2)
            data = bytes(data)
        else:
            data = await self.reader.readexactly(int(headers.get("content-length", "0")))
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return Reply(status, headers, data)

    def _keep_cookie(self, value: str):
        pair, *attributes = value.split(";")
        name, _, cookie = pair.strip().partition("=")
        expired = any(a.strip().lower() in ("max-age=0",) for a in attributes) or cookie in ('""', "")
        if expired:
            self.cookies.pop(name, None)
        else:
            self.cookies[name] = cookie

    async def fresh_csrf(self):
        reply = await self.request("GET", "/api/v1/csrf")
        if reply.status != 200:
            raise RuntimeError(f"GET /api/v1/csrf answered {reply.status}: {reply.body[:200]!r}")
        self.csrf = reply.json()["csrf_token"]


def totp(secret_base32: str, at: float | None = None) -> str:
    """The current six-digit TOTP code (RFC 6238: HMAC-SHA1, 30-second steps)."""
    key = base64.b32decode(secret_base32.upper() + "=" * (-len(secret_base32) % 8))
    counter = int((time.time() if at is None else at) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{code:06d}"


# --- the people ------------------------------------------------------------------------------


class Person:
    def __init__(self, role: str, number: int, code: str, host: str, port: int):
        self.role, self.number, self.code = role, number, code
        self.email = f"{role}{number:04d}@load.invalid"
        self.password = secrets.token_urlsafe(12)
        self.client = Client(host, port)
        self.otp_secret: str | None = None
        self.id = None


class Recorder:
    def __init__(self):
        self.times: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.acknowledged: dict[str, list[str]] = defaultdict(list)
        self.unacknowledged = 0

    async def call(
        self, person: Person, route: str, method: str, path: str, body=None, *, expect=(200,)
    ) -> Reply | None:
        started = time.perf_counter()
        try:
            reply = await person.client.request(method, path, body)
        except (ConnectionError, OSError, asyncio.IncompleteReadError) as problem:
            self.errors[f"{route}: {type(problem).__name__}"] += 1
            return None
        self.times[route].append(time.perf_counter() - started)
        if reply.status not in expect:
            self.errors[f"{route}: {reply.status} {reply.body[:120].decode('utf-8', 'replace')}"] += 1
            return None
        return reply


async def setup_person(person: Person, org):
    c = person.client
    await c.fresh_csrf()
    reply = await c.request(
        "POST", "/api/v1/invites/accept", {"code": person.code, "email": person.email, "password": person.password}
    )
    if reply.status != 201:
        raise RuntimeError(f"accepting {person.email}'s invite answered {reply.status}: {reply.body[:300]!r}")
    person.otp_secret = reply.json().get("otp_secret")
    await c.fresh_csrf()
    login = {"email": person.email, "password": person.password}
    if person.otp_secret:
        login["otp"] = totp(person.otp_secret)
    reply = await c.request("POST", "/api/v1/login", login)
    if reply.status != 200:
        raise RuntimeError(f"{person.email} could not log in: {reply.status} {reply.body[:300]!r}")
    await c.fresh_csrf()
    me = (await c.request("GET", "/api/v1/me")).json()
    person.id = me.get("id")
    if person.role == "participant":
        consent = await c.request("GET", f"/api/v1/orgs/{org}/consent")
        if consent.status != 200:
            raise RuntimeError(f"reading the consent text answered {consent.status}: {consent.body[:300]!r}")
        version = consent.json().get("version")
        given = await c.request("PUT", f"/api/v1/orgs/{org}/consent", {"version": version, "scopes": SCOPES})
        if given.status not in (200, 201, 204):
            raise RuntimeError(f"giving consent answered {given.status}: {given.body[:300]!r}")


async def pause(seconds: float, deadline: float):
    await asyncio.sleep(max(0.0, min(seconds, deadline - time.perf_counter())))


async def participant_loop(person: Person, rec: Recorder, deadline: float, think: float, rng: random.Random):
    await pause(rng.uniform(0, think), deadline)
    while time.perf_counter() < deadline:
        roll = rng.random()
        if roll < 0.6:
            body = {
                "mood": rng.randint(0, 10),
                "distress": rng.randint(0, 10),
                "sleep_hours": rng.choice([5.5, 6, 7, 8.5]),
                "social": rng.randint(0, 10),
            }
            reply = await rec.call(person, "POST /checkins", "POST", "/api/v1/checkins", body, expect=(201,))
            kind = "checkin"
        elif roll < 0.85:
            body = {"text": rng.choice(ENTRY_TEXTS), "mood": rng.randint(0, 10), "tags": ["load"]}
            reply = await rec.call(person, "POST /entries", "POST", "/api/v1/entries", body, expect=(201,))
            kind = "entry"
        else:
            body = {
                "practice_id": "mindful-breathing",
                "reached": 1,
                "outcome": "stopped",
                "timings": {},
                "distress_before": rng.randint(0, 10),
                "distress_after": rng.randint(0, 10),
            }
            reply = await rec.call(person, "POST /sessions", "POST", "/api/v1/sessions", body, expect=(201,))
            kind = "session"
        if reply is not None:
            data = reply.json()
            uid = (data.get("session") or {}).get("uid") if kind == "session" else data.get("uid")
            if uid:
                rec.acknowledged[kind].append(uid)
            else:
                rec.unacknowledged += 1
        await pause(rng.expovariate(1 / think), deadline)


async def clinician_loop(person: Person, org, rec: Recorder, deadline: float, think: float, rng: random.Random):
    await pause(rng.uniform(0, think), deadline)
    while time.perf_counter() < deadline:
        reply = await rec.call(person, "GET /participants", "GET", f"/api/v1/orgs/{org}/participants")
        people = []
        if reply is not None:
            data = reply.json()
            people = data if isinstance(data, list) else data.get("participants", [])
        if people:
            chosen = rng.choice(people)
            pid = chosen.get("id") if isinstance(chosen, dict) else chosen
            scope = rng.choice(["checkins", "checkins", "assessments", "practices"])
            await rec.call(
                person, f"GET /participants/{{pid}}/{scope}", "GET", f"/api/v1/orgs/{org}/participants/{pid}/{scope}"
            )
        await pause(rng.expovariate(1 / think), deadline)


async def researcher_loop(person: Person, org, rec: Recorder, deadline: float, think: float, rng: random.Random):
    await pause(rng.uniform(0, think), deadline)
    formats = ["csv", "fhir", "redcap-dictionary", "codebook"]
    while time.perf_counter() < deadline:
        fmt = rng.choice(formats)
        await rec.call(person, f"GET /export?format={fmt}", "GET", f"/api/v1/orgs/{org}/export?format={fmt}")
        await pause(rng.expovariate(1 / think), deadline)


# --- running it ------------------------------------------------------------------------------


def hearten_cli(env: dict, *args: str) -> str:
    """Run a `hearten` command in this process (no start-up per call) and return what it printed."""
    from click.testing import CliRunner

    from hearten.cli import cli

    result = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    if result.exit_code != 0:
        raise RuntimeError(f"hearten {' '.join(args)} failed: {result.output}")
    return result.output


def cpu_seconds(*, group: int | None = None, parent: int | None = None) -> float:
    """CPU time (user + system) of the live processes in a process group, or of a process and its children."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            pid = int(stat.parent.name)
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, ValueError):
            continue  # it ended while we looked
        ppid, pgrp, utime, stime = int(fields[1]), int(fields[2]), int(fields[11]), int(fields[12])
        if (group is not None and pgrp == group) or (parent is not None and parent in (pid, ppid)):
            total += utime + stime
    return total / tick


class FlushProbe:
    """What a commit waits for on this disk: an 8 kB write and fdatasync beside PostgreSQL's data, 20 times a second.

    Run in a thread during each load phase; its slowest flushes show how much of a check-in's
    tail is the disk's (a durable commit cannot be acknowledged before its flush).
    """

    def __init__(self, folder: Path):
        self.path = folder / "flush-probe"
        self.times: list[float] = []
        self._stop = None

    def start(self):
        import threading

        self.times = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        block = os.urandom(8192)
        with open(self.path, "wb", buffering=0) as out:
            while not self._stop.wait(0.05):
                began = time.perf_counter()
                out.seek(0)
                out.write(block)
                os.fdatasync(out.fileno())
                self.times.append(time.perf_counter() - began)

    def stop(self) -> list[float]:
        self._stop.set()
        self._thread.join()
        return self.times


def wait_for_port(port: int, seconds: float = 60):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server did not start listening on port {port}")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def acknowledged_missing(url: str, acknowledged: dict[str, list[str]]) -> tuple[int, int, list[str]]:
    """(acknowledged, found, tables searched): every `uid` column of the server's schema is read."""
    import psycopg

    wanted = {uid for uids in acknowledged.values() for uid in uids}
    found: set[str] = set()
    with psycopg.connect(url) as conn:
        tables = conn.execute(
            "SELECT table_schema, table_name FROM information_schema.columns WHERE column_name = 'uid'"
            " AND table_schema NOT IN ('pg_catalog', 'information_schema')"
        ).fetchall()
        for schema, table in tables:
            query = f'SELECT uid::text FROM "{schema}"."{table}"'
            found.update(row[0] for row in conn.execute(query))
    return len(wanted), len(wanted & found), [f"{s}.{t}" for s, t in tables]


async def run_load(args, port: int, org, invites: dict[str, list[str]], cpu, probe) -> list[Recorder]:
    """Everyone joins once; then one load phase per think time in --think. Returns one Recorder per phase."""
    rng = random.Random(args.seed)
    people = []
    for role in ("participant", "clinician", "researcher"):
        for number, code in enumerate(invites[role], start=1):
            people.append(Person(role, number, code, "127.0.0.1", port))
    print(f"accepting {len(people)} invites, logging in and consenting ...", flush=True)
    started = time.perf_counter()
    gate = asyncio.Semaphore(8)

    async def one(person):
        async with gate:
            await setup_person(person, org)

    await asyncio.gather(*(one(p) for p in people))
    print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    phases = []
    for think in args.think:
        rec = Recorder()
        rec.think = think
        load_before, cpu_before = os.getloadavg(), cpu()
        probe.start()
        print(
            f"running {args.seconds:g} s of load "
            f"(think time {think:g} s participants, {args.staff_think:g} s clinicians,"
            f" {args.export_think:g} s researchers; load average {load_before[0]:.1f}) ...",
            flush=True,
        )
        deadline = time.perf_counter() + args.seconds
        began = time.perf_counter()
        tasks = []
        for person in people:
            person_rng = random.Random(rng.random())
            if person.role == "participant":
                tasks.append(participant_loop(person, rec, deadline, think, person_rng))
            elif person.role == "clinician":
                tasks.append(clinician_loop(person, org, rec, deadline, args.staff_think, person_rng))
            else:
                tasks.append(researcher_loop(person, org, rec, deadline, args.export_think, person_rng))
        await asyncio.gather(*tasks)
        rec.elapsed = time.perf_counter() - began
        rec.flushes = probe.stop()
        rec.load = (load_before, os.getloadavg())
        rec.cpu = [after - before for after, before in zip(cpu(), cpu_before)]
        phases.append(rec)
    await asyncio.gather(*(p.client.close() for p in people))
    return phases


def report(args, rec: Recorder) -> None:
    total = sum(len(v) for v in rec.times.values())
    errors = sum(rec.errors.values())
    print()
    print(
        f"{args.participants} participants (think {rec.think:g} s), "
        f"{args.clinicians} clinicians, {args.researchers} researchers;"
        f" {args.workers} workers; {rec.elapsed:.1f} s; load average "
        f"{rec.load[0][0]:.1f} before, {rec.load[1][0]:.1f} after"
    )
    print(f"requests answered: {total}  throughput: {total / rec.elapsed:.1f} requests/s  errors: {errors}")
    if rec.flushes:
        print(
            f"the disk meanwhile (8 kB write + fdatasync, {len(rec.flushes)} probes): p50 "
            f"{percentile(rec.flushes, 0.5) * 1000:.1f} ms, p99 {percentile(rec.flushes, 0.99) * 1000:.1f} ms,"
            f" max {max(rec.flushes) * 1000:.1f} ms; {sum(t > 0.1 for t in rec.flushes)} over 100 ms"
        )
    if total:
        app_ms, db_ms, load_ms = (seconds * 1000 / total for seconds in rec.cpu)
        # CPU per request does not depend on how busy the machine is; latency does.
        print(
            f"CPU per request: {app_ms:.1f} ms in hearten's workers + {db_ms:.1f} ms in PostgreSQL"
            f" (two idle cores would answer about {2000 / (app_ms + db_ms):.0f} requests/s of this mix);"
            f" this load generator: {load_ms:.1f} ms"
        )
    print()
    print(f"  {'route':<38}{'count':>7}{'per s':>8}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}")
    for route in sorted(rec.times):
        times = rec.times[route]
        print(
            f"  {route:<38}{len(times):>7}{len(times) / rec.elapsed:>8.1f}{percentile(times, 0.5) * 1000:>9.1f}"
            f"{percentile(times, 0.99) * 1000:>9.1f}{max(times) * 1000:>9.1f}"
        )
    if rec.errors:
        print("\nerrors:")
        for what, count in sorted(rec.errors.items(), key=lambda kv: -kv[1]):
            print(f"  {count:>6}  {what}")
    checkins = rec.times.get("POST /checkins")
    if checkins:
        p99 = percentile(checkins, 0.99) * 1000
        print(
            f"\ncheck-in p99 {p99:.1f} ms (goal ≤ {GOAL_CHECKIN_P99_MS:.0f} ms): "
            f"{'met' if p99 <= GOAL_CHECKIN_P99_MS else 'NOT met'}"
        )
    if rec.unacknowledged:
        print(f"{rec.unacknowledged} acknowledged writes carried no uid, so they cannot be checked")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=500)
    parser.add_argument("--clinicians", type=int, default=18)
    parser.add_argument("--researchers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument(
        "--think",
        type=lambda text: [float(t) for t in text.split(",")],
        default=[5.0],
        help="mean seconds a participant waits between actions; several (30,10,5) run one phase each",
    )
    parser.add_argument("--staff-think", type=float, default=3.0, help="mean seconds a clinician waits between looks")
    parser.add_argument(
        "--export-think", type=float, default=15.0, help="mean seconds a researcher waits between exports"
    )
    parser.add_argument(
        "--fsync-off", action="store_true", help="PostgreSQL without fsync (faster, not like production)"
    )
    parser.add_argument(
        "--tuned",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="PostgreSQL settings for many small commits, still durable (DURABLE_SETTINGS); --no-tuned: defaults",
    )
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args(argv)

    pg = LoopbackPostgres(fsync=not args.fsync_off, settings=DURABLE_SETTINGS if args.tuned else None)
    url = pg.start()
    server = None
    try:
        env = {
            "HEARTEN_DATABASE_URL": url,
            "HEARTEN_ADMIN_PASSWORD": secrets.token_urlsafe(16),
            "HEARTEN_SERVER_HOSTS": "127.0.0.1,localhost",
            # a throwaway server key, so init writes no key file into the runner's own folder
            "HEARTEN_SERVER_KEY": base64.b64encode(secrets.token_bytes(32)).decode("ascii"),
        }
        print(
            f"PostgreSQL on 127.0.0.1:{pg.port} (fsync {'off' if args.fsync_off else 'on'}"
            f"{', ' + ', '.join(f'{k}={v}' for k, v in DURABLE_SETTINGS.items()) if args.tuned else ''});"
            " creating the schema ...",
            flush=True,
        )
        hearten_cli(env, "server", "init", "--admin-email", "admin@load.invalid")
        org = json.loads(hearten_cli(env, "server", "admin", "create-org", "Load study", "--json"))["id"]
        started = time.perf_counter()
        invites = {}
        for role, count in (
            ("participant", args.participants),
            ("clinician", args.clinicians),
            ("researcher", args.researchers),
        ):
            invites[role] = [
                json.loads(hearten_cli(env, "server", "admin", "invite", "--org", str(org), "--role", role, "--json"))[
                    "code"
                ]
                for _ in range(count)
            ]
        print(f"  {sum(map(len, invites.values()))} invites in {time.perf_counter() - started:.1f} s", flush=True)

        port = free_port()
        server_env = {**os.environ, **env}
        server_env.pop("HEARTEN_ADMIN_PASSWORD")
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "hearten",
                "server",
                "run",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--workers",
                str(args.workers),
            ],
            env=server_env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=open(pg.folder / "hearten-server.log", "wb"),
            start_new_session=True,
        )
        wait_for_port(port)
        postmaster = int((pg.folder / "data" / "postmaster.pid").read_text().split()[0])

        def cpu():
            # hearten's workers (and export helpers), PostgreSQL, and this load generator itself
            return cpu_seconds(group=server.pid), cpu_seconds(parent=postmaster), time.process_time()

        phases = asyncio.run(run_load(args, port, org, invites, cpu, FlushProbe(pg.folder)))
        for rec in phases:
            report(args, rec)
        everything = defaultdict(list)
        for rec in phases:
            for kind, uids in rec.acknowledged.items():
                everything[kind] += uids
        wanted, found, tables = acknowledged_missing(url, everything)
        print(
            f"\nacknowledged writes (all phases): {wanted}, found in the database afterwards: {found}"
            f" (searched {', '.join(tables) or 'no table with a uid column'})"
        )
        return 0
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)  # the server and its workers, which we started
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
            log = pg.folder / "hearten-server.log"
            if log.exists() and log.stat().st_size:
                tail = log.read_text(errors="replace").splitlines()[-15:]
                print("\nlast lines of the server's log:\n  " + "\n  ".join(tail))
        pg.stop()


if __name__ == "__main__":
    sys.exit(main())
