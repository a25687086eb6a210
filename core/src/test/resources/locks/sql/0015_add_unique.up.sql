SET lock_timeout = '1s';
ALTER TABLE t ADD CONSTRAINT t_b_unique UNIQUE (b);
