--liquibase formatted sql

--changeset migrationtest:1
--comment: users
SET lock_timeout = '2s';
CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    full_name text NOT NULL,
    email text
);
--rollback DROP TABLE users;

--changeset migrationtest:2 splitStatements:false
--comment: expand_email_normalized
SET lock_timeout = '2s';
CREATE FUNCTION users_sync_email() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.email_normalized := lower(NEW.email);
    RETURN NEW;
END
$$;
CREATE TRIGGER users_sync_email BEFORE INSERT OR UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION users_sync_email();
-- last: nothing may run while ALTER TABLE holds ACCESS EXCLUSIVE
ALTER TABLE users ADD COLUMN email_normalized text;
--rollback DROP TRIGGER users_sync_email ON users;
--rollback DROP FUNCTION users_sync_email();
--rollback ALTER TABLE users DROP COLUMN email_normalized;

--changeset migrationtest:3 runInTransaction:false
--comment: index_email_normalized
CREATE INDEX CONCURRENTLY users_email_normalized_idx ON users (email_normalized);
--rollback DROP INDEX CONCURRENTLY IF EXISTS users_email_normalized_idx;

--changeset migrationtest:4
--comment: email_present_not_valid
SET lock_timeout = '2s';
ALTER TABLE users ADD CONSTRAINT users_email_present CHECK (email IS NOT NULL) NOT VALID;
--rollback ALTER TABLE users DROP CONSTRAINT users_email_present;

--changeset migrationtest:5
--comment: validate_email_present
SET lock_timeout = '2s';
ALTER TABLE users VALIDATE CONSTRAINT users_email_present;
--rollback ALTER TABLE users DROP CONSTRAINT users_email_present;
--rollback ALTER TABLE users ADD CONSTRAINT users_email_present CHECK (email IS NOT NULL) NOT VALID;

--changeset migrationtest:6
--comment: contract_sync_trigger
SET lock_timeout = '2s';
DROP FUNCTION users_sync_email() CASCADE; -- and its trigger, in one statement
--rollback CREATE FUNCTION users_sync_email() RETURNS trigger LANGUAGE plpgsql AS $$
--rollback BEGIN
--rollback     NEW.email_normalized := lower(NEW.email);
--rollback     RETURN NEW;
--rollback END
--rollback $$;
--rollback CREATE TRIGGER users_sync_email BEFORE INSERT OR UPDATE ON users
--rollback     FOR EACH ROW EXECUTE FUNCTION users_sync_email();
