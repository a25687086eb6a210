-- migrationtest:idempotent
CREATE TABLE IF NOT EXISTS settings (key text PRIMARY KEY, value text);
INSERT INTO settings VALUES ('theme', 'dark') ON CONFLICT (key) DO NOTHING;
