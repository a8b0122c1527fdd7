"""Drive the real `hearten` command in a pseudo-terminal, as a person at a keyboard would."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import termios
import time

from tests.support.cli import HEARTEN

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\r")


class Terminal:
    """A hearten process whose standard input, output and error are one pseudo-terminal."""

    def __init__(self, args, env: dict, *, rows: int = 40, columns: int = 100):
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("HEARTEN_")}
        full_env.update(env)
        full_env.update({"TERM": "xterm", "NO_COLOR": "1", "COLUMNS": str(columns), "LINES": str(rows)})
        self.process = subprocess.Popen(
            [HEARTEN, *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=full_env,
            start_new_session=True,
            close_fds=True,
        )
        os.close(slave)
        self.output = ""
        self.seen = 0

    def _read(self, wait: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], wait)
        if not ready:
            return True
        try:
            data = os.read(self.master, 65536)
        except OSError:  # the process closed the terminal
            return False
        if not data:
            return False
        self.output += ANSI.sub("", data.decode("utf-8", errors="replace"))
        return True

    def expect(self, text: str, timeout: float = 60) -> None:
        """Wait until `text` appears after what was already expected (a guard, not a speed test)."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.output.find(text, self.seen)
            if found >= 0:
                self.seen = found + len(text)
                return
            if time.monotonic() > deadline or not self._read(0.1):
                if self.output.find(text, self.seen) >= 0:
                    continue
                raise AssertionError(f"never saw {text!r}; the screen ended with:\n{self.output[-1500:]}")

    def type(self, keys: str) -> None:
        """Keys as typed: "\\r" is Enter."""
        os.write(self.master, keys.encode())

    def finish(self, timeout: float = 60) -> int:
        deadline = time.monotonic() + timeout
        while self.process.poll() is None and time.monotonic() < deadline:
            self._read(0.1)
        while self._read(0):
            pass
        os.close(self.master)
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
            raise AssertionError(f"hearten did not finish; the screen ended with:\n{self.output[-1500:]}")
        return self.process.returncode
