"""A throwaway PostgreSQL server for the test suite: started once, removed afterwards.

PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user
in a temporary folder it owns. It listens only on a Unix socket in that folder (no TCP
port), so parallel test workers and other servers on the machine can never collide.

Its dynamic shared memory lives in files inside that folder (dynamic_shared_memory_type=mmap)
rather than in /dev/shm: a stop removes its segments either way, but a server killed outright
(a test run killed with SIGKILL) cannot, and its leftovers then go with the folder. Folders that
killed runs left behind are removed when the next server starts; if such a run's server is still
running, it is stopped first, once the folder shows it is ours and the test process that started it
has gone.
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


OWNER_FILE = "started-by"  # the pid (and start time) of the test process that started the server


def _alive(pid: int) -> bool:
    if pid <= 0:  # 0 and below would name process groups, not one process
        return False
    try:
        os.kill(pid, 0)
    except PermissionError:  # it exists but is not ours to signal: still running
        pass
    except (ProcessLookupError, OverflowError):
        return False
    # One that has exited but is not yet reaped (a zombie) still answers os.kill.
    return _stat_fields(pid)[:1] != ["Z"]


def _stat_fields(pid: int) -> list[str]:
    """/proc/<pid>/stat from its third field (the state) on; [] when it cannot be read."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return []
    return stat.rsplit(")", 1)[-1].split()  # the name in brackets may hold spaces


def _start_time(pid: int) -> str | None:
    """When the process began (clock ticks after boot), to tell a reused pid apart."""
    fields = _stat_fields(pid)
    return fields[19] if len(fields) > 19 else None


def _running(pid_file: Path) -> bool:
    try:
        pid = int(pid_file.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return False
    return _alive(pid)


def _owner_gone(folder: Path) -> bool:
    """Whether the test process that wrote this folder's owner file has ended. False when that
    cannot be told: no file, a file someone else wrote, or the process still there."""
    owner = folder / OWNER_FILE
    try:
        if owner.is_symlink() or owner.stat().st_uid != os.geteuid():
            return False
        pid_text, _, started = owner.read_text().strip().partition(" ")
        pid = int(pid_text)
    except (OSError, ValueError):
        return False
    if not _alive(pid):
        return True
    now_started = _start_time(pid)
    return bool(started) and now_started is not None and now_started != started


def _is_its_postmaster(pid_file: Path, data: Path) -> bool:
    """Whether the pid in postmaster.pid is a postgres process serving exactly this data folder,
    so stopping it cannot reach another server or a process that happens to have the same pid."""
    try:
        lines = pid_file.read_text().splitlines()
        pid = int(lines[0])
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().decode("utf-8", "replace").split("\x00")
    except (OSError, ValueError, IndexError):
        return False
    return (
        len(lines) > 1
        and lines[1] == str(data)
        and Path(argv[0]).name == "postgres"
        and any(a == str(data) for a in argv[1:])
    )


def _stop_leftover(folder: Path) -> bool:
    """Stop the server a killed run left in `folder`; True once it is no longer running."""
    data = folder / "data"
    pid_file = data / "postmaster.pid"
    if not _is_its_postmaster(pid_file, data):
        return False
    try:
        pg_ctl = [str(postgres_bin() / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "-t", "30", "stop"]
    except RuntimeError:
        return False
    if os.geteuid() == 0:  # pg_ctl refuses to run as root; the server runs as postgres
        pg_ctl = ["runuser", "-u", "postgres", "--", *pg_ctl]
    subprocess.run(pg_ctl, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
    return not _running(pid_file)


def remove_stale_folders(now: float | None = None) -> list[Path]:
    """Remove throwaway server folders over an hour old that a killed run left behind. One whose
    server still runs is kept, unless its owner file says the run that started it has gone: then
    that server is stopped first. A server a live run is using is never touched."""
    now = time.time() if now is None else now
    removed = []
    for folder in Path(tempfile.gettempdir()).glob(f"{PREFIX}*"):
        try:
            old = not folder.is_symlink() and now - folder.stat().st_mtime > STALE_AFTER_SECONDS
        except OSError:
            continue
        if not old:
            continue
        if _running(folder / "data" / "postmaster.pid") and not (_owner_gone(folder) and _stop_leftover(folder)):
            continue
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
        # Lets a later sweep tell that this run has gone if it is killed before stop().
        (self.folder / OWNER_FILE).write_text(f"{os.getpid()} {_start_time(os.getpid()) or ''}\n")
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
