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
    """Show every setting, or set one: hearten settings NAME VALUE.

    Your name and your therapist are kept in the database (encrypted with it when your
    journal is encrypted), the rest in settings.toml.
    """
    from hearten.config import SETTINGS, SettingsError
    from hearten.services.personal import is_personal, quietly_with_personal, save_personal
    from hearten.services.settings import set_setting

    if name is None:
        settings = quietly_with_personal(app.settings)
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
            click.echo(app.settings.home)
        elif is_personal(name):
            app.store  # noqa: B018 - opening the store fills the personal settings in (asks to unlock)
            click.echo(app.settings.values[name])
        elif name in app.settings.values:
            click.echo(app.settings.values[name])
        else:
            raise SettingsError(f"there is no setting called {name!r}")
        return
    if is_personal(name):
        save_personal(app.store, app.settings, **{name: value})
        shown = value
    else:
        shown = set_setting(app.settings, name=name, value=value).values.get(name, value)
    click.echo(f"{name} = {shown}", err=True)
