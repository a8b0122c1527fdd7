"""Help lines printed from the quick copy (content/help_book.py, no pydantic) read exactly as
they do from the checked resources.toml: every country, none, an unknown code, a therapist."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from hearten.cli.help import print_resources
from hearten.cli.notice import show_crisis_help
from hearten.content import help_book
from hearten.services.practice_sessions import resource_book

CODES = [*resource_book().countries, None, "", "uk", "de", "at", "ZZ", " gb "]


def _printed(capsys, monkeypatch, *, quick: bool, country, therapist, crisis: bool) -> str:
    if not quick:
        monkeypatch.setattr(help_book, "book", lambda: None)
    app = SimpleNamespace(safe_settings=SimpleNamespace(country=country, therapist=therapist))
    print_resources(app, crisis=crisis)
    show_crisis_help(app, err=True)
    monkeypatch.undo()
    out = capsys.readouterr()
    return out.out + "\n--- stderr ---\n" + out.err


@pytest.mark.parametrize("country", CODES)
@pytest.mark.parametrize("therapist", ["", "Dr Rivera, 555 0100", "Sam"])
@pytest.mark.parametrize("crisis", [True, False])
def test_quick_copy_prints_what_the_checked_book_prints(capsys, monkeypatch, country, therapist, crisis):
    checked = _printed(capsys, monkeypatch, quick=False, country=country, therapist=therapist, crisis=crisis)
    quick = _printed(capsys, monkeypatch, quick=True, country=country, therapist=therapist, crisis=crisis)
    assert quick == checked
    assert "Emergency" in checked or "emergency" in checked  # the lines were really printed


def test_the_quick_copy_is_current_and_used():
    help_book.book.cache_clear()
    assert isinstance(help_book.book(), help_book.Book)
    assert help_book.CACHE.read_text(encoding="utf-8") == help_book.render_cache(), "run scripts/build_language_data.py"


def test_a_stale_copy_is_not_used(tmp_path, monkeypatch):
    stale = tmp_path / "resources.json"
    stale.write_text(help_book.CACHE.read_text(encoding="utf-8").replace('"toml_crc32": ', '"toml_crc32": 1'))
    monkeypatch.setattr(help_book, "CACHE", stale)
    help_book.book.cache_clear()
    try:
        assert help_book.book() is None
    finally:
        help_book.book.cache_clear()
