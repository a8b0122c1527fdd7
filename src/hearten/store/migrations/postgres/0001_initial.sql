-- hearten schema, version 1 (PostgreSQL).
-- Times are timestamptz (exact to the microsecond) plus the writer's UTC offset in
-- minutes, so an entry keeps the zone it was written in.

CREATE TABLE sessions (
    id BIGSERIAL PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    practice_id TEXT NOT NULL,
    started_at TIMESTAMPTZ NOT NULL,
    started_offset INTEGER NOT NULL,
    ended_at TIMESTAMPTZ NOT NULL,
    ended_offset INTEGER NOT NULL,
    planned_seconds DOUBLE PRECISION NOT NULL,
    actual_seconds DOUBLE PRECISION NOT NULL,
    completed BOOLEAN NOT NULL,
    answers TEXT NOT NULL DEFAULT '{}',
    distress_before INTEGER CHECK (distress_before BETWEEN 0 AND 10),
    distress_after INTEGER CHECK (distress_after BETWEEN 0 AND 10),
    mood INTEGER CHECK (mood BETWEEN 0 AND 10),
    stopped_reason TEXT
);
CREATE INDEX sessions_started ON sessions (started_at);

CREATE TABLE entries (
    id BIGSERIAL PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    created_offset INTEGER NOT NULL,
    updated_at TIMESTAMPTZ,
    updated_offset INTEGER,
    mood INTEGER CHECK (mood BETWEEN 0 AND 10),
    kind TEXT NOT NULL DEFAULT 'free',
    session_id BIGINT REFERENCES sessions (id) ON DELETE SET NULL
);
CREATE INDEX entries_created ON entries (created_at);
CREATE INDEX entries_session ON entries (session_id);
CREATE INDEX entries_fts ON entries USING GIN (to_tsvector('english', text));

CREATE TABLE entry_tags (
    entry_id BIGINT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (entry_id, tag)
);
CREATE INDEX entry_tags_tag ON entry_tags (tag);

CREATE TABLE checkins (
    id BIGSERIAL PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    checked_at TIMESTAMPTZ NOT NULL,
    checked_offset INTEGER NOT NULL,
    mood INTEGER CHECK (mood BETWEEN 0 AND 10),
    distress INTEGER CHECK (distress BETWEEN 0 AND 10),
    sleep_hours DOUBLE PRECISION CHECK (sleep_hours BETWEEN 0 AND 24),
    active_minutes DOUBLE PRECISION CHECK (active_minutes BETWEEN 0 AND 1440),
    social INTEGER CHECK (social BETWEEN 0 AND 10),
    food INTEGER CHECK (food BETWEEN 0 AND 10),
    note TEXT
);
CREATE INDEX checkins_at ON checkins (checked_at);

CREATE TABLE reframes (
    id BIGSERIAL PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    entry_id BIGINT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    original TEXT NOT NULL,
    reframe TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    created_offset INTEGER NOT NULL
);
CREATE INDEX reframes_entry ON reframes (entry_id);

CREATE TABLE instruments (
    instrument_id TEXT NOT NULL,
    version TEXT NOT NULL,
    definition TEXT NOT NULL,
    added_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (instrument_id, version)
);

CREATE TABLE assessments (
    id BIGSERIAL PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    instrument_id TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    taken_at TIMESTAMPTZ NOT NULL,
    taken_offset INTEGER NOT NULL,
    answers TEXT NOT NULL,
    subscales TEXT NOT NULL,
    total DOUBLE PRECISION,
    band TEXT
);
CREATE INDEX assessments_instrument ON assessments (instrument_id, taken_at);
