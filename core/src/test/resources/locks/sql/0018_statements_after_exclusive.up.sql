SET lock_timeout = '1s';
ALTER TABLE parent ADD COLUMN note text;
COMMENT ON COLUMN parent.note IS 'free text';
CREATE TABLE parent_notes (id bigint PRIMARY KEY);
