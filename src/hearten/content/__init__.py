"""hearten's content files (practices, learn cards, instruments, resources) and where they live."""

from __future__ import annotations

from pathlib import Path


def content_dir() -> Path:
    """The folder holding the shipped content files."""
    from importlib import resources  # a few milliseconds (it brings tempfile): only loaders need it

    return Path(str(resources.files(__name__)))
