"""Reading back what you wrote, in real Chromium at 1280 and 390 px: the whole letter, greeting and all,
and a saved practice in the journal list, step by step."""

from __future__ import annotations

import pytest

from tests.browser.conftest import SHOTS
from tests.browser.test_practice_length_browser import no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::DeprecationWarning")]

WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
LETTER = [
    "It went badly at work.\nI cried in the car.",
    "I had not slept.",
    "Everyone gets things wrong.",
    "Rest tonight. Love, me",
]


def step(page):
    return page.locator(".step:not([hidden])")


def write(page, text: str) -> None:
    step(page).locator("textarea").fill(text)
    page.click("[data-action=next]")


@pytest.mark.parametrize("width", WIDTHS)
def test_the_whole_letter_is_shown_to_read_back_with_its_greeting(page, width):
    page.set_viewport_size(WIDTHS[width])
    page.goto("/practices/compassionate-letter?pace=fast")
    page.click("[data-action=start]")
    write(page, "Ana")
    assert step(page).locator(".letter-lead").inner_text() == "Dear Ana,"
    assert '"Dear Ana,"' in step(page).locator(".step-text").inner_text()
    for part in LETTER:
        write(page, part)
    shown = step(page)
    assert shown.get_attribute("data-id") == "reread"
    parts = shown.locator(".read-back-part:visible")
    assert parts.count() == 4
    assert parts.nth(0).locator("p").first.inner_text() == "Dear Ana,"
    assert [parts.nth(i).locator(".read-back-text").inner_text() for i in range(4)] == LETTER
    box = shown.locator(".read-back").bounding_box()
    assert box["x"] + box["width"] <= WIDTHS[width]["width"]  # nothing runs off a phone
    assert no_axe_violations(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"practice-letter-read-back-{width}.png", full_page=True)
    page.click("[data-action=next]")
    page.click("[data-action=finish]")
    page.wait_for_url("**/practices/sessions/*")
    page.click("main a[href^='/journal/']")
    assert page.inner_text("main").count("Dear Ana,") == 1  # the saved letter begins with its greeting, once


@pytest.mark.parametrize("width", WIDTHS)
def test_a_skipped_part_is_left_out_of_what_you_read_back(page, width):
    page.set_viewport_size(WIDTHS[width])
    page.goto("/practices/expressive-journaling?pace=fast")
    page.click("[data-action=start]")
    page.click("[data-action=next]")
    write(page, "Everything at once.\nA long word: " + "overwhelmed" * 12)
    page.click("[data-action=next]")  # feelings skipped
    shown = step(page)
    assert shown.get_attribute("data-id") == "reply"
    parts = shown.locator(".read-back-part:visible")
    assert parts.count() == 1 and parts.nth(0).inner_text().startswith("Everything at once.\nA long word")
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]
    page.screenshot(path=SHOTS / f"practice-journaling-read-back-{width}.png", full_page=True)


RAIN = {
    "recognize": "Worry, mostly.",
    "investigate-feeling": "Fear of tomorrow's review.",
    "investigate-body": "My chest.",
}


@pytest.mark.parametrize("width", WIDTHS)
def test_a_saved_rain_practice_reads_step_by_step_in_the_journal_list(page, width):
    page.set_viewport_size(WIDTHS[width])
    csrf = page.request.get("/api/csrf").json()["csrf_token"]
    recorded = page.request.post(
        "/api/sessions",
        headers={"X-CSRF-Token": csrf},
        data={"practice_id": "rain", "reached": 10, "outcome": "completed", "answers": RAIN},
    )
    assert recorded.ok, recorded.text()
    page.goto("/journal")
    preview = page.locator(".entry-card .entry-preview").first  # newest first: the one just saved
    assert preview.inner_text() == (
        "RAIN: what I recognised\n\nWorry, mostly.\n\nRAIN: looking closer\n\nFear of tomorrow's review."
        "\n\nRAIN: where I feel it\n\nMy chest."
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"journal-list-rain-{width}.png", full_page=True)


def test_an_echoed_answer_does_not_double_the_punctuation(page):
    page.goto("/practices/compassionate-imagery?pace=fast")
    page.click("[data-action=start]")
    while step(page).get_attribute("data-id") != "challenge":
        page.click("[data-action=next]")
    write(page, "The exam next week.")
    assert "about The exam next week? Write" in step(page).locator(".step-text").inner_text()
