--liquibase formatted sql

--changeset locks:1
-- Non-empty tables, as in the safety catalog's fixture: rewrites and scans only cost something with rows.
CREATE TABLE parent (id bigint PRIMARY KEY) WITH (autovacuum_enabled = false);
INSERT INTO parent SELECT g FROM generate_series(1, 100) g;
CREATE TABLE t (
    id bigint PRIMARY KEY,
    a int,
    b text,
    c varchar(10),
    n numeric(10,2),
    ts timestamp,
    pid bigint,
    d int,
    e int,
    f bigint
) WITH (autovacuum_enabled = false);
INSERT INTO t SELECT g, g, 'b' || g, 'c' || (g % 1000), g, now(), 1 + g % 100, g, g, 1 + g % 100
    FROM generate_series(1, 2000) g;
CREATE INDEX t_a_idx ON t (a);
CREATE INDEX t_c_idx ON t (c);
CREATE INDEX t_ts_idx ON t (ts);

--changeset locks:2
SET lock_timeout = '1s';
CREATE INDEX t_b_idx ON t (b);

--changeset locks:3 runInTransaction:false
CREATE INDEX CONCURRENTLY t_d_idx ON t (d);
