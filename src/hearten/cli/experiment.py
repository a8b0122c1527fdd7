"""hearten experiment: a randomised ABAB schedule to ask whether a practice helps you."""

from __future__ import annotations

import click

from hearten import messages
from hearten.cli.context import echo_json


def day_text(iso_or_date) -> str:
    from datetime import date

    day = date.fromisoformat(iso_or_date) if isinstance(iso_or_date, str) else iso_or_date
    return f"{day.day} {day:%b}"


@click.group("experiment")
def experiment():
    """A personal experiment: does a practice help you? Periods of practice and rest in a random order."""


@experiment.command("start")
@click.argument("practice")
@click.option("--question", required=True, help="What you want to find out, in your own words.")
@click.option(
    "--weeks",
    type=int,
    default=6,
    show_default=True,
    help="How long the experiment lasts (4 to 26 weeks: a result needs 14 days with a check-in on each side).",
)
@click.pass_obj
def start(app, practice, question, weeks):
    """Draw and save a schedule (at least 3 pairs of periods) starting tomorrow."""
    from hearten.services import experiments
    from hearten.services.insights import practice_titles

    saved = experiments.start(app.store, practice_id=practice, question=question, weeks=weeks)
    title = practice_titles().get(saved.practice_id, saved.practice_id)
    click.echo(
        messages.EXPERIMENT_SAVED.format(
            question=saved.question, start=day_text(saved.start), end=day_text(saved.end), title=title
        )
    )
    click.echo()
    for period in saved.periods:
        part = messages.EXPERIMENT_PERIOD[period.arm].format(title=title)
        click.echo(f"  {day_text(period.start):>6} to {day_text(period.end):<6}  {part}")


@experiment.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print the schedule and the result so far as JSON.")
@click.pass_obj
def status(app, as_json):
    """Today's part of the experiment and the result so far, with what it can and cannot mean."""
    from hearten.services import experiments

    document = experiments.status(app.store)
    if as_json:
        echo_json(document)
        return
    for line in render_status(document):
        click.echo(line)


@experiment.command("stop")
@click.pass_obj
def stop(app):
    """End the running experiment today (what was gathered stays)."""
    from hearten.services import experiments

    experiments.stop(app.store)
    click.echo(messages.EXPERIMENT_STOPPED)


def render_status(document: dict) -> list[str]:
    found = document["experiment"]
    if found is None:
        return [messages.EXPERIMENT_NONE]
    lines = [
        click.style(found["question"], bold=True),
        f"{found['title']}, {day_text(found['start'])} to {day_text(found['end'])}"
        + (f" (stopped on {day_text(found['stopped_on'])})" if found["stopped_on"] else "")
        + ".",
    ]
    result = document["result"]
    if document["today"]:
        lines.append(
            messages.EXPERIMENT_TODAY.format(
                part=messages.EXPERIMENT_PERIOD[document["today"]].format(title=found["title"])
            )
        )
    elif not result["finished"] and not found["stopped_on"]:
        lines.append(messages.EXPERIMENT_NOT_STARTED.format(start=day_text(found["start"])))
    else:
        lines.append(messages.EXPERIMENT_OVER)
    lines.append("")
    followed = result["followed"]
    if result["days_so_far"]:
        lines.append(
            messages.EXPERIMENT_FOLLOWED.format(
                p_ok=followed["practice"]["as_planned"],
                p_days=followed["practice"]["days"],
                r_ok=followed["rest"]["as_planned"],
                r_days=followed["rest"]["days"],
            )
        )
    for effect in result["effects"]:
        words = {**effect, "measure": messages.INSIGHTS_MEASURES.get(effect["measure"], effect["measure"])}
        if round(effect["difference"], 1) == 0:
            lines.append(messages.EXPERIMENT_RESULT_SAME.format(**words))
        else:
            lines.append(
                messages.EXPERIMENT_RESULT.format(
                    size=abs(effect["difference"]), direction="higher" if effect["difference"] > 0 else "lower", **words
                )
            )
    if not result["effects"] and result["days_so_far"]:
        lines.append(messages.EXPERIMENT_WAITING.format(days=result["days_needed"]))
    lines += ["", messages.EXPERIMENT_CAN_MEAN, messages.EXPERIMENT_CANNOT_MEAN]
    return [messages.counted(line) for line in lines]
