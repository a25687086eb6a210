ALTER TABLE accounts ADD COLUMN legacy text; -- the values are gone
