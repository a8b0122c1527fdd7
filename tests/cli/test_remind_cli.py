"""hearten remind: the contract, the schedule written and removed, and `fire` on a real D-Bus session bus."""

from __future__ import annotations

import json
import os
import plistlib
import shutil
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.support.cli import run_hearten, run_json

ROOT = Path(__file__).resolve().parents[2]

FAKE_SYSTEMCTL = """\
#!/bin/sh
# stands in for systemctl: records its arguments, and on enable leaves what systemd leaves
echo "systemctl $*" >> "$FAKE_LOG"
if [ "$2" = enable ]; then
  mkdir -p "$XDG_CONFIG_HOME/systemd/user/timers.target.wants"
  ln -sf "$XDG_CONFIG_HOME/systemd/user/$4" "$XDG_CONFIG_HOME/systemd/user/timers.target.wants/$4"
  mkdir -p "$XDG_DATA_HOME/systemd/timers" && : > "$XDG_DATA_HOME/systemd/timers/stamp-$4"
fi
exit 0
"""

FAKE_CRONTAB = """\
#!/bin/sh
# stands in for crontab, keeping the table in $FAKE_CRONTAB
echo "crontab $*" >> "$FAKE_LOG"
case "$1" in
  -l) [ -f "$FAKE_CRONTAB" ] && cat "$FAKE_CRONTAB" && exit 0; echo "no crontab for you" >&2; exit 1;;
  -r) rm -f "$FAKE_CRONTAB";;
  -) cat > "$FAKE_CRONTAB";;
esac
"""

FAKE_LAUNCHCTL = """\
#!/bin/sh
echo "launchctl $*" >> "$FAKE_LOG"
"""


@pytest.fixture
def env(tmp_path):
    """A hearten home, a HOME, XDG folders and stand-ins for the schedulers' commands, all under tmp_path."""
    fakes = tmp_path / "bin"
    fakes.mkdir()
    for name, text in (("systemctl", FAKE_SYSTEMCTL), ("crontab", FAKE_CRONTAB), ("launchctl", FAKE_LAUNCHCTL)):
        (fakes / name).write_text(text)
        (fakes / name).chmod(0o755)
    person = tmp_path / "person"
    for folder in (person / ".config", person / ".local" / "share"):
        folder.mkdir(parents=True)
    return {
        "HEARTEN_HOME": str(tmp_path / "hearten-home"),
        "HOME": str(person),
        "XDG_CONFIG_HOME": str(person / ".config"),
        "XDG_DATA_HOME": str(person / ".local" / "share"),
        "PATH": f"{fakes}:{os.environ['PATH']}",
        "FAKE_LOG": str(tmp_path / "commands.log"),
        "FAKE_CRONTAB": str(tmp_path / "crontab"),
        "TZ": "Europe/Berlin",
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path}/no-bus-here",
    }


def commands(env) -> list[str]:
    log = Path(env["FAKE_LOG"])
    return log.read_text().splitlines() if log.exists() else []


def changes(env) -> list[str]:
    """The commands run, less the read-only look at the crontab (is hearten installed there?)."""
    return [c for c in commands(env) if c != "crontab -l"]


def tree(folder: str) -> dict[str, str]:
    """Every file, folder and link under `folder`, with file contents."""
    found = {}
    for path in sorted(Path(folder).rglob("*")):
        key = str(path.relative_to(folder))
        found[key] = "link" if path.is_symlink() else "dir" if path.is_dir() else path.read_text(errors="replace")
    return found


# -- the contract ---------------------------------------------------------------------------------


def test_add_list_remove(env):
    assert run_hearten(["remind", "add", "--at", "09:00", "--for", "checkin"], env, check=True).out.startswith(
        "Added reminder 1: 09:00, daily, for checkin."
    )
    run_hearten(["remind", "add", "--at", "18:30", "--days", "mon,wed,fri", "--for", "practice:rain"], env, check=True)
    run_hearten(["remind", "add", "--at", "7:45", "--days", "weekdays", "--for", "journal"], env, check=True)
    run_hearten(["remind", "add", "--at", "10:00", "--days", "sun", "--for", "assessment"], env, check=True)
    listing = run_json(["remind", "list", "--json"], env)
    assert listing["reminders"] == [
        {"id": 1, "at": "09:00", "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "for": "checkin"},
        {"id": 2, "at": "18:30", "days": ["mon", "wed", "fri"], "for": "practice:rain"},
        {"id": 3, "at": "07:45", "days": ["mon", "tue", "wed", "thu", "fri"], "for": "journal"},
        {"id": 4, "at": "10:00", "days": ["sun"], "for": "assessment"},
    ]
    assert listing["quiet_hours"] is None
    text = run_hearten(["remind", "list"], env, check=True).out
    assert "18:30" in text and "weekdays" in text and "practice:rain" in text
    assert run_hearten(["remind", "remove", "2"], env, check=True).out.startswith("Removed reminder 2.")
    assert [r["id"] for r in run_json(["remind", "list", "--json"], env)["reminders"]] == [1, 3, 4]
    run_hearten(["remind", "add", "--at", "12:00", "--for", "checkin"], env, check=True)
    assert run_json(["remind", "list", "--json"], env)["reminders"][-1]["id"] == 5  # numbers are not reused


def test_the_reminders_file_is_private_and_holds_nothing_personal(env):
    run_hearten(["remind", "add", "--at", "09:00", "--for", "checkin"], env, check=True)
    run_hearten(["remind", "quiet", "22:00-07:00"], env, check=True)
    path = Path(env["HEARTEN_HOME"]) / "reminders.toml"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not (Path(env["HEARTEN_HOME"]) / "hearten.db").exists()  # reminders never open the journal
    assert 'quiet_hours = "22:00-07:00"' in path.read_text()
    assert run_json(["remind", "list", "--json"], env)["quiet_hours"] == "22:00-07:00"
    assert "No quiet hours" in run_hearten(["remind", "quiet", "off"], env, check=True).out


@pytest.mark.parametrize(
    "args, says",
    [
        (["--at", "25:00", "--for", "checkin"], "HH:MM"),
        (["--at", "09:00", "--for", "nap"], "checkin, journal, assessment or practice:ID"),
        (["--at", "09:00", "--for", "practice:no-such-thing"], "no practice called"),
        (["--at", "09:00", "--days", "someday", "--for", "checkin"], "not a day"),
    ],
)
def test_add_refuses_what_it_cannot_use(env, args, says):
    result = run_hearten(["remind", "add", *args], env)
    assert result.returncode == 1 and says in result.err and result.err.count("\n") == 1
    assert not (Path(env["HEARTEN_HOME"]) / "reminders.toml").exists()


def test_removing_a_reminder_that_is_not_there(env):
    result = run_hearten(["remind", "remove", "3"], env)
    assert result.returncode == 1 and "no reminder 3" in result.err


# -- the schedule: systemd ----------------------------------------------------------------------


def test_install_dry_run_shows_and_writes_nothing(env):
    run_hearten(["remind", "add", "--at", "09:00", "--days", "weekdays", "--for", "checkin"], env, check=True)
    before = tree(env["HOME"])
    out = run_hearten(["remind", "install", "--scheduler", "systemd", "--dry-run"], env, check=True).out
    assert "OnCalendar=Mon,Tue,Wed,Thu,Fri *-*-* 09:00:00" in out and "Persistent=true" in out
    assert "hearten-remind.service" in out and "systemctl --user enable --now hearten-remind.timer" in out
    assert "Nothing was written" in out
    assert tree(env["HOME"]) == before
    assert changes(env) == []


def test_install_without_reminders_says_to_add_one_first(env):
    result = run_hearten(["remind", "install", "--scheduler", "systemd"], env)
    assert result.returncode == 1 and "remind add" in result.err


def test_systemd_install_follows_changes_and_uninstall_leaves_nothing_behind(env):
    before = tree(env["HOME"])
    run_hearten(["remind", "add", "--at", "09:00", "--for", "checkin"], env, check=True)
    out = run_hearten(["remind", "install", "--scheduler", "systemd"], env, check=True).out
    units = Path(env["XDG_CONFIG_HOME"]) / "systemd" / "user"
    timer = (units / "hearten-remind.timer").read_text()
    service = (units / "hearten-remind.service").read_text()
    assert out.index("--- ") < out.index("Installed")  # what is written is shown first
    assert all(line in out.splitlines() for line in timer.splitlines() + service.splitlines())
    assert "OnCalendar=*-*-* 09:00:00" in timer and "Persistent=true" in timer
    exec_line = next(line for line in service.splitlines() if line.startswith("ExecStart="))
    python, rest = exec_line.removeprefix("ExecStart=").split(" ", 1)
    assert os.access(python, os.X_OK) and Path(python).parent == Path(sys.executable).parent
    assert rest == f"-m hearten --home {Path(env['HEARTEN_HOME']).resolve()} remind fire --wait 600"
    assert changes(env) == ["systemctl --user daemon-reload", "systemctl --user enable --now hearten-remind.timer"]

    # a change to the reminders rewrites the installed timer, so it keeps matching
    run_hearten(["remind", "add", "--at", "20:15", "--days", "sat", "--for", "journal"], env, check=True)
    assert "OnCalendar=Sat *-*-* 20:15:00" in (units / "hearten-remind.timer").read_text()
    assert changes(env)[-1] == "systemctl --user restart hearten-remind.timer"

    dry = run_hearten(["remind", "uninstall", "--dry-run"], env, check=True).out
    assert "hearten-remind.timer" in dry and "stamp-hearten-remind.timer" in dry
    assert (units / "hearten-remind.timer").exists()

    run_hearten(["remind", "uninstall"], env, check=True)
    assert "systemctl --user disable --now hearten-remind.timer" in commands(env)
    assert tree(env["HOME"]) == before  # no unit, no enable link, no timer stamp, no empty folder
    assert "Nothing of hearten's schedule" in run_hearten(["remind", "uninstall"], env, check=True).out
    assert run_json(["remind", "list", "--json"], env)["reminders"]  # the list itself is kept


def test_the_written_units_pass_systemd_analyze_verify(env, tmp_path):
    analyze = shutil.which("systemd-analyze")
    # Never a quiet skip: scripts/install-system-deps.sh installs it, so its absence is a broken set-up.
    assert analyze, "systemd-analyze is missing (Debian package systemd): run `make system-deps`"
    run_hearten(
        ["remind", "add", "--at", "06:05", "--days", "mon,thu", "--for", "practice:loving-kindness"], env, check=True
    )
    run_hearten(["remind", "add", "--at", "21:40", "--for", "journal"], env, check=True)
    run_hearten(["remind", "install", "--scheduler", "systemd"], env, check=True)
    units = Path(env["XDG_CONFIG_HOME"]) / "systemd" / "user"
    # system mode: a user manager needs a login session; the checks of the files are the same
    result = subprocess.run(
        [analyze, "verify", str(units / "hearten-remind.timer"), str(units / "hearten-remind.service")],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "SYSTEMD_LOG_LEVEL": "info"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "", result.stderr  # a calendar it cannot parse is only a warning there


# -- the schedule: cron and launchd -------------------------------------------------------------


def test_cron_adds_its_lines_and_uninstall_restores_the_crontab_exactly(env):
    mine = "# my own\n15 3 * * * /usr/bin/backup --quiet\n"
    Path(env["FAKE_CRONTAB"]).write_text(mine)
    run_hearten(["remind", "add", "--at", "08:30", "--days", "mon,sun", "--for", "checkin"], env, check=True)
    out = run_hearten(["remind", "install", "--scheduler", "cron"], env, check=True).out
    table = Path(env["FAKE_CRONTAB"]).read_text()
    assert table.startswith(mine)
    assert "30 8 * * 1,0 " in table and "remind fire" in table and "DBUS_SESSION_BUS_ADDRESS=" in table
    assert "30 8 * * 1,0" in out and "/usr/bin/backup" not in out  # shows hearten's lines, not the person's
    run_hearten(["remind", "add", "--at", "19:00", "--for", "journal"], env, check=True)
    assert "0 19 * * * " in Path(env["FAKE_CRONTAB"]).read_text()
    run_hearten(["remind", "uninstall"], env, check=True)
    assert Path(env["FAKE_CRONTAB"]).read_text() == mine


def test_cron_uninstall_removes_a_crontab_that_held_only_hearten(env):
    before = tree(env["HOME"])
    run_hearten(["remind", "add", "--at", "08:30", "--for", "checkin"], env, check=True)
    run_hearten(["remind", "install", "--scheduler", "cron"], env, check=True)
    assert Path(env["FAKE_CRONTAB"]).exists()
    run_hearten(["remind", "uninstall"], env, check=True)
    assert not Path(env["FAKE_CRONTAB"]).exists() and "crontab -r" in commands(env)
    assert tree(env["HOME"]) == before


def test_launchd_plist_runs_fire_at_each_time_and_goes_on_uninstall(env):
    before = tree(env["HOME"])
    run_hearten(["remind", "add", "--at", "07:10", "--days", "sat,sun", "--for", "practice:rain"], env, check=True)
    run_hearten(["remind", "add", "--at", "12:00", "--for", "checkin"], env, check=True)
    run_hearten(["remind", "install", "--scheduler", "launchd"], env, check=True)
    path = Path(env["HOME"]) / "Library" / "LaunchAgents" / "org.hearten.remind.plist"
    plist = plistlib.loads(path.read_bytes())
    assert plist["Label"] == "org.hearten.remind" and plist["ProgramArguments"][-4:] == [
        "remind",
        "fire",
        "--wait",
        "600",
    ]
    assert sorted(map(lambda d: tuple(sorted(d.items())), plist["StartCalendarInterval"])) == sorted(
        [
            (("Hour", 7), ("Minute", 10), ("Weekday", 6)),
            (("Hour", 7), ("Minute", 10), ("Weekday", 0)),
            (("Hour", 12), ("Minute", 0)),
        ]
    )
    assert any(c.startswith("launchctl bootstrap gui/") for c in commands(env))
    run_hearten(["remind", "uninstall"], env, check=True)
    assert any(c.startswith("launchctl bootout gui/") for c in commands(env))
    assert not path.exists()
    # ~/Library/LaunchAgents is macOS's own folder; only it may stay (empty)
    after = {k: v for k, v in tree(env["HOME"]).items() if k not in ("Library", "Library/LaunchAgents")}
    assert after == before


# -- fire: a real D-Bus session bus with a notification service on it ---------------------------


def start_session_bus(tmp_path, *, click: bool):
    daemon = shutil.which("dbus-daemon")
    assert daemon, "dbus-daemon is missing: scripts/install-system-deps.sh installs Debian's dbus"
    bus = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"], stdout=subprocess.PIPE, text=True
    )
    address = bus.stdout.readline().strip()
    assert address.startswith("unix:"), address
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": address,
        "PYTHONPATH": str(ROOT),
        "NOTIFY_TEST_CLICK": "1" if click else "0",
    }
    record = tmp_path / "notifications.jsonl"
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.support.notification_server", str(record)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    return bus, server, address, record


def _bus_fixture(tmp_path, click):
    bus, server, address, record = start_session_bus(tmp_path, click=click)
    try:
        assert server.stdout.readline().strip() == "ready"
        yield address, record
    finally:
        for process in (server, bus):
            process.terminate()
            process.wait(timeout=10)


@pytest.fixture
def session_bus(tmp_path):
    """A private D-Bus session bus (dbus-daemon) with a test notification service that records what arrives."""
    yield from _bus_fixture(tmp_path, click=False)


@pytest.fixture
def clicking_bus(tmp_path):
    """The same, with a notification service that clicks every notification it shows."""
    yield from _bus_fixture(tmp_path, click=True)


def notifications(record: Path) -> list[dict]:
    return [json.loads(line) for line in record.read_text().splitlines()] if record.exists() else []


def test_fire_sends_the_invitation_to_the_notification_service(env, session_bus):
    address, record = session_bus
    env = {**env, "DBUS_SESSION_BUS_ADDRESS": address}
    run_hearten(["remind", "add", "--at", "09:00", "--for", "checkin"], env, check=True)
    run_hearten(["remind", "add", "--at", "09:00", "--days", "wed", "--for", "practice:grounding"], env, check=True)
    run_hearten(["journal", "add", "my private words about a hard day"], env, check=True)
    fired = run_hearten(["remind", "fire", "--now", "2026-06-03T09:00:20"], env, check=True)  # a Wednesday
    assert fired.out == ""
    sent = notifications(record)
    assert [n["body"] for n in sent] == [
        "If you have a moment, a short check-in is here. It is fine to let this one pass.",
        "If you have a moment, Grounding is here. It is fine to let this one pass.",
    ]
    assert {n["summary"] for n in sent} == {"hearten"} and {n["app_name"] for n in sent} == {"hearten"}
    assert all("private" not in json.dumps(n) for n in sent)  # nothing of the journal on a lock screen


def test_fire_lets_a_passed_reminder_go(env, session_bus):
    address, record = session_bus
    env = {**env, "DBUS_SESSION_BUS_ADDRESS": address}
    run_hearten(["remind", "add", "--at", "09:00", "--for", "checkin"], env, check=True)
    # the computer woke at 14:07 and the timer caught up once: nothing from the morning is shown
    result = run_hearten(["remind", "fire", "--now", "2026-06-03T14:07:23"], env, check=True)
    assert result.out == "" and "Nothing is due" in result.err
    assert notifications(record) == []


def test_fire_respects_quiet_hours(env, session_bus):
    address, record = session_bus
    env = {**env, "DBUS_SESSION_BUS_ADDRESS": address}
    run_hearten(["remind", "add", "--at", "23:00", "--for", "journal"], env, check=True)
    run_hearten(["remind", "quiet", "22:30-07:00"], env, check=True)
    run_hearten(["remind", "fire", "--now", "2026-06-03T23:00"], env, check=True)
    assert notifications(record) == []


def test_fire_prints_the_invitation_when_no_notification_service_answers(env):
    # env's DBUS_SESSION_BUS_ADDRESS points at a socket nobody listens on
    run_hearten(["remind", "add", "--at", "09:00", "--for", "journal"], env, check=True)
    result = run_hearten(["remind", "fire", "--now", "2026-06-03T09:00"], env, check=True)
    assert result.out == textwrap.dedent("""\
        If you have a moment, your journal is here, whenever you would like to write. It is fine to let this one pass.
        To begin: hearten journal add
        """)
    assert result.err == ""


def test_fire_holds_back_a_questionnaire_after_a_hard_day(env):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    moment = datetime.now(ZoneInfo(env["TZ"])).replace(second=0, microsecond=0, tzinfo=None)
    at = f"{moment:%H:%M}"
    run_hearten(["remind", "add", "--at", at, "--for", "assessment"], env, check=True)
    run_hearten(["remind", "add", "--at", at, "--for", "journal"], env, check=True)
    calm = run_hearten(["remind", "fire", "--now", moment.isoformat()], env, check=True).out
    assert "hearten assess take" in calm and "hearten journal add" in calm
    run_hearten(["checkin", "--distress", "9"], env, check=True)
    hard = run_hearten(["remind", "fire", "--now", moment.isoformat()], env, check=True).out
    assert "hearten assess take" not in hard and "hearten journal add" in hard


def test_fire_works_while_the_journal_is_encrypted_and_locked(env):
    run_hearten(["remind", "add", "--at", "09:00", "--for", "checkin"], env, check=True)
    run_hearten(["checkin", "--mood", "5"], env, check=True)
    run_hearten(["encrypt"], {**env, "HEARTEN_PASSPHRASE": "a long enough passphrase"}, input="", check=True)
    result = run_hearten(["remind", "fire", "--now", "2026-06-03T09:00"], env, input="")
    assert result.returncode == 0 and "check-in is here" in result.out


FAKE_TERMINAL = """\
#!/bin/sh
# stands in for Debian's x-terminal-emulator: records what it was asked to run
echo "$*" >> "$FAKE_TERMINAL_LOG"
"""


def test_clicking_the_notification_opens_hearten_at_the_right_place(env, clicking_bus, tmp_path):
    address, record = clicking_bus
    terminal = Path(env["PATH"].split(":")[0]) / "x-terminal-emulator"
    terminal.write_text(FAKE_TERMINAL)
    terminal.chmod(0o755)
    opened = tmp_path / "terminal.log"
    env = {**env, "DBUS_SESSION_BUS_ADDRESS": address, "FAKE_TERMINAL_LOG": str(opened)}
    run_hearten(["remind", "add", "--at", "09:00", "--for", "practice:rain"], env, check=True)
    result = run_hearten(["remind", "fire", "--now", "2026-06-03T09:00", "--wait", "20"], env, check=True)
    assert result.out == "" and len(notifications(record)) == 1
    deadline = time.monotonic() + 10  # the terminal is started detached, so it may land a moment later
    while not opened.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    words = opened.read_text().split()
    assert words[0] == "-e" and words[2:4] == ["-m", "hearten"]
    assert words[-5:] == ["--home", str(Path(env["HEARTEN_HOME"]).resolve()), "practice", "run", "rain"]


def test_forgetting_reminders_removes_the_schedule_and_the_file(env, monkeypatch):
    """What `forget --all` needs from reminders: after it, nothing of them is left."""
    before = tree(env["HOME"])
    run_hearten(["remind", "add", "--at", "09:00", "--for", "checkin"], env, check=True)
    run_hearten(["remind", "install", "--scheduler", "systemd"], env, check=True)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    from hearten.config import load_settings
    from hearten.services.reminders import forget_reminders

    removed = forget_reminders(load_settings())
    assert any(line.endswith("hearten-remind.timer") for line in removed)
    assert any(line.endswith("reminders.toml") for line in removed)
    assert tree(env["HOME"]) == before and not (Path(env["HEARTEN_HOME"]) / "reminders.toml").exists()


def test_install_says_plainly_when_the_scheduler_cannot_be_told(env):
    failing = Path(env["PATH"].split(":")[0]) / "systemctl"
    failing.write_text('#!/bin/sh\necho "Failed to connect to bus: No medium found" >&2\nexit 1\n')
    run_hearten(["remind", "add", "--at", "09:00", "--for", "checkin"], env, check=True)
    result = run_hearten(["remind", "install", "--scheduler", "systemd"], env)
    assert result.returncode == 1
    assert (
        "This did not work: systemctl --user daemon-reload (Failed to connect to bus: No medium found)." in result.err
    )
    assert "reminders will not come yet" in result.err and "Installed" not in result.out
    # uninstall still takes every file away, and says what could not run
    result = run_hearten(["remind", "uninstall"], env)
    assert result.returncode == 0 and "This did not work: systemctl --user disable" in result.err
    assert not (Path(env["XDG_CONFIG_HOME"]) / "systemd").exists()


def test_the_notification_library_is_loaded_only_when_fire_has_something_to_show(env, tmp_path):
    code = (
        "import sys\nfrom hearten.cli import main\nfor args in (['remind', 'add', '--at', '09:00', '--for', 'checkin'],"
        " ['remind', 'list'], ['remind', 'fire', '--now', '2026-06-03T14:00']):\n    main(args)\n"
        "print(sorted(m for m in ('desktop_notifier', 'dbus_fast', 'plistlib', 'rubicon') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env},
        cwd=tmp_path,
    )
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stderr


def test_forgetting_everything_removes_reminders_too(tmp_path, monkeypatch):
    """`hearten forget --all` leaves no reminders file behind to keep inviting."""
    from click.testing import CliRunner

    from hearten.cli import cli

    home = tmp_path / "home"
    env = {"HEARTEN_HOME": str(home), "HEARTEN_PASSPHRASE": None, "HEARTEN_DATABASE_URL": None}
    runner = CliRunner()
    added = runner.invoke(cli, ["remind", "add", "--at", "09:00", "--for", "checkin"], env=env)
    assert added.exit_code == 0, added.output
    assert list(home.rglob("reminders.toml"))
    forgot = runner.invoke(cli, ["forget", "--all", "--yes"], env=env)
    assert forgot.exit_code == 0, forgot.output
    assert not list(home.rglob("reminders.toml")) if home.exists() else True


def test_an_unknown_time_zone_in_the_file_is_named(env):
    run_hearten(["remind", "add", "--at", "09:00", "--for", "checkin"], env, check=True)
    path = Path(env["HEARTEN_HOME"]) / "reminders.toml"
    path.write_text('timezone = "Mars/Olympus"\n' + path.read_text())  # top level, before the tables
    result = run_hearten(["remind", "list"], env)
    assert result.returncode == 1 and "'Mars/Olympus' is not a time zone" in result.err
    # Firing unattended, nobody would read the complaint: it reads the computer's zone and goes on.
    assert run_hearten(["remind", "fire"], env).returncode == 0
    path.write_text(path.read_text().replace("Mars/Olympus", "Europe/London"))
    assert run_json(["remind", "list", "--json"], env)["timezone"] == "Europe/London"


def test_add_says_when_the_installed_schedule_could_not_be_told(env):
    """After install worked, a later add whose systemctl fails must not claim the schedule is updated."""
    run_hearten(["remind", "add", "--at", "09:00", "--for", "checkin"], env, check=True)
    run_hearten(["remind", "install", "--scheduler", "systemd"], env, check=True)
    failing = Path(env["PATH"].split(":")[0]) / "systemctl"
    failing.write_text('#!/bin/sh\necho "Failed to connect to bus: No medium found" >&2\nexit 1\n')
    result = run_hearten(["remind", "add", "--at", "18:00", "--for", "journal"], env)
    assert result.returncode == 0 and "Added reminder 2" in result.out
    assert "updated too" not in result.out
    assert "could not be told" in result.err and "Failed to connect to bus" in result.err
    result = run_hearten(["remind", "remove", "2"], env)
    assert "updated too" not in result.out and "could not be told" in result.err


def test_a_reminder_inside_quiet_hours_is_pointed_out(env):
    run_hearten(["remind", "quiet", "22:00-07:00"], env, check=True)
    result = run_hearten(["remind", "add", "--at", "23:00", "--for", "checkin"], env, check=True)
    assert "23:00 falls inside your quiet hours" in result.out
    result = run_hearten(["remind", "add", "--at", "08:00", "--for", "checkin"], env, check=True)
    assert "quiet hours" not in result.out
