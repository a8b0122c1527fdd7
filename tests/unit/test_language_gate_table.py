"""The analyzer's prebuilt gate table matches its rules (else it would be silently rebuilt, slowly)."""

import importlib.util
from pathlib import Path

from hearten.domain.language import _gate_table
from hearten.domain.language.analyzer import all_patterns, patterns_key

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_language_gate.py"


def test_gate_table_is_current():
    assert _gate_table.KEY == patterns_key(all_patterns()), "run scripts/build_language_gate.py"
    spec = importlib.util.spec_from_file_location("build_language_gate", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.TARGET.read_text(encoding="utf-8") == module.render()
