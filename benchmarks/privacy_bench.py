"""Privacy figures for BENCHMARKS.md, in one run: `.venv/bin/python benchmarks/privacy_bench.py`.

1. Unlock: Argon2id tuned to about 0.5 s here, median of 7 unwraps of the key file.
2. Journal add and search, encrypted (SQLCipher) against plain SQLite, in one process and
   through the real CLI (with `hearten unlock`, so Argon2 is not counted per command).
3. Importing a ten-year jrnl journal (3,650 entries, jrnl's text format) through the CLI.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from hearten import crypto, services
from hearten.config import load_settings
from hearten.services import encryption, keys
from hearten.store import open_store

HEARTEN = str(Path(sys.executable).with_name("hearten"))
PASSPHRASE = "benchmark passphrase"
WORDS = (
    "kind gentle tired work friend walk rain sleep worry calm hope breath morning evening "
    "family tea heavy light slow patient enough"
).split()


def _median(samples):
    return statistics.median(samples)


def bench_unlock() -> dict:
    params = crypto.tune_params(0.5)
    keyfile, _ = crypto.create_keyfile(PASSPHRASE, params=params)
    times = []
    for _ in range(7):
        start = time.perf_counter()
        crypto.unwrap(keyfile, PASSPHRASE)
        times.append(time.perf_counter() - start)
    return {"params": params, "median": _median(times), "min": min(times), "max": max(times)}


def _text(rng) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(60))


def _store_pair(root: Path):
    plain = load_settings(home=root / "plain", environ={})
    enc = load_settings(home=root / "enc", environ={})
    encryption.encrypt_home(enc, passphrase=PASSPHRASE, recovery=False, params=crypto.FLOOR_PARAMS)
    return plain, enc


def bench_in_process(root: Path, adds: int = 300, seed_entries: int = 2000, searches: int = 200) -> dict:
    plain, enc = _store_pair(root)
    rng = random.Random(7)
    result = {}
    for name, settings in (("plain", plain), ("encrypted", enc)):
        store = open_store(settings, key=keys.unlock_key(settings, passphrase=PASSPHRASE))
        try:
            start = time.perf_counter()
            for _ in range(adds):
                services.add_entry(store, text=_text(rng))
            add = (time.perf_counter() - start) / adds
            for _ in range(seed_entries - adds):  # a journal of a few years, to search in
                services.add_entry(store, text=_text(rng))
            start = time.perf_counter()
            for i in range(searches):
                services.search_entries(store, query=WORDS[i % len(WORDS)], limit=50)
            search = (time.perf_counter() - start) / searches
        finally:
            store.close()
        result[name] = {"add": add, "search": search}
    return result


def _cli(args, env, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([HEARTEN, *args], env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return _median(times)


def _env(home: Path, runtime: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEARTEN_")}
    return {**env, "HEARTEN_HOME": str(home), "XDG_RUNTIME_DIR": str(runtime), "NO_COLOR": "1", **extra}


def bench_cli(root: Path, repeat: int = 9) -> dict:
    runtime = root / "runtime"
    runtime.mkdir(mode=0o700, parents=True)
    plain, enc = _store_pair(root / "cli")
    plain_env = _env(plain.home, runtime)
    enc_env = _env(enc.home, runtime)
    subprocess.run(
        [HEARTEN, "unlock", "--minutes", "30"],
        env={**enc_env, "HEARTEN_PASSPHRASE": PASSPHRASE},
        check=True,
        capture_output=True,
    )
    out = {}
    for name, env in (("plain", plain_env), ("encrypted", enc_env)):
        subprocess.run(
            [HEARTEN, "journal", "add", "first"], env=env, check=True, capture_output=True
        )  # migrate, daily backup
        out[name] = {
            "add": _cli(["journal", "add", "A gentle note about a calm walk."], env, repeat),
            "search": _cli(["journal", "search", "calm"], env, repeat),
        }
    subprocess.run([HEARTEN, "lock"], env=enc_env, check=True, capture_output=True)
    return out


def ten_year_jrnl(path: Path, days: int = 3650) -> None:
    rng = random.Random(3)
    start = datetime(2015, 1, 1, 21, 0)
    lines = []
    for day in range(days):
        when = start + timedelta(days=day, minutes=rng.randrange(120))
        title = f"Day {day + 1}. {rng.choice(WORDS).capitalize()} day."
        body = _text(rng) + f" @{rng.choice(WORDS)}"
        lines.append(f"[{when.strftime('%Y-%m-%d %I:%M:%S %p')}] {title}\n{body}\n")
    path.write_text("\n".join(lines), encoding="utf-8")


def bench_import(root: Path) -> dict:
    root.mkdir(parents=True, exist_ok=True)
    journal = root / "journal.txt"
    ten_year_jrnl(journal)
    runtime = root / "import-runtime"
    runtime.mkdir(mode=0o700, parents=True)
    plain, enc = _store_pair(root / "import")
    out = {"bytes": journal.stat().st_size}
    for name, settings in (("plain", plain), ("encrypted", enc)):
        env = _env(settings.home, runtime, HEARTEN_PASSPHRASE=PASSPHRASE)
        start = time.perf_counter()
        done = subprocess.run(
            [HEARTEN, "import", str(journal), "--from", "jrnl", "--json"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        out[name] = time.perf_counter() - start
        assert '"entries": 3650' in done.stdout, done.stdout
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        unlock = bench_unlock()
        p = unlock["params"]
        print(
            f"unlock: Argon2id m={p.memory_kib // 1024} MiB t={p.time_cost} p={p.parallelism}: "
            f"median {unlock['median']:.3f} s (min {unlock['min']:.3f}, max {unlock['max']:.3f}) over 7"
        )
        inproc = bench_in_process(root / "inproc")
        for what in ("add", "search"):
            a, b = inproc["plain"][what], inproc["encrypted"][what]
            print(f"in-process {what}: plain {a * 1000:.2f} ms, encrypted {b * 1000:.2f} ms, ratio {b / a:.2f}")
        cli = bench_cli(root / "cli")
        for what in ("add", "search"):
            a, b = cli["plain"][what], cli["encrypted"][what]
            print(f"CLI journal {what} (unlocked): plain {a:.3f} s, encrypted {b:.3f} s, ratio {b / a:.2f}")
        imp = bench_import(root / "imp")
        print(
            f"import 3,650-entry jrnl journal ({imp['bytes'] / 1e6:.1f} MB): plain {imp['plain']:.2f} s, "
            f"encrypted {imp['encrypted']:.2f} s (encrypted includes one Argon2 unlock at floor settings)"
        )


if __name__ == "__main__":
    main()
