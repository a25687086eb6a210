-- adds two columns
ALTER TABLE users ADD COLUMN a int;

ALTER TABLE users
    ADD COLUMN b int,
    ADD COLUMN c intt;
