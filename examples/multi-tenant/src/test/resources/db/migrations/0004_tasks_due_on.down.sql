SET lock_timeout = '2s';
ALTER TABLE tasks DROP COLUMN due_on;
