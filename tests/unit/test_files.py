"""hearten.files: the one way to write a file, sync a folder, read a file's first bytes and shred one."""

from __future__ import annotations

import os
import stat

import pytest

from hearten import files


def test_write_atomic_replaces_the_file_privately(tmp_path):
    target = tmp_path / "hearten.key"
    files.write_atomic(target, b"first")
    files.write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["hearten.key"]


def test_write_atomic_leaves_the_old_file_and_no_temp_file_on_failure(tmp_path):
    target = tmp_path / "hearten.key"
    target.write_bytes(b"old")
    with pytest.raises(TypeError):
        files.write_atomic(target, "not bytes")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["hearten.key"]


def test_head_reads_only_the_first_bytes(tmp_path, monkeypatch):
    path = tmp_path / "big.db"
    path.write_bytes(b"SQLite format 3\x00" + b"x" * 100_000)
    asked = []
    real_open = open

    def counting_open(*args, **kwargs):
        handle = real_open(*args, **kwargs)
        real_read = handle.read

        def read(size=-1):
            asked.append(size)
            return real_read(size)

        handle.read = read
        return handle

    monkeypatch.setattr("builtins.open", counting_open)
    assert files.head(path, 16) == b"SQLite format 3\x00"
    assert files.starts_with(path, b"SQLite format 3\x00")
    assert asked == [16, 16]


def test_starts_with_is_false_for_missing_short_or_unreadable_files(tmp_path):
    assert not files.starts_with(tmp_path / "missing", b"HEARTENEXP")
    (tmp_path / "short").write_bytes(b"HEART")
    assert not files.starts_with(tmp_path / "short", b"HEARTENEXP")
    assert not files.starts_with(tmp_path, b"HEARTENEXP")  # a folder
    assert files.head(tmp_path / "missing", 4) == b""


def test_looks_like_text(tmp_path):
    text = tmp_path / "export.json"
    text.write_text('{"entries": []}' + "é" * 400, encoding="utf-8")  # a two-byte letter may straddle the sample's end
    binary = tmp_path / "backup.db"
    binary.write_bytes(bytes(range(256)) * 4)
    assert files.looks_like_text(text)
    assert not files.looks_like_text(binary)


def test_shred_zeroes_then_removes_and_says_whether_there_was_a_file(tmp_path):
    path = tmp_path / "secret"
    path.write_bytes(b"private words")
    with open(path, "rb") as still_open:  # the bytes as another handle sees them after shredding
        assert files.shred(path) is True
        assert still_open.read() == b"\x00" * len(b"private words")
    assert not path.exists()
    assert files.shred(path) is False
    assert files.shred(tmp_path) is False  # a folder is never shredded


def test_shred_removes_a_symbolic_link_but_not_what_it_points_at(tmp_path):
    target = tmp_path / "elsewhere"
    target.write_bytes(b"not hearten's")
    link = tmp_path / "link"
    link.symlink_to(target)
    assert files.shred(link) is True
    assert not link.exists() and target.read_bytes() == b"not hearten's"


def test_fsync_folder_is_best_effort(tmp_path):
    files.fsync_folder(tmp_path)
    files.fsync_folder(tmp_path / "missing")  # nothing to sync: no error
