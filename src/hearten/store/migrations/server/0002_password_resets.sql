-- An admin's reset: a one-time code (kept only as its hash) that lets one account choose a new password.

CREATE TABLE password_resets (
    code_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ
);
CREATE INDEX password_resets_account ON password_resets (account_id);
