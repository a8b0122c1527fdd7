"""hearten export / hearten import: your data, in files you own."""

from __future__ import annotations

import click

from hearten import messages, services
from hearten.cli.context import echo_json


@click.command("export")
@click.option("--out", required=True, type=click.Path(dir_okay=True), help="File (or folder/.zip for CSV) to write.")
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True,
              help="json: one document with everything; csv: one file per table, in a folder or a .zip.")
@click.pass_obj
def export_command(app, out, fmt):
    """Export everything hearten keeps to a file you own."""
    path = services.export_to_file(app.store, out=out, fmt=fmt)
    click.echo(messages.EXPORT_DONE.format(path=path), err=True)


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--from", "source", type=click.Choice(["hearten", "jrnl", "daylio"]), default="hearten", show_default=True,
              help="What wrote the file.")
@click.option("--dry-run", is_flag=True, help="Report what would be imported and write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.pass_obj
def import_command(app, file, source, dry_run, as_json):
    """Import a file, all or nothing. Importing the same file twice adds nothing new."""
    result = services.import_file(app.store, path=file, source=source, dry_run=dry_run)
    if as_json:
        echo_json(result)
        return
    if dry_run:
        click.echo(messages.IMPORT_DRY.format(summary=_summary(result["in_file"])))
    elif not any(result["added"].values()):
        click.echo(messages.IMPORT_NOTHING_NEW)
    else:
        click.echo(messages.IMPORT_DONE.format(summary=_summary(result["added"])))


def _summary(counts: dict) -> str:
    parts = [f"{n} {name}" for name, n in counts.items() if n]
    return ", ".join(parts) if parts else "nothing"
