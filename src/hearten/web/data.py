"""Import and forgetting everything, for the settings page, through the same services the CLI uses."""

from __future__ import annotations

from hearten import services

CONFIRM_WORD = "delete"


def import_upload(
    store, *, data: bytes, filename: str, source: str, passphrase: str | None = None, mood_map: str = ""
) -> dict:
    """Import uploaded bytes in memory (an encrypted copy decrypted there too): no copy of them is ever
    written to a file. mood_map: Daylio moods as typed in the form ("sleepy=3, tired=4"), read by the
    same rule as the CLI's --mood-map."""
    from hearten.domain.importers import ImportFileError, parse_mood_map
    from hearten.domain.records import InvalidInput

    mapping = None
    if source == "daylio":
        try:
            mapping = parse_mood_map(mood_map)
        except ImportFileError as error:
            raise InvalidInput(f"the Daylio moods: {error}") from None
    return services.import_bytes(
        store, data=data, name=filename or "the file", source=source, passphrase=passphrase, mood_map=mapping
    )


def forget_everything(state) -> list[str]:
    """Delete every record and hearten's files in its home, by the
    forget service's one rule; returns what was removed, in words."""
    from contextlib import ExitStack

    from hearten.services.forget import forget_everything as forget

    with ExitStack() as held:

        def close() -> None:
            held.enter_context(state.exclusive())  # no other request reopens the store while files are removed
            state.close(forget_key=True)

        found = forget(state.settings, open_store=lambda: state.store, close=close)
    return found.records + [f"the file {line}" for line in found.files]


EXPORT_KINDS = {
    "json": ("JSON", "everything in one file, which hearten can import again"),
    "csv": ("CSV", "one table for each kind of record, in a .zip, to open in a spreadsheet"),
    "markdown": ("Markdown", "one text file for each journal entry, in a .zip"),
    "fhir": ("FHIR", "your assessment results as a FHIR R4 Bundle, for a clinician whose system reads FHIR"),
}


def export_download(store, *, fmt: str, passphrase: str | None = None, kdf_params=None, day) -> tuple[bytes, str, str]:
    """(bytes, media type, file name) of an export in `fmt`, as
    the CLI writes it; with a passphrase, one encrypted file."""
    import json

    from hearten import crypto, exporters
    from hearten.domain.records import InvalidInput

    if fmt not in EXPORT_KINDS:
        raise InvalidInput(
            f"choose one of {', '.join(k.upper() if k != 'markdown' else 'Markdown' for k in EXPORT_KINDS)}"
        )
    if fmt == "fhir":
        from hearten.services.assessments import responses_bundle

        data, media, suffix = (
            json.dumps(responses_bundle(store), ensure_ascii=False, indent=2).encode("utf-8"),
            "application/fhir+json",
            "fhir.json",
        )
    else:
        document = services.export_document(store)
        if fmt == "json":
            data, media, suffix = (
                json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"),
                "application/json",
                "json",
            )
        elif fmt == "csv":
            data, media, suffix = exporters.zip_bytes(exporters.csv_files(document)), "application/zip", "csv.zip"
        else:
            data, media, suffix = (
                exporters.zip_bytes(exporters.markdown_files(document)),
                "application/zip",
                "markdown.zip",
            )
    name = f"hearten-{'responses' if fmt == 'fhir' else 'export'}-{day:%Y-%m-%d}.{suffix}"
    if passphrase is not None:
        try:
            data = crypto.encrypt_blob(data, passphrase, params=kdf_params)
        except crypto.CryptoError as error:
            raise InvalidInput(str(error)) from None
        media, name = "application/octet-stream", name + ".encrypted"
    return data, media, name
