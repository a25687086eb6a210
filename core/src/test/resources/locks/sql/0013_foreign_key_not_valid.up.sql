SET lock_timeout = '1s';
ALTER TABLE t ADD CONSTRAINT t_f_fk FOREIGN KEY (f) REFERENCES parent (id) NOT VALID;
