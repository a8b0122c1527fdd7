-- A check-in's activities (the things the person did that day, in their own words), as in the local app.
ALTER TABLE participant_checkins ADD COLUMN activities TEXT[] NOT NULL DEFAULT '{}';
