"""hearten encrypt / decrypt / passphrase / unlock / lock / backup / restore / forget."""

from __future__ import annotations

import os
import sys

import click

from hearten import messages
from hearten.cli.context import ask_passphrase, fail, read_stdin_text, stdin_is_terminal
from hearten.errors import Locked
from hearten.services import backups, encryption, keys

NEW_PASSPHRASE_ENV = "HEARTEN_NEW_PASSPHRASE"
RECOVERY_KEY_ENV = "HEARTEN_RECOVERY_KEY"

_stdin_option = click.option(
    "--passphrase-stdin",
    is_flag=True,
    help="Read passphrases from standard input, one per line, instead of asking (for scripts).",
)


class _Secrets:
    """Passphrases for one command: from stdin lines, the environment, or a hidden prompt, in that order."""

    def __init__(self, from_stdin: bool):
        self.lines = read_stdin_text().splitlines() if from_stdin else None

    def get(self, *, env: str | None, prompt: str, confirm: bool = False) -> str:
        if self.lines is not None:
            if not self.lines:
                fail("--passphrase-stdin: standard input has fewer lines than this command needs")
            return self.lines.pop(0)
        if env and os.environ.get(env):
            return os.environ[env]
        if not stdin_is_terminal():
            fail(messages.PASSPHRASE_NEEDED.format(env=env or keys.PASSPHRASE_ENV))
        first = click.prompt(prompt, hide_input=True, err=True)
        if confirm:
            keys.check_new_passphrase(first)  # say so before asking for it twice
        if confirm and click.prompt(messages.PASSPHRASE_REPEAT, hide_input=True, err=True) != first:
            fail(messages.PASSPHRASE_MISMATCH)
        return first


def _unlock(app, secrets: _Secrets | None = None) -> bytes | None:
    settings = app.settings
    if secrets is not None and secrets.lines is not None and keys.is_encrypted(settings):
        return keys.unlock_key(settings, passphrase=secrets.get(env=None, prompt=messages.PASSPHRASE_ASK))
    return keys.unlock_key(settings, prompt=ask_passphrase if stdin_is_terminal() else None)


def _confirm(question: str, yes: bool) -> None:
    if yes:
        return
    if not stdin_is_terminal():
        fail("this asks for confirmation; add --yes to run it from a script")
    if not click.confirm(question, default=False, err=True):
        sys.exit(1)


@click.command("encrypt")
@_stdin_option
@click.option(
    "--recovery-key/--no-recovery-key",
    "recovery",
    default=None,
    help="Make a printable recovery key (asked in a terminal; made by default in scripts).",
)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.option(
    "--floor-kdf", is_flag=True, hidden=True, help="Use the minimum Argon2id settings without tuning (tests)."
)
@click.pass_obj
def encrypt_command(app, passphrase_stdin, recovery, yes, floor_kdf):
    """Encrypt your journal with a passphrase (SQLCipher; the key is wrapped with Argon2id)."""
    settings = app.settings
    encryption.check_can_encrypt(settings)
    click.echo(messages.ENCRYPT_WARNING, err=True)
    interactive = stdin_is_terminal() and not passphrase_stdin
    if interactive and not yes and not click.confirm(messages.ENCRYPT_CONFIRM, default=True, err=True):
        sys.exit(1)
    passphrase = _Secrets(passphrase_stdin).get(env=keys.PASSPHRASE_ENV, prompt=messages.PASSPHRASE_NEW, confirm=True)
    keys.check_new_passphrase(passphrase)  # before the second it takes to measure this computer
    if recovery is None:
        recovery = click.confirm(messages.RECOVERY_OFFER, default=True, err=True) if interactive else True
    params = None
    if floor_kdf:
        from hearten.crypto import FLOOR_PARAMS

        params = FLOOR_PARAMS
    else:
        click.echo(messages.ENCRYPT_TUNING, err=True)
    app.close()
    result = encryption.encrypt_home(settings, passphrase=passphrase, recovery=recovery, params=params)
    click.echo(
        messages.ENCRYPT_DONE.format(
            memory_mib=result["memory_kib"] // 1024, time_cost=result["time_cost"], parallelism=result["parallelism"]
        ),
        err=True,
    )
    if result["recovery_key"]:
        click.echo(messages.RECOVERY_SHOW.format(key=result["recovery_key"]))


@click.command("decrypt")
@_stdin_option
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def decrypt_command(app, passphrase_stdin, yes):
    """Store your journal unencrypted again (asks first)."""
    settings = app.settings
    if not keys.is_encrypted(settings):
        fail("your journal is not encrypted, so there is nothing to decrypt")
    key = _unlock(app, _Secrets(passphrase_stdin))
    _confirm(messages.DECRYPT_CONFIRM, yes)
    app.close()
    encryption.decrypt_home(settings, key=key)
    click.echo(messages.DECRYPT_DONE, err=True)


@click.command("passphrase")
@_stdin_option
@click.option(
    "--use-recovery-key",
    is_flag=True,
    help="Set a new passphrase with your recovery key instead of the old passphrase.",
)
@click.option("--new-recovery-key", is_flag=True, help="Make a new recovery key (the old one stops working).")
@click.pass_obj
def passphrase_command(app, passphrase_stdin, use_recovery_key, new_recovery_key):
    """Change your passphrase (only the small key file is rewritten)."""
    settings = app.settings
    secrets = _Secrets(passphrase_stdin)
    if new_recovery_key:
        current = secrets.get(env=keys.PASSPHRASE_ENV, prompt=messages.PASSPHRASE_CURRENT)
        key = keys.new_recovery_key(settings, passphrase=current)
        click.echo(messages.RECOVERY_SHOW.format(key=key))
        return
    if use_recovery_key:
        recovery = secrets.get(env=RECOVERY_KEY_ENV, prompt=messages.RECOVERY_ASK)
        keys.unlock_with_recovery_key(settings, recovery_key=recovery)  # a wrong key fails before asking more
        new = secrets.get(env=NEW_PASSPHRASE_ENV, prompt=messages.PASSPHRASE_NEW, confirm=True)
        keys.reset_passphrase(settings, recovery_key=recovery, new_passphrase=new)
        keys.lock(settings)
        click.echo(messages.PASSPHRASE_RESET, err=True)
        return
    current = secrets.get(env=keys.PASSPHRASE_ENV, prompt=messages.PASSPHRASE_CURRENT)
    keys.unlock_key(settings, passphrase=current)  # a wrong passphrase fails before asking for the new one
    new = secrets.get(env=NEW_PASSPHRASE_ENV, prompt=messages.PASSPHRASE_NEW, confirm=True)
    keys.change_passphrase(settings, old_passphrase=current, new_passphrase=new)
    click.echo(messages.PASSPHRASE_CHANGED, err=True)


@click.command("unlock")
@_stdin_option
@click.option(
    "--minutes",
    type=int,
    default=keys.DEFAULT_UNLOCK_MINUTES,
    show_default=True,
    help="How long the key stays unlocked.",
)
@click.option(
    "--keyring", "use_keyring", is_flag=True, help="Keep the key in the OS keyring until `hearten lock` instead."
)
@click.pass_obj
def unlock_command(app, passphrase_stdin, minutes, use_keyring):
    """Unlock once, so the next commands do not ask for your passphrase."""
    settings = app.settings
    if not keys.is_encrypted(settings):
        fail(messages.NOT_ENCRYPTED_LOCK)
    key = _unlock(app, _Secrets(passphrase_stdin))
    where = keys.remember_key(settings, key=key, minutes=minutes, use_keyring=use_keyring)
    click.echo(messages.UNLOCKED.format(where=where), err=True)


@click.command("lock")
@click.pass_obj
def lock_command(app):
    """Forget the unlocked key (the unlock file and any OS keyring entry)."""
    settings = app.settings
    if not keys.is_encrypted(settings):
        click.echo(messages.NOT_ENCRYPTED_LOCK, err=True)
        return
    removed = keys.lock(settings)
    click.echo(messages.LOCKED.format(what=", ".join(removed)) if removed else messages.LOCK_NOTHING, err=True)


@click.command("backup")
@click.option("--out", type=click.Path(dir_okay=False), help="File to write (default: a dated file in <home>/backups).")
@click.pass_obj
def backup_command(app, out):
    """Make a consistent copy of your journal, still encrypted if it is."""
    path = backups.backup(app.settings, app.store, out=out)
    encrypted = messages.BACKUP_ENCRYPTED if keys.is_encrypted(app.settings) else ""
    click.echo(messages.BACKUP_DONE.format(path=path, encrypted=encrypted), err=True)


@click.command("restore")
@click.argument("file", type=click.Path(dir_okay=False))
@_stdin_option
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def restore_command(app, file, passphrase_stdin, yes):
    """Bring back a backup (checked first; your current journal is kept in backups/)."""
    settings = app.settings
    secrets = _Secrets(passphrase_stdin)
    key = _unlock(app, secrets)
    passphrase = None
    if secrets.lines:
        passphrase = secrets.lines[0]
    elif os.environ.get(keys.PASSPHRASE_ENV):
        passphrase = os.environ[keys.PASSPHRASE_ENV]
    _confirm(messages.RESTORE_CONFIRM.format(path=file), yes)
    app.close()
    try:
        result = backups.restore(settings, path=file, key=key, passphrase=passphrase)
    except Locked:
        if passphrase is not None or not stdin_is_terminal():
            raise
        result = backups.restore(settings, path=file, key=key, passphrase=ask_passphrase())
    kept = messages.RESTORE_KEPT.format(kept=result["kept"]) if result["kept"] else ""
    click.echo(messages.RESTORE_DONE.format(path=result["restored"], kept=kept), err=True)


@click.command("forget")
@click.option("--all", "everything", is_flag=True, required=True, help="Required: remove everything hearten keeps.")
@click.option("--yes", is_flag=True, help="Do not ask for the confirmation word (for scripts).")
@click.option("--keep-settings", is_flag=True, help="Keep settings.toml (your name, country, therapist).")
@click.pass_obj
def forget_command(app, everything, yes, keep_settings):
    """Remove your journal, backups, key file and keyring entry for good."""
    settings = app.settings
    click.echo(messages.FORGET_WARNING.format(home=settings.home), err=True)
    if not yes:
        typed = click.prompt(
            messages.FORGET_ASK.format(word=messages.FORGET_WORD), default="", show_default=False, err=True
        )
        if typed.strip().lower() != messages.FORGET_WORD:
            click.echo(messages.FORGET_CANCELLED, err=True)
            sys.exit(1)
    from hearten.services.forget import forget_everything

    # Not counted: a locked home can be forgotten without its passphrase.
    found = forget_everything(
        settings, open_store=lambda: app.store, close=app.close, keep_settings=keep_settings, count=False
    )
    removed = found.records + found.files
    if not removed:
        click.echo(messages.FORGET_NOTHING)
        return
    click.echo(messages.FORGET_DONE)
    for line in removed:
        click.echo(f"  {line}")
