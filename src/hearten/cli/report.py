"""hearten report: a week or a month on one page or two, to print or bring to a therapist."""

from __future__ import annotations

import click

from hearten import messages


@click.command("report")
@click.option(
    "--period",
    type=click.Choice(["week", "month"]),
    default="week",
    show_default=True,
    help="The last 7 days or the last 30.",
)
@click.option("--out", type=click.Path(dir_okay=False), help="Save as FILE.pdf or FILE.html instead of printing.")
@click.option("--include-journal", is_flag=True, help="Add journal entries and check-in notes (left out unless asked).")
@click.option(
    "--leave-out",
    type=click.Choice(list(messages.REPORT_PARTS)),
    multiple=True,
    help="Leave a part out: the days' check-ins, practice, questionnaire scores, or what went with "
    "practising. Give it again to leave out more.",
)
@click.pass_obj
def report(app, period, out, include_journal, leave_out):
    """A summary of a week or a month: check-ins, practice, questionnaires and what went with practising."""
    from hearten.services import report as service

    if out:
        path = service.write_report(
            app.store, out=out, period=period, include_journal=include_journal, leave_out=leave_out
        )
        click.echo(messages.REPORT_SAVED.format(path=path))
        return
    from hearten import reports

    data = service.report_data(app.store, period=period, include_journal=include_journal, leave_out=leave_out)
    click.echo(reports.to_text(data))
