"""Reminders: the reminders file, what is due now, and the operating system's schedule.

Reminders live in `<home>/reminders.toml`, apart from the database, because the scheduler
runs `hearten remind fire` while the journal may be encrypted and locked. The file holds
times, days and what each is for; nothing personal.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

from hearten.domain import reminder_schedule as schedule
from hearten.domain import reminders as domain
from hearten.domain.records import InvalidInput

FILE_NAME = "reminders.toml"
MAX_FILE_BYTES = 64 * 1024
SCHEDULERS = ("systemd", "cron", "launchd")
CLICK_WAIT = 600  # seconds the scheduled `remind fire` stays to open hearten when a notification is clicked


# -- the reminders file ---------------------------------------------------------------------------


def reminders_file(settings) -> Path:
    return Path(settings.home) / FILE_NAME


def load_book(settings, *, check_zone: bool = True) -> domain.ReminderBook:
    """The saved reminders; none when the file is not there yet. An unknown time zone in the file is
    refused, saying so, unless `check_zone` is False: a reminder firing unattended, or the web's Home,
    then reads the computer's own zone (local_zone) rather than fail where nobody sees why."""
    path = reminders_file(settings)
    if not path.exists():
        return domain.ReminderBook()
    import tomllib

    from hearten.files import read_small_text

    try:
        data = tomllib.loads(read_small_text(path, limit=MAX_FILE_BYTES))
    except tomllib.TOMLDecodeError as error:
        raise InvalidInput(f"{path} cannot be read: {error}") from None
    book = domain.book_from_data(data)
    if check_zone and book.zone and not _is_zone(book.zone):
        raise InvalidInput(
            f"the reminders file's timezone {book.zone!r} is not a time zone this computer knows; "
            "use a name like Europe/London or America/Chicago, or remove the line to use the computer's own"
        )
    return book


def _is_zone(name: str) -> bool:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if name.startswith("/"):  # a zone file, as local_zone reads it
        return os.path.isfile(name)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def save_book(settings, book: domain.ReminderBook) -> None:
    from hearten.files import write_atomic

    write_atomic(reminders_file(settings), domain.book_to_text(book).encode("utf-8"), mode=0o600)


def practice_ids() -> set[str]:
    from hearten.content import content_dir

    return {path.stem for path in (content_dir() / "practices").glob("*.toml")}


def target_choices() -> list[tuple[str, str]]:
    """(value, label) for everything a reminder can be for, practices by their titles."""
    choices = [
        ("checkin", "A short check-in"),
        ("journal", "Your journal"),
        ("assessment", "The self-compassion reflection"),
    ]
    practices = sorted(((f"practice:{pid}", _practice_title(pid)) for pid in practice_ids()), key=lambda c: c[1])
    return choices + [(value, f"Practice: {title}") for value, title in practices]


def describe(reminder: dict) -> str:
    """'09:00, weekdays' as a person reads it."""
    return f"{reminder['at']}, {domain.days_text(frozenset(domain.WEEKDAYS.index(d) for d in reminder['days']))}"


def add_reminder(settings, *, at: str, days: str | None, target: str, run=None) -> dict:
    """Add one reminder; returns it as a dict, with `schedule_updated` when an installed schedule was refreshed."""
    book = load_book(settings)
    book, reminder = book.with_reminder(
        at=domain.parse_time(at),
        days=domain.parse_days(days),
        target=domain.parse_target(target, practice_ids=practice_ids()),
    )
    save_book(settings, book)
    updated, problems = refresh_schedule(settings, book, run=run)
    quiet = book.quiet is not None and book.quiet.covers(reminder.at)
    return {
        **reminder.as_dict(),
        "schedule_updated": updated and not problems,
        "schedule_problems": problems,
        "in_quiet_hours": quiet,
    }


def remove_reminder(settings, *, reminder_id: int, run=None) -> dict:
    book = load_book(settings).without(int(reminder_id))
    save_book(settings, book)
    updated, problems = refresh_schedule(settings, book, run=run)
    return {"id": int(reminder_id), "schedule_updated": updated and not problems, "schedule_problems": problems}


def set_quiet_hours(settings, *, quiet: str) -> domain.QuietHours | None:
    """Quiet hours like '22:00-07:00', or 'off'."""
    parsed = domain.parse_quiet(quiet)
    save_book(settings, load_book(settings).with_quiet(parsed))
    return parsed


def list_reminders(settings, *, check_zone: bool = True) -> dict:
    book = load_book(settings, check_zone=check_zone)
    return {
        "reminders": [r.as_dict() for r in book.reminders],
        "quiet_hours": book.quiet.text if book.quiet else None,
        "timezone": book.zone or None,
    }


# -- time zone and what is due ---------------------------------------------------------------------


def local_zone(book: domain.ReminderBook | None = None, environ=None) -> tzinfo:
    """The zone reminders are read in: the file's own, else TZ, else this computer's (with its
    summer-time rules when they can be found, else today's fixed offset)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    environ = os.environ if environ is None else environ
    names = [book.zone if book else "", environ.get("TZ", "").lstrip(":")]
    try:
        target = os.readlink("/etc/localtime")
        if "zoneinfo/" in target:
            names.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in names:
        if not name:
            continue
        if name.startswith("/"):
            try:
                with open(name, "rb") as handle:
                    return ZoneInfo.from_file(handle, key=name)
            except (OSError, ValueError):
                continue
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return datetime.now(UTC).astimezone().tzinfo


@dataclass(frozen=True)
class Invitation:
    """What a reminder says: nothing personal, something that can be declined, and where to go."""

    reminder_id: int
    target: str
    title: str
    body: str
    command: str
    url: str

    def as_dict(self) -> dict:
        return {
            "id": self.reminder_id,
            "for": self.target,
            "title": self.title,
            "body": self.body,
            "command": self.command,
            "url": self.url,
        }


def _practice_title(practice_id: str) -> str:
    import tomllib

    from hearten.content import content_dir

    try:
        with (content_dir() / "practices" / f"{practice_id}.toml").open("rb") as handle:
            return str(tomllib.load(handle).get("title") or practice_id)
    except (OSError, tomllib.TOMLDecodeError):
        return "a short practice"


def invitation(reminder: domain.Reminder) -> Invitation:
    from hearten import messages

    kind = "practice" if reminder.practice_id else reminder.target
    if kind == "practice":
        practice = reminder.practice_id
        title = _practice_title(practice)
        body = messages.REMINDER_INVITE["practice"].format(title=title)
        command, url = f"hearten practice run {practice}", f"/practices/{practice}"
    else:
        body = messages.REMINDER_INVITE[kind]
        command, url = {
            "checkin": ("hearten checkin", "/checkin"),
            "journal": ("hearten journal add", "/journal/new"),
            "assessment": ("hearten assess take self-compassion-checkin", "/assessments/self-compassion-checkin/take"),
        }[kind]
    return Invitation(
        reminder_id=reminder.id,
        target=reminder.target,
        title=messages.REMINDER_TITLE,
        body=f"{body} {messages.REMINDER_DECLINE}",
        command=command,
        url=url,
    )


def open_place_command(settings, item: Invitation, *, environ=None) -> list[str] | None:
    """What opens hearten at the invitation's place when its notification is clicked: the command in a
    new terminal window (Debian's x-terminal-emulator), or None where hearten knows no terminal to open."""
    environ = os.environ if environ is None else environ
    terminal = shutil.which("x-terminal-emulator", path=environ.get("PATH"))
    if terminal is None or sys.platform == "darwin":
        return None
    words = item.command.split()[1:]  # "hearten checkin" -> ["checkin"]
    return [terminal, "-e", sys.executable, "-m", "hearten", "--home", str(Path(settings.home).resolve()), *words]


def open_place(settings, item: Invitation) -> None:
    """Open hearten where the clicked invitation points, without waiting for it."""
    argv = open_place_command(settings, item)
    if argv is not None:
        subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )


def due_now(settings, *, now: datetime | None = None, held_back: frozenset[str] = frozenset()) -> list[Invitation]:
    """The invitations due at this moment (within a minute of their time, outside quiet hours), but none
    for a target in `held_back` (services.held_back_now: a questionnaire's, after a hard day)."""
    book = load_book(settings, check_zone=False)
    zone = local_zone(book)
    moment = now or datetime.now(UTC)
    return [invitation(r) for r in domain.due(book, now=moment, zone=zone) if r.target not in held_back]


def for_open_tab(settings, *, now: datetime, held_back: frozenset[str] = frozenset()) -> dict:
    """For the web: what came due lately (the quiet line on Home) and the moments still to come
    today (the tab's own notifications), as seconds from now; none for a target in `held_back`."""
    book = load_book(settings, check_zone=False)
    zone = local_zone(book)
    recent = [invitation(r).as_dict() for r in domain.due_today(book, now=now, zone=zone) if r.target not in held_back]
    upcoming = [
        {**invitation(r).as_dict(), "in_seconds": max(0, int((moment - now).total_seconds()))}
        for moment, r in domain.next_moments(book, now=now, zone=zone, within=timedelta(hours=24))
        if r.target not in held_back
    ]
    return {"recent": recent, "upcoming": upcoming}


# -- the operating system's schedule ---------------------------------------------------------------


@dataclass
class Plan:
    """What installing (or removing) the schedule writes, removes and runs; shown before it is done."""

    scheduler: str
    write: list[tuple[Path, bytes]] = field(default_factory=list)
    remove: list[Path] = field(default_factory=list)
    run: list[list[str]] = field(default_factory=list)  # after the files are in place
    run_before: list[list[str]] = field(default_factory=list)  # before any file is removed
    crontab: str | None = None  # the whole new crontab, when cron is used
    crontab_remove: bool = False


def _run(argv, input_text: str | None = None):
    try:
        done = subprocess.run(argv, input=input_text, capture_output=True, text=True, timeout=60)
    except FileNotFoundError:
        return 127, "", f"{argv[0]} is not installed"
    except subprocess.TimeoutExpired:
        return 124, "", "it did not answer within a minute"
    return done.returncode, done.stdout, done.stderr


def fire_command(settings) -> list[str]:
    """What the scheduler runs: this Python, this hearten, this home."""
    return [
        sys.executable,
        "-m",
        "hearten",
        "--home",
        str(Path(settings.home).resolve()),
        "remind",
        "fire",
        "--wait",
        str(CLICK_WAIT),
    ]


def systemd_folder(environ=None) -> Path:
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_CONFIG_HOME") or str(Path(environ.get("HOME") or Path.home()) / ".config")
    return Path(base) / "systemd" / "user"


def systemd_stamp(environ=None) -> Path:
    """Where systemd keeps a Persistent=true timer's last run: a trace to remove too."""
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_DATA_HOME") or str(Path(environ.get("HOME") or Path.home()) / ".local" / "share")
    return Path(base) / "systemd" / "timers" / f"stamp-{schedule.TIMER_NAME}"


def launchd_path(environ=None) -> Path:
    environ = os.environ if environ is None else environ
    return Path(environ.get("HOME") or Path.home()) / "Library" / "LaunchAgents" / f"{schedule.LAUNCHD_LABEL}.plist"


def pick_scheduler(environ=None) -> str | None:
    """launchd on macOS; a systemd user session where there is one; else cron; else none."""
    environ = os.environ if environ is None else environ
    if sys.platform == "darwin":
        return "launchd"
    if shutil.which("systemctl", path=environ.get("PATH")) and Path("/run/systemd/system").is_dir():
        return "systemd"
    if shutil.which("crontab", path=environ.get("PATH")):
        return "cron"
    return None


def _read_crontab(run) -> str:
    code, out, _ = run(["crontab", "-l"])
    return out if code == 0 else ""  # "no crontab for you" is an empty one


def install_plan(
    settings, *, scheduler: str, book: domain.ReminderBook | None = None, refresh: bool = False, run=None, environ=None
) -> Plan:
    """What `remind install` would do for these reminders, without doing it."""
    run = run or _run
    book = load_book(settings) if book is None else book
    command = fire_command(settings)
    plan = Plan(scheduler=scheduler)
    if scheduler == "systemd":
        folder = systemd_folder(environ)
        for name, text in schedule.systemd_units(book, command).items():
            plan.write.append((folder / name, text.encode("utf-8")))
        plan.run = [
            ["systemctl", "--user", "daemon-reload"],
            [
                "systemctl",
                "--user",
                "restart" if refresh else "enable",
                *([] if refresh else ["--now"]),
                schedule.TIMER_NAME,
            ],
        ]
    elif scheduler == "cron":
        environment = {}
        bus = f"/run/user/{os.getuid()}/bus" if hasattr(os, "getuid") else ""
        if bus:
            environment["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus}"  # cron starts with no desktop session
        plan.crontab = schedule.crontab_with(
            _read_crontab(run), schedule.cron_block(book, command, environment=environment)
        )
    elif scheduler == "launchd":
        path = launchd_path(environ)
        plan.write.append((path, schedule.launchd_plist(book, command)))
        domain_target = f"gui/{os.getuid()}"
        if refresh:
            plan.run_before = [["launchctl", "bootout", f"{domain_target}/{schedule.LAUNCHD_LABEL}"]]
        plan.run = [["launchctl", "bootstrap", domain_target, str(path)]]
    else:
        raise InvalidInput(f"hearten can schedule with {', '.join(SCHEDULERS)}, not {scheduler!r}")
    return plan


def installed_schedulers(*, run=None, environ=None) -> list[str]:
    """Which schedulers hold something of hearten's now."""
    run = run or _run
    environ = os.environ if environ is None else environ
    found = []
    folder = systemd_folder(environ)
    if (
        any(
            (folder / name).exists() or (folder / name).is_symlink()
            for name in (schedule.TIMER_NAME, schedule.SERVICE_NAME, f"timers.target.wants/{schedule.TIMER_NAME}")
        )
        or systemd_stamp(environ).exists()
    ):
        found.append("systemd")
    if shutil.which("crontab", path=environ.get("PATH")) and schedule.crontab_has_hearten(_read_crontab(run)):
        found.append("cron")
    if launchd_path(environ).exists():
        found.append("launchd")
    return found


def uninstall_plans(*, run=None, environ=None) -> list[Plan]:
    """What `remind uninstall` would remove and run: every trace, of every scheduler."""
    run = run or _run
    plans = []
    for scheduler in installed_schedulers(run=run, environ=environ):
        plan = Plan(scheduler=scheduler)
        if scheduler == "systemd":
            folder = systemd_folder(environ)
            plan.run_before = [["systemctl", "--user", "disable", "--now", schedule.TIMER_NAME]]
            candidates = [
                folder / "timers.target.wants" / schedule.TIMER_NAME,
                folder / schedule.TIMER_NAME,
                folder / schedule.SERVICE_NAME,
                systemd_stamp(environ),
            ]
            plan.remove = [p for p in candidates if p.exists() or p.is_symlink()]
            plan.run = [["systemctl", "--user", "daemon-reload"]]
        elif scheduler == "cron":
            rest = schedule.crontab_without_hearten(_read_crontab(run))
            if rest.strip():
                plan.crontab = rest
            else:
                plan.crontab_remove = True  # the crontab held only hearten's lines
        else:
            path = launchd_path(environ)
            plan.run_before = [["launchctl", "bootout", f"gui/{os.getuid()}/{schedule.LAUNCHD_LABEL}"]]
            plan.remove = [path]
        plans.append(plan)
    return plans


def carry_out(plan: Plan, *, run=None, environ=None) -> list[tuple[str, str]]:
    """Do what the plan says: commands before, files, crontab, commands after. Files are always
    handled; each command that fails comes back as (command, what it said), not raised."""
    run = run or _run
    from hearten.files import write_atomic

    problems = []

    def call(argv, input_text=None):
        code, _, err = run(argv, input_text) if input_text is not None else run(argv)
        if code != 0:
            lines = (err or "").strip().splitlines()
            problems.append((" ".join(argv), lines[-1] if lines else f"exit status {code}"))

    for argv in plan.run_before:
        call(argv)
    for path, data in plan.write:
        write_atomic(path, data, mode=0o644)
    for path in plan.remove:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        _remove_empty_parents(path, environ)
    if plan.crontab is not None:
        call(["crontab", "-"], plan.crontab)
    if plan.crontab_remove:
        call(["crontab", "-r"])
    for argv in plan.run:
        call(argv)
    return problems


def _remove_empty_parents(path: Path, environ=None) -> None:
    """Folders left empty by removing hearten's files go too, up to the shared base folders
    (~/.config, ~/.local/share); a folder with anything else in it stays."""
    stops = {
        systemd_folder(environ).parent.parent,
        systemd_stamp(environ).parent.parent.parent,
        launchd_path(environ).parent,
    }
    parent = path.parent
    while parent not in stops and parent != parent.parent:
        try:
            parent.rmdir()
        except OSError:
            return
        parent = parent.parent


def refresh_schedule(settings, book: domain.ReminderBook, *, run=None, environ=None) -> tuple[bool, list[str]]:
    """After a change to the reminders: rewrite a schedule that is installed, so it keeps matching.
    (whether one was rewritten, each scheduler command that failed with what it said)."""
    run = run or _run
    installed = [
        name
        for name in installed_schedulers(run=run, environ=environ)
        if name != "systemd" or (systemd_folder(environ) / schedule.TIMER_NAME).exists()
    ]  # not a stray stamp
    if not installed or not book.reminders:
        return False, []  # with no reminders left an installed schedule stays, and `fire` finds nothing due
    problems = []
    for scheduler in installed:
        problems += carry_out(
            install_plan(settings, scheduler=scheduler, book=book, refresh=True, run=run, environ=environ),
            run=run,
            environ=environ,
        )
    return True, [f"{command} ({said})" for command, said in problems]


def forget_reminders(settings, *, run=None, environ=None) -> list[str]:
    """For forgetting everything: remove the schedule (every trace) and the reminders file; returns
    what was removed, one line each."""
    removed = []
    for plan in uninstall_plans(run=run, environ=environ):
        carry_out(plan, run=run, environ=environ)
        removed += [str(path) for path in plan.remove]
        if plan.crontab is not None or plan.crontab_remove:
            removed.append("hearten's lines in your crontab")
    path = reminders_file(settings)
    if path.exists():
        path.unlink()
        removed.append(str(path))
    return removed
