"""hearten checkin: a quick note of mood, distress and self-care."""

from __future__ import annotations

import click

from hearten import messages, services
from hearten.cli.context import echo_json, moment_option

FIELDS = ("mood", "distress", "sleep_hours", "active_minutes", "social", "food", "activities", "note")


@click.group(invoke_without_command=True)
@click.option("--mood", type=int, help="Mood, 0 (very low) to 10 (very good).")
@click.option("--distress", type=int, help="Distress, 0 (none) to 10 (the most).")
@click.option("--sleep", "sleep_hours", type=float, help="Hours slept last night.")
@click.option("--active", "active_minutes", type=float, help="Minutes of activity today.")
@click.option("--social", type=int, help="How connected to people you feel, 0 to 10.")
@click.option("--food", type=int, help="How well you have eaten, 0 to 10.")
@click.option("--note", help="A few words, if you like.")
@click.option("--activity", "activities", multiple=True, metavar="NAME",
              help="Something you did today, in your own words (walk, work, saw friends); repeat for more.")
@click.option("--json", "as_json", is_flag=True, help="Print the saved check-in as JSON.")
@click.pass_context
def checkin(ctx, as_json, **given):
    """Record how you are. Asks for what you leave out when run in a terminal."""
    if ctx.invoked_subcommand is not None:
        return
    app = ctx.obj
    if _interactive() and all(value in (None, ()) for value in given.values()):
        click.echo(messages.CHECKIN_SKIP_HINT, err=True)
        given = _ask(given)
    from hearten.cli.notice import offer_grounding_now, show_decision
    from hearten.services import checkins

    saved, decision = checkins.add(app.store, **given)
    if as_json:
        from hearten.domain.shapes import checkin_dict

        echo_json(checkin_dict(saved))
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
    checkins = services.list_checkins(app.store, since=moment_option(since), until=moment_option(until, end_of_day=True),
                                      activity=activity)
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
            ("mood", c.mood, "/10"), ("distress", c.distress, "/10"), ("sleep", c.sleep_hours, "h"),
            ("active", c.active_minutes, "min"), ("social", c.social, "/10"), ("food", c.food, "/10"),
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


def _ask(given: dict) -> dict:
    from hearten.domain.records import InvalidInput, NewCheckin

    answers = dict(given)
    for name in FIELDS:
        while True:
            raw = click.prompt(messages.CHECKIN_PROMPTS[name], default="", show_default=False, err=True).strip()
            if not raw:
                break
            value = raw if name == "note" else raw.replace(",", ".")
            if name == "activities":
                value = tuple(raw.split(","))
            try:
                NewCheckin(**{name: value})  # the domain's own check, so the prompt can ask again
            except InvalidInput as problem:
                click.echo(f"  {problem}", err=True)
                continue
            answers[name] = value
            break
    return answers
