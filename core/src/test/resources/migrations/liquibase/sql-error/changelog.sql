--liquibase formatted sql

--changeset erin:1
CREATE TABLE items (id int PRIMARY KEY);
--rollback DROP TABLE items;

--changeset erin:2
ALTER TABLE items ADD COLUMN name text;
INSERT INTO items (id, name)
VALUES (1, 'one'),
       (2 'two');
--rollback ALTER TABLE items DROP COLUMN name;
