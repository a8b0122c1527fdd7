"""The committed generated files are exactly what scripts/build_language_data.py builds: the
analyzer's gate table (else a stale table would be silently rebuilt, slowly) and language.json."""

import importlib.util
from pathlib import Path

from hearten.domain.language import _gate_table
from hearten.domain.language.analyzer import all_patterns, patterns_key

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_language_data.py"


def _script():
    spec = importlib.util.spec_from_file_location("build_language_data", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_files_are_what_the_script_builds():
    assert _gate_table.KEY == patterns_key(all_patterns()), "run scripts/build_language_data.py"
    for path, text in _script().render_all().items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name}: run scripts/build_language_data.py"


def test_the_gate_key_changes_with_the_gate_algorithm(monkeypatch):
    """A table built by another version of the gate algorithm is never used for these rules."""
    from hearten.domain.language import prefilter

    patterns = all_patterns()
    before = patterns_key(patterns)
    version = prefilter.algorithm_version()
    monkeypatch.setattr(prefilter, "algorithm_version", lambda: version + 1)
    assert patterns_key(patterns) != before


def test_the_gate_token_table_is_built_from_the_table():
    """The table carries no token table: the gate makes it from its factors, finding the same rules."""
    from hearten.domain.language.prefilter import Gate
    from hearten.domain.language.rules import normalise

    t = _gate_table
    assert not hasattr(t, "REGEX")
    from_table = Gate(
        t.ALWAYS, t.OWNERS, t.ALSO, t.ONE_SET, scan_budget=0, parts=t.PARTS, third=t.THIRD, no_third=t.NO_THIRD
    )
    built = Gate.build(all_patterns())
    assert from_table.factor_walk() == built.factor_walk()
    text = normalise("I keep thinking nobody would notice if I was gone. This deadline is killing me lol.")
    assert from_table.rules_for(text, 0, len(text)) == built.rules_for(text, 0, len(text))
