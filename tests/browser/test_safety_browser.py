"""Help in a real browser: the crisis box while writing, and the lines after high distress."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import SHOTS, no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::DeprecationWarning")]

SIZES = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


def _box(page, selector: str) -> dict:
    return page.locator(selector).bounding_box()


@pytest.mark.parametrize("size", SIZES)
def test_crisis_box_appears_below_the_text_without_moving_it(page, size):
    page.set_viewport_size(SIZES[size])
    page.goto("/journal/new")
    page.click("#text")
    page.keyboard.type("Today was long and I am tired. ")
    before = _box(page, "#text")
    page.keyboard.type("I want to die.")
    page.locator("#live-crisis").wait_for(state="visible")
    after = _box(page, "#text")
    assert abs(after["y"] - before["y"]) < 1 and abs(after["height"] - before["height"]) < 1
    assert page.evaluate("window.scrollY") == 0 or after["y"] >= 0  # still in view
    assert after["y"] + after["height"] <= SIZES[size]["height"]
    assert page.evaluate("document.activeElement.id") == "text"
    crisis = _box(page, "#live-crisis")
    assert crisis["y"] >= after["y"] + after["height"]  # below the text box, never above it
    region = page.locator("#live-crisis").locator("xpath=..")
    assert region.get_attribute("aria-live") == "polite"
    assert page.locator("#live-crisis a[href^='tel:']").count() >= 1  # the lines themselves
    # Help comes alone: no trap notes beside it.
    assert page.locator("#live-notes").is_hidden()
    page.keyboard.type(" Still typing.")
    assert page.input_value("#text").endswith("I want to die. Still typing.")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"crisis-while-writing-{size}.png"))
    no_axe_violations(page)
    page.click("text=Save entry")
    page.wait_for_url(re.compile(r"/journal/\d+$"))
    main = page.inner_text("main")
    assert "Kinder versions" not in main and page.locator("mark.hl-trap").count() == 0
    assert page.locator("main .crisis a[href^='tel:']").count() >= 1
    page.screenshot(path=str(SHOTS / f"crisis-entry-{size}.png"), full_page=True)
    no_axe_violations(page)


@pytest.mark.parametrize("size", SIZES)
def test_high_distress_checkin_shows_the_lines_and_grounding(page, size):
    page.set_viewport_size(SIZES[size])
    page.goto("/checkin")
    page.click("label[for=distress-9]")
    page.click("text=Save check-in")
    page.wait_for_url(re.compile(r"/checkin\?saved=\d+$"))
    assert page.locator("main .crisis a[href^='tel:']").count() >= 1
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"checkin-high-distress-{size}.png"), full_page=True)
    no_axe_violations(page)
    page.click("main .gentle >> text=Start a grounding practice")
    page.wait_for_url("**/practices/grounding")


def test_rise_in_distress_after_a_practice_shows_the_lines(page):
    page.goto("/practices/self-talk-30-30?pace=fast")
    page.click("label[for=distress_before-2]")
    page.click("[data-action=start]")
    page.click("[data-action=next]")
    page.fill("#answer-regret-choice", "I snapped at my sister")
    page.click("[data-action=next]")
    page.locator("#answer-words").wait_for(state="visible", timeout=15_000)
    page.fill("#answer-words", "You were tired.")
    page.click("[data-action=next]")
    page.click("[data-action=next]")
    page.click("label[for=distress_after-5]")
    page.click("[data-action=finish]")
    page.wait_for_url(re.compile(r"/practices/sessions/\d+$"))
    assert "Your distress went up during this practice" in page.inner_text("main")
    assert page.locator("main .crisis a[href^='tel:']").count() >= 1
    page.screenshot(path=str(SHOTS / "practice-rise.png"), full_page=True)
    no_axe_violations(page)
    page.click("main .gentle >> text=Start a grounding practice")
    page.wait_for_url("**/practices/grounding")


def test_grounding_still_very_upset_leads_to_the_lines(page):
    page.goto("/practices/grounding?pace=fast")
    page.click("[data-action=start]")
    while page.locator(".step:not([hidden])").get_attribute("data-kind") != "choice":
        if page.locator("[data-action=next]").is_enabled():
            page.click("[data-action=next]")
        else:
            page.wait_for_timeout(200)
    page.locator(".step:not([hidden]) label", has_text="Still very upset").click()
    page.click("[data-action=next]")  # the question is grounding's last step: what follows depends on it
    page.click("[data-action=finish]")
    page.wait_for_url(re.compile(r"/practices/sessions/\d+$"))
    main = page.inner_text("main")
    assert "still very upset" in main and "Thank you for giving yourself this time" not in main
    assert page.locator("main .crisis a[href^='tel:']").count() >= 1
    page.screenshot(path=str(SHOTS / "grounding-still-upset.png"), full_page=True)
    no_axe_violations(page)
