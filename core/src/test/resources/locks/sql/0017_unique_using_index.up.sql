SET lock_timeout = '1s';
ALTER TABLE t ADD CONSTRAINT t_n_unique UNIQUE USING INDEX t_n_uidx;
