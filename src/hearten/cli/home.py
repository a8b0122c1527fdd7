"""The calm home screen: `hearten` with no arguments (or `hearten home`)."""

from __future__ import annotations

import click

from hearten import messages
from hearten.domain.records import one_line


@click.command("home")
@click.pass_obj
def home(app):
    """Today at a glance: check-ins, recent entries, practice, where to find help (first, after a hard day)."""
    show_home(app)


def show_home(app) -> None:
    from hearten.domain.records import now
    from hearten.errors import Locked
    from hearten.services.home import today as home_today

    moment = now()
    try:
        data = home_today(app.store, moment=moment, could_encrypt=_could_encrypt(app))
    except Locked:
        # Even locked, the home screen says how to open it and where help is.
        click.echo(messages.HOME_LOCKED)
        click.echo()
        click.echo(messages.HOME_HELP_LINE)
        return
    name = app.settings.name
    from hearten.domain.dates import part_of_day

    greeting = messages.home_greeting(part_of_day(moment.hour), hard_day=data["decision"].show_help)
    greeting += f", {name}." if name else "."
    click.echo(click.style(greeting, bold=True))
    click.echo()
    if data["decision"].show_help:  # after a hard day the help comes first, not only in the last line
        from hearten.cli.notice import show_decision

        show_decision(app, data["decision"])
    if data["checkins"]:
        click.echo("Today's check-ins:")
        for c in data["checkins"]:
            bits = [
                f"{label} {value:g}"
                for label, value in (("mood", c.mood), ("distress", c.distress))
                if value is not None
            ]
            click.echo(f"  {c.at:%H:%M}  " + (", ".join(bits) or "noted"))
    else:
        click.echo(messages.HOME_NO_CHECKIN)
    click.echo()
    if data["recent_entries"]:
        click.echo("Recent entries:")
        for entry in data["recent_entries"]:
            click.echo(f"  {entry.id:>4}  {entry.created_at:%d %b}  {one_line(entry.text, 61)}")
    else:
        click.echo(messages.HOME_NO_ENTRIES)
    click.echo()
    from hearten.services import practice_sessions as practice_service

    chosen = practice_service.suggest(app.store, moment=moment, hard_day=data["decision"].show_help)
    title = practice_service.get_practice(practice_id=chosen.practice_id).title
    click.echo(messages.HOME_SUGGESTION.format(title=title, id=chosen.practice_id))
    click.echo(f"  {chosen.reason}")
    _experiment_line(data["experiment"])
    due = data["due"]  # none after a hard day (domain.safety.held_back), and none is mentioned
    if len(due) == 1:
        click.echo(messages.HOME_DUE.format(name=due[0]["title"], id=due[0]["id"]))
    elif due:  # each with its own command: one command after several names reads as taking them all
        click.echo(messages.HOME_DUE_MANY)
        for instrument in due:
            click.echo(messages.HOME_DUE_ONE_OF_MANY.format(name=instrument["title"], id=instrument["id"]))
    click.echo()
    sessions = data["week_sessions"]
    if sessions:
        click.echo(messages.practice_week(data["week_minutes"], len(sessions)))
    else:
        click.echo(messages.HOME_WEEK_NONE)
    click.echo()
    if data["offer_encryption"]:
        click.echo(click.style(messages.HOME_OFFER_ENCRYPTION, dim=True))
    click.echo(click.style(messages.HOME_HELP_LINE, dim=True))


def _could_encrypt(app) -> bool:
    """An embedded journal not yet encrypted (a server's database is never offered it)."""
    from hearten.services.keys import is_encrypted

    return not app.settings.database_url and not is_encrypted(app.settings)


def _experiment_line(today: dict | None) -> None:
    """Today's part of a running experiment (services.experiments.today_assignment), if there is one."""
    if today is None:
        return
    from hearten.services.insights import practice_titles

    title = practice_titles().get(today["practice_id"], today["practice_id"])
    if today["today"] is None:
        click.echo(
            messages.HOME_EXPERIMENT_SOON.format(title=title, start=f"{today['starts'].day} {today['starts']:%b}")
        )
    else:
        part = messages.EXPERIMENT_PERIOD[today["today"]].format(title=title)
        click.echo(messages.HOME_EXPERIMENT_TODAY.format(part=part))
