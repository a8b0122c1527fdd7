"""Every phone number on Help is a big button to tap, at 1280x800 and 390x844, in every country's list."""

from __future__ import annotations

import pytest

from tests.browser.conftest import SHOTS

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::DeprecationWarning")]

WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
MIN_TAP = 44  # CSS pixels: the smallest comfortable tap target


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("address", ["/help", "/help?country=GB", "/help?country=US&from=practice"])
def test_every_number_is_a_tap_target_not_an_inline_link(page, width, address):
    page.set_viewport_size(WIDTHS[width])
    page.goto(address)
    found = page.eval_on_selector_all(
        "main a[href^='tel:'], main a[href^='sms:']",
        "els => els.map(a => { const r = a.getBoundingClientRect(); const s = getComputedStyle(a);"
        " return [a.getAttribute('href'), r.width, r.height, s.display, a.closest('.resource, .card') !== null]; })",
    )
    assert found, "no numbers to call on the help page"
    for href, w, h, display, in_card in found:
        assert w >= MIN_TAP and h >= MIN_TAP, (href, w, h)
        assert display != "inline" and in_card, (href, display)
    # No number is left as words to copy: "Call ..." is always a button.
    plain = page.eval_on_selector_all(".resource .reach p", "els => els.map(p => p.innerText)")
    assert not [text for text in plain if text.startswith("Call")], plain
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]
    if address == "/help":
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SHOTS / f"help-numbers-{width}.png")
