"""Small rules of domain/records.py that both front ends render."""

from hearten.domain.records import one_line, preview


def test_one_line_keeps_an_entrys_lines_apart_and_cuts_with_an_ellipsis():
    rain = "RAIN: what I recognised\nWorry,   mostly.\n\n\nRAIN: allowing\nIt is here."
    assert one_line(rain, 200) == "RAIN: what I recognised · Worry, mostly. · RAIN: allowing · It is here."
    cut = one_line(rain, 30)
    assert len(cut) <= 30 and cut.endswith("…") and cut.startswith("RAIN: what I recognised ·")
    assert one_line("short", 30) == "short" and one_line("", 30) == ""


def test_one_line_cut_after_a_separator_leaves_no_stray_dot():
    assert one_line("abc\ndef ghi", 6) == "abc…"
    assert one_line("hello world", 1) == "…"


def test_preview_keeps_lines_and_one_blank_line_between_paragraphs():
    assert preview("RAIN: noticing\n\n\n\n\nWorry,   mostly.\n", 200) == "RAIN: noticing\n\nWorry, mostly."
    assert preview("\n\nfirst\n\n", 200) == "first"
    cut = preview("one two three four", 10)
    assert len(cut) <= 10 and cut.endswith("…")
