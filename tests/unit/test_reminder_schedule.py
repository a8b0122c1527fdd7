"""The scheduler files as text, and the words a reminder uses."""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
import sys
from datetime import UTC, time

import pytest

from hearten import messages
from hearten.domain import reminder_schedule as schedule
from hearten.domain import reminders as r


def book(*items, zone=""):
    b = r.ReminderBook(zone=zone)
    for at, days in items:
        b, _ = b.with_reminder(at=r.parse_time(at), days=r.parse_days(days), target="checkin")
    return b


def test_one_calendar_line_per_minute_with_all_its_days():
    units = schedule.systemd_units(
        book(("09:00", "mon"), ("09:00", "daily"), ("07:05", "sat"), ("07:05", "sun")), ["/x/python", "-m", "hearten"]
    )
    timer = units[schedule.TIMER_NAME]
    assert re.findall(r"^OnCalendar=.*$", timer, re.M) == [
        "OnCalendar=Sat,Sun *-*-* 07:05:00",
        "OnCalendar=*-*-* 09:00:00",
    ]
    # cron would run two lines for the same minute twice, and show everything twice
    block = schedule.cron_block(book(("09:00", "mon"), ("09:00", "wed")), ["/x"])
    assert [line.split(" /x")[0] for line in block.splitlines() if not line.startswith("#")] == ["0 9 * * 1,3"]
    assert "Persistent=true" in timer and "WantedBy=timers.target" in timer


def test_a_chosen_time_zone_is_named_in_the_timer():
    timer = schedule.systemd_units(book(("09:00", "mon"), zone="Europe/Berlin"), ["/x"])[schedule.TIMER_NAME]
    assert "OnCalendar=Mon *-*-* 09:00:00 Europe/Berlin" in timer


def test_odd_paths_are_quoted_for_systemd_and_for_the_shell():
    command = ["/opt/my tools/python", "-m", "hearten", "--home", "/home/a/100% me", "remind", "fire"]
    service = schedule.systemd_units(book(("09:00", "daily")), command)[schedule.SERVICE_NAME]
    assert 'ExecStart="/opt/my tools/python" -m hearten --home "/home/a/100%% me" remind fire' in service
    block = schedule.cron_block(book(("09:00", "daily")), command)
    assert "'/opt/my tools/python' -m hearten --home '/home/a/100\\% me' remind fire >/dev/null 2>&1" in block


def test_the_crontab_keeps_everything_that_is_not_hearten():
    theirs = "MAILTO=me\n0 1 * * * backup\n"
    block = schedule.cron_block(book(("06:30", "weekdays")), ["/x"])
    together = schedule.crontab_with(theirs, block)
    assert together == theirs + block and "30 6 * * 1,2,3,4,5 /x >/dev/null 2>&1" in together
    assert schedule.crontab_with(together, block) == together  # installing twice does not add twice
    assert schedule.crontab_without_hearten(together) == theirs
    assert schedule.crontab_with("0 1 * * * backup", block).startswith("0 1 * * * backup\n")


def test_launchd_counts_sunday_as_zero():
    plist = plistlib.loads(schedule.launchd_plist(book(("08:00", "sun,mon")), ["/x", "fire"]))
    assert plist["StartCalendarInterval"] == [
        {"Hour": 8, "Minute": 0, "Weekday": 1},
        {"Hour": 8, "Minute": 0, "Weekday": 0},
    ]
    assert plist["ProgramArguments"] == ["/x", "fire"]


def test_units_with_awkward_paths_pass_systemd_analyze_verify(tmp_path):
    analyze = shutil.which("systemd-analyze")
    # Never a quiet skip: scripts/install-system-deps.sh installs it, so its absence is a broken set-up.
    assert analyze, "systemd-analyze is missing (Debian package systemd): run `make system-deps`"
    folder = tmp_path / "with space"
    folder.mkdir()
    python = folder / "py 100%"
    python.symlink_to(sys.executable)
    units = schedule.systemd_units(
        book(("00:00", "daily"), ("23:59", "fri"), zone="America/New_York"),
        [str(python), "-m", "hearten", "remind", "fire"],
    )
    for name, text in units.items():
        (tmp_path / name).write_text(text)
    result = subprocess.run(
        [analyze, "verify", *(str(tmp_path / n) for n in units)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "SYSTEMD_LOG_LEVEL": "info"},
    )
    assert result.returncode == 0 and result.stderr.strip() == "", result.stderr


def test_reminder_words_invite_and_never_count_or_shame():
    words = [messages.REMINDER_DECLINE, *messages.REMINDER_INVITE.values()] + [
        getattr(messages, name)
        for name in dir(messages)
        if name.startswith("REMINDER_") and isinstance(getattr(messages, name), str)
    ]
    text = " ".join(words).lower()
    for shaming in ("miss", "streak", "again", "forgot", "should", "behind", "in a row"):
        assert shaming not in text, shaming
    assert not re.search(r"\d+ (day|time|reminder)s?", text)
    assert all(invite.startswith("If you have a moment") for invite in messages.REMINDER_INVITE.values())


def test_a_time_in_quiet_hours_is_quiet_only_inside_them():
    quiet = r.QuietHours(time(13), time(14))
    assert quiet.covers(time(13)) and quiet.covers(time(13, 59)) and not quiet.covers(time(14))


@pytest.mark.parametrize(
    "at, days, base",
    [
        ("09:00", "daily", "2026-03-27 12:00:00 UTC"),  # across Berlin's spring-forward night
        ("02:30", "daily", "2026-10-23 12:00:00 UTC"),  # a time passed twice on the fall-back night
        ("07:15", "mon,fri", "2026-10-20 12:00:00 UTC"),
    ],
)
def test_systemd_reads_the_timer_as_the_domain_does(at, days, base):
    """systemd's own calendar arithmetic, on the OnCalendar line hearten writes, gives the same moments
    as the domain's occurrences (Europe/Berlin)."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    analyze = shutil.which("systemd-analyze")
    # Never a quiet skip: scripts/install-system-deps.sh installs it, so its absence is a broken set-up.
    assert analyze, "systemd-analyze is missing (Debian package systemd): run `make system-deps`"
    timer = schedule.systemd_units(book((at, days)), ["/x"])[schedule.TIMER_NAME]
    spec = re.search(r"^OnCalendar=(.*)$", timer, re.M).group(1)
    result = subprocess.run(
        [analyze, "calendar", "--iterations=5", f"--base-time={base}", spec],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "TZ": "Europe/Berlin"},
    )
    assert result.returncode == 0, result.stderr
    systemd_moments = [
        datetime.strptime(m, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        for m in re.findall(r"\(in UTC\): \w+ (\S+ \S+) UTC", result.stdout)
    ]
    zone = ZoneInfo("Europe/Berlin")
    start = datetime.strptime(base, "%Y-%m-%d %H:%M:%S UTC").replace(tzinfo=UTC)
    reminder = book((at, days)).reminders[0]
    ours = []
    day = start.astimezone(zone).date()
    while len(ours) < 5:
        if day.weekday() in reminder.days:
            moment = r.occurrence(reminder.at, day, zone)
            if moment > start:
                ours.append(moment)
        day += timedelta(days=1)
    assert systemd_moments == ours
