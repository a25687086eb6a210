--liquibase formatted sql

--changeset carol:1
--comment: Orders
CREATE TABLE orders (id int PRIMARY KEY, total numeric NOT NULL);
--rollback DROP TABLE orders;

--changeset carol:2 runInTransaction:false
CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);
--rollback DROP INDEX CONCURRENTLY orders_total_idx;

--changeset carol:3 context:test labels:demo
INSERT INTO orders VALUES (1, 10);
--rollback DELETE FROM orders WHERE id = 1;

--changeset carol:4
ALTER TABLE orders ADD COLUMN note text;
