"""Export and the recovery key in real Chromium at 1280x800 and 390x844: every format downloads, a plain copy of an
encrypted journal is refused until the person says so, and the recovery key unlocks and goes on where you were going."""

from __future__ import annotations

import json
import re

import pytest

from tests.browser.conftest import SHOTS, no_axe_violations, signed_in_context

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::DeprecationWarning")]

SIZES = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
PASSPHRASE = "quiet harbour lantern"
NEW_PASSPHRASE = "seven green apples"


def axe_clean(page) -> None:
    no_axe_violations(page)
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0


def download(page, kind: str):
    page.check(f"#export-{kind}")
    with page.expect_download() as started:
        page.click("text=Download the copy")
    return started.value


@pytest.mark.parametrize("size", list(SIZES))
def test_export_every_format_then_the_recovery_key_takes_you_where_you_were_going(browser, own_server, size, tmp_path):
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = signed_in_context(browser, viewport=SIZES[size], base_url=own_server, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto("/journal/new")
    page.fill("#text", "Something only I should read.")
    page.fill("#tags", "private")
    page.click("text=Save entry")
    page.goto("/settings#export")
    page.locator("#export-form").screenshot(path=SHOTS / f"your-data-export-{size}.png")
    names = {kind: download(page, kind).suggested_filename for kind in ("json", "csv", "markdown", "fhir")}
    assert names["json"].endswith(".json") and names["csv"].endswith(".csv.zip")
    assert names["markdown"].endswith(".markdown.zip") and names["fhir"].endswith(".fhir.json")
    saved = download(page, "json").path()
    assert json.loads(open(saved, encoding="utf-8").read())["entries"][0]["text"] == "Something only I should read."

    page.goto("/settings#protect")
    page.fill("#passphrase", PASSPHRASE)
    page.fill("#passphrase_again", PASSPHRASE)
    page.check("#understood")
    page.click("text=Encrypt my journal")
    key = page.inner_text("#recovery-key")

    page.goto("/settings#export")
    assert "A copy downloaded without a passphrase is not encrypted" in page.inner_text("#export-form")
    page.check("#export-csv")
    page.click("text=Download the copy")  # no passphrase and no tick: asked first, nothing downloaded
    page.wait_for_selector("#plain_ok-problem")
    assert page.is_checked("#export-csv")
    page.screenshot(path=SHOTS / f"your-data-export-plain-asked-{size}.png", full_page=True)
    axe_clean(page)
    page.check("#plain_ok")
    with page.expect_download() as started:
        page.click("text=Download the copy")
    assert started.value.suggested_filename.endswith(".csv.zip")
    page.goto("/settings#export")
    page.fill("#export-passphrase", "a copy only for me")
    page.fill("#export-passphrase-again", "a copy only for me")
    sealed = download(page, "json")
    assert sealed.suggested_filename.endswith(".json.encrypted")
    assert open(sealed.path(), "rb").read().startswith(b"HEARTENEXP")

    page.goto("/settings#protect")
    page.click("button:has-text('Lock now')")
    page.wait_for_url("**/unlock?locked=1")
    page.goto("/journal?tag=private")
    page.wait_for_url(re.compile(r".*/unlock\?next=%2Fjournal%3Ftag%3Dprivate$"))
    page.click("text=I have forgotten my passphrase")
    page.fill("#recovery_key", "AAAA-BBBB")
    page.fill("#new-passphrase", NEW_PASSPHRASE)
    page.fill("#new-passphrase-again", NEW_PASSPHRASE)
    page.click("text=Open with the recovery key")
    page.wait_for_selector("#recovery_key-problem")
    assert page.locator("#recovery").get_attribute("open") is not None
    page.screenshot(path=SHOTS / f"your-data-unlock-recovery-wrong-{size}.png", full_page=True)
    axe_clean(page)
    page.fill("#recovery_key", key.lower())
    page.fill("#new-passphrase", NEW_PASSPHRASE)
    page.fill("#new-passphrase-again", NEW_PASSPHRASE)
    page.click("text=Open with the recovery key")
    page.wait_for_url("**/journal?tag=private")
    assert "Something only I should read." in page.inner_text("main")
    context.close()
    assert not errors
