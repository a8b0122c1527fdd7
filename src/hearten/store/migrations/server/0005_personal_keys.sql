-- Consents and the audit are personal rows too: their keys now begin with the organisation and
-- the person, as the participant_* tables' do, so every read of them names both and one
-- organisation's rows stay together (the shard key, should one PostgreSQL ever not be enough).
-- Every row is kept; the identity columns go on numbering as before.

ALTER TABLE consents DROP CONSTRAINT consents_pkey;
ALTER TABLE consents ADD PRIMARY KEY (org_id, account_id, id);
DROP INDEX consents_member;                   -- the new key is this very index

-- The person whose data was viewed or exported; '' (never an account id) for an export that held
-- nobody, which no participant's audit shows. A key column cannot be NULL.
UPDATE audit_log SET subject_id = '' WHERE subject_id IS NULL;
ALTER TABLE audit_log ALTER COLUMN subject_id SET DEFAULT '';
ALTER TABLE audit_log ALTER COLUMN subject_id SET NOT NULL;
ALTER TABLE audit_log DROP CONSTRAINT audit_log_pkey;
ALTER TABLE audit_log ADD PRIMARY KEY (org_id, subject_id, id);
DROP INDEX audit_subject;                     -- each read names the organisation now, so the key serves it
