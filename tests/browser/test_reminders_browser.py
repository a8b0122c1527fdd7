"""Reminders in a real Chromium tab: the browser's notification, once allowed, and the quiet line on Home."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from tests.browser.conftest import DESKTOP, SHOTS, TOKEN, serving, signed_in_context

pytestmark = pytest.mark.browser

# Records each notification the page makes, then lets the browser's own Notification make it.
SPY = """
(() => {
  const Real = window.Notification;
  if (!Real) { return; }
  window.__shown = [];
  function Spy(title, options) {
    window.__shown.push({title: title, body: options && options.body, tag: options && options.tag});
    return new Real(title, options);
  }
  Object.defineProperty(Spy, "permission", {get: () => Real.permission});
  Spy.requestPermission = (...args) => Real.requestPermission(...args);
  window.Notification = Spy;
})();
"""


class RunningClock:
    """The server's clock: real time, moved to read `start` now (and again at `restart`), so timers in the page
    really run."""

    def __init__(self, start: datetime):
        self.start = start
        self.restart()

    def restart(self) -> None:
        """Read `start` from this moment: the seconds before 09:00 are then the page's own, whatever setting up
        the server and signing the browser in took on a busy machine."""
        self.offset = self.start - datetime.now(UTC)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset


@pytest.fixture
def served(tmp_path, monkeypatch):
    """A server of its own, with a clock the test sets and Berlin's time zone."""
    from hearten.config import load_settings
    from hearten.web.app import create_app

    monkeypatch.setenv("TZ", "Europe/Berlin")
    settings = load_settings(environ={"HEARTEN_HOME": str(tmp_path / "home")})
    # 08:59:50 in Berlin, on a Wednesday, from when the test opens Home: ten seconds to load it before 09:00
    clock = RunningClock(datetime(2026, 6, 3, 6, 59, 50, tzinfo=UTC))
    app = create_app(settings, clock=clock, token=TOKEN)
    with serving(app) as address:
        yield address, settings, clock


def open_page(browser, base, *, allow: bool):
    context = signed_in_context(browser, viewport=DESKTOP, base_url=base)
    if allow:
        context.grant_permissions(["notifications"], origin=base)
    context.add_init_script(SPY)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    return context, page, errors


def test_an_open_tab_shows_the_invitation_once_allowed(browser, served):
    base, settings, clock = served
    from hearten.services import reminders

    reminders.add_reminder(settings, at="09:00", days="daily", target="checkin")
    reminders.add_reminder(settings, at="08:30", days="wed", target="practice:grounding")
    context, page, errors = open_page(browser, base, allow=True)
    try:
        clock.restart()
        page.goto("/")
        # 08:30 came due half an hour ago: the quiet line on Home offers it, once
        line = page.locator("[data-reminder-line]")
        line.wait_for(state="visible")
        assert line.inner_text() == "If you have a moment, Grounding is here. It is fine to let this one pass. Open it"
        assert line.locator("a").get_attribute("href") == "/practices/grounding"
        # 09:00 comes a few seconds after the page opened: the browser's own notification shows it
        deadline = time.monotonic() + 30
        while not page.evaluate("() => window.__shown.length") and time.monotonic() < deadline:
            page.wait_for_timeout(200)
        shown = page.evaluate("window.__shown")
        assert shown == [
            {
                "title": "hearten",
                "body": "If you have a moment, a short check-in is here. It is fine to let this one pass.",
                "tag": "hearten-reminder-1",
            }
        ]
        page.goto("/settings#reminders")
        assert page.locator("[data-notify-status]").inner_text() == "Notifications are allowed in this browser."
        assert page.locator("[data-notify-allow]").is_hidden()
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.locator("#reminders").screenshot(path=str(SHOTS / "settings-reminders.png"))
    finally:
        context.close()
    assert not errors, errors


def test_without_permission_no_notification_but_the_quiet_line_still_shows(browser, served):
    base, settings, clock = served
    from hearten.services import reminders

    reminders.add_reminder(settings, at="08:00", days="daily", target="journal")
    reminders.add_reminder(settings, at="09:00", days="daily", target="checkin")
    context, page, errors = open_page(browser, base, allow=False)
    try:
        page.goto("/settings#reminders")
        assert page.locator("[data-notify-allow]").is_visible()  # the person is asked, never assumed
        clock.restart()
        page.goto("/")
        page.locator("[data-reminder-line]").wait_for(state="visible")
        assert "your journal is here" in page.locator("[data-reminder-line]").inner_text()
        nine = datetime(2026, 6, 3, 7, 0, 1, tzinfo=UTC)
        page.wait_for_timeout(max(0, (nine - clock()).total_seconds()) * 1000 + 500)  # past 09:00 on the server's clock
        assert page.evaluate("window.__shown") == []
    finally:
        context.close()
    assert not errors, errors


def test_the_settings_form_adds_a_reminder(browser, served):
    base, settings, clock = served
    context, page, errors = open_page(browser, base, allow=False)
    try:
        page.goto("/settings")
        page.fill("#reminder-at", "07:45")
        page.click("label[for=reminder-day-sat]")  # the chips are labels over hidden boxes
        page.click("label[for=reminder-day-sun]")
        assert not page.is_checked("#reminder-day-sat")
        page.select_option("#reminder-target", "assessment")
        page.click("text=Add reminder")
        page.wait_for_url("**/settings?reminder=added#reminders")
        assert "07:45, weekdays" in page.locator(".reminder-row").inner_text()
        page.click(".reminder-row button")
        page.wait_for_url("**/settings?reminder=removed#reminders")
        assert page.locator(".reminder-row").count() == 0
    finally:
        context.close()
    assert not errors, errors


def test_after_a_hard_day_the_line_on_home_leaves_out_a_reminder_to_take_a_questionnaire(browser, served):
    base, settings, clock = served
    from hearten import services
    from hearten.services import reminders
    from hearten.store import open_store

    reminders.add_reminder(settings, at="08:00", days="daily", target="checkin")
    reminders.add_reminder(settings, at="08:30", days="daily", target="assessment")
    context, page, errors = open_page(browser, base, allow=False)
    try:
        clock.restart()
        page.goto("/")
        line = page.locator("[data-reminder-line]")
        line.wait_for(state="visible")
        assert "the self-compassion reflection is here" in line.inner_text()  # a calm day: the newest reminder
        store = open_store(settings)
        try:
            services.add_checkin(store, at=clock(), distress=9)
        finally:
            store.close()
        page.goto("/")
        line.wait_for(state="visible")
        # the help at the top, and beside it the check-in's reminder, not the questionnaire's
        assert page.locator(".crisis").first.is_visible()
        assert "a short check-in is here" in line.inner_text()
        assert line.locator("a").get_attribute("href") == "/checkin"
    finally:
        context.close()
    assert not errors, errors
