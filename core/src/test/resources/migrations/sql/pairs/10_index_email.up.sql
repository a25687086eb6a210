-- built without blocking writes, so it cannot run in a transaction
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
