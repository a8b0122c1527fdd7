"""hearten remind: gentle reminders, scheduled by this computer so nothing has to stay running."""

from __future__ import annotations

import click

from hearten import messages
from hearten.cli.context import echo_json

SCHEDULER_CHOICE = click.Choice(["systemd", "cron", "launchd"])


@click.group("remind")
def remind():
    """Reminders you set: a time, the days, and what for. Off until you add one."""


@remind.command("add")
@click.option("--at", "at", required=True, metavar="HH:MM", help="The time, on a 24-hour clock (08:30, 19:00).")
@click.option(
    "--days",
    default="daily",
    show_default=True,
    metavar="DAYS",
    help="daily, weekdays, weekends, or days like mon,wed,fri.",
)
@click.option(
    "--for",
    "target",
    required=True,
    metavar="WHAT",
    help="checkin, journal, assessment (the self-compassion reflection) or practice:ID.",
)
@click.pass_obj
def add(app, at, days, target):
    """Add a reminder."""
    from hearten.services import reminders

    added = reminders.add_reminder(app.settings, at=at, days=days, target=target)
    click.echo(
        messages.REMINDER_ADDED.format(id=added["id"], at=added["at"], days=_days(added["days"]), target=added["for"])
    )
    if added["in_quiet_hours"]:
        click.echo(messages.REMINDER_IN_QUIET_HOURS.format(at=added["at"]))
    if added["schedule_problems"]:
        click.echo(messages.REMINDER_SCHEDULE_NOT_TOLD.format(problems="; ".join(added["schedule_problems"])), err=True)
    elif added["schedule_updated"]:
        click.echo(messages.REMINDER_SCHEDULE_UPDATED)
    elif not reminders.installed_schedulers():
        click.echo(messages.REMINDER_NOT_INSTALLED, err=True)


@remind.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the reminders as JSON.")
@click.pass_obj
def list_command(app, as_json):
    """Show your reminders and quiet hours."""
    from hearten.services import reminders

    listing = reminders.list_reminders(app.settings)
    if as_json:
        echo_json(listing)
        return
    if not listing["reminders"]:
        click.echo(messages.REMINDER_NONE)
    for item in listing["reminders"]:
        click.echo(
            messages.REMINDER_LINE.format(id=item["id"], at=item["at"], days=_days(item["days"]), target=item["for"])
        )
    click.echo(
        messages.REMINDER_QUIET.format(quiet=listing["quiet_hours"])
        if listing["quiet_hours"]
        else messages.REMINDER_QUIET_OFF
    )


@remind.command("remove")
@click.argument("reminder_id", metavar="ID", type=int)
@click.pass_obj
def remove(app, reminder_id):
    """Remove a reminder by its number (see: hearten remind list)."""
    from hearten.services import reminders

    removed = reminders.remove_reminder(app.settings, reminder_id=reminder_id)
    click.echo(messages.REMINDER_REMOVED.format(id=removed["id"]))
    if removed["schedule_problems"]:
        click.echo(
            messages.REMINDER_SCHEDULE_NOT_TOLD.format(problems="; ".join(removed["schedule_problems"])), err=True
        )
    elif removed["schedule_updated"]:
        click.echo(messages.REMINDER_SCHEDULE_UPDATED)


@remind.command("quiet")
@click.argument("hours", metavar="HH:MM-HH:MM|off", required=False)
@click.pass_obj
def quiet(app, hours):
    """Show or set quiet hours, when no reminder shows (22:00-07:00, or off)."""
    from hearten.services import reminders

    if hours is not None:
        reminders.set_quiet_hours(app.settings, quiet=hours)
    current = reminders.list_reminders(app.settings)["quiet_hours"]
    click.echo(messages.REMINDER_QUIET.format(quiet=current) if current else messages.REMINDER_QUIET_OFF)


@remind.command("install")
@click.option("--dry-run", is_flag=True, help="Only show what would be written and run.")
@click.option(
    "--scheduler",
    type=SCHEDULER_CHOICE,
    default=None,
    help="Which scheduler to use (default: launchd on macOS, a systemd user timer, else cron).",
)
@click.pass_obj
def install(app, dry_run, scheduler):
    """Let this computer's scheduler run `hearten remind fire` at your reminders' times. Shows what it writes first."""
    from hearten.cli.context import fail
    from hearten.services import reminders

    book = reminders.load_book(app.settings)
    if not book.reminders:
        fail(messages.REMINDER_INSTALL_EMPTY)
    scheduler = scheduler or reminders.pick_scheduler()
    if scheduler is None:
        fail(messages.REMINDER_NO_SCHEDULER)
    plan = reminders.install_plan(app.settings, scheduler=scheduler, book=book)
    _show_install(plan)
    if dry_run:
        click.echo(messages.REMINDER_INSTALL_DRY)
        return
    problems = reminders.carry_out(plan)
    for command, said in problems:
        click.echo(messages.REMINDER_RUN_FAILED.format(command=command, problem=said), err=True)
    if problems:
        fail(messages.REMINDER_INSTALL_UNFINISHED)
    click.echo(messages.REMINDER_INSTALLED)


@remind.command("uninstall")
@click.option("--dry-run", is_flag=True, help="Only show what would be removed.")
@click.pass_obj
def uninstall(app, dry_run):
    """Remove every trace of the schedule from this computer (your reminders list is kept)."""
    from hearten.services import reminders

    plans = reminders.uninstall_plans()
    if not plans:
        click.echo(messages.REMINDER_UNINSTALL_NOTHING)
        return
    click.echo(messages.REMINDER_UNINSTALL_REMOVES)
    for plan in plans:
        for path in plan.remove:
            click.echo(f"  {path}")
        if plan.crontab is not None or plan.crontab_remove:
            click.echo(
                "  hearten's lines in your crontab"
                + (" (and the crontab, which held nothing else)" if plan.crontab_remove else "")
            )
        for argv in [*plan.run_before, *plan.run]:
            click.echo(f"  $ {' '.join(argv)}")
    if dry_run:
        click.echo(messages.REMINDER_INSTALL_DRY)
        return
    for plan in plans:
        for command, said in reminders.carry_out(plan):
            click.echo(messages.REMINDER_RUN_FAILED.format(command=command, problem=said), err=True)
    click.echo(messages.REMINDER_UNINSTALLED)


@remind.command("fire")
@click.option(
    "--now",
    "moment",
    default=None,
    metavar="WHEN",
    help="Act as if it were this moment (2026-03-29T09:00), to try your reminders out.",
)
@click.option(
    "--wait",
    type=click.FloatRange(0, 3600),
    default=0,
    show_default=True,
    metavar="SECONDS",
    help="Stay this long for a click on the notification, which opens hearten at the right place.",
)
@click.pass_obj
def fire(app, moment, wait):
    """Show what is due now, as a notification (what the scheduler runs). Anything already past is let go."""
    from hearten.services import reminders

    when = _moment(moment)
    due = reminders.due_now(app.settings, now=when, held_back=_held_back(app, when))
    if not due:
        click.echo(messages.REMINDER_NOTHING_DUE, err=True)
        return
    from hearten import notify

    if notify.show(due, wait=wait, on_click=lambda item: reminders.open_place(app.settings, item)):
        return
    for item in due:  # no notification service reachable: the invitation, in words, here
        click.echo(item.body)
        click.echo(messages.REMINDER_OPEN.format(command=item.command))


def _held_back(app, when) -> frozenset[str]:
    """What a hard day holds back (services.held_back_now); nothing when the journal is encrypted and
    nothing unlocks it here (a scheduler has no terminal to ask in): the reminder then comes as set."""
    from hearten import services
    from hearten.errors import Locked

    try:
        return services.held_back_now(app.store, moment=when)
    except Locked:
        return frozenset()


def _days(days) -> str:
    from hearten.domain.reminders import WEEKDAYS, days_text

    return days_text(frozenset(WEEKDAYS.index(d) for d in days))


def _moment(text):
    if text is None:
        return None
    from datetime import datetime

    from hearten.services.reminders import load_book, local_zone

    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise click.BadParameter(f"{text!r} is not a moment like 2026-03-29T09:00", param_hint="--now") from None
    if parsed.tzinfo is None:
        click_ctx = click.get_current_context()
        parsed = parsed.replace(tzinfo=local_zone(load_book(click_ctx.obj.settings)))
    return parsed


def _show_install(plan) -> None:
    writes = len(plan.write) + (1 if plan.crontab is not None else 0)
    click.echo(messages.counted(messages.REMINDER_INSTALL_WRITES.format(count=writes, scheduler=plan.scheduler)))
    for path, data in plan.write:
        click.echo(f"\n--- {path}")
        click.echo(data.decode("utf-8").rstrip("\n"))
    if plan.crontab is not None:
        from hearten.domain.reminder_schedule import CRON_BEGIN, CRON_END

        lines = plan.crontab.splitlines()
        block = lines[lines.index(CRON_BEGIN) : lines.index(CRON_END) + 1]
        click.echo("\n--- your crontab (these lines; the rest stays as it is)")
        click.echo("\n".join(block))
    if plan.run:
        click.echo("")
        click.echo(messages.REMINDER_INSTALL_RUNS)
        for argv in [*plan.run_before, *plan.run]:
            click.echo(f"  $ {' '.join(argv)}")
