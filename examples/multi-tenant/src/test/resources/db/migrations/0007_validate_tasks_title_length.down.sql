-- back to the NOT VALID constraint of 0006 (a constraint cannot be un-validated in place)
SET lock_timeout = '2s';
ALTER TABLE tasks DROP CONSTRAINT tasks_title_length;
ALTER TABLE tasks ADD CONSTRAINT tasks_title_length CHECK (char_length(title) <= 200) NOT VALID;
