"""Every SQL statement hearten runs, by name.

Written once with `:name` placeholders (SQLite's style); the PostgreSQL store turns
them into psycopg's `%(name)s`. Where the two databases need different SQL (full-text
search, the few things SQLite spells differently) each store has its own entry in
DIALECT. Tests run every statement on both databases.
"""

from hearten.domain.records import ASSESSMENT, CHECKIN, ENTRY, REFRAME, SESSION


# -- the columns and inserts of the declared records (domain/records.py) -----------
def columns(declaration, alias: str | None = None) -> str:
    """Every column of a declared record, in declaration order (tags live in their own table)."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + column for f in declaration.fields for column in f.columns)


def insert(declaration) -> str:
    """Insert a new record, skipping one whose uid is already stored; returns its id when added."""
    names = [column for f in declaration.new_fields for column in f.columns]
    return (
        f"INSERT INTO {declaration.table} ({', '.join(names)})\n"
        f"VALUES ({', '.join(':' + name for name in names)})\n"
        "ON CONFLICT (uid) DO NOTHING\nRETURNING id\n"
    )


# -- schema version (the cheap check on every start-up) --------------------------
SCHEMA_VERSION = "SELECT max(version) FROM schema_migrations"

# -- journal entries -------------------------------------------------------------
ENTRY_COLUMNS = columns(ENTRY, "e")

INSERT_ENTRY = insert(ENTRY)

INSERT_ENTRY_TAG = "INSERT INTO entry_tags (entry_id, tag) VALUES (:entry_id, :tag) ON CONFLICT DO NOTHING"

DELETE_ENTRY_TAGS = "DELETE FROM entry_tags WHERE entry_id = :entry_id"

SELECT_ENTRY = f"SELECT {ENTRY_COLUMNS} FROM entries e WHERE e.id = :id"

SELECT_ENTRIES = f"""
SELECT {ENTRY_COLUMNS} FROM entries e
WHERE (:since IS NULL OR e.created_at >= :since)
  AND (:until IS NULL OR e.created_at < :until)
  AND (:tag IS NULL OR e.id IN (SELECT t.entry_id FROM entry_tags t WHERE t.tag = :tag))
  AND (:kind IS NULL OR e.kind = :kind)
  AND (:session_id IS NULL OR e.session_id = :session_id)
ORDER BY e.created_at DESC, e.id DESC
LIMIT :limit
"""

# Just the moods (for insights), without reading every entry's text and tags.
SELECT_ENTRY_MOODS = """
SELECT created_at, created_offset, mood FROM entries
WHERE mood IS NOT NULL
  AND (:since IS NULL OR created_at >= :since)
  AND (:until IS NULL OR created_at < :until)
ORDER BY created_at
"""

COUNT_ENTRIES = "SELECT count(*) FROM entries"

SELECT_TAGS_FOR = "SELECT entry_id, tag FROM entry_tags WHERE entry_id IN ({ids}) ORDER BY tag"

UPDATE_ENTRY = """
UPDATE entries SET text = :text, mood = :mood, updated_at = :updated_at, updated_offset = :updated_offset
WHERE id = :id
"""

DELETE_ENTRY = "DELETE FROM entries WHERE id = :id"

ENTRY_EXISTS_BY_UID = "SELECT id FROM entries WHERE uid = :uid"

# -- check-ins --------------------------------------------------------------------
CHECKIN_COLUMNS = columns(CHECKIN)

INSERT_CHECKIN = insert(CHECKIN)

CHECKIN_EXISTS_BY_UID = "SELECT id FROM checkins WHERE uid = :uid"

SELECT_CHECKIN = f"SELECT {CHECKIN_COLUMNS} FROM checkins WHERE id = :id"

# Activities are a JSON list in one column; each database looks inside it its own way (DIALECT).
_SELECT_CHECKINS = (
    f"SELECT {CHECKIN_COLUMNS} FROM checkins"
    """
WHERE (:since IS NULL OR checked_at >= :since)
  AND (:until IS NULL OR checked_at < :until)
  AND (:activity IS NULL OR {has_activity})
ORDER BY checked_at DESC, id DESC
LIMIT :limit
"""
)

# -- practice sessions ----------------------------------------------------------
SESSION_COLUMNS = columns(SESSION)

INSERT_SESSION = insert(SESSION)

SESSION_ID_BY_UID = "SELECT id FROM sessions WHERE uid = :uid"

DELETE_SESSION = "DELETE FROM sessions WHERE id = :id"  # its entries stay: entries.session_id is SET NULL

DELETE_ASSESSMENT = "DELETE FROM assessments WHERE id = :id"

SELECT_SESSION = f"SELECT {SESSION_COLUMNS} FROM sessions WHERE id = :id"

SELECT_SESSIONS = f"""
SELECT {SESSION_COLUMNS} FROM sessions
WHERE (:since IS NULL OR started_at >= :since)
  AND (:until IS NULL OR started_at < :until)
  AND (:practice_id IS NULL OR practice_id = :practice_id)
ORDER BY started_at DESC, id DESC
LIMIT :limit
"""

# -- reframes ---------------------------------------------------------------------
INSERT_REFRAME = insert(REFRAME)

SELECT_REFRAMES = f"""
SELECT {columns(REFRAME)} FROM reframes
WHERE (:entry_id IS NULL OR entry_id = :entry_id)
  AND (:since IS NULL OR created_at >= :since)
ORDER BY created_at, id
"""

# -- instruments and assessments --------------------------------------------------
INSERT_INSTRUMENT = """
INSERT INTO instruments (instrument_id, version, definition, added_at)
VALUES (:instrument_id, :version, :definition, :added_at)
ON CONFLICT (instrument_id, version) DO NOTHING
RETURNING instrument_id
"""

SELECT_INSTRUMENTS = "SELECT instrument_id, version, definition FROM instruments ORDER BY instrument_id, added_at"

SELECT_INSTRUMENT = """
SELECT instrument_id, version, definition FROM instruments
WHERE instrument_id = :instrument_id AND version = :version
"""

ASSESSMENT_COLUMNS = columns(ASSESSMENT)

INSERT_ASSESSMENT = insert(ASSESSMENT)

SELECT_ASSESSMENTS = f"""
SELECT {ASSESSMENT_COLUMNS} FROM assessments
WHERE (:instrument_id IS NULL OR instrument_id = :instrument_id)
  AND (:since IS NULL OR taken_at >= :since)
ORDER BY taken_at, id
LIMIT :limit
"""

SELECT_ASSESSMENT = f"SELECT {ASSESSMENT_COLUMNS} FROM assessments WHERE id = :id"

# -- everything -------------------------------------------------------------------
# Children before parents, so that deleting in this order never trips a foreign key.
SELECT_PERSONAL = "SELECT name, value FROM personal_settings"
UPSERT_PERSONAL = """
INSERT INTO personal_settings (name, value) VALUES (:name, :value)
ON CONFLICT (name) DO UPDATE SET value = excluded.value
"""
DELETE_PERSONAL = "DELETE FROM personal_settings WHERE name = :name"

WIPE = (
    "DELETE FROM experiments",
    "DELETE FROM personal_settings",
    "DELETE FROM reframes",
    "DELETE FROM entry_tags",
    "DELETE FROM entries",
    "DELETE FROM sessions",
    "DELETE FROM checkins",
    "DELETE FROM assessments",
    "DELETE FROM instruments",
)

# -- what differs between the databases ------------------------------------------
SQLITE = {
    "select_checkins": _SELECT_CHECKINS.format(
        has_activity="EXISTS (SELECT 1 FROM json_each(checkins.activities) WHERE json_each.value = :activity)"
    ),
    "search_entries": f"""
SELECT {ENTRY_COLUMNS}, bm25(entries_fts) AS rank
FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid
WHERE entries_fts MATCH :query
ORDER BY rank, e.created_at DESC
LIMIT :limit
""",
}

POSTGRES = {
    "select_checkins": _SELECT_CHECKINS.format(
        has_activity="EXISTS (SELECT 1 FROM jsonb_array_elements_text(checkins.activities::jsonb) AS a (name)"
        " WHERE a.name = :activity)"
    ),
    "search_entries": f"""
SELECT {ENTRY_COLUMNS}, -ts_rank(to_tsvector('english', e.text), websearch_to_tsquery('english', :query)) AS rank
FROM entries e
WHERE to_tsvector('english', e.text) @@ websearch_to_tsquery('english', :query)
ORDER BY rank, e.created_at DESC
LIMIT :limit
""",
}

# -- experiments ------------------------------------------------------------------
EXPERIMENT_COLUMNS = "id, uid, practice_id, question, schedule, created_at, stopped_on"

INSERT_EXPERIMENT = """
INSERT INTO experiments (uid, practice_id, question, schedule, created_at)
VALUES (:uid, :practice_id, :question, :schedule, :created_at)
RETURNING id
"""

SELECT_EXPERIMENTS = f"SELECT {EXPERIMENT_COLUMNS} FROM experiments ORDER BY id DESC"

STOP_EXPERIMENT = "UPDATE experiments SET stopped_on = :stopped_on WHERE id = :id AND stopped_on IS NULL"

# -- changing a check-in (its time and uid stay) ------------------------------------
UPDATE_CHECKIN = """
UPDATE checkins SET mood = :mood, distress = :distress, sleep_hours = :sleep_hours,
  active_minutes = :active_minutes, social = :social, food = :food, note = :note, activities = :activities
WHERE id = :id
"""

DELETE_CHECKIN = "DELETE FROM checkins WHERE id = :id"
