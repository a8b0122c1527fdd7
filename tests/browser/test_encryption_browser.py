"""Encrypting from the Settings page in real Chromium: the form, the recovery key page, axe, screenshots."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import DESKTOP, PHONE, SHOTS, no_axe_violations, signed_in_context

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::DeprecationWarning")]

PASSPHRASE = "quiet harbour lantern"


def check(page, name: str, size: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}-{size}.png", full_page=True)
    no_axe_violations(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{name} scrolls sideways at {size} width ({overflow}px)"


@pytest.mark.parametrize("size, viewport", [("desktop", DESKTOP), ("phone", PHONE)])
def test_encrypt_from_settings_shows_the_recovery_key(browser, own_server, size, viewport):
    context = signed_in_context(browser, viewport=viewport, base_url=own_server)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto("/journal/new")
    page.fill("#text", "Something only I should read.")
    page.click("text=Save entry")
    page.goto("/")
    page.click("text=Settings, Protect your journal")
    page.wait_for_url("**/settings#protect")
    section = page.locator("#protect")
    section.screenshot(path=SHOTS / f"settings-protect-{size}.png")
    check(page, "settings-protect-page", size)

    page.fill("#passphrase", PASSPHRASE)
    page.fill("#passphrase_again", PASSPHRASE + "x")
    page.check("#understood")
    page.click("text=Encrypt my journal")
    assert "not the same" in page.locator("#protect [role=alert]").inner_text()
    assert page.evaluate("location.hash") == "#protect"
    section.screenshot(path=SHOTS / f"settings-protect-mismatch-{size}.png")

    page.fill("#passphrase", PASSPHRASE)
    page.fill("#passphrase_again", PASSPHRASE)
    page.check("#understood")
    page.click("text=Encrypt my journal")
    page.wait_for_selector("#recovery-key")
    key = page.inner_text("#recovery-key")
    assert re.fullmatch(r"[A-Z2-7]{4}(?:-[A-Z2-7]{4}){12}", key)
    box = page.locator("#recovery-key").bounding_box()
    assert box["width"] <= viewport["width"]
    check(page, "recovery-key", size)

    page.click("text=I have kept it safe: go on")
    assert "without encryption" not in page.inner_text("main")
    page.goto("/settings#protect")
    section.screenshot(path=SHOTS / f"settings-protect-encrypted-{size}.png")
    check(page, "settings-protect-encrypted-page", size)
    page.click("button:has-text('Lock now')")
    page.wait_for_url("**/unlock?locked=1")
    assert "Something only I should read" not in page.content()
    page.fill("#passphrase", PASSPHRASE)
    page.click("button:has-text('Unlock')")
    page.goto("/journal")
    assert "Something only I should read" in page.inner_text("main")
    context.close()
    assert not errors, errors
