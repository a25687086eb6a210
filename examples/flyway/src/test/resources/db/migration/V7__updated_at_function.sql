CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now(); -- a semicolon inside dollar quotes
    RETURN NEW;
END
$$;
