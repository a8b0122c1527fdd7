-- hearten schema, version 4.
-- A check-in's activities (what the person did that day, in their own words) as a JSON
-- list of text, ["walk", "work"]; an older check-in has none.

ALTER TABLE checkins ADD COLUMN activities TEXT NOT NULL DEFAULT '[]';
