"""/help in real Chromium: large call buttons at phone width, and a country picker that works without JavaScript."""

from __future__ import annotations

import pytest

from hearten.domain import safety
from tests.browser.conftest import PHONE, SHOTS, signed_in_context

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::DeprecationWarning")]
MIN_TAP = 44  # CSS pixels: the smallest comfortable tap target


def test_call_and_text_buttons_are_large_at_phone_width(page):
    page.set_viewport_size(PHONE)
    page.goto("/help?country=US")
    sizes = page.eval_on_selector_all(
        ".resource .tap",
        "els => els.map(a => [a.getAttribute('href'), a.getBoundingClientRect().width,"
        " a.getBoundingClientRect().height])",
    )
    hrefs = [href for href, _, _ in sizes]
    assert "tel:988" in hrefs and "sms:988" in hrefs and "sms:741741?body=HOME" in hrefs and "tel:911" in hrefs
    for href, width, height in sizes:
        assert width >= MIN_TAP and height >= MIN_TAP, (href, width, height)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # nothing spills sideways
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "help-us-phone.png"), full_page=True)


def test_the_country_picker_works_without_javascript(browser, server):
    context = signed_in_context(browser, base_url=server, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto("/help")
        page.select_option("#help-country", "FR")
        page.click("text=Show its lines")
        page.wait_for_url("**/help?country=FR")
        assert page.locator("h2#lines-title").inner_text() == "People you can talk to in France"
        assert page.locator("a[href='tel:3114']").count() == 1
        page.goto("/help")  # nothing was saved
        assert page.locator("h2#lines-title").inner_text() == "People you can talk to"
        page.goto("/help?country=XX")  # a code nobody listed is named, not silently replaced
        assert page.locator("h2#lines-title").inner_text() == "People you can talk to, wherever you are"
        assert "no lines of its own for XX" in page.inner_text("main")
        assert page.locator("a[href='tel:112']").count() == 1 and page.locator("#help-country").count() == 1
        page.goto("/help?from=practice")  # "this is too much": the words the CLI says, then the lines
        main = page.inner_text("main")
        for words in safety.after_practice(None, None, too_much=True).words:
            assert words in main
        assert main.index("one of the lines below") < main.index("People you can reach now")
        assert "not yet checked" not in main and "United Kingdom" not in page.inner_text(".resources")  # the short help
        assert page.locator(".gentle a[href^='/practices/grounding']").count() == 1
        page.goto("/help?from=practice&practice=grounding")  # grounding itself was too much: no loop
        main = page.inner_text("main")
        for words in safety.after_practice(None, None, too_much=True, practice_id="grounding").words:
            assert words in main
        assert page.locator(".gentle a[href^='/practices/grounding']").count() == 0
        assert page.locator("input[name=practice][value=grounding]").count() == 1  # the picker keeps it
        assert page.locator("main a[href^='/practices/grounding']").count() == 0
    finally:
        context.close()
