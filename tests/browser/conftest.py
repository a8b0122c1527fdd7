"""Real headless Chromium (Debian's, never downloaded) against a real server on a free port."""

from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}
TOKEN = "browser-test-token"  # what `hearten serve` would have printed


def signed_in_context(browser, *, base_url: str, **options):
    """A browser context that has opened the printed link once, so it holds the session cookie."""
    context = browser.new_context(base_url=base_url, **options)
    opening = context.new_page()
    opening.goto(f"/?token={TOKEN}")
    assert "token" not in opening.url, "the token should leave the address bar"
    opening.close()
    return context


@contextmanager
def serving(app):
    """Serve `app` as `hearten serve` does (uvicorn on 127.0.0.1, a free port) in a thread; yields its address."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)  # so asyncio sets TCP_NODELAY
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def wait_until(page, check, timeout_ms: int = 15000) -> None:
    """Poll from Python: the page's CSP (rightly) forbids the string evaluation wait_for_function uses."""
    for _ in range(timeout_ms // 100):
        if check():
            return
        page.wait_for_timeout(100)
    raise AssertionError("the page never got there")


def no_axe_violations(page) -> bool:
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page)
    assert found.violations_count == 0, found.generate_report()
    return True


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """hearten served as `hearten serve` serves it, on a temp home, for the whole session."""
    from hearten.config import load_settings
    from hearten.web.app import create_app

    home = tmp_path_factory.mktemp("browser-home")
    settings = load_settings(environ={"HEARTEN_HOME": str(home)})
    with serving(create_app(settings, token=TOKEN)) as address:
        yield address


@pytest.fixture
def own_server(tmp_path):
    """A server over its own home: encrypting the shared one would lock the other browser tests out."""
    pytest.importorskip("sqlcipher3")
    from hearten.config import load_settings
    from hearten.crypto import FLOOR_PARAMS
    from hearten.web.app import create_app

    app = create_app(
        load_settings(environ={"HEARTEN_HOME": str(tmp_path / "home")}), kdf_params=FLOOR_PARAMS, token=TOKEN
    )
    with serving(app) as address:
        yield address


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        # Never a quiet skip: `make test` installs Chromium, so its absence is a broken set-up.
        pytest.fail("Debian chromium is not installed at /usr/bin/chromium (run `make system-deps`)")
    from playwright.sync_api import sync_playwright

    _screenshots_try_twice()
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield launched
        launched.close()


def _screenshots_try_twice():
    """Screenshots are pictures for people to look at, not checks. A loaded machine now and
    then makes Chromium answer a full-page capture with "Unable to capture screenshot";
    one more try after a pause takes it, so the picture never fails a test by itself."""
    from playwright.sync_api import Error, Page

    if getattr(Page.screenshot, "tries_twice", False):
        return
    first_try = Page.screenshot

    def screenshot(self, *args, **kwargs):
        try:
            return first_try(self, *args, **kwargs)
        except Error as error:
            if "Unable to capture screenshot" not in str(error):
                raise
            time.sleep(0.5)
            return first_try(self, *args, **kwargs)

    screenshot.tries_twice = True
    Page.screenshot = screenshot


@pytest.fixture
def page(browser, server):
    context = signed_in_context(browser, viewport=DESKTOP, base_url=server, accept_downloads=True)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    yield opened
    context.close()
    assert not errors, f"the page logged errors: {errors}"
