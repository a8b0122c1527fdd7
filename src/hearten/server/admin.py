"""What `hearten server ...` does, each as one call that opens the database, acts and closes it."""

from __future__ import annotations

from contextlib import contextmanager

from hearten import messages
from hearten.errors import ServerProblem
from hearten.server import accounts
from hearten.server.config import ServerSettings


def settings_from_env(environ=None, **overrides) -> ServerSettings:
    try:
        return ServerSettings.from_env(environ, **overrides)
    except ValueError:
        raise ServerProblem(messages.SERVER_NO_DATABASE) from None


@contextmanager
def _opened(settings: ServerSettings, *, must_be_initialised: bool = True):
    from hearten.server.store import ServerStore

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


def init(settings: ServerSettings, *, admin_email: str, password: str) -> dict:
    with _opened(settings, must_be_initialised=False) as db:
        try:
            return accounts.init_server(db, settings, admin_email=admin_email, password=password)
        except accounts.AlreadyInitialised:
            raise ServerProblem(messages.SERVER_INITIALISED) from None


def check_ready(settings: ServerSettings) -> None:
    """Migrate to this version's schema (any process may be first) and refuse to run before `init`."""
    with _opened(settings) as db:
        db.migrate()


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


def end_sessions(settings: ServerSettings, *, email: str) -> int:
    with _opened(settings) as db:
        try:
            return accounts.end_sessions_for(db, email=email)
        except LookupError as error:
            raise ServerProblem(str(error)) from None


def make_app():
    """The ASGI app each uvicorn worker builds (`factory=True`): settings from the environment."""
    from hearten.server.app import create_server_app

    return create_server_app(settings_from_env())
