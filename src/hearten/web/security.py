"""What keeps a local server safe: who may use it, the Host check, CSRF tokens and protective headers.

Any account on this computer can connect to 127.0.0.1, so nothing personal answers a
request that does not carry the token `hearten serve` printed (as a Bearer header) or
the session cookie that token was traded for. A page on any website can make your
browser send requests to 127.0.0.1, and a hostile DNS name can be re-pointed at it
(DNS rebinding). So: a request whose Host is not this server's own address is refused;
every state-changing request from a browser carries a token bound to its session, which
only our own pages can read; and every response tells the browser to load nothing from
elsewhere and never to frame us.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from urllib.parse import parse_qsl, urlencode, urlsplit

from starlette.requests import Request, cookie_parser

from hearten.errors import CsrfRejected  # re-exported

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SESSION_COOKIE = "hearten_session"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
TOKEN_PARAM = "token"
LOCAL_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
DEFAULT_PORTS = {"http": 80, "https": 443}

CSP = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
COMMON_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)
NO_STORE = (b"cache-control", b"no-store")

NOT_SIGNED_IN = "this needs the token hearten serve printed: send it as Authorization: Bearer <token>"
WRONG_TOKEN = "that token is not this server's: use the one hearten serve printed when it started"


def host_name(host_header: str) -> str:
    """'127.0.0.1:8765' -> '127.0.0.1'; '[::1]:80' -> '::1'; lower-cased."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host.rstrip(".")


def _same(a: str, b: str) -> bool:
    """Constant-time equality of two strings of any characters."""
    return hmac.compare_digest(a.encode("utf-8", "surrogatepass"), b.encode("utf-8", "surrogatepass"))


class Access:
    """Who may use this server: whoever holds the token made at start, or a session cookie traded for it.

    Sessions and CSRF tokens are signed with a secret made fresh at each start, so a restart
    ends every session and nothing from an earlier run (or another server) is accepted.
    """

    def __init__(self, token: str | None = None, secret: bytes | None = None):
        self.token = token or secrets.token_urlsafe(32)
        self.secret = secret or secrets.token_bytes(32)

    def _mac(self, purpose: str, value: str) -> str:
        return hmac.new(self.secret, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()

    def is_token(self, sent: str | None) -> bool:
        return bool(sent) and _same(sent, self.token)

    def new_session(self) -> str:
        """A cookie value: a random session id and its signature."""
        session = secrets.token_urlsafe(24)
        return f"{session}.{self._mac('session', session)}"

    def session_of(self, cookie: str | None) -> str | None:
        """The session id a cookie carries, if this server signed it."""
        if not cookie or len(cookie) > 200 or "." not in cookie:
            return None
        session, mac = cookie.rsplit(".", 1)
        return session if _same(mac, self._mac("session", session)) else None

    def csrf_for(self, session: str) -> str:
        """The CSRF token of one session: useless with any other session's cookie."""
        return self._mac("csrf", session)[:40]

    def csrf_matches(self, session: str | None, sent) -> bool:
        return bool(session) and isinstance(sent, str) and bool(sent) and _same(sent, self.csrf_for(session))


def session_cookie_name(scope) -> str:
    """One cookie name per port: browsers share cookies between ports, and two servers should not log each other out."""
    server = scope.get("server")
    return f"{SESSION_COOKIE}_{server[1]}" if server and server[1] else SESSION_COOKIE


def own_address(scope) -> str:
    """The address that reaches this server: the host and port it listens on (127.0.0.1 when it listens everywhere)."""
    host, port = (scope.get("server") or (None, None))[:2]
    if not host or host in ("0.0.0.0", "::"):
        host = "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}" + (f":{port}" if port and port != DEFAULT_PORTS["http"] else "")


def _bearer(headers: dict) -> str | None:
    value = headers.get(b"authorization")
    if value is None:
        return None
    scheme, _, credential = value.decode("latin-1").strip().partition(" ")
    return credential.strip() if scheme.lower() == "bearer" else ""


class SecurityMiddleware:
    """Pure ASGI: refuse foreign Hosts and strangers, trade the start token for a session cookie, add headers."""

    def __init__(self, app, *, allowed_hosts, access: Access):
        self.app = app
        self.allowed = frozenset(h.lower() for h in allowed_hosts) | LOCAL_NAMES
        self.access = access

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or ())
        host = host_name(headers.get(b"host", b"").decode("latin-1"))
        if host not in self.allowed:
            await _plain(
                send, 400, f"This address is not hearten's. Open hearten at {own_address(scope)} instead.".encode()
            )
            return
        personal = not scope["path"].startswith("/static/")
        if personal:
            allowed = await self._admit(scope, headers, send)
            if not allowed:
                return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                out = [(k, v) for k, v in message.get("headers", ()) if k.lower() != b"cache-control" or not personal]
                out.extend(COMMON_HEADERS)
                if personal:
                    out.append(NO_STORE)
                message = {**message, "headers": out}
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _admit(self, scope, headers: dict, send) -> bool:
        """Let a request through (noting who it is in scope['state']) or answer it here and return False."""
        access = self.access
        method = scope["method"]
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        sent = [value for name, value in query if name == TOKEN_PARAM]
        if sent and method in ("GET", "HEAD"):
            if not access.is_token(sent[-1]):
                await _refuse(scope, send, 403, earlier_link=True)
                return False
            # The token leaves the address (and the history) at once; the cookie carries the session from here.
            rest = [(name, value) for name, value in query if name != TOKEN_PARAM]
            path = "/" + scope.get("raw_path", scope["path"].encode()).decode("latin-1").lstrip("/")
            location = path + (f"?{urlencode(rest)}" if rest else "")
            cookie = f"{session_cookie_name(scope)}={access.new_session()}; Path=/; HttpOnly; SameSite=Strict"
            await _respond(
                send,
                303,
                b"",
                [
                    (b"location", location.encode("latin-1")),
                    (b"set-cookie", cookie.encode()),
                    (b"content-type", b"text/plain; charset=utf-8"),
                ],
                method,
            )
            return False
        bearer = _bearer(headers)
        state = scope.setdefault("state", {})
        if bearer is not None:
            if not access.is_token(bearer):
                await _refuse(scope, send, 403)
                return False
            state.update(via="bearer", session=None, csrf_token=access.csrf_for("bearer"))
            return True
        session = access.session_of(_cookie(headers.get(b"cookie", b"").decode("latin-1"), session_cookie_name(scope)))
        if session is None:
            await _refuse(scope, send, 401)
            return False
        state.update(via="session", session=session, csrf_token=access.csrf_for(session))
        return True


def _cookie(raw: str, name: str) -> str | None:
    # Starlette's parser, not SimpleCookie: another local app's odd cookie on 127.0.0.1 must not hide ours.
    return cookie_parser(raw).get(name) if raw and name in raw else None


async def _respond(send, status: int, body: bytes, headers: list, method: str = "GET") -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [*headers, (b"content-length", str(len(body)).encode()), *COMMON_HEADERS, NO_STORE],
        }
    )
    await send({"type": "http.response.body", "body": b"" if method == "HEAD" else body})


async def _plain(send, status: int, body: bytes) -> None:
    await _respond(send, status, body, [(b"content-type", b"text/plain; charset=utf-8")])


async def _refuse(scope, send, status: int, *, earlier_link: bool = False) -> None:
    """401 (nothing sent) or 403 (a wrong token): JSON for the API, the 'open the link' page for everything else."""
    method = scope["method"]
    if scope["path"].startswith("/api/"):
        import json

        body = json.dumps({"detail": NOT_SIGNED_IN if status == 401 else WRONG_TOKEN}).encode()
        await _respond(
            send,
            status,
            body,
            [(b"content-type", b"application/json"), (b"www-authenticate", b'Bearer realm="hearten"')],
            method,
        )
        return
    from hearten.web.render import env

    host = dict(scope.get("headers") or ()).get(b"host", b"127.0.0.1").decode("latin-1")  # already checked: ours
    html = env.get_template("open_link.html").render(earlier_link=earlier_link, address=f"http://{host}/").encode()
    await _respond(send, status, html, [(b"content-type", b"text/html; charset=utf-8")], method)


def _origin(url: str) -> tuple | None:
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        return scheme, (parts.hostname or "").rstrip("."), parts.port or DEFAULT_PORTS.get(scheme)
    except ValueError:  # a port that is not a number
        return None


def own_origin(request: Request) -> tuple:
    url = request.url
    return url.scheme, (url.hostname or "").lower().rstrip("."), url.port or DEFAULT_PORTS.get(url.scheme)


async def check_csrf(request: Request) -> None:
    """App-wide dependency: a browser's unsafe request must come from our own origin and carry its session's token.

    A request with the Bearer token is not a browser's (browsers never add that header by
    themselves), so it needs no CSRF token.
    """
    state = request.scope.get("state", {})
    if request.method in SAFE_METHODS or state.get("via") == "bearer":
        return
    origin = request.headers.get("origin")
    if origin == "null":  # our own forms send this under Referrer-Policy: no-referrer; the token decides
        origin = None
    claimed = origin or request.headers.get("referer")
    if claimed and _origin(claimed) != own_origin(request):
        raise CsrfRejected("origin")
    sent = request.headers.get(CSRF_HEADER)
    if sent is None:
        kind = request.headers.get("content-type", "")
        if kind.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            sent = (await request.form()).get(CSRF_FIELD)
    access: Access = request.app.state.access
    if not access.csrf_matches(state.get("session"), sent):
        raise CsrfRejected("token")
