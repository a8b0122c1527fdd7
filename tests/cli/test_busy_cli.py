"""A command that meets a busy database says so in one line; reads still work."""

from __future__ import annotations

from hearten import messages
from hearten.config import load_settings
from tests.support.cli import run_hearten
from tests.support.locks import write_lock_held


def test_a_busy_database_gets_one_calm_line_not_a_traceback(home_env):
    run_hearten(["journal", "add", "the first one"], home_env, check=True)
    quick = {**home_env, "HEARTEN_BUSY_TIMEOUT": "0.2"}
    with write_lock_held(load_settings(environ=home_env)):
        busy = run_hearten(["journal", "add", "waiting for the lock"], quick)
        listed = run_hearten(["journal", "list"], quick)
    assert busy.returncode == 1 and busy.err.strip() == f"hearten: {messages.DB_BUSY}"
    assert "Traceback" not in busy.err
    assert listed.returncode == 0 and "the first one" in listed.out
