-- Personal experiments: the schedule and question are saved when drawn, before any result.
CREATE TABLE experiments (
    id BIGSERIAL PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    practice_id TEXT NOT NULL,
    question TEXT NOT NULL,
    schedule TEXT NOT NULL,
    created_at TEXT NOT NULL,
    stopped_on TEXT
);
