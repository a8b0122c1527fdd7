"""Other pages while someone guesses at /unlock: `python benchmarks/unlock_bench.py`.

Makes an encrypted home with Argon2id tuned to this computer (as `hearten encrypt` does),
starts `hearten serve`, and measures GET /help from a signed-in browser session, first
alone and then while four loops post wrong passphrases to /unlock as fast as they are
answered. Reports p50/p99/max of /help and how the guesses were answered (303: a real
try, 429: paused). Before the throttle and the worker thread, four loops took other
pages from about 6 ms to 1.8 s.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

import httpx

HEARTEN = os.path.join(os.path.dirname(sys.executable), "hearten")
FORM_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def start(home: str) -> tuple[subprocess.Popen, str]:
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("HEARTEN_")}, "HEARTEN_HOME": home}
    subprocess.run([HEARTEN, "journal", "add", "something private"], env=env, check=True, capture_output=True)
    subprocess.run(
        [HEARTEN, "encrypt", "--passphrase-stdin", "--no-recovery-key"],
        env=env,
        input=b"correct horse battery\n",
        check=True,
        capture_output=True,
    )
    server = subprocess.Popen(
        [HEARTEN, "serve", "--port", "0"], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    return server, re.search(r"http://\S+", server.stdout.readline()).group(0)


def signed_in(link: str) -> httpx.Client:
    client = httpx.Client(base_url=link.split("/?")[0], follow_redirects=False, timeout=60)
    client.get(link)
    return client


def measure(client: httpx.Client, seconds: float) -> str:
    latencies = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        started = time.perf_counter()
        assert client.get("/help").status_code == 200
        latencies.append((time.perf_counter() - started) * 1000)
        time.sleep(0.02)
    latencies.sort()
    p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)]
    return (
        f"n={len(latencies)}, p50 {statistics.median(latencies):.1f} ms, p99 {p99:.1f} ms, max {latencies[-1]:.1f} ms"
    )


def guess(link: str, stop, answers) -> None:
    client = signed_in(link)
    token = FORM_TOKEN.search(client.get("/unlock").text).group(1)
    seen: dict[int, int] = {}
    while not stop.is_set():
        status = client.post("/unlock", data={"passphrase": "a guess", "csrf_token": token}).status_code
        seen[status] = seen.get(status, 0) + 1
    answers.put(seen)


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        server, link = start(home)
        try:
            reader = signed_in(link)
            print(f"/help alone: {measure(reader, 5)}")
            # The guessers are processes of their own, so they do not share this one's interpreter lock.
            stop = multiprocessing.Event()
            answers = multiprocessing.Queue()
            loops = [multiprocessing.Process(target=guess, args=(link, stop, answers)) for _ in range(4)]
            for loop in loops:
                loop.start()
            time.sleep(1)
            print(f"/help with 4 guessing loops: {measure(reader, 10)}")
            stop.set()
            totals: dict[int, int] = {}
            for _ in loops:
                for status, count in answers.get(timeout=60).items():
                    totals[status] = totals.get(status, 0) + count
            for loop in loops:
                loop.join()
            print(f"/unlock answered: {dict(sorted(totals.items()))}")
        finally:
            server.terminate()
            server.wait(timeout=20)


if __name__ == "__main__":
    main()
