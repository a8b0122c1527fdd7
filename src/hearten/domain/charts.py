"""Small, dependency-free charts of scores over time: a text sparkline and an SVG line chart.

The SVG draws in currentColor so it follows the page's text colour in light and dark themes.
"""

from __future__ import annotations

import hashlib
import math
import re
from datetime import datetime
from xml.sax.saxutils import escape

BLOCKS = "▁▂▃▄▅▆▇█"

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 48, 92, 40, 40
PAD = 28  # keeps the first and last points and their date labels clear of the edges
BAND_SHADES = (0.05, 0.10, 0.15, 0.20)

# Characters XML 1.0 cannot carry at all; they are dropped rather than escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_number(value) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def sparkline(values, *, low: float | None = None, high: float | None = None) -> str:
    """One block character per value ('▁' lowest, '█' highest); a space for a missing value."""
    numbers = [clean_number(v) for v in values]
    present = [n for n in numbers if n is not None]
    if not present:
        return " " * len(numbers)
    low = min(present) if low is None else low
    high = max(present) if high is None else high
    out = []
    for number in numbers:
        if number is None:
            out.append(" ")
        elif high <= low:
            out.append(BLOCKS[len(BLOCKS) // 2 - 1])
        else:
            share = (min(max(number, low), high) - low) / (high - low)
            out.append(BLOCKS[min(int(share * len(BLOCKS)), len(BLOCKS) - 1)])
    return "".join(out)


def _text(value) -> str:
    return escape(_NOT_XML.sub("", str(value)))


def _attr(value) -> str:
    return escape(_NOT_XML.sub("", str(value)), {'"': "&quot;", "'": "&apos;"})


def band_parts(band) -> tuple[str, float, float]:
    # Accepts the instrument's Band objects or plain (name, min, max) tuples.
    if isinstance(band, (tuple, list)):
        name, low, high = band
    else:
        name, low, high = band.name, band.min, band.max
    return str(name), float(low), float(high)


def band_of(value: float, bands) -> str | None:
    """The band a value falls in: min inclusive, max exclusive, the top band inclusive of its max."""
    parts = [band_parts(b) for b in bands]
    for position, (name, low, high) in enumerate(parts):
        if low <= value < high or (position == len(parts) - 1 and value == high):
            return name
    return None


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def history_svg(
    points: list[tuple[datetime, float]],
    *,
    scale_min: float,
    scale_max: float,
    bands=(),
    title: str,
    width: int = WIDTH,
    gap_days: int | None = None,
    people_dates: bool = False,
) -> str:
    """An accessible SVG line chart of scores by date, with the bands shaded behind the line.

    For phones pass a width near the phone's (300: text 13, about 12.5 px shown on a 390 px screen);
    `gap_days` breaks the line where more days than that pass between points, so a gap
    in the data shows as a gap; `people_dates` writes dates as "4 Nov" instead of ISO.
    """
    if not scale_max > scale_min:
        raise ValueError("scale_max must be above scale_min")
    clean = sorted(
        ((when, number) for when, value in points if (number := clean_number(value)) is not None),
        key=lambda p: p[0],
    )
    digest = hashlib.sha256(repr((title, clean, width)).encode()).hexdigest()[:8]  # two sizes on a page: two ids
    ids = {"title": f"chart-{digest}-title", "desc": f"chart-{digest}-desc"}
    narrow = width < WIDTH
    right = RIGHT if bands or not narrow else 16
    plot_w, plot_h = width - LEFT - right, HEIGHT - TOP - BOTTOM

    def day_text(when: datetime) -> str:
        return f"{when.day} {when:%b}" if people_dates else when.date().isoformat()

    def y_of(value: float) -> float:
        value = min(max(value, scale_min), scale_max)
        return TOP + plot_h * (scale_max - value) / (scale_max - scale_min)

    if clean:
        first, last = clean[0][0], clean[-1][0]
        span = (last - first).total_seconds()

        def x_of(when: datetime) -> float:
            if span <= 0:
                return LEFT + plot_w / 2
            return LEFT + PAD + (plot_w - 2 * PAD) * (when - first).total_seconds() / span

        latest = clean[-1][1]
        latest_band = band_of(latest, bands)
        desc = (
            f"{len(clean)} score{'s' if len(clean) != 1 else ''} from {day_text(first)} to {day_text(last)},"
            f" on a scale from {_fmt(scale_min)} to {_fmt(scale_max)}. Latest {_fmt(latest)}"
            f"{f' ({latest_band})' if latest_band else ''} on {day_text(last)};"
            f" lowest {_fmt(min(v for _, v in clean))}, highest {_fmt(max(v for _, v in clean))}."
        )
    else:
        desc = "No scores yet."

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {HEIGHT}" width="{width}" height="{HEIGHT}"'
        f' role="img" aria-labelledby="{ids["title"]} {ids["desc"]}" class="hearten-chart"'
        ' font-family="system-ui, -apple-system, Segoe UI, sans-serif" '
        f'font-size="{13 if narrow else 12}" fill="currentColor">',
        f'<title id="{ids["title"]}">{_text(title)}</title>',
        f'<desc id="{ids["desc"]}">{_text(desc)}</desc>',
        # On a phone the title starts at the edge, not over the plot, so a long one still fits.
        f'<text x="{8 if narrow else LEFT}" y="22" font-size="{14 if narrow else 15}" font-weight="600">'
        f"{_text(title)}</text>",
    ]
    for position, band in enumerate(bands):
        name, low, high = band_parts(band)
        top, bottom = y_of(high), y_of(low)
        shade = BAND_SHADES[position % len(BAND_SHADES)]
        out.append(
            f'<rect x="{LEFT}" y="{top:.1f}" width="{plot_w}" height="{bottom - top:.1f}"'
            f' fill="currentColor" fill-opacity="{shade}"><title>{_text(name)}: '
            f"{_fmt(low)} to {_fmt(high)}</title></rect>"
        )
        out.append(
            f'<text x="{LEFT + plot_w + 8}" y="{(top + bottom) / 2 + 4:.1f}" fill-opacity="0.85">{_text(name)}</text>'
        )
    out += _axes(
        x_of if clean else None,  # x_of exists only when there is something to place
        y_of,
        [w for w, _ in clean],
        scale_min=scale_min,
        scale_max=scale_max,
        plot_w=plot_w,
        plot_h=plot_h,
        most=3 if narrow else 5,
        label=day_text,
    )
    if clean:
        for segment in _segments(clean, gap_days):
            coords = " ".join(f"{x_of(w):.1f},{y_of(v):.1f}" for w, v in segment)
            out.append(
                f'<polyline points="{coords}" fill="none" stroke="currentColor" '
                'stroke-width="2" stroke-linejoin="round"/>'
            )
        for when, value in clean:
            out.append(
                f'<circle cx="{x_of(when):.1f}" cy="{y_of(value):.1f}" r="3.5" fill="currentColor">'
                f"<title>{day_text(when)}: {_fmt(value)}</title></circle>"
            )
    out.append("</svg>")
    return "\n".join(out)


# Several lines in one chart: colours that stay apart for most kinds of colour vision
# (Okabe and Ito's, with two more), and a dash pattern each, so no line is told by colour alone.
LINE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D31", "#7F7F7F")
LINE_DASHES = ("", "6 3", "2 3", "8 3 2 3")
LEGEND_ROW = 18


def line_style(position: int) -> tuple[str, str]:
    """The colour and dash pattern ("" for solid) of the line at this position in a chart of several."""
    return LINE_COLOURS[position % len(LINE_COLOURS)], LINE_DASHES[position % len(LINE_DASHES)]


def lines_svg(
    series: list[tuple[str, list[tuple[datetime, float]]]],
    *,
    scale_min: float,
    scale_max: float,
    title: str,
    width: int = WIDTH,
) -> str:
    """An accessible SVG chart of several named lines by date on one scale, with a legend naming them.

    `series` is a list of (name, points); each line has its own colour and dash pattern, and
    the legend below the plot shows both beside each name.
    """
    if not scale_max > scale_min:
        raise ValueError("scale_max must be above scale_min")
    lines = [
        (
            str(name),
            sorted(
                ((when, number) for when, value in points if (number := clean_number(value)) is not None),
                key=lambda p: p[0],
            ),
        )
        for name, points in series
    ]
    everything = sorted(when for _, clean in lines for when, _ in clean)
    digest = hashlib.sha256(repr((title, lines, width)).encode()).hexdigest()[:8]
    ids = {"title": f"chart-{digest}-title", "desc": f"chart-{digest}-desc"}
    columns = 2 if width >= WIDTH else 1
    rows = math.ceil(len(lines) / columns)
    right = 24
    plot_w, plot_h = width - LEFT - right, HEIGHT - TOP - BOTTOM
    height = HEIGHT + 8 + rows * LEGEND_ROW

    def y_of(value: float) -> float:
        value = min(max(value, scale_min), scale_max)
        return TOP + plot_h * (scale_max - value) / (scale_max - scale_min)

    if everything:
        first, last = everything[0], everything[-1]
        span = (last - first).total_seconds()

        def x_of(when: datetime) -> float:
            if span <= 0:
                return LEFT + plot_w / 2
            return LEFT + PAD + (plot_w - 2 * PAD) * (when - first).total_seconds() / span

        latest = "; ".join(f"{name} {_fmt(clean[-1][1])}" for name, clean in lines if clean)
        desc = (
            f"{len(lines)} lines from {first.date().isoformat()} to {last.date().isoformat()},"
            f" on a scale from {_fmt(scale_min)} to {_fmt(scale_max)}. Latest: {latest}."
        )
    else:
        desc = "No scores yet."

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}"'
        f' role="img" aria-labelledby="{ids["title"]} {ids["desc"]}" class="hearten-chart"'
        ' font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12" fill="currentColor">',
        f'<title id="{ids["title"]}">{_text(title)}</title>',
        f'<desc id="{ids["desc"]}">{_text(desc)}</desc>',
        f'<text x="{LEFT}" y="22" font-size="15" font-weight="600">{_text(title)}</text>',
    ]
    out += _axes(
        x_of if everything else None,
        y_of,
        everything,
        scale_min=scale_min,
        scale_max=scale_max,
        plot_w=plot_w,
        plot_h=plot_h,
        most=5,
        label=lambda when: when.date().isoformat(),
    )
    if everything:
        for position, (name, clean) in enumerate(lines):
            if not clean:
                continue
            colour, dash = line_style(position)
            dashes = f' stroke-dasharray="{dash}"' if dash else ""
            coords = " ".join(f"{x_of(w):.1f},{y_of(v):.1f}" for w, v in clean)
            out.append(f'<g class="line"><title>{_text(name)}</title>')
            out.append(
                f'<polyline points="{coords}" fill="none" stroke="{colour}"{dashes} '
                'stroke-width="2" stroke-linejoin="round"/>'
            )
            for when, value in clean:
                out.append(
                    f'<circle cx="{x_of(when):.1f}" cy="{y_of(value):.1f}" r="3" fill="{colour}">'
                    f"<title>{_text(name)}, {when.date().isoformat()}: {_fmt(value)}</title></circle>"
                )
            out.append("</g>")
    column_w = (width - LEFT - right) / columns
    for position, (name, _) in enumerate(lines):
        colour, dash = line_style(position)
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        x = LEFT + (position % columns) * column_w
        y = HEIGHT + 8 + (position // columns) * LEGEND_ROW
        out.append(
            f'<line x1="{x:.1f}" x2="{x + 24:.1f}" y1="{y - 4}" y2="{y - 4}"'
            f' stroke="{colour}"{dashes} stroke-width="2"/>'
        )
        out.append(f'<text x="{x + 30:.1f}" y="{y}" class="legend">{_text(name)}</text>')
    out.append("</svg>")
    return "\n".join(out)


def _segments(points, gap_days: int | None) -> list[list]:
    """The points split wherever more than `gap_days` days pass between neighbours (never, for None)."""
    if gap_days is None:
        return [points]
    segments = [[points[0]]]
    for before, after in zip(points, points[1:]):
        if (after[0].date() - before[0].date()).days > gap_days:
            segments.append([])
        segments[-1].append(after)
    return segments


def _value_ticks(low: float, high: float) -> list[float]:
    span = high - low
    step = next(s for s in (0.5, 1, 2, 5, 10, 20, 25, 50, 100, 10**9) if span / s <= 6)
    first = math.ceil(low / step) * step
    ticks = []
    tick = first
    while tick <= high + 1e-9:
        ticks.append(tick)
        tick += step
    return ticks


def _date_ticks(times: list[datetime], most: int = 5) -> list[datetime]:
    """Up to `most` of the dates that carry scores, spread out, each date shown once."""
    seen: dict = {}
    for when in times:
        seen.setdefault(when.date(), when)
    unique = list(seen.values())
    if len(unique) <= most:
        return unique
    step = (len(unique) - 1) / (most - 1)
    return [unique[round(i * step)] for i in range(most)]


def _axes(x_of, y_of, times, *, scale_min, scale_max, plot_w, plot_h, most: int, label) -> list[str]:
    """What every score chart shares: the scale's lines and numbers, the baseline, and dates below it
    (`label(when)` for each), or "No scores yet" when there are no times."""
    out = []
    for tick in _value_ticks(scale_min, scale_max):
        y = y_of(tick)
        out.append(
            f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{y:.1f}" '
            f'y2="{y:.1f}" stroke="currentColor" stroke-opacity="0.15"/>'
        )
        out.append(f'<text x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end" fill-opacity="0.85">{_fmt(tick)}</text>')
    out.append(
        f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{TOP + plot_h}" '
        f'y2="{TOP + plot_h}" stroke="currentColor" stroke-opacity="0.6"/>'
    )
    if not times:
        out.append(f'<text x="{LEFT + plot_w / 2}" y="{TOP + plot_h / 2}" text-anchor="middle">No scores yet</text>')
        return out
    for when in _date_ticks(times, most=most):
        x = x_of(when)
        out.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{TOP + plot_h}" y2="{TOP + plot_h + 5}" stroke="currentColor"/>'
        )
        out.append(
            f'<text x="{x:.1f}" y="{TOP + plot_h + 20}" text-anchor="middle" fill-opacity="0.85">{label(when)}</text>'
        )
    return out
