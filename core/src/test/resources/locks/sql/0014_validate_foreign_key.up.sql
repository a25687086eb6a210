SET lock_timeout = '1s';
ALTER TABLE t VALIDATE CONSTRAINT t_f_fk;
