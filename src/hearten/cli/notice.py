"""What hearten says about what you wrote: the gentle notes after an entry.

Until the analyzer lands (issue 5) this only shows the text; it is the one place the
CLI turns an analysis into words.
"""

from __future__ import annotations

import click


def after_writing(app, text: str, entry_id: int) -> None:
    """After saving: nothing yet (the analyzer's notes come with issue 5)."""


def show_entry_text(app, text: str, reframes) -> None:
    click.echo(text)
    for reframe in reframes:
        click.echo()
        click.echo(click.style("You wrote: ", dim=True) + reframe.original)
        click.echo(click.style("A kinder way to say it: ", fg="green") + reframe.reframe)
