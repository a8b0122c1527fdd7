-- hearten schema, version 2 (SQLite).
-- Personal settings (your name, your therapist) live here instead of settings.toml,
-- so an encrypted journal encrypts them too. hearten moves any found in the file.

CREATE TABLE personal_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
