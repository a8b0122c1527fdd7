"""The same moments through the CLI (CliRunner) and the web (TestClient): the same decision, the same help lines.

Each case runs on one home that both front ends share, with no country chosen and with
one, on SQLite and PostgreSQL. What each front end should do comes from domain.safety;
the help lines come from the help service, and both front ends must show every one of
them, in order, exactly when the decision says help shows.
"""

from __future__ import annotations

import html
import json
import re

import pytest
from click.testing import CliRunner

from hearten.cli import cli
from hearten.config import load_settings
from hearten.domain import safety
from hearten.services import help as help_service
from tests.web.conftest import api_headers, post_form

CRISIS = {
    "wish to be dead": "I want to die.",
    "method and intent": "I'm going to kill myself tonight.",
    "burdensomeness": "Everyone would be better off without me.",
    "non-specific thoughts": "I have been thinking about ending my life.",
    "beside harsh self-talk": "I'm such an idiot. I don't want to be alive anymore.",
}
SADNESS = "I feel so sad and tired today."


@pytest.fixture(params=["", "GB"], ids=["no-country", "GB"])
def parity_env(home_env, request):
    return {**home_env, "HEARTEN_COUNTRY": request.param} if request.param else dict(home_env)


@pytest.fixture
def settings(parity_env):
    """The web app's settings (tests/web/conftest.py builds the app from this), read as the CLI reads them."""
    return load_settings(environ=parity_env)


def hearten(env: dict, *args: str, input: str | None = None):
    """`hearten ARGS` in-process; stdout and stderr apart."""
    result = CliRunner().invoke(
        cli, list(args), env={"HEARTEN_PASSPHRASE": None, **env}, input=input, catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return result


def names(settings) -> list[str]:
    """The lines a moment of distress shows: with no country, the directory and the emergency advice."""
    return [r.name for r in help_service.lines(settings, crisis=True)]


def shows_lines_in_order(text: str, expected: list[str]) -> bool:
    at = 0
    for name in expected:
        found = text.find(name, at)
        if found < 0:
            return False
        at = found + len(name)
    return True


# A crisis box kept hidden in a form, to open if crisis words are typed: not shown, so not read here.
_HIDDEN_BOX = re.compile(r'<section class="crisis"[^>]*\shidden>.*?</section>', re.S)


def shown_html(response) -> str:
    """The page's HTML without the boxes kept hidden."""
    return _HIDDEN_BOX.sub(" ", response.text)


def page_text(response) -> str:
    """What the page shows: its text without tags, and without the boxes kept hidden."""
    return html.unescape(re.sub(r"<[^>]+>", " ", shown_html(response)))


def assert_help(text: str, settings, decision) -> None:
    expected = names(settings)
    assert expected, "the help service lists no lines"
    if decision.show_help:
        assert shows_lines_in_order(text, expected), f"not every help line, in order: {expected}"
    else:
        assert not any(name in text for name in expected if "emergency" not in name.lower())


def assert_words(text: str, decision) -> None:
    flat = " ".join(text.split())
    for words in decision.words:
        assert " ".join(words.split()).rstrip(".") in flat  # a heading drops its full stop


# -- check-ins --------------------------------------------------------------------------------
@pytest.mark.parametrize("distress", [7, 8])
def test_checkin_distress(distress, parity_env, settings, client):
    decision = safety.after_checkin(distress)
    assert decision.show_help is (distress >= 8) and decision.offer_grounding is (distress >= 8)

    out = hearten(parity_env, "checkin", "--distress", str(distress)).stdout
    response = client.get(post_form(client, "/checkin", {"distress": str(distress)}).headers["location"])
    web = page_text(response)
    for text in (out, web):
        assert_words(text, decision)
        assert_help(text, settings, decision)
    assert ("hearten practice run grounding" in out) is decision.offer_grounding
    assert ('href="/practices/grounding?begin=now' in shown_html(response)) is decision.offer_grounding


# -- practices ----------------------------------------------------------------------------------
def _cli_practice(env, tmp_path, practice_id: str, answers: dict):
    path = tmp_path / f"answers-{practice_id}.json"
    path.write_text(json.dumps(answers))
    result = hearten(env, "practice", "run", practice_id, "--answers", str(path), "--pace", "fast", "--json")
    return json.loads(result.stdout)["safety"], result.stderr


def _web_practice(client, body: dict):
    recorded = client.post("/api/sessions", headers=api_headers(client), json=body)
    assert recorded.status_code == 201, recorded.text
    found = recorded.json()
    return found["safety"], client.get(found["next"])


GROUNDING_RUN = {
    "practice_id": "grounding",
    "reached": 5,
    "outcome": "completed",
    "timings": {"breath": 30},
    "answers": {"see": "a window, a cup"},
}


@pytest.mark.parametrize("case", ["rise of 3", "too much", "still very upset", "calmer"])
def test_practice_endings(case, parity_env, settings, client, tmp_path):
    if case == "rise of 3":
        cli_answers = {"distress_before": 2, "distress_after": 5}
        web_body = {
            "practice_id": "self-talk-30-30",
            "reached": 6,
            "outcome": "completed",
            "timings": {"regret": 30, "kindness": 30},
            "distress_before": 2,
            "distress_after": 5,
        }
        practice_id, reason = "self-talk-30-30", "rise"
    elif case == "too much":
        cli_answers = {"too_much_at": "regret"}
        web_body = {"practice_id": "self-talk-30-30", "reached": 2, "outcome": "too_much", "timings": {"regret": 3}}
        practice_id, reason = "self-talk-30-30", "too_much"
    else:
        answer = "Still very upset" if case == "still very upset" else "A little steadier"
        cli_answers = {"see": "a window, a cup", "check": answer}
        web_body = {**GROUNDING_RUN, "answers": {**GROUNDING_RUN["answers"], "check": answer}}
        practice_id, reason = "grounding", "still_upset" if case == "still very upset" else "none"

    cli_decision, cli_words = _cli_practice(parity_env, tmp_path, practice_id, cli_answers)
    web_decision, web_page = _web_practice(client, web_body)
    assert cli_decision == web_decision and cli_decision["reason"] == reason
    decision = safety.SafetyDecision(**{**cli_decision, "words": tuple(cli_decision["words"])})
    if reason == "too_much":
        return _too_much_page(web_page, settings, cli_words)
    for text in (
        cli_words if decision.show_help else hearten_closing(parity_env, tmp_path, practice_id, cli_answers),
        page_text(web_page),
    ):
        assert_words(text, decision)
        assert_help(text, settings, decision)
    if reason == "still_upset":
        assert "Thank you for giving yourself this time" not in page_text(web_page)
        assert not decision.offer_grounding  # grounding again would be a loop: the lines come straight away


def _too_much_page(web_page, settings, cli_words) -> None:
    # "Too much" in the web lands on the help page, which always shows every line.
    assert_help(page_text(web_page), settings, safety.SafetyDecision(show_help=True))
    assert_help(cli_words, settings, safety.SafetyDecision(show_help=True))


def hearten_closing(env, tmp_path, practice_id, answers) -> str:
    """What the CLI prints on stdout at the end of a practice that needs no help (its closing words)."""
    path = tmp_path / "closing.json"
    path.write_text(json.dumps(answers))
    return hearten(env, "practice", "run", practice_id, "--answers", str(path), "--pace", "fast").stdout


# -- writing ------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", [*CRISIS, "plain sadness"])
def test_writing(kind, parity_env, settings, client):
    text = CRISIS.get(kind, SADNESS)
    added = hearten(parity_env, "journal", "add", text)
    entry_id = added.stdout.strip()
    shown = json.loads(hearten(parity_env, "journal", "show", entry_id, "--json").stdout)
    analysed = client.post("/api/analyze", headers=api_headers(client), json={"text": text}).json()
    assert shown["safety"] == analysed["safety"]
    decision = safety.after_text(analysed)
    assert decision.reason == ("none" if kind == "plain sadness" else "crisis")

    page = client.get(post_form(client, "/journal", {"text": text}).headers["location"])
    cli_show = hearten(parity_env, "journal", "show", entry_id).stdout
    for text_shown in (added.stderr, cli_show, page_text(page)):
        assert_help(text_shown, settings, decision)
    if decision.help_first:
        # Help first and alone: no kinder-version offer, no thinking-trap prompt, in either front end.
        assert analysed["noticed"] == [] and "Kinder versions" not in page.text and "hl-trap" not in page.text
        assert "journal reframe" not in added.stderr and "Would you say" not in added.stderr
        assert page.text.index('class="crisis"') < page.text.index('class="entry"')
        assert cli_show.index(names(settings)[0]) < cli_show.index(text.split(".")[0])
    else:
        # A painful feeling on its own is not a trap to argue with: nothing offered, nothing "noticed", anywhere.
        assert not decision.offer_reframe and analysed["noticed"] == []
        assert added.stderr == "" and '<select id="original"' not in page.text


# -- words written beside a rating: a check-in's note, a practice's answer -------------------------
@pytest.mark.parametrize("kind", ["wish to be dead", "burdensomeness", "plain sadness"])
def test_checkin_note(kind, parity_env, settings, client):
    note = CRISIS.get(kind, SADNESS)
    decision = safety.after_checkin(2, note)
    assert decision.reason == ("none" if kind == "plain sadness" else "crisis")

    cli = json.loads(hearten(parity_env, "checkin", "--distress", "2", "--note", note, "--json").stdout)
    assert cli["safety"] == decision.to_dict()
    out = hearten(parity_env, "checkin", "--distress", "2", "--note", note).stdout
    response = client.get(post_form(client, "/checkin", {"distress": "2", "note": note}).headers["location"])
    for text in (out, page_text(response)):
        assert_help(text, settings, decision)
    assert ("hearten practice run grounding" in out) is decision.offer_grounding
    assert ('href="/practices/grounding?begin=now' in shown_html(response)) is decision.offer_grounding


def test_a_check_in_changed_into_crisis_words_brings_help(parity_env, settings, client):
    saved = post_form(client, "/checkin", {"mood": "5", "note": "A quiet day."})
    checkin_id = saved.headers["location"].rsplit("=", 1)[1]
    changed = post_form(client, f"/checkins/{checkin_id}/edit", {"mood": "5", "note": CRISIS["wish to be dead"]})
    assert changed.headers["location"] == f"/checkin?saved={checkin_id}"
    assert_help(page_text(client.get(changed.headers["location"])), settings, safety.crisis_decision())


def test_an_activity_in_crisis_words_brings_help(parity_env, settings, client):
    activity = "cut myself again"
    cli = json.loads(hearten(parity_env, "checkin", "--mood", "3", "--activity", activity, "--json").stdout)
    assert cli["safety"] == safety.crisis_decision().to_dict()
    response = client.get(post_form(client, "/checkin", {"mood": "3", "new_activities": activity}).headers["location"])
    assert_help(page_text(response), settings, safety.crisis_decision())
    calm = json.loads(hearten(parity_env, "checkin", "--mood", "6", "--activity", "walk", "--json").stdout)
    assert calm["safety"]["reason"] == "none"


@pytest.mark.parametrize("kind", ["non-specific thoughts", "plain sadness"])
def test_practice_answer(kind, parity_env, settings, client, tmp_path):
    answer = CRISIS.get(kind, SADNESS)
    cli_decision, cli_words = _cli_practice(
        parity_env, tmp_path, "grounding", {"see": answer, "check": "About the same"}
    )
    web_decision, web_page = _web_practice(
        client, {**GROUNDING_RUN, "answers": {"see": answer, "check": "About the same"}}
    )
    assert cli_decision == web_decision
    assert cli_decision["reason"] == ("none" if kind == "plain sadness" else "crisis")
    decision = safety.SafetyDecision(**{**cli_decision, "words": tuple(cli_decision["words"])})
    assert_help(page_text(web_page), settings, decision)
    if decision.show_help:
        assert_help(cli_words, settings, decision)
        assert web_page.text.index('class="crisis"') < web_page.text.index('class="card"')


def test_a_crisis_sentence_is_refused_a_kinder_version_with_help_in_both(parity_env, settings, client):
    text = "Work was hard. I want to kill myself. I'm such an idiot."
    decision = safety.crisis_decision()
    entry_id = hearten(parity_env, "journal", "add", text).stdout.strip()
    refused = CliRunner().invoke(
        cli,
        ["journal", "reframe", entry_id, "--sentence", "2", "--text", "kind"],
        env={"HEARTEN_PASSPHRASE": None, **parity_env},
    )
    assert refused.exit_code == 1
    assert_help(refused.output, settings, decision)
    assert "Saved beside the original" not in refused.output
    assert json.loads(hearten(parity_env, "journal", "show", entry_id, "--json").stdout)["reframes"] == []

    web_id = client.get(post_form(client, "/journal", {"text": text}).headers["location"]).url.path.rsplit("/", 1)[1]
    sent = post_form(client, f"/journal/{web_id}/reframes", {"original": "I want to kill myself.", "reframe": "kind"})
    assert sent.status_code == 400 and "Nothing is saved." in sent.text
    assert_help(page_text(sent), settings, decision)
    assert sent.text.index('class="crisis"') < sent.text.index('id="reframe-problem"')
    assert client.get("/journal/" + web_id).text.count('class="reframe"') == 0


def test_a_kinder_version_written_with_crisis_words_brings_help(parity_env, settings, client):
    harsh, crisis = "I'm such an idiot, I always mess up.", CRISIS["burdensomeness"]
    entry_id = hearten(parity_env, "journal", "add", harsh).stdout.strip()
    kept = hearten(parity_env, "journal", "reframe", entry_id, "--text", crisis)
    decision = safety.crisis_decision()
    assert_help(kept.output, settings, decision)
    shown = json.loads(hearten(parity_env, "journal", "show", entry_id, "--json").stdout)
    assert shown["safety"] == decision.to_dict()

    web_id = client.get(post_form(client, "/journal", {"text": harsh}).headers["location"]).url.path.rsplit("/", 1)[1]
    sent = post_form(client, f"/journal/{web_id}/reframes", {"original": harsh, "reframe": crisis})
    assert "#" not in sent.headers["location"]  # the page opens at its top, where the help is
    page = client.get(sent.headers["location"])
    assert_help(page_text(page), settings, decision)
    assert page.text.index('class="crisis"') < page.text.index('id="kinder"') and crisis in page.text
    assert "What hearten noticed" not in page.text and "hl-harsh" not in page.text  # help first and alone
    gentle = hearten(parity_env, "journal", "reframe", entry_id, "--text", "I was tired; I can try again.")
    assert_help(gentle.output, settings, safety.SafetyDecision())
