"""An entry's page offers a kinder version only for what the CLI offers, and changing an entry or
writing a kinder version brings the crisis box below the words as writing a new entry does."""

from __future__ import annotations

import re

from hearten import messages
from tests.web.conftest import post_form

REGION = re.compile(
    r'<div class="crisis-region" aria-live="polite">\s*<section class="crisis"[^>]*id="live-crisis"[^>]*hidden'
)


def _entry(client, text: str) -> tuple[str, int]:
    location = post_form(client, "/journal", {"text": text}).headers["location"]
    return location, int(location.rsplit("/", 1)[1])


def test_a_plain_sad_entry_has_nothing_to_reframe(client):
    url, entry_id = _entry(client, "I feel so sad and tired today.")
    page = client.get(url).text
    assert "If a sentence here is harsh" not in page and f'action="/journal/{entry_id}/reframes"' not in page
    assert messages.REFRAME_NOTHING.format(id=entry_id) in page


def test_a_harsh_sentence_is_offered_for_a_kinder_version(client):
    url, entry_id = _entry(client, "I am so stupid.")
    page = client.get(url).text
    assert f'action="/journal/{entry_id}/reframes"' in page and "<option>I am so stupid.</option>" in page
    assert messages.REFRAME_NOTHING.format(id=entry_id) not in page


def test_kinder_versions_kept_stay_listed_when_nothing_is_left_to_reframe(client):
    url, entry_id = _entry(client, "I am so stupid.")
    post_form(client, f"/journal/{entry_id}/reframes", {"original": "I am so stupid.", "reframe": "I made a mistake."})
    post_form(client, f"/journal/{entry_id}/edit", {"text": "I feel so sad and tired today."})
    page = client.get(url).text
    assert "I made a mistake." in page and messages.REFRAME_NOTHING.format(id=entry_id) in page


def test_changing_an_entry_has_the_live_crisis_box_below_the_text(client):
    _, entry_id = _entry(client, "A quiet day.")
    page = client.get(f"/journal/{entry_id}/edit").text
    assert 'data-crisis="live-crisis"' in page and "data-analyze" not in page
    assert REGION.search(page)
    assert page.index('id="text"') < page.index('id="live-crisis"')
    assert 'data-points-at="live-crisis"' in page and '<form id="crisis-country-form"' in page


def test_writing_a_kinder_version_has_the_live_crisis_box_below_it(client):
    url, _ = _entry(client, "I am so stupid.")
    page = client.get(url).text
    assert 'data-crisis="reframe-crisis"' in page
    assert re.search(
        r'<div class="crisis-region" aria-live="polite">\s*<section class="crisis"[^>]*id="reframe-crisis"', page
    )
    assert page.index('id="reframe"') < page.index('id="reframe-crisis"')
    assert '<form id="reframe-country-form"' in page
