"""Grounding in one action: every "start grounding" button begins the practice at once, with the distress
just given standing as the one before, and the plain practice page stays as it was."""

from __future__ import annotations

import pytest

from tests.web.conftest import post_form


def test_after_a_high_distress_check_in_the_button_begins_grounding_with_that_distress(client):
    saved = post_form(client, "/checkin", {"distress": "8"})
    page = client.get(saved.headers["location"]).text
    assert 'href="/practices/grounding?begin=now&amp;distress=8">Start a grounding practice</a>' in page


def test_begun_at_once_the_player_asks_nothing_first(client):
    page = client.get("/practices/grounding?begin=now&distress=8").text
    assert 'data-begin="now" data-distress-before="8"' in page
    assert "Before you start: how much distress" not in page  # already given
    assert "The bell</legend>" not in page and "Builds:" not in page
    assert 'class="steps-as-text"' in page  # without JavaScript, the steps to read


def test_the_plain_practice_page_still_asks_first(client):
    page = client.get("/practices/grounding").text
    assert "data-begin" not in page
    assert "Before you start: how much distress" in page and 'data-action="start">Begin' in page


@pytest.mark.parametrize("given", ["11", "-1", "eight", "8.5", ""])
def test_a_distress_outside_0_to_10_is_left_out(client, given):
    page = client.get(f"/practices/grounding?begin=now&distress={given}").text
    assert 'data-begin="now"' in page and "data-distress-before" not in page


def test_help_after_a_practice_was_too_much_begins_grounding_at_once(client):
    page = client.get("/help?from=practice").text
    assert 'href="/practices/grounding?begin=now">A short grounding practice</a>' in page
