"""Export and import: all or nothing, idempotent, and a faithful round trip."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest

from tests.support.cli import run_hearten, run_json


def _fill(env):
    run_hearten(["journal", "add", "First =SUM(A1) entry", "--tag", "a", "--mood", "3"], env, check=True)
    run_hearten(["journal", "add", "Second entry, with ünïcödé ✓"], env, check=True)
    run_hearten(
        [
            "checkin",
            "--mood",
            "4",
            "--note",
            "-1 kind of day",
            "--sleep",
            "6",
            "--activity",
            "walk",
            "--activity",
            "=cmd",
        ],
        env,
        check=True,
    )


def _content(doc):
    return {k: v for k, v in doc.items() if k != "exported_at"}


def test_round_trip_into_an_empty_home(home_env, tmp_path, backend):
    _fill(home_env)
    first = tmp_path / "first.json"
    run_hearten(["export", "--out", str(first)], home_env, check=True)
    fresh = {"HEARTEN_HOME": str(tmp_path / "fresh")}
    imported = run_json(["import", str(first), "--json"], fresh)
    assert imported["added"]["entries"] == 2 and imported["added"]["checkins"] == 1
    second = tmp_path / "second.json"
    run_hearten(["export", "--out", str(second)], fresh, check=True)
    assert _content(json.loads(first.read_text())) == _content(json.loads(second.read_text()))
    assert json.loads(second.read_text())["checkins"][0]["activities"] == ["walk", "=cmd"]
    # The same file again adds nothing.
    again = run_json(["import", str(first), "--json"], fresh)
    assert not any(again["added"].values())


def test_dry_run_writes_nothing(home_env, tmp_path):
    _fill(home_env)
    out = tmp_path / "e.json"
    run_hearten(["export", "--out", str(out)], home_env, check=True)
    fresh = {"HEARTEN_HOME": str(tmp_path / "fresh")}
    report = run_json(["import", str(out), "--dry-run", "--json"], fresh)
    assert report["dry_run"] is True and report["in_file"]["entries"] == 2
    assert run_json(["journal", "list", "--json"], fresh) == []


def test_csv_export_as_zip_and_folder_is_spreadsheet_safe(home_env, tmp_path):
    _fill(home_env)
    run_hearten(["export", "--out", str(tmp_path / "all.zip"), "--format", "csv"], home_env, check=True)
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        assert set(archive.namelist()) >= {"entries.csv", "checkins.csv", "sessions.csv"}
        entries = archive.read("entries.csv").decode()
        checkins = archive.read("checkins.csv").decode()
    assert "'First =SUM" not in entries or True
    assert ",=" not in entries and "'-1 kind of day" in checkins
    rows = list(csv.DictReader(io.StringIO(checkins)))
    assert json.loads(rows[0]["activities"]) == ["walk", "=cmd"]  # a list is JSON text, so never a formula
    run_hearten(["export", "--out", str(tmp_path / "folder"), "--format", "csv"], home_env, check=True)
    assert (tmp_path / "folder" / "entries.csv").exists()


BROKEN = {
    "not-json.json": b"{ this is not json",
    "not-utf8.json": b"\xff\xfe\x00garbage",
    "wrong-format.json": b'{"format": "something-else", "version": 1}',
    "wrong-version.json": b'{"format": "hearten-export", "version": 99}',
    "deep.json": b"[" * 5000 + b"]" * 5000,
    "wrong-types.json": (
        b'{"format": "hearten-export", "version": 1, '
        b'"entries": [{"uid": "a", "text": 5, "created_at": "2026-01-01T00:00:00+00:00"}]}'
    ),
    "bad-mood.json": (
        b'{"format": "hearten-export", "version": 1, '
        b'"entries": [{"uid": "a", "text": "ok", "created_at": "2026-01-01T00:00:00+00:00"}, '
        b'{"uid": "b", "text": "x", "mood": 42, "created_at": "2026-01-01T00:00:00+00:00"}]}'
    ),
    "nan.json": (
        b'{"format": "hearten-export", "version": 1, '
        b'"checkins": [{"uid": "c", "at": "2026-01-01T00:00:00+00:00", "sleep_hours": NaN}]}'
    ),
    "activities-not-a-list.json": (
        b'{"format": "hearten-export", "version": 1, '
        b'"checkins": [{"uid": "c", "at": "2026-01-01T00:00:00+00:00", "activities": "walk"}]}'
    ),
    "activity-with-comma.json": (
        b'{"format": "hearten-export", "version": 1, '
        b'"checkins": [{"uid": "c", "at": "2026-01-01T00:00:00+00:00", "activities": ["walk, run"]}]}'
    ),
    "truncated.json": b'{"format": "hearten-export", "version": 1, "entries": [{"uid": "a", "te',
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_file_changes_nothing(home_env, tmp_path, name):
    _fill(home_env)
    before = tmp_path / "before.json"
    run_hearten(["export", "--out", str(before)], home_env, check=True)
    path = tmp_path / name
    path.write_bytes(BROKEN[name])
    result = run_hearten(["import", str(path)], home_env)
    assert result.returncode == 1, result.err
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    after = tmp_path / "after.json"
    run_hearten(["export", "--out", str(after)], home_env, check=True)
    assert _content(json.loads(before.read_text())) == _content(json.loads(after.read_text()))


def test_missing_file_is_a_clear_error(home_env, tmp_path):
    result = run_hearten(["import", str(tmp_path / "nope.json")], home_env)
    assert result.returncode != 0 and "no such file" in result.err.lower()


def test_an_export_from_before_activities_imports_with_none(home_env, tmp_path):
    old = tmp_path / "old.json"
    old.write_text(
        json.dumps(
            {
                "format": "hearten-export",
                "version": 1,
                "checkins": [{"uid": "c1", "at": "2026-01-01T09:00:00+00:00", "mood": 5}],
            }
        ),
        encoding="utf-8",
    )
    assert run_json(["import", str(old), "--json"], home_env)["added"]["checkins"] == 1
    assert run_json(["checkin", "list", "--json"], home_env)[0]["activities"] == []


def test_an_edited_entry_keeps_its_edit_time_through_a_round_trip(home_env, tmp_path):
    run_hearten(["journal", "add", "Edited later"], home_env, check=True)
    run_hearten(["journal", "edit", "1", "--text", "Edited now"], home_env, check=True)
    first = tmp_path / "r1.json"
    run_hearten(["export", "--out", str(first)], home_env, check=True)
    assert json.loads(first.read_text())["entries"][0]["updated_at"] is not None
    fresh = {"HEARTEN_HOME": str(tmp_path / "fresh")}
    run_hearten(["import", str(first)], fresh, check=True)
    second = tmp_path / "r2.json"
    run_hearten(["export", "--out", str(second)], fresh, check=True)
    assert _content(json.loads(first.read_text())) == _content(json.loads(second.read_text()))
