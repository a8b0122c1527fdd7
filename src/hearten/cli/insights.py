"""hearten insights: what went with practice and with your good days, with intervals and counts."""

from __future__ import annotations

import click

from hearten import messages
from hearten.cli.context import echo_json


@click.command("insights")
@click.option("--days", type=int, help="Look at the last N days only (default: everything).")
@click.option("--json", "as_json", is_flag=True, help="Print every figure as JSON.")
@click.pass_obj
def insights(app, days, as_json):
    """What went with practising, and with your next day, in words with 95% intervals."""
    from hearten.services import insights as service

    document = service.insights_json(app.store, days=days)
    if as_json:
        echo_json(document)
        return
    for line in render(document):
        click.echo(line)


def render(document: dict) -> list[str]:
    """The insights document as lines of plain words."""
    from datetime import date

    lines = []
    if document["start"]:
        start = date.fromisoformat(document["start"])
        lines += [messages.INSIGHTS_HEADER.format(days=document["days"], start=f"{start.day} {start:%b %Y}"), ""]
    rated = [c for c in document["distress"] if c["n"]]
    if not (document["effects"] or document["associations"] or document["not_yet"] or rated):
        return [messages.counted(line) for line in [*lines, messages.INSIGHTS_NOTHING]]
    if document["effects"]:
        lines.append(click.style(messages.INSIGHTS_EFFECTS, bold=True))
        for e in document["effects"]:
            words = dict(
                title=e["title"],
                measure=messages.INSIGHTS_MEASURES.get(e["measure"], e["measure"]),
                when=messages.INSIGHTS_WHEN[e["lag"]],
            )
            if round(e["difference"], 1) == 0:
                lines.append("  " + messages.INSIGHTS_EFFECT_SAME.format(**words))
            else:
                lines.append(
                    "  "
                    + messages.INSIGHTS_EFFECT.format(
                        **words, size=abs(e["difference"]), direction="higher" if e["difference"] > 0 else "lower"
                    )
                )
            lines.append("    " + messages.INSIGHTS_INTERVAL.format(**e))
            if not e["clear"]:
                lines.append("    " + messages.INSIGHTS_UNCLEAR)
        lines.append("")
    if document["not_yet"]:
        lines.append(click.style(messages.INSIGHTS_NOT_YET_HEAD, bold=True))
        for w in document["not_yet"]:
            lines.append("  " + messages.insights_not_yet(w))
        lines += ["  " + messages.INSIGHTS_NOT_YET_RULE, ""]
    if rated:  # shown even when nothing else is: how often distress rose is worth knowing early
        lines.append(click.style(messages.INSIGHTS_DISTRESS_HEAD, bold=True))
        for c in rated:
            if c["mean_change"] is None:
                lines.append("  " + messages.INSIGHTS_DISTRESS_FEW.format(title=c["title"], n=c["n"]))
            else:
                lines.append(
                    "  "
                    + messages.INSIGHTS_DISTRESS.format(
                        title=c["title"], mean=c["mean_change"], low=c["low"], high=c["high"], n=c["n"]
                    )
                )
            lines.append(messages.INSIGHTS_RISES.format(rises=c["rises"], n=c["n"]))
        lines.append("")
    if document["associations"]:
        lines.append(click.style(messages.INSIGHTS_LINKS_HEAD, bold=True))
        for a in document["associations"]:
            lines.append("  " + messages.insights_link(a))
            lines.append("    " + messages.INSIGHTS_LINK_INTERVAL.format(**a))
        lines.append("  " + messages.INSIGHTS_LINKS_CHANCE)
        lines.append("")
    lines.append(messages.INSIGHTS_NOT_CAUSES)
    return [messages.counted(line) for line in lines]
