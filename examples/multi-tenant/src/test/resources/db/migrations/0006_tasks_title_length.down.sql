SET lock_timeout = '2s';
ALTER TABLE tasks DROP CONSTRAINT tasks_title_length;
