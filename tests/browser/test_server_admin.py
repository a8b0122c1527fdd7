"""The admin's pages in real Chromium against a real `hearten server run` on PostgreSQL: the admin makes
an organisation and a clinician invite in the page, and the clinician joins with it and signs in.
The pages are also looked at 1280 and 390 pixels wide: nothing may run off the side."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.browser.server_mode import Person, init_server
from tests.support.server_process import running_server

pytestmark = pytest.mark.postgres
NARROW = {"width": 390, "height": 844}
SECRET = re.compile(r"shown only once: ([A-Z2-7]+)")


@pytest.fixture
def bare_server(postgres_schema_url, tmp_path):
    """`hearten server init` and nothing else: the admin does the rest in the browser."""
    env, port, said = init_server(postgres_schema_url, tmp_path / "home")
    admin_key = SECRET.search(said).group(1)
    with running_server(env, workers=2, port=port) as url:
        yield {"url": url, "admin_key": admin_key}


def look(page, folder: Path, name: str):
    """A screenshot at 1280 and at 390 pixels, and no sideways scrolling at either."""
    for label, size in (("wide", {"width": 1280, "height": 900}), ("narrow", NARROW)):
        page.set_viewport_size(size)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{name} runs {overflow}px off the side at {size['width']}px"
        page.screenshot(path=str(folder / f"{name}-{label}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_an_admin_makes_an_org_and_an_invite_in_the_page_and_a_clinician_joins(browser, bare_server, tmp_path):
    shots = Path(os.environ.get("HEARTEN_SERVER_SHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    admin, doctor = Person(browser, bare_server["url"]), Person(browser, bare_server["url"])

    admin.sign_in("admin@example.org", bare_server["admin_key"])
    page = admin.page
    page.get_by_role("link", name="Admin", exact=True).click()
    page.get_by_role("heading", name="Admin", exact=True).wait_for()
    assert "There are no organisations yet." in page.content()
    look(page, shots, "admin-empty")

    page.get_by_label("Name of the clinic or study").fill("Lighthouse Clinic")
    page.get_by_role("button", name="Create the organisation").click()
    page.get_by_role("heading", name="Lighthouse Clinic").wait_for()
    assert "The organisation is made" in page.get_by_role("status").inner_text()

    page.get_by_label("Role").select_option("clinician")
    page.get_by_role("button", name="Make an invite").click()
    page.get_by_role("heading", name="An invite for one clinician").wait_for()
    invite_url = page.locator("#invite-url").get_attribute("href")
    code = page.locator("#invite-code").inner_text()
    assert invite_url.endswith(f"code={code}") and "UTC" in page.content()
    look(page, shots, "admin-invite")

    # The clinician opens the link, joins with a second factor, signs in and lands in the organisation.
    doctor_key = doctor.join(invite_url, "doctor@example.org")
    assert doctor_key
    doctor.sign_in("doctor@example.org", doctor_key)
    doctor.page.get_by_role("link", name="Lighthouse Clinic: participants").click()
    doctor.page.get_by_role("heading", name="Participants at Lighthouse Clinic").wait_for()
    assert doctor.page.get_by_role("link", name="Admin", exact=True).count() == 0

    # The admin sees them listed, and the organisation on the admin's first page.
    page.get_by_role("link", name="Back to the organisation").click()
    row = page.locator('tr[data-email="doctor@example.org"]')
    assert "clinician" in row.inner_text()
    look(page, shots, "admin-org")
    page.get_by_role("navigation").get_by_role("link", name="Admin").click()
    assert page.get_by_role("link", name="Lighthouse Clinic").is_visible()
    look(page, shots, "admin-home")

    # Signed out everywhere from the organisation's page: the clinician's next page asks them to sign in.
    page.get_by_role("link", name="Lighthouse Clinic").click()
    page.locator('tr[data-email="doctor@example.org"]').get_by_role("button", name="Sign out everywhere").click()
    assert "doctor@example.org is signed out everywhere" in page.get_by_role("status").inner_text()
    doctor.page.reload()
    doctor.page.get_by_role("heading", name="Sign in").wait_for()

    # And the clinician's second factor, reset in the page, gives a one-time link.
    page.locator('tr[data-email="doctor@example.org"]').get_by_role("button", name="Reset second factor").click()
    page.get_by_role("heading", name="doctor@example.org's second factor is reset").wait_for()
    assert "/reset?code=" in page.locator("#reset-url").get_attribute("href")
    look(page, shots, "admin-reset")

    admin.close()
    doctor.close()
