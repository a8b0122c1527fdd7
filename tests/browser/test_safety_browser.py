"""Help in a real browser: the crisis box while writing, and the lines after high distress."""

from __future__ import annotations

import re

import pytest

from hearten.domain import safety
from tests.browser.conftest import SHOTS, no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::DeprecationWarning")]

SIZES = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


def _box(page, selector: str) -> dict:
    return page.locator(selector).bounding_box()


def _help_in_sight(page, box_id: str, height: int) -> None:
    """The help box's heading is on screen, or a link at the screen's edge points at it and brings it there."""
    pointer = page.locator(f"[data-points-at={box_id}]")
    if _box(page, f"#{box_id}")["y"] <= height - 96:  # its first 96 pixels, the heading, are in sight
        page.wait_for_timeout(100)  # the observer's answer comes a frame later
        assert pointer.is_hidden()
        return
    pointer.wait_for(state="visible")
    page.screenshot(path=str(SHOTS / f"help-pointer-{box_id}-{height}.png"))
    shown = pointer.bounding_box()
    assert 0 <= shown["y"] and shown["y"] + shown["height"] <= height
    typed_at = page.evaluate("document.activeElement.id")
    assert typed_at.startswith(("text", "answer-", "note"))  # the link took nothing: the person is still typing
    pointer.click()
    heading = _box(page, f"#{box_id} h2")
    assert 0 <= heading["y"] and heading["y"] + heading["height"] <= height
    pointer.wait_for(state="hidden")


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
    heading = _box(page, "#live-crisis h2")
    assert heading["y"] + heading["height"] <= SIZES[size]["height"]  # its heading in sight, not only a strip
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
    _help_in_sight(page, "live-crisis", SIZES[size]["height"])
    page.click("text=Save entry")
    page.wait_for_url(re.compile(r"/journal/\d+$"))
    main = page.inner_text("main")
    assert "Kinder versions" not in main and page.locator("mark.hl-trap").count() == 0
    assert page.locator("main .crisis a[href^='tel:']").count() >= 1
    page.screenshot(path=str(SHOTS / f"crisis-entry-{size}.png"), full_page=True)
    no_axe_violations(page)


def test_crisis_box_appears_below_a_changed_entry_and_a_kinder_version(page):
    page.set_viewport_size(SIZES["phone"])
    page.goto("/journal/new")
    page.fill("#text", "I am so stupid.")
    page.click("text=Save entry")
    page.wait_for_url(re.compile(r"/journal/\d+$"))
    entry = page.url
    # A kinder version written with crisis words: the box below it, the words kept in place and in focus.
    page.click("#reframe")
    before = _box(page, "#reframe")
    page.keyboard.type("I want to die.")
    page.locator("#reframe-crisis").wait_for(state="visible")
    assert abs(_box(page, "#reframe")["y"] - before["y"]) < 1
    assert page.evaluate("document.activeElement.id") == "reframe"
    assert _box(page, "#reframe-crisis")["y"] >= before["y"] + before["height"]
    assert page.locator("#reframe-crisis").locator("xpath=..").get_attribute("aria-live") == "polite"
    # Changing the entry into crisis words: the same box as writing one.
    page.goto(entry + "/edit")
    page.click("#text")
    page.keyboard.press("End")
    before = _box(page, "#text")
    page.keyboard.type(" I want to die.")
    page.locator("#live-crisis").wait_for(state="visible")
    assert abs(_box(page, "#text")["y"] - before["y"]) < 1
    assert page.evaluate("document.activeElement.id") == "text"
    assert _box(page, "#live-crisis")["y"] >= before["y"] + before["height"]
    assert page.locator("#live-crisis").locator("xpath=..").get_attribute("aria-live") == "polite"
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
    page.wait_for_url(re.compile(r"/practices/grounding\?begin=now&distress=9$"))


def test_one_tap_after_a_distress_8_check_in_has_grounding_running_on_a_phone(page):
    page.set_viewport_size(SIZES["phone"])
    page.goto("/checkin")
    page.click("label[for=distress-8]")
    page.click("text=Save check-in")
    page.wait_for_url(re.compile(r"/checkin\?saved=\d+$"))
    page.click("main .gentle >> text=Start a grounding practice")  # the one action
    page.wait_for_url(re.compile(r"/practices/grounding\?begin=now&distress=8$"))
    page.locator("[data-phase=steps]").wait_for(state="visible")
    assert page.locator("[data-phase=intro]").is_hidden()
    first = page.locator(".step[data-index='0']")
    assert (
        first.is_visible() and page.evaluate("document.activeElement.textContent") == first.locator("h3").inner_text()
    )
    heading = first.locator("h3").bounding_box()
    assert heading["y"] + heading["height"] <= SIZES["phone"]["height"]  # the step is in sight, not below the fold
    assert page.locator("[data-action=too-much]").is_visible()
    assert page.locator("input[name=distress_before]").count() == 0  # not asked again
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "grounding-begun-at-once-phone.png"))
    no_axe_violations(page)
    page.click("[data-action=end-here]")
    page.click("[data-action=finish]")
    page.wait_for_url(re.compile(r"/practices/sessions/\d+$"))
    assert "Distress before: 8" in page.inner_text("main")  # the check-in's, kept as the one before


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
    page.wait_for_url(re.compile(r"/practices/grounding\?begin=now&distress=5$"))
    page.locator("[data-phase=steps]").wait_for(state="visible")


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
    # The end screen does not congratulate: the CLI's words, then the lines, before anything is asked.
    heading = page.locator("#end-title")
    heading.wait_for(state="visible")
    assert heading.inner_text() == safety.REASONS["still_upset"]
    assert "gave yourself" not in page.inner_text("[data-phase=end]")
    assert page.locator("#end-crisis a[href^='tel:']").count() >= 1 and page.locator("#end-crisis").is_visible()
    assert _box(page, "#end-crisis")["y"] < _box(page, "#distress_after-field")["y"]
    assert page.locator("#end-crisis a[href^='/practices/grounding']").count() == 0  # no loop
    no_axe_violations(page)
    page.click("[data-action=finish]")
    page.wait_for_url(re.compile(r"/practices/sessions/\d+$"))
    main = page.inner_text("main")
    assert "still very upset" in main and "Thank you for giving yourself this time" not in main
    assert page.locator("main .crisis a[href^='tel:']").count() >= 1
    assert page.locator("main a[href^='/practices/grounding']").count() == 0  # grounding again would be a loop
    page.screenshot(path=str(SHOTS / "grounding-still-upset.png"), full_page=True)
    no_axe_violations(page)


@pytest.mark.parametrize("size", SIZES)
def test_crisis_words_in_a_practice_answer_bring_help_below_it_and_at_the_end(page, size):
    page.set_viewport_size(SIZES[size])
    page.goto("/practices/self-talk-30-30?pace=fast")
    page.click("[data-action=start]")
    page.click("[data-action=next]")
    page.click("#answer-regret-choice")
    page.keyboard.type("I snapped at my sister again. ")
    before = _box(page, "#answer-regret-choice")
    assert page.locator("#player-crisis").is_hidden()
    page.keyboard.type("Everyone would be better off without me.")
    page.locator("#player-crisis").wait_for(state="visible")
    after = _box(page, "#answer-regret-choice")
    assert abs(after["y"] - before["y"]) < 1  # the answer being typed does not move
    assert page.evaluate("document.activeElement.id") == "answer-regret-choice"
    assert _box(page, "#player-crisis")["y"] >= after["y"] + after["height"]
    assert page.locator("#player-crisis").locator("xpath=..").get_attribute("aria-live") == "polite"
    assert page.locator("#player-crisis a[href^='tel:']").count() >= 1
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"crisis-in-a-practice-{size}.png"))
    no_axe_violations(page)
    _help_in_sight(page, "player-crisis", SIZES[size]["height"])
    page.click("#answer-regret-choice")
    # Taken back, the words no longer call for it.
    page.fill("#answer-regret-choice", "I snapped at my sister again.")
    page.dispatch_event("#answer-regret-choice", "input")
    page.locator("#player-crisis").wait_for(state="hidden")
    page.fill("#answer-regret-choice", "I snapped at my sister. Everyone would be better off without me.")
    page.dispatch_event("#answer-regret-choice", "input")
    page.locator("#player-crisis").wait_for(state="visible")
    page.click("[data-action=end-here]")
    page.click("[data-action=finish]")
    page.wait_for_url(re.compile(r"/practices/sessions/\d+$"))
    main = page.inner_text("main")
    assert "You don't have to carry this alone" in main
    assert page.locator("main .crisis a[href^='tel:']").count() >= 1
    assert page.locator("main a[href^='/practices/grounding']").count() >= 1


@pytest.mark.parametrize("size", SIZES)
def test_crisis_words_in_a_checkin_note_bring_help_below_it(page, size):
    page.set_viewport_size(SIZES[size])
    page.goto("/checkin")
    page.click("#note")
    page.keyboard.type("Long day at work. ")
    before = _box(page, "#note")
    assert page.locator("#checkin-crisis").is_hidden()
    page.keyboard.type("I just want to end it all.")
    page.locator("#checkin-crisis").wait_for(state="visible")
    after = _box(page, "#note")
    assert abs(after["y"] - before["y"]) < 1  # the note being typed does not move
    assert page.evaluate("document.activeElement.id") == "note"
    assert _box(page, "#checkin-crisis")["y"] >= after["y"] + after["height"]
    assert page.locator("#checkin-crisis").locator("xpath=..").get_attribute("aria-live") == "polite"
    assert page.locator("#checkin-crisis a[href^='tel:']").count() >= 1
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"crisis-in-a-checkin-note-{size}.png"))
    no_axe_violations(page)
    _help_in_sight(page, "checkin-crisis", SIZES[size]["height"])
    # Taken back, the words no longer call for it; the activities box is read the same way.
    page.fill("#note", "Long day at work.")
    page.dispatch_event("#note", "input")
    page.locator("#checkin-crisis").wait_for(state="hidden")
    page.fill("#new_activities", "walk, cut myself again")
    page.dispatch_event("#new_activities", "input")
    page.locator("#checkin-crisis").wait_for(state="visible")
    page.click("text=Save check-in")
    page.wait_for_url(re.compile(r"/checkin\?saved=\d+$"))
    assert page.locator("main .crisis a[href^='tel:']").count() >= 1
