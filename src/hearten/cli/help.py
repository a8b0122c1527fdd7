"""hearten help: where to turn right now. Reachable in one command from anywhere."""

from __future__ import annotations

import click

from hearten import messages
from hearten.cli.context import echo_json
from hearten.domain.safety import FRESHNESS_IN_CRISIS_BOX


@click.command("help")
@click.option(
    "--country",
    help="Country code or name (US, GB, IE, CA, AU, NZ, DE, FR, NL, ES, IN, Germany, …) for this time only; "
    "set it for good with `hearten settings country GB`. With none set, the country your system's "
    "language settings name (LANG=en_GB.UTF-8: GB) comes first, said to be a guess.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the resources as JSON.")
@click.pass_obj
def help_command(app, country, as_json):
    """Crisis lines, professional help, and a steadying practice."""
    if as_json:
        echo_json(_json_lines(app, country))
        return
    click.echo(click.style(messages.HELP_TITLE, bold=True))
    print_resources(app, country=country, intro=messages.HELP_INTRO)
    click.echo()
    click.echo(messages.HELP_GROUNDING)
    click.echo(messages.HELP_PROFESSIONAL)
    click.echo()
    click.echo(click.style(messages.NOT_THERAPY, dim=True))
    click.echo(click.style(messages.HELP_FRESHNESS, dim=True))


def _sections(app, country=None, *, quick: bool = False):
    from hearten.services.practice_sessions import help_sections

    code = country.strip() if country else None
    return help_sections(app.safe_settings, country=code, quick=quick, locale=system_locale())


def system_locale() -> str | None:
    """The locale this terminal asked for (LC_ALL, then LC_MESSAGES, then LANG), as the C library reads it."""
    import os

    return next((os.environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(name)), None)


def _json_lines(app, country) -> list[dict]:
    """Every line shown for a chosen country; with none chosen, every line hearten knows, by country."""
    found = _sections(app, country)
    if found.country is not None:
        code = found.country.code
        return [_json_line(r, None if r.kind == "own" else code) for r in found.lines]
    from hearten.services.practice_sessions import resource_book

    own = [r for r in found.lines if r.kind == "own"]
    listed = [(c.code, r) for c in resource_book().countries.values() for r in (*c.lines, *c.emergency)]
    return [_json_line(r, None) for r in own] + [_json_line(r, code) for code, r in listed]


def _json_line(resource, country: str | None) -> dict:
    # `last_verified` is a date a person checked, or null: never a date nobody checked.
    return {**resource.model_dump(mode="json"), "country": country, "freshness": resource.freshness}


def print_resources(app, *, country=None, err: bool = False, crisis: bool = False, intro: str = "") -> None:
    """The help lines for the chosen country; with none chosen, the main ones by country and how to choose.

    With `crisis`, no country chosen prints what the web's crisis box holds instead: the
    international directory and the local emergency number advice, then how to choose.
    """
    found = _sections(app, country, quick=True)  # words only: the quick copy of the lines will do
    if intro:  # the help screen: the urgent words lead, unindented, then what follows them
        click.echo(click.style(found.urgent, bold=True), err=err)
        click.echo(intro, err=err)
        click.echo(err=err)
    elif crisis:
        click.echo("  " + click.style(found.urgent, bold=True), err=err)
    if found.guessed is not None:
        guess = messages.HELP_GUESSED.format(name=found.guessed.name, where=messages.HELP_GUESSED_CLI)
        click.echo("  " + guess, err=err)
    for heading, resources in found.crisis if crisis else found.sections:
        indent = "  "
        if heading:
            click.echo(f"  {heading}:", err=err)
            indent = "    "
        elif found.unknown:  # say so, rather than silently show somewhere else's lines
            click.echo("  " + messages.HELP_UNKNOWN_COUNTRY.format(code=found.unknown), err=err)
            indent = "    "
        for resource in resources:
            click.echo(indent + _line(resource), err=err)
            about = _about(resource, fresh=not crisis or FRESHNESS_IN_CRISIS_BOX)
            if about:
                click.echo(indent + "  " + about, err=err)
    if found.choose_country or found.unknown:
        click.echo(err=err)
        example = found.guessed.code if found.guessed is not None else "GB"
        click.echo(messages.HELP_SET_COUNTRY.format(codes=_codes(found), example=example), err=err)


def _codes(found) -> str:
    return ", ".join(f"{code} ({name})" for code, name in found.choices)


def _line(resource) -> str:
    line = f"{resource.name}: {_ways(resource) or resource.note}"
    if resource.hours:
        line += f" ({resource.hours})"
    return line


def _ways(resource) -> str:
    """How to reach a help line, in words: "call or text 988, https://988lifeline.org"."""
    ways = []
    if resource.phone and resource.text == resource.phone:
        ways.append(f"call or text {resource.phone}")
    else:
        if resource.phone:
            ways.append(f"call {resource.phone}")
        if resource.text:  # some are already a sentence ("Text HOME to 741741")
            ways.append(resource.text if resource.text[:1].isalpha() else f"text {resource.text}")
    if resource.web:
        ways.append(resource.web)
    return ", ".join(ways)


def _about(resource, *, fresh: bool = True) -> str:
    """The line's note and, for listed lines when `fresh`, how fresh it is."""
    if resource.kind == "own":
        return ""
    note = resource.note.strip()
    if not fresh:
        return note
    freshness = click.style(f"({resource.freshness})", dim=True)
    return f"{note} {freshness}" if note else freshness
