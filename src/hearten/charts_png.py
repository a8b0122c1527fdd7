"""A PNG chart of scores over time, drawn with matplotlib (imported only when a PNG is asked for)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path


def history_png(
    points: list[tuple[datetime, float]],
    *,
    scale_min: float,
    scale_max: float,
    bands=(),
    title: str,
    path: str | Path,
) -> Path:
    """Write a PNG line chart of scores by date, bands shaded, to path (atomically); returns the path."""
    # Figure + the Agg canvas directly: no pyplot, so no global backend or figure state is touched.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from hearten.domain.charts import band_parts, clean_number

    if not scale_max > scale_min:
        raise ValueError("scale_max must be above scale_min")
    # Plot each time at its own wall-clock date, so a late-evening score stays on its day.
    clean = sorted(
        (when.replace(tzinfo=None), number) for when, value in points if (number := clean_number(value)) is not None
    )
    figure = Figure(figsize=(6.4, 2.8), dpi=120)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    for position, band in enumerate(bands):
        name, low, high = band_parts(band)
        axes.axhspan(low, high, color="#5b7f95", alpha=0.08 + 0.07 * (position % 3), linewidth=0)
        axes.annotate(name, xy=(1.01, (low + high) / 2), xycoords=("axes fraction", "data"), va="center", fontsize=9)
    if clean:
        axes.plot([w for w, _ in clean], [v for _, v in clean], color="#1d3c4f", linewidth=2, marker="o", markersize=4)
    _dates_and_scale(axes, bool(clean), scale_min=scale_min, scale_max=scale_max, title=title)
    figure.tight_layout()
    return _write(figure, path)


def lines_png(
    series: list[tuple[str, list[tuple[datetime, float]]]],
    *,
    scale_min: float,
    scale_max: float,
    title: str,
    path: str | Path,
) -> Path:
    """Write a PNG chart of several named lines by date on one scale, with a legend, to path (atomically)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from hearten.domain.charts import clean_number, line_style

    if not scale_max > scale_min:
        raise ValueError("scale_max must be above scale_min")
    rows = -(-len(series) // 2)
    figure = Figure(figsize=(6.4, 2.8 + 0.25 * rows), dpi=120)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    drawn = False
    for position, (name, points) in enumerate(series):
        clean = sorted(
            (when.replace(tzinfo=None), number) for when, value in points if (number := clean_number(value)) is not None
        )
        colour, dash = line_style(position)
        style = (0, tuple(float(d) for d in dash.split())) if dash else "solid"
        axes.plot(
            [w for w, _ in clean],
            [v for _, v in clean],
            color=colour,
            linestyle=style,
            linewidth=2,
            marker="o",
            markersize=3.5,
            label=name,
        )
        drawn = drawn or bool(clean)
    _dates_and_scale(axes, drawn, scale_min=scale_min, scale_max=scale_max, title=title)
    figure.legend(loc="lower center", ncol=2, fontsize=8, frameon=False)
    figure.tight_layout(rect=(0, 0.06 * rows, 1, 1))
    return _write(figure, path)


def _dates_and_scale(axes, drawn: bool, *, scale_min: float, scale_max: float, title: str) -> None:
    """What every score chart shares: dates along the bottom (or "No scores yet"), the scale, the title."""
    from matplotlib.dates import AutoDateLocator, DateFormatter

    if drawn:
        axes.xaxis.set_major_locator(AutoDateLocator(minticks=2, maxticks=6))
        axes.xaxis.set_major_formatter(DateFormatter("%Y-%m-%d"))
    else:
        axes.set_xticks([])
        axes.text(0.5, 0.5, "No scores yet", transform=axes.transAxes, ha="center", va="center")
    axes.set_ylim(scale_min, scale_max)
    axes.set_title(title, loc="left", fontsize=12)
    axes.grid(axis="y", alpha=0.3)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _write(figure, path: str | Path) -> Path:
    import io

    from hearten.files import write_atomic

    target = Path(path)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    write_atomic(target, buffer.getvalue())  # the one write path: temp file, fsync, rename
    return target
