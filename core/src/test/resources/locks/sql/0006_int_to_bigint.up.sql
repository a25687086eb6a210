SET lock_timeout = '1s';
ALTER TABLE t ALTER COLUMN a TYPE bigint;
