"""The one way hearten writes a file: to a temporary name, flushed, then renamed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: str | os.PathLike, data: bytes, mode: int = 0o600) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def read_small_text(path: str | os.PathLike, *, limit: int) -> str:
    """The UTF-8 text of a small file (instrument, item list, answers), refusing it whole if
    it is missing, not a file, larger than `limit` bytes, or not UTF-8. Raises InvalidInput."""
    from hearten.domain.records import InvalidInput

    path = Path(path)
    name = path.name or str(path)
    if not path.exists():
        raise InvalidInput(f"cannot read {name}: no such file")
    if not path.is_file():
        raise InvalidInput(f"{name}: not a file")
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)  # never more than one byte past the limit
    except OSError as error:
        raise InvalidInput(f"cannot read {name}: {error.strerror or error}") from None
    if len(raw) > limit:
        raise InvalidInput(f"{name} is larger than {limit:,} bytes, much more than this file should be")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInput(f"{name}: not UTF-8 text (byte {error.start} cannot be read)") from None
