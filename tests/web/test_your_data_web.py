"""Your data in the web as in the CLI: change and delete entries and check-ins (pages and API), the check-in
history, mood and tags on the write form and the entry, forms that come back with the reason beside the field,
and bad links that get their own words. Every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import html
import re

from tests.web.conftest import api_headers, post_form

PROBLEM = re.compile(r'<p class="problem" id="([a-z0-9_-]+)-problem">([^<]*)</p>')


def problems(response) -> dict:
    return {name: html.unescape(text) for name, text in PROBLEM.findall(response.text)}


def write(client, text="A long day, but I kept going.", **more) -> int:
    response = post_form(client, "/journal", {"text": text, **more})
    assert response.status_code == 303, response.text
    return int(response.headers["location"].rsplit("/", 1)[1])


def check_in(client, **fields) -> int:
    response = post_form(client, "/checkin", fields)
    assert response.status_code == 303, response.text
    return int(response.headers["location"].split("saved=")[1])


# -- journal entries ---------------------------------------------------------------------------------
def test_the_write_form_asks_for_mood_and_the_entry_shows_mood_and_tag_links(client):
    form = client.get("/journal/new").text
    assert 'name="mood"' in form and "How are you feeling?" in form
    entry_id = write(client, mood="7", tags="work #calm")
    page = client.get(f"/journal/{entry_id}").text
    assert "Mood 7 of 10" in page
    assert '<a class="tag" href="/journal?tag=work">#work</a>' in page and 'href="/journal?tag=calm"' in page
    listed = client.get("/journal").text
    assert "Mood 7 of 10" in listed and 'href="/journal?tag=work"' in listed


def test_a_tag_link_lists_only_that_tags_entries(client):
    write(client, "About work", tags="work")
    write(client, "About home", tags="home")
    page = client.get("/journal?tag=work")
    assert page.status_code == 200 and "Entries tagged work" in page.text
    assert "About work" in page.text and "About home" not in page.text


def test_changing_an_entry_from_its_form(client):
    entry_id = write(client, "First words", mood="3", tags="old")
    form = client.get(f"/journal/{entry_id}/edit")
    assert form.status_code == 200
    assert "First words</textarea>" in form.text and 'value="old"' in form.text
    assert 'id="mood-3" name="mood" value="3" checked' in form.text
    saved = post_form(client, f"/journal/{entry_id}/edit", {"text": "Kinder words", "mood": "", "tags": "new"})
    assert saved.status_code == 303 and saved.headers["location"] == f"/journal/{entry_id}?changed=1"
    entry = client.get(f"/api/entries/{entry_id}").json()
    assert (entry["text"], entry["mood"], entry["tags"]) == ("Kinder words", None, ["new"])
    assert "Your changes are saved." in client.get(saved.headers["location"]).text


def test_a_bad_change_comes_back_with_the_values_and_changes_nothing(client):
    entry_id = write(client, "Keep me", mood="5", tags="mine")
    response = post_form(client, f"/journal/{entry_id}/edit", {"text": "   ", "mood": "11", "tags": "still mine"})
    assert response.status_code == 400
    found = problems(response)
    assert found["text"].startswith("There is nothing in the entry yet")
    assert found["mood"] == "Mood must be from 0 to 10, not 11."
    assert 'value="still mine"' in response.text and "Nothing is saved yet." in response.text
    assert "Back to the start" not in response.text and "That could not be saved" not in response.text
    entry = client.get(f"/api/entries/{entry_id}").json()
    assert (entry["text"], entry["mood"], entry["tags"]) == ("Keep me", 5, ["mine"])


def test_a_bad_new_entry_comes_back_with_what_was_written(client):
    response = post_form(client, "/journal", {"text": "Words I do not want to lose", "mood": "eleven", "tags": "t"})
    assert response.status_code == 400
    assert "Words I do not want to lose</textarea>" in response.text and 'value="t"' in response.text
    assert problems(response)["mood"] == "Mood must be a whole number from 0 to 10, not “eleven”."
    assert client.get("/api/entries").json() == []
    empty = post_form(client, "/journal", {"text": ""})
    assert empty.status_code == 400 and "There is nothing in the entry yet" in empty.text


def test_the_write_form_states_its_limit(client):
    from hearten.domain.records import MAX_ENTRY_CHARS

    form = client.get("/journal/new").text
    assert f"up to {MAX_ENTRY_CHARS:,} characters" in form and f'maxlength="{MAX_ENTRY_CHARS}"' in form


def test_deleting_an_entry_asks_first_then_takes_its_kinder_versions_too(client):
    entry_id = write(client, "I am so stupid.")
    post_form(client, f"/journal/{entry_id}/reframes", {"original": "I am so stupid.", "reframe": "I made a mistake."})
    asked = client.get(f"/journal/{entry_id}/delete")
    assert asked.status_code == 200 and "Delete this entry?" in asked.text and "I am so stupid." in asked.text
    assert f'action="/journal/{entry_id}/delete"' in asked.text
    gone = post_form(client, f"/journal/{entry_id}/delete", {})
    assert gone.status_code == 303 and gone.headers["location"] == "/journal?deleted=1"
    assert client.get(f"/journal/{entry_id}").status_code == 404
    assert client.get(f"/api/entries/{entry_id}").status_code == 404
    assert "The entry is deleted." in client.get("/journal?deleted=1").text
    assert post_form(client, f"/journal/{entry_id}/delete", {}).status_code == 404


def test_changing_or_deleting_a_missing_entry_is_not_found(client):
    assert client.get("/journal/999/edit").status_code == 404
    assert post_form(client, "/journal/999/edit", {"text": "x"}).status_code == 404
    assert client.get("/journal/999/delete").status_code == 404


def test_deleting_without_the_forms_token_changes_nothing(client):
    entry_id = write(client)
    assert client.post(f"/journal/{entry_id}/delete").status_code == 403
    assert client.get(f"/journal/{entry_id}").status_code == 200


# -- check-ins ----------------------------------------------------------------------------------------
def test_the_history_shows_check_ins_newest_first_with_notes(client, clock):
    from datetime import timedelta

    first = check_in(client, mood="3", note="a heavy morning")
    clock.moment += timedelta(hours=5)
    second = check_in(client, distress="2", sleep_hours="7.5", note="a walk helped")
    page = client.get("/checkins")
    assert page.status_code == 200 and "<title>Your check-ins" in page.text
    assert page.text.index(f'id="checkin-{second}"') < page.text.index(f'id="checkin-{first}"')
    assert "a heavy morning" in page.text and "a walk helped" in page.text
    assert "7.5 h of sleep" in page.text and "mood 3 of 10" in page.text
    assert f'href="/checkins/{first}/edit"' in page.text and f'href="/checkins/{first}/delete"' in page.text


def test_an_empty_check_in_is_refused_kindly(client):
    response = post_form(client, "/checkin", {"note": "   "})
    assert response.status_code == 400
    assert "There is nothing in this check-in yet" in response.text and 'role="alert"' in response.text
    assert client.get("/api/checkins").json() == []


def test_a_bad_check_in_comes_back_with_every_value_and_each_reason(client):
    response = post_form(
        client,
        "/checkin",
        {"mood": "11", "distress": "4", "sleep_hours": "30", "active_minutes": "20", "note": "keep this note"},
    )
    assert response.status_code == 400
    assert problems(response) == {
        "mood": "Mood must be from 0 to 10, not 11.",
        "sleep_hours": "Sleep must be from 0 to 24 hours, not 30.",
    }
    assert (
        'value="30"' in response.text and 'value="20"' in response.text and "keep this note</textarea>" in response.text
    )
    assert 'id="distress-4" name="distress" value="4" checked' in response.text
    assert '<details class="more" open>' in response.text  # the problem inside it is not hidden
    assert client.get("/api/checkins").json() == []


def test_changing_a_check_in_keeps_its_time(client):
    checkin_id = check_in(client, mood="4", sleep_hours="6", note="tired")
    before = client.get("/api/checkins").json()[0]
    form = client.get(f"/checkins/{checkin_id}/edit")
    assert form.status_code == 200 and "Change your check-in" in form.text
    assert 'value="6"' in form.text and "tired</textarea>" in form.text and 'action="/checkins/' in form.text
    saved = post_form(
        client, f"/checkins/{checkin_id}/edit", {"mood": "6", "sleep_hours": "", "note": "rested after all"}
    )
    assert saved.status_code == 303 and saved.headers["location"].startswith("/checkins?changed=")
    after = client.get("/api/checkins").json()[0]
    assert (after["mood"], after["sleep_hours"], after["note"], after["at"]) == (
        6,
        None,
        "rested after all",
        before["at"],
    )


def test_a_bad_change_to_a_check_in_changes_nothing(client):
    checkin_id = check_in(client, mood="4", note="as it was")
    response = post_form(client, f"/checkins/{checkin_id}/edit", {"mood": "4", "food": "12", "note": "new words"})
    assert response.status_code == 400 and problems(response) == {"food": "Food must be from 0 to 10, not 12."}
    assert "new words</textarea>" in response.text
    emptied = post_form(client, f"/checkins/{checkin_id}/edit", {})
    assert emptied.status_code == 400 and "There is nothing in this check-in yet" in emptied.text
    assert client.get("/api/checkins").json()[0]["note"] == "as it was"


def test_deleting_a_check_in_asks_first(client):
    checkin_id = check_in(client, mood="2", note="a rough hour")
    asked = client.get(f"/checkins/{checkin_id}/delete")
    assert asked.status_code == 200 and "Delete this check-in?" in asked.text and "a rough hour" in asked.text
    gone = post_form(client, f"/checkins/{checkin_id}/delete", {})
    assert gone.status_code == 303 and gone.headers["location"] == "/checkins?deleted=1"
    assert client.get("/api/checkins").json() == []
    assert client.get(f"/checkins/{checkin_id}/edit").status_code == 404
    assert post_form(client, f"/checkins/{checkin_id}/delete", {}).status_code == 404


# -- the API ------------------------------------------------------------------------------------------
def test_the_api_changes_and_deletes_entries(client):
    headers = api_headers(client)
    made = client.post("/api/entries", json={"text": "Through the API", "mood": 4, "tags": ["a"]}, headers=headers)
    assert made.status_code == 201 and made.json()["mood"] == 4
    entry_id = made.json()["id"]
    changed = client.patch(f"/api/entries/{entry_id}", json={"mood": 6}, headers=headers)
    assert changed.status_code == 200
    assert (changed.json()["text"], changed.json()["mood"], changed.json()["tags"]) == ("Through the API", 6, ["a"])
    cleared = client.patch(f"/api/entries/{entry_id}", json={"mood": None, "tags": []}, headers=headers).json()
    assert (cleared["mood"], cleared["tags"]) == (None, [])
    bad = client.patch(f"/api/entries/{entry_id}", json={"mood": 11}, headers=headers)
    assert bad.status_code == 400 and "mood" in bad.json()["detail"] and "10" in bad.json()["detail"]
    blank = client.patch(f"/api/entries/{entry_id}", json={"text": "   "}, headers=headers)
    assert blank.status_code == 400 and "nothing in the entry" in blank.json()["detail"]
    assert client.patch("/api/entries/999", json={"mood": 3}, headers=headers).status_code == 404
    assert client.patch(f"/api/entries/{entry_id}", json={"mood": 3}).status_code == 403  # no X-CSRF-Token
    assert client.delete(f"/api/entries/{entry_id}").status_code == 403
    assert client.delete(f"/api/entries/{entry_id}", headers=headers).status_code == 204
    assert client.delete(f"/api/entries/{entry_id}", headers=headers).status_code == 404


def test_the_api_changes_and_deletes_check_ins(client):
    headers = api_headers(client)
    assert client.post("/api/checkins", json={}, headers=headers).status_code == 400  # nothing in it
    made = client.post("/api/checkins", json={"mood": 5, "note": "fine"}, headers=headers).json()
    changed = client.patch(f"/api/checkins/{made['id']}", json={"sleep_hours": 8}, headers=headers)
    assert changed.status_code == 200
    assert (changed.json()["mood"], changed.json()["sleep_hours"], changed.json()["at"]) == (5, 8.0, made["at"])
    bad = client.patch(f"/api/checkins/{made['id']}", json={"sleep_hours": 30}, headers=headers)
    assert bad.status_code == 400 and "sleep_hours" in bad.json()["detail"]
    emptied = client.patch(
        f"/api/checkins/{made['id']}", json={"mood": None, "sleep_hours": None, "note": None}, headers=headers
    )
    assert emptied.status_code == 400 and "nothing in this check-in" in emptied.json()["detail"]
    assert client.get("/api/checkins").json()[0]["mood"] == 5  # all or nothing
    assert client.patch("/api/checkins/999", json={"mood": 3}, headers=headers).status_code == 404
    assert client.patch("/api/checkins/abc", json={"mood": 3}, headers=headers).status_code == 404
    assert client.delete(f"/api/checkins/{made['id']}", headers=headers).status_code == 204
    assert client.delete(f"/api/checkins/{made['id']}", headers=headers).status_code == 404


# -- links that go nowhere ----------------------------------------------------------------------------
def test_a_link_with_a_bad_part_gets_its_own_words(client):
    not_a_number = client.get("/journal/abc")
    assert not_a_number.status_code == 404 and "<title>There is no such page" in not_a_number.text
    assert 'href="/journal">Go up to the list' in not_a_number.text
    odd_setting = client.get("/insights?days=abc")
    assert odd_setting.status_code == 400 and "<title>That link is not quite right" in odd_setting.text
    assert "days=abc" in odd_setting.text and 'href="/insights">Open the page without it' in odd_setting.text
    odd_page = client.get("/journal?before=not-a-time")
    assert odd_page.status_code == 400 and "<title>That page could not be shown" in odd_page.text
    for response in (not_a_number, odd_setting, odd_page):
        assert "could not be saved" not in response.text


def test_a_wrong_delete_word_comes_back_to_the_form(client):
    write(client, "Still here")
    response = post_form(client, "/settings/delete", {"confirm": "delet"})
    assert response.status_code == 400
    assert "Nothing was deleted" in response.text and "(you typed “delet”)" in response.text
    assert 'id="confirm" name="confirm" type="text" autocomplete="off" required value="delet"' in response.text
    assert len(client.get("/api/entries").json()) == 1


def test_activities_show_in_the_history_and_the_same_form_changes_them(client):
    checkin_id = check_in(client, mood="6", new_activities="walk, saw friends")
    history = client.get("/checkins").text
    # each activity links to the check-ins that name it
    walk = '<a class="tag" href="/checkins?activity=walk" aria-label="Only the check-ins where you did walk">walk</a>'
    assert walk in history and 'href="/checkins?activity=saw%20friends"' in history
    assert history.index(walk) < history.index(">saw friends</a>")
    form = client.get(f"/checkins/{checkin_id}/edit").text
    assert 'name="activities" value="walk" checked' in form and 'name="activities" value="saw friends" checked' in form
    assert 'id="new_activities"' in form  # the check-in form itself, not a copy
    saved = post_form(
        client, f"/checkins/{checkin_id}/edit", {"mood": "6", "activities": ["walk"], "new_activities": "read"}
    )
    assert saved.status_code == 303
    assert client.get("/api/checkins").json()[0]["activities"] == ["walk", "read"]
    bad = post_form(
        client, f"/checkins/{checkin_id}/edit", {"mood": "66", "activities": ["walk"], "new_activities": "swim"}
    )
    assert (
        bad.status_code == 400 and 'name="activities" value="walk" checked' in bad.text and 'value="swim"' in bad.text
    )
    headers = api_headers(client)
    changed = client.patch(f"/api/checkins/{checkin_id}", json={"activities": ["Cook"]}, headers=headers).json()
    assert changed["activities"] == ["cook"] and changed["mood"] == 6


def test_an_out_of_range_answer_comes_back_with_the_answers_and_the_question_number(client):
    take = client.get("/assessments/self-compassion-checkin/take").text
    items = re.findall(r'name="item-([^"]+)" id="item-[^"]+-1"', take)
    answers = {f"item-{item}": "3" for item in items}
    answers[f"item-{items[2]}"] = "9"
    response = post_form(client, "/assessments/self-compassion-checkin", answers)
    assert response.status_code == 400
    assert problems(response) == {f"item-{items[2]}": "Please choose one of the answers to question 3, from 1 to 5."}
    assert f'id="item-{items[0]}-3" value="3" checked' in response.text
    assert "the answer to item" not in response.text  # no internal names such as "kind-1"
    assert client.get("/api/assessments").json() == []
    nothing = post_form(client, "/assessments/self-compassion-checkin", {})
    assert nothing.status_code == 400 and "Too few answers" in nothing.text


def test_a_kinder_version_that_cannot_be_kept_comes_back_to_the_entry(client):
    entry_id = write(client, "I always ruin everything.")
    response = post_form(
        client, f"/journal/{entry_id}/reframes", {"original": "I always ruin everything.", "reframe": "  "}
    )
    assert response.status_code == 400 and "Nothing is saved yet." in response.text
    assert 'id="reframe-problem"' in response.text and "I always ruin everything." in response.text
    assert "That could not be saved" not in response.text


def test_crisis_words_sent_as_the_sentence_bring_help_not_a_kinder_version(client):
    entry_id = write(client, "A calm morning with coffee.")
    response = post_form(
        client, f"/journal/{entry_id}/reframes", {"original": "I want to kill myself.", "reframe": "Be kind."}
    )
    assert response.status_code == 400 and "Nothing is saved." in response.text
    assert response.text.index('class="crisis"') < response.text.index('id="reframe-problem"')
    assert "Be kind." not in client.get(f"/journal/{entry_id}").text
