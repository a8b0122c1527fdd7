"""hearten journal: write, list, read, search, edit and delete entries."""

from __future__ import annotations

import click

from hearten import messages, services
from hearten.cli.context import echo_json, moment_option, read_stdin_text, stdin_is_piped
from hearten.domain.records import one_line


@click.group()
def journal():
    """Your journal: write freely, find things again."""


@journal.command("add")
@click.argument("text", nargs=-1)
@click.option("--mood", type=int, help="How you feel, 0 (very low) to 10 (very good).")
@click.option("--tag", "tags", multiple=True, help="A tag for the entry; repeat for more.")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the new entry as JSON, with what was noticed in it (`analysis`, null when notes after writing "
    "are turned off) and what hearten shows next (`safety`).",
)
@click.pass_obj
def add(app, text, mood, tags, as_json):
    """Write an entry: TEXT, or piped standard input, or your editor when neither."""
    if text:
        body = " ".join(text)
    elif stdin_is_piped():
        body = read_stdin_text().rstrip("\r\n")
    else:
        body = click.edit("", extension=".md", editor=app.settings.editor or None) or ""
        if not body.strip():
            click.echo(messages.ENTRY_EMPTY_NOT_SAVED, err=True)
            return
    entry_id = services.add_entry(app.store, text=body, mood=mood, tags=tags)
    from hearten.services.journal import after_writing as decide

    found = decide(body, notes=app.settings.analyze_after_add)  # crisis rules run even with notes off
    if as_json:
        from hearten.domain.shapes import entry_dict

        entry = entry_dict(services.get_entry(app.store, entry_id=entry_id))
        analysis = None if found.analysis is None else found.analysis.to_dict()
        echo_json({**entry, "analysis": analysis, "safety": found.decision.to_dict()})
    else:
        click.echo(entry_id)
    from hearten.cli.notice import after_writing

    # On stderr, after the id: scripts read the id from stdout.
    after_writing(app, body, entry_id, found=found)


@journal.command("list")
@click.option("--since", help="Only entries on or after this date (2026-11-01, yesterday, 7d).")
@click.option("--until", help="Only entries up to and including this date.")
@click.option("--tag", help="Only entries with this tag.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many (newest first).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of entries.")
@click.pass_obj
def list_(app, since, until, tag, limit, as_json):
    """List entries, newest first."""
    entries = services.list_entries(
        app.store, since=moment_option(since), until=moment_option(until, end_of_day=True), tag=tag, limit=limit
    )
    if as_json:
        from hearten.domain.shapes import entry_dict

        echo_json([entry_dict(e) for e in entries])
        return
    if not entries:
        click.echo(messages.NO_ENTRIES)
        return
    for entry in entries:
        click.echo(_one_line(entry))


@journal.command("show")
@click.argument("entry_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the entry as JSON.")
@click.pass_obj
def show(app, entry_id, as_json):
    """Show one entry in full."""
    from hearten.services import journal as service

    view = service.read(app.store, entry_id=entry_id)
    entry = view.entry
    if as_json:
        from hearten.domain.shapes import entry_dict, reframe_dict

        echo_json(
            {
                **entry_dict(entry),
                "reframes": [reframe_dict(r) for r in view.reframes],
                "analysis": view.analysis.to_dict(),
                "safety": view.decision.to_dict(),
            }
        )
        return
    header = f"#{entry.id}  {entry.created_at:%A %d %B %Y, %H:%M}"
    if entry.mood is not None:
        header += f"  ·  mood {entry.mood}/10"
    if entry.tags:
        header += "  ·  " + " ".join(f"@{t}" for t in entry.tags)
    click.echo(click.style(header, bold=True))
    click.echo()
    from hearten.cli.notice import show_entry

    show_entry(app, view)


@journal.command("reframe")
@click.argument("entry_id", type=int)
@click.option(
    "--sentence",
    "number",
    type=click.IntRange(min=1),
    help="Only this sentence, counting every sentence of the entry from 1.",
)
@click.option("--text", "kinder", help="Save this kinder version without asking (for scripts).")
@click.option("--json", "as_json", is_flag=True, help="Print the reframes saved this time as JSON.")
@click.pass_obj
def reframe(app, entry_id, number, kinder, as_json):
    """Look again, kindly, at the harsh sentences of an entry, one at a time."""
    from hearten.cli.notice import reframe_entry

    entry = services.get_entry(app.store, entry_id=entry_id)
    saved = reframe_entry(app, entry, number=number, kinder=kinder, quiet=as_json)
    if as_json:
        from hearten.domain.shapes import reframe_dict

        echo_json([reframe_dict(r) for r in saved])


@journal.command("search")
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of matching entries, best first.")
@click.pass_obj
def search(app, query, limit, as_json):
    """Find entries by their words, best match first."""
    entries = services.search_entries(app.store, query=" ".join(query), limit=limit)
    if as_json:
        from hearten.domain.shapes import entry_dict

        echo_json([entry_dict(e) for e in entries])
        return
    if not entries:
        click.echo(messages.NOTHING_FOUND)
        return
    for entry in entries:
        click.echo(_one_line(entry))


@journal.command("edit")
@click.argument("entry_id", type=int)
@click.option("--text", "new_text", help="New text (otherwise your editor opens with the entry).")
@click.option("--mood", type=int, help="Change the mood, 0 to 10.")
@click.option("--tag", "tags", multiple=True, help="Replace the tags; repeat for more.")
@click.pass_obj
def edit(app, entry_id, new_text, mood, tags):
    """Change an entry's text, mood or tags.

    New words are read as new writing is: crisis help comes first, otherwise a gentle note on harsh
    self-talk, as after `hearten journal add`.
    """
    entry = services.get_entry(app.store, entry_id=entry_id)
    if new_text is None and mood is None and not tags:
        # Only the text is left to change: take it from a pipe, or open the editor.
        if stdin_is_piped():
            new_text = read_stdin_text().rstrip("\r\n")
        else:
            new_text = click.edit(entry.text, extension=".md", editor=app.settings.editor or None)
    if new_text is None:
        new_text = entry.text
    if new_text == entry.text and mood is None and not tags:
        click.echo(messages.ENTRY_UNCHANGED.format(id=entry_id), err=True)
        return
    services.edit_entry(
        app.store, entry_id=entry_id, text=new_text, mood=entry.mood if mood is None else mood, tags=tags or None
    )
    click.echo(messages.ENTRY_UPDATED.format(id=entry_id), err=True)
    if new_text != entry.text:  # new words are read as new writing is: crisis help first, then the gentle note
        from hearten.cli.notice import after_writing

        after_writing(app, new_text, entry_id, notes=app.settings.analyze_after_add)


@journal.command("delete")
@click.argument("entry_id", type=int)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def delete(app, entry_id, yes):
    """Delete an entry for good."""
    services.get_entry(app.store, entry_id=entry_id)  # a clear error before asking, if it does not exist
    if not yes:
        click.confirm(messages.ENTRY_DELETE_CONFIRM.format(id=entry_id), abort=True)
    services.delete_entry(app.store, entry_id=entry_id)
    click.echo(messages.ENTRY_DELETED.format(id=entry_id), err=True)


def _one_line(entry) -> str:
    first = one_line(entry.text, 70)
    mood = f" [{entry.mood}]" if entry.mood is not None else ""
    tags = (" " + " ".join(f"@{t}" for t in entry.tags)) if entry.tags else ""
    return f"{entry.id:>5}  {entry.created_at:%Y-%m-%d %H:%M}{mood}  {first}{tags}"
