"""How hearten handles files: one way to write one (temporary name, flushed, renamed), to
sync a folder, to read a file's first bytes, and to shred one."""

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
    fsync_folder(path.parent)


def fsync_folder(folder: str | os.PathLike) -> None:
    """Make a rename or delete in `folder` survive power loss (best effort: some systems cannot)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_file(path: str | os.PathLike) -> None:
    """Flush a file someone else wrote (a database copy) to the disk."""
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def head(path: str | os.PathLike, size: int) -> bytes:
    """The first `size` bytes of a file (fewer when it is shorter),
    never reading the rest; b"" when it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except OSError:
        return b""


def starts_with(path: str | os.PathLike, magic: bytes) -> bool:
    """True when the file begins with `magic` (a format's signature); False when it is missing or unreadable."""
    return head(path, len(magic)) == magic


def looks_like_text(path: str | os.PathLike, size: int = 512) -> bool:
    """True when the file's first bytes are UTF-8 text (an export), rather than a database or binary file."""
    start = head(path, size)
    try:
        start.decode("utf-8")
    except UnicodeDecodeError as error:
        # a character cut off at the end of the sample is still text
        return error.start >= len(start) - 3 and error.reason == "unexpected end of data"
    return True


def zero_fill(handle) -> None:
    """Overwrite an open file's bytes with zeros and flush them to the disk (the file keeps its size)."""
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    handle.seek(0)
    chunk = b"\x00" * (1 << 20)
    while size > 0:
        handle.write(chunk[: min(size, len(chunk))])
        size -= len(chunk)
    handle.flush()
    os.fsync(handle.fileno())


def shred(path: str | os.PathLike) -> bool:
    """Overwrite a file with zeros, then delete it; True when there was a file (a symbolic link is only removed).

    Best effort: on SSDs and copy-on-write file systems old blocks may survive (SECURITY.md).
    """
    path = Path(path)
    if path.is_symlink():
        path.unlink()
        return True
    if not path.is_file():
        return False
    try:
        with open(path, "r+b") as handle:
            zero_fill(handle)
    except OSError:
        pass
    path.unlink(missing_ok=True)
    return True


def read_small_text(path: str | os.PathLike, *, limit: int) -> str:
    """The UTF-8 text of a small file (instrument, item list, answers), refusing it whole if
    it is missing, not a file, larger than `limit` bytes, or not UTF-8. Raises InvalidInput."""
    from hearten.errors import InvalidInput

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
