-- hearten schema, version 1 (SQLite).
-- Times (*_at) are stored as UTC microseconds since the epoch (exact, sortable) plus the
-- writer's UTC offset in minutes, so an entry keeps the zone it was written in.

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    practice_id TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    started_offset INTEGER NOT NULL,
    ended_at INTEGER NOT NULL,
    ended_offset INTEGER NOT NULL,
    planned_seconds REAL NOT NULL,
    actual_seconds REAL NOT NULL,
    completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
    answers TEXT NOT NULL DEFAULT '{}',
    distress_before INTEGER CHECK (distress_before BETWEEN 0 AND 10),
    distress_after INTEGER CHECK (distress_after BETWEEN 0 AND 10),
    mood INTEGER CHECK (mood BETWEEN 0 AND 10),
    stopped_reason TEXT
);
CREATE INDEX sessions_started ON sessions (started_at);

CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    created_offset INTEGER NOT NULL,
    updated_at INTEGER,
    updated_offset INTEGER,
    mood INTEGER CHECK (mood BETWEEN 0 AND 10),
    kind TEXT NOT NULL DEFAULT 'free',
    session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL
);
CREATE INDEX entries_created ON entries (created_at);
CREATE INDEX entries_session ON entries (session_id);

CREATE TABLE entry_tags (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (entry_id, tag)
);
CREATE INDEX entry_tags_tag ON entry_tags (tag);

-- Full-text index kept in step with entries by triggers (external content table).
CREATE VIRTUAL TABLE entries_fts USING fts5 (
    text, content = 'entries', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
    INSERT INTO entries_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER entries_fts_update AFTER UPDATE OF text ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO entries_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE checkins (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    checked_at INTEGER NOT NULL,
    checked_offset INTEGER NOT NULL,
    mood INTEGER CHECK (mood BETWEEN 0 AND 10),
    distress INTEGER CHECK (distress BETWEEN 0 AND 10),
    sleep_hours REAL CHECK (sleep_hours BETWEEN 0 AND 24),
    active_minutes REAL CHECK (active_minutes BETWEEN 0 AND 1440),
    social INTEGER CHECK (social BETWEEN 0 AND 10),
    food INTEGER CHECK (food BETWEEN 0 AND 10),
    note TEXT
);
CREATE INDEX checkins_at ON checkins (checked_at);

CREATE TABLE reframes (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    original TEXT NOT NULL,
    reframe TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    created_offset INTEGER NOT NULL
);
CREATE INDEX reframes_entry ON reframes (entry_id);

CREATE TABLE instruments (
    instrument_id TEXT NOT NULL,
    version TEXT NOT NULL,
    definition TEXT NOT NULL,
    added_at INTEGER NOT NULL,
    PRIMARY KEY (instrument_id, version)
);

CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    instrument_id TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    taken_at INTEGER NOT NULL,
    taken_offset INTEGER NOT NULL,
    answers TEXT NOT NULL,
    subscales TEXT NOT NULL,
    total REAL,
    band TEXT
);
CREATE INDEX assessments_instrument ON assessments (instrument_id, taken_at);
