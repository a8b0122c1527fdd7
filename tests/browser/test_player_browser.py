"""The practice player in real Chromium at 1280x800 and 390x844: bells on the audio clock while the
page is hidden, pause, "end here", leaving by the navigation, remembered choices, and the steps
as text without JavaScript."""

from __future__ import annotations

import json
import time

import pytest

from hearten.content.loaders import load_practice
from hearten.domain.practice_player import Engine
from tests.browser.conftest import SHOTS, TOKEN, no_axe_violations, serving, signed_in_context, wait_until

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::DeprecationWarning")]

WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
PACE = 0.02  # ?pace=fast: one practice second is 20 ms


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A server of this module's own: the choices it remembers must not reach other tests."""
    from hearten.config import load_settings
    from hearten.web.app import create_app

    settings = load_settings(environ={"HEARTEN_HOME": str(tmp_path_factory.mktemp("player-home"))})
    with serving(create_app(settings, token=TOKEN)) as address:
        yield address


def seconds(shown: str) -> int:
    minutes, rest = shown.split(":")
    return int(minutes) * 60 + int(rest)


def bells(page) -> list[dict]:
    return json.loads(page.get_attribute("#player", "data-bells") or "[]")


def shown_step(page) -> str:
    return page.locator(".step:not([hidden])").get_attribute("data-id")


def session(page, session_id: int) -> dict:
    return next(s for s in page.request.get("/api/sessions").json() if s["id"] == session_id)


def newest_session(page) -> dict | None:
    """The session saved last (by id: a partial session's start is worked out back from its end)."""
    found = page.request.get("/api/sessions?limit=1000").json()
    return max(found, key=lambda s: s["id"]) if found else None


def planned_ends(practice_id: str) -> list[tuple[str, float]]:
    """(step id, seconds from the first timer's start) of each time-up, as the engine plans them."""
    clock = [0.0]
    engine = Engine(load_practice(practice_id), clock=lambda: clock[0])
    engine.start()
    while engine.current.kind != "timed":
        engine.next()
    clock[0] = 10_000.0  # long after: the engine moves through every timer due, each on its own schedule
    return [(event.step_id, event.at) for event in engine.tick() if event.kind == "time_up"]


def hide(page) -> None:
    """The page as a hidden tab or a locked phone sees it: hidden, and then frozen (no timer runs at all)."""
    page.evaluate("""() => {
        Object.defineProperty(document, "visibilityState", {configurable: true, get: () => "hidden"});
        Object.defineProperty(document, "hidden", {configurable: true, get: () => true});
        document.dispatchEvent(new Event("visibilitychange"));
    }""")


def show_again(page) -> None:
    page.evaluate("""() => {
        delete document.visibilityState;
        delete document.hidden;
        document.dispatchEvent(new Event("visibilitychange"));
    }""")


@pytest.mark.parametrize("width", WIDTHS)
def test_bells_are_scheduled_ahead_on_the_audio_clock_and_keep_time_while_the_page_is_hidden(page, width):
    page.set_viewport_size(WIDTHS[width])
    page.goto("/practices/body-monitoring?pace=fast")  # five 45-second timers in a row: 4.5 s at this pace
    page.click("[data-action=start]")
    page.click("[data-action=next]")
    assert shown_step(page) == "feet-legs"
    assert page.get_attribute("#player", "data-wake-lock") in ("held", "refused", "unavailable")
    planned = bells(page)
    hide(page)
    cdp = page.context.new_cdp_session(page)
    cdp.send("Page.setWebLifecycleState", {"state": "frozen"})  # harsher than throttling: no tick at all
    time.sleep(225 * PACE + 1.0)
    cdp.send("Page.setWebLifecycleState", {"state": "active"})
    # Every bell was on the audio clock before the page was hidden, each where the plan puts it.
    plan = planned_ends("body-monitoring")
    assert [(b["step"], b["kind"]) for b in planned] == [(step, "end") for step, _ in plan]
    first = planned[0]["origin"]
    for bell, (step, offset) in zip(planned, plan):
        assert bell["when"] > bell["scheduled_at"], bell  # scheduled ahead, not rung late from a tick
        assert (bell["when"] - first) / PACE == pytest.approx(offset, abs=1e-6), (step, bell)
    for before, after in zip(planned, planned[1:]):
        assert after["origin"] == pytest.approx(before["when"], abs=1e-9)  # no drift from step to step
    # Shown again: the display is brought up to date from the start time, not by counting ticks.
    show_again(page)
    wait_until(page, lambda: shown_step(page) == "tension", timeout_ms=3000)
    assert [b for b in bells(page) if b["cancelled"]] == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"player-after-hidden-{width}.png", full_page=True)
    page.click("[data-action=next]")
    page.click("[data-action=next]")
    page.click("[data-action=finish]")
    page.wait_for_url("**/practices/sessions/*")
    done = session(page, int(page.url.rsplit("/", 1)[1]))
    assert done["completed"] and done["actual_seconds"] == pytest.approx(225)


@pytest.mark.parametrize("width", WIDTHS)
def test_pause_holds_the_timer_and_its_bells_and_end_here_keeps_a_partial_session(page, width):
    page.set_viewport_size(WIDTHS[width])
    page.goto("/practices/mindful-breathing?pace=fast")
    page.click("label[for=length-3]")  # 10 minutes: 12 seconds at this pace
    page.click("[data-action=start]")
    page.click("[data-action=next]")
    page.click("label[for=choice-anchor-3]")  # feet on the floor
    page.click("[data-action=next]")
    timer = page.locator(".step:not([hidden]) [data-time]")
    wait_until(page, lambda: seconds(timer.inner_text()) <= 570)
    page.click("[data-action=pause]")
    assert page.get_attribute("[data-action=pause]", "aria-pressed") == "true"
    assert page.inner_text("[data-action=pause]") == "Resume"
    assert page.inner_text("#player-status") == "Paused. Take all the time you need."
    held = timer.inner_text()
    page.wait_for_timeout(1500)  # 75 practice seconds
    assert timer.inner_text() == held
    assert all(b["cancelled"] for b in bells(page))  # the end bell was taken back while paused
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"player-paused-{width}.png", full_page=True)
    assert no_axe_violations(page)
    page.click("[data-action=pause]")  # resume
    wait_until(page, lambda: any(not b["cancelled"] for b in bells(page)))  # its end bell is back on the clock
    page.click("[data-action=end-here]")
    assert page.inner_text("#end-title") == "You stopped here, and that is fine"
    assert page.is_visible("[data-early-note]")
    page.click("label[for=distress_after-2]")
    page.screenshot(path=SHOTS / f"player-ended-here-{width}.png", full_page=True)
    page.click("[data-action=finish]")
    page.wait_for_url("**/practices/sessions/*")
    assert "stopped part-way" in page.inner_text("main")
    done = session(page, int(page.url.rsplit("/", 1)[1]))
    assert not done["completed"] and done["stopped_reason"] == "abandoned" and done["distress_after"] == 2
    assert 30 <= done["actual_seconds"] < 600 and done["planned_seconds"] == 600
    assert done["answers"] == {"anchor": "your feet on the floor"}


@pytest.mark.parametrize("width", WIDTHS)
def test_leaving_by_the_navigation_asks_first_and_keeps_the_partial_session(page, width):
    page.set_viewport_size(WIDTHS[width])
    before = newest_session(page)
    page.goto("/practices/mindful-breathing?pace=fast")
    page.click("label[for=length-1]")  # 3 minutes
    page.click("[data-action=start]")
    page.click("[data-action=next]")
    page.click("[data-action=next]")
    wait_until(page, lambda: seconds(page.locator(".step:not([hidden]) [data-time]").inner_text()) <= 160)
    page.click("a[href='/journal']:visible")
    assert page.is_visible("#leave-dialog")
    assert page.inner_text("[data-action=pause]") == "Resume"  # the timer waits while you decide
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"player-leave-dialog-{width}.png")
    assert no_axe_violations(page)
    page.click("[data-stay]")
    assert not page.is_visible("#leave-dialog") and "/practices/mindful-breathing" in page.url
    assert page.inner_text("[data-action=pause]") == "Pause"  # and runs on when you stay
    page.click("a[href='/journal']:visible")
    page.click("[data-leave]")
    page.wait_for_url("**/journal")
    kept = newest_session(page)
    assert kept is not None and kept != before and kept["practice_id"] == "mindful-breathing"
    assert not kept["completed"] and 20 <= kept["actual_seconds"] < 180


def test_help_stays_one_tap_away_mid_practice(page):
    page.goto("/practices/mindful-breathing?pace=fast")
    page.click("[data-action=start]")
    page.click("[data-action=next]")
    page.click("[data-action=next]")
    page.click("a.help-link")  # no question in the way of help; what was done is still kept
    page.wait_for_url("**/help")
    wait_until(page, lambda: (newest_session(page) or {}).get("stopped_reason") == "abandoned")


def test_closing_or_reloading_mid_practice_asks_and_keeps_the_partial_session(page):
    page.goto("/practices/self-talk-30-30?pace=fast")
    page.click("[data-action=start]")
    page.click("[data-action=next]")
    page.fill("#answer-regret-choice", "snapping at my brother")
    page.click("[data-action=next]")
    asked = []
    page.on("dialog", lambda dialog: (asked.append(dialog.type), dialog.accept()))
    page.goto("/")  # typed into the address bar, say
    assert asked == ["beforeunload"]
    wait_until(page, lambda: (newest_session(page) or {}).get("practice_id") == "self-talk-30-30")
    kept = newest_session(page)
    assert not kept["completed"] and kept["answers"] == {"regret-choice": "snapping at my brother"}


def test_bell_length_and_interval_choices_are_remembered_and_interval_bells_keep_to_the_plan(page):
    page.set_viewport_size(WIDTHS["desktop"])
    page.goto("/practices/mindful-breathing?pace=fast")
    page.click("label[for=length-1]")  # 3 minutes
    page.select_option("#bell-interval", "1")  # a bell every minute
    page.fill("#bell-volume", "30")
    page.click("[data-action=start]")
    page.click("[data-action=next]")
    page.click("[data-action=next]")
    wait_until(page, lambda: len(bells(page)) == 3)
    found = bells(page)
    assert [(b["kind"], b["offset"]) for b in found] == [("interval", 60), ("interval", 120), ("end", 180)]
    for bell in found:
        assert (bell["when"] - bell["origin"]) / PACE == pytest.approx(bell["offset"], abs=1e-6)
    page.click("[data-action=end-here]")
    page.click("[data-action=finish]")
    page.wait_for_url("**/practices/sessions/*")
    page.goto("/practices/mindful-breathing")
    assert page.is_checked("#length-1")
    assert page.input_value("#bell-interval") == "1" and page.input_value("#bell-volume") == "30"
    assert page.is_checked("#bell-on")
    page.uncheck("#bell-on")
    page.click("label[for=length-open]")
    page.click("[data-action=start]")
    page.click("[data-action=next]")
    page.click("[data-action=next]")
    page.wait_for_timeout(500)
    assert bells(page) == []  # the bell is off: nothing is scheduled
    page.click("[data-action=end-here]")
    page.click("[data-action=finish]")
    page.wait_for_url("**/practices/sessions/*")
    page.goto("/practices/mindful-breathing")
    assert page.is_checked("#length-open") and not page.is_checked("#bell-on")


def test_a_bad_choice_is_refused_in_plain_words(page):
    page.goto("/practices/mindful-breathing")
    token = page.get_attribute("meta[name=csrf-token]", "content")
    answer = page.request.post("/practices/choices", data={"bell_volume": 300}, headers={"X-CSRF-Token": token})
    assert answer.status == 400 and "bell_volume" in answer.text()
    answer = page.request.post("/practices/choices", data={"practice_length": "ten"}, headers={"X-CSRF-Token": token})
    assert answer.status == 400 and "practice length" in answer.text()
    assert page.request.post("/practices/choices", data={"bell_volume": 50}).status == 403  # no token, no change


@pytest.mark.parametrize("width", WIDTHS)
def test_without_javascript_the_steps_are_readable_as_text(browser, server, width):
    context = signed_in_context(browser, base_url=server, java_script_enabled=False, viewport=WIDTHS[width])
    page = context.new_page()
    try:
        page.goto("/practices/rain")
        listed = page.locator(".steps-as-text > li")
        assert listed.count() == len(load_practice("rain").steps)
        assert listed.first.is_visible()
        text = page.inner_text(".steps-as-text")
        assert "Recognise" in text and "Nurture" in text and "30 seconds" in text
        assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SHOTS / f"player-no-javascript-{width}.png", full_page=True)
    finally:
        context.close()
