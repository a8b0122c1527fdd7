"""Run the installed `hearten` console script, as a person would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEARTEN = str(Path(sys.executable).with_name("hearten"))


def run_hearten(args, env: dict, *, input: str | bytes | None = None, check: bool = False, timeout: float = 60):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("HEARTEN_")}
    full_env.update(env)
    full_env.setdefault("EDITOR", "false")  # never open a real editor from a test
    full_env["NO_COLOR"] = "1"
    result = subprocess.run(
        [HEARTEN, *args],
        env=full_env,
        input=input.encode() if isinstance(input, str) else input,
        stdin=subprocess.DEVNULL if input is None else None,  # never the terminal pytest was started from
        capture_output=True,
        timeout=timeout,
    )
    result.out = result.stdout.decode("utf-8")
    result.err = result.stderr.decode("utf-8")
    if check and result.returncode != 0:
        raise AssertionError(f"hearten {args} failed ({result.returncode}): {result.err}")
    return result


def run_json(args, env, **kwargs):
    result = run_hearten([*args], env, check=True, **kwargs)
    return json.loads(result.out)
