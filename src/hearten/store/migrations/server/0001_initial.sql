-- Server mode: many people on one PostgreSQL. Every personal row carries its organisation
-- and its owner in its key, so each query can (and must) name both.

CREATE TABLE server_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE orgs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    pseudonym_key BYTEA NOT NULL,           -- HMAC key for research ids: stable within, unlinkable across
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('participant', 'clinician', 'researcher', 'admin')),
    otp_secret TEXT,                          -- staff only: TOTP second factor
    otp_last_step BIGINT,                     -- the last accepted TOTP time step, so a code works once
    created_at TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX accounts_email ON accounts (lower(email));

CREATE TABLE memberships (
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('participant', 'clinician', 'researcher', 'admin')),
    joined_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, account_id)
);
CREATE INDEX memberships_account ON memberships (account_id);

CREATE TABLE invites (
    code_hash TEXT PRIMARY KEY,               -- SHA-256 of the one-time code; the code itself is never kept
    org_id TEXT REFERENCES orgs (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('participant', 'clinician', 'researcher', 'admin')),
    created_by TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ,
    used_by TEXT REFERENCES accounts (id) ON DELETE SET NULL
);

CREATE TABLE login_sessions (
    id TEXT PRIMARY KEY,                      -- a public handle for listing and ending; not the token
    token_hash TEXT NOT NULL UNIQUE,          -- SHA-256 of the cookie's token
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    last_seen_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,          -- the absolute timeout
    address TEXT NOT NULL DEFAULT '',
    user_agent TEXT NOT NULL DEFAULT ''
);
CREATE INDEX login_sessions_account ON login_sessions (account_id);

CREATE TABLE login_throttle (
    key TEXT PRIMARY KEY,                     -- 'account:<email>' or 'address:<ip>'
    failures INTEGER NOT NULL,
    window_started TIMESTAMPTZ NOT NULL
);

CREATE TABLE consent_texts (
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    text TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, version)
);

CREATE TABLE consents (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id TEXT NOT NULL,
    account_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    scopes TEXT[] NOT NULL,
    agreed_at TIMESTAMPTZ NOT NULL,
    withdrawn_at TIMESTAMPTZ,
    kept_shared BOOLEAN,                      -- on withdrawal: true keeps what was shared, false removes it
    hidden_before TIMESTAMPTZ,                -- nothing older is shown: set when an earlier consent was withdrawn with delete
    FOREIGN KEY (org_id, account_id) REFERENCES memberships (org_id, account_id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, version) REFERENCES consent_texts (org_id, version)
);
CREATE INDEX consents_member ON consents (org_id, account_id, id);

CREATE TABLE participant_checkins (
    org_id TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    id BIGINT GENERATED ALWAYS AS IDENTITY,
    uid TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL,
    at_offset INTEGER NOT NULL,               -- minutes east of UTC where the person was
    mood INTEGER, distress INTEGER, sleep_hours DOUBLE PRECISION, active_minutes DOUBLE PRECISION,
    social INTEGER, food INTEGER, note TEXT,
    PRIMARY KEY (org_id, owner_id, id),
    UNIQUE (org_id, owner_id, uid),
    FOREIGN KEY (org_id, owner_id) REFERENCES memberships (org_id, account_id) ON DELETE CASCADE
);

CREATE TABLE participant_entries (
    org_id TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    id BIGINT GENERATED ALWAYS AS IDENTITY,
    uid TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    created_offset INTEGER NOT NULL,
    mood INTEGER,
    tags TEXT[] NOT NULL,
    kind TEXT NOT NULL,
    session_id BIGINT,
    shared BOOLEAN NOT NULL DEFAULT false,    -- one entry shared on its own, without the journal scope
    PRIMARY KEY (org_id, owner_id, id),
    UNIQUE (org_id, owner_id, uid),
    FOREIGN KEY (org_id, owner_id) REFERENCES memberships (org_id, account_id) ON DELETE CASCADE
);

CREATE TABLE participant_practice_sessions (
    org_id TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    id BIGINT GENERATED ALWAYS AS IDENTITY,
    uid TEXT NOT NULL,
    practice_id TEXT NOT NULL,
    started_at TIMESTAMPTZ NOT NULL,
    ended_at TIMESTAMPTZ NOT NULL,
    time_offset INTEGER NOT NULL,
    planned_seconds DOUBLE PRECISION NOT NULL,
    actual_seconds DOUBLE PRECISION NOT NULL,
    completed BOOLEAN NOT NULL,
    answers JSONB NOT NULL,
    distress_before INTEGER, distress_after INTEGER, mood INTEGER,
    stopped_reason TEXT,
    PRIMARY KEY (org_id, owner_id, id),
    UNIQUE (org_id, owner_id, uid),
    FOREIGN KEY (org_id, owner_id) REFERENCES memberships (org_id, account_id) ON DELETE CASCADE
);

CREATE TABLE participant_assessments (
    org_id TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    id BIGINT GENERATED ALWAYS AS IDENTITY,
    uid TEXT NOT NULL,
    instrument_id TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    taken_at TIMESTAMPTZ NOT NULL,
    taken_offset INTEGER NOT NULL,
    answers JSONB NOT NULL,
    subscales JSONB NOT NULL,
    total DOUBLE PRECISION,
    band TEXT,
    PRIMARY KEY (org_id, owner_id, id),
    UNIQUE (org_id, owner_id, uid),
    FOREIGN KEY (org_id, owner_id) REFERENCES memberships (org_id, account_id) ON DELETE CASCADE
);

CREATE TABLE audit_log (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at TIMESTAMPTZ NOT NULL,
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    actor_id TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    actor_email TEXT NOT NULL,                -- kept so the person still sees who looked after staff leave
    actor_role TEXT NOT NULL,
    subject_id TEXT,                          -- whose data; NULL for an organisation-wide action
    action TEXT NOT NULL,                     -- 'view' or 'export'
    what TEXT NOT NULL                        -- the scope viewed or the export format
);
CREATE INDEX audit_subject ON audit_log (subject_id, at);
