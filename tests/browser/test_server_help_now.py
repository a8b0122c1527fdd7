"""Server mode in real Chromium: after a hard check-in or crisis words, help is on the page at once, in view,
with the lines themselves and grounding one click away, at desktop and phone width."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import DESKTOP, PHONE, no_axe_violations, serving
from tests.browser.server_mode import PASSWORD, sign_in

pytestmark = pytest.mark.postgres
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture
def participant_server(postgres_schema_url):
    from hearten.server import accounts
    from hearten.server.app import create_server_app
    from hearten.server.config import ServerSettings
    from hearten.server.store import ServerStore

    settings = ServerSettings(
        database_url=postgres_schema_url,
        allowed_hosts=("127.0.0.1", "localhost"),
        cookie_secure=False,
        pool_size=2,
        public_url="http://127.0.0.1",
        server_key=bytes(range(32)),
    )
    store = ServerStore(settings.database_url, pool_size=2)
    try:
        accounts.init_server(store, settings, admin_email="admin@example.org", password=PASSWORD)
        org = accounts.create_org(store, name="Kind Minds Study")
        code = accounts.create_invite(store, settings, org_id=org, role="participant")["code"]
        accounts.accept_invite(store, settings, code=code, email="pat@example.org", password=PASSWORD)
        with serving(create_server_app(settings, store=store)) as url:
            yield url, org
    finally:
        store.close()


@pytest.mark.parametrize(("size", "viewport"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_help_is_in_view_after_a_hard_check_in_and_after_crisis_words(browser, participant_server, size, viewport):
    base, org = participant_server
    context = browser.new_context(viewport=viewport, base_url=base)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    sign_in(page, "pat@example.org")
    page.goto(f"/org/{org}/consent")

    page.get_by_label("Distress, 0 (none) to 10 (the most)").fill("9")
    page.get_by_role("button", name="Save check-in").click()
    box = page.locator("#help-now")
    box.wait_for()
    heading = box.get_by_role("heading", name="That sounds like a lot to be carrying right now.")
    assert heading.is_visible() and heading.bounding_box()["y"] < viewport["height"]  # in view, no scrolling
    call = box.locator('a[href="tel:112"]')
    assert call.is_visible() and call.bounding_box()["height"] >= 44  # a large tap target
    assert not box.get_by_text("Feel your feet on the floor").is_visible()
    box.get_by_text("A short grounding practice, right here").click()  # one action
    assert box.get_by_text("Feel your feet on the floor").is_visible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"server-help-now-checkin-{size}.png", full_page=True)
    no_axe_violations(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways at {size} width ({overflow}px)"

    page.get_by_label("Write something").fill("I can't go on anymore. I want to end my life.")
    page.get_by_role("button", name="Save entry").click()
    page.wait_for_url("**saved=entry**")
    crisis = page.locator("#help-now")
    assert crisis.get_by_role("heading", name="You don't have to carry this alone").is_visible()
    assert crisis.bounding_box()["y"] < viewport["height"]
    crisis.get_by_label("Lines for your country").select_option("GB")
    crisis.get_by_role("button", name="Show its lines").click()
    page.wait_for_url("**country=GB**")
    assert page.locator("#help-now").get_by_text("Samaritans").first.is_visible()
    page.screenshot(path=SHOTS / f"server-help-now-entry-{size}.png", full_page=True)
    assert not errors
    context.close()
