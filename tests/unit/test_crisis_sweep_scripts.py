"""scripts/crisis_sweep.py tries constants on read sets only and puts them back; scripts/crisis_reasons.py
says which whose-and-when test left a crisis line out, and refuses the sets kept unread."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from hearten.domain.language import second_opinion

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def _script(name: str):
    sys.path.insert(0, str(SCRIPTS))
    try:
        spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(SCRIPTS))
    return module


def test_a_setting_is_read_as_names_and_numbers():
    sweep = _script("crisis_sweep")
    assert sweep.parse_setting("") == {}
    assert sweep.parse_setting("THRESHOLD=0.2, UNGATED_MARGIN=2.5") == {"THRESHOLD": 0.2, "UNGATED_MARGIN": 2.5}
    with pytest.raises(ValueError, match="NAME=VALUE"):
        sweep.parse_setting("THRESHOLD")


def test_the_sweep_uses_no_unread_or_held_out_set():
    sweep, compare = _script("crisis_sweep"), _script("crisis_compare")
    for files in sweep.GROUPS.values():
        assert not [name for name in files if compare._kept_unread(name)]


def test_the_sweep_puts_the_constants_back(tmp_path, monkeypatch, capsys):
    sweep = _script("crisis_sweep")
    (tmp_path / "crisis_dev_13.txt").write_text(
        "+ I want to kill myself tonight.\n- I could kill for a coffee.\n", encoding="utf-8"
    )
    monkeypatch.setattr(sweep, "DATA", tmp_path)
    monkeypatch.setattr(sweep, "GROUPS", {"dev 13": ["crisis_dev_13.txt"]})
    threshold, margin = second_opinion._load().threshold, second_opinion.UNGATED_MARGIN
    assert sweep.main(["", "THRESHOLD=50,UNGATED_MARGIN=9"]) == 0
    shown = capsys.readouterr().out.splitlines()
    assert len(shown) == 2 and all("dev 13 1/1 found, 0/1 flagged" in line for line in shown)
    assert (second_opinion._load().threshold, second_opinion.UNGATED_MARGIN) == (threshold, margin)
    with pytest.raises(SystemExit):
        sweep.main(["NO_SUCH_CONSTANT=1"])


def test_reasons_name_the_test_that_left_a_line_out(tmp_path, capsys):
    reasons = _script("crisis_reasons")
    path = tmp_path / "crisis_dev_13.txt"
    path.write_text(
        "+ Our manager took his own life on Tuesday.\n+ Buying milk on the way home.\n+ I want to die.\n",
        encoding="utf-8",
    )
    assert reasons.main([str(path)]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("2 of 3 crisis lines missed")
    assert "whose life or self it is" in shown and "never asked" in shown
    assert "I want to die." not in shown


def test_reasons_refuse_the_sets_kept_unread(tmp_path):
    reasons = _script("crisis_reasons")
    for name in ("crisis_dev_18.txt", "crisis_dev_19.txt", "crisis_heldout13.txt"):
        (tmp_path / name).write_text("+ a line nobody may see\n", encoding="utf-8")
        with pytest.raises(SystemExit):
            reasons.main([str(tmp_path / name)])
