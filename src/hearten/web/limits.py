"""How much a request may carry: enough for anything the domain accepts, and no more.

A journal entry may be MAX_ENTRY_CHARS characters. A browser sends a form field
percent-encoded (up to 4 UTF-8 bytes per character, each as %XX), and JSON may spell
a character as a surrogate pair of \\uXXXX escapes, so a field may take 12 bytes per
character on the wire. An import upload may be MAX_IMPORT_BYTES plus the form around it.
"""

from __future__ import annotations

from hearten.domain.importers import MAX_IMPORT_BYTES
from hearten.domain.records import MAX_ENTRY_CHARS

WIRE_BYTES_PER_CHAR = 12
FIELD_BYTES = MAX_ENTRY_CHARS * WIRE_BYTES_PER_CHAR
FORM_OVERHEAD = 1024 * 1024  # the other fields, names and multipart boundaries
BODY_BYTES = FIELD_BYTES + FORM_OVERHEAD
UPLOAD_BODY_BYTES = MAX_IMPORT_BYTES + FORM_OVERHEAD
FORM_LIMITS = {"max_part_size": FIELD_BYTES}


def keep_uploads_in_memory() -> None:
    """Uploaded files stay in memory: never a temporary file, where a plaintext journal could be left behind.

    Starlette keeps each uploaded file in a SpooledTemporaryFile that moves to disk
    past `spool_max_size`; no accepted body is larger than UPLOAD_BODY_BYTES, so with
    the threshold above it, the file never reaches the disk.
    """
    from starlette.formparsers import MultiPartParser

    MultiPartParser.spool_max_size = max(MultiPartParser.spool_max_size, UPLOAD_BODY_BYTES + 1)
