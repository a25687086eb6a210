SET lock_timeout = '1s';
ALTER TABLE t ADD COLUMN r float8 DEFAULT random();
