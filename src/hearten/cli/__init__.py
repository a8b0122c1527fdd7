"""The `hearten` command. Subcommands load lazily so each command imports only what it uses."""

from __future__ import annotations

import importlib
import os
import sys

import click

from hearten import __version__

# name -> "module:attribute". Add a command here and in docs (a test checks both).
COMMANDS = {
    "journal": "hearten.cli.journal:journal",
    "analyze": "hearten.cli.analyze:analyze",
    "checkin": "hearten.cli.checkin:checkin",
    "export": "hearten.cli.data:export_command",
    "import": "hearten.cli.data:import_command",
    "home": "hearten.cli.home:home",
    "settings": "hearten.cli.settings:settings_command",
    "encrypt": "hearten.cli.privacy:encrypt_command",
    "decrypt": "hearten.cli.privacy:decrypt_command",
    "passphrase": "hearten.cli.privacy:passphrase_command",
    "unlock": "hearten.cli.privacy:unlock_command",
    "lock": "hearten.cli.privacy:lock_command",
    "backup": "hearten.cli.privacy:backup_command",
    "restore": "hearten.cli.privacy:restore_command",
    "forget": "hearten.cli.privacy:forget_command",
    "assess": "hearten.cli.assess:assess",
    "practice": "hearten.cli.practice:practice",
    "help": "hearten.cli.help:help_command",
    "learn": "hearten.cli.learn:learn",
    "serve": "hearten.cli.serve:serve",
    "server": "hearten.cli.server:server",
    "remind": "hearten.cli.remind:remind",
    "insights": "hearten.cli.insights:insights",
    "experiment": "hearten.cli.experiment:experiment",
    "report": "hearten.cli.report:report",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported only when they are run (or listed in help)."""

    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        target = COMMANDS.get(name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        return getattr(importlib.import_module(module_name), attribute)


@click.group(cls=LazyGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="hearten")
@click.option(
    "--home",
    "home",
    type=click.Path(file_okay=False),
    envvar="HEARTEN_HOME",
    help="Folder for all of your hearten data (default: your platform's user data folder).",
)
@click.pass_context
def cli(ctx, home):
    """hearten: a private companion for practising self-compassion.

    Everything stays on this computer unless you export it. hearten is not therapy;
    if things feel like too much, run `hearten help`.
    """
    from hearten.cli.context import AppContext

    if os.environ.get("NO_COLOR"):  # no-color.org: set and not empty means no ANSI styles, even on a terminal
        ctx.color = False
    ctx.obj = AppContext(home=home)
    ctx.call_on_close(ctx.obj.close)
    if ctx.invoked_subcommand is None:
        from hearten.cli.home import show_home

        show_home(ctx.obj)


def main(argv=None) -> int:
    """Console entry point: turns hearten's own errors into one clear line and exit code 1."""
    from hearten.cli.context import run_with_clear_errors

    return run_with_clear_errors(cli, argv)


if __name__ == "__main__":
    sys.exit(main())
