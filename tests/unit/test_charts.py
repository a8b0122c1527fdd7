"""Charts: the sparkline, the SVG (well-formed, accessible, escaped) and the PNG."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

import pytest

from hearten.charts_png import history_png, lines_png
from hearten.domain.charts import BLOCKS, band_of, history_svg, line_style, lines_svg, sparkline

SVG = "{http://www.w3.org/2000/svg}"
BANDS = [("low", 1.0, 2.5), ("moderate", 2.5, 3.5), ("high", 3.5, 5.0)]
START = datetime(2025, 1, 6, 21, 30, tzinfo=UTC)
POINTS = [(START + timedelta(days=14 * n), v) for n, v in enumerate([2.1, 2.6, 3.0, 3.6, 4.2])]


def test_sparkline():
    assert sparkline([1, 2, 3, 4, 5, 6, 7, 8]) == BLOCKS
    assert sparkline([1, None, 5], low=1, high=5) == "▁ █"
    assert sparkline([3, 3]) == "▄▄"
    assert sparkline([]) == ""
    assert sparkline([None, float("nan")]) == "  "
    assert sparkline([0, 99], low=1, high=5) == "▁█"  # out of range is clamped


def test_band_of_boundaries():
    assert [band_of(v, BANDS) for v in (1.0, 2.5, 3.5, 5.0, 5.5)] == ["low", "moderate", "high", "high", None]


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def test_svg_is_well_formed_and_accessible():
    root = parse(history_svg(POINTS, scale_min=1, scale_max=5, bands=BANDS, title="Self-compassion"))
    assert root.tag == SVG + "svg" and root.get("role") == "img"
    title, desc = root.find(SVG + "title"), root.find(SVG + "desc")
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert title.text == "Self-compassion"
    assert "5 scores from 2025-01-06 to 2025-03-03" in desc.text and "Latest 4.2 (high)" in desc.text
    assert len(root.findall(SVG + "circle")) == 5
    assert len(root.findall(SVG + "rect")) == 3
    labels = [t.text for t in root.findall(SVG + "text")]
    assert "2025-01-06" in labels and "moderate" in labels
    assert "currentColor" in ET.tostring(root, encoding="unicode")


def test_svg_escapes_a_hostile_title():
    hostile = 'Mine</title><script>alert("x")</script> & <b>more</b>\x01'
    svg = history_svg(POINTS, scale_min=1, scale_max=5, bands=[("<img src=x>", 1, 5)], title=hostile)
    root = parse(svg)
    assert root.find(SVG + "title").text == hostile.replace("\x01", "")
    assert not root.findall(".//" + SVG + "script") and not root.findall(".//script")
    assert "<script>" not in svg and "<img" not in svg


def test_svg_without_points_and_with_one():
    empty = parse(history_svg([], scale_min=0, scale_max=10, title="Anxiety"))
    assert empty.find(SVG + "desc").text == "No scores yet."
    one = parse(history_svg(POINTS[:1], scale_min=1, scale_max=5, title="One"))
    assert len(one.findall(SVG + "circle")) == 1


def test_svg_skips_values_that_are_not_numbers():
    points = [*POINTS, (START + timedelta(days=200), float("nan")), (START + timedelta(days=201), None)]
    root = parse(history_svg(points, scale_min=1, scale_max=5, title="t"))
    assert len(root.findall(SVG + "circle")) == 5


def test_svg_needs_a_real_scale():
    with pytest.raises(ValueError):
        history_svg(POINTS, scale_min=5, scale_max=5, title="t")


def test_png_is_written(tmp_path):
    path = history_png(POINTS, scale_min=1, scale_max=5, bands=BANDS, title="Self-compassion", path=tmp_path / "c.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert [p.name for p in tmp_path.iterdir()] == ["c.png"]  # no temporary file left behind
    empty = history_png([], scale_min=0, scale_max=10, title="Nothing yet", path=tmp_path / "e.png")
    assert empty.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


SERIES = [
    ("Anxiety", POINTS),
    ("Going over <and> over", [(when, 6 - value) for when, value in POINTS]),
    ("Skipped every time", [(when, None) for when, _ in POINTS]),
]


def test_lines_svg_names_each_line_in_a_legend():
    root = parse(lines_svg(SERIES, scale_min=1, scale_max=5, title="Weekly"))
    assert root.get("role") == "img" and root.find(SVG + "title").text == "Weekly"
    legend = [t.text for t in root.iter(SVG + "text") if t.get("class") == "legend"]
    assert legend == ["Anxiety", "Going over <and> over", "Skipped every time"]
    polylines = root.findall(f".//{SVG}polyline")
    assert len(polylines) == 2 and len(root.findall(f".//{SVG}circle")) == 10  # nothing drawn for no values
    assert len({(line.get("stroke"), line.get("stroke-dasharray")) for line in polylines}) == 2
    assert [line.get("stroke") for line in polylines] == [line_style(0)[0], line_style(1)[0]]
    desc = root.find(SVG + "desc").text
    assert "3 lines from 2025-01-06 to 2025-03-03" in desc and "Latest: Anxiety 4.2; Going over <and> over 1.8" in desc


def test_lines_svg_without_points_and_with_a_bad_scale():
    empty = parse(lines_svg([("Anxiety", [])], scale_min=0, scale_max=10, title="Weekly"))
    assert empty.find(SVG + "desc").text == "No scores yet."
    with pytest.raises(ValueError):
        lines_svg(SERIES, scale_min=5, scale_max=5, title="t")


def test_lines_png_is_written(tmp_path):
    path = lines_png(SERIES, scale_min=1, scale_max=5, title="Weekly", path=tmp_path / "w.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert [p.name for p in tmp_path.iterdir()] == ["w.png"]


def test_matplotlib_is_imported_only_for_a_png():
    code = "import hearten.charts_png, hearten.domain.charts, sys; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
