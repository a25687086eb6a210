SET lock_timeout = '2s';   -- ADD COLUMN takes ACCESS EXCLUSIVE, briefly: a nullable column without default is no rewrite
ALTER TABLE tasks ADD COLUMN due_on date;
