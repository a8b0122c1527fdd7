"""What a person does, in a real browser: write, practise, take a check-in, stop gently, export."""

from __future__ import annotations

import json
import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::DeprecationWarning")]


def test_harsh_sentence_is_highlighted_as_you_type(page):
    page.goto("/journal/new")
    page.fill("#text", "Today was long. I am so stupid. I always ruin everything.")
    page.locator("#live-notes mark.hl-harsh").first.wait_for()
    assert "I am so stupid" in page.locator("#live-notes mark.hl-harsh").first.inner_text()
    assert page.locator("#live-list li").count() >= 1
    page.click("text=Save entry")
    page.wait_for_url(re.compile(r"/journal/\d+$"))
    assert page.locator(".entry mark.hl-harsh").count() >= 1
    assert page.locator("text=Would you say this to a friend").count() == 1


def test_crisis_words_show_help_while_writing(page):
    page.goto("/journal/new")
    page.fill("#text", "I want to die.")
    page.locator("#live-crisis").wait_for(state="visible")


def test_self_talk_30_30_runs_and_is_recorded(page):
    page.goto("/practices/self-talk-30-30?pace=fast")
    page.click("label[for=distress_before-5]")
    page.click("[data-action=start]")
    page.click("[data-action=next]")  # begin
    page.fill("#answer-regret-choice", "I snapped at my sister")
    page.click("[data-action=next]")
    # Two 30-second timers run by themselves at the fast pace, then the prompt appears.
    page.locator("#answer-words").wait_for(state="visible", timeout=15_000)
    page.fill("#answer-words", "You were exhausted, and you love her. You can make it right.")
    page.click("[data-action=next]")
    page.click("[data-action=next]")  # the closing words
    page.click("label[for=distress_after-3]")
    page.click("[data-action=finish]")
    page.wait_for_url(re.compile(r"/practices/sessions/\d+$"))
    assert "Thank you for taking this time" in page.content()
    assert "1 minute of practice" in page.inner_text("main")
    page.goto("/practices/history")
    assert "30 seconds, then 30 seconds of kindness" in page.inner_text("main")
    page.goto("/journal")
    assert "You were exhausted" in page.inner_text("main")


def test_pause_and_resume_hold_the_timer(page):
    page.goto("/practices/mindful-breathing")
    page.click("[data-action=start]")
    while page.locator(".step:not([hidden])").get_attribute("data-kind") != "timed":
        page.click("[data-action=next]")
    page.click("[data-action=pause]")
    shown = page.inner_text(".step:not([hidden]) [data-time]")
    page.wait_for_timeout(1200)
    assert page.inner_text(".step:not([hidden]) [data-time]") == shown
    page.click("[data-action=pause]")  # now "Resume"
    page.wait_for_timeout(1200)
    assert page.inner_text(".step:not([hidden]) [data-time]") != shown


def test_too_much_lands_on_help(page):
    page.goto("/practices/self-talk-30-30?pace=fast")
    page.click("[data-action=start]")
    page.click("[data-action=too-much]")
    page.wait_for_url("**/help?from=practice&practice=self-talk-30-30")
    assert "Take a breath" in page.inner_text("main")
    assert page.locator("a[href^='/practices/grounding']").count() >= 1


def test_self_compassion_checkin_shows_on_the_chart(page):
    page.goto("/assessments/self-compassion-checkin/take")
    for fieldset in page.locator("fieldset.item").all():
        fieldset.locator("label.option").nth(3).click()
    page.click("text=See my results")
    page.wait_for_url(re.compile(r"/assessments/self-compassion-checkin\?taken=\d+"))
    chart = page.locator(".chart svg").first
    assert chart.locator("circle").count() >= 1
    assert "Overall" in page.inner_text("main")


def test_export_downloads_everything(page, tmp_path):
    page.goto("/settings")
    page.check("#export-json")  # JSON is chosen already; ticked again as a person might
    with page.expect_download() as download:
        page.click("text=Download the copy")
    saved = tmp_path / "export.json"
    download.value.save_as(saved)
    document = json.loads(saved.read_text())
    assert document["format"] == "hearten-export"


def test_keyboard_only_check_in(page):
    page.goto("/checkin")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    page.focus("#mood-0")
    for _ in range(7):
        page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.id") == "mood-7"
    page.focus("#note")
    page.keyboard.type("typed without a mouse")
    page.keyboard.press("Shift+Tab")  # back into the form is fine; submit with Enter on the button
    page.focus("button:has-text('Save check-in')")
    page.keyboard.press("Enter")
    page.wait_for_url("**/checkin?saved=*")
    assert "Check-in saved" in page.inner_text("main")
