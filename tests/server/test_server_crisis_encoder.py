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
    language.turn_encoder_off()


def test_the_setting_is_read_from_the_environment_and_a_typo_is_refused():
    def switched(value: str | None) -> bool:
        env = {"HEARTEN_DATABASE_URL": "postgresql://h@127.0.0.1/h"}
        if value is not None:
            env["HEARTEN_SERVER_CRISIS_ENCODER"] = value
        return ServerSettings.from_env(env).crisis_encoder

    assert switched(None) is False and switched("off") is False and switched("0") is False
    assert switched("1") is True and switched("yes") is True
    with pytest.raises(ServerProblem, match="HEARTEN_SERVER_CRISIS_ENCODER is 'ture'"):
        switched("ture")


def test_with_it_on_an_entry_the_rules_miss_gets_help_first(world, server_store, server_settings, clock):
    from hearten.server.app import create_server_app

    off = make_client(create_server_app(server_settings, store=server_store, clock=clock))
    form_login(off, "participant1@example.org")
    assert not _help_box(_page_after(off, world.orgs[0], "entry", {"text": QUIET}).text)
    off.close()
    server_settings.crisis_encoder = True
    person = make_client(create_server_app(server_settings, store=server_store, clock=clock))
    assert crisis_reader.reader is language.read_afresh  # nothing of one person's kept for the next
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


def _never_serve(*args, **kwargs):
    raise AssertionError("the server started")


def test_asked_for_without_its_package_the_server_refuses_to_start(env, initialised, monkeypatch):
    monkeypatch.setattr("uvicorn.run", _never_serve)
    monkeypatch.setattr("hearten.crisis_encoder.find_spec", lambda name: None)
    env = {**env, "HEARTEN_SERVER_HOSTS": "localhost", "HEARTEN_SERVER_CRISIS_ENCODER": "1"}
    done = run(env, "run", "--port", "8799")
    assert done.exit_code == 1
    assert "HEARTEN_SERVER_CRISIS_ENCODER is on" in done.output
    assert "crisis-encoder-requirements.txt" in done.output and "docs/server.md" in done.output
    assert "HEARTEN_SERVER_CRISIS_ENCODER=0" in done.output and "is running" not in done.output
    assert crisis_reader.reader is None


def test_the_supervisor_checks_that_it_loads_and_leaves_it_to_the_workers(env, initialised, monkeypatch):
    from hearten import crisis_encoder

    started = []
    monkeypatch.setattr("uvicorn.run", lambda *args, **kwargs: started.append(kwargs["workers"]))
    monkeypatch.setattr(crisis_encoder, "_built", None)
    env = {**env, "HEARTEN_SERVER_HOSTS": "localhost", "HEARTEN_SERVER_CRISIS_ENCODER": "1"}
    done = run(env, "run", "--port", "8799", "--workers", "2")
    assert done.exit_code == 0, done.output
    assert started == [2]
    assert crisis_encoder._built is None and crisis_reader.reader is None


def test_with_broken_model_files_the_app_is_not_built(server_store, server_settings, clock, monkeypatch):
    from hearten import crisis_encoder
    from hearten.server.app import create_server_app

    monkeypatch.setattr(crisis_encoder, "_built", None)
    monkeypatch.setattr(crisis_encoder, "ADAPTATION", crisis_encoder.ADAPTATION.with_name("missing.npz"))
    server_settings.crisis_encoder = True
    with pytest.raises(ServerProblem, match=r"cannot be read \(.*missing\.npz"):
        create_server_app(server_settings, store=server_store, clock=clock)
    assert crisis_reader.reader is None
