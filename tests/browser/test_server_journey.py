"""Server mode in real Chromium against a real `hearten server run` on PostgreSQL: three people, one journey.

A clinician and a researcher join from invites the admin made on the command line; the
clinician invites a participant, who joins, reads the consent text and shares check-ins
only. The clinician sees the check-in and not the journal; the researcher's export holds
the check-in under a pseudonym; the participant withdraws and asks for deletion; the next
export no longer holds them; and the participant reads who looked.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from tests.browser.server_mode import Person, hearten, init_server
from tests.support.server_process import running_server

pytestmark = pytest.mark.postgres


@pytest.fixture
def server_process(postgres_schema_url, tmp_path):
    """`hearten server init`, an organisation and two staff invites, then `hearten server run --workers 2`."""
    env, port, _ = init_server(postgres_schema_url, tmp_path / "home")
    org = json.loads(hearten(env, "server", "admin", "create-org", "Kind Minds Study", "--json"))["id"]
    invites = {
        role: json.loads(hearten(env, "server", "admin", "invite", "--org", org, "--role", role, "--json"))
        for role in ("clinician", "researcher")
    }
    with running_server(env, workers=2, port=port) as url:
        yield {"url": url, "org": org, "invites": invites}


def test_participant_clinician_and_researcher_each_do_their_whole_job(browser, server_process):
    base, org = server_process["url"], server_process["org"]
    doctor, scientist, person = (Person(browser, base) for _ in range(3))

    # Staff join from the admin's invites, with a second factor.
    doctor_key = doctor.join(server_process["invites"]["clinician"]["url"], "doctor@example.org")
    scientist_key = scientist.join(server_process["invites"]["researcher"]["url"], "scientist@example.org")
    assert doctor_key and scientist_key
    doctor.sign_in("doctor@example.org", doctor_key)
    scientist.sign_in("scientist@example.org", scientist_key)

    # The clinician invites one participant from their page.
    doctor.page.get_by_role("button", name="Invite a participant").first.click()
    invite_url = doctor.page.locator("#invite-url").get_attribute("href")
    assert "code=" in invite_url

    # The participant joins, signs in and reads the consent text before anything is shared.
    assert person.join(invite_url, "pat@example.org") is None  # no second factor for participants
    person.sign_in("pat@example.org")
    person.page.get_by_role("link", name=re.compile("Kind Minds Study: what you share")).click()
    page = person.page
    # A click's navigation may still be loading: wait for the page (raises if it never shows).
    page.get_by_role("heading", name="Nobody watches in real time").wait_for(state="visible", timeout=10_000)
    assert "You are not sharing anything" in page.locator("#consent-status").inner_text()
    page.locator('input[name="scopes"][value="checkins"]').check()
    for other in ("assessments", "practices", "insights", "journal"):
        assert not page.locator(f'input[name="scopes"][value="{other}"]').is_checked()
    page.get_by_role("button", name="I have read this and agree to share what I chose").click()
    assert "You share: check-ins." in page.locator("#consent-status").inner_text()

    page.get_by_label("Mood, 0 (very low) to 10 (very good)").fill("3")
    page.get_by_label("Distress, 0 (none) to 10 (the most)").fill("8")
    page.get_by_label(re.compile("A note, if you like")).fill("a heavy week")
    page.get_by_role("button", name="Save check-in").click()
    page.locator("#my-checkins").wait_for()
    page.get_by_label("Write something").fill("Nobody else reads this.")
    page.get_by_role("button", name="Save entry").click()
    page.locator("#my-entries").wait_for()

    # The clinician sees the check-in and its hard day, and not the journal.
    doctor.page.goto(f"/org/{org}/participants")
    row = doctor.page.locator("tr[data-participant]")
    assert row.count() == 1
    pid = row.get_attribute("data-participant")
    assert row.get_by_role("link", name="journal").count() == 0
    row.get_by_role("link", name="check-ins").click()
    shared = doctor.page.locator("#shared-items").inner_text()
    assert "mood 3, distress 8" in shared and "a heavy week" in shared
    assert "Nobody else reads this." not in doctor.page.content()
    answer = doctor.page.goto(f"/org/{org}/participants/{pid}/journal")
    assert answer.status == 403
    assert doctor.page.get_by_role("heading", name="Not shared").is_visible()
    assert "Nobody else reads this." not in doctor.page.content()

    # The researcher's export holds the check-in, under a pseudonym, and nothing of the journal or the note.
    scientist.page.goto(f"/org/{org}/export")
    before = list(csv.DictReader(io.StringIO(scientist.download("Long-format data (CSV)"))))
    assert {(r["variable"], r["value"]) for r in before} == {
        ("hearten_checkin_mood", "3"),
        ("hearten_checkin_distress", "8"),
    }
    assert {r["scope"] for r in before} == {"checkins"}
    assert all(r["participant_id"].startswith("p-") and pid not in r["participant_id"] for r in before)
    dictionary = scientist.download("REDCap data dictionary (CSV)")
    assert dictionary.startswith("Variable / Field Name,Form Name,")
    assert "hearten_checkin_mood" in dictionary
    codebook = scientist.download("Codebook (Markdown)")
    assert codebook.startswith("# Codebook: Kind Minds Study")

    # The participant withdraws and asks for what they shared to be removed.
    page.goto(f"/org/{org}/consent")
    page.get_by_label(re.compile("Remove what I shared")).check()
    page.get_by_role("button", name="Withdraw my consent").click()
    page.get_by_text("You have withdrawn your consent.").wait_for(state="visible", timeout=10_000)

    # The next export no longer holds them; the clinician sees only that they withdrew.
    scientist.page.goto(f"/org/{org}/export")
    after = scientist.download("Long-format data (CSV)")
    assert after.strip().splitlines() == [
        "participant_id,scope,form,instrument,instrument_version,event_id,variable,item,value,timestamp,source"
    ]
    doctor.page.goto(f"/org/{org}/participants")
    assert "withdrew consent" in doctor.page.locator(f'tr[data-participant="{pid}"]').inner_text()
    answer = doctor.page.goto(f"/org/{org}/participants/{pid}/checkins")
    assert answer.status == 403 and "a heavy week" not in doctor.page.content()

    # The participant reads who looked at what, and when.
    page.goto("/org")
    audit = page.locator("table.audit").inner_text()
    assert re.search(r"doctor@example\.org.*looked at your check-ins", audit)
    assert re.search(r"scientist@example\.org.*exported what you share, as a CSV table", audit)

    doctor.close(
        refused=[(403, f"org/{org}/participants/{pid}/journal"), (403, f"org/{org}/participants/{pid}/checkins")]
    )
    scientist.close()
    person.close()
