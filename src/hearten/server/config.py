"""Server settings, from HEARTEN_* variables (or given directly by tests).

HEARTEN_DATABASE_URL            the PostgreSQL server (required)
HEARTEN_SERVER_HOSTS            Host names the server answers to, comma-separated (default: localhost,127.0.0.1)
HEARTEN_SERVER_URL              the public address, for invite links (https://hearten.example.org)
HEARTEN_SERVER_COOKIE_SECURE    1 (default): Secure, __Host- cookies and HSTS, for a TLS proxy in front;
                                0 only for trying it out over plain http on one computer
HEARTEN_SERVER_IDLE_MINUTES     a session ends after this long unused (default 30)
HEARTEN_SERVER_ABSOLUTE_HOURS   and after this long in any case (default 12)
HEARTEN_SERVER_POOL_SIZE        database connections per worker process (default 4)
HEARTEN_SERVER_EXPORT_HELPER    1 (default): build research exports in a helper process beside each worker;
                                0: in the worker's own thread
HEARTEN_SERVER_TRUSTED_PROXIES  addresses whose X-Forwarded-For is believed (default 127.0.0.1)
HEARTEN_SERVER_CRISIS_ENCODER   1: read journal entries for crisis with the crisis encoder too (as the local
                                setting crisis_encoder does); 0 (default): with the rules and word model alone
HEARTEN_SERVER_KEY              the server key that seals staff TOTP keys: 32 bytes in base64
HEARTEN_SERVER_KEY_FILE         or a file holding it (default: server.key in HEARTEN_HOME);
                                `hearten server init` creates the file, readable by its owner only
HEARTEN_ADMIN_PASSWORD          the first admin's password for `hearten server init`
"""

from __future__ import annotations

import base64
import binascii
import os
from datetime import timedelta
from pathlib import Path

from hearten import messages
from hearten.errors import ServerKeyProblem, ServerProblem

TRUE = frozenset({"1", "true", "yes", "on"})
FALSE = frozenset({"", "0", "false", "no", "off"})
SERVER_KEY_BYTES = 32
KEY_FILE_NAME = "server.key"


def decode_key(text: str, *, where: str) -> bytes:
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != SERVER_KEY_BYTES:
        raise ServerKeyProblem(f"{where} must hold {SERVER_KEY_BYTES} random bytes in base64 (44 characters).")
    return key


def _positive(name: str, text: str, kind):
    """A setting that must be a number above nought; a ServerProblem that names it otherwise (a session that
    ends at once, or a misread value taken for a missing database address, would only puzzle)."""
    try:
        value = kind(text.strip())
    except ValueError:
        value = None
    if value is None or not value > 0 or value == float("inf"):
        whole = "a whole number" if kind is int else "a number"
        raise ServerProblem(f"{name} must be {whole} above 0; it is {text.strip()!r}.")
    return value


def _switch(name: str, text: str) -> bool:
    """A yes-or-no setting that must say which: a typo in a safety switch is not taken for "no"."""
    value = text.strip().lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    raise ServerProblem(messages.SERVER_SWITCH_UNCLEAR.format(name=name, value=text.strip()))


def encode_key(key: bytes) -> str:
    return base64.b64encode(key).decode("ascii")


def default_key_file() -> Path:
    from hearten.config import default_home

    return default_home() / KEY_FILE_NAME


class ServerSettings:
    """What a server needs to know. Every value has a default but the database address."""

    def __init__(
        self,
        *,
        database_url: str,
        allowed_hosts=("localhost", "127.0.0.1"),
        public_url: str = "",
        cookie_secure: bool = True,
        idle_minutes: float = 30,
        absolute_hours: float = 12,
        invite_days: float = 7,
        pool_size: int = 4,
        argon2_memory_kib: int = 19456,
        argon2_time_cost: int = 2,
        account_failures: int = 5,
        address_failures: int = 30,
        throttle_minutes: float = 15,
        server_key: bytes | None = None,
        key_file: str | os.PathLike | None = None,
        export_helper: bool = False,
        crisis_encoder: bool = False,
    ):
        if not database_url or not database_url.startswith(("postgresql://", "postgres://")):
            raise ValueError("HEARTEN_DATABASE_URL must be set and start with postgresql://")
        self.database_url = database_url
        self.allowed_hosts = frozenset(h.strip().lower() for h in allowed_hosts if h.strip())
        self.public_url = public_url.rstrip("/")
        self.cookie_secure = cookie_secure
        self.idle = timedelta(minutes=idle_minutes)
        self.absolute = timedelta(hours=absolute_hours)
        self.invite_life = timedelta(days=invite_days)
        self.reset_life = timedelta(hours=24)
        self.pool_size = pool_size
        self.argon2_memory_kib = argon2_memory_kib
        self.argon2_time_cost = argon2_time_cost
        self.account_failures = account_failures
        self.address_failures = address_failures
        self.throttle_window = timedelta(minutes=throttle_minutes)
        self.export_helper = export_helper
        self.crisis_encoder = crisis_encoder
        if server_key is not None and len(server_key) != SERVER_KEY_BYTES:
            raise ServerKeyProblem(f"The server key must be {SERVER_KEY_BYTES} bytes.")
        self._server_key = server_key
        self.key_file = Path(key_file) if key_file else None

    @property
    def key_from_file(self) -> bool:
        return self._server_key is None

    def otp_key(self) -> bytes:
        """The server key that seals TOTP keys: given, from HEARTEN_SERVER_KEY, or read from the key file once."""
        if self._server_key is None:
            path = self.key_file or default_key_file()
            try:
                text = path.read_text(encoding="ascii")
            except FileNotFoundError:
                raise ServerKeyProblem(
                    f"There is no server key at {path}. Restore it from your backup, or see"
                    " 'If the server key is lost' in docs/server.md."
                ) from None
            except (OSError, UnicodeDecodeError) as error:
                raise ServerKeyProblem(f"The server key at {path} cannot be read: {error}") from None
            self._server_key = decode_key(text, where=str(path))
        return self._server_key

    @classmethod
    def from_env(cls, environ=None, **overrides) -> ServerSettings:
        env = os.environ if environ is None else environ
        values = {
            "database_url": env.get("HEARTEN_DATABASE_URL", ""),
            "export_helper": env.get("HEARTEN_SERVER_EXPORT_HELPER", "1").strip().lower() in TRUE,
            "crisis_encoder": _switch("HEARTEN_SERVER_CRISIS_ENCODER", env.get("HEARTEN_SERVER_CRISIS_ENCODER", "")),
        }
        if env.get("HEARTEN_SERVER_HOSTS"):
            values["allowed_hosts"] = tuple(env["HEARTEN_SERVER_HOSTS"].split(","))
        if env.get("HEARTEN_SERVER_URL"):
            values["public_url"] = env["HEARTEN_SERVER_URL"]
            if "allowed_hosts" not in values:  # the public address is one of ours
                from urllib.parse import urlsplit

                public = urlsplit(env["HEARTEN_SERVER_URL"]).hostname or ""
                values["allowed_hosts"] = ("localhost", "127.0.0.1", public)
        if env.get("HEARTEN_SERVER_COOKIE_SECURE"):
            values["cookie_secure"] = env["HEARTEN_SERVER_COOKIE_SECURE"].strip().lower() in TRUE
        for name, key, kind in (
            ("idle_minutes", "HEARTEN_SERVER_IDLE_MINUTES", float),
            ("absolute_hours", "HEARTEN_SERVER_ABSOLUTE_HOURS", float),
            ("pool_size", "HEARTEN_SERVER_POOL_SIZE", int),
        ):
            if env.get(key):
                values[name] = _positive(key, env[key], kind)
        if env.get("HEARTEN_SERVER_KEY"):
            values["server_key"] = decode_key(env["HEARTEN_SERVER_KEY"], where="HEARTEN_SERVER_KEY")
        if env.get("HEARTEN_SERVER_KEY_FILE"):
            values["key_file"] = env["HEARTEN_SERVER_KEY_FILE"]
        elif env.get("HEARTEN_HOME"):
            values["key_file"] = Path(env["HEARTEN_HOME"]).expanduser() / KEY_FILE_NAME
        values.update(overrides)
        return cls(**values)

    def join_url(self, code: str) -> str:
        """The link a person opens to accept an invite."""
        base = self.public_url or "http://localhost:8770"
        return f"{base}/join?code={code}"

    def reset_url(self, code: str) -> str:
        """The link a person opens to choose a new password."""
        base = self.public_url or "http://localhost:8770"
        return f"{base}/reset?code={code}"
