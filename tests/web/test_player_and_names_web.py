"""The player's remembered choices and its steps without JavaScript; the assessments that need your own
questions are added in the web; names that no longer sound alike."""

from __future__ import annotations

import re

from tests.web.conftest import api_headers, post_form

QUESTIONS = "\n".join(f"{n}. My own copy of question {n}" for n in range(1, 13))


def test_choices_made_in_the_player_are_kept_and_offered_next_time(client):
    answer = client.post(
        "/practices/choices",
        headers=api_headers(client),
        json={"bell": False, "bell_volume": 25, "bell_interval": 2, "practice_length": "10"},
    )
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"bell": False, "bell_volume": 25, "bell_interval": 2.0, "practice_length": "10"}
    page = client.get("/practices/mindful-breathing").text
    assert re.search(r'value="10" checked', page) and re.search(r'id="bell-volume"[^>]*value="25"', page)
    assert re.search(r'<option value="2" selected>Every 2 minutes</option>', page)
    assert not re.search(r'id="bell-on" type="checkbox" checked', page)
    client.post("/practices/choices", headers=api_headers(client), json={"practice_length": "open", "bell": True})
    page = client.get("/practices/mindful-breathing").text
    assert re.search(r'id="length-open" value="open" checked', page) and 'id="bell-on" type="checkbox" checked' in page


def test_a_length_of_your_own_from_the_terminal_is_offered_too(client):
    client.post("/practices/choices", headers=api_headers(client), json={"practice_length": "7"})
    offered = re.findall(
        r'name="length" id="length-[a-z0-9]+" value="([^"]+)"( checked)?',
        client.get("/practices/mindful-breathing").text,
    )
    assert [v for v, c in offered if c] == ["7"] and "7" in [v for v, _ in offered]


def test_bad_choices_are_refused_and_change_nothing(client):
    for bad in ({"bell_volume": 101}, {"bell_interval": "soon"}, {"practice_length": "0"}, {"colour": "blue"}, [1]):
        answer = client.post("/practices/choices", headers=api_headers(client), json=bad)
        assert answer.status_code == 400, (bad, answer.text)
    assert client.post("/practices/choices", json={"bell": False}).status_code == 403  # no CSRF token
    assert 'id="bell-on" type="checkbox" checked' in client.get("/practices/rain").text


def test_one_bad_choice_keeps_every_choice_as_it_was_on_disk_and_in_the_server(app, client):
    from hearten.config import load_settings
    from hearten.services.settings import PRACTICE_CHOICES

    before = {name: app.state.hearten.settings.values[name] for name in PRACTICE_CHOICES}
    answer = client.post(
        "/practices/choices", headers=api_headers(client), json={"bell_volume": 25, "practice_length": "ten"}
    )
    assert answer.status_code == 400
    assert answer.headers["content-type"].startswith("application/json")
    assert set(answer.json()) == {"detail"} and "ten" in answer.json()["detail"]
    home = app.state.hearten.settings.home
    assert load_settings(home, environ={}).values["bell_volume"] == before["bell_volume"]  # nothing written
    assert {name: app.state.hearten.settings.values[name] for name in PRACTICE_CHOICES} == before
    # good choices together are all kept, on disk and in the running server alike
    kept = client.post("/practices/choices", headers=api_headers(client), json={"bell_volume": 25, "bell": False})
    assert kept.status_code == 200
    on_disk = load_settings(home, environ={}).values
    assert (on_disk["bell_volume"], on_disk["bell"]) == (25, False)
    assert app.state.hearten.settings.values["bell_volume"] == 25 and app.state.hearten.settings.values["bell"] is False


def test_choices_not_sent_as_json_are_answered_in_json(client):
    answer = client.post("/practices/choices", headers=api_headers(client), content=b"bell=on")
    assert answer.status_code == 400 and set(answer.json()) == {"detail"}
    assert client.post("/practices/choices", json={"bell": False}).json()["detail"]  # no CSRF token: 403, in JSON


def test_without_a_name_set_the_letter_as_text_says_dear_you(client):
    page = client.get("/practices/compassionate-letter").text
    text = page[page.index("<noscript>") : page.index("</noscript>")]
    assert (
        'Your letter begins &#34;Dear <span class="echo" data-echo="name" data-fallback="you">you</span>,&#34;' in text
    )
    assert 'data-fallback="yourself">yourself</span> about them' in text


def test_a_practice_without_timers_offers_no_bell_and_every_step_is_there_as_text(client):
    assert 'id="bell-on"' not in client.get("/practices/compassionate-letter").text
    page = client.get("/practices/self-talk-30-30").text
    noscript = page[page.index("<noscript>") : page.index("</noscript>")]
    assert noscript.count("<h3>") == 6 and "About 30 seconds." in noscript
    assert 'data-action="end-here"' in page and 'data-action="too-much"' in page and 'id="leave-dialog"' in page


def test_the_published_questionnaires_point_at_the_web_not_a_command(client):
    page = client.get("/assessments").text
    assert "hearten assess attach" not in page
    assert 'href="/assessments/scs-26/attach"' in page and 'href="/assessments/scs-sf-12/attach"' in page


def test_your_copy_of_the_questions_is_added_in_the_web(client):
    form = client.get("/assessments/scs-sf-12/attach")
    assert form.status_code == 200 and "12 questions, one per line" in form.text
    too_few = post_form(client, "/assessments/scs-sf-12/attach", {"questions": "just one line"})
    assert too_few.status_code == 400
    assert (
        "It needs its 12 questions, one on each line; there is 1 line here." in too_few.text
        and "just one line</textarea>" in too_few.text
    )  # kept
    done = post_form(client, "/assessments/scs-sf-12/attach", {"questions": QUESTIONS.replace("\n", "\n\n")})
    assert done.status_code == 303 and done.headers["location"] == "/assessments/scs-sf-12/take"
    take = client.get("/assessments/scs-sf-12/take").text
    assert "My own copy of question 12" in take
    assert client.get("/assessments/scs-sf-12/attach", follow_redirects=False).status_code == 303  # nothing left to add
    assert 'href="/assessments/scs-sf-12/attach"' not in client.get("/assessments").text


def test_a_question_left_out_of_a_questionnaire_scored_only_whole_is_marked_where_it_is(client):
    import re

    post_form(client, "/assessments/scs-sf-12/attach", {"questions": QUESTIONS})
    take = client.get("/assessments/scs-sf-12/take").text
    names = list(dict.fromkeys(re.findall(r'name="(item-[^"]+)"', take)))
    assert len(names) == 12
    answered = {name: "3" for name in names[:-1]}  # all but the last
    sent = post_form(client, "/assessments/scs-sf-12", answered)
    assert sent.status_code == 400
    assert sent.text.count('class="item has-problem"') == 1
    assert "Please answer question 12" in sent.text and "missing: 12" not in sent.text
    assert sent.text.count(" checked") == 11  # the answers given are still chosen


def test_three_things_no_longer_share_one_name(client):
    home = client.get("/").text
    assessments = client.get("/assessments").text
    assert "Self-compassion reflection" in assessments and "Self-compassion check-in" not in assessments
    assert "Check-ins you might like to take" not in home
    assert ">Check in</a>" in home  # the daily check-in keeps its name: the only check-in now
