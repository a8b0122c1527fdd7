"""benchmarks/engine_timing.py, which `make bench` runs: it reaches the timed step past any
choice before it, and says so plainly rather than crashing when it has nothing to measure."""

from __future__ import annotations

from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture
def engine_timing(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import engine_timing

    return engine_timing


def test_a_short_run_reaches_the_timer_past_the_choice_of_anchor(engine_timing, capsys):
    assert engine_timing.main(["--seconds", "2"]) == 0
    out = capsys.readouterr().out
    assert "2 ticks (1 s bells)" in out
    assert "lateness per tick: max" in out


def test_no_ticks_is_a_clear_failure_not_an_index_error(engine_timing, monkeypatch, capsys):
    monkeypatch.setattr(engine_timing, "run", lambda seconds: ([], 0.0))
    assert engine_timing.main(["--seconds", "2"]) == 1
    assert "no ticks were collected" in capsys.readouterr().err


def test_walking_to_a_timer_that_never_comes_stops_with_a_message(engine_timing):
    from hearten.content.loaders import load_practice
    from hearten.domain.practice_player import Engine

    with pytest.raises(SystemExit, match="no timed step"):
        engine_timing.to_the_timer(Engine(load_practice("friend-perspective")))
