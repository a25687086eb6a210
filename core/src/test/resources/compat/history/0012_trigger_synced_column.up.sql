ALTER TABLE customers ADD COLUMN email_normalized text;
UPDATE customers SET email_normalized = lower(email);
ALTER TABLE customers ALTER COLUMN email_normalized SET NOT NULL;
CREATE FUNCTION customers_sync_email() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.email_normalized := lower(NEW.email);
    RETURN NEW;
END
$$;
CREATE TRIGGER customers_sync_email BEFORE INSERT OR UPDATE ON customers
    FOR EACH ROW EXECUTE FUNCTION customers_sync_email();
