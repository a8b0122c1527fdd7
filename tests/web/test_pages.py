"""Every page renders, every form works, and a GET never changes anything."""

from __future__ import annotations

import json
import re
from datetime import UTC

import pytest

from hearten.web.pages import PAGES as REGISTERED
from tests.web.conftest import api_headers, post_form, post_session
from tests.web.test_delete_web import ANSWERS

# Every registered page, plus a few variants of the same pages.
PAGES = [page.example for page in REGISTERED] + ["/insights?days=30", "/insights?days=365"]


def fill(client):
    """A little of everything, through the app itself."""
    post_form(client, "/checkin", {"mood": "6", "distress": "3", "sleep_hours": "7.5", "active_minutes": "20"})
    post_form(client, "/journal", {"text": "I am so stupid. I always ruin everything.", "tags": "work"})
    post_session(client)
    headers = api_headers(client)
    client.post(
        "/api/assessments", headers=headers, json={"instrument": "self-compassion-checkin", "answers": {}}
    )  # refused: too few answers, nothing stored
    client.post("/api/assessments", headers=headers, json={"instrument": "self-compassion-checkin", "answers": ANSWERS})


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders(client, path):
    fill(client)
    response = client.get(path)
    assert response.status_code == 200, response.text[:500]
    assert 'href="/help"' in response.text  # help is one click from every page
    assert 'class="skip-link"' in response.text
    assert "It is not therapy" in response.text


@pytest.mark.parametrize("path", PAGES)
def test_every_form_that_posts_carries_its_token(client, path):
    """A form sent without the page's own token is refused (403), so each one must hold a filled-in one:
    a template that imports the token's macro without its context renders an empty value."""
    import re

    fill(client)
    text = client.get(path).text
    for form in re.findall(r"<form\b[^>]*method=\"post\"[^>]*>.*?</form>", text, flags=re.S | re.I):
        token = re.search(r'name="csrf_token" value="([^"]*)"', form)
        assert token and token.group(1), f"{path}: a form without its token: {form[:160]}"


def test_pages_render_with_nothing_stored(client):
    for page in REGISTERED:
        assert client.get(page.example).status_code == (404 if page.one_record else 200), page.example


def test_unknown_pages_are_gentle_404s(client):
    for path in (
        "/nowhere",
        "/journal/999",
        "/practices/no-such",
        "/practices/sessions/42",
        "/assessments/nope",
        "/static/nope.js",
    ):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "Help" in response.text
        assert ">Not Found<" not in response.text  # the framework's bare words are never what a person reads


def test_checkin_form_saves_and_high_distress_points_to_help(client):
    fresh = client.get("/checkin").text
    assert 'id="mood-none"' in fresh and 'id="distress-none"' in fresh  # a number tapped can be taken back
    response = post_form(client, "/checkin", {"mood": "2", "distress": "9", "note": "rough day"})
    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    assert "Check-in saved" in page
    assert "Save check-in" not in page  # the help stands alone, with no empty form below asking for another
    assert (
        "/practices/grounding" in page and "Find a helpline" in page
    )  # the lines themselves, and grounding in one step
    home = client.get("/").text
    assert "mood 2" in home and "distress 9" in home


def test_checkin_refuses_out_of_range_values(client):
    response = post_form(client, "/checkin", {"mood": "14"})
    assert response.status_code == 400
    assert client.get("/api/checkins").json() == []


def test_journal_write_read_search_and_reframe(client):
    response = post_form(
        client, "/journal", {"text": "I am so stupid. I always ruin everything.", "tags": "work #late"}
    )
    assert response.status_code == 303
    entry_url = response.headers["location"]
    page = client.get(entry_url).text
    assert 'class="hl hl-harsh"' in page
    assert "Would you say this to a friend" in page
    assert "#work" in page and "#late" in page
    found = client.get("/journal", params={"q": "ruin"}).text
    assert "I always ruin everything" in found
    assert "0 entries" in client.get("/journal", params={"q": "zebra"}).text
    entry_id = int(entry_url.rsplit("/", 1)[1])
    response = post_form(
        client,
        f"/journal/{entry_id}/reframes",
        {"original": "I am so stupid.", "reframe": "I made a mistake, and I can learn from it."},
    )
    assert response.status_code == 303
    assert "I can learn from it." in client.get(entry_url).text


def test_crisis_language_puts_help_first(client):
    entry = post_form(client, "/journal", {"text": "I want to die. Nothing helps."}).headers["location"]
    page = client.get(entry).text
    assert page.index('class="crisis"') < page.index('class="entry"')
    assert "You don't have to carry this alone" in page


def test_journal_list_is_paginated(client, clock):
    from datetime import timedelta

    start = clock.moment
    for n in range(25):
        clock.moment = start + timedelta(minutes=n)
        post_form(client, "/journal", {"text": f"note number {n}"})
    first = client.get("/journal").text
    assert "note number 24" in first and "note number 4" not in first.replace("note number 24", "")
    assert "Older entries" in first
    older = first.split('href="/journal?before=')[1].split('"')[0]
    second = client.get("/journal?before=" + older.replace("&amp;", "&")).text
    assert "note number 4" in second and "note number 24" not in second


def test_a_saved_rain_practice_shows_each_step_on_its_own_lines_in_the_list(client):
    answers = {
        "recognize": "Worry, mostly.",
        "investigate-feeling": "Fear of the review.",
        "investigate-body": "My chest.",
    }
    response = post_session(client, practice_id="rain", reached=10, timings={}, answers=answers)
    assert response.status_code == 201, response.text
    listed = client.get("/journal").text
    # The entry's own line breaks reach the page, and the preview keeps them (white-space: pre-line).
    assert (
        '<p class="entry-preview">RAIN: what I recognised\n\nWorry, mostly.\n\n'
        "RAIN: looking closer\n\nFear of the review.\n\nRAIN: where I feel it\n\nMy chest.</p>"
    ) in listed
    assert ".entry-preview { white-space: pre-line; }" in client.get("/static/hearten.css").text


def test_settings_change_the_help_page(client):
    response = post_form(
        client,
        "/settings",
        {
            "name": "Sam",
            "country": "GB",
            "therapist": "Dr Lee, 01234 567890",
            "speech": "on",
            "speech_voice": "",
            "speech_rate": "1.1",
        },
    )
    assert response.status_code == 303
    help_page = client.get("/help").text
    assert "United Kingdom" in help_page and "Dr Lee, 01234 567890" in help_page
    assert help_page.index("Dr Lee") < help_page.index("People you can talk to")
    assert "Sam" in client.get("/").text
    assert 'data-speech="on"' in client.get("/practices/self-talk-30-30").text


def test_settings_refuse_unknown_country_and_rate(client):
    assert post_form(client, "/settings", {"country": "ZZ"}).status_code == 400
    assert post_form(client, "/settings", {"speech_rate": "3"}).status_code == 400


def test_export_download_and_import_round_trip(client, settings, tmp_path):
    fill(client)
    response = client.get("/settings/export")
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    document = response.json()
    assert document["format"] == "hearten-export" and len(document["entries"]) == 2
    response = post_form(
        client,
        "/settings/import",
        {"source": "hearten"},
        files={"file": ("export.json", json.dumps(document).encode(), "application/json")},
    )
    assert response.status_code == 200
    assert "already here" in response.text  # nothing twice
    document["entries"][0]["uid"] = "brand-new-uid"
    response = post_form(
        client,
        "/settings/import",
        {"source": "hearten"},
        files={"file": ("export.json", json.dumps(document).encode(), "application/json")},
    )
    assert "1 journal entry" in response.text


def test_import_refuses_a_broken_file(client):
    response = post_form(
        client, "/settings/import", {"source": "hearten"}, files={"file": ("x.json", b"{not json", "application/json")}
    )
    assert response.status_code == 400
    assert "not valid JSON" in response.text


def test_delete_everything_needs_the_word(client):
    fill(client)
    assert post_form(client, "/settings/delete", {"confirm": "yes"}).status_code == 400
    assert len(client.get("/api/entries").json()) == 2
    response = post_form(client, "/settings/delete", {"confirm": "delete"})
    assert response.status_code == 200
    assert "2 journal entries" in response.text and "1 check-in" in response.text
    assert client.get("/api/entries").json() == []
    assert client.get("/").status_code == 200


def test_assessment_form_and_chart(client):
    page = client.get("/assessments/self-compassion-checkin/take").text
    items = sorted(set(__import__("re").findall(r'name="item-([^"]+)"', page)))
    assert items
    response = post_form(client, "/assessments/self-compassion-checkin", {f"item-{i}": "4" for i in items})
    assert response.status_code == 303
    history = client.get(response.headers["location"]).text
    assert "Saved." in history and "<svg" in history and "1 score from" in history
    assert "Overall: <strong>4</strong>" in history or "Overall" in history


def test_practice_session_recorded_and_shown(client):
    response = post_session(
        client,
        answers={"regret-choice": "snapped at a friend", "words": "You were tired, and you care."},
        distress_before=4,
        distress_after=2,
    )
    assert response.status_code == 201, response.text
    recorded = response.json()
    assert recorded["session"]["completed"] and recorded["session"]["actual_seconds"] == 60
    assert recorded["advice"] == [] and len(recorded["entries"]) == 1
    assert "30 seconds, then 30 seconds of kindness" in client.get("/practices/history").text
    done = client.get(recorded["next"]).text
    assert "Thank you for taking this time" in done
    assert "This week you gave yourself 1 minute" in client.get("/").text


def test_too_much_lands_on_help(client):
    response = client.post(
        "/api/sessions",
        headers=api_headers(client),
        json={"practice_id": "self-talk-30-30", "reached": 2, "outcome": "too_much", "timings": {"regret": 12.5}},
    )
    assert response.status_code == 201
    recorded = response.json()
    assert recorded["next"] == "/help?from=practice&practice=self-talk-30-30"
    assert recorded["session"]["stopped_reason"] == "too_much" and recorded["session"]["actual_seconds"] == 12.5
    assert "Take a breath" in client.get(recorded["next"]).text


def test_unfinished_practice_cannot_claim_to_be_complete(client):
    response = client.post(
        "/api/sessions",
        headers=api_headers(client),
        json={"practice_id": "self-talk-30-30", "reached": 2, "outcome": "completed"},
    )
    assert response.status_code == 400
    assert client.get("/api/sessions").json() == []


def test_get_never_changes_anything(client):
    fill(client)

    def snapshot():
        document = client.get("/api/export").json()
        document.pop("exported_at")
        return document

    before = snapshot()
    for path in PAGES + [
        "/settings/export",
        "/api/entries",
        "/api/checkins",
        "/api/sessions",
        "/api/practices",
        "/api/assessments",
        "/api/instruments",
        "/api/csrf",
        "/unlock",
    ]:
        client.get(path)
    assert snapshot() == before


def test_fast_pace_for_trying_the_player(client):
    assert 'data-pace="0.02"' in client.get("/practices/self-talk-30-30?pace=fast").text
    assert 'data-pace="1.0"' in client.get("/practices/self-talk-30-30").text


class _FormDepth(__import__("html.parser").parser.HTMLParser):
    """Finds a <form> opened inside another: browsers drop the inner one and close the outer early."""

    def __init__(self):
        super().__init__()
        self.depth = self.nested = 0

    def handle_starttag(self, tag, attrs):
        if tag == "form":
            self.nested += self.depth > 0
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "form":
            self.depth -= 1


def test_no_form_is_nested_in_another_where_help_appears(client):
    """The crisis box's country picker sits inside the journal form: its controls must not make a nested form."""
    checked = post_form(client, "/checkin", {"mood": "2", "distress": "9"})
    pages = ["/journal/new", "/help", checked.headers["location"]]
    saved = post_form(client, "/journal", {"text": "I want to die."})
    pages.append(saved.headers["location"])
    for path in pages:
        parser = _FormDepth()
        parser.feed(client.get(path).text)
        assert parser.nested == 0 and parser.depth == 0, path


def test_home_draws_its_practice_chart_at_phone_size_too(client):
    from hearten.web.charts import PHONE_WIDTH

    post_session(client, timings={"regret": 300, "kindness": 300})
    page = client.get("/").text
    wide = page[page.index('<div class="chart-wide">') : page.index('<div class="chart-narrow">')]
    narrow = page[page.index('<div class="chart-narrow">') :]
    assert 'viewBox="0 0 360 170"' in wide and "Practice minutes, the last 7 days" in wide
    assert f'viewBox="0 0 {PHONE_WIDTH} 170"' in narrow.split("</svg>")[0]
    ids = re.findall(r'id="(bars-[0-9a-f]+-[td])"', page)
    assert len(ids) == 4 and len(set(ids)) == 4  # each copy its own title and description


def test_home_at_night_says_hello_not_good_morning(settings):
    """The greeting follows domain.dates.part_of_day in the web as in the CLI."""
    from datetime import datetime

    from hearten.web.app import create_app
    from tests.web.conftest import signed_in

    night = datetime(2026, 3, 12, 2, 41, tzinfo=UTC)
    app = create_app(settings, clock=lambda: night)
    try:
        page = signed_in(app).get("/").text
        assert "Good morning" not in page and "Hello" in page
    finally:
        app.state.hearten.close()


def test_every_page_route_is_registered(app):
    """A new page shows up in the navigation and the page walks only through web/pages.py: forgetting it fails here."""
    from hearten.web.pages import NOT_PAGES, ROUTE_MODULES

    shown = [page.example.split("?")[0] for page in REGISTERED]
    missing = []
    for route in app.routes:
        methods = getattr(route, "methods", None) or set()
        regex = getattr(route, "path_regex", None)
        if "GET" not in methods or regex is None or route.path.startswith(("/api/", "/static")):
            continue
        if route.path in NOT_PAGES or route.path in ("/openapi.json", "/api/openapi.json"):
            continue
        if not any(regex.match(path) for path in shown):
            missing.append(route.path)
    assert missing == [], f"add these to PAGES in hearten/web/pages.py: {missing}"
    from pathlib import Path

    import hearten.web

    modules = {path.stem for path in Path(hearten.web.__file__).parent.glob("routes_*.py")}
    assert modules == set(ROUTE_MODULES), "every routes_*.py module is listed once in ROUTE_MODULES"


def test_an_assessment_never_taken_says_so_and_asks_to_take_it_not_again(client):
    fresh = client.get("/assessments/wellbeing-weekly").text
    assert "Nothing taken yet" in fresh and ">Take it</a>" in fresh
    assert "Take it again" not in fresh and "Over time" not in fresh
    answers = {f"item-{item}": "3" for item in ("anxiety", "low_mood", "rumination", "perfectionism")}
    answers |= {f"item-{item}": "6" for item in ("life_satisfaction", "feeling_connected")}
    answers |= {f"item-{item}": "6" for item in ("coping_with_failure", "motivation_to_grow")}
    assert post_form(client, "/assessments/wellbeing-weekly", answers).status_code == 303
    taken = client.get("/assessments/wellbeing-weekly").text
    assert "Take it again" in taken and "Nothing taken yet" not in taken and "Over time" in taken


def test_weekly_ratings_show_each_rating_given(client):
    """Ratings with no overall score: the latest result and the list show each one answered, not a dash."""
    answers = {"item-anxiety": "6", "item-low_mood": "4", "item-rumination": "7"}
    done = post_form(client, "/assessments/wellbeing-weekly", answers)
    assert done.status_code == 303, done.text[:300]
    page = " ".join(client.get("/assessments/wellbeing-weekly").text.split())
    latest = page[page.index('id="latest-title"') : page.index("</section>", page.index('id="latest-title"'))]
    assert "Anxiety: <strong>6</strong> of 10" in latest and "Going over and over things: <strong>7</strong>" in latest
    assert "Perfectionism: <strong>" not in latest  # not answered: said in the note, not as a score
    listed = page[page.index('id="list-title"') :]
    assert "Anxiety 6, Low mood 4, Going over and over things 7" in listed


def test_a_numbered_scale_is_drawn_as_numbers_in_rows_with_its_ends_in_words(client):
    take = client.get("/assessments/wellbeing-weekly/take").text
    assert take.count('class="scale-options numbers"') == 8
    assert take.count("0 means not at all, 10 means very much.") == 1  # once, above the first question
    assert '>0<span class="visually-hidden"> (Not at all)</span></label>' in take  # a screen reader hears the words
    worded = client.get("/assessments/self-compassion-checkin/take").text
    assert 'class="scale-options numbers"' not in worded  # a scale with words for every point keeps them


def test_a_practice_cannot_reach_past_its_last_step_in_the_local_app_either(client):
    """As in server mode: the replay refuses a run said to have reached past the last step."""
    for reached in (99, 11):
        response = post_session(client, practice_id="rain", reached=reached, timings={}, answers={})
        assert response.status_code == 400 and "has 10 steps" in response.json()["detail"], response.text
    assert post_session(client, practice_id="rain", reached=10, timings={}, answers={}).status_code == 201
