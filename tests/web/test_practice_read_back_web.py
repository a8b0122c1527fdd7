"""The web player's letter: the name setting fills it in, the greeting leads it, the read-back shows it."""

from __future__ import annotations

import re

import pytest

from hearten.config import load_settings
from tests.web.conftest import api_headers


@pytest.fixture
def settings(home_env):
    return load_settings(environ={**home_env, "HEARTEN_NAME": "Ana <3"})


def test_the_letter_page_starts_with_your_name_and_reads_the_letter_back(client):
    page = client.get("/practices/compassionate-letter").text
    assert re.search(r'<textarea id="answer-name"[^>]*>Ana &lt;3</textarea>', page)  # filled in, escaped
    assert re.search(
        r'<p class="letter-lead" id="lead-happened">Dear <span class="echo" data-echo="name" '
        r'data-fallback="you">you</span>,</p>',
        page,
    )
    assert 'aria-describedby="lead-happened"' in page
    reread = page[page.index('data-id="reread"') :]
    parts = re.findall(r'<p class="read-back-text" data-echo="([a-z-]+)"', reread)
    assert parts == ["happened", "hard", "everyone", "wish"]
    assert 'data-echo="name"' in reread.split('class="read-back-text"')[0]  # the greeting above the first part


def test_without_javascript_the_letter_steps_use_your_name_too(client):
    page = client.get("/practices/compassionate-letter").text
    text = page[page.index("<noscript>") : page.index("</noscript>")]
    assert re.search(
        r'Your letter begins &#34;Dear <span class="echo" data-echo="name" data-fallback="you">Ana &lt;3</span>,&#34;',
        text,
    )
    assert re.search(r'tell <span class="echo"[^>]*>Ana &lt;3</span> about them', text)
    assert ">you</span>," not in text and ">yourself</span>" not in text


def test_other_practices_start_empty(client):
    page = client.get("/practices/expressive-journaling").text
    main = page[page.index('<main id="main"') :]  # not the head, whose random token may spell anything
    assert "Ana" not in main and 'class="letter-lead"' not in page
    reply = page[page.index('data-id="reply"') :]
    assert re.findall(r'<p class="read-back-text" data-echo="([a-z-]+)"', reply) == ["write", "feelings"]


def test_the_saved_letter_begins_with_the_greeting(client):
    response = client.post(
        "/api/sessions",
        headers=api_headers(client),
        json={
            "practice_id": "compassionate-letter",
            "reached": 6,
            "outcome": "completed",
            "answers": {"name": "Annie", "happened": "It went badly.", "wish": "Rest now."},
        },
    )
    assert response.status_code == 201, response.text
    (entry_id,) = response.json()["entries"]
    entry = client.get(f"/api/entries/{entry_id}").json()
    assert entry["kind"] == "letter" and entry["text"] == "Dear Annie,\n\nIt went badly.\n\nRest now."
