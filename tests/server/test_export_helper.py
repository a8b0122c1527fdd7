"""Research exports built beside the worker (server.exports) say the same as ones built in its thread."""

from __future__ import annotations

import pytest

from hearten.server import sharing
from hearten.server.accounts import Actor

pytestmark = pytest.mark.postgres


def _study(world):
    from hearten.domain.records import NewCheckin

    org = world.orgs[0]
    pid = world.people["participant1"]["id"]
    actor = Actor(account_id=pid, email="participant1@example.org", role="participant", session_id="", token_hash="")
    sharing.give_consent(world.store, actor=actor, org_id=org, version=1, scopes=["checkins"], now=world.clock.now)
    for mood in (3, 7):
        world.clock.advance(minutes=1)
        world.store.add_checkin(org_id=org, owner_id=pid, record=NewCheckin(at=world.clock.now, mood=mood))
    researcher = world.people["researcher1"]
    return org, Actor(
        account_id=researcher["id"], email=researcher["email"], role="researcher", session_id="", token_hash=""
    )


def test_an_export_built_in_the_helper_process_is_the_same_and_audited(world):
    from hearten.server.exports import ExportRunner

    org, researcher = _study(world)
    runner = ExportRunner(world.store.url)
    try:
        for fmt in ("csv", "codebook"):
            here = sharing.export(world.store, actor=researcher, org_id=org, fmt=fmt, now=world.clock.now)
            there = sharing.export(
                world.store, actor=researcher, org_id=org, fmt=fmt, now=world.clock.now, runner=runner
            )
            assert there == here
    finally:
        runner.close()
    pid = world.people["participant1"]["id"]
    exports = [r for r in world.store.audit_of(owner_id=pid) if r["action"] == "export"]
    assert [r["what"] for r in exports] == ["codebook", "codebook", "csv", "csv"]


def test_the_export_reads_a_fixed_number_of_statements_however_many_take_part(world):
    from hearten.domain.records import NewCheckin

    org, researcher = _study(world)
    calls = []
    real = world.store.rows_of_owners

    def counting(**kwargs):
        calls.append((kwargs["kind"], len(kwargs["owner_ids"])))
        return real(**kwargs)

    world.store.rows_of_owners = counting
    for n in range(5):
        person = world.join(org, "participant", f"more{n}@example.org")
        actor = Actor(account_id=person["id"], email="", role="participant", session_id="", token_hash="")
        sharing.give_consent(world.store, actor=actor, org_id=org, version=1, scopes=["checkins"], now=world.clock.now)
        world.store.add_checkin(org_id=org, owner_id=person["id"], record=NewCheckin(at=world.clock.now, mood=n))
    world.store.rows = None  # the per-participant read must not be used
    name, media, body = sharing.export(world.store, actor=researcher, org_id=org, fmt="csv", now=world.clock.now)
    assert calls == [("checkins", 6), ("assessments", 0), ("practices", 0)]
    assert body.count(b"\r\n") == 1 + 2 + 5  # the header, participant1's two moods, one for each newcomer


def test_closing_the_runner_releases_the_helpers_semaphores(world, monkeypatch):
    """A worker stopped with SIGTERM dies of the signal once uvicorn has shut it down, so nothing it still
    holds is cleaned up at exit: whatever the helper's queues made must be given back when the runner closes,
    or the supervisor's resource tracker reports them as leaked."""
    from multiprocessing import resource_tracker

    from hearten.server.exports import ExportRunner

    held = set()
    register, unregister = resource_tracker.register, resource_tracker.unregister

    def registering(name, rtype):
        if rtype == "semaphore":
            held.add(name)
        register(name, rtype)

    def unregistering(name, rtype):
        held.discard(name)
        unregister(name, rtype)

    monkeypatch.setattr(resource_tracker, "register", registering)
    monkeypatch.setattr(resource_tracker, "unregister", unregistering)
    org, researcher = _study(world)
    runner = ExportRunner(world.store.url)
    try:
        sharing.export(world.store, actor=researcher, org_id=org, fmt="csv", now=world.clock.now, runner=runner)
        assert held  # the helper's queues are there while it runs
    finally:
        runner.close()
    assert held == set()
