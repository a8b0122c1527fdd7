"""The check-in's food question, in the web and the terminal alike: about care and nourishment, with no
word that judges eating (as the self-care-check practice asks it)."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from hearten import messages
from hearten.cli import cli

JUDGING = re.compile(r"\b(eaten|eating|ate|well have you|really well|badly|healthy|diet)\b", re.IGNORECASE)


@pytest.fixture
def backend():
    return "sqlite"  # words only: the database makes no difference


def test_the_web_form_asks_about_care_not_how_well_you_ate(client):
    page = client.get("/checkin").text
    field = page[page.index('id="food-field"') : page.index("</fieldset>", page.index('id="food-field"'))]
    assert messages.CHECKIN_FOOD_QUESTION in field
    assert f"0 is {messages.CHECKIN_FOOD_LOW}, 10 is {messages.CHECKIN_FOOD_HIGH}." in field
    assert not JUDGING.search(field), JUDGING.search(field)


def test_the_terminal_asks_the_same_question(tmp_path, monkeypatch):
    monkeypatch.setattr("hearten.cli.checkin._interactive", lambda: True)
    env = {"HEARTEN_HOME": str(tmp_path / "home"), "HEARTEN_DATABASE_URL": None, "HEARTEN_PASSPHRASE": None}
    asked = CliRunner().invoke(cli, ["checkin"], env=env, input="6\n2\n\n\n\n7\n\n\n")
    assert asked.exit_code == 0, asked.output
    assert messages.CHECKIN_FOOD_QUESTION in asked.output
    assert f"0 ({messages.CHECKIN_FOOD_LOW}) to 10 ({messages.CHECKIN_FOOD_HIGH})" in asked.output
    line = next(line for line in asked.output.splitlines() if messages.CHECKIN_FOOD_QUESTION in line)
    assert not JUDGING.search(line)


def test_the_field_is_described_without_judgement_too(client):
    from hearten.domain.records import CHECKIN

    assert not JUDGING.search(CHECKIN.by_name["food"].doc)
    described = client.get("/api/openapi.json").json()["components"]["schemas"]["CheckinIn"]["properties"]["food"]
    assert not JUDGING.search(described["description"])
