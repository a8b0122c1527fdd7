"""Imports from jrnl (a journal the real jrnl wrote) and Daylio, encrypted exports and Markdown, through the CLI."""

from __future__ import annotations

import time
import zipfile

from tests.security.helpers import PASSPHRASE, plain_env
from tests.support.cli import run_hearten, run_json
from tests.support.jrnl_fixture import make_jrnl_journal

DAYLIO_8 = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    "2024-03-06,March 6,Wednesday,8:30 pm,good,friends | walk,Dinner,Nice <br>evening\n"
    "2024-03-05,March 5,Tuesday,07:10,tired-ish,,,\n"
)
DAYLIO_7 = (
    "year,date,weekday,time,mood,activities,note\n"
    "2019,18 May,Saturday,9:00 am,rad,sport,Ran far\n"
    "2019,May 17,Friday,22:15,tired-ish,,\n"
)


def _texts(env):
    return sorted(e["text"] for e in run_json(["journal", "list", "--json"], env))


def test_jrnl_text_and_json_from_the_real_jrnl(tmp_path):
    journal, exported = make_jrnl_journal(tmp_path / "jrnl")
    json_file = tmp_path / "jrnl.json"
    json_file.write_text(exported, encoding="utf-8")
    env = plain_env(tmp_path)
    first = run_json(["import", str(journal), "--from", "jrnl", "--json"], env)
    assert first["added"]["entries"] == 5
    again = run_json(["import", str(json_file), "--from", "jrnl", "--json"], env)
    assert again["added"]["entries"] == 0  # the same journal, read from JSON: the same entries
    assert not any(run_json(["import", str(journal), "--from", "jrnl", "--json"], env)["added"].values())
    entries = run_json(["journal", "list", "--json"], env)
    assert len(entries) == 5
    tags = {tag for e in entries for tag in e["tags"]}
    assert {"work", "friends", "starred"} <= tags


def test_daylio_both_layouts_with_a_mood_map(tmp_path):
    env = plain_env(tmp_path)
    for name, text in (("new.csv", DAYLIO_8), ("old.csv", DAYLIO_7)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        refused = run_hearten(["import", str(path), "--from", "daylio"], env)
        assert refused.returncode == 1 and "tired-ish" in refused.err
        dry = run_json(
            ["import", str(path), "--from", "daylio", "--mood-map", "tired-ish=3", "--dry-run", "--json"], env
        )
        assert dry["in_file"]["checkins"] == 2 and dry["added"]["checkins"] == 2 and dry["dry_run"] is True
        done = run_json(["import", str(path), "--from", "daylio", "--mood-map", "tired-ish=3,good=7", "--json"], env)
        assert done["added"]["checkins"] == 2 and done["added"]["entries"] == 1
        again = run_json(["import", str(path), "--from", "daylio", "--mood-map", "tired-ish=3,good=7", "--json"], env)
        assert not any(again["added"].values())
    moods = sorted(c["mood"] for c in run_json(["checkin", "list", "--json"], env))
    assert moods == [3, 3, 7, 10]
    # Daylio's activities become the check-ins' own activities, and stay the note's tags
    assert sorted(tuple(c["activities"]) for c in run_json(["checkin", "list", "--json"], env)) == [
        (),
        (),
        ("friends", "walk"),
        ("sport",),
    ]
    assert [c["mood"] for c in run_json(["checkin", "list", "--activity", "walk", "--json"], env)] == [7]
    assert sorted(tuple(e["tags"]) for e in run_json(["journal", "list", "--json"], env)) == [
        ("friends", "walk"),
        ("sport",),
    ]
    assert _texts(env) == ["Dinner\n\nNice \nevening", "Ran far"]
    bad = run_hearten(["import", str(tmp_path / "old.csv"), "--from", "daylio", "--mood-map", "sad"], env)
    assert bad.returncode != 0 and "name=number" in bad.err


def test_a_100_mb_file_is_refused_quickly(tmp_path):
    env = plain_env(tmp_path)
    big = tmp_path / "big.json"
    with open(big, "wb") as handle:
        handle.truncate(100 * 1024 * 1024 + 1)
    start = time.perf_counter()
    done = run_hearten(["import", str(big), "--from", "jrnl"], env)
    assert time.perf_counter() - start < 5
    assert done.returncode == 1 and "100 MB" in done.err


def test_encrypted_export_round_trip(tmp_path):
    env = plain_env(tmp_path)
    run_hearten(["journal", "add", "secret words"], env, check=True)
    out = tmp_path / "export.hearten"
    run_hearten(
        ["export", "--out", str(out), "--encrypt", "--passphrase-stdin"], env, input=PASSPHRASE + "\n", check=True
    )
    assert b"secret words" not in out.read_bytes()
    fresh = plain_env(tmp_path / "fresh")
    asked = run_hearten(["import", str(out)], fresh)
    assert asked.returncode == 1 and "passphrase" in asked.err.lower()
    wrong = run_hearten(["import", str(out), "--passphrase-stdin"], fresh, input="nope\n")
    assert wrong.returncode == 1 and "passphrase" in wrong.err
    done = run_json(["import", str(out), "--passphrase-stdin", "--json"], fresh, input=PASSPHRASE + "\n")
    assert done["added"]["entries"] == 1
    assert _texts(fresh) == ["secret words"]


def test_markdown_export_folder_zip_and_single_file(tmp_path):
    env = plain_env(tmp_path)
    run_hearten(["journal", "add", "First, with a tag", "--tag", "calm", "--mood", "6"], env, check=True)
    run_hearten(["journal", "add", "Second ---\nwith a line that looks like front matter"], env, check=True)
    run_hearten(["export", "--format", "markdown", "--out", str(tmp_path / "md")], env, check=True)
    files = sorted((tmp_path / "md").glob("*.md"))
    assert len(files) == 2
    first = next(f.read_text() for f in files if "First" in f.read_text())
    assert first.startswith("---\nuid: ") and 'tags: ["calm"]' in first and "mood: 6" in first
    run_hearten(["export", "--format", "markdown", "--out", str(tmp_path / "md.zip")], env, check=True)
    with zipfile.ZipFile(tmp_path / "md.zip") as archive:
        assert len(archive.namelist()) == 2
    run_hearten(["export", "--format", "markdown", "--out", str(tmp_path / "all.md")], env, check=True)
    single = (tmp_path / "all.md").read_text()
    assert single.count("\nuid: ") == 2 and "First, with a tag" in single


def test_a_file_of_the_wrong_kind_or_a_newer_hearten_says_what_to_do(sqlite_store):
    import json

    import pytest

    from hearten import services
    from hearten.domain.records import InvalidInput

    export = json.dumps(services.export_document(sqlite_store), indent=2).encode()
    for kind in ("jrnl", "daylio"):
        with pytest.raises(InvalidInput, match="is a hearten export, not a .* file: import it as hearten"):
            services.import_bytes(sqlite_store, data=export, name="copy.json", source=kind)
    newer = json.dumps({**json.loads(export), "version": 99}).encode()
    with pytest.raises(InvalidInput, match="made by a newer hearten .*update hearten"):
        services.import_bytes(sqlite_store, data=newer, name="copy.json", source="hearten")
    with pytest.raises(InvalidInput, match="if jrnl or Daylio wrote it"):
        services.import_bytes(sqlite_store, data=b'{"tags": {}, "entries": []}', name="j.json", source="hearten")
    with pytest.raises(InvalidInput) as cut:
        services.import_bytes(sqlite_store, data=export[: len(export) // 2], name="copy.json", source="hearten")
    assert "damaged or cut short" in str(cut.value) and "at at" not in str(cut.value)


def test_daylio_imported_again_with_another_mood_map_adds_nothing_and_says_so(tmp_path):
    env = plain_env(tmp_path)
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO_8, encoding="utf-8")
    first = run_json(["import", str(path), "--from", "daylio", "--mood-map", "tired-ish=3", "--json"], env)
    assert first["added"]["checkins"] == 2 and "note" not in first
    again = run_json(["import", str(path), "--from", "daylio", "--mood-map", "tired-ish=4,good=6", "--json"], env)
    assert not any(again["added"].values())
    assert "2 check-ins" in again["note"] and "keep the mood" in again["note"]
    said = run_hearten(["import", str(path), "--from", "daylio", "--mood-map", "tired-ish=5"], env, check=True)
    assert "already here" in said.out and "keep the mood" in said.out
    assert sorted(c["mood"] for c in run_json(["checkin", "list", "--json"], env)) == [3, 8]


def test_a_lone_surrogate_in_a_jrnl_export_names_the_entry_and_imports_nothing(tmp_path):
    env = plain_env(tmp_path)
    path = tmp_path / "jrnl.json"
    good = '{"date": "2024-03-04", "time": "09:00", "title": "Fine.", "body": "", "tags": []}'
    for broken in ('"title": "hi \\ud800 there", "body": ""', '"title": "hi", "body": "", "tags": ["@a\\udfff"]'):
        path.write_text(
            '{"entries": [' + good + ', {"date": "2024-03-05", "time": "09:00", ' + broken + "}]}", encoding="ascii"
        )
        done = run_hearten(["import", str(path), "--from", "jrnl"], env)
        assert done.returncode == 1 and "Traceback" not in done.err
        assert "jrnl.json" in done.err and "jrnl entry 2" in done.err and "lone surrogate" in done.err, done.err
        assert "codec" not in done.err
    assert run_json(["journal", "list", "--json"], env) == []


def test_a_dry_run_counts_what_the_import_would_really_add(tmp_path):
    env = plain_env(tmp_path)
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO_8, encoding="utf-8")
    args = ["import", str(path), "--from", "daylio", "--mood-map", "tired-ish=3"]
    dry = run_json([*args, "--dry-run", "--json"], env)
    assert dry["added"] == {**dry["added"], "checkins": 2, "entries": 1}
    assert run_json(["checkin", "list", "--json"], env) == []  # nothing written
    said = run_hearten([*args, "--dry-run"], env, check=True).out
    assert "Nothing was written" in said and "would add 1 journal entry, 2 check-ins" in said, said
    run_hearten(args, env, check=True)
    again = run_json([*args, "--dry-run", "--json"], env)
    assert again["in_file"]["checkins"] == 2 and not any(again["added"].values())
    said = run_hearten([*args, "--dry-run"], env, check=True).out
    assert "already here" in said and "would add nothing" in said, said
    # half of it already here: only the new row is counted
    path.write_text(DAYLIO_8 + "2024-03-07,March 7,Thursday,09:00,meh,,,\n", encoding="utf-8")
    assert run_json([*args, "--dry-run", "--json"], env)["added"]["checkins"] == 1
    assert len(run_json(["checkin", "list", "--json"], env)) == 2


def test_an_encrypted_csv_or_markdown_export_opens_again_with_export_decrypt(tmp_path):
    env = plain_env(tmp_path)
    run_hearten(["journal", "add", "secret words", "--tag", "calm"], env, check=True)
    sealed = {}
    for fmt in ("csv", "markdown", "json"):
        sealed[fmt] = tmp_path / f"export-{fmt}.encrypted"
        args = ["export", "--out", str(sealed[fmt]), "--format", fmt, "--encrypt", "--passphrase-stdin"]
        run_hearten(args, env, input=PASSPHRASE + "\n", check=True)
    refused = run_hearten(["import", str(sealed["csv"]), "--passphrase-stdin"], env, input=PASSPHRASE + "\n")
    assert refused.returncode == 1 and "hearten export --decrypt" in refused.err
    # a person who is not unlocked, or has no journal here at all, can still open their copy
    elsewhere = plain_env(tmp_path / "elsewhere")

    def decrypt(fmt, out, passphrase=PASSPHRASE):
        args = ["export", "--decrypt", str(sealed[fmt]), "--out", str(out), "--passphrase-stdin"]
        return run_hearten(args, elsewhere, input=passphrase + "\n")

    wrong = decrypt("csv", tmp_path / "nope", passphrase="not the passphrase")
    assert wrong.returncode == 1 and "passphrase" in wrong.err and not (tmp_path / "nope").exists()
    done = decrypt("csv", tmp_path / "tables")
    assert done.returncode == 0 and "Decrypted" in done.err, done.err
    assert "secret words" in (tmp_path / "tables" / "entries.csv").read_text()
    assert decrypt("markdown", tmp_path / "entries.zip").returncode == 0
    with zipfile.ZipFile(tmp_path / "entries.zip") as archive:
        assert any("secret words" in archive.read(name).decode() for name in archive.namelist())
    assert decrypt("json", tmp_path / "back.json").returncode == 0
    assert "secret words" in (tmp_path / "back.json").read_text()
    assert not (tmp_path / "elsewhere" / "home").exists()  # no journal was opened or made
    plain = run_hearten(["export", "--decrypt", str(tmp_path / "back.json"), "--out", str(tmp_path / "x")], elsewhere)
    assert plain.returncode == 1 and "not an encrypted hearten export" in plain.err


def test_export_decrypt_never_writes_over_the_encrypted_copy(tmp_path):
    env = plain_env(tmp_path)
    run_hearten(["journal", "add", "secret words"], env, check=True)
    sealed = tmp_path / "copy.encrypted"
    args = ["export", "--out", str(sealed), "--encrypt", "--passphrase-stdin"]
    run_hearten(args, env, input=PASSPHRASE + "\n", check=True)
    before = sealed.read_bytes()
    args = ["export", "--decrypt", str(sealed), "--out", str(sealed), "--passphrase-stdin"]
    refused = run_hearten(args, env, input=PASSPHRASE + "\n")
    assert refused.returncode == 1 and "choose another name" in refused.err
    assert sealed.read_bytes() == before
