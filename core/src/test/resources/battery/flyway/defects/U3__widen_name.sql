ALTER TABLE accounts ALTER COLUMN name TYPE varchar(100); -- was text
