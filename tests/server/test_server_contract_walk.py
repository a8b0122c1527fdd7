"""What a walk through the server's contract from a fresh install found missing, held in place.

The participant's routes answer in the local app's shapes, with the same meaning: a practice that
writes journal entries names them, and "too much" leads to the help lines. And since nobody at the
organisation watches in real time, the consent answer says what to do in a crisis and lists the lines.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.server.conftest import PASSWORD

from hearten import messages

pytestmark = pytest.mark.postgres
LETTER = {
    "name": "Sam",
    "happened": "I missed the deadline and said sorry badly.",
    "hard": "Too much landed at once.",
    "everyone": "People slip when they are stretched.",
    "wish": "Be gentle with yourself this week.",
}


def test_a_practice_that_writes_to_the_journal_names_its_entries(client_for, world):
    org = world.orgs[0]
    me = client_for("participant1")
    recorded = me.post(
        "/api/v1/sessions",
        json={"practice_id": "compassionate-letter", "reached": 6, "outcome": "completed", "answers": LETTER},
    )
    assert recorded.status_code == 201, recorded.text
    entries = recorded.json()["entries"]
    assert len(entries) == 1 and all(isinstance(entry_id, int) for entry_id in entries)
    # The id is a real one of theirs: sharing that entry on its own shows the letter to the clinician.
    me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["checkins"]})
    assert me.put(f"/api/v1/entries/{entries[0]}/shared", json={"shared": True}).status_code == 204
    pid = world.people["participant1"]["id"]
    shared = client_for("clinician1").get(f"/api/v1/orgs/{org}/participants/{pid}/journal")
    assert shared.status_code == 200 and "I missed the deadline" in shared.text


def test_a_practice_without_journal_steps_names_no_entries(client_for):
    me = client_for("participant1")
    recorded = me.post(
        "/api/v1/sessions", json={"practice_id": "mindful-breathing", "reached": 0, "outcome": "stopped"}
    )
    assert recorded.status_code == 201, recorded.text
    assert recorded.json()["entries"] == [] and recorded.json()["next"] == "/org"


def test_too_much_leads_to_the_page_with_the_help_lines(client_for, world):
    org = world.orgs[0]
    me = client_for("participant1")
    recorded = me.post(
        "/api/v1/sessions",
        json={"practice_id": "mindful-breathing", "reached": 1, "outcome": "too_much", "distress_before": 9},
    )
    assert recorded.status_code == 201, recorded.text
    answer = recorded.json()
    assert answer["safety"]["show_help"] is True
    page, _, anchor = answer["next"].partition("#")
    assert page == f"/org/{org}/consent?saved=practice&id={answer['session']['id']}" and anchor == "help-now"
    shown = me.get(page)
    assert shown.status_code == 200 and f'id="{anchor}"' in shown.text and "Find a helpline" in shown.text
    assert 'href="tel:' in shown.text.split(f'id="{anchor}"')[1].split("</section>")[0]  # the lines themselves


@pytest.mark.parametrize(
    "run",
    [
        {"answers": {"words": "Everyone would be better off without me."}, "distress_before": 4, "distress_after": 4},
        {"distress_before": 3, "distress_after": 9},
        {"distress_before": 2, "distress_after": 6},
    ],
    ids=["crisis words in an answer", "distress 9 after", "distress up by 4"],
)
def test_any_practice_that_calls_for_help_leads_to_the_lines(client_for, world, run):
    org = world.orgs[0]
    me = client_for("participant1")
    recorded = me.post(
        "/api/v1/sessions",
        json={"practice_id": "self-talk-30-30", "reached": 6, "outcome": "completed", **run},
    )
    assert recorded.status_code == 201, recorded.text
    answer = recorded.json()
    assert answer["safety"]["show_help"] is True
    page, _, anchor = answer["next"].partition("#")
    assert anchor == "help-now" and page.startswith(f"/org/{org}/consent?saved=practice&id=")
    shown = me.get(page).text
    box = shown.split('id="help-now"')[1].split("</section>")[0]
    assert 'href="tel:' in box
    if answer["safety"]["reason"] == "crisis":
        assert "You don't have to carry this alone" in box
    else:
        assert answer["safety"]["words"][0] in box and "grounding" in box
    assert "not yet checked" not in box  # the crisis box never casts doubt on a number (domain.safety)


def test_an_assessment_answers_with_the_local_app_s_safety_decision(client_for):
    me = client_for("participant1")
    hard = {"anxiety": 10, "low_mood": 10, "rumination": 10, "perfectionism": 10}
    items = {
        item: 5 for item in ("life_satisfaction", "feeling_connected", "coping_with_failure", "motivation_to_grow")
    }
    taken = me.post("/api/v1/assessments", json={"instrument": "wellbeing-weekly", "answers": {**items, **hard}})
    calm = me.post(
        "/api/v1/assessments", json={"instrument": "wellbeing-weekly", "answers": {**items, **{k: 1 for k in hard}}}
    )
    assert taken.status_code == calm.status_code == 201, taken.text
    assert taken.json()["safety"]["show_help"] is True and taken.json()["safety"]["offer_grounding"] is True
    assert calm.json()["safety"]["show_help"] is False


def test_help_is_one_tap_from_every_page_signed_in_or_not(client_for, world):
    stranger = client_for()
    shown = stranger.get("/help?country=GB")
    assert shown.status_code == 200 and 'href="tel:' in shown.text and "Samaritans" in shown.text
    assert "grounding" in shown.text and ("not yet checked" in shown.text or "checked " in shown.text)
    assert 'href="/help"' in stranger.get("/login").text
    assert 'href="/help"' in client_for("participant1").get("/org").text
    anywhere = stranger.get("/help").text
    assert 'name="country"' in anywhere  # no country yet: a picker


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_the_consent_answer_says_what_to_do_in_a_crisis(client_for, world, method):
    org = world.orgs[0]
    me = client_for("participant1")
    me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["checkins"]})
    sent = {"json": {"version": 1, "scopes": ["checkins"]}} if method == "PUT" else {}
    query = "?shared=keep" if method == "DELETE" else ""
    answer = me.request(method, f"/api/v1/orgs/{org}/consent{query}", **sent)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["nobody_watches"] == messages.SERVER_NOBODY_WATCHES
    assert body["in_a_crisis"] == messages.SERVER_IN_A_CRISIS
    lines = [line for section in body["help_lines"] for line in section["lines"]]
    assert any(line["name"] == "Find a helpline" and line["web"] for line in lines)
    assert {"United Kingdom", "United States"} <= {section["heading"] for section in body["help_lines"]}
    assert set(lines[0]) == {"name", "phone", "text", "web", "hours"}


def test_the_crisis_words_and_lines_are_documented(app):
    shape = app.openapi()["components"]["schemas"]["ConsentOut"]["properties"]
    assert {"nobody_watches", "in_a_crisis", "help_lines"} <= set(shape)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("HEARTEN_SERVER_IDLE_MINUTES", "thirty"),
        ("HEARTEN_SERVER_IDLE_MINUTES", "-5"),
        ("HEARTEN_SERVER_ABSOLUTE_HOURS", "0"),
        ("HEARTEN_SERVER_ABSOLUTE_HOURS", "nan"),
        ("HEARTEN_SERVER_POOL_SIZE", "2.5"),
    ],
)
def test_a_timeout_or_pool_size_that_is_not_a_positive_number_is_named(postgres_schema_url, name, value):
    from click.testing import CliRunner

    from hearten.cli import cli

    env = {"HEARTEN_DATABASE_URL": postgres_schema_url, "HEARTEN_SERVER_HOSTS": "localhost", name: value}
    for args in (("admin", "create-org", "Clinic One"), ("run", "--port", "8799")):
        result = CliRunner().invoke(cli, ["server", *args], env=env)
        assert result.exit_code == 1, result.output
        assert name in result.output and repr(value) in result.output
        assert "HEARTEN_DATABASE_URL" not in result.output  # the address is there; the number is what is wrong


def test_sensible_timeouts_are_read_as_given():
    from hearten.server.config import ServerSettings

    read = ServerSettings.from_env(
        {
            "HEARTEN_DATABASE_URL": "postgresql://h@127.0.0.1/h",
            "HEARTEN_SERVER_IDLE_MINUTES": " 15 ",
            "HEARTEN_SERVER_ABSOLUTE_HOURS": "0.5",
            "HEARTEN_SERVER_POOL_SIZE": "3",
        }
    )
    assert read.idle.total_seconds() == 15 * 60 and read.absolute.total_seconds() == 30 * 60 and read.pool_size == 3


def test_practice_history_shows_no_words_written_during_a_practice(client_for, world):
    org = world.orgs[0]
    me = client_for("participant1")
    me.put(f"/api/v1/orgs/{org}/consent", json={"version": 1, "scopes": ["practices"]})
    recorded = me.post(
        "/api/v1/sessions",
        json={"practice_id": "compassionate-letter", "reached": 6, "outcome": "completed", "answers": LETTER},
    )
    assert recorded.status_code == 201, recorded.text
    doctor = client_for("clinician1")
    pid = world.people["participant1"]["id"]
    history = doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/practices")
    assert history.status_code == 200
    item = history.json()["items"][0]
    assert item["practice_id"] == "compassionate-letter" and item["completed"] is True
    assert "answers" not in item and "I missed the deadline" not in history.text
    assert doctor.get(f"/api/v1/orgs/{org}/participants/{pid}/journal").status_code == 403  # the letter is journal
    page = doctor.get(f"/org/{org}/participants/{pid}/practices")
    assert page.status_code == 200 and "A letter to yourself" in page.text and "I missed the deadline" not in page.text


def test_guessing_the_current_password_is_throttled_like_signing_in(client_for, world):
    me = client_for("participant1")
    email = world.people["participant1"]["email"]
    wrong = {"current": "not the password at all", "new": "a new and quiet harbour"}
    tries = [me.post("/api/v1/me/password", json=wrong).status_code for _ in range(world.settings.account_failures)]
    assert tries == [401] * world.settings.account_failures
    right = me.post("/api/v1/me/password", json={"current": PASSWORD, "new": "a new and quiet harbour"})
    assert right.status_code == 429 and "retry-after" in right.headers
    stranger = client_for()
    login = stranger.post("/api/v1/login", json={"email": email, "password": PASSWORD})
    assert login.status_code == 429  # the same account's counter: no way round it through an open session
    world.clock.advance(minutes=world.settings.throttle_window.total_seconds() / 60 + 1)
    again = client_for("participant1").post("/api/v1/me/password", json={"current": PASSWORD, "new": "a new harbour"})
    assert again.status_code == 200, again.text


WORKER_THAT_DIES = """
import os, sys
from pathlib import Path
from hearten.server.exports import ExportRunner

runner = ExportRunner("postgresql://unused@127.0.0.1/unused")
Path(sys.argv[1]).write_text(str(runner._helper().submit(os.getpid).result()))
os._exit(0)  # gone without closing its runner, as a worker stopped with a plain kill
"""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"  # a finished helper nobody has reaped yet is gone all the same


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_an_export_helper_ends_when_its_worker_is_gone(tmp_path):
    told = tmp_path / "helper.pid"
    subprocess.run(
        [sys.executable, "-c", WORKER_THAT_DIES, str(told)], stdout=subprocess.DEVNULL, check=True, timeout=60
    )
    helper = int(told.read_text())
    deadline = time.monotonic() + 20
    while _running(helper) and time.monotonic() < deadline:
        time.sleep(0.2)
    outlived = _running(helper)
    if outlived:
        os.kill(helper, signal.SIGKILL)  # leave nothing behind, then say so
    assert not outlived, "the export helper outlived its worker"
