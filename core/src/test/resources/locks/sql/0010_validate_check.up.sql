SET lock_timeout = '1s';
ALTER TABLE t VALIDATE CONSTRAINT t_e_not_null;
