"""Crash safety: SIGKILL a writer at random moments; nothing acknowledged is lost or torn."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time

import pytest

WRITER = r"""
import hashlib, sys
from hearten.config import load_settings
from hearten.store import open_store
from hearten.domain.records import NewEntry
store = open_store(load_settings(home=sys.argv[1], environ={}))
n = int(sys.argv[2])
while True:
    n += 1
    body = f"entry {n} " + ("steady breath " * (n % 50 + 1))
    uid = hashlib.sha256(body.encode()).hexdigest()[:32]
    store.add_entry(NewEntry(text=body + "#" + uid, uid=uid, tags=("t%d" % (n % 3),)))
    print(uid, flush=True)  # printed only after the commit returned: acknowledged
"""


@pytest.mark.slow
def test_sigkill_never_loses_an_acknowledged_entry(tmp_path):
    home = tmp_path / "home"
    acknowledged: list[str] = []
    rng = random.Random(20261127)
    for round_number in range(25):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(home), str(round_number * 100000)], stdout=subprocess.PIPE, text=True
        )
        deadline = time.monotonic() + rng.uniform(0.3, 0.9)
        while time.monotonic() < deadline:
            line = writer.stdout.readline()
            if line:
                acknowledged.append(line.strip())
        os.kill(writer.pid, signal.SIGKILL)
        rest, _ = writer.communicate()
        acknowledged.extend(line for line in rest.split() if line)
        writer.wait()
    assert len(acknowledged) > 100

    import sqlite3

    connection = sqlite3.connect(home / "hearten.db")
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = dict(connection.execute("SELECT uid, text FROM entries").fetchall())
    missing = [uid for uid in acknowledged if uid not in rows]
    assert not missing, f"{len(missing)} acknowledged entries were lost"
    for uid, text in rows.items():
        body, _, tail = text.rpartition("#")
        assert tail == uid == hashlib.sha256(body.encode()).hexdigest()[:32], "a half-written entry"
    fts_count = connection.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'steady'").fetchone()[0]
    assert fts_count == len(rows)
    tags_ok = connection.execute(
        "SELECT count(*) FROM entries e WHERE NOT EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_id = e.id)"
    ).fetchone()[0]
    assert tags_ok == 0, "an entry was committed without its tag"
    connection.close()
