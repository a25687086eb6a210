--liquibase formatted sql

--changeset migrationtest:1
--comment: base
CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text NOT NULL,
    legacy text,
    status text DEFAULT 'new',
    price numeric CHECK (price >= 0),
    feeling mood,
    tenant text
);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON accounts USING (tenant = current_user);
--rollback DROP TABLE accounts;
--rollback DROP TYPE mood;

--changeset migrationtest:2
--comment: leaves_function
CREATE FUNCTION account_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM accounts';
--rollback SELECT 1; -- forgets DROP FUNCTION account_count()

--changeset migrationtest:3
--comment: widen_name
ALTER TABLE accounts ALTER COLUMN name TYPE varchar(200);
--rollback ALTER TABLE accounts ALTER COLUMN name TYPE varchar(100); -- was text

--changeset migrationtest:4
--comment: status_default
ALTER TABLE accounts ALTER COLUMN status SET DEFAULT 'active';
--rollback ALTER TABLE accounts ALTER COLUMN status DROP DEFAULT; -- loses the default 'new'

--changeset migrationtest:5
--comment: happy_mood
ALTER TYPE mood ADD VALUE 'happy';
--rollback SELECT 1; -- PostgreSQL cannot drop an enum value

--changeset migrationtest:6
--comment: invoice_numbers
CREATE SEQUENCE invoice_numbers;
--rollback SELECT 1; -- forgets DROP SEQUENCE invoice_numbers

--changeset migrationtest:7
--comment: drop_tenant_read
DROP POLICY tenant_read ON accounts;
--rollback SELECT 1; -- forgets to recreate the policy

--changeset migrationtest:8
--comment: drop_price_check
ALTER TABLE accounts DROP CONSTRAINT accounts_price_check;
--rollback ALTER TABLE accounts ADD CONSTRAINT accounts_price_check CHECK (price > -1); -- another expression

--changeset migrationtest:9
--comment: drop_legacy
ALTER TABLE accounts DROP COLUMN legacy;
--rollback ALTER TABLE accounts ADD COLUMN legacy text; -- the values are gone

--changeset migrationtest:10
--comment: audit_log
-- migrationtest:idempotent
CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text NOT NULL);
--rollback DROP TABLE audit_log;

--changeset migrationtest:11
--comment: shout_names
-- migrationtest:idempotent
UPDATE accounts SET name = name || '!';
--rollback UPDATE accounts SET name = left(name, -1);

--changeset migrationtest:12
--comment: seed_audit
-- migrationtest:idempotent
INSERT INTO audit_log (note) VALUES ('seeded');
--rollback DELETE FROM audit_log WHERE note = 'seeded';

--changeset migrationtest:13
--comment: settings
-- migrationtest:idempotent
CREATE TABLE IF NOT EXISTS settings (key text PRIMARY KEY, value text);
INSERT INTO settings VALUES ('theme', 'dark') ON CONFLICT (key) DO NOTHING;
--rollback DROP TABLE IF EXISTS settings;

--changeset migrationtest:14
--comment: drop_status
-- migrationtest:data-lossy the status column was never read
ALTER TABLE accounts DROP COLUMN status;
--rollback ALTER TABLE accounts ADD COLUMN status text DEFAULT 'active';

--changeset migrationtest:15
--comment: no_down
CREATE INDEX accounts_tenant_idx ON accounts (tenant);
