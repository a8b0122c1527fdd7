"""Forgetting everything follows one rule on SQLite and PostgreSQL, from the CLI and from the web."""

from __future__ import annotations

from click.testing import CliRunner

from hearten.cli import cli
from tests.web.conftest import post_form


def hearten(env, *args):
    result = CliRunner().invoke(cli, list(args), env={"HEARTEN_PASSPHRASE": None, **env}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_cli_forget_all_deletes_every_record_on_either_backend(home_env):
    hearten(home_env, "journal", "add", "something private")
    hearten(home_env, "checkin", "--mood", "4")
    done = hearten(home_env, "forget", "--all", "--yes")
    assert "Removed:" in done.stdout
    assert hearten(home_env, "journal", "list", "--json").stdout.strip() == "[]"
    assert hearten(home_env, "checkin", "list", "--json").stdout.strip() == "[]"


def test_web_delete_everything_deletes_every_record_on_either_backend(client, home_env):
    post_form(client, "/journal", {"text": "something private"})
    response = post_form(client, "/settings/delete", {"confirm": "delete"})
    assert response.status_code == 200 and "1 journal entry" in response.text
    assert client.get("/api/entries").json() == []
    assert hearten(home_env, "journal", "list", "--json").stdout.strip() == "[]"
