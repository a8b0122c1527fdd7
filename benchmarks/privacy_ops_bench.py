"""What the privacy operations cost, in CPU time: `.venv/bin/python benchmarks/privacy_ops_bench.py [ROUNDS]`.

A 1,500-entry journal is encrypted (Argon2id at the floor settings, so the key derivation
is not what is measured), opened 20 times with its key, backed up, restored and decrypted;
each figure is the median over ROUNDS fresh homes (default 3). CPU time, not wall time,
so a busy shared machine moves the figures less.

To compare two versions, run it against an older checkout too, alternating:
`git archive <commit> src | tar -x -C /tmp/old && PYTHONPATH=/tmp/old/src .venv/bin/python benchmarks/privacy_ops_bench.py`
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from hearten import crypto, services
from hearten.config import load_settings
from hearten.services import backups, encryption, keys
from hearten.store import open_store

PASSPHRASE = "benchmark passphrase"


def _cpu(fn, repeat: int = 1) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def one_round(root: Path) -> dict[str, float]:
    settings = load_settings(home=root / "home", environ={})
    store = open_store(settings)
    for i in range(1500):
        services.add_entry(store, text=f"a gentle note number {i} about a calm walk and kind words " * 3)
    store.close()
    out = {
        "encrypt": _cpu(
            lambda: encryption.encrypt_home(settings, passphrase=PASSPHRASE, recovery=False, params=crypto.FLOOR_PARAMS)
        )
    }
    key = keys.unlock_key(settings, passphrase=PASSPHRASE)
    out["open with the key"] = _cpu(lambda: open_store(settings, key=key).close(), repeat=20)
    store = open_store(settings, key=key)
    made = root / "backup.db"
    out["backup"] = _cpu(lambda: backups.backup(settings, store, out=made))
    store.close()
    out["restore"] = _cpu(lambda: backups.restore(settings, path=made, key=key))
    out["decrypt"] = _cpu(lambda: encryption.decrypt_home(settings, key=key))
    return out


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    results: dict[str, list[float]] = {}
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            for name, value in one_round(Path(tmp)).items():
                results.setdefault(name, []).append(value)
    for name, values in results.items():
        print(f"{name}: {statistics.median(values) * 1000:.1f} ms CPU (median of {rounds})")


if __name__ == "__main__":
    main()
