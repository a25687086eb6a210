-- migrationtest:idempotent
CREATE TABLE IF NOT EXISTS countries (code char(2) PRIMARY KEY, name text NOT NULL);
INSERT INTO countries VALUES ('FR', 'France'), ('JP', 'Japan') ON CONFLICT (code) DO NOTHING;
