SET lock_timeout = '2s';   -- fail fast rather than queue every query behind the ALTER
ALTER TABLE customers ADD COLUMN email text;
