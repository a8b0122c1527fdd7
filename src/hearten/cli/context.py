"""What every command shares: settings, the store (opened on first use), clear errors."""

from __future__ import annotations

import sys

import click


class AppContext:
    current: AppContext | None = None  # the command being run, so an error can be explained with its home

    def __init__(self, home=None):
        self.home = home
        self._settings = None
        self._store = None
        AppContext.current = self

    @property
    def settings(self):
        if self._settings is None:
            from hearten.config import load_settings
            from hearten.services.language import apply_settings

            settings = load_settings(home=self.home)
            problem = apply_settings(settings)
            if problem:
                click.echo(f"hearten: {problem}", err=True)
            self._settings = settings
        return self._settings

    @property
    def safe_settings(self):
        """Settings, or the defaults when the settings file is broken: help must always show.

        Your name and therapist are filled in when the database opens without asking for a passphrase.
        """
        from hearten.config import SETTINGS, Settings, SettingsError, default_home
        from hearten.services.personal import quietly_with_personal

        try:
            return quietly_with_personal(self.settings)
        except SettingsError as problem:
            click.echo(f"hearten: {problem} (showing help with the default settings)", err=True)
            return Settings(self.home or default_home(), {s.name: s.default for s in SETTINGS if s.name != "home"})

    @property
    def store(self):
        if self._store is None:
            from hearten.services.backups import maybe_daily_backup
            from hearten.services.keys import unlock_key
            from hearten.store import open_store

            settings = self.settings
            key = unlock_key(settings, prompt=ask_passphrase if stdin_is_terminal() else None)
            self._store = open_store(settings, key=key)
            maybe_daily_backup(settings, self._store)
        return self._store

    def close(self):
        if self._store is not None:
            self._store.close()
            self._store = None


def ask_passphrase() -> str:
    """The passphrase, typed without being shown."""
    from hearten import messages

    return click.prompt(messages.PASSPHRASE_ASK, hide_input=True, err=True)


def stdin_is_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def fail(message: str, code: int = 1):
    """Stop with one clear line on stderr."""
    click.echo(f"hearten: {message}", err=True)
    sys.exit(code)


def run_with_clear_errors(command, argv=None) -> int:
    from hearten.errors import DatabaseBusy, InvalidInput, NotFound, SettingsError, StoreError, sqlite_errors

    try:
        command.main(args=argv, prog_name="hearten", standalone_mode=False)
    except click.exceptions.Abort as stopped:
        if isinstance(stopped.__context__, EOFError):  # piped input ran out mid-question, not Ctrl+C
            from hearten import messages

            click.echo(f"\nhearten: {messages.INPUT_ENDED}", err=True)  # after the question left unanswered
            return 1
        click.echo("", err=True)
        return 130
    except click.UsageError as error:
        # One line, like every other error; the usage block helps nobody mid-task.
        where = f" (see: {error.ctx.command_path} --help)" if error.ctx is not None else ""
        click.echo(f"hearten: {error.format_message()}{where}", err=True)
        return error.exit_code
    except click.ClickException as error:
        click.echo(f"hearten: {error.format_message()}", err=True)
        return error.exit_code
    except (InvalidInput, NotFound, StoreError, SettingsError) as error:
        click.echo(f"hearten: {error}", err=True)
        return 1
    except DatabaseBusy:
        from hearten import messages

        click.echo(f"hearten: {messages.DB_BUSY}", err=True)
        return 1
    except click.exceptions.Exit as done:
        return done.exit_code
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    except BrokenPipeError:
        # `hearten journal list | head`: the reader left; that is not an error.
        return 0
    except MemoryError as error:
        # SQLCipher reports a page that fails its check as "out of memory" (SQLITE_NOMEM)
        click.echo(f"hearten: {explain_database_error(error)}", err=True)
        return 1
    except OSError as error:
        # a path that is too long, a folder where a file should be, no permission, a full disk
        from hearten import messages
        from hearten.services.diagnose import file_problem

        click.echo(f"hearten: {messages.FILE_PROBLEM.format(problem=file_problem(error))}", err=True)
        return 1
    except (OverflowError, UnicodeError) as error:
        # a date past what the calendar holds, or text with broken characters, reached past the checks
        click.echo(f"hearten: that value cannot be used ({_short(error)})", err=True)
        return 1
    except sqlite_errors() as error:
        # one line, never a traceback or a plaintext fallback, and advice that fits what is wrong
        click.echo(f"hearten: {explain_database_error(error)}", err=True)
        return 1
    return 0


def _short(error) -> str:
    text = " ".join(str(error).split()).encode("utf-8", "replace").decode("utf-8")
    return text if len(text) <= 200 else text[:199] + "…"


def explain_database_error(error) -> str:
    """One line for a database error: busy, full, read-only, a folder, damaged (confirmed) or unreadable."""
    from hearten import messages
    from hearten.services import diagnose

    app = AppContext.current
    path = connection = None
    if app is not None:
        try:
            settings = app.settings
            if not settings.database_url:
                path = settings.database_path
        except Exception:  # the settings themselves may be what failed
            path = None
        if app._store is not None:
            connection = getattr(app._store, "connection", None)
    if isinstance(error, MemoryError):
        kind = (
            diagnose.DAMAGED
            if diagnose.integrity_confirms_damage(path=path, connection=connection)
            else diagnose.UNREADABLE
        )
    else:
        kind = diagnose.database_problem(error, path=path, connection=connection)
    shown = str(path) if path is not None else "the database"
    return {
        diagnose.BUSY: messages.DB_BUSY,
        diagnose.FULL: messages.DB_FULL,
        diagnose.READ_ONLY: messages.DB_READ_ONLY.format(path=shown),
        diagnose.FOLDER: messages.DB_FOLDER.format(path=shown),
        diagnose.DAMAGED: messages.DB_DAMAGED,
    }.get(kind) or messages.DB_UNREADABLE.format(error=_short(error) or type(error).__name__)


def read_stdin_text() -> str:
    """Piped standard input as text, refusing bytes that are not UTF-8."""
    from hearten.errors import InvalidInput

    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInput(f"the input is not UTF-8 text (byte {error.start} cannot be read)") from None


def stdin_is_piped() -> bool:
    """True when standard input brings text: a pipe or a file (`< notes.txt`), not a terminal nor /dev/null.

    Anything else (a terminal, /dev/null or another device, a closed input) leaves the editor to open.
    A stream with no descriptor of its own (a test's input) counts as piped unless it is a terminal.
    """
    import io
    import os
    import stat

    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (AttributeError, ValueError, io.UnsupportedOperation):
        try:
            return not sys.stdin.isatty()
        except (AttributeError, ValueError):
            return False
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode)


def echo_json(data) -> None:
    import json

    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def moment_option(value, *, end_of_day=False):
    """--since/--until text to an aware datetime (None stays None)."""
    if value is None:
        return None
    from hearten.domain.dates import parse_moment
    from hearten.domain.records import now

    return parse_moment(value, now=now(), end_of_day=end_of_day)
