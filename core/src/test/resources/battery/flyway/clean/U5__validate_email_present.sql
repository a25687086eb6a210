ALTER TABLE users DROP CONSTRAINT users_email_present;
ALTER TABLE users ADD CONSTRAINT users_email_present CHECK (email IS NOT NULL) NOT VALID;
