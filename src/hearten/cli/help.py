"""hearten help: where to turn right now. Reachable in one command from anywhere."""

from __future__ import annotations

import click

from hearten import messages
from hearten.cli.context import echo_json


@click.command("help")
@click.option("--country", help="Country code (US, GB, IE, CA, AU, …) for this time only; set it for good with "
                                "`hearten settings country GB`.")
@click.option("--json", "as_json", is_flag=True, help="Print the resources as JSON.")
@click.pass_obj
def help_command(app, country, as_json):
    """Crisis lines, professional help, and a steadying practice."""
    if as_json:
        echo_json([r.model_dump(mode="json") for r in _resources(app, country)])
        return
    click.echo(click.style(messages.HELP_TITLE, bold=True))
    click.echo(messages.HELP_INTRO)
    click.echo()
    print_resources(app, country=country)
    click.echo()
    click.echo(messages.HELP_GROUNDING)
    click.echo(messages.HELP_PROFESSIONAL)
    click.echo()
    click.echo(click.style(messages.NOT_THERAPY, dim=True))
    if not (country or app.settings.country):
        click.echo(click.style(messages.HELP_SET_COUNTRY, dim=True))


def _resources(app, country=None):
    from hearten.config import Settings
    from hearten.services.practices import help_resources

    settings = app.settings
    if country:
        settings = Settings(settings.home, {**settings.values, "country": country.upper()})
    return help_resources(settings)


def print_resources(app, *, country=None, err: bool = False) -> None:
    """The help lines for the chosen country; with none chosen, the main ones by country."""
    if country or app.settings.country:
        for resource in _resources(app, country):
            click.echo(_line(resource), err=err)
        return
    from hearten.content.practices import load_resources

    book = load_resources()
    own = _resources(app)[:1] if app.settings.therapist else []
    for resource in own:
        click.echo(_line(resource), err=err)
    for code in UNSET_COUNTRY_SHOWS:
        chosen = book.get(code)
        click.echo(f"  {chosen.name}:", err=err)
        for resource in chosen.resources:
            click.echo("  " + _line(resource), err=err)


# Without a country setting, show the countries hearten knows best, then "anywhere else".
UNSET_COUNTRY_SHOWS = ("US", "GB", "IE", "CA", "AU", "ANY")


def _line(resource) -> str:
    from hearten.cli.notice import _ways

    line = f"  {resource.name}: {_ways(resource) or resource.note}"
    if resource.hours:
        line += f" ({resource.hours})"
    return line
