"""hearten serve: the whole of hearten in your browser, on this computer only."""

from __future__ import annotations

import click


@click.command("serve")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Keep 127.0.0.1 so only this computer can reach it.",
)
@click.option(
    "--port",
    default=8765,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0 picks a free one).",
)
@click.option("--open", "open_browser", is_flag=True, help="Open hearten's link in your web browser.")
@click.pass_obj
def serve(app, host, port, open_browser):
    """Start the web app and print its address with a new private link. Stop it with Ctrl+C.

    Open the printed link (it holds a token made fresh at each start): hearten
    answers only a browser that has opened it, so other accounts on this computer
    and other websites cannot read or change your journal.
    """
    import secrets

    import uvicorn

    from hearten.web.app import create_app

    sock = bound_socket(host, port, "try `hearten serve --port 0` for a free one")
    sock.listen(128)  # connections wait in the backlog from the moment the address is printed
    port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    token = secrets.token_urlsafe(32)  # a new one each start: a link from an earlier run opens nothing
    link = f"http://{shown}:{port}/?token={token}"
    web_app = create_app(app.settings, host=host, token=token)
    click.echo(f"hearten is running at {link}")
    from hearten import messages

    click.echo(messages.SERVE_LINK, err=True)
    loopback = host in ("127.0.0.1", "localhost", "::1") or host.startswith("127.")
    click.echo(messages.SERVE_LOCAL if loopback else messages.SERVE_EXPOSED.format(host=host), err=True)
    opener = _open_in_browser(app.settings, link) if open_browser else None
    config = uvicorn.Config(web_app, log_level="warning", access_log=False, server_header=False, date_header=False)
    from hearten.web.serving import bound_connections

    bound_connections(config)
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        if opener is not None:
            opener.unlink(missing_ok=True)


def bound_socket(host: str, port: int, hint: str):
    """A TCP socket bound to host:port, or InvalidInput saying why not in one sentence
    (`hint` says what to try instead when the port is taken)."""
    import socket

    # IPPROTO_TCP named explicitly: asyncio sets TCP_NODELAY only on sockets that say so (else 40 ms stalls).
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        from hearten.domain.records import InvalidInput

        if getattr(error, "errno", None) == 98:
            raise InvalidInput(f"port {port} is already in use (is hearten already running?); {hint}") from None
        raise InvalidInput(f"cannot listen on {host}:{port} ({error.strerror or error})") from None
    return sock


def _open_in_browser(settings, link: str):
    """Open the link through a small file only you can read: a browser's command line, which
    every account on the computer can see, then never holds the token. Returns that file."""
    import html
    import webbrowser

    from hearten.files import write_atomic

    page = settings.home / "open-hearten.html"
    write_atomic(
        page,
        (
            f'<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url={html.escape(link)}">'
            f'<title>hearten</title><p><a href="{html.escape(link)}">Open hearten</a></p>'
        ).encode(),
    )
    webbrowser.open(page.resolve().as_uri())
    return page
