"""Every setting hearten reads: one declared table, a file, and HEARTEN_* variables.

Precedence (highest first): command-line option, environment variable HEARTEN_<NAME>,
the settings file `<home>/settings.toml`, the default below. Kept free of heavy
imports because every command reads it.
"""

from __future__ import annotations

import os
from pathlib import Path

from hearten.errors import SettingsError  # re-exported


class Setting:
    """One declared setting: its name, default, one-line help and type."""

    __slots__ = ("name", "default", "help", "kind", "low", "high", "personal")

    def __init__(
        self, name: str, default: object, help: str, kind: type = str, low=None, high=None, personal: bool = False
    ):
        self.name, self.default, self.help, self.kind = name, default, help, kind
        self.low, self.high = low, high  # bounds for numbers, checked when read
        # Personal settings are kept in the database (encrypted with it), not in settings.toml.
        self.personal = personal


SETTINGS: tuple[Setting, ...] = (
    Setting("home", None, "Folder that holds all of your hearten data (database, key file, backups, settings)."),
    Setting(
        "database_url", None, "postgresql://… to keep data in a PostgreSQL server instead of the local SQLite file."
    ),
    Setting("name", "", "The name hearten uses for you, for example in a compassionate letter.", personal=True),
    Setting(
        "country",
        "",
        "Country code or name (US, GB, IE, CA, AU, Germany, …) that picks the crisis and support lines shown; "
        "while empty, the country your locale names comes first, said to be a guess.",
    ),
    Setting(
        "analyze_after_add",
        True,
        "After saving a journal entry, show a short note on harsh self-talk it noticed.",
        bool,
    ),
    Setting(
        "crisis_encoder",
        False,
        "Also read what you write with a slower model that reads meaning, to notice crisis wording the rules "
        "miss (about 10 ms for a short entry, on this computer; needs its model package, which make installs).",
        bool,
    ),
    Setting("editor", "", "Editor for writing entries; falls back to $VISUAL, then $EDITOR."),
    Setting("speech", False, "Speak practice guidance aloud in the web app (the browser's own voices).", bool),
    Setting("speech_voice", "", "Name of the browser voice used for spoken guidance; empty for the default."),
    Setting("speech_rate", 0.9, "Speed of spoken guidance, from 0.5 to 1.5.", float, 0.5, 1.5),
    Setting("bell", True, "Ring a soft bell in timed practice steps, in the web player and the terminal.", bool),
    Setting("bell_volume", 60, "How loud the practice bell is, from 0 to 100.", int, 0, 100),
    Setting(
        "bell_interval",
        0.0,
        "Minutes between soft interval bells in a practice that allows them (mindful breathing); 0 for none.",
        float,
        0.0,
        60.0,
    ),
    Setting(
        "practice_length",
        "",
        "The length you last chose for a practice that offers one: a number of minutes, "
        "or open for as long as you choose; empty for the practice's own length.",
    ),
    Setting("backups_keep", 7, "How many daily automatic backups to keep (0 turns them off).", int, 0, 365),
    Setting(
        "therapist",
        "",
        "Your own therapist or counsellor, shown first on the help screen (name and how to reach them).",
        personal=True,
    ),
    Setting(
        "busy_timeout",
        5.0,
        "Seconds a change waits while another program writes to the database before hearten says it is busy.",
        float,
        0.0,
        600.0,
    ),
)

# Kept in the database, so an encrypted journal encrypts them too; hidden while it is locked.
PERSONAL = tuple(s.name for s in SETTINGS if s.personal)

_BY_NAME = {s.name: s for s in SETTINGS}


# What a setting's value must be, in words a person uses rather than Python's type names.
_KIND_WORDS = {bool: "on or off (true or false)", int: "a whole number", float: "a number, such as 0.9", str: "text"}


def _convert(setting: Setting, raw):
    if raw is None:
        return None
    try:
        if setting.kind is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        value = setting.kind(raw)
    except (TypeError, ValueError):
        raise SettingsError(f"setting {setting.name} must be {_KIND_WORDS[setting.kind]}, not {raw!r}") from None
    if setting.low is not None and not setting.low <= value <= setting.high:
        raise SettingsError(f"setting {setting.name} must be from {setting.low:g} to {setting.high:g}, not {raw!r}")
    return value


def default_home() -> Path:
    from platformdirs import user_data_path

    return user_data_path("hearten", appauthor=False)


class Settings:
    """Resolved settings for one run of hearten."""

    def __init__(self, home: Path, values: dict | None = None, pinned=()):
        self.home = Path(home)
        self.values = dict(values or {})
        # Personal settings given by an option or HEARTEN_* variable: the database does not override them.
        self.pinned = frozenset(pinned)

    def __getattr__(self, name):
        values = object.__getattribute__(self, "values")
        if name in values:
            return values[name]
        raise AttributeError(name)

    def replaced(self, **values) -> Settings:
        """A copy with some values changed."""
        return Settings(home=self.home, values={**self.values, **values}, pinned=self.pinned)

    @property
    def database_path(self) -> Path:
        return self.home / "hearten.db"

    @property
    def settings_file(self) -> Path:
        return self.home / "settings.toml"

    @property
    def keyfile_path(self) -> Path:
        return self.home / "hearten.key"

    @property
    def backups_dir(self) -> Path:
        return self.home / "backups"


def load_settings(home: str | os.PathLike | None = None, environ=None, **overrides) -> Settings:
    """Resolve every setting; `home` and `overrides` come from command-line options."""
    environ = os.environ if environ is None else environ
    home_path = Path(home or environ.get("HEARTEN_HOME") or default_home()).expanduser()
    from_file: dict = {}
    settings_file = home_path / "settings.toml"
    if settings_file.exists():
        import tomllib

        try:
            from_file = tomllib.loads(settings_file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise SettingsError(f"{settings_file} cannot be read: {error}") from None
        unknown = sorted(set(from_file) - set(_BY_NAME))
        if unknown:
            raise SettingsError(f"{settings_file} has unknown settings: {', '.join(unknown)}")
    values, pinned = {}, set()
    for setting in SETTINGS:
        if setting.name == "home":
            continue
        raw = overrides.get(setting.name)
        if raw is None:
            raw = environ.get(f"HEARTEN_{setting.name.upper()}")
        if raw is not None and setting.personal:
            pinned.add(setting.name)
        if raw is None and not setting.personal:  # a personal one left in the file waits to be moved, unread
            raw = from_file.get(setting.name)
        values[setting.name] = setting.default if raw is None else _convert(setting, raw)
    return Settings(home=home_path, values=values, pinned=pinned)


def save_setting(settings: Settings, name: str, value) -> Settings:
    """Write one setting to the settings file (atomically) and return the new settings."""
    return save_settings(settings, {name: value})


def save_settings(settings: Settings, values: dict) -> Settings:
    """Write several settings to the settings file in one atomic write, all or none (each is checked
    before anything is written), and return the new settings."""
    checked = {}
    for name, value in values.items():
        if name not in _BY_NAME or name == "home":
            raise SettingsError(f"there is no setting called {name!r}")
        if _BY_NAME[name].personal:  # never written in plain text: services.personal keeps it in the database
            raise SettingsError(f"{name} is kept in the database, not in {settings.settings_file.name}")
        checked[name] = _convert(_BY_NAME[name], value)
    current = read_file_values(settings.settings_file)
    current.update(checked)
    write_file_values(settings.settings_file, current)
    return settings.replaced(**checked)


def convert(name: str, value):
    """`value` as setting `name` takes it; SettingsError when it does not fit."""
    if name not in _BY_NAME or name == "home":
        raise SettingsError(f"there is no setting called {name!r}")
    return _convert(_BY_NAME[name], value)


def read_file_values(path: Path) -> dict:
    """What a settings file holds, as written (empty when there is no file)."""
    if not path.exists():
        return {}
    import tomllib

    return tomllib.loads(path.read_text(encoding="utf-8"))


def write_file_values(path: Path, values: dict) -> None:
    """Write a settings file atomically (a temporary name, then renamed)."""
    lines = [f"{key} = {_toml_value(val)}" for key, val in sorted(values.items()) if val is not None]
    from hearten.files import write_atomic

    write_atomic(path, ("\n".join(lines) + "\n").encode("utf-8"))


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    import json

    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a valid TOML basic string
