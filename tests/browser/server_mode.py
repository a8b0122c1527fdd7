"""What the server-mode browser tests share: the password everyone uses, `hearten server init` on a free
port, one person's browser, and the sign-in page's steps."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyotp

from tests.browser.conftest import DESKTOP
from tests.support.pgserver import free_port

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a lantern by the open window"


def hearten(env: dict, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "hearten", *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def init_server(database_url: str, home: Path) -> tuple[dict, int, str]:
    """`hearten server init` for a server that will run on a free port; gives its environment, the port and
    what init printed."""
    port = free_port()
    env = {
        **os.environ,
        "HEARTEN_DATABASE_URL": database_url,
        "HEARTEN_SERVER_URL": f"http://127.0.0.1:{port}",
        "HEARTEN_HOME": str(home),
    }
    said = hearten({**env, "HEARTEN_ADMIN_PASSWORD": PASSWORD}, "server", "init", "--admin-email", "admin@example.org")
    return env, port, said


def sign_in(page, email: str, otp_key: str | None = None):
    """Fill the sign-in page (the code from the authenticator too, for staff) and wait for the first page."""
    page.goto("/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    if otp_key:
        page.get_by_label("Code from your authenticator app").fill(pyotp.TOTP(otp_key).now())
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/org")


class Person:
    """One browser context (one person's cookies), watching for script errors on every page."""

    def __init__(self, browser, base_url: str):
        self.context = browser.new_context(viewport=DESKTOP, base_url=base_url, accept_downloads=True)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.refused: list[tuple[int, str]] = []  # pages answered 4xx/5xx; the test says which it expected
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on(
            "console",
            lambda message: (
                self.errors.append(message.text)
                if message.type == "error" and not message.text.startswith("Failed to load resource")
                else None
            ),
        )
        self.page.on(
            "response",
            lambda answer: (
                self.refused.append((answer.status, answer.url.split("/", 3)[3])) if answer.status >= 400 else None
            ),
        )

    def join(self, url: str, email: str) -> str | None:
        """Open an invite link and make the account; returns the authenticator key shown to staff."""
        page = self.page
        page.goto(url)
        page.get_by_label("Email").fill(email)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Make my account").click()
        page.get_by_role("heading", name="Your account is ready").wait_for()
        key = page.locator("#otp-secret")
        return key.inner_text() if key.count() else None

    def sign_in(self, email: str, otp_key: str | None = None):
        sign_in(self.page, email, otp_key)

    def download(self, link_name: str) -> str:
        with self.page.expect_download() as info:
            self.page.get_by_role("link", name=link_name).click()
        return Path(info.value.path()).read_text(encoding="utf-8")

    def close(self, *, refused=()):
        self.context.close()
        assert not self.errors, f"a page logged errors: {self.errors}"
        assert sorted(self.refused) == sorted(refused)
