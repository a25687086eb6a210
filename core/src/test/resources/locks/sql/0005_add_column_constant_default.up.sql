SET lock_timeout = '1s';
ALTER TABLE t ADD COLUMN k int DEFAULT 0;
