"""/help: each line's note and freshness, large call and text buttons, and a country picker that saves nothing."""

from __future__ import annotations

import re

from tests.web.conftest import post_form


def cards(html: str) -> list[str]:
    return re.findall(r'<li class="resource">.*?</li>\s*(?=<li class="resource">|</ul>)', html, re.S)


def test_help_without_a_country_lists_the_main_countries_and_offers_a_picker(client):
    html = client.get("/help").text
    for name in ("United States", "United Kingdom", "Ireland", "Canada", "Australia", "Anywhere else"):
        assert f'<h3 class="country-heading">{name}</h3>' in html
    assert '<form method="get" action="/help" class="picker">' in html
    assert '<option value="DE">Germany</option>' in html and '<option value="IN">India</option>' in html
    assert "not yet checked" in html and "For young people." in html


def test_each_card_shows_its_note_and_how_fresh_it_is(client):
    html = client.get("/help?country=AU").text
    found = cards(html)
    assert found and all("not yet checked" in card for card in found)
    kids = next(card for card in found if "Kids Helpline" in card)
    assert "For young people aged 5 to 25" in kids
    assert "2026-11-27" not in html and "27 Nov 2026" not in html


def test_numbers_are_tel_and_sms_links_as_tap_targets(client):
    html = client.get("/help?country=US").text
    assert '<a class="tap tap-call" href="tel:988">Call 988</a>' in html
    assert '<a class="tap tap-text" href="sms:988">Text 988</a>' in html
    assert '<a class="tap tap-text" href="sms:741741?body=HOME">Text HOME to 741741</a>' in html
    assert '<a class="tap tap-call" href="tel:911">Call 911</a>' in html
    de = client.get("/help?country=DE").text
    for dialled in ("08001110111", "08001110222", "116123", "112", "110"):
        assert f'href="tel:{dialled}"' in de


def test_the_picker_shows_another_country_without_changing_the_setting(client):
    post_form(
        client,
        "/settings",
        {"name": "", "country": "GB", "therapist": "", "speech": "off", "speech_voice": "", "speech_rate": "1"},
    )
    html = client.get("/help?country=nz").text
    assert "People you can talk to in New Zealand" in html
    assert "0508 828 865" in html and "Samaritans" not in html
    assert "your saved country stays GB" in html
    assert '<option value="NZ" selected>' in html
    again = client.get("/help").text
    assert "People you can talk to in United Kingdom" in again and "Samaritans" in again
    assert '<option value="GB" selected>' in client.get("/settings").text


def test_a_strange_country_value_is_ignored(client):
    html = client.get("/help?country=%3Cscript%3E").text
    assert "<script>" not in html.split("</header>", 1)[-1]
    assert '<h3 class="country-heading">United States</h3>' in html


def test_after_a_practice_the_picker_keeps_the_gentle_stop(client):
    html = client.get("/help?from=practice").text
    assert '<input type="hidden" name="from" value="practice">' in html
    assert "Take a breath" in client.get("/help?from=practice&country=FR").text


def test_own_therapist_is_first_with_a_call_button(client):
    post_form(
        client,
        "/settings",
        {
            "name": "",
            "country": "IE",
            "therapist": "Dr Lee, 01234 567890",
            "speech": "off",
            "speech_voice": "",
            "speech_rate": "1",
        },
    )
    html = client.get("/help").text
    assert html.index("Dr Lee") < html.index("People you can talk to")
    assert 'href="tel:01234567890"' in html
    assert html.count("Dr Lee") == 1  # not repeated among the lines


def test_the_crisis_box_without_a_country_holds_the_directory_the_emergency_advice_and_a_picker(client):
    html = client.get("/journal/new").text
    box = html[html.index('id="live-crisis"') : html.index("</section>", html.index('id="live-crisis"'))]
    assert "findahelpline.com" in box and "Your local emergency number" in box
    assert '<option value="DE">Germany</option>' in box
    # The box sits inside the journal form, so its picker belongs to a form outside it, opening a new tab.
    assert 'form="crisis-country-form"' in box
    assert '<form id="crisis-country-form" method="get" action="/help" target="_blank"' in html
    assert "988" not in box and "Samaritans" not in box  # not every country's cards


def test_the_crisis_box_with_a_country_shows_its_lines_first(client):
    post_form(
        client,
        "/settings",
        {"name": "", "country": "NL", "therapist": "", "speech": "off", "speech_voice": "", "speech_rate": "1"},
    )
    html = client.get("/journal/new").text
    box = html[html.index('id="live-crisis"') : html.index("</section>", html.index('id="live-crisis"'))]
    assert box.index("113 Zelfmoordpreventie") < box.index("Emergency services")
    assert 'href="tel:08000113"' in box and "<select" not in box


def test_without_a_country_the_browsers_language_puts_its_countrys_lines_first(client):
    page = client.get("/help", headers={"Accept-Language": "en-GB,en;q=0.9"}).text
    html = page[page.index('<main id="main"') :]  # the head's random CSRF token may hold any digits
    assert "Lines for United Kingdom first, going by your browser&#39;s language settings" in html
    assert html.index("Samaritans") < html.index("988")
    assert "call 999 or 112 now" in html
    assert html.index('<a class="tap tap-call" href="tel:999">Call 999</a>') < html.index("Samaritans")  # one tap
    assert '<option value="">Choose…</option>' in html  # a guess: the picker still asks
    # The crisis box that waits in the writing page: Germany's lines, then the international directory.
    write = client.get("/journal/new", headers={"Accept-Language": "de-DE"}).text
    box = write[write.index('class="crisis"') : write.index("</section>", write.index('class="crisis"'))]
    assert box.index("TelefonSeelsorge") < box.index("findahelpline.com") and "988" not in box
    assert "call 112 or 110 now, or your local emergency number if you are somewhere else" in box
    assert "Your local emergency number" in box and box.count("Find a helpline") == 1  # a guess may be wrong
    # A language with no region guesses nothing.
    plain = client.get("/journal/new", headers={"Accept-Language": "de"}).text
    box = plain[plain.index('class="crisis"') : plain.index("</section>", plain.index('class="crisis"'))]
    assert "TelefonSeelsorge" not in box and "language settings" not in box
    assert "call your local emergency number now" in box


def test_a_very_hard_week_on_the_weekly_ratings_shows_the_lines(client):
    answers = {f"item-{item}": "9" for item in ("anxiety", "low_mood", "rumination", "perfectionism")}
    answers |= {f"item-{item}": "1" for item in ("life_satisfaction", "feeling_connected")}
    answers |= {f"item-{item}": "1" for item in ("coping_with_failure", "motivation_to_grow")}
    done = post_form(client, "/assessments/wellbeing-weekly", answers)
    assert done.status_code == 303, done.text[:300]
    page = client.get(done.headers["location"]).text
    assert "That sounds like a hard week to have come through." in page
    assert 'class="crisis"' in page and "findahelpline.com" in page
    again = client.get("/assessments/wellbeing-weekly").text  # only just after taking it
    assert "hard week" not in again


def test_home_after_a_high_distress_check_in_shows_the_help_at_the_top(client):
    from hearten.domain import safety

    assert safety.HARD_DAY[0] not in client.get("/").text
    done = post_form(client, "/checkin", {"distress": "9"})
    assert done.status_code in (200, 303)
    home = client.get("/").text
    assert home.index(safety.HARD_DAY[0]) < home.index('id="today-title"')
    assert 'class="crisis"' in home and "findahelpline.com" in home


def test_the_api_says_what_follows_a_hard_week(client):
    from tests.web.conftest import api_headers

    answers = {"anxiety": 3, "low_mood": 9, "rumination": 3, "perfectionism": 3}
    answers |= {"life_satisfaction": 5, "feeling_connected": 5, "coping_with_failure": 5, "motivation_to_grow": 5}
    body = {"instrument": "wellbeing-weekly", "answers": answers}
    taken = client.post("/api/assessments", json=body, headers=api_headers(client))
    assert taken.status_code == 201, taken.text
    assert taken.json()["safety"]["show_help"] is True and taken.json()["safety"]["reason"] == "assessment_hard"
    body["answers"] = {**answers, "low_mood": 2}
    easier = client.post("/api/assessments", json=body, headers=api_headers(client))
    assert easier.json()["safety"]["show_help"] is False


def test_a_country_may_be_named_on_the_help_page(client):
    html = client.get("/help?country=Germany").text
    assert "People you can talk to in Germany" in html and "TelefonSeelsorge" in html


def test_a_crisis_box_leaves_out_how_fresh_its_lines_are(client):
    """Said on /help, where lines are looked up; not beside an emergency number at the worst moment."""
    page = client.get("/journal/new").text
    box = page[page.index('id="live-crisis"') : page.index("</section>", page.index('id="live-crisis"'))]
    assert "tel:" in box and "not yet checked" not in box and 'class="fresh"' not in box
    assert "not yet checked" in client.get("/help").text


def _main(html: str) -> str:
    return html.split("<main", 1)[1].split("</main>", 1)[0]


def test_too_much_lands_on_the_short_crisis_help(client):
    html = _main(client.get("/help?from=practice").text)
    assert "Take a breath" in html and "People you can reach now" in html
    assert "Find a helpline" in html and 'href="tel:112"' in html  # the international line and emergency number
    assert '<select id="crisis-country"' in html  # and a picker, which keeps where the person came from
    assert '<input type="hidden" name="from" value="practice">' in html
    assert "not yet checked" not in html and 'class="country-heading"' not in html  # not the whole page
    assert '<a href="/help">More places to turn</a>' in html  # which is one link away
    assert "/practices/grounding?begin=now" in html


def test_too_much_with_a_country_shows_its_lines_first(client):
    html = _main(client.get("/help?from=practice&country=GB").text)
    assert "Samaritans" in html and "not yet checked" not in html and "United States" not in html


def test_when_grounding_was_too_much_it_is_not_offered_again(client):
    html = _main(client.get("/help?from=practice&practice=grounding").text)
    assert "Take a breath" in html and "/practices/grounding" not in html
    assert '<input type="hidden" name="practice" value="grounding">' in html


def test_the_api_says_which_practice_was_too_much(client):
    from tests.web.conftest import api_headers

    recorded = client.post(
        "/api/sessions",
        headers=api_headers(client),
        json={"practice_id": "grounding", "reached": 1, "outcome": "too_much", "timings": {}},
    ).json()
    assert recorded["next"] == "/help?from=practice&practice=grounding"
    assert "/practices/grounding" not in _main(client.get(recorded["next"]).text)
