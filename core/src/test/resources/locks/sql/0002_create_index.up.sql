SET lock_timeout = '1s';
CREATE INDEX t_b_idx ON t (b);
