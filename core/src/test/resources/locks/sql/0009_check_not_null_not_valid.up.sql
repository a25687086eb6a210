SET lock_timeout = '1s';
ALTER TABLE t ADD CONSTRAINT t_e_not_null CHECK (e IS NOT NULL) NOT VALID;
