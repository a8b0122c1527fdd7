"""Every way to set a passphrase asks for at least 8 characters, by one rule the web shares."""

from __future__ import annotations

from pathlib import Path

import pytest

from hearten.domain.passphrases import MIN_PASSPHRASE_CHARS, check_new_passphrase
from hearten.domain.records import InvalidInput
from tests.support.cli import run_hearten

GOOD = "quiet harbour lantern"


@pytest.fixture
def home(tmp_path):
    env = {"HEARTEN_HOME": str(tmp_path / "home")}
    run_hearten(["journal", "add", "something to keep"], env, check=True)
    return env


def _refused(result):
    assert result.returncode == 1 and "Traceback" not in result.err
    assert f"at least {MIN_PASSPHRASE_CHARS} characters" in result.err


def test_encrypt_refuses_a_short_passphrase(home):
    _refused(run_hearten(["encrypt", "--passphrase-stdin", "--yes"], home, input="x\n"))
    assert not (Path(home["HEARTEN_HOME"]) / "hearten.key").exists()
    assert not list(Path(home["HEARTEN_HOME"]).glob("*.key*"))
    assert "something to keep" in run_hearten(["journal", "list"], home, check=True).out


def test_passphrase_refuses_a_short_new_passphrase(home):
    run_hearten(["encrypt", "--passphrase-stdin", "--yes"], home, input=GOOD + "\n", check=True)
    _refused(run_hearten(["passphrase", "--passphrase-stdin"], home, input=f"{GOOD}\nshort\n"))
    unlocked = {**home, "HEARTEN_PASSPHRASE": GOOD}
    assert "something to keep" in run_hearten(["journal", "list"], unlocked, check=True).out


def test_export_encrypt_refuses_a_short_passphrase(home, tmp_path):
    out = tmp_path / "export.bin"
    _refused(run_hearten(["export", "--out", str(out), "--encrypt", "--passphrase-stdin"], home, input="1234567\n"))
    assert not out.exists()
    run_hearten(["export", "--out", str(out), "--encrypt", "--passphrase-stdin"], home, input="12345678\n", check=True)
    assert out.exists()


def test_the_web_and_the_cli_share_the_rule():
    from hearten.web import protect

    assert protect.MIN_PASSPHRASE == MIN_PASSPHRASE_CHARS == 8
    assert check_new_passphrase("8 chars!") == "8 chars!"
    for weak in ("", "seven77", None, "long but \ud800 broken", " " * 8, "\t \u00a0  \n   "):
        with pytest.raises(InvalidInput):
            check_new_passphrase(weak)


def test_a_passphrase_of_only_spaces_is_refused_everywhere(home, tmp_path):
    spaces = " " * 8
    for args, lines in (
        (["encrypt", "--passphrase-stdin", "--yes"], f"{spaces}\n"),
        (["export", "--out", str(tmp_path / "export.bin"), "--encrypt", "--passphrase-stdin"], f"{spaces}\n"),
    ):
        done = run_hearten(args, home, input=lines)
        assert done.returncode == 1 and "Traceback" not in done.err
        assert "only spaces" in done.err, done.err
    assert not (Path(home["HEARTEN_HOME"]) / "hearten.key").exists()
    assert not (tmp_path / "export.bin").exists()
    run_hearten(["encrypt", "--passphrase-stdin", "--yes"], home, input=GOOD + "\n", check=True)
    done = run_hearten(["passphrase", "--passphrase-stdin"], home, input=f"{GOOD}\n{spaces}\n")
    assert done.returncode == 1 and "only spaces" in done.err, done.err
    unlocked = {**home, "HEARTEN_PASSPHRASE": GOOD}
    assert "something to keep" in run_hearten(["journal", "list"], unlocked, check=True).out
