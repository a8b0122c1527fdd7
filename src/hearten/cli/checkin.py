"""hearten checkin: a quick note of mood, distress and self-care."""

from __future__ import annotations

import click

from hearten import messages, services
from hearten.cli.context import echo_json, moment_option
from hearten.domain.records import CHECKIN

_TYPES = {"scale": int, "amount": float, "text": str, "names": str}


def _given_options(command):
    """An option for each field a person gives (domain.records.CHECKIN), named by its declared flag."""
    for f in reversed(CHECKIN.given_fields):
        many = f.kind in ("tags", "names")
        command = click.option(
            f.flag,
            f.name,
            type=_TYPES[f.kind],
            multiple=many,
            metavar="NAME" if many else None,
            help=f.doc + (" Repeat for more." if many else ""),
        )(command)
    return command


@click.group(invoke_without_command=True)
@_given_options
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the saved check-in as JSON, with what hearten shows next (`safety`, as in practice run --json).",
)
@click.pass_context
def checkin(ctx, as_json, **given):
    """Record how you are. Asks for what you leave out when run in a terminal."""
    if ctx.invoked_subcommand is not None:
        return
    app = ctx.obj
    # With --json and some values given it is a script's call, even from a terminal: it asks nothing more.
    scripted = as_json and any(value not in (None, ()) for value in given.values())
    if _interactive() and not scripted and _to_ask(given):
        click.echo(messages.CHECKIN_SKIP_HINT, err=True)
        given = _ask(given)
    from hearten.cli.notice import offer_grounding_now, show_decision
    from hearten.services import checkins

    saved, decision = checkins.add(app.store, **given)
    if as_json:
        from hearten.domain.shapes import checkin_dict

        echo_json({**checkin_dict(saved), "safety": decision.to_dict()})
        if decision.show_help:  # on stderr: stdout carries the JSON
            show_decision(app, decision, err=True)
        return
    click.echo(messages.CHECKIN_SAVED)
    if decision.show_help:
        click.echo()
        show_decision(app, decision)
        offer_grounding_now(decision)


@checkin.command("list")
@click.option("--since", help="Only check-ins on or after this date (2026-11-01, yesterday, 7d).")
@click.option("--until", help="Only check-ins up to and including this date.")
@click.option("--activity", metavar="NAME", help="Only check-ins where you noted this activity.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of check-ins.")
@click.pass_obj
def list_(app, since, until, activity, as_json):
    """List check-ins, newest first."""
    checkins = services.list_checkins(
        app.store, since=moment_option(since), until=moment_option(until, end_of_day=True), activity=activity
    )
    if as_json:
        from hearten.domain.shapes import checkin_dict

        echo_json([checkin_dict(c) for c in checkins])
        return
    if not checkins:
        click.echo(messages.NO_CHECKINS)
        return
    for c in checkins:
        parts = []
        for label, value, unit in (
            ("mood", c.mood, "/10"),
            ("distress", c.distress, "/10"),
            ("sleep", c.sleep_hours, "h"),
            ("active", c.active_minutes, "min"),
            ("social", c.social, "/10"),
            ("food", c.food, "/10"),
        ):
            if value is not None:
                parts.append(f"{label} {value:g}{unit}")
        line = f"{c.id:>5}  {c.at:%Y-%m-%d %H:%M}  " + ", ".join(parts)
        if c.activities:
            line += ("; " if parts else "") + ", ".join(c.activities)
        if c.note:
            line += f"  “{c.note}”"
        click.echo(line)


def _interactive() -> bool:
    import sys

    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _to_ask(given: dict) -> bool:
    """Whether a terminal's questions have anything left to ask: a field not given by its flag.

    What the flags gave is checked first, so a mistyped value is said before any question; a high
    distress given by its flag asks nothing more, as when it is answered: help comes next.
    """
    from hearten.domain.safety import is_high_distress

    if all(value not in (None, ()) for value in given.values()):
        return False
    if any(value not in (None, ()) for value in given.values()):
        from hearten.domain.field_checks import checkin_values

        checkin_values(**given)
    return not is_high_distress(given.get("distress"))


def _ask(given: dict) -> dict:
    """Ask for each field the flags left out, keeping what they gave."""
    from hearten.domain.records import InvalidInput, NewCheckin
    from hearten.domain.safety import is_high_distress

    answers = dict(given)
    prompts = {
        **messages.CHECKIN_PROMPTS,
        **{f.name: f.doc for f in CHECKIN.given_fields if f.name not in messages.CHECKIN_PROMPTS},
    }
    for name in prompts:
        if answers.get(name) not in (None, ()):
            continue  # given by its flag
        while True:
            raw = click.prompt(prompts[name], default="", show_default=False, err=True).strip()
            if not raw:
                break
            kind = CHECKIN.by_name[name].kind
            if kind == "text":
                value = raw
            elif kind in ("tags", "names"):
                value = tuple(raw.split(","))
            else:  # a number: a decimal comma is a decimal point
                value = raw.replace(",", ".")
            try:
                checked = NewCheckin(**{name: value})  # the domain's own check, so the prompt can ask again
            except InvalidInput as problem:
                click.echo(f"  {problem}", err=True)
                continue
            answers[name] = value
            if name == "distress" and is_high_distress(checked.distress):
                return answers  # help comes next, not six more questions: the rest can wait for another day
            break
    return answers
