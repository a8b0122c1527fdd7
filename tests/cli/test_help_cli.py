"""hearten help: every line's note and how fresh it is; --json with source and last_verified."""

from __future__ import annotations

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
    assert "hearten help --country DE" in out and "DE (Germany)" in out


def test_help_for_one_country_shows_only_its_lines(home_env):
    out = run_hearten(["help", "--country", "de"], home_env, check=True).out
    assert "TelefonSeelsorge" in out and "0800 111 0 111" in out and "116 123" in out and "112 or 110" in out
    assert "988" not in out and "--country DE" not in out
    assert out.index("TelefonSeelsorge") < out.index("Emergency services")


def test_a_country_nobody_listed_is_named_and_the_lines_for_anywhere_follow(home_env):
    out = run_hearten(["help", "--country", "xx"], home_env, check=True).out
    assert "no lines of its own for XX" in out
    assert out.index("no lines of its own") < out.index("findahelpline.com") < out.index("call 112")
    assert "hearten help --country DE" in out and "DE (Germany)" in out  # and how to choose another
    assert "no lines of its own" not in run_hearten(["help", "--country", "uk"], home_env, check=True).out


def test_the_saved_country_is_used_and_the_own_therapist_comes_first(home_env):
    run_hearten(["settings", "country", "NZ"], home_env, check=True)
    run_hearten(["settings", "therapist", "Dr Rivera, 555 0100"], home_env, check=True)
    out = run_hearten(["help"], home_env, check=True).out
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
    assert "hearten help --country DE" in out
    print_resources(App(), country="IE", crisis=True)
    assert "Pieta" in capsys.readouterr().out
