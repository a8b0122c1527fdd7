"""Import and forgetting everything, for the settings page, through the same services the CLI uses."""

from __future__ import annotations


from hearten import services

CONFIRM_WORD = "delete"


def import_upload(store, *, data: bytes, filename: str, source: str) -> dict:
    """Import uploaded bytes in memory: no copy of them is ever written to a file."""
    return services.import_bytes(store, data=data, name=filename or "the file", source=source)


def forget_everything(state) -> list[str]:
    """Delete every record and hearten's files in its home, by the forget service's one rule; returns what was removed, in words."""
    from contextlib import ExitStack

    from hearten.services.forget import forget_everything as forget

    with ExitStack() as held:
        def close() -> None:
            held.enter_context(state.exclusive())  # no other request reopens the store while files are removed
            state.close(forget_key=True)

        found = forget(state.settings, open_store=lambda: state.store, close=close)
    return found.records + [f"the file {line}" for line in found.files]
