"""Rewrite the record field tables of docs/data-formats.md from the declarations in domain/records.py.

.venv/bin/python scripts/make_data_formats.py   (or: make docs)
"""

from __future__ import annotations

from pathlib import Path

from hearten.domain.shapes import with_field_tables

DOC = Path(__file__).resolve().parents[1] / "docs" / "data-formats.md"

if __name__ == "__main__":
    DOC.write_text(with_field_tables(DOC.read_text(encoding="utf-8")), encoding="utf-8")
