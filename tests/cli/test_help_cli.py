"""hearten help: every line's note and how fresh it is; --json with source and last_verified."""

from __future__ import annotations

import pytest

from hearten.content.loaders import load_resources
from tests.support.cli import run_hearten, run_json


def test_help_shows_each_lines_note_and_how_fresh_it_is(home_env):
    out = run_hearten(["help"], home_env, check=True).out
    assert "For young people." in out  # Kids Help Phone, Canada
    assert "For urgent help that is not an emergency" in out  # NHS 111
    assert "(not yet checked)" in out
    assert "2026-11-27" not in out and "checked 27 Nov" not in out
    # Without a country: the main countries, and how to choose one.
    assert "988" in out and "116 123" in out and "13 11 14" in out
    assert "hearten help --country GB" in out and "DE (Germany)" in out


def test_help_for_one_country_shows_only_its_lines(home_env):
    out = run_hearten(["help", "--country", "de"], home_env, check=True).out
    assert "TelefonSeelsorge" in out and "0800 111 0 111" in out and "116 123" in out and "112 or 110" in out
    assert "988" not in out and "--country DE" not in out
    assert out.index("TelefonSeelsorge") < out.index("Emergency services")


def test_a_country_nobody_listed_is_named_and_the_lines_for_anywhere_follow(home_env):
    out = run_hearten(["help", "--country", "xx"], home_env, check=True).out
    assert "no lines of its own for XX" in out
    assert out.index("no lines of its own") < out.index("findahelpline.com") < out.index("call 112")
    assert "hearten help --country GB" in out and "DE (Germany)" in out  # and how to choose another
    assert "no lines of its own" not in run_hearten(["help", "--country", "uk"], home_env, check=True).out


def test_the_saved_country_is_used_and_the_own_therapist_comes_first(home_env):
    run_hearten(["settings", "country", "NZ"], home_env, check=True)
    run_hearten(["settings", "therapist", "Dr Rivera, 555 0100"], home_env, check=True)
    out = run_hearten(["help"], home_env, check=True).out
    assert out.startswith("If you need someone now\nIf you have already hurt yourself") and "call 111 now." in out
    out = out[out.index("these people are there to listen") :]  # the lines, after the urgent words
    assert out.index("Dr Rivera") < out.index("1737") < out.index("0508 828 865") < out.index("111")
    assert "Suicide Crisis Helpline" in out


def test_help_json_lists_every_line_with_its_source_and_last_verified(home_env):
    everything = run_json(["help", "--json"], home_env)
    book = load_resources()
    assert len(everything) == sum(len(c.resources) for c in book.countries.values())
    for line in everything:
        for field in (
            "name",
            "kind",
            "phone",
            "text",
            "web",
            "hours",
            "note",
            "source",
            "last_verified",
            "country",
            "freshness",
        ):
            assert field in line, field
        assert line["source"].startswith("https://")
        assert line["last_verified"] is None and line["freshness"] == "not yet checked"
    assert {line["country"] for line in everything} == set(book.countries)


def test_help_json_for_a_country_keeps_the_order_shown(home_env):
    de = run_json(["help", "--country", "DE", "--json"], home_env)
    assert [line["name"] for line in de] == ["TelefonSeelsorge", "Emergency services"]
    assert {line["country"] for line in de} == {"DE"}


def test_the_crisis_form_without_a_country_is_short_and_says_how_to_choose(home_env, capsys):
    from hearten.cli.help import print_resources
    from hearten.config import load_settings

    class App:
        safe_settings = load_settings(environ=home_env)

    print_resources(App(), crisis=True)
    out = capsys.readouterr().out
    assert "findahelpline.com" in out and "Your local emergency number: call 112" in out
    assert "988" not in out and "Samaritans" not in out
    assert "hearten help --country GB" in out
    # No country, no guess: no number named that might not work where the person is.
    assert out.startswith(
        "  If you have already hurt yourself or taken something, or you are in danger right now, "
        "call your local emergency number now."
    )
    print_resources(App(), country="IE", crisis=True)
    chosen = capsys.readouterr().out
    assert "Pieta" in chosen and "call 112 or 999 now." in chosen


def test_without_a_country_the_locale_puts_its_countrys_lines_first(home_env, capsys, monkeypatch):
    from hearten.cli.help import print_resources
    from hearten.config import load_settings

    class App:
        safe_settings = load_settings(environ=home_env)

    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    print_resources(App(), crisis=True)
    out = capsys.readouterr().out
    # A guess, said to be one: Germany's lines and numbers, the international directory after them in
    # case the guess is wrong, and still how to choose.
    assert "call 112 or 110 now, or your local emergency number if you are somewhere else" in out
    assert "Your local emergency number" in out  # the advice for anywhere stays, in case the guess is wrong
    assert "Lines for Germany first, going by this computer's language settings" in out
    assert out.index("TelefonSeelsorge") < out.index("findahelpline.com")
    assert "hearten help --country DE" in out and "988" not in out
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")  # LC_ALL outranks LANG, as in the C library
    print_resources(App())
    out = capsys.readouterr().out
    assert out.index("Samaritans") < out.index("988") and "Lines for United Kingdom first" in out
    App.safe_settings = load_settings(environ=home_env).replaced(country="IE")
    print_resources(App(), crisis=True)
    out = capsys.readouterr().out
    assert "Pieta" in out and "language settings" not in out and "NHS 111" not in out  # a chosen country wins


@pytest.mark.parametrize("typed", ["Germany", "germany", " DE ", "de"])
def test_a_country_may_be_given_by_name(home_env, capsys, typed):
    from hearten.cli.help import print_resources
    from hearten.config import load_settings

    class App:
        safe_settings = load_settings(environ=home_env)

    print_resources(App(), country=typed)
    out = capsys.readouterr().out
    assert "TelefonSeelsorge" in out and "no lines of its own" not in out


def test_crisis_help_leaves_out_how_fresh_its_lines_are(home_env):
    crisis = run_hearten(["checkin", "--distress", "9"], home_env, check=True).out
    assert "findahelpline.com" in crisis and "not yet checked" not in crisis
    assert "(not yet checked)" in run_hearten(["help"], home_env, check=True).out
