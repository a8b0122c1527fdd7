"""scripts/crisis_compare.py shows the changed lines of read files and only counts those of the unread sets."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("crisis_compare", ROOT / "scripts" / "crisis_compare.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_unread_sets_are_counted_never_shown(tmp_path, capsys):
    read, unread = tmp_path / "crisis_dev_13.txt", tmp_path / "crisis_dev_17.txt"
    held_out = tmp_path / "crisis_heldout9.txt"
    read.write_text("+ a line that was read\n- a look-alike that was read\n", encoding="utf-8")
    unread.write_text("+ a line nobody may see\n", encoding="utf-8")
    held_out.write_text("- a held-out line\n", encoding="utf-8")
    before = {f"{read}:0": ["+", False], f"{read}:1": ["-", False], f"{unread}:0": ["+", False]}
    before[f"{held_out}:0"] = ["-", False]
    after = {f"{read}:0": ["+", True], f"{read}:1": ["-", True], f"{unread}:0": ["+", True]}
    after[f"{held_out}:0"] = ["-", True]
    (tmp_path / "before.json").write_text(json.dumps(before), encoding="utf-8")
    (tmp_path / "after.json").write_text(json.dumps(after), encoding="utf-8")
    assert _script().main(["--diff", str(tmp_path / "before.json"), str(tmp_path / "after.json")]) == 0
    shown = capsys.readouterr().out
    assert "a line that was read" in shown and "a look-alike that was read" in shown
    assert "nobody may see" not in shown and "a held-out line" not in shown
    assert "crisis_heldout9.txt      WORSE  1" in shown
    assert "crisis_dev_17.txt        better 1" in shown
    assert "crisis_dev_13.txt        WORSE  1" in shown


def test_every_data_file_is_read_and_the_unread_sets_exist():
    names = {path.name for path in _script().data_files()}
    assert set(_script().UNREAD) <= names
    assert any(name.startswith("crisis_heldout") for name in names)
