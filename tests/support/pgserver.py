"""A throwaway PostgreSQL server for the test suite: started once, removed afterwards.

PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user
in a temporary folder it owns. It listens only on a Unix socket in that folder (no TCP
port), so parallel test workers and other servers on the machine can never collide.

Its dynamic shared memory lives in files inside that folder (dynamic_shared_memory_type=mmap)
rather than in /dev/shm: a stop removes its segments either way, but a server killed outright
(a test run killed with SIGKILL) cannot, and its leftovers then go with the folder. Folders that
killed runs left behind are removed when the next server starts.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def postgres_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not found:
        raise RuntimeError("PostgreSQL is not installed: run `make test`, which installs it")
    return Path(found[-1]).parent


PREFIX = "hearten-pg-"
STALE_AFTER_SECONDS = 3600


def _running(pid_file: Path) -> bool:
    try:
        os.kill(int(pid_file.read_text().split()[0]), 0)
    except (OSError, ValueError, IndexError):
        return False
    return True


def remove_stale_folders(now: float | None = None) -> list[Path]:
    """Remove throwaway server folders whose server is not running and that are over an hour old
    (a run killed before it could stop and remove its own). A running server is never touched."""
    now = time.time() if now is None else now
    removed = []
    for folder in Path(tempfile.gettempdir()).glob(f"{PREFIX}*"):
        try:
            old = now - folder.stat().st_mtime > STALE_AFTER_SECONDS
        except OSError:
            continue
        if old and not _running(folder / "data" / "postmaster.pid"):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayPostgres:
    def __init__(self):
        self.bin = postgres_bin()
        self.folder = Path(tempfile.mkdtemp(prefix=PREFIX))
        self.port = free_port()
        self.as_root = os.geteuid() == 0

    def _run(self, *args):
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, cwd=self.folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> str:
        remove_stale_folders()
        if self.as_root:
            shutil.chown(self.folder, "postgres", "postgres")
        data = self.folder / "data"
        self._run("initdb", "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "-N")
        self._run(
            "pg_ctl",
            "-D",
            str(data),
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "-t",
            "60",
            "-o",
            f"-c listen_addresses='' -p {self.port} -k {self.folder} -c fsync=off -c dynamic_shared_memory_type=mmap",
            "start",
        )
        return self.url

    @property
    def url(self) -> str:
        # The port only names the socket file inside our own folder.
        return f"postgresql://postgres@/postgres?host={self.folder}&port={self.port}"

    def stop(self):
        # Immediate: the data is thrown away, so a fast stop's shutdown checkpoint would be wasted work.
        # Either way the server removes its own shared memory before it exits.
        try:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
