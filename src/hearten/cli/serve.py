"""hearten serve: the whole of hearten in your browser, on this computer only."""

from __future__ import annotations

import click


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Keep 127.0.0.1 so only this computer can reach it.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on (0 picks a free one).")
@click.option("--open", "open_browser", is_flag=True, help="Open hearten in your web browser.")
@click.pass_obj
def serve(app, host, port, open_browser):
    """Start the web app and print its address. Stop it with Ctrl+C."""
    import socket

    import uvicorn

    from hearten.web.app import create_app

    # IPPROTO_TCP named explicitly: asyncio sets TCP_NODELAY only on sockets that say so (else 40 ms stalls).
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        from hearten.domain.records import InvalidInput

        if getattr(error, "errno", None) == 98:
            raise InvalidInput(f"port {port} is already in use (is hearten already running?); "
                               "try `hearten serve --port 0` for a free one") from None
        raise InvalidInput(f"cannot listen on {host}:{port} ({error.strerror or error})") from None
    sock.listen(128)  # connections wait in the backlog from the moment the address is printed
    port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    address = f"http://{shown}:{port}/"
    web_app = create_app(app.settings, host=host)
    click.echo(f"hearten is running at {address}")
    from hearten import messages

    loopback = host in ("127.0.0.1", "localhost", "::1") or host.startswith("127.")
    click.echo(messages.SERVE_LOCAL if loopback else messages.SERVE_EXPOSED.format(host=host), err=True)
    if open_browser:
        import webbrowser

        webbrowser.open(address)
    config = uvicorn.Config(web_app, log_level="warning", access_log=False, server_header=False, date_header=False)
    from hearten.web.serving import bound_connections

    bound_connections(config)
    server = uvicorn.Server(config)
    server.run(sockets=[sock])
