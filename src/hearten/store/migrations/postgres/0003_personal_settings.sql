-- hearten schema, version 2 (PostgreSQL).
-- Personal settings (your name, your therapist) live here instead of settings.toml,
-- kept with the rest of your data. hearten moves any found in the file.

CREATE TABLE personal_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
