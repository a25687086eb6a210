ALTER TABLE counters ALTER COLUMN hits TYPE bigint;
