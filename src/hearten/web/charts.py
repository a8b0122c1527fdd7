"""A small bar chart as inline SVG (line charts come from hearten.domain.charts), and a chart at two sizes."""

from __future__ import annotations

import hashlib
from xml.sax.saxutils import escape

PHONE_WIDTH = 300  # drawn at phone size: shown about 305 px wide on a 390 px screen, text stays above 12 px


def at_two_sizes(draw, **chart) -> str:
    """A line chart drawn wide and at phone size, the stylesheet showing one (`.chart-wide`, `.chart-narrow`):
    a wide chart scaled down to a phone would shrink its words to 5 or 6 px."""
    from hearten.domain.charts import WIDTH

    return (
        f'<div class="chart-wide">{draw(width=WIDTH, people_dates=True, **chart)}</div>'
        f'<div class="chart-narrow">{draw(width=PHONE_WIDTH, people_dates=True, **chart)}</div>'
    )


def bars_at_two_sizes(bars: list[tuple[str, float]], *, wide: int, **chart) -> str:
    """Bars drawn `wide` and at phone size, the stylesheet showing one, as at_two_sizes does for lines."""
    return (
        f'<div class="chart-wide">{bars_svg(bars, width=wide, **chart)}</div>'
        f'<div class="chart-narrow">{bars_svg(bars, width=PHONE_WIDTH, **chart)}</div>'
    )


def bars_svg(
    bars: list[tuple[str, float]],
    *,
    title: str,
    unit: str = "minutes",
    width: int = 640,
    height: int = 200,
    labels: int = 12,
) -> str:
    """Labelled bars, drawn in currentColor so they follow light and dark themes."""
    digest = hashlib.sha256(repr((title, bars, width)).encode()).hexdigest()[:8]  # two sizes on a page: two ids
    top_value = max((value for _, value in bars), default=0) or 1
    left, right, top, bottom = 12, 12, 36, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    slot = plot_w / max(1, len(bars))
    bar_w = max(4.0, slot * 0.6)
    total = sum(value for _, value in bars)
    desc = f"{len(bars)} bars; {round(total)} {unit} in all; the most was {round(top_value if total else 0)} {unit}."
    font = 13 if width < 500 else 12
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}"'
        f' role="img" aria-labelledby="bars-{digest}-t bars-{digest}-d" class="hearten-chart bars"'
        f' font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="{font}" fill="currentColor">',
        f'<title id="bars-{digest}-t">{escape(title)}</title>',
        f'<desc id="bars-{digest}-d">{escape(desc)}</desc>',
        f'<text x="{left}" y="20" font-size="15" font-weight="600">{escape(title)}</text>',
        f'<line x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}" '
        f'y2="{top + plot_h}" stroke="currentColor" stroke-opacity="0.4"/>',
    ]
    every = max(1, round(len(bars) / labels))  # about `labels` labels at most
    for n, (label, value) in enumerate(bars):
        h = plot_h * value / top_value
        x = left + slot * n + (slot - bar_w) / 2
        out.append(
            f'<rect class="bar" x="{x:.1f}" y="{top + plot_h - h:.1f}" '
            f'width="{bar_w:.1f}" height="{max(h, 0):.1f}" rx="3">'
            f"<title>{escape(label)}: {round(value)} {unit}</title></rect>"
        )
        if value and len(bars) <= min(14, labels * 2):
            out.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h - h - 5:.1f}" '
                f'text-anchor="middle">{round(value)}</text>'
            )
        if n % every == 0:
            out.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h + 18}" '
                f'text-anchor="middle" fill-opacity="0.85">{escape(label)}</text>'
            )
    out.append("</svg>")
    return "\n".join(out)
