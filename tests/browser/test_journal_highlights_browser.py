"""The entry page's highlights in real Chromium: one mark per noticed stretch, told apart by more
than colour, each a link to its explanation, a legend beside the text; axe-clean at both widths."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import SHOTS, no_axe_violations, signed_in_context

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::DeprecationWarning")]

SIZES = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
TEXT = (
    "The meeting ran late and I forgot my notes. I am such an idiot, I always mess everything up. "
    "My manager will think I am useless. Then I walked home by the river."
)


@pytest.fixture(scope="module")
def entry_url(browser, server):
    context = signed_in_context(browser, base_url=server)
    page = context.new_page()
    page.goto("/journal/new")
    page.fill("#text", TEXT)
    page.click("text=Save entry")
    page.wait_for_url(re.compile(r"/journal/\d+$"))
    url = page.url
    context.close()
    return url


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", list(SIZES))
def test_highlights_are_explained_linked_and_calm(browser, server, entry_url, size, scheme):
    context = signed_in_context(browser, viewport=SIZES[size], base_url=server, color_scheme=scheme)
    page = context.new_page()
    page.goto(entry_url)
    marks = page.locator(".entry-text mark.hl")
    # The detectors' spans overlap ("I am such an idiot" is harsh self-talk and labelling, "I always
    # mess everything up" four patterns at once): each stretch is one mark, never marks in marks.
    assert marks.count() == 3, [marks.nth(i).inner_text() for i in range(marks.count())]
    assert page.locator(".entry-text mark mark").count() == 0
    assert marks.nth(0).inner_text().startswith("I am such an idiot")
    assert marks.nth(1).inner_text().startswith("I always mess everything up")

    # Told apart by the line under the words as well as by colour, and named in words for screen readers.
    harsh_line = page.locator(".entry-text mark.hl-harsh a").first.evaluate(
        "a => getComputedStyle(a).textDecorationStyle"
    )
    trap_line = page.locator(".entry-text mark.hl-trap a").first.evaluate(
        "a => getComputedStyle(a).textDecorationStyle"
    )
    assert (harsh_line, trap_line) == ("solid", "dotted")
    assert "Harsh self-talk" in marks.nth(0).locator(".visually-hidden").text_content()
    assert "Mind reading" in page.locator(".entry-text mark.hl-trap .visually-hidden").first.text_content()

    # The legend sits right under the text and says what each style means.
    legend = page.locator("#hl-legend")
    assert legend.is_visible()
    assert "Harsh self-talk" in legend.inner_text() and "thinking trap" in legend.inner_text()
    text_box = page.locator(".entry-text").bounding_box()
    legend_box = legend.bounding_box()
    assert 0 <= legend_box["y"] - (text_box["y"] + text_box["height"]) < 60

    # Every mark links to the explanation of its pattern, further down the same page.
    for i in range(marks.count()):
        href = marks.nth(i).locator("a").get_attribute("href")
        assert href.startswith("#noticed-") and page.locator(href).count() == 1, href
    page.locator(".entry-text mark.hl-trap a").first.click()
    assert page.url.endswith("#noticed-mind_reading")
    target = page.locator("#noticed-mind_reading")
    assert target.is_visible() and target.evaluate("li => li.matches(':target')")
    box, height = target.bounding_box(), SIZES[size]["height"]
    assert 0 <= box["y"] < height, box

    page.goto(entry_url)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"entry-highlights-{size}-{scheme}.png", full_page=True)
    no_axe_violations(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the entry scrolls sideways at {size} width ({overflow}px)"
    context.close()


def test_keyboard_reaches_each_highlight_and_follows_it(browser, server, entry_url):
    context = signed_in_context(browser, viewport=SIZES["desktop"], base_url=server)
    page = context.new_page()
    page.goto(entry_url)
    page.locator(".entry-text mark.hl a").first.focus()
    assert page.evaluate("document.activeElement.closest('mark') !== null")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"#noticed-self_criticism$"))
    context.close()


def test_the_live_preview_merges_overlaps_the_same_way(browser, server):
    context = signed_in_context(browser, viewport=SIZES["phone"], base_url=server)
    page = context.new_page()
    page.goto("/journal/new")
    page.fill("#text", TEXT)
    page.locator("#live-notes mark.hl-harsh").first.wait_for()
    marks = page.locator("#live-text mark.hl")
    assert [marks.nth(i).inner_text() for i in range(marks.count())] == [
        "I am such an idiot",
        "I always mess everything up",
        "My manager will think I am",
    ]
    styles = [marks.nth(i).evaluate("m => getComputedStyle(m).textDecorationStyle") for i in range(3)]
    assert styles == ["solid", "solid", "dotted"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / "journal-new-live-highlights-phone-light.png", full_page=True)
    no_axe_violations(page)
    context.close()
