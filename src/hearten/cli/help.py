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
    if not (country or app.safe_settings.country):
        click.echo(click.style(messages.HELP_SET_COUNTRY, dim=True))


def _resources(app, country=None):
    from hearten.services.practices import help_sections

    return [r for _, found in help_sections(app.safe_settings, country=country.upper() if country else None)
            for r in found]


def print_resources(app, *, country=None, err: bool = False) -> None:
    """The help lines for the chosen country; with none chosen, the main ones by country."""
    from hearten.services.practices import help_sections

    for heading, resources in help_sections(app.safe_settings, country=country.upper() if country else None):
        indent = "  "
        if heading:
            click.echo(f"  {heading}:", err=err)
            indent = "    "
        for resource in resources:
            click.echo(indent + _line(resource), err=err)


def _line(resource) -> str:
    from hearten.cli.notice import _ways

    line = f"{resource.name}: {_ways(resource) or resource.note}"
    if resource.hours:
        line += f" ({resource.hours})"
    return line
