"""What keeps a local server safe: the Host check, CSRF tokens and protective headers.

A page on any website can make your browser send requests to 127.0.0.1, and a
hostile DNS name can be re-pointed at it (DNS rebinding). So: a request whose Host
is not this server's own address is refused; every state-changing request carries
a token only our own pages can read; and every response tells the browser to load
nothing from elsewhere and never to frame us.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from http.cookies import SimpleCookie

from starlette.requests import Request

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_COOKIE = "hearten_csrf"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
LOCAL_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})

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


def host_name(host_header: str) -> str:
    """'127.0.0.1:8765' -> '127.0.0.1'; '[::1]:80' -> '::1'; lower-cased."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host.rstrip(".")


class CsrfTokens:
    """Tokens signed with a secret made fresh each time the server starts (double-submit cookie)."""

    def __init__(self, secret: bytes | None = None):
        self.secret = secret or secrets.token_bytes(32)

    def _sign(self, nonce: str) -> str:
        return hmac.new(self.secret, nonce.encode(), hashlib.sha256).hexdigest()[:32]

    def new(self) -> str:
        nonce = secrets.token_urlsafe(18)
        return f"{nonce}.{self._sign(nonce)}"

    def valid(self, token: str | None) -> bool:
        if not token or len(token) > 200 or "." not in token:
            return False
        nonce, mac = token.rsplit(".", 1)
        return hmac.compare_digest(mac, self._sign(nonce))

    def matches(self, cookie: str | None, sent: str | None) -> bool:
        return bool(sent) and self.valid(cookie) and hmac.compare_digest(str(sent), str(cookie))


class SecurityMiddleware:
    """Pure ASGI: refuse foreign Hosts, hand out a CSRF cookie, add headers to every response."""

    def __init__(self, app, *, allowed_hosts, tokens: CsrfTokens):
        self.app = app
        self.allowed = frozenset(h.lower() for h in allowed_hosts) | LOCAL_NAMES
        self.tokens = tokens

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or ())
        host = host_name(headers.get(b"host", b"").decode("latin-1"))
        if host not in self.allowed:
            await _plain(send, 400, b"This address is not hearten's. Open hearten at http://127.0.0.1 instead.")
            return
        cookie = _cookie(headers.get(b"cookie", b"").decode("latin-1"), CSRF_COOKIE)
        new_token = None if self.tokens.valid(cookie) else self.tokens.new()
        state = scope.setdefault("state", {})
        state["csrf_token"] = new_token or cookie
        personal = not scope["path"].startswith("/static/")

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                out = [(k, v) for k, v in message.get("headers", ()) if k.lower() != b"cache-control" or not personal]
                out.extend(COMMON_HEADERS)
                if personal:
                    out.append(NO_STORE)
                if new_token is not None:
                    out.append((b"set-cookie", f"{CSRF_COOKIE}={new_token}; Path=/; HttpOnly; SameSite=Strict".encode()))
                message = {**message, "headers": out}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _cookie(raw: str, name: str) -> str | None:
    if not raw or name not in raw:
        return None
    jar = SimpleCookie()
    try:
        jar.load(raw)
    except Exception:  # a malformed Cookie header is simply no cookie
        return None
    morsel = jar.get(name)
    return morsel.value if morsel else None


async def _plain(send, status: int, body: bytes) -> None:
    await send({
        "type": "http.response.start", "status": status,
        "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()),
                    *COMMON_HEADERS, NO_STORE],
    })
    await send({"type": "http.response.body", "body": body})


class CsrfRejected(Exception):
    """A state-changing request without a matching token, or from a foreign origin."""


async def check_csrf(request: Request) -> None:
    """App-wide dependency: unsafe methods need the cookie's token in a header or form field."""
    if request.method in SAFE_METHODS:
        return
    tokens: CsrfTokens = request.app.state.tokens
    origin = request.headers.get("origin")
    if origin and origin != "null":
        from urllib.parse import urlsplit

        if host_name(urlsplit(origin).netloc) not in request.app.state.allowed_hosts | LOCAL_NAMES:
            raise CsrfRejected("origin")
    cookie = request.cookies.get(CSRF_COOKIE)
    sent = request.headers.get(CSRF_HEADER)
    if sent is None:
        kind = request.headers.get("content-type", "")
        if kind.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            from hearten.web.forms import read_form  # uploads stay in memory

            sent = (await read_form(request)).get(CSRF_FIELD)
    if not tokens.matches(cookie, sent if isinstance(sent, str) else None):
        raise CsrfRejected("token")
