"""hearten export / hearten import: your data, in files you own."""

from __future__ import annotations

import click

from hearten import messages, services
from hearten.cli.context import echo_json


@click.command("export")
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=True),
    help="File to write; a folder or .zip for CSV or Markdown; one .md file for all entries.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "csv", "markdown"]),
    default="json",
    show_default=True,
    help="json: one document with everything; csv: one file per table; markdown: one file per entry.",
)
@click.option("--encrypt", is_flag=True, help="Write one encrypted file that needs a passphrase to read.")
@click.option(
    "--passphrase-stdin", is_flag=True, help="Read the export's passphrase from standard input (for scripts)."
)
@click.option(
    "--decrypt",
    "decrypt",
    type=click.Path(dir_okay=False),
    help="Instead: open an encrypted export (any format) with its passphrase and write what it holds to --out.",
)
@click.pass_context
def export_command(ctx, out, fmt, encrypt, passphrase_stdin, decrypt):
    """Export everything hearten keeps to a file you own.

    With --decrypt FILE, give back what an encrypted export holds: JSON or one .md file at
    --out; CSV or Markdown files into the new folder --out (or a .zip). Your journal is not opened.
    """
    from click.core import ParameterSource

    app = ctx.obj
    if decrypt:
        for option in ("encrypt", "format"):
            if ctx.get_parameter_source(option if option != "format" else "fmt") is ParameterSource.COMMANDLINE:
                raise click.UsageError(messages.EXPORT_DECRYPT_WITH.format(option=option))
        services.check_encrypted_export(decrypt)  # before asking for a passphrase
        passphrase = _passphrase(passphrase_stdin, messages.EXPORT_PASSPHRASE_ASK)
        done = services.decrypt_export(path=decrypt, out=out, passphrase=passphrase)
        what = "1 file" if done["files"] == 1 else f"{done['files']} files"
        click.echo(messages.EXPORT_DECRYPTED.format(what=what, path=done["out"]), err=True)
        return
    passphrase = None
    if encrypt:
        passphrase = _passphrase(passphrase_stdin, messages.EXPORT_PASSPHRASE_NEW, confirm=True)
    path = services.export_to_file(app.store, out=out, fmt=fmt, passphrase=passphrase)
    click.echo(messages.EXPORT_DONE.format(path=path), err=True)


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--from",
    "source",
    type=click.Choice(["hearten", "jrnl", "daylio"]),
    default="hearten",
    show_default=True,
    help="What wrote the file: hearten's JSON export, jrnl (JSON export or journal.txt), or Daylio's CSV.",
)
@click.option("--dry-run", is_flag=True, help="Report what would be imported and write nothing.")
@click.option("--mood-map", help="Daylio moods as numbers 0-10, for example: sad=3,fine=6")
@click.option("--passphrase-stdin", is_flag=True, help="Read an encrypted export's passphrase from standard input.")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.pass_obj
def import_command(app, file, source, dry_run, mood_map, passphrase_stdin, as_json):
    """Import a file, all or nothing. Importing the same file twice adds nothing new."""
    from pathlib import Path

    passphrase = None
    data = services.read_import_file(file)  # bounded; the bytes go to the service, never to another file
    if services.is_encrypted_data(data):
        passphrase = _passphrase(passphrase_stdin, messages.EXPORT_PASSPHRASE_ASK)
    result = services.import_bytes(
        app.store,
        data=data,
        name=Path(file).name,
        source=source,
        dry_run=dry_run,
        mood_map=_mood_map(mood_map),
        passphrase=passphrase,
    )
    if as_json:
        echo_json(result)
        return
    if dry_run and not any(result["added"].values()):
        click.echo(messages.IMPORT_DRY_NOTHING_NEW.format(summary=_summary(result["in_file"])))
    elif dry_run:
        click.echo(messages.IMPORT_DRY.format(summary=_summary(result["in_file"]), added=_summary(result["added"])))
    elif not any(result["added"].values()):
        click.echo(messages.IMPORT_NOTHING_NEW)
    else:
        click.echo(messages.IMPORT_DONE.format(summary=_summary(result["added"])))
    if result.get("note"):
        click.echo(result["note"])


def _passphrase(from_stdin: bool, prompt: str, confirm: bool = False) -> str:
    import os

    from hearten.cli.context import fail, read_stdin_text, stdin_is_terminal

    if from_stdin:
        lines = read_stdin_text().splitlines()
        if not lines:
            fail("--passphrase-stdin: standard input is empty")
        return lines[0]
    if os.environ.get("HEARTEN_PASSPHRASE"):
        return os.environ["HEARTEN_PASSPHRASE"]
    if not stdin_is_terminal():
        fail(messages.PASSPHRASE_NEEDED.format(env="HEARTEN_PASSPHRASE"))
    first = click.prompt(prompt, hide_input=True, err=True)
    if confirm:
        services.check_new_passphrase(first)  # say so before asking for it twice
    if confirm and click.prompt(messages.PASSPHRASE_REPEAT, hide_input=True, err=True) != first:
        fail(messages.PASSPHRASE_MISMATCH)
    return first


def _mood_map(text: str | None) -> dict | None:
    """--mood-map "sad=3,fine=6" as {"sad": 3, "fine": 6}."""
    from hearten.domain.importers import ImportFileError, parse_mood_map

    try:
        return parse_mood_map(text)
    except ImportFileError as error:
        raise click.UsageError(f"--mood-map: {error}") from None


def _summary(counts: dict) -> str:
    return ", ".join(messages.records_counted(counts, leave_out_none=True)) or "nothing"
