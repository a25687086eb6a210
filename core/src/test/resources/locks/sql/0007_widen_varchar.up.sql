SET lock_timeout = '1s';
ALTER TABLE t ALTER COLUMN c TYPE varchar(20);
