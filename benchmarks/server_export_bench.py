"""How long a research export of a whole study takes, how many SQL statements it sends, and what it says.

    .venv/bin/python benchmarks/server_export_bench.py                       # 500 participants
    .venv/bin/python benchmarks/server_export_bench.py --save /tmp/after     # and keep the four files

Starts a throwaway PostgreSQL on 127.0.0.1, fills one organisation through the server's
own store and services (check-ins, practice sessions and assessments in several UTC
offsets; consents of every kind: all scopes, check-ins only, withdrawn keeping what was
shared, withdrawn deleting it and agreed again, withdrawn deleting it, never agreed; a few
answers to an instrument version the export is not given), then exports every format
and prints the time, the number of statements PostgreSQL ran for it and a SHA-256 of each
file. The data depend only on --participants and --seed, so two checkouts of hearten run
with the same arguments must print the same digests: that is how a change to the export's
queries is shown to leave its output byte for byte the same.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from server_load import LoopbackPostgres  # noqa: E402

FORMATS = ("csv", "redcap-dictionary", "codebook", "fhir")
OFFSETS = [timezone(timedelta(hours=h)) for h in (-5, 0, 1, 5.5, 9)]


def fill(store, *, participants: int, seed: int):
    from hearten.domain.records import NewCheckin
    from hearten.server import sharing
    from hearten.server.accounts import Actor
    from hearten.web.api_schemas import SessionIn

    rng = random.Random(seed)
    # Ids and uids from the seed too, so every run (of any checkout) stores the same study.
    ids = random.Random(seed + 1)
    uuid.uuid4 = lambda: uuid.UUID(int=ids.getrandbits(128), version=4)
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    org = store.create_org(name="Export study", pseudonym_key=bytes(range(32)), consent_text="consent", now=start)
    researcher = store.create_account(
        email="r@bench.invalid", password_hash="x", role="researcher", otp_secret=None, now=start
    )
    store.add_membership(org_id=org, account_id=researcher, role="researcher", now=start)
    instrument = sharing.instruments()["self-compassion-checkin"]
    weekly = sharing.instruments()["wellbeing-weekly"]
    run = {"practice_id": "mindful-breathing", "reached": 1, "outcome": "stopped", "timings": {}}

    def add_rows(actor, day0: int, days: int):
        for day in range(day0, day0 + days):
            zone = OFFSETS[rng.randrange(len(OFFSETS))]
            at = (start + timedelta(days=day, minutes=rng.randrange(600))).astimezone(zone)
            fields = {
                "mood": rng.randint(0, 10),
                "distress": rng.randint(0, 10),
                "sleep_hours": rng.choice([5.5, 7, None]),
            }
            store.add_checkin(org_id=org, owner_id=actor.account_id, record=NewCheckin(at=at, **fields))
            if day % 3 == 0:
                sharing.add_practice_session(
                    store,
                    actor=actor,
                    org_id=org,
                    run=SessionIn(
                        **run, distress_before=rng.randint(0, 10), distress_after=rng.randint(0, 10)
                    ).model_dump(),
                    at=at + timedelta(hours=1),
                )
            if day % 4 == 1:
                chosen = instrument if rng.random() < 0.7 else weekly
                answers = {item: rng.randint(chosen.scale.min, chosen.scale.max) for item in chosen.item_ids()}
                sharing.add_assessment(
                    store, actor=actor, org_id=org, instrument_id=chosen.id, answers=answers, at=at + timedelta(hours=2)
                )

    kinds = ["all"] * 14 + ["checkins"] * 2 + ["keep", "deleted-again", "deleted", "never"]
    for number in range(participants):
        when = start
        pid = store.create_account(
            email=f"p{number:04d}@bench.invalid", password_hash="x", role="participant", otp_secret=None, now=when
        )
        store.add_membership(org_id=org, account_id=pid, role="participant", now=when + timedelta(seconds=number))
        actor = Actor(
            account_id=pid, email=f"p{number:04d}@bench.invalid", role="participant", session_id="", token_hash=""
        )
        kind = kinds[number % len(kinds)]
        scopes = ["checkins"] if kind == "checkins" else ["checkins", "assessments", "practices", "insights"]
        add_rows(actor, 0, 4)
        if kind != "never":
            sharing.give_consent(
                store, actor=actor, org_id=org, version=1, scopes=scopes, now=start + timedelta(days=4)
            )
        add_rows(actor, 4, 8)
        if kind in ("keep", "deleted", "deleted-again"):
            sharing.withdraw(
                store,
                actor=actor,
                org_id=org,
                shared="keep" if kind == "keep" else "delete",
                now=start + timedelta(days=12),
            )
            add_rows(actor, 13, 2)
        if kind == "deleted-again":
            sharing.give_consent(
                store, actor=actor, org_id=org, version=1, scopes=scopes, now=start + timedelta(days=15)
            )
            add_rows(actor, 15, 3)
        if number % 50 == 7:  # an answer to a version of the instrument the export is not given
            with store.transaction() as cur:
                cur.execute(
                    "UPDATE participant_assessments SET instrument_version = 0 WHERE org_id = %s AND owner_id = %s",
                    (org, pid),
                )
    researcher_actor = Actor(
        account_id=researcher, email="r@bench.invalid", role="researcher", session_id="", token_hash=""
    )
    return org, researcher_actor


def statements(store) -> int:
    row = store._one("SELECT coalesce(sum(calls), 0)::bigint AS n FROM pg_stat_statements")
    return row["n"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=500)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--repeat", type=int, default=3, help="exports of each format (the median time is shown)")
    parser.add_argument("--save", type=Path, help="a folder to write the four files into")
    args = parser.parse_args(argv)

    import os

    import hearten
    from hearten.server import sharing
    from hearten.server.store import ServerStore

    print(f"hearten from {Path(hearten.__file__).parent}; load average {os.getloadavg()[0]:.1f}")
    pg = LoopbackPostgres(fsync=False, preload="pg_stat_statements")
    url = pg.start()
    try:
        store = ServerStore(url, pool_size=2)
        store.migrate()
        store._run("CREATE EXTENSION pg_stat_statements")
        began = time.perf_counter()
        org, researcher = fill(store, participants=args.participants, seed=args.seed)
        counts = {
            t: store._one(f"SELECT count(*) AS n FROM {t}")["n"]
            for t in ("participant_checkins", "participant_practice_sessions", "participant_assessments")
        }
        print(f"{args.participants} participants filled in {time.perf_counter() - began:.1f} s: {counts}")
        now = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)
        for fmt in FORMATS:
            times, sent = [], []
            for _ in range(args.repeat):
                before = statements(store)
                began = time.perf_counter()
                name, media, body = sharing.export(store, actor=researcher, org_id=org, fmt=fmt, now=now)
                times.append(time.perf_counter() - began)
                sent.append(statements(store) - before - 1)  # less the count's own statement
            digest = hashlib.sha256(body).hexdigest()[:16]
            print(
                f"  {fmt:<18} median {sorted(times)[len(times) // 2] * 1000:8.1f} ms  "
                f"statements {max(sent):>5}  {len(body):>9} bytes  sha256 {digest}  {name}"
            )
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                (args.save / fmt).write_bytes(body)
        store.close()
    finally:
        pg.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
