"""`hearten analyze` through the installed script: text, stdin, JSON, streaming batch, crisis help first."""

from __future__ import annotations

import json
import os
import subprocess

from tests.support.cli import HEARTEN, run_hearten, run_json


def _env(tmp_path, **extra):
    return {"HEARTEN_HOME": str(tmp_path / "home"), **extra}


def test_text_names_the_trap_and_asks_a_kind_question(tmp_path):
    out = run_hearten(["analyze", "I'm such an idiot. I went for a walk."], _env(tmp_path), check=True).out
    assert out.startswith("I'm such an idiot. I went for a walk.")
    assert "Harsh self-talk" in out
    assert "Would you say this to a friend" in out
    assert "walk." in out.splitlines()[0] and "I went for a walk." not in out.split("\n\n", 1)[1]


def test_standard_input_is_read_when_there_is_no_text(tmp_path):
    out = run_hearten(["analyze"], _env(tmp_path), input="Everyone will laugh at me.", check=True).out
    assert "Mind reading" in out and "Fortune telling" in out


def test_ordinary_text_gets_a_quiet_answer(tmp_path):
    out = run_hearten(["analyze", "We had soup and watched the rain."], _env(tmp_path), check=True).out
    assert "Nothing harsh or heavy stood out" in out


def test_json_is_the_whole_analysis(tmp_path):
    data = run_json(["analyze", "--json", "I'm a failure. It was a nice lunch."], _env(tmp_path))
    assert set(data) == {"self_critical", "score", "crisis", "traps", "top_trap", "sentences"}
    assert data["self_critical"] is True and data["crisis"] is False
    assert [s["self_critical"] for s in data["sentences"]] == [True, False]
    start, end, kind = data["sentences"][0]["spans"][0]
    assert "I'm a failure"[start:end].lower().startswith("i") and kind in ("self_criticism", "trap:labeling")


def test_crisis_help_comes_first_in_text_mode(tmp_path):
    out = run_hearten(["analyze", "I'm useless. I want to die"], _env(tmp_path, HEARTEN_COUNTRY="US"), check=True).out
    assert "988" in out
    assert out.index("988") < out.index("I'm useless. I want to die")
    assert "Harsh self-talk" not in out  # help first and alone, as `journal add` and `journal show` do


def test_crisis_help_in_json_mode_goes_to_stderr_and_json_stays_clean(tmp_path):
    result = run_hearten(["analyze", "--json", "i wanna kms"], _env(tmp_path, HEARTEN_COUNTRY="GB"), check=True)
    assert json.loads(result.out)["crisis"] is True
    assert "Samaritans" in result.err


def test_crisis_help_without_a_country_shows_the_international_lines(tmp_path):
    out = run_hearten(["analyze", "I have a plan to end my life"], _env(tmp_path), check=True).out
    assert "findahelpline.com" in out and "112" in out
    assert out.index("112") < out.index("I have a plan")


def test_no_text_and_no_pipe_is_a_clear_error(tmp_path):
    result = subprocess.run(
        ["script", "-qec", f"{HEARTEN} analyze", "/dev/null"],
        env={**os.environ, **_env(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "give some text" in result.stdout + result.stderr


def _start_batch(tmp_path, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEARTEN_")}
    env.update(_env(tmp_path, **extra))
    return subprocess.Popen(
        [HEARTEN, "analyze", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )


def test_batch_streams_one_answer_per_line_before_the_next_is_sent(tmp_path):
    proc = _start_batch(tmp_path)
    try:
        proc.stdin.write(b'{"id": "a", "text": "I am so stupid"}\n')
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())  # answered while stdin is still open
        assert first == {
            "id": "a",
            "self_critical": True,
            "score": first["score"],
            "traps": first["traps"],
            "crisis": False,
        }
        assert isinstance(first["score"], float) and "labeling" in first["traps"]
        proc.stdin.write(b'{"id": 2, "text": "The bread came out well."}\n')
        proc.stdin.flush()
        second = json.loads(proc.stdout.readline())
        assert second == {"id": 2, "self_critical": False, "score": 0.0, "traps": [], "crisis": False}
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
    assert proc.returncode == 0


def test_batch_keeps_order_skips_empty_lines_and_marks_bad_lines(tmp_path):
    lines = [{"id": i, "text": t} for i, t in enumerate(["I ruin everything", "Lovely tea", "Nobody ever calls me"])]
    payload = (
        "\n".join(json.dumps(x) for x in lines[:2]) + "\n\nnot json at all\n[1, 2]\n" + json.dumps({"id": 9}) + "\n"
    )
    payload += json.dumps(lines[2]) + "\n"
    result = run_hearten(["analyze", "--batch"], _env(tmp_path), input=payload, check=True)
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert [r["id"] for r in rows] == [0, 1, None, None, 9, 2]
    assert rows[0]["self_critical"] and not rows[1]["traps"]
    assert "error" in rows[2] and "error" in rows[3] and "text" in rows[4]["error"]
    assert rows[5]["traps"]


def test_batch_marks_a_line_that_is_not_utf8_as_single_text_analyze_refuses_it(tmp_path):
    payload = b'{"id": 1, "text": "caf\xe9, I am so stupid"}\n{"id": 2, "text": "a real \xef\xbf\xbd stays"}\n'
    result = run_hearten(["analyze", "--batch"], _env(tmp_path), input=payload, check=True)
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert rows[0] == {"id": None, "error": "line 1: not UTF-8 text (byte 22 cannot be read)"}
    assert rows[1]["id"] == 2 and "error" not in rows[1]  # U+FFFD written as UTF-8 is text like any other
    single = run_hearten(["analyze"], _env(tmp_path), input=b"caf\xe9, I am so stupid")
    assert single.returncode == 1 and "not UTF-8 text (byte 3 cannot be read)" in single.err


def test_batch_crisis_row_brings_help_on_stderr(tmp_path):
    payload = json.dumps({"id": 1, "text": "i want to end it all"}) + "\n"
    result = run_hearten(["analyze", "--batch"], _env(tmp_path, HEARTEN_COUNTRY="US"), input=payload, check=True)
    assert json.loads(result.out)["crisis"] is True
    assert "988" in result.err


def test_batch_rows_are_written_exactly_as_json_would_write_them():
    from hearten.cli.analyze import encode_row
    from hearten.domain.language import analyze

    texts = ["I'm such an idiot", "I always mess everything up and I'll fail", "We had soup.", "I want to die"]
    ids = ["e1", 7, None, "naïve ✓", {"nested": [1, 2.5]}, 3.0, True]
    for text in texts:
        for id_ in ids:
            row = analyze(text).batch_row(id_)
            assert encode_row(row) == json.dumps(row, ensure_ascii=False)
    odd = {"id": None, "error": "line 3: not JSON"}
    assert encode_row(odd) == json.dumps(odd, ensure_ascii=False)


def test_batch_answers_a_large_piped_input_in_order(tmp_path):
    lines = [
        json.dumps({"id": i, "text": "I always mess everything up." if i % 3 else "We went for a walk."})
        for i in range(5000)
    ]
    result = run_hearten(["analyze", "--batch"], _env(tmp_path), input="\n".join(lines), check=True)
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert [r["id"] for r in rows] == list(range(5000))
    assert all(bool(r["traps"]) == bool(r["id"] % 3) for r in rows)


def _answers(lines, memory):
    from hearten.cli.analyze import _answer
    from hearten.domain.language import summarize

    dumps = json.JSONEncoder(ensure_ascii=False).encode
    scan = json.JSONDecoder().scan_once
    return [_answer(line, n, summarize, scan, dumps, memory) for n, line in enumerate(lines, 1)]


def test_batch_memory_answers_a_repeated_text_as_a_fresh_analysis_would(monkeypatch):
    import hearten.cli.analyze as batch

    texts = ["I'm such an idiot", "We had soup.", "I want to die", "naïve ✓ I'm useless", "Saturday night. I'm ready."]
    ids = ["e1", 7, None, 3.0, True, {"n": [1]}]
    lines = [json.dumps({"id": ids[n % len(ids)], "text": texts[n % len(texts)]}) for n in range(60)]
    lines += ["not json", json.dumps({"id": 4}), json.dumps({"id": 5, "text": 6})]
    fresh = _answers(lines, None)
    assert _answers(lines, {}) == fresh
    monkeypatch.setattr(batch, "BATCH_MEMORY", 3)  # emptied when full, again and again: still the same
    memory: dict = {}
    assert _answers(lines, memory) == fresh
    assert 0 < len(memory) <= 3
    long_text = "I ruin everything. " * 60  # longer than the memory keeps: answered, not kept
    memory = {}
    assert _answers([json.dumps({"id": 1, "text": long_text})] * 2, memory) == _answers(
        [json.dumps({"id": 1, "text": long_text})] * 2, None
    )
    assert not memory
    for (encoded, crisis), line in zip(fresh[:60], lines):
        item = json.loads(line)
        row = json.loads(encoded)
        assert row == analyze_row(item["text"], item["id"]) and crisis is row["crisis"]


def analyze_row(text, id_):
    from hearten.domain.language import analyze

    return analyze(text).batch_row(id_)


def test_batch_memory_is_smaller_than_the_varied_benchmark_pool(monkeypatch):
    """The varied benchmark's figure is meant to be the analysis's own: its lines recur only
    after the whole pool has gone by, so a memory smaller than the pool never answers them."""
    from pathlib import Path

    from hearten.cli.analyze import BATCH_MEMORY

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from analyze_batch_bench import journal_lines, varied_pool

    assert BATCH_MEMORY < len(varied_pool())
    assert BATCH_MEMORY < len(journal_lines())


def test_the_batch_benchmark_never_reads_the_held_out_crisis_files(monkeypatch):
    """They are the detector's blind judges, and the benchmark tools can print their input."""
    from pathlib import Path

    benchmarks = Path(__file__).resolve().parents[2] / "benchmarks"
    monkeypatch.syspath_prepend(str(benchmarks))
    import analyze_batch_bench

    read = []
    real = analyze_batch_bench._sentence_file
    monkeypatch.setattr(analyze_batch_bench, "_sentence_file", lambda path: read.append(path.name) or real(path))
    analyze_batch_bench.varied_pool()
    analyze_batch_bench.journal_lines()
    assert read and not [name for name in read if name.startswith("crisis_heldout")]
