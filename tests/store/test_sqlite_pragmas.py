"""The SQLite connection is opened the way durability and privacy need."""

from hearten.store.sqlite import connect_sqlite


def test_every_connection_has_hearten_pragmas(sqlite_store):
    assert sqlite_store.pragma("journal_mode") == "wal"
    assert sqlite_store.pragma("synchronous") == 2  # FULL
    assert sqlite_store.pragma("foreign_keys") == 1
    assert sqlite_store.pragma("secure_delete") == 1
    assert sqlite_store.pragma("busy_timeout") >= 1000


def test_a_fresh_connection_gets_them_too(tmp_path):
    connection = connect_sqlite(tmp_path / "x.db")
    values = [
        connection.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "synchronous", "foreign_keys", "secure_delete")
    ]
    assert values == ["wal", 2, 1, 1]
    connection.close()
