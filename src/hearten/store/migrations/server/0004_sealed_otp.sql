-- Staff TOTP keys are kept sealed (AES-256-GCM under the server key, bound to the account id),
-- never in plaintext. Keys written before this version are sealed by the server itself on its
-- next start, or at that account's next sign-in, which empties otp_secret; nothing writes it again.
ALTER TABLE accounts ADD COLUMN otp_sealed BYTEA;
ALTER TABLE accounts ADD CONSTRAINT accounts_otp_one_form CHECK (otp_secret IS NULL OR otp_sealed IS NULL);
