"""hearten server: run hearten for a clinic or a study, on PostgreSQL (HEARTEN_DATABASE_URL)."""

from __future__ import annotations

import json
import os

import click


def _settings(**overrides):
    from hearten.server.admin import ServerProblem, settings_from_env

    try:
        return settings_from_env(**overrides)
    except ServerProblem as problem:
        raise click.ClickException(str(problem)) from None


def _run(action, settings=None, **kwargs):
    from hearten.server.accounts import BadRequest
    from hearten.server.admin import ServerProblem
    from hearten.server.credentials import WeakPassword

    try:
        return action(settings or _settings(), **kwargs)
    except (ServerProblem, BadRequest, WeakPassword) as problem:
        raise click.ClickException(str(problem)) from None


@click.group("server")
def server():
    """Run hearten for many people (a clinic or a study) on one PostgreSQL server.

    The database comes from HEARTEN_DATABASE_URL. `hearten serve` stays your own,
    single-person app; nothing here changes it.
    """


@server.command("init")
@click.option("--admin-email", required=True, help="Email of the first admin account.")
def init_command(admin_email):
    """Create the server's tables and the first admin (password from HEARTEN_ADMIN_PASSWORD or a prompt).

    Refuses if the server is already set up. Prints the admin's authenticator key once. Makes the
    server key file (HEARTEN_SERVER_KEY_FILE, or server.key in HEARTEN_HOME) if it is absent and
    HEARTEN_SERVER_KEY is not set: back it up.
    """
    from hearten import messages
    from hearten.server import admin

    settings = _settings()  # no database address, or none reachable: say so before asking for a password
    _run(admin.check_can_init, settings)
    password = os.environ.get("HEARTEN_ADMIN_PASSWORD")
    if not password:
        password = click.prompt("Password for the first admin", hide_input=True, confirmation_prompt=True)
    made = _run(admin.init, settings, admin_email=admin_email, password=password)
    click.echo(messages.SERVER_INIT_DONE.format(email=made["email"]))
    if made.get("key_file"):
        click.echo(messages.SERVER_KEY_MADE.format(path=made["key_file"]))
    click.echo(messages.SERVER_OTP_SECRET.format(secret=made["otp_secret"], uri=made["otp_uri"]))


@server.command("run")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (put a TLS proxy in front).")
@click.option("--port", default=8770, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes; sessions live in PostgreSQL, so any worker serves any request.",
)
def run_command(host, port, workers):
    """Start the server. Stop it with Ctrl+C."""
    import uvicorn

    from hearten.server import admin

    if not os.environ.get("HEARTEN_SERVER_HOSTS"):  # the workers read it: this address, and the public one
        from urllib.parse import urlsplit

        public = urlsplit(os.environ.get("HEARTEN_SERVER_URL", "")).hostname or ""
        os.environ["HEARTEN_SERVER_HOSTS"] = ",".join(
            h for h in dict.fromkeys(("localhost", "127.0.0.1", host, public)) if h
        )
    _run(admin.check_ready)
    from hearten.cli.serve import bound_socket
    from hearten.domain.records import InvalidInput

    try:  # tried before saying it runs: the workers bind it themselves, a moment later
        bound_socket(host, port, "stop the other server or choose another --port").close()
    except InvalidInput as problem:
        raise click.ClickException(str(problem)) from None
    click.echo(f"hearten server is running at http://{host}:{port}/ with {workers} worker(s)", err=True)
    uvicorn.run(
        "hearten.server.admin:make_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        http="hearten.server.serving:NoDelayHTTPProtocol",  # Nagle off: see that module
        log_level="warning",
        access_log=False,
        server_header=False,
        date_header=False,
        proxy_headers=True,
        forwarded_allow_ips=os.environ.get("HEARTEN_SERVER_TRUSTED_PROXIES", "127.0.0.1"),
        # A busy worker on a small machine can take seconds to answer the supervisor's ping;
        # killing it then would drop every request it holds.
        timeout_worker_healthcheck=60,
    )


@server.group("admin")
def admin_group():
    """Organisations, invites and resets, for the server's admin."""


@admin_group.command("create-org")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help='Print {"id": ...}.')
def create_org_command(name, as_json):
    """Create an organisation (a clinic or a study) with a starting consent text."""
    from hearten.server import admin

    org_id = _run(admin.create_org, name=name)
    click.echo(json.dumps({"id": org_id}) if as_json else f"Created {name}: {org_id}")


@admin_group.command("invite")
@click.option("--org", "org_id", required=True, help="The organisation's id.")
@click.option("--role", required=True, type=click.Choice(["participant", "clinician", "researcher", "admin"]))
@click.option("--json", "as_json", is_flag=True, help='Print {"code", "url", "expires_at"}.')
def invite_command(org_id, role, as_json):
    """Make a one-time invite (it expires, and works once)."""
    from hearten.server import admin

    made = _run(admin.invite, org_id=org_id, role=role)
    if as_json:
        click.echo(json.dumps(made))
    else:
        click.echo(f"Invite for a {role}: {made['url']}\nCode: {made['code']}\nWorks once, until {made['expires_at']}.")


@admin_group.command("end-sessions")
@click.argument("email")
def end_sessions_command(email):
    """Sign an account out everywhere (for a lost device or a leaver)."""
    from hearten import messages
    from hearten.server import admin

    count = _run(admin.end_sessions, email=email)
    words = messages.SERVER_SESSION_ENDED if count == 1 else messages.SERVER_SESSIONS_ENDED
    click.echo(words.format(count=count, email=email))


@admin_group.command("reset")
@click.argument("email")
@click.option("--json", "as_json", is_flag=True, help='Print {"code", "url", "expires_at"}.')
def reset_command(email, as_json):
    """A one-time link for someone to choose a new password (staff also get a new authenticator key).

    It works once, for a day, and signs the account out everywhere when used.
    """
    from hearten.server import admin

    made = _run(admin.reset, email=email)
    if as_json:
        click.echo(json.dumps(made))
    else:
        click.echo(
            f"Reset link for {email}: {made['url']}\nCode: {made['code']}\nWorks once, until {made['expires_at']}."
        )


@admin_group.command("reset-otp")
@click.argument("email")
@click.option("--json", "as_json", is_flag=True, help='Print {"code", "url", "expires_at"}.')
def reset_otp_command(email, as_json):
    """Reset a staff member's second factor (a lost phone, or a lost server key).

    Their authenticator key is wiped at once and they are signed out everywhere; the one-time
    link printed here lets them choose a password and add a new key. It works once, for a day.
    """
    from hearten import messages
    from hearten.server import admin

    made = _run(admin.reset_otp, email=email)
    if as_json:
        click.echo(json.dumps(made))
    else:
        click.echo(messages.SERVER_OTP_RESET.format(email=email, url=made["url"], expires_at=made["expires_at"]))


@admin_group.command("new-key")
def new_key_command():
    """Make a new server key file when the old one is lost (never replaces one that is there).

    Authenticator keys sealed with the old key cannot be opened with the new one: reset each
    staff member's second factor with `hearten server admin reset-otp EMAIL`.
    """
    from hearten import messages
    from hearten.server import admin

    made = _run(admin.new_key)
    words = messages.SERVER_KEY_MADE if made["made"] else messages.SERVER_KEY_EXISTS
    click.echo(words.format(path=made["path"]))
