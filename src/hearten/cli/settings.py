"""hearten settings: see and change your settings."""

from __future__ import annotations

import click

from hearten.cli.context import echo_json


@click.command("settings", context_settings={"ignore_unknown_options": True})
@click.argument("name", required=False)
@click.argument("value", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print all settings as JSON.")
@click.pass_obj
def settings_command(app, name, value, as_json):
    """Show every setting, or set one: hearten settings NAME VALUE."""
    from hearten.config import SETTINGS, SettingsError
    from hearten.services.settings import set_setting

    settings = app.settings
    if name is None:
        if as_json:
            echo_json({"home": str(settings.home), **settings.values})
            return
        click.echo(f"home = {settings.home}")
        for setting in SETTINGS:
            if setting.name != "home":
                click.echo(f"{setting.name} = {settings.values[setting.name]!r}    # {setting.help}")
        return
    if value is None:
        if name == "home":
            click.echo(settings.home)
        elif name in settings.values:
            click.echo(settings.values[name])
        else:
            raise SettingsError(f"there is no setting called {name!r}")
        return
    saved = set_setting(settings, name=name, value=value)
    click.echo(f"{name} = {saved.values.get(name, value)}", err=True)
