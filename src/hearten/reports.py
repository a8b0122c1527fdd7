"""The therapist report as HTML or PDF, made on this computer from report_data() (services.report).

The PDF is drawn by reportlab; user text is escaped for its paragraph markup. A font with
wide Unicode cover (DejaVu Sans, from Debian's fonts-dejavu) is used when present.
"""

from __future__ import annotations

import html
from pathlib import Path

from hearten import messages

UNICODE_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
UNICODE_FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def _day(moment) -> str:
    return f"{moment.day} {moment:%b %Y}"


def _short(moment) -> str:
    return f"{moment.day} {moment:%b}"


def _number(value, digits=1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def sections(data: dict) -> list[tuple[str, list]]:
    """The report as (heading, blocks); a block is ("p", text) or ("table", header, rows). Shared by both formats."""
    out = []
    summary = messages.REPORT_SUMMARY.format(
        checkins=f"{data['checkins']} check-in" + ("" if data["checkins"] == 1 else "s"),
        mood=_number(data["mood_average"]),
        distress=_number(data["distress_average"]),
    )
    parts = data.get("parts", tuple(messages.REPORT_PARTS))
    rows = [[_short(r["day"]), _number(r["mood"]), _number(r["distress"]), _number(r["sleep"])] for r in data["days"]]
    blocks = [("p", summary)]
    if rows:
        blocks.append(("table", ["Day", "Mood (0-10)", "Distress (0-10)", "Sleep (hours)"], rows))
    if "days" in parts:
        out.append(("How the days went", blocks))
    if "practice" not in parts:
        pass
    elif data["practices"]:
        rows = [
            [
                p["title"],
                str(p["sessions"]),
                str(p["minutes"]),
                "–" if p["mean_change"] is None else f"{p['mean_change']:+.1f} ({p['rated']})",
            ]
            for p in data["practices"]
        ]
        out.append(("Practice", [("table", ["Practice", "Sessions", "Minutes", "Distress change (rated)"], rows)]))
    else:
        out.append(("Practice", [("p", messages.REPORT_NO_PRACTICE)]))
    if data["scores"] and "questionnaires" in parts:
        rows = [
            [_short(s["taken_at"]), s["instrument"], _number(s["total"], 2), s["band"] or ""] for s in data["scores"]
        ]
        out.append(("Questionnaires", [("table", ["Day", "Questionnaire", "Score", "Band"], rows)]))
    if data["effects"] and "insights" in parts:
        words = [("p", messages.REPORT_EFFECTS_NOTE)]
        rows = [
            [
                e["title"],
                messages.INSIGHTS_MEASURES.get(e["measure"], e["measure"]),
                messages.INSIGHTS_WHEN[e["lag"]],
                f"{e['difference']:+.1f}",
                f"{e['low']:+.1f} to {e['high']:+.1f}",
                f"{e['n_with']} / {e['n_without']}",
            ]
            for e in data["effects"]
        ]
        words.append(
            ("table", ["Practice", "Measure", "When", "Difference", "95% interval", "Days with / without"], rows)
        )
        out.append(("What went with practising (all your days)", words))
    if data["include_journal"]:
        blocks = [("p", f"{_short(n['at'])}, check-in note: {n['text']}") for n in data["notes"]]
        blocks += [("p", f"{_short(e['at'])}: {e['text']}") for e in data["entries"]]
        out.append(("Journal", blocks or [("p", messages.REPORT_NO_JOURNAL)]))
    return out


def title(data: dict) -> str:
    return messages.REPORT_TITLE.format(period=data["period"], start=_day(data["start"]), end=_day(data["end"]))


def to_text(data: dict) -> str:
    lines = [title(data), ""]
    for heading, blocks in sections(data):
        lines.append(heading)
        for block in blocks:
            if block[0] == "p":
                lines.append("  " + block[1])
            else:
                _, header, rows = block
                widths = [max(len(str(c)) for c in column) for column in zip(header, *rows)]
                for row in (header, *rows):
                    lines.append("  " + "  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip())
        lines.append("")
    lines.append(messages.REPORT_FOOTER)
    return "\n".join(lines)


def to_html(data: dict) -> str:
    e = html.escape
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title(data))}</title>",
        "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}"
        "table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border-bottom:1px solid #ccc;padding:.25rem .6rem;"
        "text-align:left}th{font-weight:600}p.entry{white-space:pre-wrap}"
        # a long link or word in a note wraps instead of widening the page on a phone
        "p,td{overflow-wrap:anywhere}table{max-width:100%}</style></head><body>",
        f"<h1>{e(title(data))}</h1>",
    ]
    for heading, blocks in sections(data):
        parts.append(f"<h2>{e(heading)}</h2>")
        for block in blocks:
            if block[0] == "p":
                parts.append(f'<p class="entry">{e(block[1])}</p>')
            else:
                _, header, rows = block
                parts.append(
                    "<table><thead><tr>"
                    + "".join(f'<th scope="col">{e(h)}</th>' for h in header)
                    + "</tr></thead><tbody>"
                )
                parts += ["<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>" for row in rows]
                parts.append("</tbody></table>")
    parts.append(f"<footer><p>{e(messages.REPORT_FOOTER)}</p></footer></body></html>")
    return "\n".join(parts)


def to_pdf(data: dict) -> bytes:
    import io

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font, bold = _fonts()
    styles = getSampleStyleSheet()
    for name in ("Title", "Heading2", "BodyText"):
        styles[name].fontName = bold if name != "BodyText" else font

    def para(text, style="BodyText"):
        escaped = html.escape(text, quote=False).replace("\n", "<br/>")
        return Paragraph(escaped, styles[style])

    story = [para(title(data), "Title")]
    for heading, blocks in sections(data):
        story.append(para(heading, "Heading2"))
        for block in blocks:
            if block[0] == "p":
                story.append(para(block[1]))
            else:
                _, header, rows = block
                table = Table(
                    [[para(str(c)) for c in header], *[[para(str(c)) for c in row] for row in rows]],
                    repeatRows=1,
                    hAlign="LEFT",
                )
                table.setStyle(
                    TableStyle(
                        [("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                    )
                )
                story.append(table)
            story.append(Spacer(1, 0.2 * cm))
    story.append(Spacer(1, 0.5 * cm))
    story.append(para(messages.REPORT_FOOTER))
    buffer = io.BytesIO()
    # invariant=1: no creation time or random id in the file, so the same data give the same bytes
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=title(data),
        author="",
        creator="hearten",
        invariant=1,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
    ).build(story)
    return buffer.getvalue()


def _fonts() -> tuple[str, str]:
    """DejaVu Sans when installed (most scripts), else the built-in Helvetica (Latin only)."""
    if not (UNICODE_FONT.exists() and UNICODE_FONT_BOLD.exists()):
        return "Helvetica", "Helvetica-Bold"
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(UNICODE_FONT)))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(UNICODE_FONT_BOLD)))
    return "DejaVuSans", "DejaVuSans-Bold"
