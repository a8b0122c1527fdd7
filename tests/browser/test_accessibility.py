"""axe-core finds nothing on any page, light or dark; a screenshot of every page at desktop and phone width."""

from __future__ import annotations

import pytest

from hearten.web.pages import PAGES as REGISTERED
from tests.browser.conftest import DESKTOP, PHONE, SHOTS, no_axe_violations, signed_in_context

pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore::DeprecationWarning")]

PAGES = {page.name: page.example for page in REGISTERED}


@pytest.fixture(scope="module")
def filled(browser, server):
    """Some data, entered through the pages, so every page has something to show."""
    context = signed_in_context(browser, base_url=server)
    page = context.new_page()
    page.goto("/journal/new")
    page.fill("#text", "I messed up the meeting. I am so stupid. Everyone else always gets it right.")
    page.click("text=Save entry")
    page.goto("/checkin")
    page.click("label[for=mood-6]")
    page.click("label[for=distress-3]")
    page.fill("#new_activities", "walk, saw friends")  # so the check-in page offers them as checkboxes
    page.click("text=Save check-in")
    page.goto("/assessments/self-compassion-checkin/take")
    for fieldset in page.locator("fieldset.item").all():
        fieldset.locator("label.option").nth(2).click()
    page.click("text=See my results")
    page.wait_for_url("**/assessments/self-compassion-checkin?taken=*")
    csrf = page.request.get("/api/csrf").json()["csrf_token"]
    recorded = page.request.post(
        "/api/sessions",
        headers={"X-CSRF-Token": csrf},
        data={
            "practice_id": "self-talk-30-30",
            "reached": 6,
            "outcome": "completed",
            "timings": {"regret": 30, "kindness": 30},
            "answers": {"words": "You did your best."},
        },
    )
    assert recorded.ok, recorded.text()
    context.close()
    return server


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(PAGES))
def test_no_axe_violations_and_a_screenshot(browser, filled, name, scheme):
    SHOTS.mkdir(parents=True, exist_ok=True)
    for size, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        context = signed_in_context(browser, viewport=viewport, base_url=filled, color_scheme=scheme)
        page = context.new_page()
        page.goto(PAGES[name])
        page.emulate_media(color_scheme=scheme)
        page.screenshot(path=SHOTS / f"{name}-{size}-{scheme}.png", full_page=True)
        if size == "desktop" or name in ("home", "player", "checkin"):
            no_axe_violations(page)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{name} scrolls sideways at {size} width ({overflow}px)"
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_open_the_link_page_is_kind_and_accessible(browser, server, scheme):
    """What a browser without the printed link sees, on any page."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for size, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        context = browser.new_context(viewport=viewport, base_url=server, color_scheme=scheme)
        page = context.new_page()
        response = page.goto("/journal")
        assert response.status == 401
        assert "Open the link hearten printed in your terminal" in page.inner_text("h1")
        page.screenshot(path=SHOTS / f"open-the-link-{size}-{scheme}.png", full_page=True)
        no_axe_violations(page)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"the open-the-link page scrolls sideways at {size} width ({overflow}px)"
        context.close()
