"""One rule for country codes (domain ResourceBook.listed_code): what `hearten help --country` shows
lines for, `hearten settings country` takes; what it names as unlisted, settings refuse."""

from __future__ import annotations

import pytest

from hearten.content.loaders import load_resources
from hearten.services.settings import check_country
from tests.support.cli import run_hearten


@pytest.mark.parametrize(
    ("given", "reaches"),
    [
        ("gb", "GB"),
        ("UK", "GB"),
        ("it", "EU"),
        ("De", "DE"),
        ("any", "ANY"),
        (" nz ", "NZ"),
        ("Germany", "DE"),
        ("new  zealand", "NZ"),
        ("England", "GB"),
        ("usa", "US"),
        ("United Kingdom", "GB"),
    ],
)
def test_a_code_reaches_one_entry(given, reaches):
    book = load_resources()
    assert book.listed_code(given) == reaches
    assert book.get(given).code == reaches


@pytest.mark.parametrize("given", ["XX", "zz", "EUR", "U K"])
def test_a_code_nobody_listed_reaches_nothing_and_help_falls_back_to_anywhere(given):
    book = load_resources()
    assert book.listed_code(given) is None and book.get(given).code == "ANY"
    with pytest.raises(Exception, match="no help lines listed"):
        check_country(given)


def test_every_code_help_shows_lines_for_is_taken_by_settings():
    book = load_resources()
    for code in [*book.countries, "UK", "it", "pl", "any"]:
        assert book.listed_code(check_country(code)) == book.listed_code(code)


def test_settings_country_takes_what_help_country_takes(home_env):
    for given, saved in (("uk", "GB"), ("it", "IT"), ("any", "ANY"), ("Germany", "DE")):
        help_out = run_hearten(["help", "--country", given], home_env, check=True).out
        assert "no lines of its own" not in help_out
        run_hearten(["settings", "country", given], home_env, check=True)
        assert run_hearten(["settings", "country"], home_env, check=True).out.strip() == saved
        assert run_hearten(["help"], home_env, check=True).out == help_out  # the saved code shows the same lines
    refused = run_hearten(["settings", "country", "xx"], home_env)
    assert refused.returncode != 0 and "XX" in refused.err and "UK" in refused.err and "ANY" in refused.err
    assert "no lines of its own for XX" in run_hearten(["help", "--country", "xx"], home_env, check=True).out


@pytest.mark.parametrize(
    ("locale", "region"),
    [
        ("en_GB.UTF-8", "GB"),
        ("de_DE@euro", "DE"),
        ("en-NZ", "NZ"),
        ("fr-FR,fr;q=0.9,en;q=0.5", "FR"),
        ("de,en-US;q=0.8", None),  # the person's first language names no region: no guess
        ("C.UTF-8", None),
        ("POSIX", None),
        ("en", None),
        ("", None),
        (None, None),
    ],
)
def test_a_locale_names_a_region_only_when_its_first_tag_has_one(locale, region):
    from hearten.domain.countries import country_from_locale

    assert country_from_locale(locale) == region
