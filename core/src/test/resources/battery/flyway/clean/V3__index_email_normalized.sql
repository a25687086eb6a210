CREATE INDEX CONCURRENTLY users_email_normalized_idx ON users (email_normalized);
