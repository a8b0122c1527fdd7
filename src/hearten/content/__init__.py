"""hearten's content files (practices, learn cards, instruments, resources) and where they live."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def content_dir() -> Path:
    """The folder holding the shipped content files."""
    return Path(str(resources.files(__name__)))
