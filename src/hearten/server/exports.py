"""Research exports built in a process of their own, beside each server worker.

Building a study's export is seconds of Python for a large study. In a worker's thread it
would hold the interpreter lock that the worker's event loop and its other requests need,
so every check-in that worker answered meanwhile would wait. Here one helper process per
worker (started on the first export, at a lower CPU priority) reads the study from
PostgreSQL with its own connection and builds the file; the worker's thread only waits
for the bytes, and writes the audit rows itself (sharing.export).
"""

from __future__ import annotations

import os
import signal
import threading

NICENESS = 10  # an export may take a little longer; people checking in should not
WATCH_SECONDS = 1.0  # how often a helper looks whether its worker is still there

_store = None


def _start_helper(worker_pid: int | None = None) -> None:
    # Ctrl+C in a terminal reaches every process of the server; the worker stops its helper itself, and an
    # interrupted helper would only print a traceback into the log.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        os.nice(NICENESS)
    except OSError:
        pass  # not allowed here: it still runs, at the worker's priority
    if worker_pid is not None:
        threading.Thread(target=_leave_with, args=(worker_pid,), name="watch-worker", daemon=True).start()


def _leave_with(worker_pid: int) -> None:
    """End this helper once its worker is gone. A helper holds both ends of its own task queue, so it never
    reads an end-of-file when the worker dies without saying goodbye (stopped with a plain `kill`, or killed);
    it would wait for work for ever, holding a database connection."""
    import time

    while os.getppid() == worker_pid:
        time.sleep(WATCH_SECONDS)
    os._exit(0)


def _build(url: str, org_id: str, fmt: str, now):
    global _store
    from hearten.server import sharing
    from hearten.server.store import ServerStore

    if _store is None or _store.url != url:
        _store = ServerStore(url, pool_size=1)
    return sharing.build_export(_store, org_id=org_id, fmt=fmt, now=now)


class ExportRunner:
    """Call it like sharing.build_export without the store; one export at a time per worker."""

    def __init__(self, url: str):
        self.url = url
        self._pool = None
        self._lock = threading.Lock()

    def __call__(self, *, org_id: str, fmt: str, now):
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._helper().submit(_build, self.url, org_id, fmt, now).result()
        except BrokenProcessPool:  # the helper died (killed, out of memory): a new one, once
            self.close()
            return self._helper().submit(_build, self.url, org_id, fmt, now).result()

    def _helper(self):
        with self._lock:
            if self._pool is None:
                from concurrent.futures import ProcessPoolExecutor
                from multiprocessing import get_context

                # spawn, not fork: the worker has threads and open connections a fork would copy.
                self._pool = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=get_context("spawn"),
                    initializer=_start_helper,
                    initargs=(os.getpid(),),
                )
            return self._pool

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            # Waiting lets the helper's queues go now: a worker stopped with SIGTERM dies of that signal once
            # uvicorn has shut it down, so nothing left for its exit would give their semaphores back.
            pool.shutdown(wait=True, cancel_futures=True)
