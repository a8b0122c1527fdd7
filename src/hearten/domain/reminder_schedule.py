"""What hearten asks the operating system's scheduler to do, as text. Pure: nothing is written here.

Each scheduler starts `hearten remind fire` at the reminders' minutes and reads the wall
clock itself, so summer time is its business; `remind fire` then decides what is due. All
three catch up once after sleep (systemd Persistent=true, launchd's coalescing, cron not at
all), and `fire` lets anything that is no longer "now" go.
"""

from __future__ import annotations

import re

from hearten.domain.reminders import EVERY_DAY, ReminderBook

SERVICE_NAME = "hearten-remind.service"
TIMER_NAME = "hearten-remind.timer"
LAUNCHD_LABEL = "org.hearten.remind"
CRON_BEGIN = "# >>> hearten reminders (written by `hearten remind install`; `hearten remind uninstall` removes it)"
CRON_END = "# <<< hearten reminders"

_SYSTEMD_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_PLAIN = re.compile(r"^[A-Za-z0-9_@%+=:,./-]+$")


def _calendar_times(book: ReminderBook):
    """(days, hour, minute) once for each minute of the day, with every day any reminder at that
    minute has: one run of `remind fire` shows all that is due then, and cron would otherwise run
    it twice for two lines matching the same minute."""
    by_minute: dict[tuple[int, int], set[int]] = {}
    for reminder in book.reminders:
        by_minute.setdefault((reminder.at.hour, reminder.at.minute), set()).update(reminder.days)
    return [(frozenset(days), hour, minute) for (hour, minute), days in sorted(by_minute.items())]


# -- systemd --------------------------------------------------------------------------------------


def _systemd_word(word: str) -> str:
    escaped = word.replace("%", "%%").replace("$", "$$")
    if _PLAIN.match(word):
        return escaped
    return '"' + escaped.replace("\\", "\\\\").replace('"', '\\"') + '"'


def systemd_units(book: ReminderBook, command: list[str]) -> dict[str, str]:
    """The user service (runs `command` once) and its timer (at every reminder's minute)."""
    service = "\n".join(
        [
            "# Written by `hearten remind install`; `hearten remind uninstall` removes it.",
            "[Unit]",
            "Description=hearten: show a reminder that is due now",
            "",
            "[Service]",
            "Type=oneshot",
            "ExecStart=" + " ".join(_systemd_word(word) for word in command),
            "",
        ]
    )
    calendars = []
    zone = f" {book.zone}" if book.zone else ""
    for days, hour, minute in _calendar_times(book):
        weekdays = "" if days == EVERY_DAY else ",".join(_SYSTEMD_DAYS[d] for d in sorted(days)) + " "
        calendars.append(f"OnCalendar={weekdays}*-*-* {hour:02d}:{minute:02d}:00{zone}")
    timer = "\n".join(
        [
            "# Written by `hearten remind install`; `hearten remind uninstall` removes it.",
            "[Unit]",
            "Description=hearten reminders, at the times you chose",
            "",
            "[Timer]",
            *calendars,
            "# After sleep or shutdown, run once; `hearten remind fire` lets a reminder that has passed go.",
            "Persistent=true",
            "AccuracySec=1s",
            f"Unit={SERVICE_NAME}",
            "",
            "[Install]",
            "WantedBy=timers.target",
            "",
        ]
    )
    return {SERVICE_NAME: service, TIMER_NAME: timer}


# -- cron -----------------------------------------------------------------------------------------


def _shell_word(word: str) -> str:
    if _PLAIN.match(word) and "%" not in word:
        return word
    # single quotes for the shell; cron turns a bare % into a new line, so it is escaped
    return "'" + word.replace("'", "'\\''").replace("%", "\\%") + "'"


def cron_block(book: ReminderBook, command: list[str], *, environment: dict[str, str] | None = None) -> str:
    """hearten's lines for a crontab, between two marker comments."""
    env = " ".join(f"{key}={_shell_word(value)}" for key, value in sorted((environment or {}).items()))
    line = " ".join(_shell_word(word) for word in command) + " >/dev/null 2>&1"
    if env:
        line = f"{env} {line}"
    lines = [CRON_BEGIN]
    for days, hour, minute in _calendar_times(book):
        cron_days = "*" if days == EVERY_DAY else ",".join(str((d + 1) % 7) for d in sorted(days))
        lines.append(f"{minute} {hour} * * {cron_days} {line}")
    lines.append(CRON_END)
    return "\n".join(lines) + "\n"


def crontab_without_hearten(existing: str) -> str:
    """The crontab with hearten's block taken out and everything else left exactly as it was."""
    kept, inside = [], False
    for line in existing.splitlines(keepends=True):
        stripped = line.rstrip("\n")
        if stripped == CRON_BEGIN:
            inside = True
            continue
        if inside:
            if stripped == CRON_END:
                inside = False
            continue
        kept.append(line)
    return "".join(kept)


def crontab_has_hearten(existing: str) -> bool:
    return CRON_BEGIN in existing.splitlines()


def crontab_with(existing: str, block: str) -> str:
    """The crontab with hearten's block replaced (or added at the end)."""
    rest = crontab_without_hearten(existing)
    if rest and not rest.endswith("\n"):
        rest += "\n"
    return rest + block


# -- launchd (macOS) ------------------------------------------------------------------------------


def launchd_plist(book: ReminderBook, command: list[str]) -> bytes:
    """A LaunchAgent that runs `command` at every reminder's minute; launchd runs a time missed
    in sleep once on waking."""
    import plistlib  # only here: it brings in an XML parser that `remind fire` never needs

    intervals = []
    for days, hour, minute in _calendar_times(book):
        if days == EVERY_DAY:
            intervals.append({"Hour": hour, "Minute": minute})
        else:
            # launchd counts Sunday as 0 and Monday as 1
            intervals += [{"Hour": hour, "Minute": minute, "Weekday": (d + 1) % 7} for d in sorted(days)]
    plist = {
        "Label": LAUNCHD_LABEL,
        "ProgramArguments": list(command),
        "StartCalendarInterval": intervals,
        "RunAtLoad": False,
        "ProcessType": "Background",
        "StandardOutPath": "/dev/null",
        "StandardErrorPath": "/dev/null",
    }
    return plistlib.dumps(plist, fmt=plistlib.FMT_XML, sort_keys=True)
