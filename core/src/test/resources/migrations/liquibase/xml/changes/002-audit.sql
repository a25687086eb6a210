--liquibase formatted sql

--changeset dave:audit
--comment: Audit table, from formatted SQL included by XML
CREATE TABLE audit (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts (id));
--rollback DROP TABLE audit;
