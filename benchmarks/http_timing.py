"""One keep-alive GET, timed: shared by the web benchmarks so they measure requests the same way."""

from __future__ import annotations

import re
import time

_LENGTH = re.compile(rb"(?i)content-length: *(\d+)")


async def timed_get(reader, writer, request: bytes) -> tuple[int, float]:
    """Send a prepared request on an open connection; returns (status, seconds until the whole body arrived)."""
    started = time.perf_counter()
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    await reader.readexactly(int(_LENGTH.search(head).group(1)))
    return status, time.perf_counter() - started
