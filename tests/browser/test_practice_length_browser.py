"""Choosing how long to practise in real Chromium at 1280 and 390 px: a length, or for as long as you choose."""

from __future__ import annotations

import pytest

from tests.browser.conftest import SHOTS, no_axe_violations, wait_until

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::DeprecationWarning")]

WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


def last_session(page) -> dict:
    page.wait_for_url("**/practices/sessions/*")
    session_id = int(page.url.rsplit("/", 1)[1])
    return next(s for s in page.request.get("/api/sessions").json() if s["id"] == session_id)


def to_the_timer(page) -> None:
    page.click("[data-action=start]")
    while page.locator(".step:not([hidden])").get_attribute("data-kind") != "timed":
        page.click("[data-action=next]")


def forget_the_length(page) -> None:
    """The player remembers the last length chosen: start from the practice's own."""
    page.goto("/practices")
    token = page.get_attribute("meta[name=csrf-token]", "content")
    assert page.request.post("/practices/choices", data={"practice_length": ""}, headers={"X-CSRF-Token": token}).ok


@pytest.mark.parametrize("width", WIDTHS)
def test_as_long_as_you_choose_counts_up_and_is_recorded(page, width):
    page.set_viewport_size(WIDTHS[width])
    forget_the_length(page)
    page.goto("/practices/mindful-breathing?pace=fast")
    assert page.is_checked("#length-2")  # 5 minutes, as written
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]
    assert no_axe_violations(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"practice-length-choice-{width}.png", full_page=True)
    page.click("label[for=length-open]")
    to_the_timer(page)
    timer = page.locator(".step:not([hidden])")
    assert timer.locator("[data-timer-note]").inner_text() == "as long as you like"
    wait_until(page, lambda: timer.locator("[data-time]").inner_text() >= "0:20")
    page.screenshot(path=SHOTS / f"practice-open-ended-{width}.png", full_page=True)
    page.click("[data-action=next]")  # move on from the sit
    page.click("[data-action=next]")
    page.click("[data-action=finish]")
    session = last_session(page)
    assert session["completed"] and session["planned_seconds"] == 0 and session["actual_seconds"] >= 20


@pytest.mark.parametrize("width", WIDTHS)
def test_a_chosen_length_sets_the_timer(page, width):
    page.set_viewport_size(WIDTHS[width])
    page.goto("/practices/mindful-breathing?pace=fast")
    page.click("label[for=length-1]")  # 3 minutes
    to_the_timer(page)
    shown = page.locator(".step:not([hidden]) [data-time]").inner_text()
    assert shown.startswith("2:") or shown == "3:00"
    wait_until(page, lambda: page.locator(".step:not([hidden])").get_attribute("data-kind") != "timed")
    page.click("[data-action=next]")
    page.click("[data-action=finish]")
    session = last_session(page)
    assert session["planned_seconds"] == 180 and session["actual_seconds"] == 180
