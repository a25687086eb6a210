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
