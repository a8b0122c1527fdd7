"""Small rules of domain/records.py that both front ends render."""

from hearten.domain.records import one_line


def test_one_line_keeps_an_entrys_lines_apart_and_cuts_with_an_ellipsis():
    rain = "RAIN: what I recognised\nWorry,   mostly.\n\n\nRAIN: allowing\nIt is here."
    assert one_line(rain, 200) == "RAIN: what I recognised · Worry, mostly. · RAIN: allowing · It is here."
    cut = one_line(rain, 30)
    assert len(cut) <= 30 and cut.endswith("…") and cut.startswith("RAIN: what I recognised ·")
    assert one_line("short", 30) == "short" and one_line("", 30) == ""
