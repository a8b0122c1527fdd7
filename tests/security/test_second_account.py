"""`hearten serve` as a real process, visited by another account on the same computer: refused everywhere.

The other account is `nobody`, reached with setpriv (we run as root). It runs Debian's own
python3, since it cannot read this virtual environment, and reports what it got as JSON.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from hearten.config import load_settings
from hearten.web.app import create_app
from tests.support.cli import run_hearten
from tests.web.conftest import route_table

SECRET = "only mine: the second account must never read this"
OTHER_PYTHON = "/usr/bin/python3"

pytestmark = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("setpriv") or not Path(OTHER_PYTHON).exists(),
    reason="needs root, setpriv and /usr/bin/python3 to act as a second account",
)

# Run as `nobody`: try every route, then the attacks the adversarial run used, and say what came back.
VISITOR = r"""
import json, sys, urllib.error, urllib.request
plan = json.loads(sys.argv[1])
base, secret = plan["base"], plan["secret"]

def call(method, path, body=None, headers=None):
    request = urllib.request.Request(base + path, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status, text, cookie = response.status, response.read().decode("utf-8", "replace"), response.headers.get("set-cookie")
    except urllib.error.HTTPError as error:
        status, text, cookie = error.code, error.read().decode("utf-8", "replace"), error.headers.get("set-cookie")
    return {"method": method, "path": path, "status": status, "leaked": secret in text, "cookie": cookie}

form = {"Content-Type": "application/x-www-form-urlencoded"}
seen = []
for method, path in plan["routes"]:
    seen.append(call(method, path, b"text=planted&csrf_token=x" if method != "GET" else None, form if method != "GET" else None))
seen.append(call("GET", "/api/export", headers={"Authorization": "Bearer guessed"}))
seen.append(call("GET", "/?token=guessed"))
csrf = call("GET", "/api/csrf")
seen.append(csrf)
seen.append(call("POST", "/api/entries", json.dumps({"text": "planted"}).encode(),
                 {"Content-Type": "application/json", "X-CSRF-Token": "x"}))
try:
    cmdline = open(f"/proc/{plan['pid']}/cmdline", "rb").read().decode("utf-8", "replace")
except OSError:
    cmdline = ""
try:
    environ = open(f"/proc/{plan['pid']}/environ", "rb").read().decode("utf-8", "replace")
except OSError:
    environ = None
print(json.dumps({"seen": seen, "cmdline": cmdline, "environ": environ}))
"""


def _owner_get(base: str, path: str, token: str) -> str:
    request = urllib.request.Request(base + path, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read().decode("utf-8")


def test_another_account_is_refused_every_personal_route(tmp_path):
    env = {"HEARTEN_HOME": str(tmp_path / "home")}
    run_hearten(["journal", "add", SECRET], env, check=True)
    routes = route_table(app := create_app(load_settings(environ=env)))
    app.state.hearten.close()

    full_env = {k: v for k, v in os.environ.items() if not k.startswith("HEARTEN_")} | env
    server = subprocess.Popen(
        [sys.executable, "-m", "hearten", "serve", "--port", "0"],
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = server.stdout.readline()
        found = re.search(r"(http://127\.0\.0\.1:\d+)/\?token=([\w-]+)$", line.strip())
        assert found, f"hearten serve printed {line!r}"
        base, token = found.groups()
        assert len(token) >= 40
        assert SECRET in _owner_get(base, "/api/export", token)  # the server is up, and opens to its owner

        plan = {"base": base, "secret": SECRET, "routes": routes, "pid": server.pid}
        visit = subprocess.run(
            [
                "setpriv",
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                OTHER_PYTHON,
                "-I",
                "-c",
                VISITOR,
                json.dumps(plan),
            ],
            cwd="/",
            env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert visit.returncode == 0, visit.stderr
        report = json.loads(visit.stdout)
        assert len(report["seen"]) == len(routes) + 4
        for answer in report["seen"]:
            assert answer["status"] in (401, 403), answer
            assert not answer["leaked"] and not answer["cookie"], answer
        assert token not in report["cmdline"] and "serve" in report["cmdline"]
        assert report["environ"] is None  # another account cannot read the server's environment

        assert "planted" not in _owner_get(base, "/api/export", token)
    finally:
        server.terminate()
        server.wait(timeout=20)
        server.stdout.close()
        server.stderr.close()
