"""What `hearten server ...` does, each as one call that opens the database, acts and closes it."""

from __future__ import annotations

import os
import secrets
import tempfile
from contextlib import contextmanager
from pathlib import Path

from hearten import messages
from hearten.errors import ServerKeyProblem, ServerProblem
from hearten.files import fsync_folder
from hearten.server import accounts, credentials
from hearten.server.config import SERVER_KEY_BYTES, ServerSettings, default_key_file, encode_key


def settings_from_env(environ=None, **overrides) -> ServerSettings:
    try:
        return ServerSettings.from_env(environ, **overrides)
    except ServerKeyProblem as problem:
        raise ServerProblem(str(problem)) from None
    except ValueError:
        raise ServerProblem(messages.SERVER_NO_DATABASE) from None


def _key(settings: ServerSettings) -> bytes:
    try:
        return settings.otp_key()
    except ServerKeyProblem as problem:
        raise ServerProblem(str(problem)) from None


def create_key_file(settings: ServerSettings) -> Path | None:
    """Make the server key file (32 random bytes in base64, owner-only) if the key comes from a file that is
    absent; returns its path when made. An existing file is never replaced."""
    if not settings.key_from_file:
        return None
    path = settings.key_file or default_key_file()
    if path.exists():
        return None
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")  # mkstemp makes it 0600
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(encode_key(secrets.token_bytes(SERVER_KEY_BYTES)) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)  # atomic, and refuses to replace a key another process made meanwhile
        except FileExistsError:
            return None
    finally:
        os.unlink(tmp)
    fsync_folder(path.parent)
    return path


CONNECT_SECONDS = 5  # how long one try to reach the database may take before the command says so


def database_place(url: str) -> str:
    """Where a database URL points, for a person to read: host and port (never the user or password)."""
    from psycopg.conninfo import conninfo_to_dict

    parts = conninfo_to_dict(url)
    host = str(parts.get("host") or parts.get("hostaddr") or "the local socket")
    port = parts.get("port")
    return f"{host}:{port}" if port and not host.startswith("/") else host


def check_reachable(settings: ServerSettings) -> None:
    """Fail within seconds, in words, when the database cannot be reached (the pool alone would wait 30 s)."""
    import psycopg

    url = settings.database_url
    try:
        where = database_place(url)
    except psycopg.Error as error:
        raise ServerProblem(messages.SERVER_BAD_DATABASE_URL.format(reason=_first_line(error))) from None
    try:
        psycopg.connect(url, connect_timeout=CONNECT_SECONDS).close()
    except psycopg.Error as error:
        raise ServerProblem(messages.SERVER_UNREACHABLE.format(where=where, reason=_first_line(error))) from None


def _first_line(error: Exception) -> str:
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    return (lines[0] if lines else type(error).__name__).rstrip(".")


@contextmanager
def _opened(settings: ServerSettings, *, must_be_initialised: bool = True):
    from hearten.server.store import ServerStore

    check_reachable(settings)
    try:
        opened = ServerStore(settings.database_url, pool_size=1)
    except Exception as error:  # psycopg's OperationalError and the pool's, without importing them here
        raise ServerProblem(f"cannot reach the PostgreSQL server: {str(error).strip().splitlines()[0]}") from None
    try:
        if must_be_initialised and not accounts.is_initialised(opened):
            raise ServerProblem(messages.SERVER_NOT_INITIALISED)
        yield opened
    finally:
        opened.close()


def check_can_init(settings: ServerSettings) -> None:
    """Before asking for the first admin's password: the database is reachable and not set up yet."""
    with _opened(settings, must_be_initialised=False) as db:
        if accounts.is_initialised(db):
            raise ServerProblem(messages.SERVER_INITIALISED)


def init(settings: ServerSettings, *, admin_email: str, password: str) -> dict:
    """Set the server up; the result has "key_file" when a new server key file was made."""
    with _opened(settings, must_be_initialised=False) as db:
        if accounts.is_initialised(db):
            raise ServerProblem(messages.SERVER_INITIALISED)
        # A refused email or password leaves nothing behind, not even a key file.
        credentials.check_password(password, email=accounts.check_email(admin_email))
        made_key = create_key_file(settings)
        _key(settings)
        try:
            made = accounts.init_server(db, settings, admin_email=admin_email, password=password)
        except accounts.AlreadyInitialised:
            raise ServerProblem(messages.SERVER_INITIALISED) from None
        return {**made, "key_file": str(made_key) if made_key else None}


def check_ready(settings: ServerSettings) -> None:
    """Migrate to this version's schema (any process may be first) and refuse to run before `init`, or with
    the crisis encoder asked for but not there to read."""
    from hearten.server.app import use_crisis_encoder

    use_crisis_encoder(settings, keep=False)
    with _opened(settings) as db:
        db.migrate()
        _key(settings)
        accounts.seal_plaintext_otp(db, settings)


def create_org(settings: ServerSettings, *, name: str) -> str:
    with _opened(settings) as db:
        return accounts.create_org(db, name=name)


def invite(settings: ServerSettings, *, org_id: str, role: str) -> dict:
    with _opened(settings) as db:
        return accounts.create_invite(db, settings, org_id=org_id, role=role)


def reset(settings: ServerSettings, *, email: str) -> dict:
    with _opened(settings) as db:
        try:
            return accounts.create_reset(db, settings, email=email)
        except LookupError as error:
            raise ServerProblem(str(error)) from None


def reset_otp(settings: ServerSettings, *, email: str) -> dict:
    with _opened(settings) as db:
        try:
            return accounts.reset_otp(db, settings, email=email)
        except LookupError as error:
            raise ServerProblem(str(error)) from None


def end_sessions(settings: ServerSettings, *, email: str) -> int:
    with _opened(settings) as db:
        try:
            return accounts.end_sessions_for(db, email=email)
        except LookupError as error:
            raise ServerProblem(str(error)) from None


def new_key(settings: ServerSettings) -> dict:
    """Make the server key file when it is absent (after a loss): {"path", "made"}. Staff whose keys were
    sealed with the old key then need `reset-otp`."""
    if not settings.key_from_file:
        raise ServerProblem(messages.SERVER_KEY_FROM_ENV)
    path = settings.key_file or default_key_file()
    made = create_key_file(settings)
    return {"path": str(path), "made": made is not None}


def make_app():
    """The ASGI app each uvicorn worker builds (`factory=True`): settings from the environment."""
    from hearten.server.app import create_server_app

    return create_server_app(settings_from_env())
